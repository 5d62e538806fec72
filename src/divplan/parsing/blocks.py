"""Blocks: rule 1 of the context pass (see :mod:`divplan.parsing.context`).

Consecutive lines become one block — a heading, an item, a paragraph — looking only at each
line and the block before it.  Kept apart from the other rules because it is the only one
that runs line by line while the document is read; the rest look at the whole list of blocks.
An item runs on over hard wraps until its clause closes it; labelled field lines (牵头单位：),
numbered points inside it and a second paragraph that brings its clause stay with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from divplan.parsing.clause_text import hyphen_join
from divplan.parsing.cues import deadline_label_end, starts_with_label
from divplan.parsing.deadline_lines import date_only, is_deadline_field, is_deadline_line
from divplan.parsing.deadlines import deadline_whole
from divplan.parsing.field_runs import field_run
from divplan.parsing.field_wraps import after_field, goes_on_last, left_open, opening_words_line
from divplan.parsing.furniture import is_furniture, is_furniture_at
from divplan.parsing.group_labels import lines_over_groups, opens_next_group
from divplan.parsing.group_scope import opens_forward_group, opens_group_sentence
from divplan.parsing.hard_wraps import cut_by_width, paragraph_ends, wrap_width
from divplan.parsing.item_runs import (
    CLOSERS,
    continues_item,
    heading_over_paragraph,
    points_of_paragraph,
    points_then_clause,
)
from divplan.parsing.lines import Line
from divplan.parsing.paragraph_runs import field_paragraph, indented_goes_on
from divplan.parsing.parens import ends_with_group
from divplan.parsing.remarks import labelled_note, note_line
from divplan.parsing.role_edges import holds_role_word

Role = Literal[
    "leading", "notice", "title", "section", "subsection", "item", "other", "trailer", "trailing"
]


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
    inherits: bool = False  # it bears the clause of its group's line above (group_lines)
    closes_group: bool = False  # the sentence after a group, its tasks' clause (group_lines)


def _bracket_left_open(text: str, block: Block, line: Line) -> bool:
    """Whether ``block`` leaves a bracket open that ``line`` closes: its clause cut by a
    narrow wrap at a short word ("(Municipal Tourism Bureau / and Municipal Bureau of /
    Agriculture, / severally; long-term)"), which no page width explains."""
    body = text[block.body_start : block.end]
    depth = body.count("(") + body.count("（") - body.count(")") - body.count("）")
    closer = text[line.start : line.end]
    return depth > 0 and (")" in closer or "）" in closer)


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
    over_groups = lines_over_groups(text, lines)
    before_last: int | None = None  # the number of the last item block before blocks[-1]
    for i, line in enumerate(lines):
        if i <= absorbed:
            continue
        if (
            line.kind == "text"
            and opens_group_sentence(text, line.start, line.end)
            and (line.blank_before or i == 0 or text[lines[i - 1].end - 1] in "。.；;！!？?）)")
        ):  # (after a sentence's end: "… can complete / the above tasks online" is a wrap)
            blocks.append(_block(i, line))  # 以上工作由A牵头…: the group's sentence, no wrap
            continue
        if line.kind == "text" and opens_forward_group(text, line.start, line.end):
            blocks.append(_block(i, line))  # （以下任务由A牵头…）: the next group's line
            continue
        if line.kind == "text" and is_furniture_at(text, line.start, line.end):
            blocks.append(_block(i, line))  # 抄送：… / 相关链接：: no task goes on into it
            continue
        if blocks and blocks[-1].kind in ("item", "subsection") and item_closed is not None:
            last = points_then_clause(text, lines, i, blocks[-1], item_closed)
            if last is not None:
                blocks[-1].last = last
                blocks[-1].end = lines[last].end
                absorbed = last
                continue
        if blocks and goes_on_last(text, lines, i, blocks[-1], width):
            blocks[-1].last = i
            blocks[-1].end = line.end
            continue
        if blocks and blocks[-1].kind == "item":
            prev_block = blocks[-1]
            if continues_item(
                text, lines, i, prev_block, points, item_closed, before_last
            ) and not _lead_in_ahead(text, lines, i) and not (
                over_groups and opens_next_group(text, lines, i, prev_block.first)
            ):  # (a plan whose field lines stand over their groups: the next group's line)
                prev_block.last = i
                prev_block.end = line.end
                continue
        if blocks and points_of_paragraph(text, line, blocks[-1]):
            blocks[-1].last = i  # …，重点做好以下工作： / 一是…；二是…。（A牵头）: one task
            blocks[-1].end = line.end
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
                    and not heading_over_paragraph(text, lines, i, prev_block, width, item_closed)
                    and not _opens_requirements(text, lines, i)
                    and not _lead_in_ahead(text, lines, i)
                    and not date_only(text, lines, i, is_date_line)
                    and not is_furniture(text[line.start : line.end])  # （来源：X网站）
                    and not (text[prev.end - 1] in "。." and text[line.end - 1] not in "）)"
                             and note_line(text[line.start : line.end]))  # (注：… / 各地区要…)
                    and not labelled_note(text[line.start : line.end])  # (注：… under a field)
                    and not (over_groups and opens_next_group(text, lines, i, prev_block.first))
                )  # a date line is a block of its own: the notice's date under its issuer;
                # a line cut by the page width goes on, even inside the clause that closes it
            elif prev_block.kind in ("section", "subsection"):
                wraps = (
                    _wrapped_heading(text, prev_block, line)
                    or (
                        prev_block.kind == "section"  # "A. Break down … key / enterprise, and …":
                        and not line.blank_before  # a lettered task the page width cut, line
                        and cut_by_width(text, lines[prev_block.last], width)  # after line
                    )
                    or (
                        prev_block.kind == "subsection"
                        and not line.blank_before
                        and item_closed is not None
                        and (
                            cut_by_width(text, lines[prev_block.last], width)  # even inside the
                            # fields that open it ("(a) Lead unit: …; Cooperating units: Municipal")
                            or _bracket_left_open(text, prev_block, line)
                            or (
                                not item_closed(prev_block.body_start, prev_block.end)
                                and (
                                    (
                                        width is not None
                                        and lines[prev_block.last].end
                                        - lines[prev_block.last].start
                                        >= width
                                    )  # a (1) task cut by the width of a PDF page: on to its clause
                                    or (
                                        text[prev_block.end - 1] in "。.;；"
                                        and not is_furniture(text[line.start : line.end])
                                        and (
                                            (
                                                _sentence_not_title(text, prev_block)
                                                and _one_clause_closes_run(lines, i, item_closed)
                                            )
                                            or (
                                                _task_sibling(blocks, item_closed)
                                                and item_closed(line.start, line.end)
                                            )
                                        )
                                    )  # a (2) task in two or three paragraphs, the clause last
                                )
                            )
                        )
                    )
                )
            else:  # (a bracket the block left open goes on: "(Lead: A; Responsible / units: B")
                wraps = (not line.blank_before and _bracket_left_open(text, prev_block, line)) or (
                    field_paragraph(text, lines, i, blocks, item_closed)
                ) or (
                    indented_goes_on(text, lines, i, prev_block, width)
                ) or (
                    prev_block.kind == "text" and field_run(text, lines, i, prev_block)
                ) or (
                    not line.blank_before
                    and prev_block.kind == "text"
                    and (
                        _field_under_task(text, line, prev_block, item_closed)
                        or (
                            (left_open(text, prev, width)
                             or opening_words_line(text, prev, line))  # (A牵头，…前： / task)
                            and not paragraph_ends(text, prev, line, lines[prev_block.first])
                            and not (  # (a task, its clause, its deadline's line: closed)
                                i - 1 > prev_block.first
                                and is_deadline_line(text, prev, is_deadline, is_date_line)
                            )
                            and not is_date_line(text[line.start : line.end])
                            and not is_date_line(text[prev.start : prev.end])
                            and not after_field(
                                text, prev, line, lines[prev_block.last - 1]
                                if prev_block.last > prev_block.first else None
                            )
                        )
                    )
                )
            deadline_line = (
                prev_block.kind in ("item", "text")
                and is_deadline_line(  # (apart from the fields above it: a Markdown copy's)
                    text, line, is_deadline, is_date_line,
                    starts_with_label(text, prev.start, prev.end),
                )
                and (  # an unnumbered task closed by its clause: its deadline on the next line
                    prev_block.kind == "item"
                    or (
                        item_closed is not None
                        and item_closed(prev_block.body_start, prev_block.end)
                    )
                    or (  # a deadline field (or a line wholly a deadline: "Continuous
                        (is_deadline_field(text, line) or deadline_whole(  # promotion") under
                            text[line.start : line.end])  # a sentence that says who (a
                         or text[line.start] in "(（"  # (or its bracket: （2026年9月底前）,
                         or text[line.end - 1] not in "。.；;")  # or no sentence: 长期坚持)
                        and (  # group's), or a whole paragraph ("… B close fit.")
                            holds_role_word(text, prev_block.start, prev_block.end)
                            or text[: prev.end].rstrip().endswith(("。", "."))
                        )
                    )
                )
            )
            cut_word = not line.blank_before and hyphen_join(  # ("… National Develop- /
                text[prev.start : prev.end], text[line.start : line.end]  # ment and Reform
            )  # Commission": one word the line's end cut, whatever the block)
            if wraps or deadline_line or cut_word:
                prev_block.last = i
                prev_block.end = line.end
                continue
        if blocks and blocks[-1].kind == "item":
            before_last = blocks[-1].number
        blocks.append(_block(i, line))
    return blocks


