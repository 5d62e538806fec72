"""Context: the one pass that makes the decisions a grammar cannot make.

``lines.lark`` says what marker a line opens with; this pass decides what each line *is*,
looking at its neighbours.  Every decision lives here, and each is a rule for the genre,
not for a document:

1. **Blocks.**  A plain line continues the item before it (a hard line-wrap) unless a blank
   line separates them or the item already closes with a responsibility clause or a deadline
   (a bracket inside the task text, such as （含个体工商户）, does not close it); it continues a
   plain paragraph when no blank line separates them and the paragraph's last line does not
   close a sentence.  A line holding only a deadline in brackets always continues the item
   before it.  Headings never continue.
2. **Clauses.**  A block "bears a clause" when its closing brackets read as a responsibility
   clause (``divplan.parsing.clauses``) — never a plain block of web-page furniture, whose
   footer (主办单位：X  网站标识码：…) reads like a field.  In a text where no block does, the
   marked blocks whose last sentence reads as one (…。由A牵头，B配合。, every name known or
   organisation-shaped) bear it, when at least two do: plans written with sentence clauses
   only.  A field line right under a heading and over clause-less tasks (一、… / 责任单位：A /
   1．… 2．…) is no task: the tasks under it bear its clause
   (:func:`divplan.parsing.group_lines.lines_over_groups`); so is a sentence after a group
   that opens with words scoping it over the tasks above (以上工作由A牵头…, ``group_scope``).
3. **Item style.**  A plan is *numbered* when clause-bearing blocks mostly open with an item
   marker; otherwise its items are unnumbered paragraphs, one per clause-bearing block.
4. **The plan's extent.**  It starts at the structural block (section, subsection or item)
   reached by walking back from the first clause-bearing block (or, where that is a group's
   line under its tasks, back over them to a title or heading), and ends with the last
   clause-bearing block, extended by items that continue its numbering.  The line just before
   the start is the plan's title when it reads like one (short, no closing punctuation).
   Before that lies the notice (from its title line on) and, before the notice, leading
   junk; after the end, an issuer/date trailer when one follows, then trailing junk.  A line
   of web-page furniture (【打印本页】, 相关链接：, 版权所有：…; ``lexicon/page_furniture.tsv``)
   after the first task ends the plan before it, whatever follows.
5. **A heading written like an item** (``6.`` in a plan whose items run 1–75): an item-marked
   block without a clause is a section heading when its number is the next section number
   and it cannot be the next item (wrong number, or the next item restarts at 1, or a
   subsection follows).  Subsection markers ((1), （一）) are the task level of a plan when
   they, rather than item markers, carry the clauses; otherwise a subsection-marked block
   that bears a clause and has no items under it is an item.  Section styles mix at one
   level, except that parts (第一部分, Part I) over headings numbered from 1 make those
   headings subsections.  When subsection markers are the tasks, an item-marked line
   without a clause right above them heads them: a subsection (一、 / 1． / (1)).  Rule 5
   lives in :mod:`divplan.parsing.block_levels`; before every rule, headings numbered 1、
   over tasks numbered 1. that restart under each are sections
   (:mod:`divplan.parsing.arabic_headings`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from divplan.parsing import plan_extent as extent
from divplan.parsing.arabic_headings import make_sections
from divplan.parsing.block_levels import plan_roles, unmarked_heading
from divplan.parsing.blocks import CLOSERS, Block
from divplan.parsing.clause_text import simplify
from divplan.parsing.furniture import is_furniture_at
from divplan.parsing.group_lines import (
    group_sentences_bear,
    lead_ins_bear,
    lines_over_groups,
    opens_with_label,
)
from divplan.parsing.group_scope import opens_forward_group
from divplan.parsing.second_paragraphs import join_clause_paragraphs

_NOTICE_TITLE = re.compile(
    r"^(?:(?:notice|circular|opinions?|decision|reply)\b.{0,300}\b(?:on|of|about|regarding)\b"
    r"|.{0,60}关于.{2,200}(?:通知|意见|方案|决定|批复|函))",
    re.IGNORECASE,
)
_TRAILER_HINT = re.compile(r"^\(?此件.{0,8}\)?$|^\(?this\s+document.{0,40}\)?$", re.IGNORECASE)


def _title_like(text: str, block: Block, is_date_line: Callable[[str], bool]) -> bool:
    """A plan title: one line of plain text, short, not closing a sentence, not a date."""
    s = text[block.start : block.end]
    return (
        block.kind == "text" and block.first == block.last and len(s) <= 200
        and s[-1] not in (*CLOSERS[1:], ":") and not is_date_line(s)
    )  # fmt: skip


def assign_roles(
    text: str,
    blocks: list[Block],
    has_clause: Callable[[Block], bool],
    is_date_line: Callable[[str], bool],
    has_sentence_clause: Callable[[Block], bool] | None = None,
    opens_with_clause: Callable[[Block], bool] | None = None,
    wholly_a_clause: Callable[[Block], bool] | None = None,
) -> None:
    """Rules 2–5: give every block its role (in place)."""
    if not blocks:
        return
    make_sections(text, blocks, has_clause)  # 1、heading / 1. task: sections in a style of
    # their own (arabic_headings)
    furniture = {
        k for k, b in enumerate(blocks) if b.kind == "text" and _is_furniture_block(text, b)
    }  # rule 4: web-page furniture, found once
    for k, b in enumerate(blocks):
        b.has_clause = b.kind != "section" and k not in furniture and has_clause(b)
        # 主办单位：X  网站标识码：… reads like a field, but is the page's footer
    furniture = join_clause_paragraphs(text, blocks, wholly_a_clause, furniture)  # 2. Task. /
    # A takes the lead, B cooperate.: the task's second paragraph (second_paragraphs)
    lead_ins_bear(text, blocks, opens_with_clause)  # "Convened by A, with B:" / 1. … 2. …
    lines_over_groups(text, blocks, wholly_a_clause)  # 一、… / 责任单位：A / 1．…: its tasks
    group_sentences_bear(text, blocks, wholly_a_clause)  # 1．… / 以上工作由A牵头…: its tasks
    bearing = [i for i, b in enumerate(blocks) if b.has_clause]
    tail = _page_tail(blocks, furniture)
    if tail is not None:  # 分享到：【打印本页】 after the tasks: 主办：X 承办：Y under it is the
        bearing = [i for i in bearing if i < tail]  # page's footer, though it reads as fields
    marked_bear = any(  # (marked tasks that bear only their group's sentence: rule 2 may
        blocks[i].kind in ("item", "subsection") and not blocks[i].inherits for i in bearing
    )  # still find the others' clauses in their opening words or last sentences)
    if not marked_bear and (has_sentence_clause or opens_with_clause) is not None:
        # rule 2, a plan whose every clause is a sentence (…。由A牵头，B配合。) or its opening
        # words (A牵头，B配合，2019年底前：…): its marked blocks that hold one bear it, when at
        # least two do, and more than the paragraphs that bear a bracket or a field (a
        # notice's sentence "… names the units responsible: where a unit leads …" reads as
        # a field, the tasks under it as sentences)
        marked = [  # (and a heading-marked block of several lines or sentences: A. Task … / …
            i  # is responsible.; "First, Task. A takes the lead, B cooperates.")
            for i, b in enumerate(blocks)
            if b.kind in ("item", "subsection")
            or (b.kind == "section" and (b.last > b.first or _sentences(text, b)))
        ]
        reads = [r for r in (has_sentence_clause, opens_with_clause) if r is not None]
        sentences = [i for i in marked if any(r(blocks[i]) for r in reads)]
        groups = {i for i in bearing if blocks[i].inherits or blocks[i].closes_group}
        least = max(1 if groups else 2, len(bearing) - len(groups) + 1)  # (a group's tasks
        # and its sentence: the plan's, not a notice's; beside them one task's will do)
        if len(sentences) < least:
            sentences = extent.unmarked_tasks(
                text, blocks, has_sentence_clause, opens_with_clause, least
            )
        if len(sentences) >= least:
            for i in sentences:
                blocks[i].has_clause = True
            bearing = sorted(set(sentences) | groups)
    if not bearing:
        _no_plan(text, blocks, opens_with_clause)
        return
    stop = next((k for k in sorted(furniture) if k > bearing[0]), None)
    if stop is not None:
        bearing = [i for i in bearing if i < stop]
    signed = extent.signed_notice_end(text, blocks, bearing, is_date_line)
    if signed is not None:  # 1.–3. the notice's requirements, its issuer and date, then the plan
        bearing = [i for i in bearing if i > signed]
    numbered = sum(blocks[i].kind in ("item", "subsection") for i in bearing) * 2 >= len(bearing)
    if not numbered and (dated := extent.dated_tasks(text, blocks, bearing)):  # (a group's
        bearing = sorted({*bearing, *dated})  # tasks, each with its deadline, one line last)

    first, last = bearing[0], bearing[-1]
    if numbered:
        # a numbered plan starts at a marked task: a bracketed note before it that happens to
        # read as a clause ("[Unofficial translation. Department names follow …]") does not
        first = next((i for i in bearing if blocks[i].kind != "text"), first)
        last = _before_trailing_list(blocks, first, last, opens_with_clause)
    start = first
    j = first - 1
    bulleted = blocks[first].family == "ITEM_BULLET" or _bullets_under_a_section(blocks, j)
    while j >= 0 and (
        (
            blocks[j].kind != "text"
            and (bulleted or blocks[j].family != "ITEM_BULLET")
            and not (  # numbered headings of the text around the plan (a memo's "2. The
                blocks[j].kind == "item"  # tasks") above a section whose items start at 1
                and not blocks[j].has_clause
                and blocks[start].kind == "section"
                and start + 1 < len(blocks)
                and blocks[start + 1].kind == "item"
                and blocks[start + 1].number == 1
                and not extent.section_before(blocks, j, start)
            )
        )
        or (j > 0 and blocks[j - 1].kind == "section" and unmarked_heading(text, blocks, j))
        or _intro_under_section(text, blocks, j, is_date_line)
    ):  # a bulleted list before numbered tasks (a page's "Key takeaways") is not the plan,
        # unless a section heading stands over it (一、重点任务 / ● … / 1. …)
        start = j  # an unmarked heading under a section, over the first task, is the plan's
        j -= 1
    end = last
    if numbered:
        expected = (blocks[last].number or 0) + 1
        k = last + 1
        task_kind = blocks[last].kind  # （十三） after （十二）: tasks may be subsection-marked
        while k < len(blocks) and blocks[k].kind == task_kind and blocks[k].number == expected:
            end = k
            expected += 1
            k += 1
    start = extent.earlier_sections(blocks, start)
    end = _later_sections(text, blocks, end, is_date_line)
    if not numbered:  # (the first group's tasks over its line, the last's under it)
        def group_line(b: Block) -> bool:
            return b.kind == "text" and b.has_clause and (opens_with_label(text, b) or (
                wholly_a_clause is not None and wholly_a_clause(b)))
        titled = partial(_title_like, text, is_date_line=is_date_line)  # (a title or heading
        if start == first:  # over them)
            start = extent.tasks_over_first_line(text, blocks, first, group_line, titled)
        end = extent.tasks_under_last_line(
            text, blocks, bearing, end, group_line,
            lambda b: is_date_line(text[b.start : b.end]) or _is_furniture_block(text, b),
        )  # fmt: skip
    if stop is not None:
        end = min(end, stop - 1)

    # before the plan: title, notice, leading junk
    title_idx = (
        start - 1 if start > 0 and _title_like(text, blocks[start - 1], is_date_line) else None
    )
    notice_end = title_idx if title_idx is not None else start
    notice_start = 0
    for k in range(notice_end):
        s = text[blocks[k].start : blocks[k].end]
        if _NOTICE_TITLE.match(simplify(s[:400])):
            notice_start = k
            break
    for k in range(notice_end):
        blocks[k].role = "leading" if k < notice_start else "notice"
    if title_idx is not None:
        blocks[title_idx].role = "title"

    # the plan
    plan_roles(
        text, blocks, start, end, numbered, opens_with_clause, has_sentence_clause, wholly_a_clause
    )

    # after the plan: trailer (issuer, date, publication note), then trailing junk
    trailer_end = end
    for k in (end + 1, end + 2):
        if (
            k < len(blocks)
            and blocks[k].kind == "text"
            and extent.signature(text, blocks, end + 1, is_date_line)
            and is_date_line(text[blocks[k].start : blocks[k].end])
        ):
            trailer_end = k
            break
    if trailer_end > end:
        nxt = trailer_end + 1
        if nxt < len(blocks) and _TRAILER_HINT.match(text[blocks[nxt].start : blocks[nxt].end]):
            trailer_end = nxt
    for k in range(end + 1, len(blocks)):
        blocks[k].role = "trailer" if k <= trailer_end else "trailing"


_INTRO_BLOCKS = 3  # a section's opening paragraphs before its first task: this many at most


def _intro_under_section(
    text: str, blocks: list[Block], j: int, is_date_line: Callable[[str], bool]
) -> bool:
    """Whether block ``j`` is an opening paragraph of a section, between its heading and its
    first task (一、总体要求 / 坚持扩大内需…。 / 1. …), or a group's line right under any
    heading ("(i) … / Tasks in this group are led by A. / 1. …"): the plan starts there."""
    if j > 0 and blocks[j - 1].kind in ("section", "subsection") and blocks[j].kind == "text" and (
        opens_forward_group(text, blocks[j].start, blocks[j].end)
    ):
        return True
    for i in range(j - 1, max(-1, j - 1 - _INTRO_BLOCKS), -1):
        b = blocks[i]
        if b.kind == "section":
            return all(
                blocks[k].kind == "text"
                and not _is_furniture_block(text, blocks[k])
                and not is_date_line(text[blocks[k].start : blocks[k].end])
                for k in range(i + 1, j + 1)
            )
        if b.kind != "text":
            return False
    return False


def _page_tail(blocks: list[Block], furniture: set[int]) -> int | None:
    """The first furniture block after two tasks (marked, or paragraphs under a heading)."""
    items, headed = 0, False
    for k, b in enumerate(blocks):
        if k in furniture and items >= 2:
            return k
        items += b.kind == "item" or (headed and b.kind == "text" and k not in furniture)
        headed = headed or b.kind == "section"
    return None


def _bullets_under_a_section(blocks: list[Block], j: int) -> bool:
    """Whether the bullets right before the first task (from block ``j`` back) stand under a
    section heading: then they are the plan's (its first tasks, read without clauses)."""
    while j >= 0 and blocks[j].family == "ITEM_BULLET":
        j -= 1
    return j < len(blocks) - 1 and j >= 0 and blocks[j].kind == "section" and (
        blocks[j + 1].family == "ITEM_BULLET"
    )


