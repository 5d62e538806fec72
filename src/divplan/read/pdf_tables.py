"""A PDF's ruled tables read as plan tables, over page breaks (:mod:`divplan.read.pdf_grids`).

Why apart from the grids: finding a page's cells is pdfplumber's geometry; reading a table over
pages is the genre's — a table goes on over a page break with the page's running foot and head
between, repeats its header or not, cuts a row in two, prints a cell merged down over the break
only above it, and leaves out a column rule where every row of the next page merges two cells.

Guarantees of :func:`read_ruled`: pages with a ruled table take their text from the grid reader,
the others keep the text layer's lines; a table's rows reach the one renderer
(:mod:`divplan.read.tables`) in order, each naming its page; a row or cell joined over a break
keeps the page it started on; a cell taken as "same as above" is written 同上 / "same as
above", so the clause reader says it guessed.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from divplan.read.cells import PAGE_ROW, SECTION_MARK, Row, join_pieces, plain_row
from divplan.read.extracted import TextBuilder
from divplan.read.pdf_grids import SNAP, Grid, PagePart, column_of
from divplan.read.table_headers import Header, find_header, opens_with_note
from divplan.read.tables import DITTO, TableState, render_table


def read_ruled(
    parts: list[PagePart], page_lines: list[list[str]], clean: Any
) -> tuple[TextBuilder, int] | None:
    """The document's lines with its ruled tables rendered as plan tables, or None when no
    ruled table is a plan table (the text layer's reading stands).

    Pages with a ruled table take their text from ``parts`` (``clean`` applied: the PDF
    reader's glyph and spacing clean-up); the others keep ``page_lines``.  A table goes on over
    the next page's table when only a page's running foot and head lie between (written after
    the table), and a row the page break cut (the next page's first row has no number, or the
    table none and the last task stopped mid-sentence) is joined to the row above, cell by cell.
    """
    ruled_pages = {p.page for p in parts if p.grid is not None}
    out = TextBuilder()
    state = TableState()
    pending: list[Row] = []
    tables = 0
    after_plan = False

    def flush() -> None:
        nonlocal tables, after_plan, pending
        if not pending:
            return
        rendered = render_table(pending, state, continues=after_plan)
        if rendered is None:
            for row in pending:
                text = plain_row(row.cells)
                if text:
                    out.line(text, row.where)
            after_plan = False
        else:
            for line in rendered:
                out.line(line.text, line.where)
            tables += 1
            after_plan = True
        pending = []

    held: list[tuple[str, str]] = []  # a page's running head or foot inside a table's run
    xs: list[float] = []  # the column rules of the table being read

    def release() -> None:
        for text, where in held:
            out.line(text, where)
        held.clear()

    for number, lines in enumerate(page_lines, start=1):
        if number not in ruled_pages:
            flush()
            release()
            after_plan = False
            for k, line in enumerate(lines):
                if line.strip():
                    out.line(line, f"page {number}")
                elif k and out.length:
                    out.blank()
            continue
        page_parts = [p for p in parts if p.page == number]
        for k, part in enumerate(page_parts):
            where = f"page {number}"
            if part.grid is None:
                texts = [clean(line) for line in part.lines]
                edge = (k == 0 and len(page_parts) > 1) or (k == len(page_parts) - 1 and k > 0)
                if pending and edge and furniture(texts):
                    held.extend((t, where) for t in texts)  # the table may go on past it
                    continue
                flush()
                release()
                after_plan = False
                for text in texts:
                    out.line(text, where)
                continue
            grid = part.grid
            if pending and len(grid.rows[0]) < len(pending[0].cells) and _within(xs, grid.xs):
                grid = Grid(_spread(grid, xs), grid.top, grid.bottom, xs)  # cells merged across
            rows = [Row([clean(c) for c in cells], where) for cells in grid.rows]
            if pending and len(rows[0].cells) != len(pending[0].cells):
                flush()
                release()
            xs = grid.xs
            _join_cut_row(pending, rows)
            _carry_over_break(pending, rows)
            pending += rows
    flush()
    release()
    return (out, tables) if tables else None


_FURNITURE_LINES = 4  # a page's running head or foot: a few short lines
_FURNITURE_WIDTH = 80


def furniture(texts: list[str]) -> bool:
    """Lines at a page's top or bottom beside a table that may go on over the page break: page
    numbers, or a few short lines (a running head with the document number, a site's footer)."""
    if all(PAGE_ROW.match(t) for t in texts):
        return True
    return len(texts) <= _FURNITURE_LINES and all(len(t) <= _FURNITURE_WIDTH for t in texts)


def _header(pending: list[Row]) -> Header | None:
    """The header of the table being read (its first rows name the columns)."""
    return next((h for h in (find_header(r.cells) for r in pending[:3]) if h), None)


def _first_row(rows: list[Row]) -> int:
    """Where a page's rows begin after the header it repeats, if it does."""
    return 1 if rows and find_header(rows[0].cells) is not None else 0


_ENDS = tuple("。.；;！!？?）)")  # a task's text so ending ended before the page break


def _task_ended(task: str) -> bool:
    """Whether a task's cell ended before the page break: its text closes a sentence, or its
    last sentence is followed by a deadline field (…综合利用。完成时限：2013年11月底前)."""
    task = task.rstrip()
    tail = max(task.rfind(end) for end in "。.；;") + 1
    return task.endswith(_ENDS) or (0 < tail < len(task) and opens_with_note(task[tail:].strip()))


def _heading_only(cells: Sequence[str], task: int) -> bool:
    """Whether a row holds a section's heading alone: a marked line in the task column, no
    other cell filled (a heading is never a task the page break cut)."""
    return SECTION_MARK.match(cells[task].strip()) is not None and not any(
        c.strip() for k, c in enumerate(cells) if k != task
    )


def _join_cut_row(pending: list[Row], rows: list[Row]) -> None:
    """A row a page break cut: the new page's first row (after a repeated header), with no
    number under the table's number column — or, in a table without one, with no task or under
    a task whose text the page break left in mid-sentence — goes on the last row of the page
    before (and is taken out of ``rows``); a cell merged down over the break is not written
    twice."""
    header = _header(pending)
    if not pending or not rows or header is None:
        return
    k = _first_row(rows)
    if k >= len(rows):
        return
    first = rows[k].cells
    last = pending[-1]
    numbers, task = header.cols("number"), header.cols("task")[-1]
    if numbers:
        cut = not first[numbers[0]].strip()
    else:  # "Formulate the catalog of green packaging products for express" / "delivery in …"
        cut = bool(last.cells[task].strip()) and not _task_ended(last.cells[task]) and not (
            _heading_only(last.cells, task)  # ("III. Strengthening support …" at a page's foot)
        )
        cut = cut or not first[task].strip()  # (no task: a unit cell's rest, "Administration")
        cut = cut and not _heading_only(first, task)  # ("III. Advancing …" opening the page)
    if not cut or not any(c.strip() for c in first):
        return
    joined = [
        a if not b.strip() or b == a else join_pieces([a, b])
        for a, b in zip(last.cells, first, strict=False)
    ]
    pending[-1] = Row(joined, last.where)
    del rows[k]
    for n in range(k, len(rows)):  # a cell merged down over the break goes on in the rows
        cells = [  # below the cut one with the part printed on this page: its whole text
            whole if b.strip() and c == b else c
            for c, b, whole in zip(rows[n].cells, first, joined, strict=False)
        ]
        rows[n] = Row(cells, rows[n].where)


def _within(rules: list[float], some: list[float]) -> bool:
    """Whether every rule of ``some`` is one of ``rules`` (a page of the same table whose cells
    merged across leave some rules out)."""
    return bool(rules) and all(any(abs(a - b) <= SNAP for a in rules) for b in some)


def _spread(grid: Grid, rules: list[float]) -> list[list[str]]:
    """The grid's rows on the columns ``rules`` make: each cell's text in every column it
    covers (the next page of a table where no row draws the rule between two columns)."""
    out = []
    for row in grid.rows:
        cells = []
        for left, right in itertools.pairwise(rules):
            centre = (left + right) / 2
            k = column_of(grid.xs, centre)
            cells.append(row[k] if k is not None and k < len(row) else "")
        out.append(cells)
    return out


def _carry_over_break(pending: list[Row], rows: list[Row]) -> None:
    """A lead or responsible cell merged down over a page break prints its text above the break
    only: the rows opening the next page with that cell empty, under a filled one, take it as
    "same as above" (同上), which the clause reader applies and says it guessed."""
    header = _header(pending)
    if not pending or not rows or header is None:
        return
    heads = header.cols("lead") + header.cols("resp")
    if not heads or not any(pending[-1].cells[i].strip() for i in heads):
        return
    k = _first_row(rows)
    while k < len(rows) and not any(rows[k].cells[i].strip() for i in heads):
        cells = list(rows[k].cells)
        texts = {c.strip() for c in cells if c.strip()}
        if not texts or (len(texts) == 1 and SECTION_MARK.match(texts.pop())):
            break  # (二、… across the table: a new section, no merged cell runs into it)
        for i in heads:
            cells[i] = DITTO[header.lang]
        rows[k] = Row(cells, rows[k].where)
        k += 1


__all__ = ["furniture", "read_ruled"]
