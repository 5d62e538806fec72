"""Keyed rows: a delimited export of one field per row (类型,内容 / 任务,… / 分工,牵头部门：…).

Why: an office system or a database dumps a plan as records of a key and a value — a row for
the part, one for each task, one for its division of labour, one for its deadline — and a
spreadsheet saves them as two-column CSV.  There is no table header to find, and the clause
reader sees lines opening with ``分工,``: a label after a comma, no field, so every department
is lost.  Here such a text is written as the plan its values spell.

Guarantees:

- Only a text whose lines are nearly all two cells, a short key and a value, with few keys,
  repeated (a record layout), is rewritten; any other text gives None and is read as before.
- Each row becomes one line: its value, with CSV quoting undone.  A key that names a field
  column (牵头单位, 完成时限: ``read/table_headers.tsv``) is kept as the value's label
  (牵头单位：财政部); the key of any other row is left out, as a table's cell borders are.
- A row whose value opens no field (a task, a heading, a notice paragraph) opens a paragraph of
  its own: a blank line before it.  A field row stays under the row above, as a plan's field
  lines stand under their task.
- Each line is a segment naming its source line, with the value's source offset when the value
  is copied verbatim (an unquoted cell).
- A sheet of two columns that writes one cell a row (一、heading, / ,task / ,task / ,牵头单位：…:
  headings left, paragraphs right), half its rows opening with an empty cell, is written a
  filled cell a line; prose never opens half its lines with a comma.
- A sheet of a number column and a text column (序號,內容) whose first cells are markers only
  (一、, 1, or empty for the notice's rows) is written a row a line, the marker before its text;
  so is one with no header over its number column (1,task / ,Lead unit: …), when every row
  is two cells at most and at least three are numbered.
- A sheet of one column saved as CSV (rows quoted whole where a comma stands in them, or each
  closed by the empty cell of a column left blank) is written a row a line, its quoting
  undone; an issuer and its date in two cells of one row are two lines.
- An export whose first column only numbers its rows 1, 2, 3 … under a header (para_id,text;
  block,tag,text; 段落,内容,抓取时间; block_id,text over b001, b002 …) is written a row a
  paragraph, without the ids, tags and constant columns (:mod:`~divplan.read.row_ids`).
"""

from __future__ import annotations

import csv
import re
from collections import Counter

from divplan.read.extracted import TextBuilder
from divplan.read.row_cells import quoted_end
from divplan.read.row_ids import row_ids
from divplan.read.table_headers import FIELDS, column_role, find_header

_MIN_ROWS = 8  # a record layout writes its keys again and again
_HEAD_WITHIN = 30  # a sheet's header row under the notice's rows stands this far down at most
_KEYED_SHARE = 0.5  # of the non-blank lines that must be keyed rows
_OTHER_SHARE = 0.1  # of the lines that may be neither keyed rows nor single cells
_MOST_KEYS = 16  # a record layout has a handful of field names
_KEY = re.compile(r"[\u3400-\u9fff]{1,8}|[A-Za-z][A-Za-z0-9 /_-]{0,23}")  # (h2, p: a tag)
_LABEL = re.compile(r"\s*([^:：\n]{1,24})[:：]")
_CJK = re.compile(r"[\u3400-\u9fff]")


def csv_row(line: str, delim: str) -> list[str] | None:
    """The cells of a row, trailing empty cells dropped (None: not one CSV row)."""
    try:
        cells = next(csv.reader([line], delimiter=delim))
    except (csv.Error, StopIteration):
        return None
    while cells and not cells[-1].strip():
        cells.pop()
    return cells


_QUOTED_LINES = 12  # a cell quoted across lines (a task, then its deadline line) spans a few


