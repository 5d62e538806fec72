"""The rows of a borderless PDF table, from its lines of pieces and its columns, and the page
reader that goes with them (:class:`AlignedReader`).

Why apart from :mod:`divplan.read.pdf_aligned`: there the page is cut into pieces and columns;
here the pieces become cells — blocks of lines, rows opened by the task column, cells merged
down found from where their text is centred — and a table is followed over page breaks.  See
that module's docstring for the guarantees.
"""

from __future__ import annotations

import itertools
import statistics

from divplan.read.cells import DIGITS, PAGE_ROW, SECTION_MARK, join_pieces, opens_group_line
from divplan.read.pdf_aligned import Block, Columns, Piece
from divplan.read.pdf_aligned_blocks import (
    CELL_LEADING,
    blocks_of,
    joined_by_numbers,
    leading,
    short_heading,
    split_after_deadlines,
    split_at_cells,
)
from divplan.read.table_headers import Header, Role
from divplan.read.tables import DITTO

_END_GAP = 2.0  # a gap this many row gaps wide (and 1.5 font sizes) ends the table
_ROW_GAP_MOST = 4.0  # rows stand at most this many font sizes apart
_SAME_TOP = 0.2  # texts whose tops are this many font sizes apart start a row together
_MERGEABLE: tuple[Role, ...] = ("lead", "resp", "part", "deadline")
# a unit cell merged down is written "same as above" (participants are not carried)
_CARRIED: tuple[Role, ...] = ("lead", "resp")


def _size(pieces: list[Piece]) -> float:
    return statistics.median(p.bottom - p.top for p in pieces)


def table_lines(lines: list[list[Piece]], cols: Columns) -> int:
    """How many of ``lines`` (from the first under the header) the table can hold: it stops
    at a page number, at a line across three columns that is no heading, or at a gap wider
    than its rows are apart.  Each piece of the lines it holds is given its columns
    (``Piece.cols``), which the blocks are built from."""
    end = 0
    for line in lines:
        text = " ".join(p.text.strip() for p in line)
        if PAGE_ROW.match(text):
            break
        size = _size(line)
        wide = [p for p in line if len(cols.covered(p, size)) >= 3]
        if wide and not (SECTION_MARK.match(text) and short_heading(text) and len(line) == 1):
            break
        if (
            _group_line(line, cols, size)
            or tuple(p.text.strip() for p in line) == cols.header.names
        ):
            break  # (a group's field line under its rows, 责任分工：…; the header again: a table)
        for p in line:
            p.cols = cols.covered(p, size)
        end += 1
    gaps = [b[0].top - max(p.bottom for p in a) for a, b in itertools.pairwise(lines[:end])]
    size = _size([p for line in lines[:end] for p in line]) if end else 0.0
    numbered = bool(cols.header.cols("number"))
    cell = leading(lines[:end], size, loose=numbered) if end else CELL_LEADING * size
    apart = [g for g in gaps if cell < g <= _ROW_GAP_MOST * size]  # (rows' gaps, not the page's)
    limit = _END_GAP * statistics.median(apart) if apart else 3.0 * size
    for k, gap in enumerate(gaps):
        if gap > max(limit, 1.5 * size):
            return k + 1
    return end


def _group_line(line: list[Piece], cols: Columns, size: float) -> bool:
    """Whether ``line`` is a group's field line set from the table's left edge under its rows
    (　　责任分工：A、B并驾负责): one piece, begun left of the task column's text, opening with
    a label."""
    task = cols.header.cols("task")[-1]
    left = cols.heads[task].x0 if len(cols.heads) > task else cols.bounds[task]
    return (
        len(line) == 1
        and bool(cols.header.cols("number"))
        and line[0].x0 < left - size / 2
        and opens_group_line(line[0].text)
    )


def _numbers_apart(b: Block, numbers_at: list[int]) -> list[Block]:
    """A number column's block of lines that are each a number (rows of one line, set as close
    as a cell's lines): a row each."""
    if not numbers_at or b.cols != (numbers_at[0],) or len(b.pieces) < 2:
        return [b]
    if not all(DIGITS.match(p.text.strip()) for p in b.pieces):
        return [b]
    return [Block([p], b.cols) for p in b.pieces]


def _height(b: Block) -> float:
    return b.bottom - b.top


