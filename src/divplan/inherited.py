"""Inherited roles: an item whose clause says "same as above" (同上, ditto) takes the roles of
the last item above that named anyone; items with no clause of their own before a field line
that closes their group take that line's roles (:func:`group_line`) or those of the sentence
after their group (:func:`group_sentences`), and in a plan that writes each group's line over
its tasks, the tasks under a line take its roles (:func:`line_over`).

Why a module of its own: the clause reader sees one clause; only the model-building stage
(:mod:`divplan.assemble`) knows the items in order.  A plan writes 同上 in a field or a table
cell to repeat the units of the row above, and a text table's empty unit cell under a filled
one (a merged cell, as far as a text can tell) is rendered the same way
(:mod:`divplan.read.tables`).  Either is a guess the reader must say it made: the roles are read
``inferred`` and a DP208 names the item they came from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from divplan.names.resolve import dedupe
from divplan.parsing.blocks import Block
from divplan.parsing.clauses import ItemClauses
from divplan.parsing.cues import starts_with_label
from divplan.parsing.field_wraps import past_deadline_field
from divplan.parsing.furniture import is_furniture
from divplan.parsing.group_scope import forward_scope_end, heads_group_below, opens_forward_group
from divplan.parsing.structure import SectionNode
from divplan.read.cells import SENTENCE_ENDS
from divplan.records import Item, Responsibility


def same_as_above(
    above: tuple[int, Responsibility] | None,
    number: int,
    roles: frozenset[str],
    own: Responsibility,
) -> tuple[Responsibility, str]:
    """``own`` (item ``number``'s clause, which said "same as above" for ``roles``: "all",
    "lead", "participant") with the roles of ``above`` (its number and responsibility) applied,
    and the DP208 message saying so.  All of them, or its leads / participants beside the
    item's own; with nothing above, ``own`` as it is."""
    if above is None:
        return own, f"item {number}: 「{own.raw}」 says 'same as above' after no clause"
    at, prev = above
    what = "roles" if "all" in roles else " and ".join(sorted(roles))
    note = (
        f"item {number}: clause read by inference: 「{own.raw}」 says 'same as above':"
        f" item {at}'s {what} applied"
    )
    if "all" in roles:
        return prev.replace(raw=own.raw, span=own.span, reading="inferred"), note
    leads = dedupe(own.leads + prev.leads) if "lead" in roles else own.leads
    parts = own.participants
    if "participant" in roles:
        parts = dedupe(own.participants + prev.participants)
    mode = own.mode if own.participants or own.others or own.mode == "lead" else prev.mode
    taken = own.replace(mode=mode or prev.mode, leads=leads, participants=parts)
    return taken.replace(reading="inferred"), note


def group_line(items: list[Item], original: str) -> tuple[list[Item], list[tuple[str, Item]]]:
    """``items`` (one section's or subsection's) with the items that have no clause of their own
    (a deadline of their own they keep), right before an item whose clause is a field line
    standing on a line of its own (责任单位：A牵头，B配合；完成时限：…), given that line's roles
    and, when they have none, its deadline: a plan that writes one responsibility line after
    each group of tasks (每一组工作任务之后列明的责任单位…适用于该组全部任务; "1. … (H1 2026)
    2. … (monthly) / Delivery partners: A, B.").  A guess: read ``inferred``; each such item
    is returned with the item whose line it took, for the DP208 that says so."""
    out = list(items)
    notes: list[tuple[str, Item]] = []
    run: list[int] = []  # the clause-less items since the last clause
    for k, item in enumerate(out):
        r = item.responsibility
        if r.mode is None and r.raw is None:
            run.append(k)
            continue
        if (
            run
            and r.mode is not None
            and r.span is not None
            and (
                _own_line(original, past_deadline_field(original, r.span))
                or (
                    (len(run) > 1 or _after_blank_line(original, r.span))  # (a task's own
                    and _bracket_line(original, r.span)  # bracket may open a line the page
                )  # width cut: one clause-less task before it is no group, unless a blank line
                # sets the bracket apart as a paragraph of its own)
                or (
                    r.reading == "inferred"
                    and _sentence_line(original, r.span)
                    and all(out[j].text.rstrip().endswith(SENTENCE_ENDS) for j in run)
                )
            )
        ):
            shared = r.replace(reading="inferred")
            for j in run:
                own = out[j].deadline
                out[j] = out[j].replace(
                    responsibility=shared, deadline=item.deadline if own is None else own
                )
                notes.append(
                    (
                        f"item {out[j].number}: no clause of its own: the field line"
                        f" after item {item.number}, which closes the group, was applied",
                        item,
                    )
                )
        run = []
    return out, notes


