"""Tables inside plain text: tab-separated, Markdown pipe tables and space-aligned columns.

Why: a 分工表 pasted from a spreadsheet arrives as tab-separated lines, from a wiki or a chat as
a pipe table, from a PDF or an e-mail as columns aligned with spaces.  Each table found here
goes through the one renderer (:mod:`divplan.read.tables`): it reads as it would in HTML or Word.

Guarantees:
- Text with no table header in it is returned unchanged, character for character (one segment
  at offset 0): spans of ordinary plans do not move.
- A table starts at a header line (:func:`divplan.read.tables.find_header`) split by tabs, by
  pipes or by runs of two or more spaces.  Lines outside tables are copied verbatim, each a
  segment with its source offset; a table's rows become rendered lines naming their source line.
- Tab-separated (and "Task — Lead — Support" lines split by dashes): rows are the lines with a
  tab (a dash); a heading (``一、``) is a section row; a note (注：, "Note:") or any other line
  ends the table.  Pipe tables end at a line that is no pipe row, row's wrapped line, deadline
  line set in under it, or blank line before more rows; Markdown marks go outside tables.
- Space-aligned: a cell belongs to the header column its first character lines up with (CJK
  two wide), so empty cells are seen; a row with no number continues the item above; page
  numbers inside are copied for the normaliser; a blank line and a non-row end it.  Merged
  cells cannot be shown: an empty lead cell takes the value above (``carry``).  A pipe or grid
  table with no header row (:mod:`~divplan.read.headerless_pipes`) is rendered when its cells
  say what its columns are (:mod:`divplan.read.headerless`); a box-drawn one is a grid.
"""

from __future__ import annotations

import re
from dataclasses import replace

from divplan.read.box_tables import boxed_as_grid
from divplan.read.cell_tables import AFTER, header_run, spaced_cells, unnumbered_cells
from divplan.read.cell_tables import rows as cell_rows
from divplan.read.cells import PAGE_NUMBER, RULE, SECTION_MARK, SUB_MARK
from divplan.read.centred_rows import group_rows, numbered_row_ahead, opens_top_row, row_group
from divplan.read.extracted import Format, TextBuilder, TextTables
from divplan.read.field_tables import field_table
from divplan.read.header_kinds import DELIM, Kind, has_table_sign, header_kind
from divplan.read.headerless_pipes import headerless_rows, opens_pipes
from divplan.read.markdown_inline import inline_cuts
from divplan.read.measure_columns import exported_rows
from divplan.read.raw_tables import raw_table
from divplan.read.row_cells import (
    DASH,
    MD_SEP,
    SrcLine,
    cell_lines,
    cut_row,
    dash_cells,
    md_cells,
    md_page_turn,
    pipe_after,
    pipe_row,
    pipes_go_on,
    quoted_row,
    row_goes_on,
    source_lines,
    tab_rows_after,
    tsv_cells,
    wrapped_row,
)
from divplan.read.space_columns import (
    after_table,
    aligned_cells,
    aligned_starts,
    cjk_width,
    continues_row,
    gap_fits,
    header_tail,
    heading_in_header,
    nearest_cells,
    off_number,
    one_empty_cell,
    page_turn,
    space_cells,
    space_row_like,
    split_number,
    squeezed_gaps,
    with_tail,
)
from divplan.read.table_headers import find_header, named_columns, number_names, opens_with_note
from divplan.read.tables import Line, Row, TableState, render_table

_MD_HEADING = re.compile(r"^(#{1,6}|>(?:[ ]?>)*)[ \t]+")  # ## 一、… / > 承办科室：A (a quote)
_PAGE = re.compile(rf"^\s*(?:{PAGE_NUMBER}|\d{{1,4}}(?:\s*/\s*\d{{1,4}})?)\s*$")  # or a bare 3, 2/5


