"""Item runs: what lines an open item takes in besides its own (rule 1 of the context pass).

Kept apart from :mod:`divplan.parsing.blocks`, which groups lines into blocks, because these
are the item-specific decisions: labelled field lines, numbered or bulleted points inside an
item, a second paragraph that brings the clause, and a clause written on its own line after
the points.  Each is asked only while the item has no clause yet, so a closed item never
swallows the next task.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from divplan.parsing.cues import starts_with_label
from divplan.parsing.field_runs import field_run
from divplan.parsing.furniture import is_furniture
from divplan.parsing.hard_wraps import cut_by_width
from divplan.parsing.lines import Line
from divplan.parsing.parens import OPENER, ends_with_group, trailing_groups

if TYPE_CHECKING:
    from divplan.parsing.blocks import Block

CLOSERS = tuple(')。.;；:：!！?？”"」')
_INTRODUCES = (":", "：", ";", "；")
_HEADING_MAX = 30  # an item line this short, without closing punctuation, may be a heading
_HEADING_MAX_LATIN = 80  # the same in Latin script, whose words take more characters
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")


def heading_like(head: str) -> bool:
    """A line short enough for a heading, without closing punctuation (see _HEADING_MAX)."""
    limit = _HEADING_MAX if _CJK_CHAR.search(head) else _HEADING_MAX_LATIN
    return bool(head) and len(head) <= limit and head[-1] not in CLOSERS


_FULL_STOPS = frozenset("。.！!？?")


def _heading_between(text: str, lines: list[Line], i: int, number: int) -> bool:
    """Whether line ``i``, numbered out of the items' sequence, is a heading written like an
    item between them ("3. … is responsible. / 2. Improving Infrastructure / 4. Rebuild …"):
    after a sentence's end, one short line that closes none, the next item right under it."""
    line = lines[i]
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return (
        text[lines[i - 1].end - 1] in _FULL_STOPS
        and heading_like(text[line.body_start : line.end])
        and nxt is not None
        and nxt.kind == "item"
        and nxt.number == number + 1
    )


def continues_item(
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
    if field_run(text, lines, i, item) and not is_furniture(text[line.start : line.end]):
        return True  # ("Lead department: A / Shared with: B": a label no lexicon holds)
    if line.family == "ITEM_BULLET" and starts_with_label(text, line.body_start, line.end):
        return True  # "- Lead: NDRC" under a task: a field written as a bullet
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
        and marker_style(line) == marker_style(lines[item.first])
        and not line.blank_before
        and item.number is not None
        and line.number not in next_numbers
        and not _heading_between(text, lines, i, item.number)
    ):
        return True  # "… in Article\n6. of the law": a wrap that opens with a number
    if line.family == "ITEM_BULLET" and lines[item.first].family != "ITEM_BULLET":
        style, _ = points.get(item.first, (None, 0))
        prev_line = text[lines[i - 1].start : lines[i - 1].end]
        if (style == marker_style(line) or prev_line.endswith(_INTRODUCES)) and not _bullet_task(
            text, lines, i, item_closed
        ):  # "1. … as follows:" / "- a;" / "- b." / "(A)": bullets are points of the open item
            points[item.first] = (marker_style(line), 0)
            return True
        return False
    own = marker_style(lines[item.first])
    if line.kind in ("subsection", "item") and marker_style(line) != own:
        style, last = points.get(item.first, (None, 0))
        prev_line = text[lines[i - 1].start : lines[i - 1].end]
        starts = line.number == 1 and (
            prev_line.endswith(_INTRODUCES) or _closed_by_last_point(text, lines, i, item_closed)
        )
        goes_on = style == marker_style(line) and line.number == last + 1
        if starts or goes_on:
            points[item.first] = (marker_style(line), line.number or 0)
            return True
        return False
    if line.kind == "text" and line.blank_before:
        if item.first == item.last and heading_like(
            text[lines[item.first].start : lines[item.first].end]
        ):
            return False  # one short line without closing punctuation: a heading, not a task
        k = i
        while k + 1 < len(lines) and lines[k + 1].kind == "text" and not lines[k + 1].blank_before:
            k += 1
        if text[lines[k].end - 1] in _INTRODUCES:  # "…具体包括：" and the points that follow
            k = _points_end(text, lines, k, marker_style(lines[item.first]))
        return item_closed(line.start, lines[k].end)
    return False


def _closed_by_last_point(
    text: str, lines: list[Line], i: int, item_closed: Callable[[int, int], bool]
) -> bool:
    """Points (1)(2)(3) under an item without a clause, where only the last point closes with
    one: the item's own points, its clause closing them all (1.编制规划。/（1）…；/（2）…；/
    （3）…。（A牵头，B参加）).  (1) tasks each have a clause, so the first closing the run at
    point 1 makes them tasks."""
    style = marker_style(lines[i])
    expected, j, point = 1, i, lines[i].start
    while j < len(lines):
        ln = lines[j]
        if ln.kind in ("subsection", "item") and marker_style(ln) == style:
            if ln.number != expected:
                return False
            expected, point = expected + 1, ln.start
        elif ln.kind != "text" or ln.blank_before:
            return False
        if item_closed(point, ln.end):  # the point with its wrapped lines
            nxt = next((x for x in lines[j + 1 :] if x.kind != "text"), None)
            goes_on = nxt is not None and marker_style(nxt) == style and nxt.number == expected
            return expected > 2 and not goes_on  # a later point with its own clause: tasks
        j += 1
    return False


