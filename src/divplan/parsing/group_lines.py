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
from divplan.parsing.furniture import is_furniture
from divplan.parsing.group_scope import opens_forward_group, opens_group_sentence

_HEADS = frozenset({"section", "subsection"})


def lines_over_groups(
    text: str, blocks: list[Block], wholly_a_clause: Callable[[Block], bool] | None = None
) -> None:
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
    labels_over = False  # a labelled line has stood over a group right under its heading
    for k in range(1, len(blocks) - 1):
        b, above, below = blocks[k], blocks[k - 1], blocks[k + 1]
        if (  # a sentence that is wholly a clause there ("A as principal, with B in support.")
            b.kind == "text" and not b.has_clause and below.kind == "item" and not below.has_clause
            and _heads(above, below) and _wholly(b, wholly_a_clause)
        ):  # fmt: skip
            b.has_clause = True
        if not (
            b.kind == "text"
            and b.has_clause
            and below.kind in ("item", "subsection")
            and not below.has_clause
            and (
                (_heads(above, below) and (
                    opens_with_label(text, b) or _leads_in(text, b)
                    or _wholly(b, wholly_a_clause)
                ))
                or (above.kind == below.kind == "item" and (
                    _leads_in(text, b) or (labels_over and opens_with_label(text, b))
                ))  # (a plan whose labelled lines stand over their groups: this one too)
                or (opens_forward_group(text, b.start, b.end) and not (  # （以下任务由A牵头…）
                    (above.kind == "item" or _task_paragraph(text, above))  # (本组事项由A牵头…
                    and not above.has_clause  # after clause-less tasks, marked or paragraphs,
                    and opens_group_sentence(text, b.start, b.end)  # no line over them
                ))  # covered: their group's sentence, not the next group's line)
            )
        ):  # (责任单位：A / （责任单位：A）: the line may be written in brackets; "Convened by A,
            continue  # with B: / 1. … 2. …" leads its tasks in, after a group's too)
        labels_over = labels_over or (_heads(above, below) and opens_with_label(text, b))
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
    forward_lines_over_paragraphs(text, blocks, wholly_a_clause)


def forward_lines_over_paragraphs(
    text: str, blocks: list[Block], wholly_a_clause: Callable[[Block], bool] | None = None
) -> None:
    """A line right under a heading that scopes itself over the tasks below it, unbracketed
    (一、… / 此组任务：A牵头，B配合。 / 本部分工作由A负责。), over plain paragraphs without a
    clause of their own: the paragraphs, up to the next heading, a paragraph with a clause of
    its own or the page's furniture, are its tasks and bear its clause; the line stays
    bearing one (:func:`divplan.inherited.lines_over_paragraphs` reads the groups)."""
    def line(b: Block) -> bool:  # (wholly a clause: "Lead responsibility shall rest with A.")
        return b.kind == "text" and _wholly(b, wholly_a_clause)

    for k in range(1, len(blocks) - 1):
        b, above, below = blocks[k], blocks[k - 1], blocks[k + 1]
        if (
            not b.has_clause and above.kind in _HEADS and below.kind == "text"
            and not below.has_clause and line(b) and not line(below)
        ):  # fmt: skip
            b.has_clause = True  # a sentence that is wholly a clause heads the paragraphs
            for nb in blocks[k + 1 :]:  # below it; one further down heads the next group
                if nb.kind != "text" or nb.has_clause or is_furniture(text[nb.start : nb.end]):
                    break
                nb.has_clause = line(nb)  # (the assembly reads each line's paragraphs:
            continue  # :func:`divplan.inherited.lines_over_paragraphs`)
        if not (
            b.kind == "text"
            and b.has_clause
            and above.kind in _HEADS
            and below.kind == "text"
            and not below.has_clause
            and opens_forward_group(text, b.start, b.end)
        ):
            continue
        for nb in blocks[k + 1 :]:
            if nb.kind != "text" or nb.has_clause or is_furniture(text[nb.start : nb.end]):
                break
            nb.has_clause = nb.inherits = True


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


