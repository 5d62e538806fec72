"""The pipeline, top to bottom: read → normalise → structure → clauses → resolve → models.

Each stage is its own module; this one only wires them: the public entry points, the
document's language, the checks at the end.  :mod:`divplan.assemble` builds the plan and
maps every span back onto the text the user gave.

The stages build plain records (:mod:`divplan.records`), not the Pydantic models: the
``*_record`` functions return those, and the command writes them without ever importing
Pydantic (:mod:`divplan.records_json`).  The public functions (:func:`parse`,
:func:`parse_file` …) return the models, validated from the records.
"""

from __future__ import annotations

import gc
import hashlib
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from operator import ne
from typing import TYPE_CHECKING

from divplan import assemble
from divplan.assemble import Document
from divplan.check.diagnostics import Locator
from divplan.errors import read_bytes
from divplan.label_agreement import agree_labels
from divplan.mark_legends import apply_mark_legend, word_mark
from divplan.names.registry import Registry
from divplan.names.resolve import department, issuer_in_title, own_departments_issuer
from divplan.notice import find_dates
from divplan.notice.resolution import resolution_date
from divplan.order_legends import apply_order_legend
from divplan.parsing import text_memo
from divplan.parsing.blocks import Block
from divplan.parsing.clause_text import ClauseReading
from divplan.parsing.deadlines import deadline_whole, is_deadline
from divplan.parsing.inner_clauses import inner_clause
from divplan.parsing.normalise import normalise
from divplan.parsing.rejoin import rejoin
from divplan.parsing.sentence_clauses import opening_clause, sentence_clause, wholly_a_clause
from divplan.parsing.structure import Outline, outline
from divplan.read import Extracted, read
from divplan.reader_notes import reader_notes
from divplan.records import Metadata, Plan, Source, TextField
from divplan.records_json import to_model
from divplan.style_legends import bold_leads, unseen_style

if TYPE_CHECKING:
    from divplan import models

_CJK = re.compile(r"[\u3400-\u9fff]")
_DATE_LINE_MAX = 40


def _is_date_line(s: str) -> bool:
    """A short line holding a date (a signature's), not a task's deadline line ("Before
    October 15, 2018" under a task is no notice's date)."""
    return len(s) <= _DATE_LINE_MAX and bool(find_dates(s)) and not deadline_whole(s.strip())


