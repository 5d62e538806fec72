"""The notice's rows inside a sheet, under the header of its number column.

Why apart from :mod:`divplan.read.tables`: a sheet exported from an office system may write
the whole document in its columns — the header (序號 | 內容) first, then the notice's lines in
the text column with an empty number cell (the title, the document number, the addressees,
the issuer, the date), then the plan's rows.  Those rows are no headings and no items of the
table: read as its rows, each became a section (一、白政辦發〔2016〕33號) or an unnumbered
item.  Which rows they are is a question about the table's first rows only.

Guarantee: only rows before the first row that numbers something (一、, 1., (1), or a heading
marked in the text column) are looked at, and only when two or more of them hold one text each
and an empty number cell; the last of them stays the table's when a numbered item follows it
(a heading with no marker over the items), as it does under the header of any table.
"""

from __future__ import annotations

from collections.abc import Sequence

from divplan.read.cells import ITEM_DIGITS, MARKED, NUMERAL, SUB_NUMERAL, Line, Row, flat, plain_row
from divplan.read.table_headers import COLUMN_NOTE, Header

_LEAST_ROWS = 2  # a heading over the first rows stands alone; the notice's lines are several


def text_rows(
    rows: Sequence[Row], at: int, start: int, header: Header
) -> tuple[list[Line], int, bool]:
    """The lines of a table's text rows — above its header (row ``at``), and the notice's
    rows under it (from ``start``, :func:`notice_rows_end`) —, where its own rows begin, and
    whether its number column numbers no item (:func:`numbers_no_item`)."""
    body = notice_rows_end(rows, start, header)
    lines = [Line(plain_row(r.cells), r.where) for r in [*rows[:at], *rows[start:body]]]
    note = "注：" if header.lang == "zh" else "Note: "  # (a column's note is the plan's words:
    lines += [  # "Responsible bodies (where several are listed, the first-named body leads)")
        Line(note + m.group(1).strip(), rows[at].where)
        for name in header.names
        for m in COLUMN_NOTE.finditer(name)
    ]
    return [ln for ln in lines if ln.text], body, numbers_no_item(rows[body:], header)


def numbers_no_item(rows: Sequence[Row], header: Header) -> bool:
    """Whether a table's number column holds section numerals only (I., 一、) and its task
    rows leave it empty: the tasks are unnumbered items (``numbered: false``), not rows to
    number 1, 2, 3 as a column whose cells a merge emptied would be."""
    numbers = header.cols("number")
    if not numbers:
        return False
    cells = [flat(r.cells[numbers[0]], None) for r in rows if numbers[0] < len(r.cells)]
    marks = [c for c in cells if c]
    empty = len(cells) - len(marks)
    return bool(marks) and empty >= len(marks) and not any(ITEM_DIGITS.match(c) for c in marks)


def notice_rows_end(rows: Sequence[Row], start: int, header: Header) -> int:
    """Where the table's own rows begin, from ``start`` (the row under the header): past the
    notice's rows written in the text column above the first numbered row."""
    numbers = header.cols("number")
    if not numbers:
        return start
    col = numbers[0]
    k = start
    while k < len(rows):
        cells = [flat(c, None) for c in rows[k].cells]
        number = cells[col] if col < len(cells) else ""
        texts = [c for c in cells if c]
        if number or len(texts) > 1 or (texts and MARKED.match(texts[0])):
            break  # (a row that numbers something, or a heading marked in the text column)
        k += 1
    if k - start < _LEAST_ROWS or k >= len(rows):
        return start
    first = flat(rows[k].cells[col], None)
    section = NUMERAL.match(first) or SUB_NUMERAL.match(first)
    return k if section or not ITEM_DIGITS.match(first) else k - 1


__all__ = ["notice_rows_end", "numbers_no_item", "text_rows"]