def _split_by_numbers(task: Block, numbers: list[Block]) -> list[Block]:
    """A task block that two numbers lie beside is two rows' tasks: cut it at the widest gap
    between its lines from the one number to the next."""
    beside = [n for n in numbers if n.top < task.bottom and n.bottom > task.top]
    if len(beside) < 2:
        return [task]
    out: list[Block] = []
    rest = task.pieces
    for n, after in itertools.pairwise(beside):
        gaps = [
            (rest[k + 1].top - rest[k].bottom, k)
            for k in range(len(rest) - 1)
            if n.top - 1 <= rest[k + 1].top and rest[k].bottom <= after.bottom + 1
        ]
        if not gaps:
            continue
        near = _SAME_TOP * _height(after)
        level = [k for _, k in gaps if abs(rest[k + 1].top - after.top) <= near]
        _, k = (0.0, level[0]) if level else max(gaps)  # (a line level with the next number
        out.append(Block(rest[: k + 1], task.cols))  # opens its row, however even the gaps)
        rest = rest[k + 1 :]
    out.append(Block(rest, task.cols))
    return out


def _split_at_rows(block: Block, tasks: list[Block], keep: set[int], size: float) -> list[Block]:
    """A unit block with a line level with a later row's task (rows of a sheet set too close
    for their gap to part their cells, told apart by their numbers) is that row's cell from
    that line on."""
    if keep & set(block.cols):
        return [block]
    out = [Block([block.pieces[0]], block.cols)]
    for p in block.pieces[1:]:
        if any(abs(p.top - t.top) <= _SAME_TOP * size for t in tasks[1:]):
            out.append(Block([p], block.cols))
        else:
            out[-1].pieces.append(p)
    return out


def table_rows(
    lines: list[list[Piece]], cols: Columns, going_on: bool = False
) -> tuple[list[list[str]], int, Columns]:
    """The table's rows of cell texts (merged cells in every slot they cover), how many of
    ``lines`` they hold (the rest is the page's text after the table), and its columns with
    their bounds found again from those lines alone.  ``going_on``: the table goes on from
    the page before, so its first rows may belong to a category there."""
    end = table_lines(lines, cols)
    if cols.heads:  # (the page's text under the table no longer moves the bounds)
        cols = cols.refit(lines[:end])
        end = table_lines(lines, cols)
    body = lines[:end]
    if not body:
        return [], 0, cols
    size = _size([p for line in body for p in line])
    h = cols.header
    task = h.cols("task")[-1]
    numbers_at = h.cols("number")
    blocks = blocks_of(body, size, None if numbers_at or _grouping(h) else task)
    blocks = [n for b in blocks for n in _numbers_apart(b, numbers_at)]
    numbers = [b for b in blocks if numbers_at and b.cols == (numbers_at[0],)]
    numbers = [b for b in numbers if DIGITS.match(b.text())]
    for b in blocks:
        if numbers_at and _section_row(b, blocks, numbers_at[0], task):
            b.cols = tuple(range(len(cols.bounds) - 1))
    blocks = joined_by_numbers(blocks, numbers, task, size)  # (rows as far apart as a cell's lines)
    numbers = [b for b in blocks if numbers_at and b.cols == (numbers_at[0],)]
    numbers = [b for b in numbers if DIGITS.match(b.text())]
    tasks = [s for b in blocks if task in b.cols for s in _split_by_numbers(b, numbers)]
    if not numbers_at:  # (rows told by the other columns' cells: each at its row's top)
        beside = [b for b in blocks if not {task, *_grouping(h)} & set(b.cols)]
        tasks = [s for t in tasks for s in split_at_cells(t, beside, size)]
        tasks = [s for t in tasks for s in split_after_deadlines(t)]
    if not tasks:
        return [], 0, cols
    bands = []
    for t in tasks:
        beside = [n for n in numbers if n.top < t.bottom and n.bottom > t.top]
        bands.append(
            (min([t.top] + [n.top for n in beside]), max([t.bottom] + [n.bottom for n in beside]))
        )
    keep = {task, *_grouping(h)}  # (a task or category cell is no unit cell)
    blocks = [part for b in blocks for part in _split_at_rows(b, tasks, keep, size)]
    width = len(cols.bounds) - 1
    rows = [[""] * width for _ in tasks]
    last_bottom = bands[-1][1] + CELL_LEADING * size
    for r, t in enumerate(tasks):
        for c in t.cols:
            rows[r][c] = t.text()
    for b in blocks:
        if task in b.cols:
            continue
        if b.top > last_bottom:
            continue  # under the table's last row: the page's text after it
        own = [r for r, (top, bottom) in enumerate(bands) if b.top < bottom and b.bottom > top]
        if not own:
            above = [r for r, (_, bottom) in enumerate(bands) if bottom <= b.top]
            below = [r for r, (top, _) in enumerate(bands) if top >= b.bottom]
            own = ([above[-1]] if above else []) + ([below[0]] if below else [])
        b.rows = own
        for r in own:
            for c in b.cols:
                rows[r][c] = join_pieces([rows[r][c], b.text()])
    grouping = _grouping(h)
    tops = [top for top, _ in bands]  # where each row's task (or number) starts
    for b in blocks:  # a row is as tall as its tallest cell (a merged cell's is no row's)
        if len(b.rows) == 1 and not set(b.cols) & set(grouping):
            (r,) = b.rows
            bands[r] = (bands[r][0], max(bands[r][1], b.bottom))  # (a text set above its
            # row's top is a cell merged with the row above: no top of that row)
    _centred(rows, blocks, bands, tops, cols, size, going_on)
    _carry(rows, cols)
    held = max([last_bottom] + [b.bottom for b in blocks if b.top <= last_bottom])  # (a tall
    used = max(k + 1 for k, line in enumerate(body) if any(p.top <= held for p in line))  # cell)
    return rows, used, cols


