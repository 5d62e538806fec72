"""Plan extent: the sections before the first clause-bearing task that belong to the plan.

Why a module of its own: rule 4 of :mod:`divplan.parsing.context` starts the plan at the
first task that bears a clause and walks back from it; a plan's first sections may bear none
its reader could read (一、总体要求 over paragraphs; a first section whose phrasings the lexicon
does not know), yet they are the plan's, as their numbering says.
"""

from __future__ import annotations

from collections.abc import Callable

from divplan.parsing.blocks import Block
from divplan.parsing.cues import deadline_label_end, starts_with_label
from divplan.parsing.furniture import is_furniture


def section_before(blocks: list[Block], j: int, start: int) -> bool:
    """Whether the items ending at block ``j`` stand under the section before the section at
    ``start`` (I. / 1.–4. / II. / 1. …: items restarting in each section, the first section's
    clauses unread), not under a memo's numbered headings."""
    head = blocks[start]
    while j >= 0 and blocks[j].kind == "item":
        j -= 1
    return (
        j >= 0
        and blocks[j].kind == "section"
        and blocks[j].family == head.family
        and head.number is not None
        and blocks[j].number == head.number - 1
    )


_SECTION_WINDOW = 40  # blocks: how far a section without tasks may lie from its neighbour


def earlier_sections(blocks: list[Block], start: int) -> int:
    """Pull in sections before the first task ("一、总体要求" before "二、重点任务").

    When the plan starts at section n > 1, an earlier heading of the same marker family
    numbered n - 1 (with only plain paragraphs between) starts the plan instead.
    """
    while blocks[start].kind == "section" and (blocks[start].number or 0) > 1:
        want, family = (blocks[start].number or 0) - 1, blocks[start].family
        found = None
        for k in range(start - 1, max(-1, start - _SECTION_WINDOW), -1):
            b = blocks[k]
            if b.kind == "section" and b.family == family and b.number == want:
                found = k
                break
            if b.kind != "text":
                break
        if found is None:
            break
        start = found
    return start



def tasks_under_last_line(
    text: str,
    blocks: list[Block],
    bearing: list[int],
    end: int,
    group_line: Callable[[Block], bool],
    stops: Callable[[Block], bool],
) -> int:
    """The plan's end, reaching over the tasks under its last group's line: in a plan of
    unnumbered tasks written under the line that says who does their group (一、… /
    （责任分工：A牵头） / 　　task / 　　task), the last clause-bearing block is that line, and the
    paragraphs right under it, up to a blank line (or, where blank lines part every paragraph,
    to a stop), are its tasks (not trailing text).  Only when
    the plan's first clause is such a line right under a heading, as the layout writes it
    (:func:`divplan.inherited.lines_over_paragraphs` reads the groups)."""
    first = bearing[0]
    if not (
        end == bearing[-1]
        and first > 0
        and blocks[first - 1].kind in ("section", "subsection")
        and group_line(blocks[first])
        and group_line(blocks[end])
    ):
        return end
    spaced = any(b.kind == "text" and b.blank_before for b in blocks[first + 1 : end])  # (a
    k = end + 1  # plan whose paragraphs all stand apart: its last group's too, to a stop)
    while k < len(blocks) and blocks[k].kind == "text" and (spaced or not blocks[k].blank_before):
        if blocks[k].has_clause or stops(blocks[k]):
            break
        k += 1
    return k - 1


