"""Assemble: what the parsing stages found becomes the public models (models.py).

Why a module of its own: the pipeline wires stages; this turns one document's outline, its
clause readings and its notice into sections, items, responsibilities, deadlines, metadata
and unparsed segments.  Every span is mapped from the normalised text back onto the text the
user gave (``Document.span``), and displayed text is rebuilt from the original characters
with page lines dropped and hard wraps joined (``Document.clean``).  Departments are resolved
once per distinct name in a document (a plan names the same ministry dozens of times).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from divplan import inherited
from divplan.check.diagnostics import Locator
from divplan.group_deadlines import apply_group_deadlines
from divplan.inherited import group_line, group_sentences, line_over, same_as_above, trailing_line
from divplan.label_agreement import Guessed
from divplan.names.abbreviations import defined, through_definitions
from divplan.names.keys import normalise as name_key
from divplan.names.registry import Registry
from divplan.names.resolve import dedupe, issuers_own, share_level
from divplan.notice_records import metadata
from divplan.numbering import Numbering, numbering_of
from divplan.parsing.blocks import Block
from divplan.parsing.clauses import ItemClauses, read_item
from divplan.parsing.cues import deadline_label_end
from divplan.parsing.cut_lists import cut_list
from divplan.parsing.group_scope import group_closers, read_group_sentence
from divplan.parsing.inner_clauses import inner_clause
from divplan.parsing.normalise import Normalised
from divplan.parsing.rejoin import rejoin
from divplan.parsing.roles import shared_when_only_helpers
from divplan.parsing.sentence_clauses import opening_clause, sentence_clause, wholly_a_clause
from divplan.parsing.sentence_deadlines import closing_deadline
from divplan.parsing.structure import Outline
from divplan.records import (
    Deadline,
    Department,
    Diagnostic,
    Item,
    Responsibility,
    Section,
    Subsection,
)
from divplan.unparsed_segments import unparsed


@dataclass
class Document:
    """Everything the model-building steps share for one document."""

    original: str
    norm: Normalised
    registry: Registry
    locator: Locator
    on: str | None = None
    clauses: dict[tuple[int, int], ItemClauses] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    resolved: dict[tuple[str, str, str | None], Department] = field(default_factory=dict)
    defined: dict[str, tuple[str, ...]] | None = None  # abbreviations the document defines
    above: tuple[int, Responsibility] | None = None  # the last item that named anyone: 同上
    issuer: str | None = None  # the notice's issuer's id: its own "Department of …" is no ministry
    guessed: list[Guessed] = field(default_factory=list)  # items whose labels were guessed

    def department(self, mention: str, span: tuple[int, int], lookup: str) -> Department:
        """``mention`` resolved on the document's date, once per distinct name (cached); an
        abbreviation the document defines (:mod:`divplan.names.abbreviations`) through its
        full name, when the registry knows that."""
        key = (mention, lookup, self.on)
        found = self.resolved.get(key)
        if found is None:
            r, on = self.registry, self.on
            found = through_definitions(mention, span, r, on, lookup, self.abbreviations())
            self.resolved[key] = found = issuers_own(found, self.issuer, r)
            return found
        return found.replace(span=span)

    def abbreviations(self) -> dict[str, tuple[str, ...]]:
        if self.defined is None:
            self.defined = defined(self.norm.text)
        return self.defined

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.norm.span(start, end)

    def clean(self, start: int, end: int) -> str:
        """Original text of the normalised ``[start, end)``: page lines dropped, wraps joined."""
        s, e = self.span(start, end)
        raw = self.original[s:e]
        for ps, pe in reversed(self.norm.pages):
            if s <= ps and pe <= e:
                raw = raw[: ps - s] + raw[pe - s :]
        return rejoin(raw)

    def item_clauses(self, block: Block) -> ItemClauses:
        return self.clauses_in(block.body_start, block.end)

    def clauses_in(self, start: int, end: int) -> ItemClauses:
        """The clause and deadline closing ``[start, end)`` of the normalised text (cached)."""
        found = self.clauses.get((start, end))
        if found is None:
            found = read_group_sentence(self.norm.text, start, end, self.registry) or (
                read_item(self.norm.text, start, end, self.registry)
            )  # (以上工作由A牵头…: a group's sentence, read whole)
            self.clauses[(start, end)] = found
        return found

    def line_clauses(self, start: int, end: int) -> ItemClauses:
        """A group's line: its fields or bracket, or, for a line leading its tasks in ("Convened
        by A, with contributions from B:"), its words read as an item's opening words, or a
        sentence that is nothing but a clause."""
        found = self.clauses_in(start, end)
        if found.reading is not None and found.reading.says_who():
            return found
        text = self.norm.text  # (or a sentence that is wholly a clause: "A as principal,
        reading = (  # with B in support; to be completed by …." over 1. … 2. …)
            opening_clause(text, start, end, self.registry) if text[end - 1] in ":："
            else sentence_clause(text, start, end, self.registry)
        )
        if reading is not None and (text[end - 1] in ":：" or wholly_a_clause(
            text, start, end, self.registry, reading
        )):
            return ItemClauses(reading, start, deadline=reading.deadline)
        return found

    def sentence_end(self, block: Block) -> int:
        """Where a block's sentences end: before a deadline's field line under them."""
        found = self.item_clauses(block)
        if found.reading is None and found.deadline is not None and (
            self.norm.text[found.deadline[0] - 1] not in "(（"  # (a bracket: read with it)
        ):
            return max(found.text_end, block.body_start)
        return block.end

    def item_closed(self, start: int, end: int) -> bool:
        """Whether an item is complete: it ends with a clause or a deadline."""
        found = self.clauses_in(start, end)
        return found.reading is not None or found.deadline is not None

    def marker(self, block: Block) -> str | None:
        """A block's marker as written in the source (１． stays １．)."""
        if block.marker is None:
            return None
        s, e = self.span(block.start, block.start + len(block.marker))
        return self.original[s:e]

    def diag(self, code: str, message: str, span: tuple[int, int]) -> None:
        self.diagnostics.append(self.locator.make(code, message, span))


