"""The view of a plan in Jupyter: what ``Plan._repr_html_`` shows.

Why it exists: a notebook displays the last value of a cell, and a plan is a deep model whose
``repr`` is unreadable; a compact table — one row per item, departments as ids with their names
on hover — lets an analyst check a parse at a glance.  Long plans are cut after a few dozen rows
with a count of what was left out.  The markup is ``templates/plan.html.j2``; every piece of
document text is escaped by the template engine (see :mod:`divplan.analysis.templates`).
"""

from __future__ import annotations

from dataclasses import dataclass

from divplan.analysis.counting import dept_key, label, loads, placed_items, plan_id
from divplan.analysis.templates import render
from divplan.models import Department, Plan

__all__ = ["plan_html"]

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