def group_sentences(
    items: list[Item], closers: list[Item]
) -> tuple[list[Item], list[tuple[str, Item]]]:
    """``items`` (one section's or subsection's) with the items that have no clause of their
    own given the roles of the first group sentence after them (``closers``, each read as an
    item: 1．… 2．… 以上工作由A牵头，B配合，2019年11月底前完成。), and its deadline when they
    have none: a plan that says who does each group of tasks in one sentence after it
    (:mod:`divplan.parsing.group_scope`).  A guess: read ``inferred``; each such item is
    returned with the sentence it took, for the DP208 that says so."""
    out = list(items)
    notes: list[tuple[str, Item]] = []
    for k, item in enumerate(out):
        if item.responsibility.mode is not None or item.responsibility.raw is not None:
            continue  # (a task with its own clause keeps it, whatever the sentence says)
        closer = next((c for c in closers if c.span[0] >= item.span[1]), None)
        if closer is None or closer.responsibility.mode is None:
            continue
        if any(
            o.span[0] < closer.span[0] and o.responsibility.reading == "exact"
            for o in items[k + 1 :]
        ):  # (a task with its own field line between: the item is that line's group's)
            continue
        shared = closer.responsibility.replace(reading="inferred")
        out[k] = item.replace(responsibility=shared, deadline=item.deadline or closer.deadline)
        notes.append(
            (
                f"item {item.number}: no clause of its own: the sentence after its group,"
                " which says who does the tasks above it, was applied",
                closer,
            )
        )
    return out, notes


def line_over(
    text: str,
    heading: Block | None,
    others: list[Block],
    items: list[Block],
    clauses_in: Callable[[int, int], ItemClauses],
) -> ItemClauses | None:
    """The responsibility line between a heading and its first task, read (一、… /
    责任单位：A牵头，B配合；完成时限：… / 1．… 2．…): such a plan writes each group's line over
    its tasks, so a field line after a task's text there opens the next group instead of
    closing its own (:func:`divplan.assemble` shifts them).  None when there is no such line."""
    if heading is None or not items:
        return None
    for b in others:
        if not heading.end <= b.start < items[0].start:
            continue
        shaped = (
            _own_line(text, b.start)
            or text[b.end - 1] in ":："  # (or a lead-in: "… with B:")
            or heads_group_below(text, b.start, b.end)  # (or （以下任务由A牵头…）)
        )
        found = clauses_in(b.start, b.end)
        if (shaped or found.text_end <= b.start) and (  # (or a sentence that is wholly a
            found.reading is not None and found.reading.says_who()  # clause: "A as
        ):  # principal, with B in support." over 1. … 2. …)
            return found
    return None


def lines_over_paragraphs(
    text: str,
    heading: Block | None,
    items: list[Block],
    others: list[Block],
    item_clauses: Callable[[Block], ItemClauses],
) -> tuple[list[Block], list[Block], list[tuple[int, ItemClauses]]] | None:
    """Unnumbered tasks under the line that says who does their group (一、… / （责任分工：A牵头，
    B配合） / 　　task / 　　task / (B负责) / 　　task …; "Responsibility: … / Deadline: … /
    task / task"): the tasks, the other blocks, and each group's line with where it stands;
    None for any other
    layout.  Read as lines were, each line would be an item with no task and its tasks stray
    paragraphs: the plan writes a line first under its heading, and every item of the
    section is such a line with no task text, so the paragraphs after each are its tasks.
    A guess the items' readings say (the heading-clause note of :mod:`divplan.assemble`)."""
    if not items or not others:  # (under a heading, or in a plan with no headings)
        return None
    lines: list[tuple[int, ItemClauses]] = []
    for b in items:
        found = item_clauses(b)
        r = found.reading
        if b.kind != "text" or r is None or not r.says_who():
            return None
        if found.text_end > (found.text_start if found.text_start is not None else b.start):
            return None  # a task of its own: no group's line
        lines.append((b.start, found))
    tasks: list[Block] = []
    for b in sorted(others, key=lambda b: b.start):
        if b.start > items[0].start and b.kind == "text":
            if is_furniture(text[b.start : b.end]):
                break  # (a document's footer, CC: …, ends the tasks)
            tasks.append(b)
    first = min(items + others, key=lambda b: b.start)
    if first is not items[0] or not tasks:
        return None  # (the line first under the heading, and tasks after it)
    strays = [b for b in others if b not in tasks] + items  # (the lines: no items, as a
    return tasks, strays, lines  # group's line over numbered tasks is not)


