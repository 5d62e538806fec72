"""Block levels: rule 5 of the context pass (:mod:`divplan.parsing.context`), which level each
marked block of the plan is — section, subsection, item or other text.

Why a module of its own: markers do not say their level (an arabic "6." may head a section
in a plan whose items run 1–75; （1） may be the tasks or points inside them; 第一部分 may
stand over 一、 headings or beside them), so the level is decided from the blocks around,
by these rules only:

- headings of the plan's first marker family (第一部分, Part I, Ⅰ.) over headings of another
  family numbered from 1 make those headings subsections;
- subsection markers ((1), （一）) are the task level when they, rather than item markers,
  carry the clauses; then an item-marked line without a clause right above them, under a
  section, heads them as a subsection (一、 / 1． / (1));
- an item-marked block without a clause is a section heading when its number is the next
  section number and it cannot be the next item, unless its opening words are its clause
  (2．A、B联合实施：…, a plan that writes who does each task before it);
- a subsection-marked block that bears a clause and has no items under it is an item;
- a plain paragraph among numbered items is an unnumbered item (``numbered: false``) when the
  block before it closed with a clause and it closes a sentence and then a bracket with a role
  word (…。（A负责）): a task of its own, not a note, a source line, page furniture or the rest
  of an item a page break cut;
- a heading written without a marker (one short line that closes no sentence, or a line in
  【】) with a task right under it is a subsection.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from divplan.parsing.blocks import Block
from divplan.parsing.clause_text import simplify
from divplan.parsing.cues import LABELS, ROLE_KINDS, scan, starts_with_label
from divplan.parsing.group_lines import opens_with_label
from divplan.parsing.group_scope import opens_forward_group, opens_group_sentence
from divplan.parsing.parens import trailing_groups

_SENTENCE_END = frozenset("。.;；!！")
_CLOSED = frozenset("）)】]")
_CJK = re.compile(r"[\u3400-\u9fff]")  # (Chinese only: an English line ends with ")" anywhere)


def _task_paragraph(text: str, b: Block) -> bool:
    """Whether the plain paragraph ``b`` is a task of its own among numbered items: a
    sentence (at least a few words) closed before brackets of which one has a role word."""
    groups = trailing_groups(text, b.start, b.end)
    if (
        not groups
        or text[: b.start].rstrip()[-1:] not in _CLOSED
        or not _CJK.search(text, b.start, groups[0][0])
    ):
        return False  # (the line before must close with the item's bracket: not a wrap)
    before = text[b.start : groups[0][0]].rstrip()
    if len(before) < 8 or before[-1] not in _SENTENCE_END:
        return False
    return any(
        c.kind in ROLE_KINDS and c.kind not in LABELS
        for s, e in groups
        for c in scan(simplify(text[s + 1 : e - 1]))
    )


def _fields_like_item_above(text: str, b: Block, above: Block) -> bool:
    """Whether the plain paragraph ``b`` is a sentence with field lines under it, right after
    a numbered item written the same way (1. … / Responsible unit: A / Combine … / Responsible
    unit: B): an unnumbered task among the numbered ones, its lines its clause."""
    return (
        above.kind == "item"
        and above.has_clause
        and _sentence_then_field(text, above.body_start, above.end)
        and _sentence_then_field(text, b.start, b.end)
    )


def _sentence_then_field(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a sentence (a few words, closed) and, on the line after
    it, a field line (Responsible unit: …)."""
    cut = text.find("\n", start, end)
    if cut < 0:
        return False
    first = text[start:cut].rstrip()
    after = cut + 1
    while after < end and text[after] in " \t\n\u3000":
        after += 1
    return len(first) >= 8 and first[-1:] in _SENTENCE_END and starts_with_label(text, after, end)


def _next_structural(blocks: list[Block], i: int) -> Block | None:
    for j in range(i + 1, len(blocks)):  # indices, not a slice: no copy per call
        if blocks[j].kind != "text":
            return blocks[j]
    return None