def _is_furniture_block(text: str, b: Block) -> bool:
    """Whether a line of ``b`` is web-page furniture (``lexicon/page_furniture.tsv``)."""
    at = b.start
    for ln in text[b.start : b.end].split("\n"):
        if is_furniture_at(text, at, at + len(ln)):
            return True
        at += len(ln) + 1
    return False


def _before_trailing_list(
    blocks: list[Block], first: int, last: int, opens: Callable[[Block], bool] | None = None
) -> int:
    """Rule 4, the end: a numbered list after the plan (related news, 相关链接) is not the plan.

    Such a list restarts at 1 with no heading of the plan before it, and most of its lines
    bear no clause (a stray "(Xinhua)" may; a task whose opening words are its clause,
    ``opens``, bears one).  The plan then ends with the last clause-bearing block before it.
    """
    restart = None
    prev_number = 0
    for k in range(first, last + 1):
        b = blocks[k]
        if b.kind in ("section", "subsection"):
            prev_number = 0
        elif b.kind == "item":
            if b.number == 1 and prev_number >= 2:
                restart = k
            prev_number = b.number or 0
    if restart is None:
        return last
    run: list[Block] = []
    for b in blocks[restart:]:  # the whole list, also past the last clause-bearing line
        if b.kind == "item" and b.number == len(run) + 1:
            run.append(b)
        elif b.kind != "text":
            break
    if sum(b.has_clause or (opens is not None and opens(b)) for b in run) * 2 >= len(run):
        return last
    earlier = [k for k in range(first, restart) if blocks[k].has_clause]
    return earlier[-1] if earlier else last


