"""Borderless tables page by page: every table a page holds, in turn, and one going on over a
page break.

Why: a plan may set each section's tasks as a small table of their own under the section's
heading, each with its header again and a group's field line under it (序号 工作任务 完成时限 /
1 … / 2 … / 责任分工：A、B并驾负责), several on one page; and a long table goes on over a page
break with the columns its header gave.  :func:`~divplan.read.pdf_aligned_rows.table_rows`
reads one table; this reads a page's tables one after another.

Guarantees: the page's lines outside the tables stay its text, in order; a table found after
another on the same page is read from its own header; only the last table on a page may go
on to the next page.
"""

from __future__ import annotations

from typing import Any

from divplan.read.pdf_aligned import Columns, Piece, find_columns, page_lines
from divplan.read.pdf_aligned_breaks import cut_cell, resumes
from divplan.read.pdf_aligned_rows import table_rows
from divplan.read.pdf_grids import Grid, PagePart
from divplan.read.pdf_tables import furniture

_MOST_TABLES = 12  # tables read on one page at most (a section's small table each)


class AlignedReader:
    """Reads a document's borderless tables page by page (a table goes on over a page break
    with the columns its header gave): called on each page where no ruled table was found."""

    def __init__(self) -> None:
        self.columns: Columns | None = None  # of a table that ran to the foot of the last page
        self.heads: set[str] = set()  # the first lines of the pages before: a running head

    def __call__(self, page: Any, number: int) -> list[PagePart]:
        lines = page_lines(page.chars)
        found = find_columns(lines)
        going_on, self.columns = self.columns, None
        heads, self.heads = self.heads, self.heads | set(_texts(lines[:1]))
        if found is not None:
            start, body_at, cols = found
            head = [list(cols.header.names)]
        elif going_on is not None:  # its bounds from this page's lines
            start = body_at = resumes(lines, going_on, heads)
            cut, body_at = cut_cell(lines, body_at, going_on)  # (the last row's cell, cut)
            cols, head = going_on.refit(lines[body_at:]), cut
        else:
            return []
        rows, used, cols = table_rows(lines[body_at:], cols, going_on is not None)
        after = lines[body_at + used :]
        foot = furniture(_texts(after))
        if not rows and not (head and foot):  # (a header at a page's foot: its
            return []  # rows begin on the next page)
        parts = _placed(number, lines, (start, body_at + used), head + rows, cols)
        for _ in range(_MOST_TABLES if rows else 0):  # the page's next tables, each under
            nxt = find_columns(after)  # its own header (a section's small table each)
            if nxt is None:
                break
            start, body_at, found_cols = nxt
            more, used, found_cols = table_rows(after[body_at:], found_cols)
            if not more:
                break
            head = [list(found_cols.header.names)]
            parts += _placed(number, after, (start, body_at + used), head + more, found_cols)
            after, cols = after[body_at + used :], found_cols
            foot = furniture(_texts(after))
        parts.append(PagePart(number, lines=_texts(after)))
        if foot:
            self.columns = cols  # the table may go on over the page break
        return [p for p in parts if p.grid is not None or p.lines]


def _placed(
    number: int,
    lines: list[list[Piece]],
    span: tuple[int, int],
    rows: list[list[str]],
    cols: Columns,
) -> list[PagePart]:
    """The page's text before a table (``lines[:span[0]]``) and the table's grid, which holds
    ``rows`` and stands over ``lines[span[0]:span[1]]``."""
    start, end = span
    top, bottom = lines[start][0].top, lines[max(end, 1) - 1][0].bottom
    grid = Grid(rows, top, bottom, cols.bounds)
    return [PagePart(number, lines=_texts(lines[:start])), PagePart(number, grid=grid)]


def _texts(lines: list[list[Piece]]) -> list[str]:
    return [" ".join(p.text.strip() for p in line) for line in lines]


__all__ = ["AlignedReader"]
