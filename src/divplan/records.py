"""Records: the plan as the pipeline builds it, in plain slotted classes (no Pydantic).

Why: importing Pydantic and building the models' validators cost ``divplan parse FILE`` some
60 ms (a third of a one-plan run).  The pipeline builds these records instead, the checks read
them, and the command writes them with :mod:`divplan.records_json`, byte for byte what
``Plan.model_dump_json`` writes.  Library calls (:func:`divplan.parse` and the rest) still
return the Pydantic models of :mod:`divplan.models`, validated from these records
(:func:`divplan.records_json.to_model`).  Records are mutable and unhashable, as the models.

Each class has the fields of the model of the same name, in the same order (``__slots__``:
the order of the JSON keys), with the same defaults.  Records do not validate: the pipeline
fills them, and the models validate what a library user receives.  The Literal aliases live
here so that both share them (:mod:`divplan.models` imports them).
"""

# ruff: noqa: RUF023  (each __slots__ is in field order: the order the JSON keys are written in)
from __future__ import annotations

from typing import Any, Literal, TypeVar

SCHEMA_VERSION: Literal["1"] = "1"
Span = tuple[int, int]
ResolutionStatus = Literal["exact", "alias", "translated", "fuzzy", "ambiguous", "unresolved"]
LocalLevel = Literal["province", "city", "county", "township", "branch"]
ClauseMode = Literal["sole", "joint", "lead", "division"]
ReadingStatus = Literal["exact", "inferred", "none"]
Severity = Literal["error", "warning", "info"]
UnparsedKind = Literal["leading", "trailing", "page", "other"]
InputFormat = Literal["text", "html", "docx", "pdf", "xlsx", "tsv", "markdown"]

_R = TypeVar("_R", bound="Record")


class Record:
    """Base of the records: equality, repr and a shallow copy by field (as ``model_copy``)."""

    __slots__: tuple[str, ...] = ()

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self.__slots__)

    def __repr__(self) -> str:
        fields = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.__slots__)
        return f"{type(self).__name__}({fields})"

    def replace(self: _R, **changes: Any) -> _R:
        """A shallow copy with ``changes`` (lists are shared, as with ``model_copy``)."""
        new = object.__new__(type(self))
        for f in self.__slots__:
            object.__setattr__(new, f, changes[f] if f in changes else getattr(self, f))
        return new


class Source(Record):
    """Where the text came from and how it was read (:class:`divplan.models.Source`)."""

    __slots__ = ("path", "encoding", "length", "sha256", "format", "size")
    path: str | None
    encoding: str
    length: int
    sha256: str
    format: InputFormat
    size: int | None

    def __init__(
        self,
        *,
        path: str | None = None,
        encoding: str,
        length: int,
        sha256: str,
        format: InputFormat = "text",
        size: int | None = None,
    ) -> None:
        self.path, self.encoding, self.length, self.sha256 = path, encoding, length, sha256
        self.format, self.size = format, size


class Department(Record):
    """A department as written and as resolved (:class:`divplan.models.Department`)."""

    __slots__ = (
        "id", "name", "name_zh", "mention", "span", "status", "score", "matched", "runner_up",
        "runner_up_score", "candidates", "in_period", "level", "place", "counterpart",
    )  # fmt: skip
    id: str | None
    name: str | None
    name_zh: str | None
    mention: str
    span: Span
    status: ResolutionStatus
    score: float | None
    matched: str | None
    runner_up: str | None
    runner_up_score: float | None
    candidates: list[str]
    in_period: bool
    level: LocalLevel | None
    place: str | None
    counterpart: str | None

    def __init__(
        self,
        *,
        id: str | None,
        name: str | None,
        name_zh: str | None,
        mention: str,
        span: Span,
        status: ResolutionStatus,
        score: float | None,
        matched: str | None = None,
        runner_up: str | None = None,
        runner_up_score: float | None = None,
        candidates: list[str] | None = None,
        in_period: bool = True,
        level: LocalLevel | None = None,
        place: str | None = None,
        counterpart: str | None = None,
    ) -> None:
        self.id, self.name, self.name_zh, self.mention = id, name, name_zh, mention
        self.span, self.status, self.score, self.matched = span, status, score, matched
        self.runner_up, self.runner_up_score = runner_up, runner_up_score
        self.candidates = [] if candidates is None else candidates
        self.in_period, self.level = in_period, level
        self.place, self.counterpart = place, counterpart


