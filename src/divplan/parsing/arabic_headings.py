"""Arabic headings: a plan whose sections are numbered like items, in a style of their own.

A translation of 一、 often comes out as "1、", and a plan written in one pen may head its
sections 1、 and number the tasks under them 1. (or 1）); both are item markers to the line
grammar, which cannot see that the two styles are two levels.  This rule of the context pass
(:mod:`divplan.parsing.context`) makes the first style the sections when the plan shows it
plainly:

- the plan has no other section headings, and its item-marked blocks come in two styles, the
  one ending in 、 and the other in a dot or a bracket;
- the 、 style opens the run and is numbered 1, 2, 3 … without a gap;
- no 、 heading's own line bears a clause (a heading says what, never who); a field line
  under it that the blocks joined to it (1、… / Lead unit: A) is split off as a paragraph of
  its own, the group line of the tasks below;
- under each 、 block that has tasks, the other style opens at 1, and it does so under at
  least two of them (numbering that restarts per section is the sign of a level below).

Anything less is left as the grammar read it: a plan of 1、 tasks with 1. points inside them
keeps its tasks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from divplan.parsing.blocks import Block

_HEADING_MARK = "、"
_TASK_MARKS = frozenset(".)．）")


def _style(block: Block) -> str | None:
    """The punctuation closing an arabic item marker, or None for any other block."""
    if block.kind != "item" or block.family != "ITEM_NUM" or not block.marker:
        return None
    return block.marker.strip()[-1:]


def _split(text: str, block: Block) -> tuple[Block, Block | None]:
    """``block`` as its first line and the lines the blocks joined under it (None if none)."""
    cut = text.find("\n", block.start, block.end)
    if cut < 0 or block.last == block.first:
        return block, None
    head = replace(block, last=block.first, end=cut)
    rest = replace(
        block, first=block.first + 1, start=cut + 1, body_start=cut + 1, kind="text",
        family=None, marker=None, number=None, blank_before=False,
    )  # fmt: skip
    return head, rest


def make_sections(text: str, blocks: list[Block], has_clause: Callable[[Block], bool]) -> None:
    """Make the 、 headings of the rule above sections (in place), each split from a clause
    line the blocks joined to it."""
    if any(b.kind == "section" for b in blocks):
        return
    heads = [i for i, b in enumerate(blocks) if _style(b) == _HEADING_MARK]
    if len(heads) < 2:
        return
    split = {i: _split(text, blocks[i]) for i in heads}
    if any(has_clause(head) for head, _ in split.values()):
        return
    if not _levels(blocks, heads):
        return
    for i in reversed(heads):
        head, rest = split[i]
        head.kind, head.family = "section", "SEC_ARABIC"
        head.has_clause = False
        if rest is not None and has_clause(rest):
            rest.has_clause = True
            blocks[i : i + 1] = [head, rest]
        else:
            blocks[i] = replace(blocks[i], kind="section", family="SEC_ARABIC", has_clause=False)


def _levels(blocks: list[Block], heads: list[int]) -> bool:
    """Whether the 、 blocks at ``heads`` stand over the other style's tasks by the rule."""
    tasks = [i for i, b in enumerate(blocks) if _style(b) in _TASK_MARKS]
    if not tasks or tasks[0] < heads[0]:
        return False
    if [blocks[i].number for i in heads] != list(range(1, len(heads) + 1)):
        return False
    restarts = 0
    for n, head in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else len(blocks)
        under = [i for i in tasks if head < i < stop]
        if not under:
            continue
        if blocks[under[0]].number != 1:
            return False
        restarts += 1
    return restarts >= 2