def _bullet_task(
    text: str, lines: list[Line], i: int, item_closed: Callable[[int, int], bool]
) -> bool:
    """Whether the bullet at line ``i`` is a task of its own: its clause closes it, or a field
    line (Lead: …, 牵头单位：…) follows it before the next bullet."""
    if item_closed(lines[i].start, lines[i].end):
        return True
    j = i + 1
    while j < len(lines) and lines[j].kind == "text":
        if starts_with_label(text, lines[j].start, lines[j].end):
            return True
        if lines[j].blank_before:
            break
        j += 1
    return False


def points_then_clause(
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
    end = _points_end(text, lines, k, marker_style(first))
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
        point = ln.kind in ("subsection", "item") and marker_style(ln) != item_style
        if point and ln.number == expected:
            if style not in (None, marker_style(ln)):
                break
            style, expected, k = marker_style(ln), expected + 1, j
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


def marker_style(line: Line) -> str:
    """A marker's family and closing mark: 1. and 1） are different styles of ITEM_NUM; a
    circled number (①②) has no closing mark, its family is its style."""
    if line.family == "ITEM_CIRCLED":
        return line.family
    return f"{line.family}{(line.marker or '')[-1:]}"


_SECOND = re.compile(r"[;；,，]\s*(?:and\s+)?second(?:ly)?\s*[,，]", re.IGNORECASE)


def points_of_paragraph(text: str, line: Line, block: Block) -> bool:
    """一是…；二是… written in one line under an unmarked paragraph that ends in a colon: the
    paragraph's points, not a task of their own (an unnumbered plan's task in two paragraphs)."""
    if block.kind != "text" or text[block.end - 1] not in ":：":
        return False
    if line.family == "ITEM_ZH_SHI":
        return "二是" in text[line.start : line.end]
    # "First, …; second, …; third, …": the English of the same points
    second = _SECOND.search(text, line.body_start, line.end)
    return line.family == "SEC_ORDINAL" and second is not None




def heading_over_paragraph(
    text: str,
    lines: list[Line],
    i: int,
    block: Block,
    width: int | None,
    item_closed: Callable[[int, int], bool] | None,
) -> bool:
    """A one-line item that reads like a heading ("1. Improve the policy environment"), followed
    by a line opening a sentence, ended where it was meant to: it heads paragraphs of tasks,
    not a task whose words go on.  In a hard-wrapped text it must end short of the width; where
    lines are paragraphs (a web page, a Word file), at least two paragraphs under it must close
    with their own clauses — one alone may be the item's body under its title."""
    prev = lines[i - 1]
    if block.first != i - 1 or cut_by_width(text, prev, width):
        return False
    head = text[prev.start : prev.end]
    if len(text[prev.body_start : prev.end].strip()) < 2:
        return False  # (1.支⏎持…: one character names nothing, a word cut by the line end)
    opening = text[lines[i].start : lines[i].start + 1]
    if not (heading_like(head) and (opening.isupper() or "\u4e00" <= opening <= "\u9fff")):
        return False
    if _goes_on_task(text, lines, i - 1):  # (a walk back: after the cheap tests)
        return False
    if width is not None:
        return True
    # lines are paragraphs (a web page, a Word file): a heading when the paragraphs under it
    # are tasks, each closing with its own clause — one alone may be the item's own body
    if item_closed is None:
        return False
    below = []  # the lines up to the next marked one ("First, …; second, …" are points)
    for ln in lines[i : i + 40]:
        if ln.kind != "text" and ln.family not in _POINT_FAMILIES:
            break
        if is_furniture(text[ln.start : ln.end]):
            break  # (【打印本页】 / 主办：…: the page's footer, no field of a task)
        below.append(ln)
    if sum(_task_paragraph(text, ln, item_closed) for ln in below) >= 2:
        return True
    # (or sentences, each with its field lines under it: "Abolish the fee. / Keystone agency: A
    # / Publish the amounts. / Keystone agency: B")
    fields = [k for k, ln in enumerate(below) if starts_with_label(text, ln.start, ln.end)]
    return len(fields) >= 2 and _sentence_line(text, below[0]) and fields[0] > 0


def _goes_on_task(text: str, lines: list[Line], at: int) -> bool:
    """Whether the item line ``at`` numbers on from an item of its family that reads as a task,
    not a heading (5.支持…。（A负责） / 6. 支持…服务中⏎心…), or numbers from 1 again under the
    next section's heading after one (IV. … / 1.支⏎持…): a task among tasks, its words cut by
    a line end, not a heading over a paragraph."""
    line = lines[at]
    restarted = False  # (a section's heading between: its items number from 1 again)
    for k in range(at - 1, -1, -1):
        if lines[k].family == line.family and lines[k].kind == "item":
            first = text[lines[k].start : lines[k].end]
            follows = lines[k].number == (line.number or 0) - 1 or (restarted and line.number == 1)
            return follows and not heading_like(first)
        restarted = restarted or lines[k].kind == "section"
    return False


_POINT_FAMILIES = frozenset({"SEC_ORDINAL", "ITEM_ZH_SHI"})  # First, / 一是: a paragraph's points


_TASK_TEXT = 12  # a task paragraph says something before its clause: not 以上。（2009年底前）


def _sentence_line(text: str, line: Line) -> bool:
    return text[line.start : line.end].rstrip().endswith((".", "。", "；", ";"))


def _task_paragraph(text: str, line: Line, item_closed: Callable[[int, int], bool]) -> bool:
    """A line that is a whole task: some text, then the clause that closes it (not a field
    line, not the end of a sentence cut off the line above)."""
    if starts_with_label(text, line.start, line.end) or not item_closed(line.start, line.end):
        return False
    groups = trailing_groups(text, line.start, line.end)
    return (groups[0][0] if groups else line.end) - line.start >= _TASK_TEXT




__all__ = [
    "CLOSERS",
    "continues_item",
    "heading_over_paragraph",
    "marker_style",
    "points_of_paragraph",
    "points_then_clause",
]
