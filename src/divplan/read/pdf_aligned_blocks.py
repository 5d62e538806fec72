"""The blocks of a borderless PDF table: each column's lines joined into its cells' texts.

Why apart from :mod:`divplan.read.pdf_aligned_rows`: how far apart two lines of one cell may
stand is the one measure every row of the table rests on, and it is read from the table itself
(a cell's own line gap) rather than fixed, so that tables set tight — rows a few points apart —
part their rows; the rows are built from these blocks there.
"""

from __future__ import annotations

import itertools

from divplan.read.cells import SECTION_MARK, SENTENCE_ENDS, join_pieces
from divplan.read.pdf_aligned import Block, Piece

CELL_LEADING = 0.9  # a gap under this many font sizes stays inside a cell
_ROW_PADDING = 0.3  # rows set tight part by this many font sizes more than a cell's lines
_HEADING = 40  # a heading across the table is short: this many characters, in Chinese
_HEADING_LATIN = 80  # … and in English words ("Third, optimize the consumption environment")


def short_heading(text: str) -> bool:
    """Whether ``text`` is short enough for a heading across the table."""
    return len(text) <= (_HEADING_LATIN if text.isascii() else _HEADING)


def _leading(
    lines: list[list[Piece]], size: float, loose: bool = False, rows_apart: bool = True
) -> float:
    """The widest gap between two lines of one cell: under :data:`CELL_LEADING` font sizes,
    and, in a table set tight (rows a few points apart, a cell's lines closer still), under
    the cell's own line gap — the second smallest between a piece and the one right above it
    in its column (one odd pair allowed) — by a third of a font size; with ``loose`` (a table
    whose numbers cut its rows), that gap however wide, up to one and a half font sizes."""
    widest = CELL_LEADING * size
    gaps = sorted(
        g
        for above, below in itertools.pairwise(lines)
        for p in below
        for q in above
        if q.cols == p.cols and 0 <= (g := p.top - q.bottom) <= _LOOSE * size
    )
    if len(gaps) < 2:
        return widest
    cell = gaps[1] + _ROW_PADDING * size
    if loose and gaps[1] > widest and (not rows_apart or _rows_mostly_apart(lines, cell)):
        return cell  # (a numbered table set loose, a cell's lines a font size apart and most
    # lines a row's first, further: as a plotting library sets them)
    if widest < gaps[1] <= _TIGHT_MOST * size and _two_spacings(lines, gaps[1]):
        return cell  # (a cell's lines a little over the usual gap, rows clearly further)
    return min(widest, cell)


_TIGHT_MOST = 1.2  # a cell's own line gap, when rows stand clearly further apart, at most
_ROW_RATIO = 1.4  # rows stand at least this many times a cell's line gap apart


def _two_spacings(lines: list[list[Piece]], cell: float) -> bool:
    """Whether the line breaks fall in two spacings: a cell's own (``cell``, twice or more)
    and a row's, clearly wider — not a table whose every line runs on evenly (each line a
    row, as a plotting library sets them)."""
    apart = [b[0].top - max(p.bottom for p in a) for a, b in itertools.pairwise(lines)]
    wide = sum(g >= _ROW_RATIO * cell for g in apart)
    close = sum(0 <= g < _ROW_RATIO * cell for g in apart)
    return wide >= 2 and close >= 2


def _rows_mostly_apart(lines: list[list[Piece]], cell: float) -> bool:
    """Whether at least half the line breaks are wider than a cell's own line gap: most lines
    start a row (measured only for a table that may be set loose)."""
    apart = [b[0].top - max(p.bottom for p in a) for a, b in itertools.pairwise(lines)]
    return 2 * sum(g > cell for g in apart) >= len(apart)


_LOOSE = 1.5  # a cell's lines in a table set loose stand at most this many font sizes apart


def leading(lines: list[list[Piece]], size: float, loose: bool = False) -> float:
    """The widest gap between two lines of one cell (see :func:`_leading`), however few of
    the lines start a row: where a loose table's rows end, not how its blocks join."""
    return _leading(lines, size, loose, rows_apart=False)