def tasks_over_first_line(
    text: str,
    blocks: list[Block],
    first: int,
    group_line: Callable[[Block], bool],
    title_like: Callable[[Block], bool],
) -> int:
    """The plan's start, reaching back over the tasks above its first group's line: in a plan
    with no headings whose unnumbered tasks stand over the line that says who does their group
    (岐洛市…分工方案 / 　　task。 / 　　task。 / 牵头单位：A  配合单位：B), the first clause-bearing
    block is that line, and the paragraphs right above it, back to the plan's title or to the
    heading over them, are its tasks (not the notice).  Only when a title or a heading bounds
    them: a paragraph of the notice above the first line (现将…印发给你们。) is no task."""
    if blocks[first].kind != "text" or not group_line(blocks[first]):
        return first
    j = first - 1
    while j >= 0 and blocks[j].kind == "text" and not blocks[j].has_clause and (
        text[blocks[j].start : blocks[j].end].rstrip().endswith(_TASK_ENDS)
    ):
        j -= 1
    if not 0 <= j < first - 1:
        return first
    if blocks[j].kind != "text" and not blocks[j].has_clause:
        return j  # (1. Reducing the Burden on Farmers / Abolish …。 / Lead unit: A: its heading)
    return j + 1 if title_like(blocks[j]) else first


_TASK_ENDS = ("。", ".", "；", ";")


