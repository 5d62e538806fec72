"""XLSX: an Excel workbook's sheets as rows (``divplan[office]``, openpyxl).

Why: a 分工表 is very often published as a spreadsheet, one task a row, with merged cells for
sections and for a lead unit shared by several tasks.

Guarantees:

- Sheets are read in workbook order, a blank line between them; cached values are read, not
  formulas.  Numbers that are whole print without ``.0``; a date prints as its number format
  shows it when that is a plain year/month/day format (``2021年9月30日``), else ``YYYY-MM-DD``.
- A merged range gives its text to every cell it covers.
- A sheet whose header row names plan columns is rendered by :mod:`divplan.read.tables` (rows
  above the header, such as a title, stay plain lines); another sheet gives one line per row,
  its non-empty cells separated by two spaces.
- Each line's segment names its place: ``Sheet1, row 7``.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

from divplan.errors import InputError
from divplan.read.cells import plain_row
from divplan.read.extracted import TextBuilder
from divplan.read.extras import need
from divplan.read.tables import Row, TableState, render_table

# a date format's pieces: a quoted literal, a y/m/d run, a backslash-escaped or plain literal
_DATE_PIECE = re.compile(r'"([^"]*)"|(y+|m+|d+)|\\(.)|([-/.\s年月日,])', re.IGNORECASE)
_LOCALE_DEPENDENT = {"general", "mm-dd-yy"}  # Excel's built-in short date shows per locale


def _displayed_date(value: dt.date, number_format: str) -> str | None:
    """A date cell as its number format shows it (``yyyy"年"m"月"d"日"`` → 2021年9月30日).

    Why: a plan's 完成时限 cell is often an Excel date, and the deadline is what the reader
    of the sheet sees.  Only plain formats written year → month (→ day) with a four-digit
    year are rendered; anything else (a two-digit year, a day before the month, no year,
    times, weekday names, locale codes, the locale-dependent built-in) gives ``None``.
    """
    fmt = number_format.split(";")[0].strip()  # yyyy"年"m"月"d"日";@: the date section
    if fmt.lower() in _LOCALE_DEPENDENT:
        return None
    order = "".join(t[0].lower() for t in re.findall(r'"[^"]*"|(y+|m+|d+)', fmt, re.I) if t)
    if not re.fullmatch(r"ym(d)?", order) or not re.search(r"y{3,}", fmt, re.I):
        return None  # only year → month (→ day) with a four-digit year: unambiguous
    out: list[str] = []
    pos = 0
    for m in _DATE_PIECE.finditer(fmt):
        if m.start() != pos:
            return None
        pos = m.end()
        literal, token = m.group(1) or m.group(3) or m.group(4), m.group(2)
        if token is None:
            out.append(literal or "")
            continue
        kind, width = token[0].lower(), len(token)
        if kind == "y":
            out.append(f"{value.year:04d}" if width > 2 else f"{value.year % 100:02d}")
        elif width > 2:
            return None  # mmm (month names), ddd (weekday names)
        else:
            n = value.month if kind == "m" else value.day
            out.append(f"{n:0{width}d}")
    if pos != len(fmt) or not any(ch.isdigit() for ch in "".join(out)):
        return None
    return "".join(out)


def _cell(value: Any, number_format: str = "General") -> str:
    if isinstance(value, (dt.datetime, dt.date)) and (
        not isinstance(value, dt.datetime) or value.time() == dt.time()
    ):
        shown = _displayed_date(value, number_format)
        if shown is not None:
            return shown
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return _ESCAPED.sub(_unescaped, text) if "_x" in text else text


# OOXML's escape of a character an XML string cannot hold (_x000D_ for a carriage return, kept
# literally by a writer that escaped it twice): the character, a carriage return as a line end
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _unescaped(m: re.Match[str]) -> str:
    ch = chr(int(m.group(1), 16))
    return "\n" if ch in "\r\n" else ch if ch.isprintable() or ch == "\t" else ""


def _rows(ws: Any) -> list[Row]:
    grid = [
        [_cell(c.value, getattr(c, "number_format", "General")) for c in row]
        for row in ws.iter_rows()
    ]
    for rng in ws.merged_cells.ranges:
        top = grid[rng.min_row - 1][rng.min_col - 1] if rng.min_row <= len(grid) else ""
        for r in range(rng.min_row - 1, min(rng.max_row, len(grid))):
            row = grid[r]
            row.extend([""] * (rng.max_col - len(row)))
            for c in range(rng.min_col - 1, rng.max_col):
                row[c] = top
    return [Row(cells, f"{ws.title}, row {r}") for r, cells in enumerate(grid, start=1)]


def read_xlsx(data: bytes, source: str) -> tuple[TextBuilder, int]:
    """The workbook's lines and the number of tables read as plans."""
    openpyxl = need("openpyxl", "xlsx")
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # openpyxl raises several kinds for a broken package
        raise InputError(source, f"not a readable .xlsx file ({type(exc).__name__})") from None
    out = TextBuilder()
    state = TableState()
    for ws in wb.worksheets:
        rows = _rows(ws)
        if not any(any(c.strip() for c in r.cells) for r in rows):
            continue
        out.blank()
        rendered = render_table(rows, state, bare=True)  # (cells: a number and a task will do)
        if rendered is not None:
            for line in rendered:
                out.line(line.text, line.where)
            continue
        for row in rows:
            text = plain_row(row.cells)
            if text:
                out.line(text, row.where)
    return out, state.tables


__all__ = ["read_xlsx"]
