"""Space-aligned table rows: where the cells of a line are, and which column each belongs to.

Why apart from :mod:`divplan.read.text_tables`: a table set with spaces (an editor's, or a
PDF's layout text) says nothing of its columns but where its text starts, and reading that is
a job of its own — display widths (a CJK character two columns in an editor, one in a PDF's
layout text), cells split at runs of spaces, a row with one cell left empty, and the wrapped
lines of a row, whose cells sit under the full rows' cells rather than under the header's
labels (a PDF centres those over their columns).
"""

from __future__ import annotations

import re
import unicodedata

from divplan.read.cells import DIGITS, NUMERAL, SECTION_MARK, SUB_MARK, join_pieces

_GAP = re.compile(r"(?:[ \u00a0]{2,}|\u3000+|\t+)")  # two spaces or more part cells


def display_width(s: str, wide: int = 2) -> int:
    """Display width: a CJK character is ``wide`` columns (2 in an editor, 1 in PDF layout)."""
    return sum(wide if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def space_cells(body: str, wide: int = 2) -> list[tuple[int, str]]:
    """Cells split at runs of two or more spaces, each with its display column."""
    out: list[tuple[int, str]] = []
    pos = 0
    for m in _GAP.finditer(body):
        piece = body[pos : m.start()]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((display_width(body[: pos + lead], wide), piece.strip()))
        pos = m.end()
    piece = body[pos:]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        out.append((display_width(body[: pos + lead], wide), piece.strip()))
    return out


_NUMBER_TASK = re.compile(r"^(\d{1,3}) (?=\S)")


def split_number(cells: list[tuple[int, str]], n: int) -> list[tuple[int, str]]:
    """A row whose number and task a PDF's layout set only one space apart ("10 开展…"): two
    cells, when the row has no more cells than the table's ``n`` columns (with as many, two
    pieces of the task were set apart: the pair with the narrowest gap is one cell)."""
    m = _NUMBER_TASK.match(cells[0][1]) if cells and len(cells) <= n else None
    if m is None or (len(cells) == n and n < 3):
        return cells
    at, first = cells[0]
    out = [(at, m.group(1)), (at + m.end(), first[m.end() :]), *cells[1:]]
    if len(out) > n:  # one cell too many: the task's words set two spaces apart ("发现问题  立即")
        gaps = [out[k + 1][0] - out[k][0] - display_width(out[k][1]) for k in range(1, n)]
        k = 1 + gaps.index(min(gaps))
        out[k : k + 2] = [(out[k][0], join_pieces([out[k][1], out[k + 1][1]]))]
    return out


def one_empty_cell(body: str, n: int) -> list[str] | None:
    """The ``n`` cells of a delimited row with one cell left empty, when one gap between
    its ``n - 1`` cells is at least twice as wide as every other (and at least 4 spaces)."""
    gaps = [m for m in _GAP.finditer(body.strip())]
    if len(gaps) != n - 2 or n < 3:
        return None
    widths = [m.end() - m.start() for m in gaps]
    widest = max(widths)
    rest = sorted(widths)[:-1]
    if widest < 4 or widths.count(widest) != 1 or (rest and widest < 2 * max(rest)):
        return None
    cells = [c for _, c in space_cells(body)]
    k = widths.index(widest) + 1
    return [*cells[:k], "", *cells[k:]]


def heading_in_header(cells: list[str], number_names: tuple[str, ...]) -> str | None:
    """A section heading the layout ran into the header's first label ("一、完善设施序号"):
    the heading, which the caller sets apart as a row of its own, leaving the label."""
    first = cells[0] if cells else ""
    for name in number_names:
        if first.endswith(name) and first != name and SECTION_MARK.match(first):
            cells[0] = name
            return first[: -len(name)].strip()
    return None


def space_row_like(body: str, cols: list[int], wide: int) -> bool:
    """A line that may be a row of the space-aligned table whose columns start at ``cols``."""
    cells = space_cells(body, wide)
    if len(cells) >= 2 or SECTION_MARK.match(body) or SUB_MARK.match(body):
        return True
    return bool(cells) and cells[0][0] > 0 and any(abs(cells[0][0] - c) <= 1 for c in cols)


def after_table(body: str, cols: list[int], wide: int) -> bool:
    """A line after blank lines under a table, set under the number column yet no number or
    heading: the signature or 印发 line below the table, not a row."""
    cells = space_cells(body, wide)
    if not cells or len(cols) < 2 or SECTION_MARK.match(body) or SUB_MARK.match(body):
        return False
    at, first = cells[0]
    token = first.split()[0]  # "12 拓宽…": a number one space before its task
    return at < cols[1] - 1 and not (DIGITS.match(token) or NUMERAL.match(token))


def gap_fits(body: str, gapped: list[str], seen: list[int], wide: int) -> bool:
    """Whether the cells ``one_empty_cell`` gave a row sit under the columns full rows showed
    (``seen``): a cell set more than a few columns off its column's start was not moved there
    by an empty cell; it belongs where it was printed."""
    if len(seen) != len(gapped):
        return True
    placed = iter(space_cells(body, wide))
    for k, cell in enumerate(gapped):
        if cell:
            at, _ = next(placed, (seen[k], ""))
            if abs(at - seen[k]) > _MOVED * 3:
                return False
    return True


def continues_row(cells: list[tuple[int, str]], seen: list[int]) -> bool:
    """A row whose first cell starts under the second column of the full rows (its number cell
    empty): the wrapped lines of a row in an aligned table (a PDF's layout text)."""
    if len(seen) < 2 or not cells:
        return False
    return abs(cells[0][0] - seen[1]) < abs(cells[0][0] - seen[0])


def _numbered(cell: str) -> bool:
    return bool(DIGITS.match(cell.strip()) or NUMERAL.match(cell.strip()))


def off_number(cells: list[str], task: int) -> list[str]:
    """Text under a table's first column that is not a number: a wrapped task line set a
    little left of the task's column ``task`` (a PDF's layout); it opens the task cell."""
    if 0 < task < len(cells) and cells[0] and not _numbered(cells[0]):
        numbered = _NUMBER_TASK.match(cells[0])  # "13 开展…": a number one space off its task
        out = [numbered.group(1) if numbered else "", *cells[1:]]
        out[task] = join_pieces([cells[0][numbered.end() :] if numbered else cells[0], cells[task]])
        return out
    return cells


_MOVED = 4  # columns this far apart on most cells: another page's layout, not the same one


def aligned_starts(seen: list[int], starts: list[int]) -> list[int]:
    """Where the columns start, after a row showing every cell at ``starts``: the leftmost
    seen so far, or the row's own when most of its cells sit elsewhere (a PDF lays each page
    of a table out anew, so the next page's columns may start further right)."""
    if seen and sum(abs(a - b) > _MOVED for a, b in zip(seen, starts, strict=True)) >= 2:
        return starts
    return [min(a, b) for a, b in zip(seen or starts, starts, strict=True)]


def aligned_cells(body: str, cols: list[int], wide: int) -> list[str]:
    """Cells of a row with some empty, each in the last header column starting at or before
    it."""
    cells = [""] * len(cols)
    for at, text in space_cells(body, wide):
        k = max((n for n, c in enumerate(cols) if c <= at + 1), default=0)
        cells[k] = f"{cells[k]} {text}".strip() if cells[k] else text
    return cells


def nearest_cells(body: str, starts: list[int], wide: int) -> list[str]:
    """Cells of a row with some empty, each in the column whose full-row cells start
    nearest to it."""
    cells = [""] * len(starts)
    last = -1
    for at, text in space_cells(body, wide):
        k = min(range(len(starts)), key=lambda n: (abs(starts[n] - at), n))
        if starts[k] > at + _SLACK and last == k - 1:  # a piece after one of the column
            k = last  # before, set short of this one's start: "公交车   30辆。", one cell
        cells[k] = f"{cells[k]} {text}".strip() if cells[k] else text
        last = k
    return cells


_SLACK = 2  # a wrapped line may start this far left of its column (a layout's rounding)


_PAGE_FURNITURE = 2  # lines a page turn may put between two rows: a page number, a head
_PAGE_BLANKS = 80  # and blank lines: a page's unused foot, in a PDF's layout text


def page_turn(bodies: list[str], j: int, header: str, wide: int) -> int | None:
    """The line at or after ``j`` that repeats the table's ``header``, when only a page's
    furniture comes before it: blank lines and at most two one-cell lines (a page number, a
    running head with the document number).  None: the table does not turn a page at ``j``.
    The caller asks only at a blank line or a page number (where a page ends), never after a
    wrapped cell's line, which is one cell too."""
    want = [t for _, t in space_cells(header, wide)]
    furniture = 0
    for k in range(j, min(len(bodies), j + _PAGE_BLANKS)):  # a page's foot may be blank
        body = bodies[k]
        if not body.strip():
            continue
        cells = [t for _, t in space_cells(body, wide)]
        if cells == want:
            return k
        furniture += 1
        if len(cells) > 1 or furniture > _PAGE_FURNITURE:
            return None
    return None


def cjk_width(bodies: list[str], i: int) -> int:
    """How wide a CJK character was when the table at line ``i`` was aligned: 2 (a monospace
    editor) or 1 (PDF layout text): the width under which more cells start on a column."""
    best, score = 2, (-1, -1)
    for wide in (2, 1):
        cols = [c for c, _ in space_cells(bodies[i], wide)]
        starts = [[at for at, _ in space_cells(ln, wide)] for ln in bodies[i + 1 : i + 16]]
        under = sum(1 for row in starts for at in row if any(abs(at - c) <= 1 for c in cols))
        among = sum(  # cells of other rows on the same column: a header's labels may be
            1  # centred over their columns (a PDF's layout text), the rows' cells are not,
            for k, row in enumerate(starts)  # so on a tie the rows' own alignment decides
            for at in row[1:]
            if any(abs(at - c) <= 1 for other in starts[k + 1 :] for c in other[1:])
        )
        if (under + among, among) > score:
            best, score = wide, (under + among, among)
    return best


def header_tail(body: str, cols: list[int], wide: int) -> bool:
    """The second line of a header whose labels wrapped ("Completion time | limit", "Serial |
    number"): a few short words, no digits, no sentence — not a row, not a heading."""
    cells = space_cells(body, wide)
    return (
        bool(cells)
        and len(cols) >= 2
        and len(cells) <= 3
        and all(len(t.split()) <= 3 and len(t) <= 20 for _, t in cells)
        and not any(ch.isdigit() or ch in "。.;；,，、" for _, t in cells for ch in t)
    )


def with_tail(header: list[str], cols: list[int], body: str, wide: int) -> list[str]:
    """The header's labels with the words of its wrapped second line added under the column
    nearest each ("Serial" + "number" → "Serial number")."""
    out = list(header)
    for at, text in space_cells(body, wide):
        k = min(range(len(cols)), key=lambda c: (abs(cols[c] - at), c))
        out[k] = join_pieces([out[k], text])
    return out


_SQUEEZE_REGION = 400  # lines after a header in which a layout table's columns are learned
_CJK_CHAR = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]")