def forward_line_first(
    text: str, node: SectionNode, item_clauses: Callable[[Block], ItemClauses]
) -> tuple[list[Block], list[Block]]:
    """A section's items and other blocks, its first item moved among the others when it is
    a line scoping itself over the tasks below it, unbracketed, with no task text of its own
    (此组任务：A牵头，B配合。 / 本部分工作由A负责。 over plain paragraphs; marked so by
    :func:`divplan.parsing.group_lines.forward_lines_over_paragraphs`): :func:`line_over`
    then reads it as the group's line."""
    items, others = node.items, node.others
    if len(items) < 2 or items[0].kind != "text" or items[1].kind != "text":
        return items, others
    b = items[0]
    found = item_clauses(b)
    text_start = found.text_start if found.text_start is not None else b.start
    scope = forward_scope_end(text, b.start, b.end)
    if scope is None or found.text_end > max(text_start, scope):
        return items, others
    return items[1:], [*others, b]


def paragraphs_over_lines(
    text: str,
    heading: Block | None,
    items: list[Block],
    others: list[Block],
    item_clauses: Callable[[Block], ItemClauses],
) -> tuple[list[Block], list[Block]] | None:
    """Unnumbered tasks whose field lines stand under them as blocks of their own (一、… /
    　　task。 / 牵头单位：A / 配合单位：B / 　　task。 / 责任单位：C): each item, a field line
    with no task text, and the paragraph right above it, one task; the items so joined and the
    other blocks; None for any other layout (a line first under the heading heads its group:
    :func:`lines_over_paragraphs`).  Read as blocks were, the items had no text and their
    tasks were stray paragraphs.  Paragraphs further up, back to the last line, are tasks of
    the line's group: items of their own, which take its roles (:func:`group_line`).  Items
    that hold their own task (task。 / 完成时限：… / 牵头单位：A) stay as they are."""
    if not items or not others:  # (under a heading, or in a plan with no headings)
        return None
    blocks = sorted(items + others, key=lambda b: b.start)
    own = {id(b) for b in items if _own_task(b, item_clauses(b))}
    if len(own) == len(items) or (blocks[0] in items and id(blocks[0]) not in own):
        return None
    joined: list[Block] = []
    used: set[int] = set()
    for b in items:
        if b.kind != "text" or item_clauses(b).reading is None:
            return None
        if id(b) in own:
            joined.append(b)
            continue
        k = blocks.index(b)
        above = blocks[k - 1]
        if above in items or above.kind != "text" or id(above) in used:
            return None
        used.add(id(above))
        j = k - 2  # the paragraphs above it back to the last line: its group's tasks, which
        while j >= 0 and blocks[j] not in items and blocks[j].kind == "text" and (  # share
            id(blocks[j]) not in used and _task_paragraph(text, blocks[j], blocks[j + 1])
        ):  # its line (group_line, said as a guess)
            used.add(id(blocks[j]))
            joined.append(blocks[j])
            j -= 1
        joined.append(replace(above, last=b.last, end=b.end, has_clause=True))
    joined.sort(key=lambda b: b.start)
    return joined, [o for o in others if id(o) not in used]


def _own_task(b: Block, found: ItemClauses) -> bool:
    """Whether item block ``b`` holds its task's text before its clause."""
    return found.text_end > (found.text_start if found.text_start is not None else b.start)


def _task_paragraph(text: str, b: Block, after: Block) -> bool:
    """Whether ``b`` is a task's paragraph of its own: blank lines set it apart, or it is a
    whole sentence with no field in it (not the end of a field line a page width cut:
    "and bureaus participate⏎Completion time limit: …")."""
    if b.blank_before and after.blank_before:
        return True
    body = text[b.body_start : b.end].rstrip()
    return body.endswith(SENTENCE_ENDS) and not body[:1].islower() and (
        not any(starts_with_label(text, s, b.end) for s in _line_starts(text, b))
    )


