"""The view of a plan, and of a comparison, in Jupyter: ``Plan._repr_html_`` and
``Comparison._repr_html_``.

Why it exists: a notebook displays the last value of a cell, and a plan is a deep model whose
``repr`` is unreadable; a compact table — one row per item, departments as ids with their names
on hover — lets an analyst check a parse at a glance.  A comparison shows its summary and what
changed: items added, removed, reworded or given to other departments, and each department's
counts before and after.  Long tables are cut after a few dozen rows with a count of what was
left out.  The markup is ``templates/plan.html.j2`` and ``templates/comparison.html.j2``; every
piece of document text is escaped by the template engine (see :mod:`divplan.analysis.templates`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from divplan.analysis.counting import dept_key, label, loads, placed_items, plan_id
from divplan.analysis.templates import render
from divplan.models import Department, Plan

if TYPE_CHECKING:
    from divplan.analysis.changes import Comparison, ItemChange

__all__ = ["comparison_html", "plan_html"]

_REPR_ROWS = 60
_REPR_TEXT = 90


@dataclass(frozen=True)
class _Chip:
    """A department as shown in a cell: its key, its name as the tooltip."""

    key: str
    title: str


@dataclass(frozen=True)
class _Row:
    """One item as the table shows it."""

    number: int
    where: str
    text: str
    short: str
    mode: str
    leads: list[_Chip]
    participants: list[_Chip]
    others: bool
    deadline: str


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _chips(depts: list[Department], language: str | None) -> list[_Chip]:
    return [_Chip(dept_key(d), label(d, language)) for d in depts]


def plan_html(plan: Plan) -> str:
    """A compact HTML table of the plan for Jupyter: one row per item, departments as ids.

    Escaped throughout (document text is data, never markup); long plans are cut after a few
    dozen rows with a count of what was left out.
    """
    items = placed_items(plan)
    n_depts = len(loads(plan))
    title = plan.title.text if plan.title else plan.metadata.title or plan_id(plan)
    facts = [f"{len(items)} items", f"{n_depts} departments"]
    if plan.metadata.doc_number:
        facts.insert(0, plan.metadata.doc_number.text)
    if plan.metadata.date:
        facts.insert(1 if plan.metadata.doc_number else 0, plan.metadata.date)
    errors = sum(1 for d in plan.diagnostics if d.severity == "error")
    if errors:
        facts.append(f"{errors} errors")
    rows = []
    for p in items[:_REPR_ROWS]:
        it, r = p.item, p.item.responsibility
        rows.append(
            _Row(
                number=it.number,
                where=f"{p.section}" + (f".{p.subsection}" if p.subsection is not None else ""),
                text=it.text,
                short=_short(it.text, _REPR_TEXT),
                mode=r.mode or "—",
                leads=_chips(r.leads, plan.language),
                participants=_chips(r.participants, plan.language),
                others=r.others,
                deadline=it.deadline.text if it.deadline else "",
            )
        )
    return render(
        "plan.html.j2",
        title=title,
        facts=" · ".join(facts),
        rows=rows,
        more=max(0, len(items) - _REPR_ROWS),
    )


# ------------------------------------------------------------------------------ comparison
def _roles(c: ItemChange) -> str:
    """What changed in an item's responsibility: ``mode a → b; leads +X −Y; participants +Z``."""
    from divplan.analysis.changes import role_changes  # changes imports this module for display

    if c.status in ("added", "removed"):
        leads = c.new_leads if c.status == "added" else c.old_leads
        joined = c.new_participants if c.status == "added" else c.old_participants
        return (
            "lead " + (", ".join(leads) or "—") + ("; with " + ", ".join(joined) if joined else "")
        )
    return "; ".join(role_changes(c, minus="−"))


def comparison_html(c: Comparison) -> str:
    """A comparison for Jupyter: summary, changed items, changed departments (escaped).

    Unchanged items whose departments stayed the same and departments with the same counts are
    left out: they are the part an analyst does not need to read.
    """
    changed = [x for x in c.items if x.status != "unchanged" or x.responsibility_changed]
    items = [
        {
            "status": x.status,
            "old": x.old_number,
            "new": x.new_number,
            "similarity": "" if x.similarity is None else f"{x.similarity:.0f}",
            "text": _short(x.new_text or x.old_text or "", _REPR_TEXT),
            "full": x.new_text or x.old_text or "",
            "roles": _roles(x),
        }
        for x in changed[:_REPR_ROWS]
    ]
    departments = [d for d in c.departments if d.status != "same"]
    s = c.summary()
    return render(
        "comparison.html.j2",
        c=c,
        summary=(
            f"{s['unchanged']} unchanged, {s['reworded']} reworded, {s['added']} added, "
            f"{s['removed']} removed; {s['responsibility_changed']} with responsibility changes"
        ),
        successors="; ".join(f"{k} → {', '.join(v)}" for k, v in c.successors.items()),
        items=items,
        more_items=max(0, len(changed) - _REPR_ROWS),
        departments=departments[:_REPR_ROWS],
        more_departments=max(0, len(departments) - _REPR_ROWS),
    )