class _Reader:
    def __init__(self, text: str, allowed: tuple[Kind, ...], markdown: bool) -> None:
        self.text, self.allowed, self.markdown = text, allowed, markdown
        self.lines = source_lines(text)
        self.out, self.state = TextBuilder(), TableState()
        self.kinds, self._cells_end = set[Kind](), 0
        self.bodies = [ln.body for ln in self.lines]
        self.last_header: tuple[str, ...] | None = None  # the cells of the last table's header
        self.orphan: tuple[Kind, int] | None = None  # a header with no rows under it (below)

    def where(self, line: SrcLine) -> str:
        return f"line {line.number}"

    def verbatim(self, line: SrcLine) -> None:
        body, start = line.raw, line.start
        m = _MD_HEADING.match(body) if self.markdown else None
        if m:
            body, start = body[m.end() :], start + m.end()
        self.out.end_line()
        at = 0  # (Markdown's marks left out, the words they mark kept: markdown_inline)
        for a, b in inline_cuts(body) if self.markdown else ():
            self.out.add(body[at:a], self.where(line), start + at)
            at = b
        self.out.add(body[at:], self.where(line), start + at)

    def run(self) -> bool:  # (whether a table was found)
        i = 0
        while i < len(self.lines):
            if self._cells_table(i):
                i = self._cells_end
                continue
            if "markdown" in self.allowed and (fields := field_table(self.bodies, i)):
                i, written = fields  # (主手單位|協挑單位 over one row: a group's field line)
                self._emit([Line(t, self.where(self.lines[k])) for k, t in written], {})
                self.kinds.add("markdown")
                continue
            kind, head = header_kind(self.lines, i, self.allowed), i
            if kind is None and self._orphan_row(i) and self.orphan is not None:
                kind, head = self.orphan  # a spreadsheet's header exported above its notice:
            if kind is None:  # its rows, further down, are its table's
                self.verbatim(self.lines[i])
                i += 1
                continue
            end, rows, passthrough = self._table(kind, head, i)
            while end > i + 1 and not self.bodies[end - 1].strip():
                end -= 1  # (blank lines after its last row are the text's: a footer apart)
            if len(rows) == 1 and kind in DELIM:
                self.orphan = (kind, i)
            rendered = render_table(  # (a pipe table's cells are whole, as a delimited
                rows, self.state, carry=True, wraps=kind == "spaces",  # text's: never one
                bare=kind in DELIM or kind == "markdown",  # cell cut over two rows)
            )
            header = tuple(re.sub(r"\s+", "", str(c)) for c in rows[0].cells)
            if not rendered or (len(rendered) < 2 and header != self.last_header):
                self.verbatim(self.lines[i])  # one row alone is not a table, unless the
                i += 1  # header repeats the last table's: a table that goes on (a new page)
                continue
            self.last_header = header
            self.kinds.add(kind)
            self._emit(rendered, passthrough)
            i = end
        return bool(self.kinds)

    def _emit(self, rendered: list[Line], passthrough: dict[str, SrcLine]) -> None:
        """Rendered lines, with page-number lines put back in their place."""
        pending = sorted(passthrough.values(), key=lambda ln: ln.number)
        for line in rendered:
            number = int(line.where.split()[-1]) if line.where.startswith("line ") else 0
            while pending and pending[0].number < number:
                self.verbatim(pending.pop(0))
            self.out.line(line.text, line.where)
        for rest in pending:
            self.verbatim(rest)

    def _cells_table(self, i: int) -> bool:
        """A Word table copied one cell per line (:mod:`divplan.read.cell_tables`; a blank line
        between cells too), a PDF's raw text layer of one (:mod:`divplan.read.raw_tables`), or a
        pipe or grid table with no header row (:mod:`divplan.read.headerless_pipes`), rendered."""
        bodies, skipped, cells, head = self.bodies, list[int](), "cells" in self.allowed, None
        if cells and (width := header_run(bodies, i)):
            end, found = cell_rows(bodies, i, width)
            head = [b.strip() for b in bodies[i : i + width]]
        elif cells and (spaced := spaced_cells(bodies, i) or unnumbered_cells(bodies, i)):
            head, end, found = spaced
        elif cells and (raw := raw_table(bodies, i)) is not None:
            head, end, found, skipped = raw
        elif (
            "markdown" not in self.allowed or not opens_pipes(bodies[i])  # (cheap, first)
            or header_kind(self.lines, i, self.allowed) is not None
            or (bare := headerless_rows(bodies, i)) is None
        ):
            return False
        else:  # (its columns told by what its cells hold: :mod:`divplan.read.headerless`)
            end, found = bare
        table = [Row(head, self.where(self.lines[i]))] if head is not None else []
        table += [Row(cells, self.where(self.lines[k])) for k, cells in found]
        rendered = render_table(table, self.state, carry=True, wraps=False, continues=False)
        if len(found) < 2 or not rendered or len(rendered) < 2:
            return False
        self.kinds.add("cells")
        self._emit(rendered, {self.where(self.lines[k]): self.lines[k] for k in skipped})
        self._cells_end = end
        return True

    def _orphan_row(self, i: int) -> bool:
        """Whether line ``i`` is a numbered row of the header left without rows above."""
        if self.orphan is None:
            return False
        kind, head = self.orphan
        cells = tsv_cells(self.lines[i].body, DELIM[kind])
        width = len(tsv_cells(self.lines[head].body, DELIM[kind]))
        return len(cells) == width and cells[0].strip().isdigit()

    def _table(
        self, kind: Kind, i: int, first: int | None = None
    ) -> tuple[int, list[Row], dict[str, SrcLine]]:
        """Rows of the table whose header is line ``i`` (its rows from line ``first``, when
        they stand apart from it); the index after it; page lines."""
        lines = self.lines
        header = lines[i]
        i = i if first is None or first == i else first - 1
        passthrough: dict[str, SrcLine] = {}
        if kind in DELIM:
            rows = [Row(tsv_cells(header.body, DELIM[kind]), self.where(header))]
        elif kind == "markdown":
            rows = [Row(md_cells(header.body), self.where(header))]
        elif kind == "dashes":
            rows = [Row(dash_cells(header.body), self.where(header))]
        else:
            wide = cjk_width(self.bodies, i)
            cols = [c for c, _ in space_cells(header.body, wide)]
            if wide == 1:  # a PDF's layout text: cells a long task left one space apart
                for k, body in squeezed_gaps(self.bodies, i + 1, len(cols)).items():
                    self.bodies[k], lines[k] = body, replace(lines[k], body=body)
            labels = [t for _, t in space_cells(header.body, wide)]
            lead_in = heading_in_header(labels, number_names())  # "一、…序号": a heading, then
            rows = [Row(labels, self.where(header)), *([Row([lead_in], "")] if lead_in else [])]
            named = find_header(rows[0].cells)
            task_col = (named.cols("task") if named else [1])[-1]
        seen: list[int] = []  # where full rows' cells start (a PDF's header may centre labels)
        rule = MD_SEP if kind == "markdown" else RULE  # (pandoc: ---- ------ under labels)
        separated = i + 1 < len(lines) and bool(rule.match(lines[i + 1].body))
        j = i + 2 if kind in ("markdown", "spaces") and separated else i + 1
        grid, grid_row = kind == "markdown" and separated and "+" in lines[i + 1].body, False
        top = centred = False  # rows open with their numbers (top), or sit around them
        tails = 0  # the header's labels wrapped ("Completion time | limit"), once or twice
        for extra in (0, 1):  # ("Serial | numb | er"): the whole labels, when they name no
            if kind == "spaces" and j < len(lines) and header_tail(lines[j].body, cols, wide):
                fuller = with_tail(list(rows[0].cells), cols, lines[j].body, wide)  # fewer
                if named_columns(fuller) >= named_columns(rows[0].cells) + extra:  # (more)
                    rows[0], j, tails = Row(fuller, rows[0].where), j + 1, tails + 1
        while j < len(lines):
            body = lines[j].body
            where = self.where(lines[j])
            if kind in DELIM:
                d = DELIM[kind]
                if body.count('"') % 2 and (d in body or body.lstrip()[:1] == '"'):  # a cell
                    quoted, j = quoted_row(self.bodies, j, d)  # holding line breaks: to its quote
                    rows.append(Row(quoted, where))
                elif AFTER.match(body):
                    break  # (注：…, "Note: 1. …" under the table: the document's, not a row)
                elif d in body:  # (or the rest of the row above, a cell cut by a line break)
                    cut_row(rows, Row(tsv_cells(body, d), where), len(rows[0].cells))
                elif not body.strip():
                    pass
                elif SECTION_MARK.match(body) or SUB_MARK.match(body):
                    rows.append(Row([body], where))
                elif tab_rows_after(self.bodies, j, d):  # a page's number and running head between
                    passthrough[where] = lines[j]  # two pages of the table
                else:
                    break
            elif kind == "dashes":
                if DASH.search(body):
                    rows.append(Row(dash_cells(body), where))
                elif not body.strip():
                    pass
                elif SECTION_MARK.match(body) or SUB_MARK.match(body):
                    rows.append(Row([body.strip()], where))
                else:
                    break
            elif kind == "markdown":
                headed = SECTION_MARK.match(body) or SUB_MARK.match(body)
                if not body.strip() and pipes_go_on(self.bodies, j, SECTION_MARK):
                    j += 1  # (blank lines between its rows, or before a heading over them)
                    continue
                if headed and not pipe_row(body, 1) and pipe_after(self.bodies, j):
                    rows.append(Row([body.strip()], where))  # a heading between rows, no
                    j += 1  # pipes of its own ("I. …" under "No. | Task | Unit"): its section
                    continue
                if body[:1] in " \t" and not pipe_row(body, 1) and opens_with_note(body.strip()):
                    rows.append(Row([body.strip()], where))  # "    时间要求：…" under its row
                    j += 1
                    continue
                if len(rows) > 1 and row_goes_on(rows[-1].cells, len(rows[0].cells), body):
                    rows[-1] = Row(wrapped_row(rows[-1].cells, md_cells(body)), rows[-1].where)
                    j += 1  # (a row the page width wrapped, its lines set in)
                    continue
                if not pipe_row(body, 1) and not MD_SEP.match(body):  # (a grid's +---+ border)
                    if (turn := md_page_turn(self.bodies, j, rows[0].cells)) is None:
                        break  # (else a page's foot, the next page's head and the header again)
                    foot = [x for x in lines[j : turn - 2] if x.body.strip()]
                    passthrough.update({self.where(x): x for x in foot})
                    j = turn
                    continue
                if MD_SEP.match(body):
                    grid_row = False  # a grid's border ends its row
                elif grid_row:  # a grid's row goes on, line by line, to its next border
                    rows[-1] = Row(cell_lines([*rows[-1].cells], md_cells(body)), rows[-1].where)
                else:
                    rows.append(Row(md_cells(body), where))
                    grid_row = grid
            else:
                ends_page = not body.strip() or _PAGE.match(body) is not None
                turn = page_turn(self.bodies, j, header.body, wide) if ends_page else None
                if turn is not None:  # a page's foot and the next page's head, then the
                    for k in range(j, turn):  # header repeated: the table goes on
                        if lines[k].body.strip():
                            passthrough[self.where(lines[k])] = lines[k]
                    j = turn + 1
                    for _ in range(tails):  # the repeated header wraps as the first did
                        j += j < len(lines) and header_tail(lines[j].body, cols, wide)
                    continue
                group = None
                if body.strip() and not lines[j - 1].body.strip() and not top and not ends_page:
                    group = row_group(self.bodies, j, wide, len(cols))
                if group is not None:  # rows set around their numbers: "A牵头，| 1 B、C | D参加"
                    numbered, end = group
                    found = group_rows(self.bodies, j, end, numbered, wide, seen or cols)
                    places = [self.where(lines[k]) for k in numbered]
                    rows += [Row(c, w) for c, w in zip(found, places, strict=True)]
                    j, centred = end, True
                    continue
                top = top or (not centred and opens_top_row(self.bodies, j, wide, len(cols)))
                if not body.strip():
                    nxt = next((n for n in range(j + 1, len(lines)) if lines[n].body.strip()), None)
                    width = len(cols)
                    ahead = nxt is not None and numbered_row_ahead(self.bodies, nxt, wide, width)
                    nxt_body = lines[nxt].body if nxt is not None else ""
                    if nxt is None or not (ahead or space_row_like(nxt_body, cols + seen, wide)):
                        break
                    if nxt - j >= 2 and after_table(nxt_body, cols, wide) and not ahead:
                        break  # blank lines, then a line under the number column that is no
                        # number or heading: the signature or 印发 line below the table
                elif _PAGE.match(body) or RULE.match(body):  # (a repeated header's rule)
                    passthrough[where] = lines[j]
                else:
                    cells = split_number(space_cells(body, wide), len(cols))
                    gapped = one_empty_cell(body, len(cols))
                    wrapped = continues_row(cells, seen) and wide == 1  # (a layout's line)
                    if len(cells) == len(cols) and not wrapped:  # every cell there: delimited
                        rows.append(Row([c for _, c in cells], where))
                        starts = [at for at, _ in cells]
                        seen = aligned_starts(seen, starts)
                    elif wrapped or continues_row(cells, seen):  # a wrapped row: cells sit where
                        near = off_number(nearest_cells(body, seen, wide), task_col)
                        rows.append(Row(near, where))  # under where full rows' cells start
                    elif gapped is not None and not gap_fits(body, gapped, seen, wide):
                        near = off_number(nearest_cells(body, seen, wide), task_col)
                        rows.append(Row(near, where))  # the wide gap is no empty cell: a
                        # PDF's layout set the cell right under another column ("A  B    C")
                    elif gapped is not None:  # "A  B    D": the wide gap is an empty cell
                        rows.append(Row(gapped, where))
                    else:  # under the header's labels, or where full rows put their cells
                        at = nearest_cells(body, seen, wide) if seen and wide == 1 else None
                        cells_at = at or aligned_cells(body, cols, wide)
                        rows.append(Row(off_number(cells_at, task_col), where))
            j += 1
        return j, rows, passthrough