def _later_sections(
    text: str, blocks: list[Block], end: int, is_date_line: Callable[[str], bool]
) -> int:
    """Pull in sections after the last task ("五、保障措施" with paragraphs only).

    A heading that continues the section numbering (same marker family) right after the
    plan, and what stands under it — plain paragraphs, a subsection heading, items that go on
    with the plan's item numbering (a last task written without a clause) or start it again
    at 1 (第二部分 保障措施: 1. 2. 3.) — belong to the plan; a date line stops it.
    """
    headings = [b for b in blocks[: end + 1] if b.kind == "section"]
    if not headings:
        return end
    family, number = headings[-1].family, headings[-1].number or 0
    items = [b for b in blocks[: end + 1] if b.kind == "item" and b.number is not None]
    next_item = (items[-1].number or 0) + 1 if items else None
    k = end + 1
    while k < len(blocks):
        b = blocks[k]
        if b.kind != "section" or b.family != family or b.number != number + 1:
            break
        number += 1
        end = k
        k += 1
        expected = {1} if next_item is None else {1, next_item}  # restart or go on
        while k < len(blocks) and not extent.signature(text, blocks, k, is_date_line):
            nb = blocks[k]
            if nb.kind == "item" and nb.number in expected:
                next_item = (nb.number or 0) + 1
                expected = {next_item}
            elif nb.kind not in ("text", "subsection"):
                break
            end = k
            k += 1
    return end


_SENTENCE_GOES_ON = re.compile(r"[.。;；](?=[ \t]*[A-Z\u4e00-\u9fff])")


def _sentences(text: str, b: Block) -> bool:
    """Whether a heading-marked block holds a sentence and more after it (a heading is one
    phrase: "First, Task. A takes the lead, B cooperates." is a task)."""
    return _SENTENCE_GOES_ON.search(text, b.body_start, b.end) is not None


def _no_plan(
    text: str, blocks: list[Block], opens_with_clause: Callable[[Block], bool] | None = None
) -> None:
    """No clause anywhere: keep structure if there is any, otherwise it is all notice/junk."""
    structural = [i for i, b in enumerate(blocks) if b.kind in ("section", "item", "subsection")]
    if not structural:  # nothing of a plan: all of it lies outside any plan
        for b in blocks:
            b.role = "leading"
        return
    start, end = structural[0], structural[-1]
    for k in range(start):
        blocks[k].role = "notice"
    plan_roles(text, blocks, start, end, True, opens_with_clause)
    for k in range(end + 1, len(blocks)):
        blocks[k].role = "trailing"