def squeezed_gaps(bodies: list[str], start: int, n: int) -> dict[int, str]:
    """Lines of a PDF's layout text (one column a character) whose cells the layout set only
    one space apart ("…农村饮水安 农村水利水电司统筹推动"), each with that space doubled, so that
    they split as the rows around them do.

    A long task cell leaves no room for the usual gap; the column start is learned from the
    rows that show every one of the ``n`` cells (where two or more start alike), and a single
    space is taken for the gap only at that start and only between two Chinese characters:
    an English line, whose words are a space apart anywhere, is never split this way.
    """
    counts: list[dict[int, int]] = [{} for _ in range(n)]
    region = range(start, min(len(bodies), start + _SQUEEZE_REGION))
    for k in region:
        cells = split_number(space_cells(bodies[k], 1), n)
        if len(cells) == n:
            for c, (at, _) in enumerate(cells):
                counts[c][at] = counts[c].get(at, 0) + 1
    learned = [max(cs, key=lambda at: (cs[at], -at)) for cs in counts[1:] if cs]
    learned = [at for at, cs in zip(learned, counts[1:], strict=False) if cs[at] >= 2]
    out: dict[int, str] = {}
    for k in region:
        body = bodies[k]
        starts = {at for at, _ in space_cells(body, 1)}
        for at in learned:
            if any(abs(at - s) <= 1 for s in starts):
                continue
            p = next((q for q in (at, at + 1, at - 1) if _single_gap(body, q)), None)
            if p is not None:
                body = f"{body[:p]} {body[p:]}"
                break
        if body != bodies[k]:
            out[k] = body
    return out


def _single_gap(body: str, p: int) -> bool:
    """Whether ``body[p]`` begins a piece one space after a Chinese character, itself Chinese."""
    return (
        2 <= p < len(body)
        and body[p - 1] == " "
        and bool(_CJK_CHAR.match(body[p - 2]))
        and bool(_CJK_CHAR.match(body[p]))
    )


__all__ = [
    "after_table",
    "aligned_cells",
    "aligned_starts",
    "cjk_width",
    "continues_row",
    "display_width",
    "gap_fits",
    "header_tail",
    "heading_in_header",
    "nearest_cells",
    "off_number",
    "one_empty_cell",
    "page_turn",
    "space_cells",
    "space_row_like",
    "split_number",
    "squeezed_gaps",
    "with_tail",
]
