"""Tables read as plans: a division-of-labour table (分工表) becomes labelled item lines.

Why render rather than parse tables: the clause reader reads labelled fields (``牵头单位：A
配合单位：B``), so a row written as such a line reads as any labelled plan does.  One renderer
serves every container: a table reads the same however published.

Guarantees:

- A header row names a task column and a field (``table_headers.tsv``), in one row or two
  (``责任单位`` over ``牵头单位 | 配合单位``); a caption above it stays plain lines; repeated
  (on each page, perhaps marked "(continued)", 续表), it is skipped.
- A row with a number and a task is one line ``N. task  牵头单位：A  配合单位：B  完成时限：D``
  (``Lead unit:`` …); empty fields are left out.  A row without a number is numbered after
  the previous item.  Columns the header does not name stay in the item as ``NAME：value``:
  after its task, or, named in unit words, among the fields in their columns' order.  Mark
  grids and flat exports are recast first (:mod:`~.mark_grids`, :mod:`~.doc_columns`).
- A row holding only a heading (one text, or marked ``一、`` / ``I.``) is a section line
  ``一、标题`` (a marker added if it has none); ``（一）`` headings stay subsections.  With two
  task columns (重点任务 above 具体措施) the first groups the rows: each new value is a
  subsection heading (a section's, with no number column and no section yet).
- Merged cells: containers that know them repeat the merged text in every cell it covers. In
  text tables (``carry=True``) an empty lead / responsible cell after a filled one within a
  section is written "same as above" (同上): the item above's units, read ``inferred`` (a cut or
  centred cell is found by :mod:`~.merged_cells` first); participants and deadlines are not.
- A row with no number continues the item above in space-aligned text (``wraps=True``), and
  anywhere when the item's cells end open (…集中，| 省建设厅、): a row a page break split.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from divplan.parsing.furniture import is_furniture
from divplan.read.cell_cuts import sentence_cut
from divplan.read.cells import (
    CONTINUED,
    ITEM_DIGITS,
    MARKED,
    NUMERAL,
    PAGE_ROW,
    SECTION_MARK,
    SENTENCE,
    SUB_MARK,
    SUB_NUMERAL,
    Line,
    Row,
    chinese_numeral,
    deadline_row,
    flat,
    join_pieces,
    no_heading,
    open_cells,
    opens_group_line,
    own_fields,
    roman,
    same_number,
)
from divplan.read.doc_columns import document_columns
from divplan.read.header_guesses import unit_end
from divplan.read.header_rows import first_labels, header_at, lower_row
from divplan.read.headerless import infer_header
from divplan.read.mark_grids import ungrid
from divplan.read.merged_cells import fill_centred, join_cut_cells
from divplan.read.table_headers import FIELDS, Header, Role, find_header, labels, opens_with_note
from divplan.read.table_notice import text_rows
from divplan.read.table_state import TableState, _Item

DITTO = {"zh": "同上", "en": "same as above"}  # a carried cell: the lexicon's ditto (cues.tsv)
_HEADER_WITHIN = 30  # a sheet may hold the notice above its table: its header is this far
_UNITS: tuple[Role, ...] = ("lead", "resp", "part")


class _Renderer:
    def __init__(self, header: Header, state: TableState, carry: bool, wraps: bool, cuts: bool,
                 bullets: bool):  # fmt: skip
        self.h, self.state, self.carry, self.wraps, self.cuts = header, state, carry, wraps, cuts
        self.out: list[Line] = []
        self.pending: _Item | None = None
        self.task_cols, numbers = header.cols("task"), header.cols("number")
        self.num_col: int | None = numbers[0] if numbers else None
        self.unit_cols = [c for r in _UNITS for c in header.cols(r)]
        self.heading_at, self.cut = "", False  # where the last heading came from; it was
        # marked and short in the source (a narrow column may have cut it)
        self.bullets = bullets  # (its number column numbers no item: those rows unnumbered)
        self.section_line: Line | None = None  # the last section heading written
        self.paragraph = self.again = False  # a heading's paragraph open; the header again
        self.run: list[tuple[int, _Item]] = []  # a section's items, written when it ends
        self.group_sections = not numbers and len(self.task_cols) > 1 and state.sections == 0

    def flush(self) -> None:
        self.paragraph = False
        if self.pending is not None:
            self.run.append((len(self.out), self.pending))
            self.out.append(Line("", self.pending.where))  # its text once the section ends
            self.pending = None

    def settle(self) -> None:  # (merged unit cells first found again: text tables)
        """Write the section's items."""
        self.flush()
        if self.carry and self.run:
            rows = [item.cells for _, item in self.run]
            if self.cuts:  # (a delimited row's cells are whole; a page's layout centres cells)
                join_cut_cells(rows, self.unit_cols, None if self.wraps else self.num_col)
            heads = [c for role in ("lead", "resp") for c in self.h.cols(role)]
            fill_centred(rows, heads, [item.late for _, item in self.run], self.wraps)
        for at, item in self.run:
            self.out[at] = Line(self._item_text(item), item.where)
        self.run = []

    def _value(self, cells: Sequence[str], role: Role) -> str:
        sep = ("、" if self.h.lang == "zh" else ", ") if role in _UNITS else None
        values: list[str] = []
        for i in self.h.cols(role):
            text = flat(cells[i], sep) if i < len(cells) else ""
            if text and text not in values:
                values.append(text)
        glue = {"zh": "；", "en": "; "}[self.h.lang] if role == "deadline" else (sep or " ")
        return glue.join(values)

    def _item_text(self, item: _Item) -> str:
        cells, task_col = item.cells, self.task_cols[-1]
        task, fields_in_cell = own_fields(cells[task_col])  # (a cell holding its fields' lines:
        closing = _CLOSING_BRACKET.search(task)  # a remark is written before them, not after)
        parts = [item.marker + " " + (task[: closing.start()] if closing else task)]
        colon = "：" if self.h.lang == "zh" else ": "
        first = min((i for i, r in enumerate(self.h.roles) if r in FIELDS), default=len(cells))
        late: list[tuple[int, str]] = []  # (a column of unknown unit words after a field
        for i, role in enumerate(self.h.roles):  # column: written in its place among them)
            if role in (None, "note") and i < len(cells) and flat(cells[i], None):
                name = self.h.names[i] if i < len(self.h.names) else ""
                part = (name + colon if name else "") + flat(cells[i], None)
                if role is None and i > first and unit_end().search(name):
                    late.append((i, part))
                else:
                    parts.append(part)
        noted = len(parts) > 1 and not fields_in_cell  # (a note column after the task: the
        if closing and noted:  # task's bracket still closes the text; with the cell's own
            parts.append(closing.group().strip())  # field lines the bracket stays with its
        elif closing:  # task, "task（A牵头）  兑现时间：…", a note column's part after it
            parts[0] = item.marker + " " + task
        parts += [fields_in_cell] if fields_in_cell else []
        label = dict(labels())
        fields = {role: self._value(cells, role) for role in FIELDS}
        if fields["part"] and fields["part"] == fields["lead"] and not fields["resp"]:
            # one cell merged across the unit columns: a clause of its own, once, under no
            # lead label (A、B齐抓落实 is joint; A牵头，B配合 says its lead itself)
            fields["resp"], fields["lead"], fields["part"] = fields["lead"], "", ""
        elif fields["part"] and fields["part"] in (fields["lead"], fields["resp"]):
            fields["part"] = ""  # (the same, under a responsibility column)
        if self.carry and not fields["lead"] and not fields["resp"]:
            # the cell above merged down, a guess: "same as above", read inferred
            ditto = DITTO[self.h.lang]
            fields["lead"] = ditto if self.state.carried.get("lead") else ""
            fields["resp"] = ditto if self.state.carried.get("resp") else ""
        elif self.carry:
            self.state.carried = {"lead": fields["lead"], "resp": fields["resp"]}
        label |= first_labels(self.h, fields)  # (a column saying its first listed body leads)
        placed = [
            (min(self.h.cols(role), default=len(cells)), label[(role, self.h.lang)] + fields[role])
            for role in FIELDS if fields[role]
        ]  # (beside a column of unknown unit words, in their columns' order)
        parts += [p for _, p in (sorted(late + placed, key=lambda x: x[0]) if late else placed)]
        return "  ".join(p for p in parts if p.strip())

    def heading(self, text: str, where: str) -> None:
        self.settle()
        text, last = flat(text, None), self.out[-1] if self.out else None
        if last is not None and last is self.section_line and self.cut and not MARKED.match(text):
            self.out[-1] = self.section_line = Line(join_pieces([last.text, text]), last.where)
            return  # 一、改善門 / 診服務流程: one heading a narrow column cut, no row between
        self.cut = bool(MARKED.match(text)) and len(text) <= _CUT_HEADING  # (marked, short)
        self.heading_at = where
        if SUB_MARK.match(text):
            self.state.subsections += 1
            self.out.append(Line(text, where))
            return
        self.state.sections, self.state.subsections = self.state.sections + 1, 0
        self.state.groups.clear()
        self.state.carried.clear()
        if not SECTION_MARK.match(text):
            n = self.state.sections
            text = f"{chinese_numeral(n)}、{text}" if self.h.lang == "zh" else f"{roman(n)}. {text}"
        self.out.append(line := Line(text, where))
        self.section_line = line

    def group(self, col: int, text: str, where: str) -> None:
        """A new value in a grouping task column: a subsection heading; a section heading when
        the column stands left of the number (类别 | 序号 | 工作任务: the rows' categories)."""
        if (self.num_col is not None and col < self.num_col) or (  # (or Area | Task)
            self.group_sections and col == self.task_cols[0]):
            self.heading(text, where)  # (which clears the groups: this one is set after it)
            self.state.groups[col] = text
            return
        self.settle()
        self.state.groups[col] = text
        for later in [c for c in self.state.groups if c > col]:
            del self.state.groups[later]
        heading = flat(text, None)
        if not (SUB_MARK.match(heading) or SECTION_MARK.match(heading)):
            self.state.subsections += 1
            n = self.state.subsections
            zh = self.h.lang == "zh"
            heading = f"（{chinese_numeral(n)}）{heading}" if zh else f"({n}) {heading}"
        self.out.append(Line(heading, where))

    def row(self, row: Row) -> None:
        cells = [str(c) for c in row.cells]
        cells += [""] * (len(self.h.roles) - len(cells))
        texts = [flat(c, None) for c in cells]
        present = [i for i, t in enumerate(texts) if t]
        if not present:
            return
        again, self.again = self.again, False
        bare = [re.sub(CONTINUED, "", c) for c in cells]  # (the header again, on each page,
        if find_header(bare, bare=not self.cuts) or (again and lower_row(self.h, cells)):  # or
            # either of its rows: a delimited text's names a task column alone, as its top did)
            self.again = True
            return
        number = texts[self.num_col] if self.num_col is not None else ""
        has_fields = any(texts[i] for role in FIELDS for i in self.h.cols(role))
        counted = any(p.match(number) for p in (ITEM_DIGITS, NUMERAL, SUB_NUMERAL))
        if self.wraps and not counted and not has_fields and self._paragraph(texts, present, row):
            return  # (words under the number column are no number: a paragraph's line)
        distinct = {texts[i] for i in present}
        task = texts[self.task_cols[-1]]
        if len(distinct) == 1:
            (text,) = distinct
            if self._single(text, present, row.where):
                return
        if number and not has_fields and NUMERAL.match(number) and task:
            marker = number.rstrip("、.．, ")
            word = marker.isascii() and marker.isalpha() and not set(marker) <= set("IVXLC")
            sep = "、" if self.h.lang == "zh" and not marker.isascii() else ", " if word else ". "
            self.heading(marker + sep + task, row.where)
            return
        if number and not has_fields and SUB_NUMERAL.match(number) and task:
            self.heading(number + task, row.where)
            return
        grouped = opens_group_line(task)  # (a merged number cell over a task's row and its
        if self.pending is not None and (grouped or not has_fields):  # field or deadline rows)
            if number and same_number(number, self.pending.marker):  # (1 | Milestone: …; 1 |
                self._continue([c if i != self.num_col else "" for i, c in enumerate(cells)])
                return  # ——2002年10月底前交账: a row of the task's own, the number copied)
            if grouped and not number and self._merged_copy(texts):  # a merged unit cell: the
                self.flush()  # field row's line, as when the cell is not merged
                self.out.append(Line(task, row.where))
                return
        if self.wraps and not number and self.pending is not None and (
            self.num_col is not None
            or (self.pending.marker != "•" and not _OWN_NUMBER.match(task))
            or (not has_fields and sentence_cut(self.pending.cells[self.task_cols[-1]], task))
        ):  # (no number column: the rows number their tasks, "1．指导…", and a line without
            self._continue(cells)  # one is the row above wrapped, as under a number column)
            return
        if not number and self.pending is not None and open_cells(self.pending.cells):
            return self._continue(cells)  # (the rest of a row a page break split)
        self._item(cells, number, row.where)

    def _merged_copy(self, texts: list[str]) -> bool:
        """Whether a row's cells other than its task are the item's above, a merged cell's
        copies (a unit cell merged over a task's row and its deadline row), none of its own."""
        assert self.pending is not None
        above = [flat(c, None) for c in self.pending.cells]
        others = [i for i, t in enumerate(texts) if t and i != self.task_cols[-1]]
        return bool(others) and all(i < len(above) and texts[i] == above[i] for i in others)

    def _paragraph(self, texts: list[str], present: list[int], row: Row) -> bool:
        """In a text's table (a PDF's layout), a section's opening paragraph across the columns,
        wrapped over lines: one line of text under its heading, neither an item nor a heading.
        It goes on until a line ends a sentence."""
        text = join_pieces([texts[i] for i in present])
        if SECTION_MARK.match(text) or SUB_MARK.match(text):
            return False
        if self.paragraph and self.out:
            last = self.out[-1]
            self.out[-1] = Line(join_pieces([last.text, text]), last.where)
        elif self.pending is None and self.out and self.out[-1].where == self.heading_at:
            prose = SENTENCE.search(text) or ("，" in text and len(text) >= _PARAGRAPH // 2)
            if len(text) <= _PARAGRAPH and not prose:
                return False  # short, no sentence: an unmarked heading, or a task
            self.out.append(Line(text, row.where))
        else:
            return False
        self.paragraph = not text.rstrip().endswith(("。", ".", "；", ";", "!", "！", "?", "？"))
        return True

    def _single(self, text: str, present: list[int], where: str) -> bool:
        """A row with one text: a heading or a wrapped line (True), or an item (False)."""
        col = present[0]
        grouped = (col in self.task_cols or len(present) > 1) and opens_group_line(text)
        under = not (grouped or self.wraps) and self.pending and col == self.task_cols[-1]
        due = deadline_row(text, self.h.lang) if under else None  # (Q4 2015 under its task)
        if due or opens_with_note(text) or grouped or is_furniture(text) or (
            len(text) <= _PARAGRAPH // 2 and text.endswith((":", "："))  # (呼应单位： left empty)
        ):  # 备注：… under the table; 责任单位：… over its group's rows; "Source: … website"
            self.flush()  # (a page's line, the sheet's last row): text
            self.out.append(Line(due or text, where))
            return True
        heading_like = not SENTENCE.search(text) and len(text) <= 40
        marked = MARKED.match(text)
        if PAGE_ROW.match(text) or (
            not marked
            and (len(present) >= 2 or col == self.num_col)
            and (no_heading(text) or (self.wraps and not heading_like))
        ):  # in a text's table a paragraph across the columns (a section's opening) is text
            if not (self.pending and open_cells(self.pending.cells)):  # (a row split: goes on)
                self.flush()  # — 2 — between a table's pages, 抄送：… under it: text
            self.out.append(Line(text, where))
            return True
        if len(present) >= 2 or col == self.num_col or MARKED.match(text):
            self.heading(text, where)
            return True
        bare = self.wraps or self.num_col is None  # (a text's table, or rows with no numbers)
        if bare and heading_like and _DIGIT_HEADING.match(text) and self.pending:
            self.heading(text, where)  # "2. Comprehensive treatment" between rows
            return True
        if self.wraps and self.num_col is not None and self.pending is not None:
            cells = [""] * len(self.h.roles)
            cells[col] = text
            self._continue(cells)
            return True
        if col in self.task_cols[:-1]:
            self.flush()
            self.group(col, text, where)
            return True
        if col == self.task_cols[-1] and heading_like and self.num_col is not None:
            self.heading(text, where)
            return True
        return False

    def _continue(self, cells: Sequence[str]) -> None:
        assert self.pending is not None
        heads = [i for role in ("lead", "resp") for i in self.h.cols(role)]
        if not any(flat(self.pending.cells[i], None) for i in heads):
            self.pending.late = any(flat(cells[i], None) for i in heads)
        for i, text in enumerate(cells):
            text = flat(text, None)
            if text:
                before = self.pending.cells[i]
                self.pending.cells[i] = join_pieces([before, text]) if before else text

    def _item(self, cells: list[str], number: str, where: str) -> None:
        self.flush()
        for col in self.task_cols[:-1]:
            value = flat(cells[col], None)
            if value and self.state.groups.get(col) != value:
                self.group(col, value, where)
        task_col = self.task_cols[-1]
        if not number and self.num_col is None:  # no number column: "1. Expand …" in the task
            own = _OWN_NUMBER.match(flat(cells[task_col], None))
            if own:
                number, cells[task_col] = own.group(1), own.group(2)
        m = ITEM_DIGITS.match(number)
        if m:
            self.state.last_item = int(m.group(1))
            marker = number if m.group(2) else number + "."
        else:
            self.state.last_item += 1  # (no number column, none in the task: a bullet)
            marker = "•" if self.num_col is None or self.bullets else f"{self.state.last_item}."
            if number:
                cells[task_col] = number + " " + cells[task_col]
        self.pending = _Item(marker, cells, where)


_PARAGRAPH, _CUT_HEADING = 40, 8  # a paragraph's least; a marked heading a column may cut
_DIGIT_HEADING = re.compile(r"^\d{1,2}[.．、]\s*[^\d\s.．、]")  # a heading numbered like an item
_CLOSING_BRACKET = re.compile(r"\s*[(（][^()（）]{1,40}[)）]$")
_OWN_NUMBER = re.compile(r"^(\d{1,3}[.、．])\s*(\S.*)$", re.DOTALL)


def render_table(
    rows: Sequence[Row], state: TableState, *, carry: bool = False, wraps: bool = False,
    continues: bool = False, bare: bool = False,
) -> list[Line] | None:  # fmt: skip
    """The lines of a plan table, or None when ``rows`` hold no plan table (``bare``: a
    delimited text's, whose header may name a number and a task column alone; ``continues``:
    the table follows a plan table directly, its next page, so without a header of its own it
    takes the previous table's when it has as many columns)."""
    found = header_at([r.cells for r in rows], bare, _HEADER_WITHIN)
    header, at, start = found if found is not None else (None, 0, 0)
    if header is None:
        prev = state.header
        width = max((len(r.cells) for r in rows), default=0)
        if continues and prev is not None and width == len(prev.roles):
            header = prev
        elif (header := infer_header([r.cells for r in rows])) is None:
            return None  # (a table with no header row: its cells say what its columns are)
    lines, body, bullets = text_rows(rows, at, start, header)  # (above it; the notice's under)
    header, rows = ungrid(header, rows, body)  # (bodies' columns marked ●/○: a grid; and
    fields, rows = document_columns(header, rows, body)  # 发文机关 | 文号 on every row)
    lines, state.header, state.tables = lines + fields, header, state.tables + 1
    renderer = _Renderer(header, state, carry, wraps, not bare, bullets)
    for row in rows[body:]:
        renderer.row(row)
    renderer.settle()
    return lines + renderer.out


__all__ = ["Line", "Row", "TableState", "render_table"]