def _text_tasks_below(blocks: list[Block], k: int, end: int) -> bool:
    """Whether unmarked paragraphs bearing clauses — an unnumbered plan's tasks — come after
    block ``k`` before the next marked block: the marked line heads them."""
    for j in range(k + 1, end + 1):
        if blocks[j].kind != "text":
            return False
        if blocks[j].has_clause:
            return True
    return False


def plan_roles(
    text: str,
    blocks: list[Block],
    start: int,
    end: int,
    numbered: bool,
    opens_with_clause: Callable[[Block], bool] | None = None,
    has_sentence_clause: Callable[[Block], bool] | None = None,
    wholly_a_clause: Callable[[Block], bool] | None = None,
) -> None:
    """Rule 5 of :mod:`divplan.parsing.context`: the role of every block of the plan.

    ``opens_with_clause`` tells whether a block's opening words are its clause (A、B联合实施：…,
    read later, by inference), ``has_sentence_clause`` whether its last sentence is ("2. Do
    … . A is responsible, before …."): such a block is a task, never a heading."""
    span = blocks[start : end + 1]
    item_tasks = sum(b.kind == "item" and b.has_clause for b in span)
    # (1)/（一） markers are the task level when they, not 1. items, carry the clauses; decided
    # per marker family, so that （1） tasks under （一） headings keep the headings
    task_families: set[str | None] = set()
    for family in {b.family for b in span if b.kind == "subsection"}:
        marked = [k for k in range(start, end + 1) if blocks[k].kind == "subsection"]
        marked = [k for k in marked if blocks[k].family == family]
        sub_tasks = sum(blocks[k].has_clause for k in marked)
        # a clause-less one heads tasks only with an item under it: 1. Task / Responsible: A /
        # (1) … (2) … (Lead: B): the (1) points with a clause of their own are the tasks
        sub_heads = sum(not blocks[k].has_clause and _heads_items(blocks, k) for k in marked)
        under = [_under_items(blocks, k, family) for k in marked]  # 1. … / (1) … (2) …
        heads = sum(u == "item" for u in under)  # (under two tasks or more, and every task)
        nested = all(under) and heads >= 2 and heads == sum(b.kind == "item" for b in span)
        if sub_tasks > 0 and sub_tasks >= sub_heads and (sub_tasks > item_tasks or nested):
            task_families.add(family)
    if not task_families and not any(b.kind == "item" or b.has_clause for b in span):
        # nothing else could be a task (no item markers, no clause found anywhere): the
        # innermost markers are the tasks, whose clauses a later stage may find in a sentence
        task_families = {b.family for b in span if b.kind == "subsection"}
    outer = _outer_family(span)
    counts = LineCounts(text)  # a lone unmarked heading may be a note: the checks say so (DP302)
    sections = 0
    heading_family: str | None = None  # the marker family of the sections met so far
    last_item: int | None = None
    heads_family: str | None = None  # the item-marked lines that head tasks here (1． over (1))
    for k in range(start, end + 1):
        b = blocks[k]
        if b.kind == "section" and outer is not None and b.family != outer:
            b.role = "item" if b.has_clause and not _items_follow(blocks, k, end) else "subsection"
        elif b.kind == "section":
            b.role = "section"
            sections += 1
            heading_family = b.family
        elif b.kind == "subsection":
            subs_are_items = b.family in task_families
            as_item = subs_are_items or (b.has_clause and not _items_follow(blocks, k, end))
            b.role = "item" if as_item else "subsection"
            if as_item and subs_are_items:
                last_item = b.number
        elif b.kind == "item":
            if (
                task_families  # (with a clause too: 1. Task / Responsible: A / (1) … (2) …)
                and heading_family is not None
                and heading_family != b.family
                and (
                    _tasks_follow(blocks, k, end, task_families)
                    or (not b.has_clause and heads_family == b.family)  # 3．… with no tasks
                )  # under it, after 1． 2． that head theirs: a heading too
            ):
                b.role = "subsection"  # 一、 / 1． / (1): the 1． lines head the (1) tasks
                heads_family = b.family
            elif (
                not b.has_clause
                and (
                    _heading_like(blocks, k, end, sections, last_item)
                    or (not numbered and _text_tasks_below(blocks, k, end))
                )
                and not (opens_with_clause is not None and opens_with_clause(b))
                and not (has_sentence_clause is not None and has_sentence_clause(b))
            ):  # 1. Heading / Task paragraph. (A) / Task paragraph. (B) / 2. Heading
                b.role = "section"
                sections += 1
                heading_family = b.family  # 1. / (1): the 1. lines are the sections
            else:
                b.role = "item"
                last_item = b.number
        elif unmarked_heading(text, blocks, k, task_families, counts):
            b.role = "subsection"  # 稳定粮食生产 / 【创新平台建设】 over the tasks below it
        else:  # plain text
            own_task = b.has_clause and (
                (not numbered and not _closes_paragraphs(text, blocks, k, wholly_a_clause))
                or (blocks[k - 1].has_clause and _task_paragraph(text, b))
                or _fields_like_item_above(text, b, blocks[k - 1])
            )  # (after an item left open, a page break's paragraph goes on with its text)
            b.role = "item" if own_task else "other"


