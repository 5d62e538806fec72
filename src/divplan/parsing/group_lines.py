"""Rule 2's group layouts (:mod:`divplan.parsing.context`): the blocks a group's line or
sentence gives its clause to, before the plan's extent and roles are decided.

Why a module of its own: a plan may say who does a group of tasks once — a field line over
them (一、… / 责任单位：A / 1．… 2．…) or a sentence after them (… / 以上工作由A牵头…) — and the
tasks, which bear no clause of their own, must bear that one for the plan to reach them;
:mod:`divplan.inherited` later gives them its roles.
"""

from __future__ import annotations

from collections.abc import Callable

from divplan.parsing.blocks import Block
from divplan.parsing.cues import starts_with_label
from divplan.parsing.group_scope import opens_forward_group, opens_group_sentence

_HEADS = frozenset({"section", "subsection"})


def lines_over_groups(text: str, blocks: list[Block]) -> None:
    """Rule 2's field lines over their groups (in place): a plain block that bears a clause and
    opens with a label (责任单位：A、B / Lead: A), right under a heading and right over marked
    tasks without a clause of their own, is not a task but the group's line: it stops bearing
    a clause, and the marked blocks under it, up to the next heading (a section, a subsection
    of another family, or a block marked like the heading above the line) or the next such
    line, bear it (:func:`divplan.inherited.line_over` gives them its roles, read ``inferred``).

    Why here: without a blank line around it, such a line is one more block among the
    items, and a plan whose only clauses are these lines would read each as an unnumbered task
    with no text, its tasks as clause-less items and its last group as trailing text.
    """
    for k in range(1, len(blocks) - 1):
        b, above, below = blocks[k], blocks[k - 1], blocks[k + 1]
        if not (
            b.kind == "text"
            and b.has_clause
            and below.kind in ("item", "subsection")
            and not below.has_clause
            and (
                (_heads(above, below) and (opens_with_label(text, b) or _leads_in(text, b)))
                or (above.kind == below.kind == "item" and _leads_in(text, b))
                or opens_forward_group(text, b.start, b.end)  # （以下任务由A牵头…）
            )
        ):  # (责任单位：A / （责任单位：A）: the line may be written in brackets; "Convened by A,
            continue  # with B: / 1. … 2. …" leads its tasks in, after a group's too)
        b.has_clause = False
        after_task = above.kind == below.kind == "item"  # (a line after a group's last task)
        for j in range(k + 1, len(blocks)):
            nb = blocks[j]
            if (
                nb.kind == "text"
                or (nb.kind in _HEADS and nb.family != below.family)
                or (not after_task and nb.kind == above.kind and nb.family == above.family)
            ):  # (the next heading, 2．… over its own (1) points, ends the group too)
                break
            nb.has_clause = True
    for k in range(len(blocks) - 1):
        b, below = blocks[k], blocks[k + 1]
        if b.kind in _HEADS and b.has_clause and below.kind == "item" and not below.has_clause:
            heading_with_lines(text, blocks, k)


def heading_with_lines(text: str, blocks: list[Block], k: int) -> None:
    """A heading whose field lines run on under its own line, over clause-less items ((一)
    完善政策体系 / 责任单位：A、B分块包干 / 完成时限：… / 1．… 2．…): the lines are the group's,
    and the items under it, up to the next heading, bear them (the heading's clause is given
    to its items by :mod:`divplan.assemble`, read ``inferred``)."""
    b = blocks[k]
    nl = text.find("\n", b.start, b.end)
    title = text[b.body_start : nl]
    if nl < 0 or len(title) > 40 or any(c in title for c in "。；;.:："):
        return  # (a title, not a task's sentence with its fields under it)
    under = []
    for nb in blocks[k + 1 :]:
        if nb.kind != "item":
            break
        under.append(nb)
    if any(nb.has_clause for nb in under):
        return  # (items with clauses of their own: the heading is no group's line)
    at = nl + 1
    while at < b.end and text[at] in " \t\u3000":
        at += 1
    if not starts_with_label(text, at, b.end):
        return
    for nb in under:
        nb.has_clause = True


def lead_ins_bear(
    text: str, blocks: list[Block], opens_with_clause: Callable[[Block], bool] | None
) -> None:
    """A plain block ending in a colon right over marked tasks without a clause, whose words
    before the colon are a clause ("Convened by A, with contributions from B:", 由A牵头，B配合，
    完成以下工作：), bears it (in place): :func:`lines_over_groups` then makes it its group's
    line."""
    if opens_with_clause is None:
        return
    for k in range(len(blocks) - 1):
        b, below = blocks[k], blocks[k + 1]
        if (
            b.kind == "text"
            and not b.has_clause
            and _leads_in(text, b)
            and below.kind in ("item", "subsection")
            and not below.has_clause
            and opens_with_clause(b)
        ):
            b.has_clause = True


def _leads_in(text: str, b: Block) -> bool:
    """Whether ``b`` ends in a colon: a sentence leading the tasks under it in ("A shall be
    responsible for the following:", 由A牵头，B配合，完成以下工作：)."""
    return text[b.end - 1] in ":："


def opens_with_label(text: str, b: Block) -> bool:
    """Whether ``b`` opens with a field label, perhaps in brackets (（责任单位：A）)."""
    return starts_with_label(text, b.start + (text[b.start] in "（(【["), b.end)


def group_sentences_bear(text: str, blocks: list[Block]) -> None:
    """Rule 2's group sentences (in place): when a plain block that opens with words scoping it
    over the tasks above it (以上工作由A牵头，B配合。, :mod:`divplan.parsing.group_scope`) reads
    as a clause, the marked tasks right above it, back to the last heading, paragraph or such
    sentence, bear it too (:func:`divplan.inherited.group_sentences` gives them its roles, read
    ``inferred``).  The sentence keeps bearing its clause, so that the plan's extent reaches
    its last group's; rule 5 makes it no task (a plain paragraph among numbered items)."""
    for k, b in enumerate(blocks):
        if b.kind != "text" or not b.has_clause or not opens_group_sentence(text, b.start, b.end):
            continue  # (it keeps bearing its clause, so that a plan's last group keeps it)
        family = blocks[k - 1].family if k else None
        j = k - 1
        while j >= 0 and blocks[j].kind in ("item", "subsection") and blocks[j].family == family:
            blocks[j].has_clause = True
            j -= 1
        if j == k - 1:  # unmarked paragraphs under a heading: 一、… / task。 / task。 / 以上工作由…
            while j >= 0 and blocks[j].kind == "text" and not blocks[j].has_clause:
                j -= 1
            if j < k - 1 and j >= 0 and blocks[j].kind in _HEADS:
                for i in range(j + 1, k):
                    blocks[i].has_clause = True


def _heads(above: Block, below: Block) -> bool:
    """Whether ``above`` is a heading over the task ``below``: a section or subsection
    heading, or a clause-less item-marked line of another family (1. Heading / (1) task)."""
    if above.has_clause or above.kind == "text":
        return False
    return (above.kind in _HEADS and above.family != below.family) or (
        above.kind == "item" and below.kind == "subsection"
    )


__all__ = ["group_sentences_bear", "lead_ins_bear", "lines_over_groups", "opens_with_label"]
