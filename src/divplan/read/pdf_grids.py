"""Ruled tables of a PDF: each cell found from the lines the table is drawn with (pdfplumber).

Why: a 分工表 printed to PDF from Word, Excel or a browser keeps its cell borders as drawn
lines, while its text layer alone (pypdf's layout mode, read by :mod:`divplan.read.text_tables`)
cannot tell which cell a line belongs to once cells are merged down or across, centred
vertically, set beside a category column, or cut by a page break.  pdfplumber finds the cells
from the lines; a cell's text is the characters whose centres lie inside it.

Guarantees:

- Only tables drawn with lines are found (pdfplumber's "lines" strategy); a document with none,
  or without pdfplumber installed, gets None and is read from its text layer as before.
- A merged cell gives its text to every grid slot it covers, as the Word and HTML readers do, so
  the one table renderer (:mod:`divplan.read.tables`) sees the same rows whatever the format.
- A cell's lines are wrapped pieces of one text (:func:`divplan.read.cells.join_pieces`).
- Every character lies in a table's cell or in the page's text outside its tables, which is
  kept in reading order with the tables (top to bottom); each part names its page.
"""

from __future__ import annotations

import io
import logging
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from divplan.read.cells import PAGE_ROW, join_pieces
from divplan.read.extras import optional
from divplan.read.table_headers import find_header

SNAP = 2.0  # points: cell edges this close are one grid line
_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


@dataclass
class Grid:
    """A ruled table: its rows of cell texts (merges expanded) and where it sits on its page."""

    rows: list[list[str]]
    top: float
    bottom: float
    xs: list[float] = field(default_factory=list)  # its column rules, left to right


@dataclass
class PagePart:
    """A page's text outside its tables (``lines``) or one of its tables (``grid``)."""

    page: int
    lines: list[str] = field(default_factory=list)
    grid: Grid | None = None


def ruled_parts(
    data: bytes,
    pages: set[int] | None = None,
    unruled: Callable[[Any, int], list[PagePart]] | None = None,
) -> list[PagePart] | None:
    """The document's pages (``pages``, 1-based, or all) as text and ruled tables in reading
    order, or None when pdfplumber is not installed, the file cannot be read by it, or no page
    has a table.  ``unruled`` reads a page where no ruled table is found (a table without
    borders, :class:`divplan.read.pdf_aligned_pages.AlignedReader`); it returns no parts for a page
    without one."""
    pdfplumber = optional("pdfplumber")
    if pdfplumber is None:
        return None
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    parts: list[PagePart] = []
    found = False
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                if pages is not None and number not in pages:
                    continue
                page_parts = _page_parts(page, number)
                if unruled is not None and not any(_plan_grid(p.grid) for p in page_parts):
                    page_parts = unruled(page, number) or page_parts
                found = found or any(p.grid is not None for p in page_parts)
                parts += page_parts
    except Exception:  # pdfminer raises many kinds for a file pypdf may still read
        return None
    return parts if found else None


def _plan_grid(grid: Grid | None) -> bool:
    """Whether a ruled table is a plan's table: a header naming its columns opens it (a box of
    the page's metadata, 索引号 | 发文机关, is none)."""
    if grid is None:
        return False
    heads = [k for k, row in enumerate(grid.rows[:3]) if find_header(row)]
    return bool(heads) and len(grid.rows) > heads[-1] + 1  # (a header alone, ruled, over
    # rows set without borders is read with them)


def _page_parts(page: Any, number: int) -> list[PagePart]:
    verticals = [e for e in page.edges if e["orientation"] == "v"]
    settings: dict[str, Any] = dict(_SETTINGS)
    if verticals:  # a table a page break cut has no border there: the column rules' ends close it
        settings["explicit_horizontal_lines"] = [
            min(e["top"] for e in verticals),
            max(e["bottom"] for e in verticals),
        ]
    tables = sorted(
        (t for t in page.find_tables(table_settings=settings) if _columns(t) >= 2),
        key=lambda t: t.bbox[1],
    )
    out: list[PagePart] = []
    top = 0.0
    chars = page.chars
    taken: set[int] = set()  # characters a table's cell took from below it
    for n, table in enumerate(tables):
        x0, t_top, x1, t_bottom = table.bbox
        out.append(PagePart(number, lines=_band(page, top, t_top, taken)))
        inside = [c for c in chars if _centre_in(c, (x0, t_top, x1, t_bottom))]
        rows, xs = _grid(table, inside)
        if n == len(tables) - 1 and rows:
            below = [c for c in chars if (c["top"] + c["bottom"]) / 2 > t_bottom]
            taken = _overflow(rows, xs, below)
        out.append(PagePart(number, grid=Grid(rows, t_top, t_bottom, xs)))
        top = t_bottom
    out.append(PagePart(number, lines=_band(page, top, float(page.height), taken)))
    return [p for p in out if p.grid is not None or p.lines]


