"""Where a borderless table goes on over a page break (:mod:`divplan.read.pdf_aligned_rows`).

Why a module of its own: the page after a break holds the table without its header, perhaps
under a running head, and perhaps opening with the rest of a cell the break cut; finding where
the rows resume is a question about the page's first lines only, apart from reading rows.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from divplan.read.cells import MARKED, PAGE_ROW, join_pieces
from divplan.read.pdf_aligned import Columns, Piece

_HEAD_LINES = 2  # a running head stands in a page's first lines
_ROW_START = re.compile(rf"{MARKED.pattern}|\s*[(（]?\d{{1,4}}")  # (a heading's or a row's)


def resumes(lines: list[list[Piece]], cols: Columns, heads: Collection[str] = ()) -> int:
    """Where a table going on from the page before resumes: the first line with text in two
    columns, in its task column, or, first on the page, in one column right of the task (a unit
    cell the break cut: "Ltd., all provincial people's governments"); a running head above it
    is the page's text — one across the columns, or one that ``heads``, the first lines of the
    pages before, hold (a gazette's name over every page, in the task column alone)."""
    task = cols.header.cols("task")[-1]
    for k, line in enumerate(lines):
        text = " ".join(p.text for p in line)
        if PAGE_ROW.match(text) or (k < _HEAD_LINES and text.strip() in heads):
            continue
        homes = {c for p in line for c in cols.covered(p, p.bottom - p.top)}
        if len(line) == 1 and len(homes) >= 2 and not _ROW_START.match(text):
            continue  # one run of words across the columns, no marker: a running head
        if len(homes) >= 2 or homes == {task} or (k == 0 and len(homes) == 1 and min(homes) > task):
            return k
    return len(lines)


def cut_cell(
    lines: list[list[Piece]], k: int, cols: Columns
) -> tuple[list[list[str]], int]:
    """The lines from ``k`` that hold text in one column right of the task only, at the top of
    a page where the table goes on: the rest of a cell the page break cut ("Ltd., all
    provincial people's governments"), as a row of that cell alone (joined to the row above
    it later, :func:`divplan.read.pdf_tables._join_cut_row`), and the line after them."""
    task = cols.header.cols("task")[-1]
    texts: list[str] = []
    column: int | None = None
    while k < len(lines):
        homes = {c for p in lines[k] for c in cols.covered(p, p.bottom - p.top)}
        if len(homes) != 1 or min(homes) <= task or column not in (None, min(homes)):
            break
        column = min(homes)
        texts.append(" ".join(p.text.strip() for p in lines[k]))
        k += 1
    if column is None:
        return [], k
    row = [""] * (len(cols.bounds) - 1)
    row[column] = join_pieces(texts)
    return [row], k


__all__ = ["cut_cell", "resumes"]