def _closes_paragraphs(
    text: str, blocks: list[Block], k: int, wholly_a_clause: Callable[[Block], bool] | None
) -> bool:
    """Whether block ``k`` is a group's sentence after unmarked tasks that bear it (task。 /
    task。 / 以上工作由A牵头… or a sentence that is nothing but a clause): no task of its own."""
    b = blocks[k]
    return (
        k > 0
        and blocks[k - 1].kind == "text"
        and blocks[k - 1].has_clause
        and (
            opens_group_sentence(text, b.start, b.end)
            or (wholly_a_clause is not None and wholly_a_clause(b))
        )
    )


def _under_items(blocks: list[Block], k: int, family: str | None) -> str | None:
    """What the marked block before ``k`` is when it is an item ("item") or one of ``family``
    ("point"), else None: (1) points stand under numbered tasks, never over them."""
    for j in range(k - 1, -1, -1):
        if blocks[j].kind == "item":
            return "item"
        if blocks[j].kind != "text":
            return "point" if blocks[j].family == family else None
    return None


def _heads_items(blocks: list[Block], k: int) -> bool:
    """Whether the next marked block after ``k`` is an item (one that ``k`` would head)."""
    nxt = _next_structural(blocks, k)
    return nxt is not None and nxt.kind == "item"


def _outer_family(span: list[Block]) -> str | None:
    """The marker family of the sections when headings of another family stand under them
    (第一部分 over 一、, Part I over 1., Ⅰ. over A.), else None.

    Section styles usually mix at one level (一、 二、 第三部分: the part goes on with the
    headings' numbering); but when a heading of a family other than the plan's first one is
    numbered 1 after the first, it opens a level under it: the first family's headings are the
    sections and the others' subsections.
    """
    outer: str | None = None
    for b in span:
        if b.kind != "section":
            continue
        if outer is None:
            outer = b.family
        elif b.family != outer and b.number == 1:
            return outer
    return None


def _tasks_follow(blocks: list[Block], k: int, end: int, families: set[str | None]) -> bool:
    """Whether the next structural block after ``k`` is a task of ``families``."""
    nxt = _next_structural(blocks, k)
    return nxt is not None and nxt.kind == "subsection" and nxt.family in families


def _items_follow(blocks: list[Block], k: int, end: int) -> bool:
    for j in range(k + 1, min(end + 1, len(blocks))):
        kind = blocks[j].kind
        if kind == "item":
            return True
        if kind in ("section", "subsection"):
            return False
    return False


def _heading_like(
    blocks: list[Block], k: int, end: int, sections: int, last_item: int | None
) -> bool:
    b = blocks[k]
    if b.number is None or b.number != sections + 1:
        return False
    expected_item = (last_item or 0) + 1
    if b.number != expected_item:
        return True
    nxt = _next_structural(blocks, k)
    if nxt is None:
        return False
    if nxt.kind == "subsection":  # (unless the items run on under it: 1. / 2. / (2) … / 3.,
        return not _numbers_run_on(blocks, k, end)  # a group's heading amid them)
    return nxt.kind == "item" and nxt.number in (1, b.number, None)  # None: a bullet


