"""Pipe and grid tables set in text without a header row: their rows, for the table renderer.

Why: a scraper or a converter (pandoc's grid tables, a console's ``+----+`` boxes) may give a
plan's table without its header row — ``| task | Municipal A Bureau takes the lead, … |`` row
after row, section headings between them — and the text-table reader
(:mod:`divplan.read.text_tables`) starts a table only at a header.  The rows found here go to
the one renderer (:mod:`divplan.read.tables`), which infers their columns from what the cells
hold (:mod:`divplan.read.headerless`): a table of tasks beside bodies' names reads as a plan
table; any other is left as text.

Guarantees: a run starts only at a pipe row or a grid border (``+---+``) at a line's start and
holds at least two rows of one width (two cells or more); grid borders end a row, the lines
between two borders are one row's (each cell's lines joined); a heading line (一、…, I. …)
between rows is a section row; a blank line between rows is passed over; anything else ends
the run.  Nothing is returned for text that has no such run at line ``i``.
"""

from __future__ import annotations

import re

from divplan.read.cells import SECTION_MARK, SUB_MARK
from divplan.read.row_cells import MD_SEP, cell_lines, md_cells, md_page_turn
from divplan.read.table_headers import opens_with_note

_PIPE = re.compile(r"^\s*\|.*\|\s*$")  # a row with its outer pipes


def _grid_border(body: str) -> bool:
    """A grid's border (+-----+------+): a Markdown rule drawn with plus signs."""
    return "+" in body and MD_SEP.match(body) is not None


def opens_pipes(body: str) -> bool:
    """Whether line ``body`` can open a pipe or grid table (a cheap test, every line)."""
    return _PIPE.match(body) is not None or _grid_border(body)


def headerless_rows(bodies: list[str], i: int) -> tuple[int, list[tuple[int, list[str]]]] | None:
    """The rows of a header-less pipe or grid table starting at line ``i``, each with the line
    it starts on (a section row is one cell), and the index after the table; None when no such
    table starts there."""
    if not opens_pipes(bodies[i]):
        return None
    grid = _grid_border(bodies[i])
    rows: list[tuple[int, list[str]]] = []
    in_row = False  # a grid's row goes on, line by line, to its next border
    j = end = i
    while j < len(bodies):
        body = bodies[j]
        if MD_SEP.match(body):
            in_row, end = False, j + 1
        elif _PIPE.match(body):
            cells = md_cells(body)
            if in_row and rows:
                rows[-1] = (rows[-1][0], cell_lines(rows[-1][1], cells))
            else:
                rows.append((j, cells))
            in_row, end = grid, j + 1
        elif (SECTION_MARK.match(body) or SUB_MARK.match(body)) and _rows_go_on(bodies, j):
            rows.append((j, [body.strip()]))
            in_row = False
        elif rows and (turn := md_page_turn(bodies, j, rows[0][1])) is not None:
            j, in_row = turn, False  # (a page's foot and head, the header row again: a grid
            continue  # drawn page by page goes on; a row the break cut is joined when rendered)
        elif body.strip() or not _rows_go_on(bodies, j):
            break
        j += 1
    data = [cells for _, cells in rows if len(cells) > 1]
    if len(data) < 2 or len({len(cells) for cells in data}) != 1:
        return None
    while len(rows[-1][1]) == 1 and not opens_with_note(rows[-1][1][0]):  # (a heading after
        end = rows.pop()[0]  # the last row is the text's, and so are the lines from it on; a
    return end, rows  # row 办成时限：… or 备注：… under the last task is that task's)


def _rows_go_on(bodies: list[str], j: int) -> bool:
    """Whether a table's row or border comes after line ``j`` (blank lines passed over)."""
    k = j + 1
    while k < len(bodies) and not bodies[k].strip():
        k += 1
    return k < len(bodies) and opens_pipes(bodies[k])


__all__ = ["headerless_rows", "opens_pipes"]