def blocks_of(lines: list[list[Piece]], size: float, task: int | None = None) -> list[Block]:
    """Pieces joined into blocks: a piece goes on the block above it in one of its columns when
    the gap between them is a cell's line spacing (:func:`_leading`).  ``task``: the task's
    column of a table with no number or category column, where a section's mark alone on its
    line is a row of its own (its sections can stand nowhere else)."""
    leading = _leading(lines, size, loose=task is None)
    indented = task is not None and _indented_rows(lines, task)
    blocks: list[Block] = []
    headings: set[int] = set()  # blocks of a section's mark alone on its line
    for line in lines:
        taken: set[int] = set()
        alone = len(line) == 1
        for p in _one_per_cell(line):
            home = None
            for k in range(len(blocks) - 1, -1, -1):
                b = blocks[k]
                if k in taken or not set(b.cols) & set(p.cols):
                    continue
                if _heading_line(b) or (alone and _opens_section(p, b)):
                    break  # a section's row takes no row's text under it, nor goes on one
                if k in headings and not alone:  # (一、调整优化能源结构 alone in the task
                    break  # column, over a row's first line with its units beside it)
                if indented and p.cols == (task,) and 0 <= p.top - b.bottom <= _LOOSE * size:
                    home = None if p.text.startswith(_INDENT) else k  # (a task's first line
                    break  # set in, its lines under it flush: the indent opens each row)
                if 0 <= p.top - b.bottom <= leading or p.top < b.bottom:
                    home = k
                break
            if home is None:
                blocks.append(Block([p], p.cols))
                taken.add(len(blocks) - 1)
                if alone and p.cols == (task,) and _heading_text(p.text.strip()):
                    headings.add(len(blocks) - 1)
            else:
                b = blocks[home]
                b.pieces.append(p)
                b.cols = tuple(sorted(set(b.cols) | set(p.cols)))
                taken.add(home)
    return blocks


_INDENT = ("\u3000", "  ")  # a paragraph's first line set in: two ideographic or Latin spaces
_INDENTED_ROWS = 2  # rows so opened in a table's task column: at least this many


def _indented_rows(lines: list[list[Piece]], task: int) -> bool:
    """Whether a table with no number column opens each task with a paragraph's indent, its
    other lines flush (evenly spaced lines, so the gaps cannot tell rows): the indent can."""
    firsts = [p.text for line in lines for p in line if p.cols == (task,)]
    opened = sum(t.startswith(_INDENT) for t in firsts)
    return opened >= _INDENTED_ROWS and opened < len(firsts)


def joined_by_numbers(
    blocks: list[Block], numbers: list[Block], task: int, size: float
) -> list[Block]:
    """``blocks`` of a table set as loose inside a cell as between rows (a cell's every line its
    own block: the gap between two lines of a cell is no narrower than between two rows), with
    each column's lines joined down to where the next row's number (or a heading across the
    table) stands: in such a table the number column alone says where a row begins.  Tables
    whose cells hold lines closer than their rows are left as they are."""
    loose = [b for b in blocks if len(b.pieces) == 1]
    if len(numbers) < 2 or len(loose) < 0.9 * len(blocks) or len(blocks) <= 2 * len(numbers):
        return blocks
    wrapped = [  # a task's lines with no number level with them: rows' wrapped lines (rows of
        b
        for b in blocks  # one line each are no sign, nor is a heading between two rows)
        if b.cols == (task,)
        and all(abs(n.top - b.top) > size / 2 for n in numbers)
        and not _heading_like(b)
    ]
    if len(wrapped) < max(2, len(numbers) / 4):
        return blocks
    starts = sorted([n.top for n in numbers] + [b.top for b in blocks if _heading_like(b)])
    out: list[Block] = []
    for b in sorted(blocks, key=lambda b: b.top):
        above = next((a for a in reversed(out) if a.cols == b.cols), None)
        if (
            above is None
            or any(above.top < t <= b.top + size / 2 for t in starts)  # a new row's line
            or _heading_like(b)
            or b in numbers
            or b.top - above.bottom > 2.5 * size
        ):
            out.append(Block(list(b.pieces), b.cols))
        else:
            above.pieces.extend(b.pieces)
    return out