class Responsibility(Record):
    """Who does an item (:class:`divplan.models.Responsibility`)."""

    __slots__ = ("mode", "leads", "participants", "others", "raw", "span", "reading")
    mode: ClauseMode | None
    leads: list[Department]
    participants: list[Department]
    others: bool
    raw: str | None
    span: Span | None
    reading: ReadingStatus

    def __init__(
        self,
        *,
        mode: ClauseMode | None,
        leads: list[Department] | None = None,
        participants: list[Department] | None = None,
        others: bool = False,
        raw: str | None = None,
        span: Span | None = None,
        reading: ReadingStatus = "none",
    ) -> None:
        self.mode = mode
        self.leads = [] if leads is None else leads
        self.participants = [] if participants is None else participants
        self.others, self.raw, self.span, self.reading = others, raw, span, reading


class Deadline(Record):
    """A deadline written after the clause (:class:`divplan.models.Deadline`)."""

    __slots__ = ("text", "span")
    text: str
    span: Span

    def __init__(self, *, text: str, span: Span) -> None:
        self.text, self.span = text, span


class Item(Record):
    """A task (:class:`divplan.models.Item`)."""

    __slots__ = (
        "number", "numbered", "marker", "text", "text_span", "span", "responsibility", "deadline",
    )  # fmt: skip
    number: int
    numbered: bool
    marker: str | None
    text: str
    text_span: Span
    span: Span
    responsibility: Responsibility
    deadline: Deadline | None

    def __init__(
        self,
        *,
        number: int,
        numbered: bool,
        marker: str | None = None,
        text: str,
        text_span: Span,
        span: Span,
        responsibility: Responsibility,
        deadline: Deadline | None = None,
    ) -> None:
        self.number, self.numbered, self.marker, self.text = number, numbered, marker, text
        self.text_span, self.span = text_span, span
        self.responsibility, self.deadline = responsibility, deadline


class Subsection(Record):
    """A subsection （一） / (1) (:class:`divplan.models.Subsection`)."""

    __slots__ = ("number", "marker", "title", "span", "items")
    number: int
    marker: str | None
    title: str | None
    span: Span
    items: list[Item]

    def __init__(
        self,
        *,
        number: int,
        marker: str | None,
        title: str | None,
        span: Span,
        items: list[Item] | None = None,
    ) -> None:
        self.number, self.marker, self.title, self.span = number, marker, title, span
        self.items = [] if items is None else items


class Section(Record):
    """A section 一、 / I. (:class:`divplan.models.Section`)."""

    __slots__ = ("number", "marker", "title", "span", "subsections", "items")
    number: int
    marker: str | None
    title: str | None
    span: Span
    subsections: list[Subsection]
    items: list[Item]

    def __init__(
        self,
        *,
        number: int,
        marker: str | None,
        title: str | None,
        span: Span,
        subsections: list[Subsection] | None = None,
        items: list[Item] | None = None,
    ) -> None:
        self.number, self.marker, self.title, self.span = number, marker, title, span
        self.subsections = [] if subsections is None else subsections
        self.items = [] if items is None else items


class DocNumber(Record):
    """A document number such as 国办函〔2012〕141号 (:class:`divplan.models.DocNumber`)."""

    __slots__ = ("text", "issuer_code", "year", "serial", "normalized", "span")
    text: str
    issuer_code: str | None
    year: int | None
    serial: int | None
    normalized: str | None
    span: Span

    def __init__(
        self,
        *,
        text: str,
        issuer_code: str | None,
        year: int | None,
        serial: int | None,
        normalized: str | None = None,
        span: Span,
    ) -> None:
        self.text, self.issuer_code, self.year, self.serial = text, issuer_code, year, serial
        self.normalized, self.span = normalized, span


