"""Compare a parsed plan with a hand-made gold reading (conventions.md, "Gold files")."""

from __future__ import annotations

from typing import Any

from divplan.models import Department, Plan
from divplan.names.registry import Registry

#: The ids golds may name: the reference table's (registry edition 1).  conventions.md writes a
#: body absent from that table as '?' and its name, so an id the registry added later is
#: compared as the name it was written with.
REFERENCE_IDS = frozenset(
    d.id for d in Registry.default() if d.added == 1
)


def dept_key(d: Department) -> str:
    """The gold's way of naming a department: its reference id, or '?' and the name as written."""
    return d.id if d.id in REFERENCE_IDS else "?" + d.mention


def reading(plan: Plan) -> dict[str, Any]:
    """The parts of ``plan`` that a gold file records, in the gold's shape."""
    sections = [{"number": s.number, "marker": s.marker, "title": s.title} for s in plan.sections]
    subsections = []
    items = []
    for sec in plan.sections:
        for sub in sec.subsections:
            subsections.append({"number": sub.number, "section": sec.number})
        groups = [(None, sec.items)] + [(sub.number, sub.items) for sub in sec.subsections]
        for sub_no, its in groups:
            for it in its:
                r = it.responsibility
                row: dict[str, Any] = {
                    "number": it.number,
                    "section": sec.number,
                    "subsection": sub_no,
                    "mode": r.mode,
                    "leads": sorted(dept_key(d) for d in r.leads),
                    "participants": sorted(dept_key(d) for d in r.participants),
                    "others": r.others,
                    "numbered": it.numbered,
                    "deadline": it.deadline.text if it.deadline else None,
                }
                items.append(row)
    return {"sections": sections, "subsections": subsections, "items": items}


def gold_items(gold: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for it in gold["items"]:
        out.append(
            {
                "number": it["number"],
                "section": it["section"],
                "subsection": it["subsection"],
                "mode": it["mode"],
                "leads": sorted(it["leads"]),
                "participants": sorted(it["participants"]),
                "others": it["others"],
                "numbered": it.get("numbered", True),
                "deadline": it.get("deadline"),
            }
        )
    return out
