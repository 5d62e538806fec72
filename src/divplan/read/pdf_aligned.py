"""Borderless tables of a PDF: cells found from where the text stands (pdfplumber characters).

Why: a 分工表 printed without cell borders (a Word table with its borders off, a sheet printed
without its grid, a web page's table with ``border: none``) has no lines for
:mod:`divplan.read.pdf_grids` to find, and its text layer in layout mode runs the cells of a
row together, puts a vertically centred cell's lines beside the wrong row, and cannot tell a
cell merged down from an empty one.  The characters' positions can: a column is where its
header names it and where the body's text stands, a row is a task's wrapped lines, and a cell
merged down over rows sits centred on the rows it covers.

Guarantees:

- Read only below a line whose pieces of text name a plan table's columns
  (:func:`~divplan.read.table_headers.find_header`, a header wrapped over two lines joined), or
  from the top of the page after such a table (its columns then carry on).
- Columns: between two header cells, the bound is where fewest pieces of the body's text cross
  (a piece: characters closer than :data:`GAP`; a space is a character).  A piece that crosses
  a bound by more than a character is a cell merged across: its text fills every column it
  covers, as a merged cell of a ruled table does.
- Rows: each block of the task column (lines closer than a cell's line spacing) is a row, split
  where it holds two numbers; another column's block belongs to the rows it overlaps, or, lying
  between two rows, to both.  A block that starts below its row's first line (centred) and has
  rows with nothing in its column beside it covers those whose rows it is centred on.  A lead or
  responsible cell still empty under a filled one is written "same as above" (同上), which the
  clause reader applies and says it guessed; a category carries down.
- The table ends at a page number, at a line across three columns that is no heading, or at a
  gap wider than its rows are apart; what lies outside stays the page's text, in order.
"""

from __future__ import annotations

import itertools
import statistics
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from divplan.read.cells import join_pieces
from divplan.read.radicals import unradical
from divplan.read.table_headers import Header, find_header

GAP = 1.0  # points: characters closer than this are one piece of text
_HEAD_PITCH = 1.7  # a header's wrapped line follows within this many font sizes
_LINE = 0.4  # characters whose tops differ by less than this many font sizes share a line


@dataclass
class Piece:
    """Characters of one line that touch: a cell's line, or part of one."""

    x0: float
    x1: float
    top: float
    bottom: float
    text: str
    cols: tuple[int, ...] = ()


@dataclass
class Block:
    """A cell's text: pieces in the same columns, one under the other, a line apart."""

    pieces: list[Piece]
    cols: tuple[int, ...]
    rows: list[int] = field(default_factory=list)

    @property
    def top(self) -> float:
        return self.pieces[0].top

    @property
    def bottom(self) -> float:
        return self.pieces[-1].bottom

    @property
    def centre(self) -> float:
        return (self.top + self.bottom) / 2

    def text(self) -> str:
        return join_pieces([p.text.strip() for p in self.pieces])


@dataclass
class Columns:
    """A borderless table's columns: the header's and the bounds between them."""

    header: Header
    bounds: list[float]  # n + 1 x positions, left to right
    heads: list[Piece] = field(default_factory=list)  # the header's cells

    def refit(self, body: list[list[Piece]]) -> Columns:
        """The columns again, with the bounds found from ``body`` alone (the table's lines,
        without the page's text after it)."""
        return Columns(self.header, _bounds(self.heads, body), self.heads)

    def covered(self, piece: Piece, size: float) -> tuple[int, ...]:
        """The columns a piece lies in: the one holding its centre, or all it crosses into by
        more than a character (a cell merged across)."""
        inside = []
        for k in range(len(self.bounds) - 1):
            lo = self.bounds[k] if k else float("-inf")
            hi = self.bounds[k + 1] if k + 1 < len(self.bounds) - 1 else float("inf")
            if min(piece.x1, hi) - max(piece.x0, lo) > size:
                inside.append(k)
        if len(inside) >= 2:
            return tuple(inside)
        centre = (piece.x0 + piece.x1) / 2
        k = sum(1 for b in self.bounds[1:-1] if b <= centre)
        return (k,)


