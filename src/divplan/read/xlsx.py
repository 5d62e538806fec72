"""XLSX: an Excel workbook's sheets as rows (``divplan[office]``, openpyxl).

Why: a 分工表 is very often published as a spreadsheet, one task a row, with merged cells for
sections and for a lead unit shared by several tasks.

Guarantees:

- Sheets are read in workbook order, a blank line between them; cached values are read, not
  formulas.  Numbers that are whole print without ``.0``; dates print as ``YYYY-MM-DD``.
- A merged range gives its text to every cell it covers.
- A sheet whose header row names plan columns is rendered by :mod:`divplan.read.tables` (rows
  above the header, such as a title, stay plain lines); another sheet gives one line per row,
  its non-empty cells separated by two spaces.
- Each line's segment names its place: ``Sheet1, row 7``.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from divplan.errors import InputError
from divplan.read.cells import plain_row
from divplan.read.extracted import TextBuilder
from divplan.read.extras import need
from divplan.read.tables import Row, TableState, render_table


def _cell(value: Any) -> str:
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
    return str(value)


def _rows(ws: Any) -> list[Row]:
    grid = [[_cell(v) for v in row] for row in ws.iter_rows(values_only=True)]
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
        rendered = render_table(rows, state)
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