def _heading(ctx: Document, block: Block) -> tuple[str | None, str | None, ItemClauses | None]:
    """A heading's marker and title, and the clause it carries, if any: （一）加快网络建设
    （A牵头，B配合） assigns the tasks under it that name no one themselves."""
    if block.body_start >= block.end:
        return ctx.marker(block), None, None
    found = ctx.item_clauses(block)
    if found.reading is None or found.reading.span is None:
        return ctx.marker(block), ctx.clean(block.body_start, block.end), None
    return ctx.marker(block), ctx.clean(block.body_start, found.text_end), found


def sections(ctx: Document, tree: Outline, before: Numbering | None = None) -> list[Section]:
    before = before or Numbering()
    out: list[Section] = []
    position, sub_no = before.items, before.subsections  # (unnumbered items count 1..n)
    first_sec = before.sections
    if before.sections and tree.sections and tree.sections[0].block is None:
        first_sec -= 1  # the part opens inside the last section of the part before
    for sec_no, node in enumerate(tree.sections, start=first_sec + 1):
        marker, title, heading = _heading(ctx, node.block) if node.block else (None, None, None)
        span = ctx.span(node.block.start, node.block.end) if node.block else (0, 0)
        text, read = ctx.norm.text, lambda b: ctx.line_clauses(b.start, b.end)
        node.items, node.others = inherited.forward_line_first(text, node, ctx.item_clauses)
        over = line_over(text, node.block, node.others, node.items, ctx.line_clauses)
        lines = inherited.lines_after_tasks(text, node.items, node.others, over, read)
        parts = (node.block, node.items, node.others)
        groups = inherited.lines_over_paragraphs(  # (a line's fields, bracket, or sentence
            text, *parts, lambda b: ctx.line_clauses(b.body_start, b.end)  # wholly a clause)
        )
        if groups is not None:  # the lines are the groups', the paragraphs their tasks
            node.items, node.others, lines, over = *groups, None
        elif (fields := inherited.paragraphs_over_lines(text, *parts, ctx.item_clauses)):
            node.items, node.others = fields  # (each task's field lines under it)
        items, position = _items(ctx, node.items, position, heading, over, node.others, lines)
        subsections: list[Subsection] = []
        for sub in node.subsections:
            sub_no += 1
            s_marker, s_title, s_heading = _heading(ctx, sub.block)
            s_over = line_over(ctx.norm.text, sub.block, sub.others, sub.items, ctx.clauses_in)
            above = s_heading or heading
            s_items, position = _items(ctx, sub.items, position, above, s_over, sub.others)
            subsections.append(
                Subsection(
                    number=sub_no,
                    marker=s_marker,
                    title=s_title,
                    span=ctx.span(sub.block.start, sub.block.end),
                    items=s_items,
                )
            )
        if node.block is None and items:
            span = (items[0].span[0], items[-1].span[1])
        out.append(
            Section(
                number=sec_no,
                marker=marker,
                title=title,
                span=span,
                subsections=subsections,
                items=items,
            )
        )
    for note, took, guess in apply_group_deadlines(out, ctx.original):
        if guess:  # (a label's scope words say so: no guess)
            ctx.diag("DP214", note, took.span)
    return out


