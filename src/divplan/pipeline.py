"""The pipeline, top to bottom: read → normalise → structure → clauses → resolve → models.

Each stage is its own module; this one only wires them and maps every span from the
normalised text back onto the decoded source, so that offsets in the output always point
into the text the user gave.
"""

from __future__ import annotations

import gc
import hashlib
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from divplan.check.diagnostics import Locator
from divplan.errors import read_bytes
from divplan.models import (
    Deadline,
    Department,
    Diagnostic,
    DocNumber,
    Item,
    Metadata,
    Plan,
    Responsibility,
    Section,
    Source,
    Subsection,
    TextField,
    Unparsed,
)
from divplan.names.registry import Registry
from divplan.names.resolve import dedupe, department
from divplan.notice import DocNumber as NoticeDocNumber
from divplan.notice import find_dates, read_notice
from divplan.parsing.blocks import Block
from divplan.parsing.clauses import ItemClauses, is_deadline, read_item
from divplan.parsing.normalise import Normalised, normalise
from divplan.parsing.structure import Outline, outline
from divplan.read import Extracted, read

_CJK = re.compile(r"[\u3400-\u9fff]")
# characters written without spaces around them: CJK ideographs and CJK/full-width punctuation
_CJK_TIGHT = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
_WRAP = re.compile(r"[ \t\u3000]*(?:\r\n|\r|\n)[ \t\u3000]*")
_DATE_LINE_MAX = 40


@dataclass
class _Context:
    """Everything the model-building steps share for one document."""

    original: str
    norm: Normalised
    registry: Registry
    locator: Locator
    on: str | None = None
    clauses: dict[tuple[int, int], ItemClauses] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.norm.span(start, end)

    def clean(self, start: int, end: int) -> str:
        """Original text of the normalised ``[start, end)``: page lines dropped, wraps joined."""
        s, e = self.span(start, end)
        raw = self.original[s:e]
        for ps, pe in reversed(self.norm.pages):
            if s <= ps and pe <= e:
                raw = raw[: ps - s] + raw[pe - s :]
        return _WRAP.sub(_join, raw).strip()

    def item_clauses(self, block: Block) -> ItemClauses:
        return self.clauses_in(block.body_start, block.end)

    def clauses_in(self, start: int, end: int) -> ItemClauses:
        """The clause and deadline closing ``[start, end)`` of the normalised text (cached)."""
        found = self.clauses.get((start, end))
        if found is None:
            found = read_item(self.norm.text, start, end, self.registry)
            self.clauses[(start, end)] = found
        return found

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


def _join(m: re.Match[str]) -> str:
    s = m.string
    before = s[m.start() - 1] if m.start() > 0 else ""
    after = s[m.end()] if m.end() < len(s) else ""
    return "" if _CJK_TIGHT.match(before) and _CJK_TIGHT.match(after) else " "


def _is_date_line(s: str) -> bool:
    return len(s) <= _DATE_LINE_MAX and bool(find_dates(s))


