"""Who is named on which item, counted in plain Python: the core every analysis builds on.

Why it is separate: the tables (:mod:`divplan.analysis.frames`), the network
(:mod:`divplan.analysis.network`), the HTML report and :func:`divplan.compare` all ask the same
questions — which items a plan has and where they sit, which department leads or takes part in
each, how many items each carries, which pairs share an item.  They are answered here once,
without pandas or networkx, so the report and the comparison work without the ``analysis`` extra
and the frames and graphs are thin wrappers around these counts.

A department is identified by its *key*: the registry id when the mention resolved, else
``"?"`` followed by the mention as written — the convention of the gold files, so that local
units (市财政局) and unknown bodies are counted rather than silently dropped.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Literal

from divplan.models import Department, Diagnostic, Item, Plan

__all__ = [
    "Assignment",
    "Load",
    "PlacedItem",
    "Role",
    "assignments",
    "dept_key",
    "diagnostic_items",
    "label",
    "loads",
    "pairs",
    "placed_items",
    "plan_id",
]

Role = Literal["lead", "participant"]


# ------------------------------------------------------------------------------ keys and labels
def dept_key(d: Department) -> str:
    """The key a department is counted under: its id, or ``?`` + the mention (gold convention)."""
    return d.id if d.id else "?" + d.mention


def label(d: Department, language: str | None = None) -> str:
    """A human name for a department in the plan's language (the mention when unresolved)."""
    if d.id is None:
        return d.mention
    if language and language.startswith("zh"):
        return d.name_zh or d.name or d.id
    return d.name or d.name_zh or d.id


def plan_id(plan: Plan, index: int = 0) -> str:
    """A short id for a plan in a corpus: the file name without its last suffix.

    ``data/raw/sme-division-plan-2012.en.txt`` → ``sme-division-plan-2012.en``, the same stem
    as its JSON in ``data/structured``; else the normalised document number; else ``plan<N>``.
    """
    if plan.source.path:
        return Path(plan.source.path).stem
    if plan.metadata.doc_number and plan.metadata.doc_number.normalized:
        return plan.metadata.doc_number.normalized
    return f"plan{index + 1}"


# ------------------------------------------------------------------------------ items and roles
@dataclass(frozen=True)
class PlacedItem:
    """An item with where it sits: its position in document order, its section, subsection.

    Item numbers may restart per section or be absent, so ``position`` (1-based, document order)
    is the key that joins the tables.
    """

    position: int
    section: int
    section_title: str | None
    subsection: int | None
    subsection_title: str | None
    item: Item


def placed_items(plan: Plan) -> list[PlacedItem]:
    """Every item of ``plan`` in document order, with its position, section and subsection."""
    out: list[PlacedItem] = []
    for sec in plan.sections:
        groups: list[tuple[int | None, str | None, list[Item]]] = [(None, None, sec.items)]
        groups += [(sub.number, sub.title, sub.items) for sub in sec.subsections]
        for sub_no, sub_title, its in groups:
            for it in its:
                out.append(PlacedItem(len(out) + 1, sec.number, sec.title, sub_no, sub_title, it))
    return out


@dataclass(frozen=True)
class Assignment:
    """One department in one role on one item: a row of the long table."""

    position: int
    section: int
    subsection: int | None
    number: int
    mode: str | None
    role: Role
    key: str
    department: Department


def assignments(plan: Plan) -> list[Assignment]:
    """Item × department × role, in document order, leads before participants.

    A department appears at most once per item; if a mention were both lead and participant the
    lead role wins (the pipeline already drops such participants; this keeps counts exact for
    plans built by hand).
    """
    out: list[Assignment] = []
    for p in placed_items(plan):
        r = p.item.responsibility
        seen: set[str] = set()
        roles: tuple[tuple[Role, list[Department]], ...] = (
            ("lead", r.leads),
            ("participant", r.participants),
        )
        for role, depts in roles:
            for d in depts:
                key = dept_key(d)
                if key in seen:
                    continue
                seen.add(key)
                out.append(
                    Assignment(
                        p.position,
                        p.section,
                        p.subsection,
                        p.item.number,
                        r.mode,
                        role,
                        key,
                        d,
                    )
                )
    return out


@dataclass
class Load:
    """One department's share of a plan: the items it leads and the items it joins."""

    key: str
    department: Department
    led: list[int] = field(default_factory=list)  # item positions
    joined: list[int] = field(default_factory=list)

    @property
    def total(self) -> int:
        """Items the department is named on, in either role."""
        return len(self.led) + len(self.joined)


def loads(plan: Plan) -> list[Load]:
    """Per-department workload, busiest first (total, then led, then key for a stable order)."""
    by_key: dict[str, Load] = {}
    for a in assignments(plan):
        load = by_key.setdefault(a.key, Load(a.key, a.department))
        (load.led if a.role == "lead" else load.joined).append(a.position)
    return sorted(by_key.values(), key=lambda x: (-x.total, -len(x.led), x.key))


def pairs(plan: Plan, *, directed: bool = False) -> dict[tuple[str, str], int]:
    """Co-assignment counts: how many items each pair of departments shares.

    Undirected: every pair named on the same item, in either role, keyed in sorted order.
    Directed: ``(lead, participant)`` pairs only — co-leads have no direction and appear only
    in the undirected counts.
    """
    by_item: dict[int, tuple[list[str], list[str]]] = {}
    for a in assignments(plan):
        leads, parts = by_item.setdefault(a.position, ([], []))
        (leads if a.role == "lead" else parts).append(a.key)
    out: dict[tuple[str, str], int] = {}
    for leads, parts in by_item.values():
        if directed:
            found = [(lead, part) for lead in leads for part in parts]
        else:
            found = [(a, b) for a, b in combinations(sorted(leads + parts), 2)]
        for pair in found:
            out[pair] = out.get(pair, 0) + 1
    return out


def diagnostic_items(diagnostics: list[Diagnostic], items: list[PlacedItem]) -> list[int | None]:
    """For each diagnostic, the position of the item it is about (None for the whole plan).

    The item is the one whose span holds the diagnostic's start, else the first item its span
    overlaps (a clause-level finding that starts in the marker); a finding outside every item —
    no date, an unparsed heading — belongs to none.  Items do not overlap and are in document
    order, so each look-up is a binary search.
    """
    starts = [p.item.span[0] for p in items]
    out: list[int | None] = []
    for d in diagnostics:
        start, end = d.span
        at = bisect_right(starts, start) - 1
        found: int | None = None
        if at >= 0 and start < items[at].item.span[1]:
            found = items[at].position
        elif at + 1 < len(items) and items[at + 1].item.span[0] < end:
            found = items[at + 1].position
        out.append(found)
    return out
