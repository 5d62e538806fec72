"""Unit cells merged down over rows, found again in a table read from a page's layout.

Why: Word, Excel and HTML say which cells were merged, and their readers repeat a merged cell's
text in every row it covers.  A PDF's text layer says nothing of it; the merged text sits where
the cell was printed, and that is one of two places:

- **across the line where the next row begins**: the text's first part falls in one row and the
  rest in the next (``商务部牵头，发`` | ``展改革委、交通部配合``).  The first part ends where no
  whole cell ends (``cell_ends.tsv``), so the two were one cell: both rows take the joined text;
- **in the middle of the rows it covers** (a cell centred vertically, the default of a browser
  and a common Word setting): the text starts below its row's first line, and the rows above and
  below it have empty unit cells.  The empty rows just above take it, as the renderer's carry
  already gives it to those just below.

Guarantees: only the lead / responsible / participating cells of item rows of one section are
touched; a cell is joined to the next only when it ends where no whole cell ends and the next is
not empty; a row takes the text of a row below only when that text started below its row's first
line, and never past a row that has a text of its own.  Nothing else changes, so a table without
merged cells reads as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from divplan.read.cell_cuts import cut_between
from divplan.read.cells import flat, join_pieces


def join_cut_cells(
    rows: list[list[str]], cols: Sequence[int], num_col: int | None = None
) -> None:
    """Give each run of rows whose cell in a column of ``cols`` was cut at the row's end the
    joined text of the whole run (in place); never into a row with a number of its own in
    ``num_col`` (…；2004年9月底前提出意见 above 3 | … | 公安部、商务部: two rows' cells)."""

    def own_number(k: int) -> bool:
        return num_col is not None and num_col < len(rows[k]) and bool(flat(rows[k][num_col], None))

    for col in cols:
        i = 0
        while i < len(rows) - 1:
            j = i
            texts = [flat(rows[i][col], None)]
            while j + 1 < len(rows) and not own_number(j + 1) and cut_between(
                texts[-1], flat(rows[j + 1][col], None)
            ):
                j += 1
                texts.append(flat(rows[j][col], None))
            if j > i:
                whole = join_pieces(texts)
                for k in range(i, j + 1):
                    rows[k][col] = whole
            i = j + 1


def fill_centred(
    rows: list[list[str]], cols: Sequence[int], late: Sequence[bool], layout: bool
) -> None:
    """Rows with no text in any of ``cols`` just above a row whose text there started below its
    first line (``late``) take that row's texts (in place): a cell centred over the rows it
    covers.  A run between two such rows is shared, the lower half going to the lower row.  In
    a page's layout (``layout``) the rows opening a section take the first text below them
    however it was placed, since no cell above can cover them, when about as many empty rows
    follow it (a cell centred over them all); three empty rows over the section's last row
    are rows whose cells were lost, not a merged cell, and stay empty to be reported."""

    def empty(r: list[str]) -> bool:
        return not any(flat(r[c], None) for c in cols)

    for i, row in enumerate(rows):
        if empty(row):
            continue
        start = i
        while start > 0 and empty(rows[start - 1]):
            start -= 1
        below = 0  # the empty rows under it, which the carry gives its text
        while i + below + 1 < len(rows) and empty(rows[i + below + 1]):
            below += 1
        centred = layout and start == 0 and i - start <= below + 1  # as many above as below
        if start == i or not (late[i] or centred):
            continue
        above = start - 1
        if above >= 0 and late[above]:
            start = i - (i - start + 1) // 2
        elif above >= 0:
            continue  # a text printed at the top of its cell above: the carry's rows
        for k in range(start, i):
            for c in cols:
                rows[k][c] = row[c]


__all__ = ["cut_between", "fill_centred", "join_cut_cells"]