def _items(
    ctx: Document, blocks: list[Block], position: int,
    heading: ItemClauses | None = None, over: ItemClauses | None = None,
    others: list[Block] = [],  # noqa: B006 (read only: the stray paragraphs beside them)
    lines: list[tuple[int, ItemClauses]] = [],  # noqa: B006 (read only: the groups' lines)
) -> tuple[list[Item], int]:  # fmt: skip
    out: list[Item] = []
    for block in blocks:
        for at, line in lines:  # under the last group's line above it
            if at < block.start:
                heading, over = line, over and line
        numbered = block.kind != "text" and block.number is not None
        position += not numbered  # unnumbered items count 1..n among themselves
        number = block.number if numbered and block.number else position
        found = ctx.item_clauses(block) if over is not None else None  # lines over groups:
        if found is not None and trailing_line(ctx.norm.text, block, found):  # a line after a
            out.append(_item(ctx, block, number, numbered, over, own=False))  # task opens the
            over = found  # next group; the task takes the line above
        else:
            out.append(_item(ctx, block, number, numbered, over or heading))
    if over is None:  # 1．… 2．… 责任单位：… / 以上工作由A牵头… (the group's line or sentence)
        above = ctx.above  # (以上工作由A牵头…, read as items: no item "same as above" can name)
        sentences = group_closers(ctx.norm.text, others, ctx.registry, ctx.sentence_end)
        closers = [_item(ctx, b, 0, False) for b in sentences]  # (item 0: a group's sentence)
        ctx.above, (out, after) = above, group_sentences(out, closers)
        out, shared = group_line(out, ctx.original)  # (the items no sentence closes)
        for note, closing in shared + after:
            ctx.diag("DP208", note, closing.responsibility.span or closing.span)
    return out, position


_HEADING_GUESS = "no clause of its own: the clause of the heading above it was applied"


def _named(number: int) -> str:
    """How a diagnostic names an item (number 0: a group's sentence, read as an item)."""
    return f"item {number}" if number else "the sentence after a group"