def _numbers_run_on(blocks: list[Block], k: int, end: int) -> bool:
    """Whether block ``k`` is amid a run of tasks: right after the task numbered one less in
    its family, and the next item-marked block of the family (past the headings between) is
    numbered one more ("1. … / 2. … / (2) Heading (A leads) / 3. …"), not a heading over
    points ("1. Heading / (1) … / (2) … / 2. Heading")."""
    b = blocks[k]
    before = next((x for x in reversed(blocks[:k]) if x.kind != "text"), None)
    if before is None or before.kind != "item" or before.family != b.family or (
        b.number is None or before.number != b.number - 1
    ):
        return False
    for nxt in blocks[k + 1 : end + 1]:
        if nxt.kind == "section":
            return False
        if nxt.kind == "item" and nxt.family == b.family:
            return b.number is not None and nxt.number == b.number + 1
    return False


_HEADING_CHARS = 30  # an unmarked heading is one line this short at most
_NO_HEADING_END = tuple("。.;；:：,，、!！?？")
_PAGE_NUMBER = re.compile(
    r"^[ \t\u3000]*[-—–－]+[ \t\u3000]*\d{1,4}[ \t\u3000]*[-—–－]+[ \t\u3000]*$", re.M
)
_BRACKETED = re.compile(r"^\s*[【\[][^【】\[\]\n]{1,30}[】\]]\s*$")
_LIST_CUT = re.compile(r"[、，,][\u4e00-\u9fff]{0,3}$")  # a list of names cut after its separator


class LineCounts:
    """How often each line (stripped) is written — a running header is on every page —
    counted once per document and only when asked (no cache outlives the document)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._counts: Counter[str] | None = None

    def __getitem__(self, line: str) -> int:
        if self._counts is None:
            self._counts = Counter(s.strip() for s in self._text.split("\n"))
        return self._counts[line]


def unmarked_heading(
    text: str,
    blocks: list[Block],
    k: int,
    task_families: set[str | None] | None = None,
    counts: LineCounts | None = None,
) -> bool:
    """A heading written without a marker: one short line that does not close a sentence
    (稳定粮食生产, a bold line of a Word file) or a whole line in 【】 (【创新平台建设】), bearing
    no clause, with a task right under it (an item, a (1) task, a clause-bearing paragraph).
    """
    b = blocks[k]
    if opens_forward_group(text, b.start, b.end):
        return False  # （以下任务由A牵头…）: the group's line, no heading
    if b.kind != "text" or b.first != b.last or b.has_clause or k + 1 >= len(blocks):
        return False
    line = text[b.start : b.end].strip()
    heading = _BRACKETED.match(line) is not None or (
        0 < len(line) <= _HEADING_CHARS and not line.endswith(_NO_HEADING_END)
    )
    if not heading or opens_with_label(text, b):
        return False  # (a field line, 责任单位：A, heads no tasks: it says who does them)
    gap = text[blocks[k - 1].end : b.start] if k > 0 else ""
    if _PAGE_NUMBER.search(gap) or (counts or LineCounts(text))[line] > 1:
        return False  # a running header: after a page number, or on every page
    before = blocks[k - 1] if k > 0 else None
    if before is not None and before.kind not in ("section", "subsection"):
        line_start = max(before.start, text.rfind("\n", before.start, before.end) + 1)
        last_line = text[line_start : before.end]
        if _LIST_CUT.search(last_line) and (":" in last_line or "：" in last_line):
            return False  # …配合单位：发展规划司、各⏎省级农业农村部门（…）: a field's list cut
    nxt = blocks[k + 1]
    return (
        nxt.kind == "item"
        or (nxt.kind == "subsection" and (task_families is None or nxt.family in task_families))
        or (nxt.kind == "text" and nxt.has_clause)
    )


__all__ = ["plan_roles", "unmarked_heading"]