def _grouping(h: Header) -> list[int]:
    """The columns that group rows: a category (类别), a task column left of the task itself."""
    return h.cols("task")[:-1]


def _centred_table(
    blocks: list[Block], tops: list[float], bands: list[tuple[float, float]], size: float
) -> bool:
    """Whether the table centres its cells on their rows (a browser's, a sheet's default):
    most single-row blocks beside a task of two lines or more start below the row's top."""
    votes = [
        b.top > tops[b.rows[0]] + 0.4 * size
        for b in blocks
        if len(b.rows) == 1 and bands[b.rows[0]][1] - bands[b.rows[0]][0] > 2 * size
    ]
    return bool(votes) and sum(votes) * 2 >= len(votes)


def _bottom_set(
    blocks: list[Block], tops: list[float], bands: list[tuple[float, float]], size: float
) -> bool:
    """Whether a table sets its unit and deadline cells at their rows' feet (a deadline on
    the last line of a task of three): most of those below their row's top end where it
    does — then a cell at a row's foot with an empty row under it is no cell merged down."""
    low = [b for b in blocks if b.top - tops[min(b.rows)] > _SAME_TOP * size]
    at_foot = sum(abs(b.bottom - bands[max(b.rows)][1]) <= _SAME_TOP * size for b in low)
    return len(low) >= 3 and at_foot * 3 >= len(low) * 2


def _centred(
    rows: list[list[str]],
    blocks: list[Block],
    bands: list[tuple[float, float]],
    tops: list[float],
    cols: Columns,
    size: float,
    going_on: bool,
) -> None:
    """A unit or deadline block with rows empty in its column beside it covers the run of
    rows it is centred on (a cell merged down, vertically centred), when it is set lower than
    its row's top or the table centres its cells; a category column is shared out among its
    blocks the same way (every row has one)."""
    h = cols.header
    centred = _centred_table(blocks, tops, bands, size)
    mergeable = {c for role in _MERGEABLE for c in h.cols(role)} - set(_grouping(h))
    mine = [b for b in blocks if b.rows and len(b.cols) == 1 and b.cols[0] in mergeable]
    bottomed = _bottom_set(mine, tops, bands, size)
    for b in mine:
        (c,) = b.cols
        lo, hi = min(b.rows), max(b.rows)
        if not centred and abs(b.top - tops[lo]) <= _SAME_TOP * size:
            continue  # set at its row's top: not centred
        if bottomed and abs(b.bottom - bands[hi][1]) <= _SAME_TOP * size:
            continue  # set at its row's foot, as the table sets its cells: not centred
        first, last = lo, hi  # (never over a section's heading: a row of its own)
        while first > 0 and not rows[first - 1][c] and not _heading_text(rows[first - 1]):
            first -= 1
        while last + 1 < len(rows) and not rows[last + 1][c] and not _heading_text(rows[last + 1]):
            last += 1
        spans = [
            (abs(b.centre - (bands[a][0] + bands[z][1]) / 2), a, z)
            for a in range(first, lo + 1)
            for z in range(hi, last + 1)
        ]
        near = min(spans)[0] + 0.25 * size  # of spans as well centred, the widest: rows
        _, a, z = max(spans, key=lambda s: (s[0] <= near, s[2] - s[1]))  # beside with no
        for r in range(a, z + 1):  # text of their own are more likely merged than empty
            rows[r][c] = rows[r][c] or b.text()
    for c in _grouping(h):
        mine = [b for b in blocks if b.rows and b.cols == (c,)]
        _share_out(rows, mine, bands, c, centred, going_on)


