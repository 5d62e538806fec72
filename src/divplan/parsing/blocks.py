"""Blocks: rule 1 of the context pass (see :mod:`divplan.parsing.context`).

Consecutive lines become one block — a heading, an item, a paragraph — looking only at each
line and the block before it.  Kept apart from the other rules because it is the only one
that runs line by line while the document is read; the rest look at the whole list of blocks.
An item runs on over hard wraps until its clause closes it; labelled field lines (牵头单位：),
numbered points inside it and a second paragraph that brings its clause stay with it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from divplan.parsing.cues import starts_with_label
from divplan.parsing.furniture import is_furniture
from divplan.parsing.hard_wraps import cut_by_width, goes_on_inline_points, wrap_width
from divplan.parsing.lines import Line
from divplan.parsing.parens import OPENER, ends_with_group

Role = Literal[
    "leading", "notice", "title", "section", "subsection", "item", "other", "trailer", "trailing"
]
CLOSERS = tuple(')。.;；:：!！?？”"」')


@dataclass
class Block:
    """Consecutive lines that form one unit (a heading, an item, a paragraph)."""

    first: int  # index of the first line
    last: int  # index of the last line (inclusive)
    start: int  # normalised offset of the block's first character
    end: int  # normalised offset just after its last character
    kind: str  # the first line's kind: section / subsection / item / text
    family: str | None
    marker: str | None
    number: int | None
    body_start: int
    blank_before: bool
    role: Role = "other"
    has_clause: bool = False


def _closes(text: str, line: Line) -> bool:
    return text[line.end - 1] in CLOSERS


def _date_only(s: str, is_date_line: Callable[[str], bool]) -> bool:
    """A line that is only a date (2024年5月10日, May 10, 2024): short, not closing a sentence
    or a clause, and a date line; a wrapped line of a task that holds a date is none."""
    return len(s) <= 20 and s[-1] not in "。.；;)）" and is_date_line(s)


def _is_deadline_line(text: str, line: Line, is_deadline: Callable[[str], bool]) -> bool:
    s = text[line.start : line.end]
    return s.startswith("(") and s.endswith(")") and is_deadline(s)


def _goes_on_last(
    text: str, lines: list[Line], i: int, last: Block, width: int | None
) -> bool:
    """Rule 1, lines that go on with the block before them whatever they open with.

    - a labelled field under a （1） task: its clause is written below it;
    - 配合单位：A、B、 / C: a field's list wrapped onto the next line;
    - "…；（" / "2）加强…": a point's marker after a line of an item cut by the page width (a
      first point, 1, may open a list of points);
    - 具体包括：（1）…；（2）…； / （3）…: a wrapped line that opens with the next inline point.
    """
    line = lines[i]
    prev = lines[i - 1]
    right_after = last.last == i - 1 and not line.blank_before
    fields_below = (
        last.kind == "subsection"
        and line.kind == "text"
        and starts_with_label(text, line.start, line.end)
        and not is_furniture(text[line.start : line.end])
    )
    list_wraps = (
        last.kind in ("item", "subsection")
        and right_after
        and line.kind == "text"
        and text[prev.end - 1] in _LIST_GOES_ON
        and starts_with_label(text, prev.start, prev.end)
    )
    cut_point = (
        last.kind == "item"
        and right_after
        and line.kind in ("item", "subsection")
        and line.number != 1
        and _style(line) != _style(lines[last.first])
        and cut_by_width(text, prev, width)
    )
    return (
        fields_below
        or list_wraps
        or cut_point
        or (
            last.kind in ("item", "text")
            and right_after
            and goes_on_inline_points(text, line, last.start, last.end)
        )
    )


def make_blocks(
    text: str,
    lines: list[Line],
    is_deadline: Callable[[str], bool],
    is_date_line: Callable[[str], bool] = lambda s: False,
    item_closed: Callable[[int, int], bool] | None = None,
) -> list[Block]:
    """Rule 1: group lines into blocks (a date line is always a block of its own)."""
    blocks: list[Block] = []
    points: dict[int, tuple[str | None, int]] = {}  # item block → (point style, last point)
    width = wrap_width(text, lines)
    absorbed = -1  # lines up to here were taken into a block by a look-ahead
    before_last: int | None = None  # the number of the last item block before blocks[-1]
    for i, line in enumerate(lines):
        if i <= absorbed:
            continue
        if blocks and blocks[-1].kind in ("item", "subsection") and item_closed is not None:
            last = _points_then_clause(text, lines, i, blocks[-1], item_closed)
            if last is not None:
                blocks[-1].last = last
                blocks[-1].end = lines[last].end
                absorbed = last
                continue
        if blocks and _goes_on_last(text, lines, i, blocks[-1], width):
            blocks[-1].last = i
            blocks[-1].end = line.end
            continue
        if blocks and blocks[-1].kind == "item":
            prev_block = blocks[-1]
            if _continues_item(text, lines, i, prev_block, points, item_closed, before_last):
                prev_block.last = i
                prev_block.end = line.end
                continue
        if blocks and line.kind == "text":
            prev_block = blocks[-1]
            prev = lines[i - 1]
            if prev_block.kind == "item":
                # an item runs on until its clause closes it or a blank line ends it
                closed = (
                    item_closed(prev_block.body_start, prev_block.end)
                    if item_closed is not None
                    else ends_with_group(text, prev_block.body_start, prev_block.end)
                )
                wraps = (
                    not line.blank_before
                    and (not closed or cut_by_width(text, prev, width))
                    and not _date_only(text[line.start : line.end], is_date_line)
                    and not is_furniture(text[line.start : line.end])  # （来源：X网站）
                )  # a date line is a block of its own: the notice's date under its issuer;
                # a line cut by the page width goes on, even inside the clause that closes it
            elif prev_block.kind in ("section", "subsection"):
                wraps = _wrapped_heading(text, prev_block, line) or (
                    prev_block.kind == "subsection"
                    and not line.blank_before
                    and item_closed is not None
                    and not item_closed(prev_block.body_start, prev_block.end)
                    and (
                        (
                            width is not None
                            and lines[prev_block.last].end - lines[prev_block.last].start >= width
                        )  # a (1) task cut by the width of a PDF page: it runs on to its clause
                        or (
                            text[prev_block.end - 1] in "。.;；"
                            and _task_sibling(blocks, item_closed)
                            and item_closed(line.start, line.end)
                            and not is_furniture(text[line.start : line.end])
                        )  # a (2) task in two paragraphs, the clause closing the second
                    )
                )
            else:
                wraps = (
                    not line.blank_before
                    and (not _closes(text, prev) or cut_by_width(text, prev, width))
                    and prev_block.kind == "text"
                    and not is_date_line(text[line.start : line.end])
                    and not is_date_line(text[prev.start : prev.end])
                )
            if wraps or (prev_block.kind == "item" and _is_deadline_line(text, line, is_deadline)):
                prev_block.last = i
                prev_block.end = line.end
                continue
        if blocks and blocks[-1].kind == "item":
            before_last = blocks[-1].number
        blocks.append(
            Block(
                i,
                i,
                line.start,
                line.end,
                line.kind,
                line.family,
                line.marker,
                line.number,
                line.body_start,
                line.blank_before,
            )
        )
    return blocks


def _task_sibling(blocks: list[Block], item_closed: Callable[[int, int], bool]) -> bool:
    """Whether the subsection before the last block, in its marker family, closes with a
    clause: (1) and (2) are tasks, not headings with paragraphs under them."""
    last = blocks[-1]
    for b in reversed(blocks[:-1]):
        if b.kind == "subsection" and b.family == last.family:
            return item_closed(b.body_start, b.end)
        if b.kind == "section":
            return False
    return False


_HEADING_WRAP_MIN = 20  # a heading line shorter than this was not cut by a line width
def _wrapped_heading(text: str, heading: Block, line: Line) -> bool:
    """A heading cut by a fixed line width (PDF, e-mail): its last words on the next line.

    Only when nothing separates them, the heading line does not close a sentence, is long
    enough to have been cut, and the next line is not longer than it (a paragraph under a
    short heading such as 一、总体要求 is not its continuation).
    """
    if line.blank_before or heading.first != heading.last:
        return False
    head = text[heading.start : heading.end]
    rest = text[line.start : line.end]
    return head[-1] not in CLOSERS and len(head) >= _HEADING_WRAP_MIN and len(rest) <= len(head)


_INTRODUCES = (":", "：", ";", "；")
_LIST_GOES_ON = "、，,"  # a field line ending so goes on with its list on the next line
_HEADING_MAX = 30  # an item line this short, without closing punctuation, may be a heading


def _continues_item(
    text: str,
    lines: list[Line],
    i: int,
    item: Block,
    points: dict[int, tuple[str | None, int]],
    item_closed: Callable[[int, int], bool] | None,
    before: int | None = None,
) -> bool:
    """Rule 1, for items: labelled fields, numbered points and second paragraphs.

    - A line that opens with a field label (牵头单位：, Lead:) belongs to the item above it,
      even after a blank line and even when the item already reads as closed.
    - Numbered points inside an item — （1）/1） at line start after a line ending in a colon or
      semicolon, in a marker family other than the item's, counting 1, 2, 3 … — are not
      subsections or items while the item has no clause yet.
    - A second paragraph after a blank line belongs to an item that has no clause yet, when
      the paragraph closes with one and the item line does not read like a heading.
    - A line in the item's own marker style, with no blank line before it, is a wrapped line
      ("… in Article / 6. of the law") unless its number goes on: the item's number + 1, a
      restart at 1, or — when the item is out of sequence (a heading written like an item,
      "2." amid items 1-7) — the number after the item ``before`` it.
    """
    line = lines[i]
    if line.kind == "text" and starts_with_label(text, line.start, line.end):
        return not is_furniture(text[line.start : line.end])  # 主办单位：X　网站标识码：…
    closed = (
        item_closed(item.body_start, item.end)
        if item_closed is not None
        else ends_with_group(text, item.body_start, item.end)
    )
    if closed or item_closed is None:
        return False
    next_numbers = {item.number + 1, 1} if item.number is not None else set()
    if before is not None and item.number != before + 1:
        next_numbers.add(before + 1)  # "2. Heading" amid items 1-7: "4." goes on with the items
    if (
        line.kind == "item"
        and _style(line) == _style(lines[item.first])
        and not line.blank_before
        and item.number is not None
        and line.number not in next_numbers
    ):
        return True  # "… in Article\n6. of the law": a wrap that opens with a number
    if line.kind in ("subsection", "item") and _style(line) != _style(lines[item.first]):
        style, last = points.get(item.first, (None, 0))
        prev_line = text[lines[i - 1].start : lines[i - 1].end]
        starts = line.number == 1 and prev_line.endswith(_INTRODUCES)
        goes_on = style == _style(line) and line.number == last + 1
        if starts or goes_on:
            points[item.first] = (_style(line), line.number or 0)
            return True
        return False
    if line.kind == "text" and line.blank_before:
        head = text[lines[item.first].start : lines[item.first].end]
        if len(head) <= _HEADING_MAX and head[-1] not in CLOSERS:
            return False
        k = i
        while k + 1 < len(lines) and lines[k + 1].kind == "text" and not lines[k + 1].blank_before:
            k += 1
        if text[lines[k].end - 1] in _INTRODUCES:  # "…具体包括：" and the points that follow
            k = _points_end(text, lines, k, _style(lines[item.first]))
        return item_closed(line.start, lines[k].end)
    return False


def _points_then_clause(
    text: str, lines: list[Line], i: int, task: Block, item_closed: Callable[[int, int], bool]
) -> int | None:
    """Rule 1: a task whose clause comes after its numbered points, on a line of its own.

    ``（四）推进农业绿色发展…。`` / ``具体包括：`` / ``（1）…`` ``（2）…`` / ``（A牵头，B参加）``:
    the task line (or a short paragraph after it, taken in already when no blank line separates
    them) ends in a colon and introduces points 1, 2, 3 …
    in another marker style, none of which bears a clause; then a line that is only a
    bracketed clause closes the task.  The whole run is the task, whether its marker is an
    item's or a subsection's (a heading never has its clause after points).  Returns the last
    line of the run, or None.
    """
    first = lines[task.first]
    if item_closed(task.body_start, task.end):
        return None
    if task.first != task.last:  # the intro was taken in already: 具体包括： on the next line
        intro = lines[task.last]
        if not (
            text[intro.start : intro.end].endswith(_INTRODUCES)
            and text[first.start : first.end][-1] in CLOSERS
            and task.last == task.first + 1
        ):
            return None
    k = i - 1
    if task.first == task.last and not text[first.start : first.end].endswith(_INTRODUCES):
        intro = lines[i]
        if intro.kind != "text" or not text[intro.start : intro.end].endswith(_INTRODUCES):
            return None
        if text[first.start : first.end][-1] not in CLOSERS:
            return None  # a heading, not a task written as a sentence
        k = i
    end = _points_end(text, lines, k, _style(first))
    if end == k or end + 1 >= len(lines):
        return None
    for j in range(k + 1, end + 1):
        if item_closed(lines[j].start, lines[j].end):
            return None  # points that bear clauses are the tasks themselves
    close = lines[end + 1]
    body = text[close.start : close.end].rstrip("。.；; ")
    if close.kind != "text" or not _one_group(body):
        return None
    return end + 1 if item_closed(close.start, close.end) else None


def _one_group(s: str) -> bool:
    """Whether ``s`` is one bracketed group, opener to its own closer: （A牵头，B参加）."""
    if not s or s[0] not in OPENER.values() or s[-1] not in OPENER:
        return False
    depth = 0
    for n, ch in enumerate(s):
        if ch in OPENER.values():
            depth += 1
        elif ch in OPENER:
            depth -= 1
            if depth == 0 and n != len(s) - 1:
                return False
    return depth == 0


def _points_end(text: str, lines: list[Line], k: int, item_style: str) -> int:
    """The last line of the numbered points (1, 2, 3 …) that follow line ``k``.

    A plain line right under a point is that point wrapped, unless it is one bracketed group
    (the task's clause, written on its own line after the points)."""
    expected = 1
    style = None
    j = k + 1
    while j < len(lines):
        ln = lines[j]
        if ln.kind in ("subsection", "item") and _style(ln) != item_style and ln.number == expected:
            if style not in (None, _style(ln)):
                break
            style, expected, k = _style(ln), expected + 1, j
        elif (
            ln.kind == "text"
            and not ln.blank_before
            and style is not None
            and not _one_group(text[ln.start : ln.end].rstrip("。.；; "))
        ):
            k = j  # a point wrapped onto the next line
        else:
            break
        j += 1
    return k


def _style(line: Line) -> str:
    """A marker's family and closing mark: 1. and 1） are different styles of ITEM_NUM."""
    return f"{line.family}{(line.marker or '')[-1:]}"


__all__ = ["CLOSERS", "Block", "Role", "make_blocks"]