def _language(text: str) -> str:
    sample = text[:20000]
    cjk = len(_CJK.findall(sample))
    if cjk < max(20, len(sample) // 20):
        return "en"
    from zhconv_rs import zhconv

    hans = str(zhconv(sample, "zh-hans"))
    changed = sum(map(ne, sample, hans))  # characters the conversion changed (in C: ~3 ms less)
    return "zh-Hant" if changed > cjk // 50 else "zh"


# ---------------------------------------------------------------------------------- entry points
def parse(
    text: str, *, registry: Registry | None = None, path: str | None = None
) -> models.Plan:
    """Parse a plan given as text, read as a ``.txt`` file is: a table pasted into it (tab-
    or pipe-separated, columns aligned with spaces) is rendered as the same table in a file
    would be, so a string and a file holding it read alike."""
    return to_model(parse_record(text, registry=registry, path=path))


def parse_record(text: str, *, registry: Registry | None = None, path: str | None = None) -> Plan:
    """:func:`parse`, as the records the command writes (:mod:`divplan.records`)."""
    data = text.encode("utf-8", "surrogatepass")
    digest = hashlib.sha256(data).hexdigest()
    if text.startswith("\ufeff"):
        text = text[1:]
    from divplan.read.text_tables import read_text_tables

    found = read_text_tables(text)
    if found.builder is not None:  # tables rendered: spans are the rendered text's, as a file's
        extracted = Extracted(
            found.text, found.format, "utf-8", digest, len(data),
            tuple(found.builder.segments), tables=found.tables,
        )  # fmt: skip
        return parse_extracted_record(extracted, path=path, registry=registry)
    plan = _parse(text, "utf-8", digest, path, registry or Registry.default())
    bold_leads(text, (), plan)  # (no style seen in a string; capitals a legend names are)
    return plan


def parse_bytes(
    data: bytes,
    *,
    encoding: str | None = None,
    path: str | None = None,
    registry: Registry | None = None,
    input_format: str | None = None,
) -> models.Plan:
    """Parse a plan given as the bytes of a file of any format :mod:`divplan.read` reads.

    ``input_format`` (text, html, docx, pdf, xlsx, tsv, markdown; None or "auto": sniffed from
    the bytes) forces a reader; ``encoding`` forces the codec of text and HTML.
    """
    return to_model(
        parse_bytes_record(
            data, encoding=encoding, path=path, registry=registry, input_format=input_format
        )
    )


def parse_bytes_record(
    data: bytes,
    *,
    encoding: str | None = None,
    path: str | None = None,
    registry: Registry | None = None,
    input_format: str | None = None,
) -> Plan:
    """:func:`parse_bytes`, as the records the command writes (:mod:`divplan.records`)."""
    extracted = read(data, input_format=input_format, encoding=encoding, path=path)
    return parse_extracted_record(extracted, path=path, registry=registry)


def parse_bytes_with_text(
    data: bytes,
    *,
    encoding: str | None = None,
    path: str | None = None,
    registry: Registry | None = None,
    input_format: str | None = None,
) -> tuple[models.Plan, str]:
    """Parse bytes and also return the extracted text the plan's spans point into."""
    extracted = read(data, input_format=input_format, encoding=encoding, path=path)
    return parse_extracted(extracted, path=path, registry=registry), extracted.text


def parse_extracted(
    extracted: Extracted, *, path: str | None = None, registry: Registry | None = None
) -> models.Plan:
    """Parse a document already read by :func:`divplan.read.read` (``--only-plans`` reads once)."""
    return to_model(parse_extracted_record(extracted, path=path, registry=registry))


def parse_extracted_record(
    extracted: Extracted, *, path: str | None = None, registry: Registry | None = None
) -> Plan:
    """:func:`parse_extracted`, as the records the command writes (:mod:`divplan.records`)."""
    text = extracted.text
    plan = _parse(text, extracted.encoding, extracted.sha256, path, registry or Registry.default())
    plan.source.format = extracted.format
    plan.source.size = extracted.size
    bold_leads(text, extracted.emphasis, plan)  # (标粗者为牵头部门, bold seen by the reader)
    plan.diagnostics[:0] = reader_notes(extracted)
    return plan


def parse_file(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    registry: Registry | None = None,
    input_format: str | None = None,
) -> models.Plan:
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


def parse_part(
    text: str,
    encoding: str,
    digest: str,
    path: str | None,
    registry: Registry,
    date: str | None,
    before: assemble.Numbering | None,
) -> Plan:
    """One part of a large document (:mod:`divplan.stream`).

    ``date`` is the document's, read from its first part: it decides names when the part
    carries no date of its own.  ``before`` counts what the parts before it numbered (None for
    the first part); a later part has no notice to check and opens on any section number.
    """
    with _collector_paused():
        return _parse_paused(text, encoding, digest, path, registry, date, before)


def _parse_paused(
    text: str,
    encoding: str,
    digest: str,
    path: str | None,
    registry: Registry,
    date: str | None = None,
    before: assemble.Numbering | None = None,
) -> Plan:
    try:
        reading = read_structure(text, registry, date)
        return assemble_part(reading, encoding, digest, path, before)
    finally:
        text_memo.forget()  # (no memo keeps a finished document alive)


@dataclass
class StructureReading:
    """A text read up to its outline and notice: everything but the numbering of its parts."""

    ctx: Document
    tree: Outline
    metadata: Metadata


def names_a_body(reading: ClauseReading | None) -> bool:
    """Whether a block's clause makes it a task: it names a body (known, or built like one),
    or unnamed others, or only a deadline — not a legend's words alone (（标※的为牵头单位，其余
    为参与单位）: "标※的" and "其余" are no bodies, and the line no task)."""
    if reading is None:
        return False
    named = [*reading.leads, *reading.participants]
    return not named or reading.others or any(r.known or r.org for r in named)


def read_structure(text: str, registry: Registry, date: str | None = None) -> StructureReading:
    """The costly first half of a parse (normalise, outline, clauses, notice).

    It does not depend on what parts before it numbered, so :mod:`divplan.stream_jobs` runs it
    for several parts at once and waits only for :func:`assemble_part`.
    """
    norm = normalise(text, word_mark(text))  # (a legend's "[Main]": a mark, kept)
    ctx = Document(text, norm, registry, Locator(text))

    def has_clause(_t: str, block: Block) -> bool:
        return names_a_body(ctx.item_clauses(block).reading)

    sentences: dict[tuple[int, int], ClauseReading | None] = {}

    def sentence_of(block: Block) -> ClauseReading | None:
        key = (block.body_start, block.end)
        if key not in sentences:  # (task. A leads. / Completion time limit: …: the sentence)
            end = ctx.sentence_end(block)
            sentences[key] = sentence_clause(norm.text, block.body_start, end, registry)
        return sentences[key]

    inners: dict[tuple[int, int], bool] = {}

    def has_sentence_clause(block: Block) -> bool:  # (its last sentence, or words inside one:
        key = (block.body_start, block.end)  # 稳定播种面积，由A牵头，B配合，确保…。)
        if sentence_of(block) is None and key not in inners:
            inners[key] = bool(inner_clause(norm.text, key[0], ctx.sentence_end(block), registry))
        return sentence_of(block) is not None or inners[key]

    onlies: dict[tuple[int, int], bool] = {}

    def clause_only(block: Block) -> bool:  # ("A pick head, B cooperate.": no task)
        key = (block.body_start, block.end)  # (asked of each paragraph above each paragraph)
        if key not in onlies:
            own = ctx.item_clauses(block).reading  # (a task closed by its bracket: never)
            closed = own is not None and own.span is not None and own.span[0] > block.body_start + 1
            onlies[key] = not closed and wholly_a_clause(
                norm.text, block.body_start, block.end, registry, lambda: sentence_of(block)
            )  # (read only when the paragraph is short enough to be one)
        return onlies[key]

    def opens_with_clause(block: Block) -> bool:
        return opening_clause(norm.text, block.body_start, block.end, registry) is not None

    tree = outline(
        norm.text,
        has_clause,
        is_deadline,
        _is_date_line,
        ctx.item_closed,
        has_sentence_clause,
        opens_with_clause,
        clause_only,
    )
    metadata = assemble.metadata(ctx, tree)
    title = ctx.clean(tree.title.start, tree.title.end) if tree.title else None
    ctx.on = metadata.date or date or resolution_date(metadata, title)
    if metadata.issuer is not None:
        metadata.issuer = department(
            metadata.issuer.mention, metadata.issuer.span, registry, ctx.on
        )
        ctx.issuer = own_departments_issuer(metadata.issuer, registry, ctx.on)
    elif (notice := metadata.spans.get("notice_title")) is not None and (
        named := issuer_in_title(rejoin(ctx.original[notice[0] : notice[1]]))
    ):  # (no signature: the notice's title names who issues it)
        by = department(named, notice, registry, ctx.on)
        ctx.issuer = own_departments_issuer(by, registry, ctx.on)
    return StructureReading(ctx, tree, metadata)


def assemble_part(
    reading: StructureReading,
    encoding: str,
    digest: str,
    path: str | None,
    before: assemble.Numbering | None = None,
) -> Plan:
    """The second half: sections numbered on from ``before``, the records, the checks."""
    ctx, tree, metadata = reading.ctx, reading.tree, reading.metadata
    text = ctx.original
    sections = assemble.sections(ctx, tree, before)
    for span, note in agree_labels(ctx.guessed):  # ("Agency of record:" alone: the lead's)
        ctx.diag("DP208", note, span)
    for span, note in unseen_style(ctx.norm.text, sections):  # (加粗者为牵头部门: unseen)
        ctx.diag("DP208", note, span)
    for span, note in apply_mark_legend(ctx.original, ctx.norm.text, sections):  # (标※的为…)
        ctx.diag("DP208", note, span)
    for span, note in apply_order_legend(ctx.original, sections):  # (排在第一位的为牵头单位)
        ctx.diag("DP208", note, span)
    plan = Plan(
        source=Source(path=path, encoding=encoding, length=len(text), sha256=digest),
        language=_language(ctx.norm.text),
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
        unparsed=assemble.unparsed(ctx, tree),
    )
    from divplan.check.plan_checks import check_plan

    ctx.diagnostics.extend(check_plan(plan, ctx.locator, continuing=before is not None))
    plan.diagnostics = sorted(ctx.diagnostics, key=lambda d: (d.span[0], d.code))
    return plan


__all__ = [
    "parse",
    "parse_bytes",
    "parse_bytes_record",
    "parse_extracted",
    "parse_extracted_record",
    "parse_file",
    "parse_record",
]