def _line_starts(text: str, b: Block) -> list[int]:
    starts = [b.body_start]
    while (nl := text.find("\n", starts[-1], b.end)) >= 0:
        starts.append(nl + 1)
    return starts


def lines_after_tasks(
    text: str,
    items: list[Block],
    others: list[Block],
    over: ItemClauses | None,
    item_clauses: Callable[[Block], ItemClauses],
) -> list[tuple[int, ItemClauses]]:
    """In a section whose first group's line heads it (``over``), the later groups' lines
    that lead their tasks in after a group's last task ("1. … 2. … / B shall be responsible for
    the following: / 3. …"), with where each stands: the tasks under one take its roles."""
    if over is None or not items:
        return []
    found = []
    for b in others:
        if b.start > items[0].start and (
            text[b.end - 1] in ":："
            or opens_forward_group(text, b.start, b.end)
            or starts_with_label(text, b.start, b.end)  # (责任单位：… as the first line was)
        ):
            line = item_clauses(b)
            if line.reading is not None and line.reading.says_who():
                found.append((b.start, line))
    return found


def trailing_line(text: str, block: Block, found: ItemClauses) -> bool:
    """Whether the clause ``found`` of ``block`` is a field line after its task's text."""
    r = found.reading
    return r is not None and r.span is not None and r.span[0] > block.body_start and (
        _own_line(text, r.span[0])
    )


def _own_line(text: str, at: int) -> bool:
    """Whether a clause at ``at`` is a field line: it opens a line of its own with a label
    (责任单位：…), not a bracket or a sentence ("The Ministry of Commerce shall lead")."""
    at += text.startswith(_OPENERS, at)  # （责任单位：A）: a field line may be bracketed
    before = text[:at].rstrip(_BLANKS)
    if before.endswith(_OPENERS):  # (an indented bracketed line: 　　（责任单位：A）)
        before = before[:-1].rstrip(_BLANKS)
    line_end = text.find("\n", at)
    own_line = not before or before.endswith("\n")
    return own_line and starts_with_label(text, at, len(text) if line_end < 0 else line_end)


def _sentence_line(text: str, span: tuple[int, int]) -> bool:
    """Whether a clause read from a last sentence opens a line of its own after a line that
    closes a sentence and closes its paragraph: the group's sentence after its tasks, which a
    text with no blank lines (a PDF's) runs into the last task ("3. Build … kindergarten. /
    County Education Bureau lead the title, …")."""
    before = text[: span[0]].rstrip(_BLANKS)
    after = text[span[1] :].lstrip(" \t\u3000。.;；")
    return (
        before.endswith("\n")
        and before.rstrip().endswith(SENTENCE_ENDS)
        and (not after or after.startswith("\n"))
    )


def _bracket_line(text: str, span: tuple[int, int]) -> bool:
    """Whether the clause at ``span`` is a bracket standing on a line of its own, after the
    group of tasks it closes ("1. … 2. … 3. … / (A, B respectively undertake)")."""
    s, e = span
    if text.startswith(_OPENERS, s) and text[e - 1 : e] in _CLOSERS:
        s, e = s + 1, e - 1  # (the span holds its brackets)
    before = text[:s].rstrip(_BLANKS)
    after = text[e:].lstrip(" \t\u3000")
    if not before.endswith(_OPENERS) or not after.startswith(_CLOSERS):
        return False
    before = before[:-1].rstrip(_BLANKS)
    after = after[1:].lstrip(" \t\u3000。.")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def _after_blank_line(text: str, span: tuple[int, int]) -> bool:
    """Whether the clause at ``span`` (its bracket) opens a paragraph after a blank line."""
    before = text[: span[0]].rstrip(_BLANKS)
    if before.endswith(_OPENERS):
        before = before[:-1].rstrip(_BLANKS)
    return before.endswith("\n") and before[:-1].rstrip(_BLANKS).endswith("\n")


_OPENERS, _CLOSERS = ("（", "(", "【", "["), ("）", ")", "】", "]")
_BLANKS = " \t\u3000*_#"  # (Markdown's marks before a line's label: **责任分工：**A牵头…)


__all__ = [
    "forward_line_first",
    "group_line",
    "group_sentences",
    "line_over",
    "lines_after_tasks",
    "lines_over_paragraphs",
    "paragraphs_over_lines",
    "same_as_above",
    "trailing_line",
]