def read_text_tables(text: str, forced: Format | None = None) -> TextTables:
    """The text with its tables rendered as plan lines (see the module docstring); ``forced``
    is ``tsv`` or ``markdown`` when the caller named the format, else every kind is looked for.
    With no table found the text comes back unchanged."""
    if (grid := boxed_as_grid(text)) is not None and (drawn := read_text_tables(grid)).tables:
        return drawn  # (┌──┬──┐ / │…│…│: the table drawn in box characters, read as a grid)
    allowed: tuple[Kind, ...] = ("tsv", "markdown", "spaces", "cells", "dashes")
    if forced == "tsv":
        allowed = ("tsv",)
    elif forced == "markdown":  # pipe tables, and pandoc's simple tables (columns aligned
        allowed = ("markdown", "spaces", "dashes", "cells")  # under a rule of dashes)
    if forced != "markdown" and (keyed := exported_rows(text)) is not None:
        return TextTables(keyed.text(), keyed, "tsv", 0)  # (类型,内容: a field a row; 文本,置信度)
    if forced is None and not has_table_sign(text):
        return TextTables(text, None, "text", 0)
    reader = _Reader(text, allowed, markdown=forced == "markdown")
    reader.run()
    if not reader.kinds:
        if forced == "markdown":
            return TextTables(reader.out.text(), reader.out, "markdown", 0)
        return TextTables(text, None, forced or "text", 0)
    if "markdown" in reader.kinds and not reader.markdown:
        reader = _Reader(text, allowed, markdown=True)
        reader.run()
    marked = forced == "markdown" or "markdown" in reader.kinds
    fmt: Format = "tsv" if "tsv" in reader.kinds else "markdown" if marked else "text"
    return TextTables(reader.out.text(), reader.out, fmt, reader.state.tables)


def read_cell_tables(text: str) -> TextTables:
    """Only the tables copied one cell per line (:mod:`divplan.read.cell_tables`): for the
    text of a page or a Word file, whose real tables its reader has already rendered."""
    reader = _Reader(text, ("cells",), markdown=False) if has_table_sign(text) else None
    if reader is not None and reader.run():
        return TextTables(reader.out.text(), reader.out, "text", reader.state.tables)
    return TextTables(text, None, "text", 0)


__all__ = ["TextTables", "read_cell_tables", "read_text_tables"]