def _language(text: str) -> str:
    sample = text[:20000]
    cjk = len(_CJK.findall(sample))
    if cjk < max(20, len(sample) // 20):
        return "en"
    from zhconv_rs import zhconv

    hans = str(zhconv(sample, "zh-hans"))
    changed = sum(1 for a, b in zip(sample, hans, strict=False) if a != b)
    return "zh-Hant" if changed > cjk // 50 else "zh"


# ---------------------------------------------------------------------------------- entry points
def parse(text: str, *, registry: Registry | None = None, path: str | None = None) -> Plan:
    """Parse a plan given as text."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    if text.startswith("\ufeff"):
        text = text[1:]
    return _parse(text, "utf-8", digest, path, registry or Registry.default())


def parse_bytes(
    data: bytes,
    *,
    encoding: str | None = None,
    path: str | None = None,
    registry: Registry | None = None,
    input_format: str | None = None,
) -> Plan:
    """Parse a plan given as the bytes of a file of any format :mod:`divplan.read` reads.

    ``input_format`` (text, html, docx, pdf, xlsx, tsv, markdown; None or "auto": sniffed from
    the bytes) forces a reader; ``encoding`` forces the codec of text and HTML.
    """
    return parse_bytes_with_text(
        data, encoding=encoding, path=path, registry=registry, input_format=input_format
    )[0]


def parse_bytes_with_text(
    data: bytes,
    *,
    encoding: str | None = None,
    path: str | None = None,
    registry: Registry | None = None,
    input_format: str | None = None,
) -> tuple[Plan, str]:
    """Parse bytes and also return the extracted text the plan's spans point into."""
    extracted = read(data, input_format=input_format, encoding=encoding, path=path)
    return parse_extracted(extracted, path=path, registry=registry), extracted.text


def parse_extracted(
    extracted: Extracted, *, path: str | None = None, registry: Registry | None = None
) -> Plan:
    """Parse a document already read by :func:`divplan.read.read` (``--only-plans`` reads once)."""
    text = extracted.text
    plan = _parse(
        text, extracted.encoding, extracted.sha256, path, registry or Registry.default()
    )
    plan.source.format = extracted.format
    plan.source.size = extracted.size
    notes: list[Diagnostic] = []
    locator = Locator(text)
    if extracted.replaced and "\ufffd" in text:
        first = text.index("\ufffd")
        notes.append(
            locator.make(
                "DP001",
                f"{extracted.replaced} undecodable byte(s) replaced by U+FFFD",
                (first, first + 1),
            )
        )
    if extracted.guess:
        notes.append(locator.make("DP002", extracted.guess, (0, min(1, len(text)))))
    plan.diagnostics[:0] = notes
    return plan


def parse_file(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    registry: Registry | None = None,
    input_format: str | None = None,
) -> Plan:
    """Parse the plan in file ``path``; unreadable input raises :class:`InputError`."""
    name = os.fspath(path)
    data = read_bytes(name)
    return parse_bytes(
        data, encoding=encoding, path=name, registry=registry, input_format=input_format
    )


# ---------------------------------------------------------------------------------- the stages
@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while one document is parsed.

    Parsing allocates many small objects and creates no reference cycles worth collecting;
    on a large document the collector's full passes over the growing heap cost a third of
    the time.  Reference counting still frees everything; the collector resumes afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _parse(text: str, encoding: str, digest: str, path: str | None, registry: Registry) -> Plan:
    with _collector_paused():
        return _parse_paused(text, encoding, digest, path, registry)


def _parse_paused(
    text: str, encoding: str, digest: str, path: str | None, registry: Registry
) -> Plan:
    norm = normalise(text)
    ctx = _Context(text, norm, registry, Locator(text))

    def has_clause(_t: str, block: Block) -> bool:
        return ctx.item_clauses(block).reading is not None

    tree = outline(norm.text, has_clause, is_deadline, _is_date_line, ctx.item_closed)
    metadata = _metadata(ctx, tree)
    ctx.on = metadata.date
    if metadata.issuer is not None:
        metadata.issuer = department(
            metadata.issuer.mention, metadata.issuer.span, registry, ctx.on
        )
    sections = _sections(ctx, tree)
    plan = Plan(
        source=Source(path=path, encoding=encoding, length=len(text), sha256=digest),
        language=_language(norm.text),
        metadata=metadata,
        title=(
            TextField(
                text=ctx.clean(tree.title.start, tree.title.end),
                span=ctx.span(tree.title.start, tree.title.end),
            )
            if tree.title
            else None
        ),
        sections=sections,
        unparsed=_unparsed(ctx, tree),
    )
    from divplan.check.plan_checks import check_plan

    ctx.diagnostics.extend(check_plan(plan, ctx.locator))
    plan.diagnostics = sorted(ctx.diagnostics, key=lambda d: (d.span[0], d.code))
    return plan


def _doc_number(ctx: _Context, d: NoticeDocNumber) -> DocNumber:
    return DocNumber(
        text=d.text,
        issuer_code=d.issuer_code,
        year=d.year,
        serial=d.serial,
        normalized=d.normalized,
        span=ctx.span(*d.span),
    )


def _metadata(ctx: _Context, tree: Outline) -> Metadata:
    regions: list[tuple[int, int]] = []
    if tree.notice:
        regions.append((tree.notice[0].start, tree.notice[-1].end))
    if tree.trailer:
        regions.append((tree.trailer[0].start, tree.trailer[-1].end))
    if not regions:
        return Metadata()
    notice = read_notice(ctx.norm.text, regions)
    spans: dict[str, tuple[int, int]] = {}
    for key, fld in (
        ("title", notice.title),
        ("notice_title", notice.notice_title),
        ("date", notice.date),
        ("addressees", notice.addressees),
    ):
        if fld is not None:
            spans[key] = ctx.span(*fld.span)
    if tree.trailer:
        spans["trailer"] = ctx.span(tree.trailer[0].start, tree.trailer[-1].end)
    issuer: Department | None = None
    if notice.issuer is not None:
        issuer = department(
            ctx.clean(*notice.issuer.span), ctx.span(*notice.issuer.span), ctx.registry, None
        )
    return Metadata(
        title=ctx.clean(*notice.title.span) if notice.title else None,
        doc_number=_doc_number(ctx, notice.doc_number) if notice.doc_number else None,
        issuer=issuer,
        date=notice.date.text if notice.date else None,
        addressees=ctx.clean(*notice.addressees.span) if notice.addressees else None,
        references=[_doc_number(ctx, r) for r in notice.references],
        span=ctx.span(tree.notice[0].start, tree.notice[-1].end) if tree.notice else None,
        spans=spans,
    )


def _heading(ctx: _Context, block: Block) -> tuple[str | None, str | None]:
    title = ctx.clean(block.body_start, block.end) if block.body_start < block.end else None
    return ctx.marker(block), title


def _sections(ctx: _Context, tree: Outline) -> list[Section]:
    out: list[Section] = []
    position = 0  # running count for unnumbered items
    sub_no = 0
    for sec_no, node in enumerate(tree.sections, start=1):
        marker, title = _heading(ctx, node.block) if node.block else (None, None)
        span = ctx.span(node.block.start, node.block.end) if node.block else (0, 0)
        items, position = _items(ctx, node.items, position)
        subsections: list[Subsection] = []
        for sub in node.subsections:
            sub_no += 1
            s_marker, s_title = _heading(ctx, sub.block)
            s_items, position = _items(ctx, sub.items, position)
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
    return out


def _items(ctx: _Context, blocks: list[Block], position: int) -> tuple[list[Item], int]:
    out: list[Item] = []
    for block in blocks:
        position += 1
        numbered = block.kind in ("item", "subsection") and block.number is not None
        out.append(
            _item(ctx, block, block.number if numbered and block.number else position, numbered)
        )
    return out, position


def _item(ctx: _Context, block: Block, number: int, numbered: bool) -> Item:
    found = ctx.item_clauses(block)
    text_start = block.body_start if numbered else block.start
    text_end = max(found.text_end, text_start)
    reading = found.reading
    responsibility = Responsibility(mode=None)
    if reading is not None and reading.span is not None:
        leads = dedupe(
            [
                department(r.mention, ctx.span(*r.span), ctx.registry, ctx.on, r.lookup)
                for r in reading.leads
            ]
        )
        lead_ids = {d.id for d in leads if d.id}
        participants = [
            d
            for d in dedupe(
                [
                    department(r.mention, ctx.span(*r.span), ctx.registry, ctx.on, r.lookup)
                    for r in reading.participants
                ]
            )
            if d.id is None or d.id not in lead_ids
        ]
        clause_span = ctx.span(*reading.span)
        responsibility = Responsibility(
            mode=reading.mode,
            leads=leads,
            participants=participants,
            others=reading.others,
            raw=ctx.original[clause_span[0] : clause_span[1]],
            span=clause_span,
            reading=reading.reading,
        )
        if reading.guesses:
            ctx.diag(
                "DP208", f"item {number}: clause read by inference: {'; '.join(reading.guesses)}",
                clause_span,
            )
    elif found.unread is not None:
        unread_span = ctx.span(*found.unread)
        responsibility = Responsibility(
            mode=None, raw=ctx.original[unread_span[0] : unread_span[1]], span=unread_span
        )
    deadline = None
    if found.deadline is not None:
        deadline = Deadline(text=ctx.clean(*found.deadline), span=ctx.span(*found.deadline))
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


def _segment(ctx: _Context, kind: str, start: int, end: int) -> Unparsed:
    s, e = ctx.span(start, end)
    return Unparsed(kind=kind, text=ctx.original[s:e], span=(s, e))  # type: ignore[arg-type,unused-ignore]


def _unparsed(ctx: _Context, tree: Outline) -> list[Unparsed]:
    out: list[Unparsed] = []
    if tree.leading:
        out.append(_segment(ctx, "leading", tree.leading[0].start, tree.leading[-1].end))
    strays: list[Block] = list(tree.others)
    for node in tree.sections:
        strays.extend(node.others)
        for sub in node.subsections:
            strays.extend(sub.others)
    for block in sorted(strays, key=lambda b: b.start):
        out.append(_segment(ctx, "other", block.start, block.end))
    if tree.trailing:
        out.append(_segment(ctx, "trailing", tree.trailing[0].start, tree.trailing[-1].end))
    for s, e in ctx.norm.pages:
        out.append(Unparsed(kind="page", text=ctx.original[s:e], span=(s, e)))
    out.sort(key=lambda u: u.span[0])
    return out


__all__ = ["parse", "parse_bytes", "parse_extracted", "parse_file"]
