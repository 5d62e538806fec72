"""Second paragraphs: a task's clause set as a paragraph of its own under the task's line.

Why: a plan may write each task in two paragraphs — the task, then who does it ("2. Repair
the roads and bridges. / (blank) / The County Transportation Bureau takes the lead, the towns
cooperate. / Completion time limit: …").  Rule 1 (:mod:`divplan.parsing.blocks`) keeps a
second paragraph with its item only when a bracket or a field closes it, since a sentence's
clause is read later; without this rule the paragraph would stand alone — a group's sentence
over one task (read ``inferred``), or a paragraph left unparsed.

The rule, a step of the context pass (:mod:`divplan.parsing.context`), run once the blocks
know whether they bear a clause: a plain paragraph that is nothing but a clause sentence
(``wholly_a_clause``), right under a marked task that bears none, joins that task — unless
the block above the task is a clause-less task of the same marker style, where the paragraph
is the sentence of the group of tasks above it (1. … / 2. … / A牵头，B配合。), and unless its
words scope it over a group (以上工作由A牵头 …).

Guarantee: blocks are only joined, never split or dropped; every character stays in a block.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from divplan.parsing.blocks import Block
from divplan.parsing.cues import starts_with_label
from divplan.parsing.group_scope import opens_group_sentence

_MARKED = ("item", "subsection")


def join_clause_paragraphs(
    text: str,
    blocks: list[Block],
    wholly_a_clause: Callable[[Block], bool] | None,
    furniture: set[int],
) -> set[int]:
    """Join each second paragraph of the rule above to its task (in place); the furniture
    indices, renumbered for the blocks that remain."""
    if wholly_a_clause is None:
        return furniture
    k = 1
    while k < len(blocks):
        if k not in furniture and _second_paragraph(text, blocks, k, wholly_a_clause):
            task, para = blocks[k - 1], blocks[k]
            blocks[k - 1] = replace(task, last=para.last, end=para.end, has_clause=True)
            del blocks[k]
            furniture = {i - 1 if i > k else i for i in furniture}
        k += 1
    return furniture


def _second_paragraph(
    text: str, blocks: list[Block], k: int, wholly_a_clause: Callable[[Block], bool]
) -> bool:
    para, task = blocks[k], blocks[k - 1]
    if para.kind != "text" or task.kind not in _MARKED or task.has_clause:
        return False
    if k >= 2:
        above = blocks[k - 2]
        if above.kind == task.kind and above.family == task.family and not above.has_clause:
            return False  # 1. … / 2. … / A牵头，B配合。: the sentence of a group of tasks
    if opens_group_sentence(text, para.start, para.end):
        return False
    last = text.rfind("\n", task.start, task.end) + 1
    if last > task.start and starts_with_label(text, last, task.end):
        return False  # (1. … / Deadline: end of 2006 / A shall …: a field would take it in)
    return wholly_a_clause(para)


__all__ = ["join_clause_paragraphs"]