def _block(i: int, line: Line) -> Block:
    """A block of the one line ``i``."""
    return Block(
        i, i, line.start, line.end, line.kind, line.family, line.marker, line.number,
        line.body_start, line.blank_before,
    )  # fmt: skip


def _opens_requirements(text: str, lines: list[Line], i: int) -> bool:
    """After a task that ends a sentence, a line ending in a colon over headings of their own
    (各成员单位要按照以下要求…： / （一）…): the notice's requirements, not the task's words."""
    prev, line = lines[i - 1], lines[i]
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return (
        text[prev.end - 1 : prev.end] in ("。", ".")
        and text[line.end - 1 : line.end] in ("：", ":")
        and nxt is not None
        and nxt.kind in ("section", "subsection")
        and nxt.family in ("SEC_ZH", "SUB_ZH", "SEC_ROMAN", "SEC_ORDINAL")
    )


def _lead_in_ahead(text: str, lines: list[Line], i: int) -> bool:
    """After a task that ends a sentence, plain lines (three at most) whose last ends in a colon
    right over a marked task ("2. … enterprises. / B shall be responsible for the / following:
    / 3. …"): the next group's line leading its tasks in, not the task's words."""
    if text[lines[i - 1].end - 1 : lines[i - 1].end] not in ("。", ".") or lines[i].blank_before:
        return False
    for j in range(i, min(i + 3, len(lines) - 1)):
        if lines[j].kind != "text" or (j > i and lines[j].blank_before):
            return False
        if starts_with_label(text, lines[j].start, lines[j].end):
            return False  # (the task's own field lines: Responsibility: … / Deadline: …)
        if text[lines[j].end - 1 : lines[j].end] in ("：", ":"):
            return lines[j + 1].kind == "item" and holds_role_word(  # (they say who)
                text, lines[i].start, lines[j].end
            )
    return False


