"""Group sentences: a sentence after a group of tasks that says who does them all.

Why a module of its own: a plan may close each group of tasks, instead of each task, with one
sentence (以上工作由A牵头，B、C配合，2019年11月底前完成。 / 以上工作责任单位：A；保障单位：B。 /
"The above tasks are led by A"), so the same words decide three stages — the blocks (such a line
never continues the task above it), the context pass (it is no task: the tasks above it bear its
clause) and the model (those tasks take its roles, by inference).  What opens such a sentence
lives in the data file ``lexicon/group_scope.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from divplan.parsing.clauses import ItemClauses, parse_clause, read_item
from divplan.parsing.cues import find_label
from divplan.parsing.deadlines import is_deadline
from divplan.parsing.lexicon_files import lang_regexes
from divplan.parsing.sentence_clauses import sentence_clause, wholly_a_clause

if TYPE_CHECKING:
    from divplan.names.registry import Registry
    from divplan.parsing.blocks import Block

_CJK = re.compile(r"[\u3400-\u9fff]")


def _scope_end(
    text: str, start: int, end: int, lexicon: str = "group_scope.tsv"
) -> int | None:
    """Where the words scoping ``text[start:end]`` over the tasks above it (``lexicon``
    forward_scope.tsv: below it) end, or None."""
    while start < end and text[start] in " \t\u3000（(":  # （以上工作由A牵头…）: bracketed too
        start += 1
    label = find_label(text, start, min(end, start + 20))  # 责任分工：以上任务由A…: a field's
    if label is not None and label[0] == start:  # label first, the scope in its value
        start = label[1]
        while start < end and text[start] in " \u3000":
            start += 1
    head = text[start : min(end, start + 320)]  # (a scope may stand inside the sentence)
    found = lang_regexes(lexicon).get("zh" if _CJK.match(head) else "en")
    match = None if found is None else found.match(head)
    return None if match is None else start + match.end()


def _one_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one sentence (a line that only says who does the tasks
    under it, not a paragraph that goes on to tasks of its own)."""
    body = text[start:end].rstrip(" \n。.；;")
    limit = _LINE_CHARS if _CJK.search(body) else 2 * _LINE_CHARS  # (English: twice as long)
    return len(body) <= limit and not any(c in body for c in "。；;")


_LINE_CHARS = 160  # (a group's line, wrapped by the page or not: a paragraph is longer)


def opens_forward_group(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with words that scope it over the tasks below it
    (以下任务由A牵头…, "The following tasks are led by A"): its group's line."""
    return _scope_end(text, start, end, "forward_scope.tsv") is not None


def closes_forward_group(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, one sentence, closes with words that scope it over the
    tasks below it ("A and B are jointly responsible for the items in this part.",
    A、B负责以下工作：): a group's line when it stands between a heading and its tasks (never
    a reason to start a block: "… Housing and / Urban-Rural … for the following:")."""
    return _one_sentence(text, start, end) and closing_scope(text, start, end) is not None


def heads_group_below(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens or closes with the scope of the tasks below it."""
    return opens_forward_group(text, start, end) or closes_forward_group(text, start, end)


def closing_scope(text: str, start: int, end: int) -> int | None:
    """Where the words that close ``text[start:end]`` scoping it over the tasks below it
    begin (``lexicon/forward_scope_tail.tsv``: "… for the items in this part."), or None."""
    stop = end
    while stop > start and text[stop - 1] in " \n\u3000":
        stop -= 1
    tail = text[max(start, stop - 120) : stop]
    found = lang_regexes("forward_scope_tail.tsv").get("zh" if _CJK.search(tail) else "en")
    match = None if found is None else found.search(tail)
    return None if match is None else max(start, stop - 120) + match.start()


def forward_scope_end(text: str, start: int, end: int) -> int | None:
    """Where the words scoping ``text[start:end]`` over the tasks below it end (此组任务：|A牵头),
    with the colon or comma after them, or None."""
    at = _scope_end(text, start, end, "forward_scope.tsv")
    while at is not None and at < end and text[at] in " \n，,：:":
        at += 1
    return at


def opens_group_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a line, a block) opens with words that scope it over the
    tasks above it (以上工作, 上述任务, "The above tasks")."""
    return _scope_end(text, start, end) is not None


def read_group_sentence(
    text: str, start: int, end: int, registry: Registry
) -> ItemClauses | None:
    """A group sentence ``text[start:end]`` read as a clause: its fields (以上工作责任单位：A；
    保障单位：B；完成时限：…), or the words after its scope read as one bracket's
    (由A牵头，B配合，2019年11月底前完成 / "are led by A, with B"); None when it is no group
    sentence or names no one."""
    at = _scope_end(text, start, end)
    whole = text[start : start + 1] in ("（", "(") or _one_sentence(text, start, end)
    if at is not None and not whole and _scope_end(text, start, end, "forward_scope.tsv"):
        at = None  # (本部分工作由A牵头。要…: words that scope either way, one sentence only)
    if at is None and whole:  # （以下任务由…） / 此组任务：A牵头，B配合。: a group's line
        at = _scope_end(text, start, end, "forward_scope.tsv")
    if at is None:
        return _closed_by_scope(text, start, end, registry)
    while at < end and text[at] in " \n，,：:":  # 以上三项工作，牵头责任部门：A: the fields open
        at += 1
    fields = read_item(text, at, end, registry)
    if fields.reading is not None and fields.reading.says_who():
        return fields
    stop = end
    while stop > at and text[stop - 1] in " \n。.;；":
        stop -= 1
    own = _DEADLINE_BRACKET.search(text, at, stop)  # …，B配合（2003年6月底前）。: its deadline
    deadline = None
    if own is not None and is_deadline(own.group(1)):
        stop, deadline = own.start(), own.span(1)
    while stop > at and text[stop - 1] in " \n。.;；）)":
        stop -= 1
    reading = parse_clause(text, at, stop, registry)
    if reading.error is not None or not reading.says_who():
        return None
    deadline = reading.deadline or deadline
    return ItemClauses(replace(reading, span=(at, stop), deadline=deadline), at, deadline=deadline)


def _closed_by_scope(text: str, start: int, end: int, registry: Registry) -> ItemClauses | None:
    """A group's line whose scope closes it ("A and B are jointly responsible for the items
    in this part."): the sentence before the scope read as a clause, or None."""
    closes = closes_forward_group(text, start, end)
    reading = sentence_clause(text, start, end, registry) if closes else None
    if reading is None or not reading.says_who():
        return None
    return ItemClauses(reading, start, deadline=reading.deadline)


_DEADLINE_BRACKET = re.compile(r"[（(]([^（）()]{1,40})[)）]\s*$")


def group_closers(
    text: str,
    others: list[Block],
    registry: Registry,
    sentence_end: Callable[[Block], int] | None = None,
) -> list[Block]:
    """The blocks among a section's stray paragraphs that are group sentences: opening with
    the words that scope them over the tasks above (以上工作由…), or wholly a clause ("A pick
    head, B cooperate.", :func:`divplan.parsing.sentence_clauses.wholly_a_clause`) up to
    ``sentence_end`` (before a deadline's field line under it)."""
    return [
        b
        for b in others
        if opens_group_sentence(text, b.start, b.end)
        or wholly_a_clause(text, b.start, sentence_end(b) if sentence_end else b.end, registry)
    ]


__all__ = [
    "closes_forward_group",
    "closing_scope",
    "forward_scope_end",
    "group_closers",
    "heads_group_below",
    "opens_forward_group",
    "opens_group_sentence",
    "read_group_sentence",
]