def _overflow(rows: list[list[str]], xs: list[float], below: list[dict[str, Any]]) -> set[int]:
    """The text a page break pushed out of a merged cell: the lines right under the table whose
    characters all lie within one column whose last cell is empty (a category merged down over
    the break, printed below the last border) go into that cell.  Page numbers stay out."""
    lines: list[list[dict[str, Any]]] = []
    for ch in sorted(below, key=lambda c: (round(c["top"]), c["x0"])):
        if lines and abs(ch["top"] - lines[-1][0]["top"]) <= 2:
            lines[-1].append(ch)
        else:
            lines.append([ch])
    taken: set[int] = set()
    pieces: list[str] = []
    col: int | None = None
    for line in lines:
        text = "".join(c["text"] for c in line).strip()
        spans = {column_of(xs, (c["x0"] + c["x1"]) / 2) for c in line if c["text"].strip()}
        if not text or PAGE_ROW.match(text) or len(spans) != 1 or None in spans:
            break
        (here,) = spans
        if (col is not None and here != col) or here is None or rows[-1][here]:
            break
        col = here
        pieces.append(text)
        taken.update(id(c) for c in line)
    if col is not None:
        rows[-1][col] = join_pieces(pieces)
    return taken


def column_of(xs: list[float], x: float) -> int | None:
    k = bisect_left(xs, x) - 1
    return k if 0 <= k < len(xs) - 1 else None


def _columns(table: Any) -> int:
    """How many cells the table's widest row has (a framed box of text has one)."""
    return max((len(row.cells) for row in table.rows), default=0)


def _band(page: Any, top: float, bottom: float, taken: set[int]) -> list[str]:
    """The text of the page between two heights, its full width (less what a cell took)."""
    if bottom - top < 1:
        return []
    band = page.filter(
        lambda o: o.get("object_type") != "char"
        or (id(o) not in taken and top <= (o["top"] + o["bottom"]) / 2 < bottom)
    )
    text = band.extract_text() or ""
    return [line for line in text.splitlines() if line.strip()]


def _centre_in(char: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    cx = (char["x0"] + char["x1"]) / 2
    cy = (char["top"] + char["bottom"]) / 2
    return bool(box[0] <= cx <= box[2] and box[1] <= cy <= box[3])


def _lines_of(values: list[float]) -> list[float]:
    """Grid lines: the edges, those closer than :data:`SNAP` taken as one."""
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > SNAP:
            out.append(v)
    return out


def _index(lines: list[float], v: float) -> int:
    k = bisect_left(lines, v - SNAP)
    return min(k, len(lines) - 1)


def _grid(table: Any, chars: list[dict[str, Any]]) -> tuple[list[list[str]], list[float]]:
    """The table's rows of texts, each merged cell's text in every slot it covers."""
    from pdfplumber.utils.text import extract_text  # (called once pdfplumber opened the file)
    cells = [c for row in table.rows for c in row.cells if c is not None]
    xs = _lines_of([c[0] for c in cells] + [c[2] for c in cells])
    ys = _lines_of([c[1] for c in cells] + [c[3] for c in cells])
    grid = [[""] * (len(xs) - 1) for _ in range(len(ys) - 1)]
    owners: dict[tuple[int, int], int] = {}  # grid slot -> the cell covering it
    spans: list[tuple[int, int, int, int]] = []
    for n, (x0, top, x1, bottom) in enumerate(cells):
        c0, c1 = _index(xs, x0), _index(xs, x1)
        r0, r1 = _index(ys, top), _index(ys, bottom)
        spans.append((r0, r1, c0, c1))
        for r in range(r0, r1):
            for c in range(c0, c1):
                owners[(r, c)] = n
    mine: list[list[dict[str, Any]]] = [[] for _ in cells]
    for ch in chars:
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        r = max(bisect_left(ys, cy) - 1, 0)
        c = max(bisect_left(xs, cx) - 1, 0)
        owner = owners.get((r, c))
        if owner is not None:
            mine[owner].append(ch)
    for n, (r0, r1, c0, c1) in enumerate(spans):
        text = extract_text(mine[n]) if mine[n] else ""
        joined = join_pieces([ln.strip() for ln in text.splitlines()])
        for r in range(r0, r1):
            for c in range(c0, c1):
                grid[r][c] = joined
    return [row for row in grid if any(row)], xs


__all__ = ["SNAP", "Grid", "PagePart", "column_of", "ruled_parts"]
