"""What a reviewer must check in a plan: how each mention matched, which items to look at, where
each diagnostic points, and who does what item by item.

Why it exists: a parse is only trusted once someone has looked at the parts the parser was unsure
of — a typo matched to a department, a name the registry does not know, a clause read by
guessing, an item with no clause at all.  The report shows them (:mod:`divplan.analysis.report`);
this module decides them, in plain Python, so the page, its tests and the notebook agree:

- :func:`review_status` — a mention's status as shown, keyed on the status string so that a
  status the resolver adds later (``translated``) is shown as itself; an unresolved local unit
  (市财政局, "municipal finance bureau": outside the central registry by design, with a
  ``level``) is ``local``;
- :func:`item_flags` — why an item needs review: a clause read by inference, no clause, a fuzzy,
  ambiguous or unresolved department, or a warning or error diagnostic on it;
- :func:`diagnostic_rows` — each diagnostic with the item it is about;
- :func:`matrix` — the department × item table of roles.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from divplan.analysis.counting import Load, PlacedItem, label
from divplan.models import Department, Diagnostic

__all__ = [
    "MATRIX_MAX_CELLS",
    "REVIEW_STATUSES",
    "DiagnosticRow",
    "Matrix",
    "MatrixRow",
    "diagnostic_rows",
    "item_flags",
    "matrix",
    "mention_attrs",
    "review_status",
]

#: Statuses a person must look at; ``exact``, ``alias``, ``translated`` and ``local`` need not.
REVIEW_STATUSES = frozenset({"fuzzy", "ambiguous", "unresolved"})

#: Statuses shown with the name as written *and* the registry name: the two differ in a way a
#: reader must see (a typo, a translation), so the canonical name never hides the text.
SHOW_BOTH = frozenset({"fuzzy", "translated"})

#: Above this many cells (departments × items) the report leaves the matrix out.
MATRIX_MAX_CELLS = 250_000


def review_status(d: Department) -> str:
    """The status a mention is shown with: its ``status``, or ``local`` for a local unit.

    A local unit is an unresolved mention the resolver gave a ``level`` (city, province, …), or
    — for a plan saved before that field existed — one :func:`~divplan.names.resolve.is_local`
    recognises.
    """
    if d.status == "unresolved":
        if d.level is not None:
            return "local"
        from divplan.names.resolve import is_local

        if is_local(d.mention):
            return "local"
    return str(d.status)


def _score(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def mention_attrs(
    d: Department, role: str, language: str | None, words: Mapping[str, str]
) -> tuple[tuple[str, str], ...]:
    """The data attributes and tooltip of a department mention, after its class and key.

    ``data-status`` (what the legend colours), the name as written and the registry name, the
    score, runner-up and candidates — what the page's detail card shows on hover or click — and
    a ``title`` saying the same for a reader without the script.
    """
    status = review_status(d)
    name = label(d, language)
    attrs: list[tuple[str, str]] = [("data-status", status), ("data-written", d.mention)]
    if d.id is not None:
        attrs.append(("data-canonical", name))
    if d.score is not None:
        attrs.append(("data-score", _score(d.score)))
    if d.matched and d.matched not in (d.mention, name):
        attrs.append(("data-matched", d.matched))
    if d.runner_up:
        runner = d.runner_up
        if d.runner_up_score is not None:
            runner += f" ({_score(d.runner_up_score)})"
        attrs.append(("data-runner-up", runner))
    if d.candidates:
        attrs.append(("data-candidates", ", ".join(d.candidates)))
    if not d.in_period:
        attrs.append(("data-out-of-period", "1"))
    tip = [name, words[role], words.get(f"status_{status}", status)]
    if d.score is not None and status not in ("exact", "alias"):
        tip.append(f"{words['card_score']} {_score(d.score)}")
    if d.mention != name:
        tip.append(f"{words['card_written']}: {d.mention}")
    if d.runner_up:
        tip.append(f"{words['card_runner_up']}: {dict(attrs)['data-runner-up']}")
    if d.candidates:
        tip.append(f"{words['card_candidates']}: {', '.join(d.candidates)}")
    attrs.append(("title", " · ".join(tip)))
    return tuple(attrs)


# ------------------------------------------------------------------------------ items
def item_flags(
    items: list[PlacedItem], diagnostics: list[Diagnostic], where: list[int | None]
) -> dict[int, tuple[str, ...]]:
    """Item position → why it needs review (empty for a clean item), in a fixed order.

    The reasons: ``inferred`` (the clause was read by guessing; DP208 says what), ``no-clause``
    (no responsibility clause is written), ``fuzzy`` / ``ambiguous`` / ``unresolved`` (a
    department matched so; a local unit does not count), ``error`` / ``warning`` (a diagnostic
    of that severity is about the item).  ``where`` is
    :func:`~divplan.analysis.counting.diagnostic_items` of the plan.
    """
    severities: dict[int, set[str]] = {}
    for diag, pos in zip(diagnostics, where, strict=True):
        if pos is not None and diag.severity in ("error", "warning"):
            severities.setdefault(pos, set()).add(diag.severity)
    out: dict[int, tuple[str, ...]] = {}
    for p in items:
        r = p.item.responsibility
        reasons: list[str] = []
        if r.reading == "inferred":
            reasons.append("inferred")
        if r.span is None:
            reasons.append("no-clause")
        statuses = {review_status(d) for d in (*r.leads, *r.participants)}
        reasons += [s for s in ("fuzzy", "ambiguous", "unresolved") if s in statuses]
        reasons += [s for s in ("error", "warning") if s in severities.get(p.position, ())]
        out[p.position] = tuple(reasons)
    return out


# ------------------------------------------------------------------------------ diagnostics
@dataclass(frozen=True)
class DiagnosticRow:
    """A diagnostic as the report lists it: with its item and its anchor in the source."""

    index: int
    diagnostic: Diagnostic
    position: int | None  # the item it is about
    number: int | None  # that item's number as written
    anchor: bool  # the source view marks its span as #diag-<index>


def diagnostic_rows(
    diagnostics: list[Diagnostic],
    items: list[PlacedItem],
    where: list[int | None],
    anchored: set[int],
) -> list[DiagnosticRow]:
    """The diagnostics in document order, each with its item and whether its span is marked."""
    numbers = {p.position: p.item.number for p in items}
    rows = [
        DiagnosticRow(i, d, pos, numbers.get(pos) if pos is not None else None, i in anchored)
        for i, (d, pos) in enumerate(zip(diagnostics, where, strict=True), 1)
    ]
    return sorted(rows, key=lambda r: (r.diagnostic.span[0], r.index))


# ------------------------------------------------------------------------------ matrix
@dataclass(frozen=True)
class MatrixRow:
    """One department's row: its label and, per item column, ``lead``, ``participant`` or ''."""

    key: str
    label: str
    led: int
    joined: int
    cells: list[str]


@dataclass(frozen=True)
class Matrix:
    """Departments (busiest first) × items (document order), or ``omitted`` when too large."""

    columns: list[PlacedItem]
    rows: list[MatrixRow]
    omitted: int  # the number of cells when left out, else 0


def matrix(items: list[PlacedItem], loads: list[Load], language: str | None) -> Matrix:
    """The role of every department on every item, as rows of cells."""
    cells = len(items) * len(loads)
    if cells > MATRIX_MAX_CELLS:
        return Matrix([], [], cells)
    rows = []
    for ld in loads:
        role = dict.fromkeys(ld.joined, "participant") | dict.fromkeys(ld.led, "lead")
        rows.append(
            MatrixRow(
                key=ld.key,
                label=label(ld.department, language),
                led=len(ld.led),
                joined=len(ld.joined),
                cells=[role.get(p.position, "") for p in items],
            )
        )
    return Matrix(items, rows, 0)