def _records(lines: list[str]) -> list[str]:
    """``lines`` with a cell quoted across line ends (,"task。\n完成时限：…") joined into its
    row: a line whose quote, opening a cell, is not closed on it runs on to the line that
    closes it (:func:`~divplan.read.row_cells.quoted_end`), a dozen lines at most (a stray
    quote in prose joins nothing)."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        end = quoted_end(lines, k, _QUOTED_LINES) if _OPENS_QUOTED.search(lines[k]) else None
        end = k if end is None else end
        out.append("".join(lines[k : end + 1]))
        k = end + 1
    return out


_OPENS_QUOTED = re.compile(r'(?:^|[,\t])"')


def _kind(cells: list[str] | None) -> str:
    """``keyed`` (a short key and a value), ``single`` (one value: a heading, a title), or
    ``other`` (a table's row, a line that is no row)."""
    if cells is None or len(cells) > 2 or not "".join(cells).strip():
        return "other" if cells is None or len(cells) > 2 else "single"
    if len(cells) == 1 or not cells[0].strip():
        return "single"
    return "keyed" if _KEY.fullmatch(cells[0].strip()) and cells[1].strip() else "other"


def keyed_rows(text: str) -> TextBuilder | None:
    """The text of a keyed-row export written as plan lines (see the module docstring)."""
    if "," not in text[:2000] and "\t" not in text[:2000] and "\n\"" not in text[:4000]:
        return None  # (no delimiter, and no row quoted whole: a cell over lines, a sheet's)
    lines = text.splitlines(keepends=True)
    lines = _records(lines) if '"' in text else lines  # (quotes: a cell across lines)
    body = [ln for ln in lines if ln.strip()]
    if len(body) < _MIN_ROWS:
        return None
    delim = "\t" if sum("\t" in ln for ln in body[:_MIN_ROWS]) > _MIN_ROWS / 2 else ","
    first = [csv_row(ln.rstrip("\r\n"), delim) for ln in body[:_MIN_ROWS]]
    layout = _layout(body, first, delim)  # (from the first rows: a text no export costs little)
    led = any(ln.startswith(delim) for ln in body[: _HEAD_WITHIN + _MIN_ROWS])  # (a row
    if layout in (None, "single", "bare") and led and (  # under an empty first cell: a
        sheet := _under_header(lines, body, delim)  # sheet's; prose never opens a line
    ):  # with its delimiter, and pays for no header search)
        return sheet  # (the notice's rows above a sheet's named columns, its rows below)
    if layout is None and not led:
        return None  # (most texts: their first lines already say they are no export)
    rows = [csv_row(ln.rstrip("\r\n"), delim) for ln in body]
    if layout == "ids":
        text_column = row_ids(rows)
        return None if text_column is None else _written(lines, delim, ids=text_column)
    if layout == "markers":
        return _written(lines, delim, markers=True) if _marker_column(rows) else None
    if layout in ("sparse", "single") and _sparse(body, rows, delim):  # (the notice's rows
        # first, one cell each: its tasks left, their fields right, below)
        return _written(lines, delim, sparse=True)
    if layout == "single" and _one_column(body, rows, delim):
        return _written(lines, delim, single=True)
    if layout in (None, "sparse", "single", "bare"):  # (a sheet that writes no header over its
        # numbers: 1,task / ,Lead: …, the notice's rows above one cell each or under an empty one)
        return _written(lines, delim, markers=True, bare=True) if _bare_markers(rows) else None
    kinds = [_kind(r) for r in rows]
    keys = [r[0].strip() for r, k in zip(rows, kinds, strict=True) if r and k == "keyed"]
    if (
        len(keys) < _KEYED_SHARE * len(body)
        or kinds.count("other") > _OTHER_SHARE * len(body)
        or len(set(keys)) > _MOST_KEYS
        or sum(n for n in Counter(keys).values() if n >= 3) < len(keys) / 2
    ):  # (a notice's keys stand once each; the records' come again and again)
        return None
    return _written(lines, delim)


def _layout(body: list[str], first: list[list[str] | None], delim: str) -> str | None:
    """Which export the first rows look like; each is checked on every row after."""
    if row_ids(first) is not None:
        return "ids"  # para_id,text / 1,… / 2,…: a row a paragraph
    if _marker_column(first, least=0):
        return "markers"  # 序號,內容 / ,notice / 一、,heading / 1,task
    if _sparse(body[:_MIN_ROWS], first, delim, share=1 / _MIN_ROWS):
        return "sparse"  # 一、heading, / ,task / ,task
    ahead = body[: _HEAD_WITHIN + _MIN_ROWS]  # (a task quoted over two lines under the notice)
    if _one_column(body[:_MIN_ROWS], first, delim) or _quoted_one_column(
        ahead, [csv_row(ln.rstrip("\r\n"), delim) for ln in ahead]
    ):
        return "single"  # "Lead unit: A; Support units: B, C" / Time limit: …: one cell a row
    if (head := [_kind(c) for c in first]).count("keyed") >= 3 and head.count("other") <= 1:
        return "keyed"
    if all(r is not None and len(r) <= 2 for r in first) and sum(
        ln.startswith(delim) or ln.rstrip().endswith(delim) for ln in body[:_MIN_ROWS]
    ) >= 2:  # (rows of one cell closed by an empty one, or under an empty number cell)
        return "bare"  # 1,task / ,Lead unit: … with no 序号 header: checked on every row
    return None


def _quoted_one_column(body: list[str], rows: list[list[str] | None]) -> bool | None:
    """Whether every row is one cell, when at least two rows are quoted whole (a comma or a
    line break stands in them: "1．…5G⏎基站…", where the first rows may hold no quote); None
    when fewer are (the test does not apply)."""
    if sum(ln.strip().startswith('"') and ln.strip().endswith('"') for ln in body) < 2:
        return None
    return all(r is not None and len(r) <= 1 for r in rows)


def _one_column(body: list[str], rows: list[list[str] | None], delim: str) -> bool:
    """Whether a sheet of one column was saved as CSV: every row one cell, and at least two
    rows quoted whole because a comma stands in them ("Lead unit: A; Support: B, C"), or
    nearly every row closed by the empty cell of a column left blank (…（A牵头）,) or two fields."""
    if (quoted := _quoted_one_column(body, rows)) is not None:
        return quoted
    fields = sum(1 for r in rows if r and len(r) == 2 and all(_LABEL.match(c) for c in r))
    blank = sum(ln.rstrip().endswith(delim) for ln in body) + fields  # (主攻单位：A,协攻单位：B:
    two = sum(1 for r in rows if r is not None and len(r) == 2) - fields  # a field a cell;
    return (  # an issuer and its date set in two cells of the signature's row)
        blank * 4 >= len(body) * 3
        and all(r is not None and len(r) <= 2 for r in rows)
        and two <= max(1, len(rows) // 10)
    )




_SPARSE_SHARE = 0.4  # of the rows that leave the first cell empty and write the second (a
# task left, its two field lines right: two in five rows with the notice above)


def _sparse(
    body: list[str], rows: list[list[str] | None], delim: str, share: float = _SPARSE_SHARE
) -> bool:
    """Whether a sheet of two columns writes one cell a row (一、heading, / ,task / ,task /
    ,牵头单位：…), its headings left and its paragraphs right, saved as delimited text: every
    row two cells at most, most of them one filled, half of them only the second."""
    if not all(r is None or len(r) <= 2 for r in rows):
        return False  # (a row of one cell: the notice above the sheet; a quoted cell's commas
        # are its own)
    rows = [r for r in rows if r is None or any(c.strip() for c in r)]  # (",": a blank row)
    filled = [[c for c in r if c.strip()] for r in rows if r is not None]
    right = sum(1 for r in rows if r is not None and len(r) == 2 and not r[0].strip())
    return (
        len(filled) == len(rows)
        and sum(len(f) == 1 for f in filled) >= 0.8 * len(rows)
        and right >= share * len(rows)
    )


_MARK_CELL = re.compile(r"(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,3}[.．、]?|[IVX]{1,4}\.)")
_LEAST_NUMBERED = 3  # rows numbered in the marker column


def _marker_column(rows: list[list[str] | None], least: int = _LEAST_NUMBERED) -> bool:
    """Whether a sheet of two columns under a number column's name (序號,內容) holds only
    markers in its first column (一、 / 1 / empty for the notice's rows): a plan whose number
    and text a spreadsheet set apart; written a row a line, the marker before its text."""
    if not rows or rows[0] is None or len(rows[0]) != 2 or column_role(rows[0][0]) != "number":
        return False
    body = rows[1:]
    if not all(r is not None and 1 <= len(r) <= 2 for r in body):
        return False
    firsts = [r[0].strip() if r and len(r) == 2 else "" for r in body]
    return all(not f or _MARK_CELL.fullmatch(f) for f in firsts) and (
        sum(f.isdigit() for f in firsts) >= least
    )


def _number_name(cell: str) -> bool:
    """Whether ``cell`` names a number column (序号, "Serial number")."""
    return bool(cell) and column_role(cell) == "number"


def _bare_markers(rows: list[list[str] | None]) -> bool:
    """Whether a sheet of two columns with no header holds only markers in its first column
    (1 / empty, a notice's or a heading's row one cell): numbered rows at least three, and
    at most one row whose first cell is words (an issuer beside its date); a section's row
    (一、heading, its second cell empty) is a heading, and rows after the last numbered one
    may be the page's (【打印】,【关闭】: a crawl's links in cells of their own)."""
    last = max((i for i, r in enumerate(rows) if r and r[0].strip().rstrip(".．、").isdigit()),
               default=len(rows))  # fmt: skip
    if not all(r is not None and len(r) <= 2 for r in rows[: last + 1]):
        return False
    firsts = [r[0].strip() for r in rows if r is not None and len(r) == 2 and r[1].strip()]
    words = sum(1 for f in firsts if f and not _MARK_CELL.fullmatch(f) and not _number_name(f))
    numbered = sum(f.rstrip(".．、").isdigit() for f in firsts)  # (1 or 1.)
    return words <= 1 and numbered >= _LEAST_NUMBERED


def _under_header(lines: list[str], body: list[str], delim: str) -> TextBuilder | None:
    """A sheet of two columns that writes one cell a row (headings left, tasks right) under
    a header naming its columns (Category,Work tasks: tried here first, the table reader's
    when not), the notice's rows above it; a wider header the table reader takes is its own."""
    head = _header_row(body[:_HEAD_WITHIN], delim)
    named = csv_row(body[head].rstrip("\r\n"), delim) or [] if head is not None else []
    if head is None or (sum(1 for c in named if c.strip()) > 2 and find_header(named, bare=True)):
        return None
    below = body[head + 1 :]
    rows = [csv_row(ln.rstrip("\r\n"), delim) for ln in below]
    skip = lines.index(body[head])
    if _layout(below, rows[:_MIN_ROWS], delim) == "sparse" and _sparse(below, rows, delim):
        return _written(lines, delim, sparse=True, skip=skip)
    return _written(lines, delim, skip=skip) if _keyed_under(rows) else None


def _keyed_under(rows: list[list[str] | None]) -> bool:
    """Whether rows under a header (欄目,內容) key each task by one repeated word (工作任務,task)
    and write its fields under it with an empty key (,主抓方：A), sections by their marker
    (一、,heading): a record layout of two columns."""
    if any(r is None or len(r) > 2 for r in rows):
        return False
    firsts = [r[0].strip() for r in rows if r]
    keys = Counter(f for f in firsts if f and not _MARK_CELL.fullmatch(f))
    marks = sum(1 for f in firsts if _MARK_CELL.fullmatch(f))
    repeated = [k for k, n in keys.items() if n >= 3]
    rare = sum(n for n in keys.values() if n < 3)  # (抄送,… under it)
    return marks >= 1 and 1 <= len(repeated) <= 2 and rare <= 1


def _header_row(body: list[str], delim: str) -> int | None:
    """The row that names a sheet's two columns under the notice's rows (Category,Work tasks)."""
    for k, line in enumerate(body):
        cells = csv_row(line.rstrip("\r\n"), delim)
        if cells and len(cells) == 2 and all(c.strip() and column_role(c) for c in cells):
            return k
    return None


def _written(
    lines: list[str],
    delim: str,
    ids: int | None = None,
    sparse: bool = False,
    markers: bool = False,
    single: bool = False,
    bare: bool = False,
    skip: int | None = None,
) -> TextBuilder:
    out = TextBuilder()
    offset = 0
    n = 0
    for k, line in enumerate(lines):
        start, offset = offset, offset + len(line)
        n += lines[k - 1].count("\n") if k else 1  # (the row's first source line)
        if k == skip:  # (the header naming the columns: a table's borders, not its text)
            continue
        cells = csv_row(line.rstrip("\r\n"), delim) if line.strip() else None
        if single:  # (a row's one cell, its quoting undone, a line; an empty row a blank; a
            for value in [c.strip() for c in cells or [""] if c.strip()] or [""]:  # second
                at = line.find(value) if value else -1  # cell, the signature's date, a line)
                out.line(value, f"line {n}", start + at if at >= 0 and value else None)
            continue
        if sparse:  # (each filled cell a line of its own, each of its own lines one)
            for piece in (p.strip() for cell in cells or [] for p in cell.splitlines()):
                if piece:
                    at = line.find(piece)
                    out.line(piece, f"line {n}", start + at if at >= 0 else None)
            continue
        if markers and bare and cells and _number_name(cells[0].strip()):
            continue  # (the number column's name over the rows: Serial number,Work content)
        if markers and bare and cells and cells[0].strip() and not _MARK_CELL.fullmatch(
            cells[0].strip()
        ):  # (no header; an issuer and its date in two cells: each a line)
            for value in [c.strip() for c in cells if c.strip()]:
                out.line(value, f"line {n}", start + max(line.find(value), 0))
            continue
        if markers:
            if cells is None and out.length:  # (a blank row: a paragraph ends, the page's
                out.blank()  # source line under the last task no part of it)
            if cells is not None and (n > 1 or bare) and "".join(cells).strip():
                mark, value = (cells[0].strip(), cells[1].strip()) if len(cells) == 2 else ("", "")
                value = value or cells[0].strip()
                mark = f"{mark}. " if mark.isdigit() else mark
                at = line.find(value)
                out.line(mark + value, f"line {n}", None if mark else start + max(at, 0))
            continue
        if ids is not None:
            if cells is not None and n > 1 and len(cells) > ids:
                out.blank()
                value = cells[ids].strip()  # (the text; the other columns the export's own)
                at = line.find(value, len(",".join(cells[:ids])))
                out.line(value, f"line {n}", start + at if at >= 0 else None)
            continue
        kind = _kind(cells) if cells is not None else "other"
        where = f"line {n}"
        if cells and len(cells) == 2 and _MARK_CELL.fullmatch(cells[0].strip()):
            out.blank()  # (一、,heading: a section's marker in the key column)
            out.line(cells[0].strip() + cells[1].strip(), where)
            continue
        if cells is None or kind == "other" or not "".join(cells).strip():
            if line.strip() and kind == "other":
                out.line(line.rstrip("\r\n"), where, start)
            continue
        key = cells[0].strip() if kind == "keyed" else ""
        value = (cells[1] if kind == "keyed" else next(c for c in cells if c.strip())).strip()
        label = _LABEL.match(value)
        field = bool(key) and column_role(key) in FIELDS
        if field and not label:
            out.line(f"{key}：{value}" if _CJK.search(key) else f"{key}: {value}", where)
            continue
        if not field and not (label and column_role(label.group(1)) in FIELDS):
            out.blank()
        at = line.find(value, len(cells[0]) if kind == "keyed" else 0)
        out.line(value, where, start + at if at >= 0 else None)
    return out


__all__ = ["csv_row", "keyed_rows"]