def page_lines(chars: list[dict[str, Any]]) -> list[list[Piece]]:
    """The page's characters as lines (top to bottom) of pieces (left to right).

    A piece is a run of characters the page draws one after another, left to right, with no
    gap wider than :data:`GAP`; two runs set over each other (a header's "Serial number"
    printed across "Work task") stay two pieces, never one of letters interleaved."""
    lines: list[list[tuple[int, dict[str, Any]]]] = []
    for k, ch in sorted(enumerate(chars), key=lambda kc: (kc[1]["top"], kc[1]["x0"])):
        size = ch["bottom"] - ch["top"]
        if lines and abs(ch["top"] - lines[-1][0][1]["top"]) <= _LINE * size:
            lines[-1].append((k, ch))
        else:
            lines.append([(k, ch)])
    out = []
    for line in lines:
        pieces: list[Piece] = []
        for run in _runs(line):
            for n, ch in enumerate(run):
                last = pieces[-1] if pieces else None
                joins = last is not None and ch["x0"] - last.x1 <= GAP
                if joins and n == 0 and last is not None and ch["x0"] < last.x1 - _OVERPRINT:
                    joins = False  # (a run that starts inside the piece before: set over it)
                if joins and last is not None:
                    last.x1 = max(last.x1, ch["x1"])
                    last.bottom = max(last.bottom, ch["bottom"])
                    last.text += ch["text"]
                else:
                    pieces.append(Piece(ch["x0"], ch["x1"], ch["top"], ch["bottom"], ch["text"]))
        kept = [p for p in pieces if p.text.strip()]
        for p in kept:
            p.text = unradical(p.text)
        if kept:
            out.append(kept)
    return out


_OVERPRINT = 2.0  # points: a run starting this far inside the piece before it is set over it


def _runs(line: list[tuple[int, dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """A line's characters in the runs the page draws them in (its content stream's order:
    a character left of the one before starts a new run), each left to right, the runs by
    where they begin."""
    runs: list[list[dict[str, Any]]] = []
    for _, ch in sorted(line, key=lambda kc: kc[0]):
        if runs and ch["x0"] >= runs[-1][-1]["x0"]:
            runs[-1].append(ch)
        else:
            runs.append([ch])
    return sorted((sorted(r, key=lambda c: c["x0"]) for r in runs), key=lambda r: r[0]["x0"])


def _size(line: list[Piece]) -> float:
    return statistics.median(p.bottom - p.top for p in line)


def find_columns(lines: list[list[Piece]]) -> tuple[int, int, Columns] | None:
    """The first header of a plan table among the lines: (its first line, the line after it,
    its columns), or None."""
    for i, line in enumerate(lines):
        if len(line) < 2:
            continue
        heads = [Piece(p.x0, p.x1, p.top, p.bottom, p.text) for p in line]
        end = i + 1
        while end < len(lines) and end <= i + 2:  # a header cell wrapped over lines
            below = lines[end]
            if below[0].top - lines[end - 1][0].top > _HEAD_PITCH * _size(line):
                break
            if not all(sum(_overlap(b, h) for h in heads) == 1 for b in below):
                break  # a line across two columns is the body's (a section's row), not a header's
            for b in below:
                h = next(h for h in heads if _overlap(b, h))
                h.text, h.x0, h.x1 = f"{h.text} {b.text}", min(h.x0, b.x0), max(h.x1, b.x1)
                h.bottom = max(h.bottom, b.bottom)
            end += 1
        header = find_header([h.text for h in heads])
        if header is None:
            header = find_header([p.text for p in line])
            heads, end = line, i + 1
        if header is not None:
            return i, end, Columns(header, _bounds(heads, lines[end:]), heads)
    return None


def _overlap(a: Piece, b: Piece) -> bool:
    return min(a.x1, b.x1) - max(a.x0, b.x0) > 0


def _bounds(heads: list[Piece], body: list[list[Piece]]) -> list[float]:
    """Where one column ends and the next begins: between two header cells, the x that the
    fewest pieces of the body cross (the middle of the widest such stretch)."""
    pieces = [p for line in body[:80] for p in line]
    left = min([h.x0 for h in heads] + [p.x0 for p in pieces]) - 1
    right = max([h.x1 for h in heads] + [p.x1 for p in pieces]) + 1
    starts, ends = sorted(p.x0 for p in pieces), sorted(p.x1 for p in pieces)
    bounds = [left]
    for a, b in itertools.pairwise(heads):
        lo, hi = max((a.x0 + a.x1) / 2, bounds[-1]), b.x0 + 1
        stops = sorted({lo, hi, *(x for p in pieces for x in (p.x0, p.x1) if lo < x < hi)})
        best: tuple[int, float, float] | None = None  # (crossings, -width, middle)
        for x0, x1 in itertools.pairwise(stops):
            mid = (x0 + x1) / 2  # pieces crossing it: those starting left of it less those
            crossing = bisect_left(starts, mid) - bisect_right(ends, mid)  # ending by it
            key = (crossing, -(x1 - x0), mid)
            if best is None or key < best:
                best = key
        bounds.append(best[2] if best else (a.x1 + b.x0) / 2)
    bounds.append(right)
    return bounds


__all__ = ["GAP", "Block", "Columns", "Piece", "find_columns", "page_lines"]