def _field_under_task(
    text: str, line: Line, block: Block, item_closed: Callable[[int, int], bool] | None
) -> bool:
    """A field line (完成时限：…) right under an unnumbered task paragraph that its clause
    closes belongs to it, as it would to a numbered item (:func:`continues_item`)."""
    return (
        item_closed is not None
        and starts_with_label(text, line.start, line.end)
        and not is_furniture(text[line.start : line.end])
        and (
            item_closed(block.body_start, block.end)
            or (  # 完成时限：… under a paragraph whose sentence ended (its opening words or
                deadline_label_end(text, line.start, line.end) > line.start  # last sentence
                and text[block.end - 1] in "。.;；"  # may say who does it): its deadline
            )
        )
    )


_TITLE_MAX = 30  # a （一） title ending in 。 is this short and one sentence (推动产业链优化升级。)


def _sentence_not_title(text: str, block: Block) -> bool:
    """Whether a subsection line reads as a task's first paragraph, not a title: longer than
    a title, or a second sentence after its first."""
    body = text[block.body_start : block.end].strip()
    return len(body) > _TITLE_MAX or any(ch in "。；;" for ch in body[:-1])


def _one_clause_closes_run(
    lines: list[Line], i: int, item_closed: Callable[[int, int], bool]
) -> bool:
    """Whether the paragraphs from line ``i`` (no blank line, no marker) carry one clause, at
    their end, and a marker, a blank line or the end comes next: the （一） sentence above them
    is a task written in paragraphs; a heading has a clause-bearing task in each paragraph."""
    k = i
    while k < len(lines) and lines[k].kind == "text" and (k == i or not lines[k].blank_before):
        if item_closed(lines[i].start, lines[k].end):
            after = k + 1
            return after >= len(lines) or lines[after].kind != "text" or lines[after].blank_before
        k += 1
    return False


