"""Models: the public JSON contract, as Pydantic v2 models.

``schema_version`` "1".  Every ``span`` is ``[start, end)`` in code points of the decoded
source text (BOM removed).  Later versions may add fields; they never rename or remove one.
The JSON Schema in ``schema/divplan.schema.json`` is generated from these models
(``divplan schema``).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

# the aliases are shared with the records the command builds without Pydantic (records.py)
from divplan.records import SCHEMA_VERSION as SCHEMA_VERSION
from divplan.records import ClauseMode as ClauseMode
from divplan.records import InputFormat as InputFormat
from divplan.records import LocalLevel as LocalLevel
from divplan.records import ReadingStatus as ReadingStatus
from divplan.records import ResolutionStatus as ResolutionStatus
from divplan.records import Severity as Severity
from divplan.records import Span as Span
from divplan.records import UnparsedKind as UnparsedKind


def _list() -> list[Any]:
    """An empty list: the default factory of list fields.

    Why not ``list`` itself: Pydantic inspects a factory's signature, and a builtin's is read
    by tokenizing its text signature — which compiles the tokenizer's pattern, a pattern built
    from a set and so different in every process, which the command's pattern cache
    (:mod:`divplan.regex_cache`) would store anew on every run.  Same schema, same output.
    """
    return []


def _dict() -> dict[str, Any]:
    """An empty dict: the default factory of dict fields (see :func:`_list`)."""
    return {}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Model):
    """Where the text came from and how it was read."""

    path: str | None = Field(None, description="Path of the input file, if any.")
    encoding: str = Field(
        description=(
            "Codec the bytes were decoded with (utf-8 for the XML of docx/xlsx, pdf for a PDF)."
        )
    )
    length: int = Field(
        description=(
            "Length in code points of the text every span points into: the decoded text (BOM "
            "excluded), or the text extracted from a web page, Word, Excel or PDF file or with "
            "its tables rendered (what `divplan text` prints)."
        )
    )
    sha256: str = Field(description="SHA-256 of the input bytes (of the UTF-8 text for str input).")
    format: InputFormat = Field(
        "text",
        description=(
            "How the input was read: text, html, docx, pdf, xlsx, or tsv / markdown for text "
            "whose tab-separated or pipe table was read as the plan."
        ),
    )
    size: int | None = Field(
        None, description="Size of the original input in bytes (null for str input)."
    )


class Department(_Model):
    """A department named in the text, as written and as resolved against the registry."""

    id: str | None = Field(
        description="Registry id (the stable public key), or null if unresolved."
    )
    name: str | None = Field(description="Canonical English name of the resolved department.")
    name_zh: str | None = Field(description="Canonical Chinese name of the resolved department.")
    mention: str = Field(description="The name exactly as written (a leading article dropped).")
    span: Span = Field(description="Where the mention is written.")
    status: ResolutionStatus = Field(description="How the mention was resolved.")
    score: float | None = Field(description="Match score 0-100 (100 for exact and alias matches).")
    matched: str | None = Field(None, description="The registry name or alias that matched.")
    runner_up: str | None = Field(None, description="Best other candidate id (fuzzy/ambiguous).")
    runner_up_score: float | None = Field(None, description="Score of the runner-up.")
    candidates: list[str] = Field(
        default_factory=_list,
        description="Ambiguous ids, or 'did you mean' ids for an unresolved mention.",
    )
    in_period: bool = Field(
        True, description="False when the department did not exist at the document's date."
    )
    level: LocalLevel | None = Field(
        None,
        description=(
            "For a local or branch unit (id null by design): province, city, county, township, "
            "or branch of a central body."
        ),
    )
    place: str | None = Field(None, description="The place a local unit names, when written.")
    counterpart: str | None = Field(
        None,
        description="Registry id of the central body a local unit matches by function "
        "(省财政厅 → MOF; 人民银行南昌中心支行 → PBC).",
    )


class Responsibility(_Model):
    """Who does an item: the reading of its responsibility clause."""

    mode: ClauseMode | None = Field(
        description="sole, joint, lead or division (conventions.md); null when there is no clause."
    )
    leads: list[Department] = Field(default_factory=_list, description="Leading departments.")
    participants: list[Department] = Field(
        default_factory=_list, description="Participating departments."
    )
    others: bool = Field(False, description="The clause adds unnamed departments (等, etc.).")
    raw: str | None = Field(None, description="The clause as written, brackets included.")
    span: Span | None = Field(None, description="Where the clause is written, brackets included.")
    reading: ReadingStatus = Field(
        "none",
        description=(
            "How the clause was read: exact (every word a known cue, filler or name), inferred "
            "(something was guessed; a DP208 diagnostic says what) or none (no clause)."
        ),
    )


class Deadline(_Model):
    """A deadline written after the clause."""

    text: str = Field(description="The deadline as written, without brackets.")
    span: Span


class Item(_Model):
    """A task: one numbered (or unnumbered) item of the plan."""

    number: int = Field(description="The number written, or the position for unnumbered items.")
    numbered: bool = Field(description="False when the item carries no number in the text.")
    marker: str | None = Field(None, description="The item marker as written, e.g. '12.' or '3、'.")
    text: str = Field(
        description="The task text: marker, clause and deadline removed, wraps joined."
    )
    text_span: Span = Field(description="Where the task text is written.")
    span: Span = Field(description="The whole item, marker to closing bracket.")
    responsibility: Responsibility
    deadline: Deadline | None = None


class Subsection(_Model):
    """A subsection （一） / (1): numbered by position across the plan."""

    number: int = Field(description="Position across the whole plan, from 1.")
    marker: str | None
    title: str | None
    span: Span = Field(description="The heading line.")
    items: list[Item] = Field(default_factory=_list)


class Section(_Model):
    """A section 一、 / I. / First, / 6. : numbered by position."""

    number: int = Field(description="Position in the plan, from 1.")
    marker: str | None
    title: str | None
    span: Span = Field(description="The heading line.")
    subsections: list[Subsection] = Field(default_factory=_list)
    items: list[Item] = Field(
        default_factory=_list,
        description="Items directly under the section (before any subsection).",
    )


class DocNumber(_Model):
    """A document number such as 国办函〔2012〕141号 / State Council Letter [2012] No. 141."""

    text: str
    issuer_code: str | None = Field(description="Chinese issuer code, e.g. 国办函.")
    year: int | None
    serial: int | None
    normalized: str | None = Field(
        None, description="Chinese canonical form, e.g. 国办函〔2012〕141号."
    )
    span: Span


class TextField(_Model):
    """A piece of text and where it is written."""

    text: str
    span: Span


class Metadata(_Model):
    """The notice that issues the plan."""

    title: str | None = Field(None, description="The plan's title as the notice names it.")
    doc_number: DocNumber | None = None
    issuer: Department | None = Field(None, description="Issuing body, resolved.")
    date: str | None = Field(None, description="Issue date, ISO 8601.")
    addressees: str | None = None
    references: list[DocNumber] = Field(default_factory=_list, description="Documents cited.")
    span: Span | None = Field(None, description="The notice as a whole.")
    spans: dict[str, Span] = Field(
        default_factory=_dict, description="Where title, date and addressees are written."
    )


class Unparsed(_Model):
    """Text that is not part of the plan's tree, kept so that nothing is lost."""

    kind: UnparsedKind
    text: str
    span: Span