class TextField(Record):
    """A piece of text and where it is written (:class:`divplan.models.TextField`)."""

    __slots__ = ("text", "span")
    text: str
    span: Span

    def __init__(self, *, text: str, span: Span) -> None:
        self.text, self.span = text, span


class Metadata(Record):
    """The notice that issues the plan (:class:`divplan.models.Metadata`)."""

    __slots__ = (
        "title", "doc_number", "issuer", "date", "addressees", "references", "span", "spans",
    )  # fmt: skip
    title: str | None
    doc_number: DocNumber | None
    issuer: Department | None
    date: str | None
    addressees: str | None
    references: list[DocNumber]
    span: Span | None
    spans: dict[str, Span]

    def __init__(
        self,
        *,
        title: str | None = None,
        doc_number: DocNumber | None = None,
        issuer: Department | None = None,
        date: str | None = None,
        addressees: str | None = None,
        references: list[DocNumber] | None = None,
        span: Span | None = None,
        spans: dict[str, Span] | None = None,
    ) -> None:
        self.title, self.doc_number, self.issuer, self.date = title, doc_number, issuer, date
        self.addressees, self.span = addressees, span
        self.references = [] if references is None else references
        self.spans = {} if spans is None else spans


class Unparsed(Record):
    """Text outside the plan's tree (:class:`divplan.models.Unparsed`)."""

    __slots__ = ("kind", "text", "span")
    kind: UnparsedKind
    text: str
    span: Span

    def __init__(self, *, kind: UnparsedKind, text: str, span: Span) -> None:
        self.kind, self.text, self.span = kind, text, span


class Diagnostic(Record):
    """A finding about the document (:class:`divplan.models.Diagnostic`)."""

    __slots__ = ("code", "severity", "message", "line", "column", "span")
    code: str
    severity: Severity
    message: str
    line: int
    column: int
    span: Span

    def __init__(
        self, *, code: str, severity: Severity, message: str, line: int, column: int, span: Span
    ) -> None:
        self.code, self.severity, self.message = code, severity, message
        self.line, self.column, self.span = line, column, span


class Plan(Record):
    """A parsed plan (:class:`divplan.models.Plan`, which library calls return)."""

    __slots__ = (
        "schema_version", "source", "language", "metadata", "title", "sections", "unparsed",
        "diagnostics",
    )  # fmt: skip
    schema_version: Literal["1"]
    source: Source
    language: str | None
    metadata: Metadata
    title: TextField | None
    sections: list[Section]
    unparsed: list[Unparsed]
    diagnostics: list[Diagnostic]

    def __init__(
        self,
        *,
        schema_version: Literal["1"] = SCHEMA_VERSION,
        source: Source,
        language: str | None = None,
        metadata: Metadata,
        title: TextField | None = None,
        sections: list[Section] | None = None,
        unparsed: list[Unparsed] | None = None,
        diagnostics: list[Diagnostic] | None = None,
    ) -> None:
        self.schema_version, self.source, self.language = schema_version, source, language
        self.metadata, self.title = metadata, title
        self.sections = [] if sections is None else sections
        self.unparsed = [] if unparsed is None else unparsed
        self.diagnostics = [] if diagnostics is None else diagnostics

    def items(self) -> list[Item]:
        """Every item in document order (as :meth:`divplan.models.Plan.items`)."""
        out: list[Item] = []
        for sec in self.sections:
            out.extend(sec.items)
            for sub in sec.subsections:
                out.extend(sub.items)
        return out


__all__ = [
    "SCHEMA_VERSION", "ClauseMode", "Deadline", "Department", "Diagnostic", "DocNumber",
    "InputFormat", "Item", "LocalLevel", "Metadata", "Plan", "ReadingStatus", "Record",
    "ResolutionStatus", "Responsibility", "Section", "Severity", "Source", "Span", "Subsection",
    "TextField", "Unparsed", "UnparsedKind",
]