def _item(
    ctx: Document, block: Block, number: int, numbered: bool,
    heading: ItemClauses | None = None, own: bool = True,
) -> Item:  # fmt: skip
    """One item; ``own`` false: its line after its text is the next group's (``line_over``)."""
    found = ctx.item_clauses(block)
    if not own:
        found = replace(found, reading=None, unread=None, deadline=None)
    text_start = block.body_start if block.kind != "text" else block.start
    if found.text_start is not None:  # the clause is written before the task
        text_start = max(text_start, found.text_start)
    text_end = max(found.text_end, text_start)
    reading = found.reading
    if reading is None and found.unread is None:
        # no bracket or field: the last sentence (…。由A牵头，B配合。, before any 完成时限：… line)
        # or the opening words (由A负责，将…) may say who does it
        sentence_end = found.text_end if found.text_end > text_start else block.end
        if found.deadline is not None and ctx.norm.text[found.deadline[0] - 1] in "(（":
            sentence_end = block.end  # ("A, B, within their remits (by 2019)": its own line)
        reading = sentence_clause(ctx.norm.text, text_start, sentence_end, ctx.registry) or (
            opening_clause(ctx.norm.text, text_start, sentence_end, ctx.registry)
        )
        inner = None if reading is not None else (  # (…建设，由A牵头，B参加，逐步建立…)
            inner_clause(ctx.norm.text, text_start, sentence_end, ctx.registry)
        )
        reading = reading or inner
        if reading is not None and reading.span is not None and inner is None:
            if reading.span[0] > text_start:  # (opening words stay in the task's text)
                text_end = reading.span[0]
            elif reading.deadline is not None and reading.deadline[0] > reading.span[1]:
                text_end = min(text_end, reading.deadline[0])  # (由A负责，…。⏎持续推进)
            while text_end > text_start and ctx.norm.text[text_end - 1] in " \n":
                text_end -= 1
        elif heading is not None and heading.reading is not None:  # a point under （一）…（A牵头）
            own_deadline = closing_deadline(ctx.norm.text, text_start, sentence_end)  # (its own
            if own_deadline is not None:  # "…. Completed before the end of May 2006.": kept)
                text_end = min(text_end, own_deadline[0])
            reading = replace(
                heading.reading,
                reading="inferred",
                guesses=[_HEADING_GUESS, *heading.reading.guesses],
                deadline=own_deadline or heading.reading.deadline or heading.deadline,
            )
    responsibility = Responsibility(mode=None)
    if reading is not None:
        reading = cut_list(ctx.norm.text, shared_when_only_helpers(reading))  # ("A、B协同攻坚":
        # no lead word, joint; "A lead the work,  Deadline: …": a list a page's break cut)
    if reading is not None and reading.span is not None:
        leads = dedupe(
            [ctx.department(ctx.clean(*r.span), ctx.span(*r.span), r.lookup) for r in reading.leads]
        )
        lead_ids = {d.id: d.mention for d in leads if d.id}
        named = dedupe(
            [
                ctx.department(ctx.clean(*r.span), ctx.span(*r.span), r.lookup)
                for r in reading.participants
            ]
        )
        leads, named = share_level(leads, named)  # 市人社局、医保局: the city's 医保局
        participants = [d for d in named if d.id is None or d.id not in lead_ids]
        clause_span = ctx.span(*reading.span)
        doubled = [
            d for d in named if d.id in lead_ids and name_key(d.mention) != name_key(lead_ids[d.id])
        ]  # "Department of Finance in conjunction with the Ministry of Finance": one may be
        for d in doubled:  # a ministry's own department, read as the body it shares a name with
            ctx.diag(
                "DP208",
                f"{_named(number)}: 「{lead_ids[d.id or '']}」 (lead) and 「{d.mention}」"
                f" (participant) both read as {d.id}: one of them may be another body",
                clause_span,
            )
        responsibility = Responsibility(
            mode=reading.mode,
            leads=leads,
            participants=participants,
            others=reading.others,
            raw=ctx.original[clause_span[0] : clause_span[1]],
            span=clause_span,
            reading="inferred" if doubled else reading.reading,
        )
        if reading.guessed_labels:  # (a label alone here, another item's lead field: agree_labels)
            ctx.guessed.append((responsibility, reading.guessed_labels, clause_span, number))
        if reading.guesses:
            ctx.diag(
                "DP208",
                f"{_named(number)}: clause read by inference: {'; '.join(reading.guesses)}",
                clause_span,
            )
    elif found.unread is not None:
        unread_span = ctx.span(*found.unread)
        responsibility = Responsibility(
            mode=None, raw=ctx.original[unread_span[0] : unread_span[1]], span=unread_span
        )
    if reading is not None and reading.ditto and reading.span is not None:
        responsibility, note = same_as_above(ctx.above, number, reading.ditto, responsibility)
        ctx.diag("DP208", note, responsibility.span or (0, 0))
    if responsibility.mode is not None:
        ctx.above = (number, responsibility)
    deadline = None
    written = found.deadline
    if written is None and reading is not None and reading is not found.reading:
        written = reading.deadline  # 由A牵头，B配合，年内完成。: the sentence's own deadline
    if written is None and reading is not None and reading.span is not None and own:
        written = closing_deadline(ctx.norm.text, text_start, text_end)  # (…。2010年6月底前
        if written is not None and set(ctx.norm.text[slice(*written)]) & set(",，"):
            written = None  # ("By 2015, the number … will reach 100,000.": a target's sentence)
        if written is not None:  # 出台  责任单位：A: the task's last sentence its deadline)
            text_end = written[0]
            while text_end > text_start and ctx.norm.text[text_end - 1] in " \n":
                text_end -= 1
    if written is not None:
        written = _past_label(ctx.norm.text, written)  # ("Completion target: By the end …")
        deadline = Deadline(text=ctx.clean(*written), span=ctx.span(*written))
    return Item(
        number=number,
        numbered=numbered,
        marker=ctx.marker(block) if numbered else None,
        text=ctx.clean(text_start, text_end),
        text_span=ctx.span(text_start, text_end),
        span=ctx.span(block.start, block.end),
        responsibility=responsibility,
        deadline=deadline,
    )




def _past_label(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A deadline's span past a label of words no row holds opening it (a line "Completion
    target: By the end of 2024" read whole): the date alone, as a known label leaves it."""
    s, e = span
    at = deadline_label_end(text, s, e)
    while s < at < e and text[at] in " \t\u3000":
        at += 1
    return (at, e) if s < at < e else span


__all__ = ["Document", "Numbering", "metadata", "numbering_of", "sections", "unparsed"]
