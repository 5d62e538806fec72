"""Centred rows: a table's rows as a browser prints them, each cell's text centred on the
row's middle (a web page's table printed to PDF, read in pypdf's layout mode).

Why apart from :mod:`divplan.read.space_columns`: there a row opens with its number and its
wrapped lines follow; here a cell of three lines puts one above the number's line and one
below, and a row with a four-line cell may touch the next row with no blank line between.
The lines from a blank line to the next are read as one run: a run that opens with a line
right of the number column (a cell's first line above its row's number) holds rows centred
on their numbered lines, and each of its lines belongs to the numbered line nearest it (the
earlier one when both are as near).

Guarantees: a run is taken only when its first line is no number and no heading (it sits
right of the number column) and a numbered line follows; every line of the run lands in
exactly one row, in its order.
"""

from __future__ import annotations

from divplan.read.cells import DIGITS, SECTION_MARK, SUB_MARK, join_pieces
from divplan.read.space_columns import display_width, space_cells, split_number

_RUN_LINES = 36  # the most lines a run of touching rows takes


def row_group(bodies: list[str], j: int, wide: int, n: int) -> tuple[list[int], int] | None:
    """The numbered lines of the run of centred rows starting at ``j``, and the index after
    the run; None when the lines from ``j`` are not such a run."""
    end = j
    numbered: list[int] = []
    while end < len(bodies) and bodies[end].strip() and end - j < _RUN_LINES:
        if end > j and (SECTION_MARK.match(bodies[end]) or SUB_MARK.match(bodies[end])):
            break  # 二、… under the last row: a heading ends the run
        cells = split_number(space_cells(bodies[end], wide), n)
        if cells and DIGITS.match(cells[0][1]):
            numbered.append(end)
        end += 1
    ended = end >= len(bodies) or not bodies[end].strip()
    if not numbered or numbered[0] == j or not (ended or SECTION_MARK.match(bodies[end])):
        return None
    cells = split_number(space_cells(bodies[numbered[0]], wide), n)
    if len(cells) < 2:
        return None
    before = [space_cells(bodies[m], wide)[0][0] for m in range(j, numbered[0])]
    if min(before) < cells[1][0] - 1:  # a line from the number's column (a heading) is no
        return None  # part of the row: the lines above the number sit in the cells right of it
    return numbered, end


def group_rows(
    bodies: list[str], j: int, end: int, numbered: list[int], wide: int, ref: list[int]
) -> list[list[str]]:
    """The cells of each row of the run ``j``–``end`` (:func:`row_group`): each line with the
    numbered line nearest it, each piece under the column nearest it — the numbered line's
    own cells when it shows them all, else ``ref`` (the table's column starts)."""
    n = len(ref)
    rows: list[list[list[str]]] = [[[] for _ in range(n)] for _ in numbered]
    starts = [_starts(bodies[k], wide, ref) for k in numbered]
    for m in range(j, end):
        r = min(range(len(numbered)), key=lambda x: (abs(numbered[x] - m), x))
        cells = space_cells(bodies[m], wide)
        if m == numbered[r]:
            cells = split_number(cells, n)
            rows[r][0].append(cells[0][1])  # the number
            cells = cells[1:]
        for at, text in cells:
            col = min(range(1, n), key=lambda c: (abs(starts[r][c] - at), c))
            rows[r][col].append(text)
    return [[join_pieces(p) for p in row] for row in rows]  # a cell's lines are wrapped text


def _starts(body: str, wide: int, ref: list[int]) -> list[int]:
    """Where the cells of a numbered line start, one per column: its own cells', and where a
    cell is empty (a merged cell's text sits on another row's lines) the widest gap says which
    one, which takes ``ref``'s start."""
    n = len(ref)
    cells = split_number(space_cells(body, wide), n)
    at = [a for a, _ in cells]
    if len(cells) == n:
        return at
    if len(cells) != n - 1 or n < 3:
        return ref
    gaps = [at[k + 1] - at[k] - display_width(cells[k][1], wide) for k in range(len(at) - 1)]
    k = max(range(len(gaps)), key=lambda g: gaps[g]) + 1
    return [*at[:k], min(max(ref[k], at[k - 1] + 1), at[k] - 1), *at[k:]]


def opens_top_row(bodies: list[str], j: int, wide: int, n: int) -> bool:
    """A numbered line with two wrapped lines or more below it and none above: the table's
    rows open with their numbers (cells aligned at the top; a centred cell of three lines
    would put one above)."""
    cells = split_number(space_cells(bodies[j], wide), n)
    if not (cells and DIGITS.match(cells[0][1])):
        return False
    below = 0
    for body in bodies[j + 1 : j + 3]:
        found = space_cells(body, wide)
        if not found or found[0][0] == 0 or DIGITS.match(split_number(found, n)[0][1]):
            break
        below += 1
    return below >= 2


_AHEAD = 6  # lines a section's spanning paragraph may take before its first row


def numbered_row_ahead(bodies: list[str], j: int, wide: int, n: int) -> bool:
    """Whether a numbered row comes within a few lines from ``j`` (a blank line before them):
    a section's opening paragraph, one cell across the table, stands between rows."""
    seen = 0
    for m in range(j, len(bodies)):
        if not bodies[m].strip():
            continue
        if seen >= _AHEAD:
            return False
        seen += 1
        cells = split_number(space_cells(bodies[m], wide), n)
        if (cells and DIGITS.match(cells[0][1]) and len(cells) == n) or (
            not bodies[m - 1].strip() and row_group(bodies, m, wide, n) is not None
        ):
            return True
    return False


__all__ = ["group_rows", "numbered_row_ahead", "opens_top_row", "row_group"]