def _task_sibling(blocks: list[Block], item_closed: Callable[[int, int], bool]) -> bool:
    """Whether the subsection before the last block, in its marker family, closes with a
    clause: (1) and (2) are tasks, not headings with paragraphs under them."""
    last = blocks[-1]
    for j in range(len(blocks) - 2, -1, -1):  # indices, not a reversed copy of the list
        b = blocks[j]
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
    short heading such as 一、总体要求 is not its continuation).  A marker alone on its line
    (一、 / 总体要求, as a PDF's text may give it) takes the short line under it as its title.
    A point marked by an ordinal word left in mid-sentence goes on into lines opening in lower
    case, however many ("Second, Promote the / improvement of …", points a page width cut).
    """
    if line.blank_before:
        return False
    head = text[heading.start : heading.end]
    rest = text[line.start : line.end]
    went_on = all(part[:1].islower() for part in head.split("\n")[1:])  # (not "Third, Improve
    if heading.family == "SEC_ORDINAL" and head[-1:].isalpha() and rest[:1].islower() and went_on:
        return True  # … / Support / county …": a title, a short line, a paragraph's rest)
    if heading.first != heading.last:
        return False
    if not text[heading.body_start : heading.end].strip():  # 一、 / 总体要求: a marker alone
        return len(rest) <= _HEADING_ALONE_TITLE and rest.strip()[-1:] not in CLOSERS
    return (
        head[-1] not in CLOSERS
        and len(head) >= _HEADING_WRAP_MIN
        and len(rest) <= len(head)
        and not starts_with_label(text, line.start, line.end)  # (a field line under it: no
        # words of the title, its group's fields: "Part 2: … / Lead unit: A / Supporting: B")
        and not (_CJK_END.search(rest) and rest.rstrip()[-1] in "。；！？")  # (一、… / 推进…。:
    )  # a task's sentence under its heading, which a Chinese heading never closes so)


_CJK_END = re.compile(r"[\u3400-\u9fff][。；！？]\s*$")
_HEADING_ALONE_TITLE = 40  # the title under a marker a PDF's extraction left alone on its line


__all__ = ["CLOSERS", "Block", "Role", "make_blocks"]