def _share_out(
    rows: list[list[str]],
    blocks: list[Block],
    bands: list[tuple[float, float]],
    c: int,
    centred: bool,
    going_on: bool,
) -> None:
    """A category column's rows shared among its blocks: set at their rows' tops, each block
    heads the rows down to the next; centred, each takes the run of rows it is centred on
    (rows above the first block take the first, unless the table goes on from the page before,
    where they may be the last category's: then the first block's centre decides)."""
    if not blocks:
        return
    if not centred and all(abs(b.top - bands[min(b.rows)][0]) < 1 for b in blocks):
        for r in range(0 if going_on else min(blocks[0].rows)):
            rows[r][c] = blocks[0].text()  # rows above the first: no category but it
        return  # (the carry fills each category down)
    start = 0
    for k, b in enumerate(blocks):
        lo, hi = min(b.rows), max(b.rows)
        stop = min(blocks[k + 1].rows) - 1 if k + 1 < len(blocks) else len(rows) - 1
        starts = range(lo + 1) if k == 0 and going_on else [min(start, lo)]
        ends = [stop] if k + 1 == len(blocks) else range(hi, stop + 1)
        _, first, end = min(
            (abs(b.centre - (bands[a][0] + bands[z][1]) / 2), a, z) for a in starts for z in ends
        )
        for r in range(first, end + 1):
            rows[r][c] = b.text()
        start = end + 1


def _carry(rows: list[list[str]], cols: Columns) -> None:
    """Empty cells under filled ones: a category carries down; a lead or responsible cell is
    written "same as above" (a guess the clause reader reports), but not a units column beside
    a lead's (共同责任单位 beside 牵头单位: a lead may have no helpers)."""
    h = cols.header
    task = h.cols("task")[-1]
    for c in _grouping(h):
        for r in range(1, len(rows)):
            if not rows[r][c] and rows[r - 1][c]:
                rows[r][c] = rows[r - 1][c]
    for role in _CARRIED:
        if role == "resp" and h.cols("lead"):
            continue  # (beside a lead's column, the units' are the helpers: often none)
        for c in h.cols(role):
            for r in range(1, len(rows)):
                if rows[r][c] or not rows[r - 1][c] or not rows[r][task]:
                    continue
                if _heading_row(rows[r]) or _heading_row(rows[r - 1]):
                    continue
                rows[r][c] = DITTO[h.lang]


def _section_row(b: Block, blocks: list[Block], number_col: int, task: int) -> bool:
    """Whether block ``b`` is a section's heading across the table: 三、强化要素保障 in the
    number column alone, beside no task; or "Two, Upgrade service consumption" (a merged row)
    from the number column on over the task's, short, beside nothing at all."""
    if not SECTION_MARK.match(b.text()):
        return False
    beside = [t for t in blocks if t is not b and t.top < b.bottom and t.bottom > b.top]
    if b.cols == (number_col,):
        return not any(task in t.cols for t in beside)
    return b.cols[:1] == (number_col,) and short_heading(b.text()) and not beside


def _heading_text(row: list[str]) -> bool:
    """A row of one short text opening with a section's mark (II. Fostering Market Players):
    a heading across the table, beside which no merged cell runs."""
    texts = {x for x in row if x}
    return len(texts) == 1 and all(SECTION_MARK.match(x) and short_heading(x) for x in texts)


def _heading_row(row: list[str]) -> bool:
    """A row of one text: a heading across the table, or a task's lines a page break cut."""
    return len({x for x in row if x}) == 1


__all__ = ["table_lines", "table_rows"]