def unmarked_tasks(
    text: str,
    blocks: list[Block],
    has_sentence_clause: Callable[[Block], bool] | None,
    opens_with_clause: Callable[[Block], bool] | None,
    least: int = 3,
) -> list[int]:
    """Rule 2 for a plan of unnumbered tasks whose clauses are sentences or opening words
    (一、… / 　　A牵头，B配合，2020年底前：task。 / 　　task。由A负责。): the plain paragraphs
    under its section headings that hold one, when at least three do and they are at least half
    of those paragraphs (a notice's paragraphs stand before the first heading)."""
    first = next((k for k, b in enumerate(blocks) if b.kind == "section"), None)
    if first is None:  # (headings numbered like items over the paragraphs: "## 1. Optimize
        first = next((k for k, b in enumerate(blocks) if _numbered_title(text, b)), None)
    if first is None:  # the environment" / task. A takes the lead.)
        return []
    plain = [
        k
        for k in range(first + 1, len(blocks))
        if blocks[k].kind == "text"
        and not is_furniture(text[blocks[k].start : blocks[k].end])
        and not starts_with_label(text, blocks[k].start, blocks[k].end)  # (完成时限：… a field)
        and not (  # ("A shall be responsible for the following:" over 1. … 2. …: a lead-in)
            text[blocks[k].end - 1] in ":："
            and k + 1 < len(blocks)
            and blocks[k + 1].kind in ("item", "subsection")
        )
    ]
    needed = max(3, least, (len(plain) + 1) // 2)  # (``least``: what the caller needs)
    found: list[int] = []
    for n, k in enumerate(plain):
        if len(found) + len(plain) - n < needed:
            return []  # (too few left to make it: each look reads a clause)
        if (
            blocks[k].inherits  # (the tasks under a group's line: 此组任务：A牵头 / task)
            or (has_sentence_clause is not None and has_sentence_clause(blocks[k]))
            or (opens_with_clause is not None and opens_with_clause(blocks[k]))
        ):
            found.append(k)
    return found + _alike_tasks(text, blocks, plain, found) if len(found) >= needed else found


def _numbered_title(text: str, b: Block) -> bool:
    """An item-marked block that reads as a heading: one short line, no clause, closing no
    sentence ("1. Optimize the development environment")."""
    body = text[b.body_start : b.end].rstrip()
    return (
        b.kind in ("item", "subsection") and not b.has_clause and b.first == b.last
        and 0 < len(body) <= _TITLE_CHARS and body[-1] not in (*_TASK_ENDS, ":", "：")
    )  # fmt: skip


_TITLE_CHARS = 80
_ALIKE = 2  # found tasks that a deadline line follows before the others are read alike


def _last_line_dated(text: str, b: Block) -> bool:
    """Whether ``b``'s last line, under lines of its own, is a deadline's field."""
    line = text.rfind("\n", b.start, b.end) + 1
    return line > b.start and deadline_label_end(text, line, b.end) > line


def _dated(text: str, blocks: list[Block], k: int) -> bool:
    """Whether block ``k``'s last line, or the block after it, is a deadline's field."""
    if _last_line_dated(text, blocks[k]):
        return True
    nxt = blocks[k + 1] if k + 1 < len(blocks) else None
    return nxt is not None and nxt.kind == "text" and (
        deadline_label_end(text, nxt.start, nxt.end) > nxt.start
    )


def dated_tasks(text: str, blocks: list[Block], bearing: list[int]) -> list[int]:
    """Plain paragraphs each with a deadline's field line of its own (task。 / Time limit: …),
    right above a block that holds a task, its deadline's line and then the field line of who
    does it: a group of tasks whose one responsibility line closes the last
    (:func:`divplan.inherited.group_line` gives them its roles, said as a guess), not text
    lost in silence.  They are marked as bearing, and returned."""
    found: list[int] = []
    for j in bearing:
        b = blocks[j]
        if b.kind != "text" or not _fields_after_deadline(text, b):
            continue
        k = j - 1
        while k >= 0 and blocks[k].kind == "text" and not blocks[k].has_clause and (
            _task_then_deadline(text, blocks[k])
        ):
            blocks[k].has_clause = True
            found.append(k)
            k -= 1
    return found


def _task_then_deadline(text: str, b: Block) -> bool:
    """A task's lines, then one line that is a deadline's field."""
    return _last_line_dated(text, b) and not starts_with_label(text, b.start, b.end)


def _fields_after_deadline(text: str, b: Block) -> bool:
    """A task's lines, a deadline's field line, then the field line(s) of who does it."""
    starts = [b.start] + [k + 1 for k in range(b.start, b.end) if text[k] == "\n"]
    dated = [s for s in starts[1:] if deadline_label_end(text, s, b.end) > s]
    if not dated or dated[0] == starts[-1] or starts_with_label(text, b.start, b.end):
        return False
    after = starts[starts.index(dated[0]) + 1]  # (the field line may wrap: "… Association
    return (  # blame⏎unit: …", so the line right after the deadline's is the one asked)
        starts_with_label(text, after, b.end) and deadline_label_end(text, after, b.end) == after
    )


def _alike_tasks(text: str, blocks: list[Block], plain: list[int], found: list[int]) -> list[int]:
    """The plain paragraphs that a deadline field line follows (task。由A牵头。/ 完成时限：…)
    in a plan whose tasks found by their sentences are followed by one too: tasks in the same
    layout whose clause the reader could not read (由B一家独办。, its phrasing unknown), made
    items so that the reading says so (DP201, DP208) instead of losing them in silence."""

    if sum(_dated(text, blocks, k) for k in found) < max(_ALIKE, len(found) // 2 + 1):
        return []
    taken = set(found)
    return sorted(k for k in plain if k not in taken and k > found[0] and _dated(text, blocks, k))


def signed_notice_end(
    text: str, blocks: list[Block], bearing: list[int], is_date_line: Callable[[str], bool]
) -> int | None:
    """The date line (no field line holding a date) that signs a notice among the clause-bearing
    blocks, most of them after it: the notice's own numbered requirements read as sentence
    clauses before its issuer and date are the notice's, not tasks."""
    for k in range(bearing[0] + 1, bearing[-1]):
        b = blocks[k]
        if b.kind != "text" or b.has_clause or not is_date_line(text[b.start : b.end]):
            continue
        after = sum(1 for i in bearing if i > k)
        return k if after >= 2 and after * 2 > len(bearing) else None
    return None


def signature(text: str, blocks: list[Block], k: int, is_date_line: Callable[[str], bool]) -> bool:
    """Block k is a date line, or a short issuer line right before one."""
    if is_date_line(text[blocks[k].start : blocks[k].end]):
        return True
    nxt = k + 1
    return (
        nxt < len(blocks)
        and blocks[k].end - blocks[k].start <= 30
        and is_date_line(text[blocks[nxt].start : blocks[nxt].end])
    )


__all__ = [
    "dated_tasks",
    "earlier_sections",
    "section_before",
    "signature",
    "signed_notice_end",
    "tasks_over_first_line",
    "tasks_under_last_line",
    "unmarked_tasks",
]