class Diagnostic(_Model):
    """A finding about the document: a value, never an exception."""

    code: str = Field(description="Stable code, e.g. DP101.")
    severity: Severity
    message: str
    line: int = Field(description="1-based line of the span's start.")
    column: int = Field(description="1-based column of the span's start.")
    span: Span


class Plan(_Model):
    """A parsed division-of-labour plan."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    source: Source
    language: str | None = Field(None, description="en, zh (simplified) or zh-Hant.")
    metadata: Metadata
    title: TextField | None = None
    sections: list[Section] = Field(default_factory=_list)
    unparsed: list[Unparsed] = Field(default_factory=_list)
    diagnostics: list[Diagnostic] = Field(default_factory=_list)

    def items(self) -> list[Item]:
        """Every item in document order."""
        out: list[Item] = []
        for sec in self.sections:
            out.extend(sec.items)
            for sub in sec.subsections:
                out.extend(sub.items)
        return out

    # -- analysis: each method imports divplan.analysis inside, as models sit below analysis and
    # pandas/networkx load only when an analyst asks

    def items_frame(self) -> Any:
        """One row per item as a pandas DataFrame (:func:`~divplan.analysis.tables.items_frame`)."""
        from divplan.analysis.tables import items_frame

        return items_frame(self)

    def assignments_frame(self) -> Any:
        """Item × department × role (:func:`~divplan.analysis.tables.assignments_frame`)."""
        from divplan.analysis.tables import assignments_frame

        return assignments_frame(self)

    def workload(self) -> Any:
        """Items led, joined, total, share (:func:`~divplan.analysis.tables.workload`)."""
        from divplan.analysis.tables import workload

        return workload(self)

    def network(self, directed: bool = False) -> Any:
        """Co-assignment graph (networkx; :func:`~divplan.analysis.tables.network`)."""
        from divplan.analysis.tables import network

        return network(self, directed=directed)

    @property
    def plot(self) -> Any:
        """Plots: ``plan.plot.workload()`` etc. (:class:`~divplan.analysis.plots.PlanPlots`)."""
        # imported here: analysis imports models (no cycle), and plots load only when drawn
        from divplan.analysis.plots import PlanPlots

        return PlanPlots(self)

    def _repr_html_(self) -> str:
        """Compact item table for Jupyter (:func:`divplan.analysis.tables.plan_html`)."""
        from divplan.analysis.tables import plan_html

        return plan_html(self)