def _heading_like(b: Block) -> bool:
    """A block that reads as a section's heading: across columns with its mark, or one short
    line opening with a mark or an ordinal word ("Two, Building and transport energy saving")."""
    text = b.pieces[0].text.strip()
    return _heading_line(b) or (
        len(b.pieces) == 1
        and short_heading(text)
        and SECTION_MARK.match(text) is not None  # (its marks: 一、, I., "Two, …", "First, …")
    )


def _heading_text(text: str) -> bool:
    return short_heading(text) and SECTION_MARK.match(text) is not None


def _heading_line(b: Block) -> bool:
    """A block that is one short line across columns opening with a section's mark."""
    text = b.pieces[0].text.strip()
    return (
        len(b.pieces) == 1
        and len(b.cols) >= 2
        and short_heading(text)
        and SECTION_MARK.match(text) is not None
    )


def _opens_section(p: Piece, above: Block) -> bool:
    """A short line alone on its line, opening with a section's mark, under a cell whose text
    ends a sentence or starting left of that cell's column (二、强化… set from the number
    column on under a task's wrapped line ``务``): a section's row, not the cell's next line —
    a cell's own lines never reach into the column left of it."""
    text = p.text.strip()
    return (
        short_heading(text)
        and SECTION_MARK.match(text) is not None
        and (
            above.pieces[-1].text.rstrip().endswith(SENTENCE_ENDS)
            or min(p.cols) < min(above.cols)
        )
    )


def _one_per_cell(line: list[Piece]) -> list[Piece]:
    """A line's pieces with those side by side in the same columns joined: one cell's line
    that a wider gap split (训，全年培训 | 5000, a font change for the digits)."""
    out: list[Piece] = []
    for p in line:
        last = out[-1] if out else None
        if last is not None and last.cols == p.cols:
            text = join_pieces([last.text.strip(), p.text.strip()])
            out[-1] = Piece(last.x0, p.x1, min(last.top, p.top), max(last.bottom, p.bottom), text)
            out[-1].cols = p.cols
        else:
            out.append(p)
    return out


def split_after_deadlines(task: Block) -> list[Block]:
    """A task block of a table with no number column cut after each of its lines that is a
    deadline's field (任务。/ 完成时限：2020年6月底前 / 下一任务…): the field closes its task's
    cell, so the line under it opens the next row, however evenly the lines run on."""
    from divplan.parsing.cues import deadline_label_end  # (the parser's data, read lazily)

    out = [Block([task.pieces[0]], task.cols)]
    for above, p in itertools.pairwise(task.pieces):
        text = above.text.strip()
        if deadline_label_end(text, 0, len(text)) > 0:
            out.append(Block([p], task.cols))
        else:
            out[-1].pieces.append(p)
    return out


def split_at_cells(task: Block, beside: list[Block], size: float) -> list[Block]:
    """A task block of a table with no number column whose lines run on evenly over several
    rows (a plotting library's: a cell's lines as far apart as its rows) cut where its rows
    begin: before each line level with the top of another column's cell (a deadline, a unit:
    each set at its row's first line) under a line that closes a sentence or a bracket (a cell
    of several lines beside a task's middle cuts nothing), and around a section's heading on a
    line of its own (I. …).  Cut only where two cells or more lie beside it."""
    level = 0.3 * size
    tops = [b.top for b in beside if task.top - level <= b.top < task.bottom]
    if len(tops) < 2:
        return [task]
    cuts = {
        k
        for k, p in enumerate(task.pieces)
        if k and (
            (
                any(abs(p.top - t) <= level for t in tops)
                and task.pieces[k - 1].text.rstrip().endswith(_ROW_ENDS)
            )
            or _heading_piece(p)
            or _heading_piece(task.pieces[k - 1])
        )
    }
    out: list[Block] = []
    start = 0
    for k in sorted(cuts):
        out.append(Block(task.pieces[start:k], task.cols))
        start = k
    out.append(Block(task.pieces[start:], task.cols))
    return out


_ROW_ENDS = tuple("。.;；!！?？)）")  # a task's last line so ends: a row may begin under it


def _heading_piece(p: Piece) -> bool:
    return short_heading(p.text.strip()) and SECTION_MARK.match(p.text.strip()) is not None


__all__ = [
    "CELL_LEADING",
    "blocks_of",
    "joined_by_numbers",
    "leading",
    "short_heading",
    "split_after_deadlines",
    "split_at_cells",
]
