"""Measure columns: a line export whose other columns only measure its text (OCR text,confidence).

Why: a scanned plan run through OCR is often saved one recognised line a row, beside the
engine's confidence (识别文本,置信度 / text,conf / text,page,confidence).  Read as a table, the
numbers would stand in every line — 参加单位：市规划局、市工商局,0.678 — and be taken for
departments; read as prose, the same.  Here such a text is written as the lines its text column
spells, the measures left out, as a table's borders are.

Guarantees:

- Only a delimited text of at least eight rows, all of one width (two to four cells), under a
  header whose cells are no numbers, is considered; any other text gives None.
- Exactly one column holds words; every other column holds numbers on every row, and each such
  column measures rather than numbers: decimals (0.985, 97.5%) on most rows, a few values
  repeated in order (a page number over its lines), or a line's place on its page counted
  again from 1 where the page number changes (页码,行号,识别文本,置信度).  A number column
  that counts rows or items (序号,内容 / para_id,text; item numbers restarting with their
  sections) is another reader's (:mod:`divplan.read.keyed_rows`).
- Each row (one source line: a cell quoted over lines gives rows of other widths, and None)
  becomes one line, its value with CSV quoting undone, a segment naming its source
  line, with the value's source offset when it is copied verbatim; the header row is left out.
"""

from __future__ import annotations

import itertools
import re

from divplan.read.extracted import TextBuilder
from divplan.read.keyed_rows import csv_row, keyed_rows

_MIN_ROWS = 8
_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)?%?")
_DECIMAL = re.compile(r"[-+]?\d*\.\d+%?|\d+(?:\.\d+)?%")
_DECIMAL_SHARE = 0.8  # of the rows whose measure is a decimal (a confidence of 1 is written "1")


def _rows(text: str, delim: str) -> tuple[list[str], list[list[str]]] | None:
    """The text's lines and each non-blank line's cells; None as soon as the first rows show no
    export of one width (most texts: prose has commas, never the same number on every line),
    before the whole text is split."""
    head = [ln for ln in text[:_HEAD_CHARS].splitlines() if ln.strip()][: _MIN_ROWS + 1]
    if len(head) <= _MIN_ROWS or len({len(csv_row(ln, delim) or []) for ln in head}) != 1:
        return None
    lines = text.splitlines(keepends=True)
    return lines, [csv_row(ln.rstrip("\r\n"), delim) or [] for ln in lines if ln.strip()]


_HEAD_CHARS = 4000  # the first rows of an export lie within this many characters


def _measures(values: list[str], pages: list[list[str]]) -> bool:
    """Whether a column of numbers measures (decimals; a page number repeated in order; a
    line's place on its page, counted again from 1 exactly where a page column's value
    changes — never a plan's item numbers, which restart with its sections)."""
    if not values or not all(_NUMBER.fullmatch(v) for v in values):
        return False
    if sum(bool(_DECIMAL.fullmatch(v)) for v in values) >= _DECIMAL_SHARE * len(values):
        return True
    ints = [int(v) for v in values if v.isdigit()]
    if len(ints) != len(values):
        return False
    if ints == sorted(ints) and len(set(ints)) * 3 <= len(ints):
        return True  # (page 1 over many lines, then page 2 …)
    steps = list(itertools.pairwise(ints))
    turns = [k for k, (a, b) in enumerate(steps) if b != a + 1]
    return bool(turns) and all(steps[k][1] == 1 for k in turns) and any(
        turns == [k for k, (a, b) in enumerate(itertools.pairwise(p)) if a != b] for p in pages
    )  # (页码,行号: 1 … 13 on page 1, 1 … on page 2)


def _pages(values: list[str]) -> bool:
    """Whether a column holds page numbers: whole numbers in order, each over many rows."""
    ints = [int(v) for v in values if v.isdigit()]
    return len(ints) == len(values) > 0 and ints == sorted(ints) and len(set(ints)) * 3 <= len(ints)


def text_column(rows: list[list[str]]) -> int | None:
    """The column that holds the words of a measured line export, or None."""
    if len(rows) < _MIN_ROWS + 1:
        return None
    width = len(rows[0])
    if not 2 <= width <= 4 or any(len(r) != width for r in rows):
        return None
    if any(_NUMBER.fullmatch(c.strip()) for c in rows[0]):
        return None  # (no header: a sheet's own rows, not an export's)
    body = [[c.strip() for c in r] for r in rows[1:]]
    columns = [[r[c] for r in body] for c in range(width)]
    pages = [col for col in columns if _pages(col)]
    measured = [c for c in range(width) if _measures(columns[c], pages)]
    if len(measured) != width - 1:
        return None
    words = next(c for c in range(width) if c not in measured)
    said = sum(bool(r[words]) for r in body)  # (a blank line recognised: an empty cell)
    return words if said >= _DECIMAL_SHARE * len(body) else None


def measured_lines(text: str) -> TextBuilder | None:
    """The text of a measured line export written as its lines (see the module docstring)."""
    head = text[:2000]
    delim = "\t" if head.count("\t") > head.count(",") else ","
    if delim not in head:
        return None
    found = _rows(text, delim)
    column = None if found is None else text_column(found[1])
    if found is None or column is None:
        return None
    lines = found[0]
    out = TextBuilder()
    offset = 0
    header_seen = False
    for n, line in enumerate(lines, start=1):
        start, offset = offset, offset + len(line)
        if not line.strip():
            continue
        if not header_seen:
            header_seen = True  # (the columns' names: a table's borders, not its text)
            continue
        cells = csv_row(line.rstrip("\r\n"), delim) or []
        value = cells[column].strip() if column < len(cells) else ""
        at = line.find(value)
        out.line(value, f"line {n}", start + at if value and at >= 0 else None)
    return out


def exported_rows(text: str) -> TextBuilder | None:
    """An export's rows written as plan lines: a measured line export's, else a keyed-row
    export's (:func:`divplan.read.keyed_rows.keyed_rows`), else None."""
    return measured_lines(text) or keyed_rows(text)


__all__ = ["exported_rows", "measured_lines", "text_column"]