def group_sentences_bear(
    text: str, blocks: list[Block], wholly_a_clause: Callable[[Block], bool] | None = None
) -> None:
    """Rule 2's group sentences (in place): when a plain block that opens with words scoping it
    over the tasks above it (以上工作由A牵头，B配合。, :mod:`divplan.parsing.group_scope`) reads
    as a clause, the marked tasks right above it, back to the last heading, paragraph or such
    sentence, bear it too (:func:`divplan.inherited.group_sentences` gives them its roles, read
    ``inferred``).  The sentence keeps bearing its clause, so that the plan's extent reaches
    its last group's; rule 5 makes it no task (a plain paragraph among numbered items).  A
    paragraph that is wholly a clause sentence (``wholly_a_clause``: "A pick head, B
    cooperate." / 由A牵头，B配合。) right under clause-less marked tasks is such a sentence too,
    without the scoping words."""
    for k, b in enumerate(blocks):
        if b.kind != "text" or not (
            (b.has_clause and opens_group_sentence(text, b.start, b.end))
            or _bare_group_sentence(text, blocks, k, wholly_a_clause)
        ):
            continue  # (it keeps bearing its clause, so that a plan's last group keeps it)
        b.has_clause = b.closes_group = True
        family = blocks[k - 1].family if k else None
        j = k - 1
        while j >= 0 and blocks[j].kind in ("item", "subsection") and blocks[j].family == family:
            blocks[j].has_clause = blocks[j].inherits = True
            j -= 1
        if j == k - 1:  # unmarked paragraphs under a heading: 一、… / task。 / task。 / 以上工作由…
            j = _paragraphs_above(text, blocks, k, wholly_a_clause)
            for i in range(j + 1, k):
                blocks[i].has_clause = blocks[i].inherits = True


def _paragraphs_above(
    text: str, blocks: list[Block], k: int, wholly_a_clause: Callable[[Block], bool] | None
) -> int:
    """Where the clause-less paragraphs right above block ``k`` begin (the index before the
    first), when a heading or the sentence after the group before stands over them; ``k - 1``
    when nothing does (a notice's paragraphs)."""
    def clause(b: Block) -> bool:
        return b.has_clause or _wholly(b, wholly_a_clause)

    j = k - 1
    while j >= 0 and blocks[j].kind == "text" and not clause(blocks[j]):
        j -= 1
    if 0 < j < k - 1 and blocks[j - 1].kind in _HEADS and not blocks[j].has_clause and (
        clause(blocks[j])
    ):  # 一、… / A牵头，B配合。 / task。 / task。: the paragraphs are the line's above them, and
        return k - 1  # a clause sentence after them the next group's line, as that one was
    if j < k - 1 and j >= 0 and (
        blocks[j].kind in _HEADS
        or (
            blocks[j].kind == "text"
            and (
                opens_group_sentence(text, blocks[j].start, blocks[j].end)
                or _wholly(blocks[j], wholly_a_clause)
            )
        )
    ):
        return j
    return k - 1


def _bare_group_sentence(
    text: str, blocks: list[Block], k: int, wholly_a_clause: Callable[[Block], bool] | None
) -> bool:
    """Whether block ``k``, bearing no clause, is wholly a clause sentence right under tasks
    that bear none (marked, or paragraphs), back to a heading: the sentence after their
    group."""
    if wholly_a_clause is None or k == 0 or blocks[k].has_clause:
        return False
    if blocks[k - 1].kind == "text":  # (paragraphs, under a heading or the group before)
        return _paragraphs_above(text, blocks, k, wholly_a_clause) < k - 1 and wholly_a_clause(
            blocks[k]
        )
    j = k - 1
    family = blocks[j].family
    while j >= 0 and blocks[j].kind in ("item", "subsection") and blocks[j].family == family:
        if blocks[j].has_clause:
            return False
        j -= 1
    if j == k - 1 or (j >= 0 and blocks[j].kind not in _HEADS and not blocks[j].has_clause):
        return False  # (no tasks right above it, or tasks under a paragraph: no group)
    return wholly_a_clause(blocks[k])


def _task_paragraph(text: str, b: Block) -> bool:
    """Whether plain block ``b`` reads as a task's paragraph (it closes a sentence or a deadline
    line under it does), not a heading's words (第一组) that a group's line may stand under."""
    return b.kind == "text" and (
        text[b.end - 1] in "。.；;" or text.rfind("\n", b.start, b.end) > b.start
    )


def _wholly(b: Block, wholly_a_clause: Callable[[Block], bool] | None) -> bool:
    """Whether block ``b`` is a sentence that is nothing but a clause (when that is asked)."""
    return wholly_a_clause is not None and wholly_a_clause(b)


def _heads(above: Block, below: Block) -> bool:
    """Whether ``above`` is a heading over the task ``below``: a section or subsection
    heading, or a clause-less item-marked line of another family (1. Heading / (1) task)."""
    if above.has_clause or above.kind == "text":
        return False
    return (above.kind in _HEADS and above.family != below.family) or (
        above.kind == "item" and below.kind == "subsection"
    )


__all__ = ["group_sentences_bear", "lead_ins_bear", "lines_over_groups", "opens_with_label"]
