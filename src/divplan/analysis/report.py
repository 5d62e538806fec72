"""The HTML report: one self-contained page a person can read.

``divplan report FILE -o report.html`` writes it.  The page shows the plan's source text with
every item's responsibility clause highlighted and each department mention coloured by role
(lead or participant), a department filter, a workload bar chart and the collaboration network,
and a table of the items.

Why it is built this way:

- *Self-contained*: CSS, JavaScript and SVG are inline and a Content-Security-Policy forbids
  every external load, so the file opens offline, from an e-mail attachment or an archive,
  years later, exactly as written.  No chart library: the bar chart is SVG rectangles and the
  network a deterministic circular layout (:mod:`divplan.analysis.charts`), so the same plan
  always gives the same bytes.
- *Document text is data*: plans are scraped from the web and may contain anything, so the
  markup lives in templates (``analysis/templates/report.html.j2`` and the parts it includes)
  rendered by Jinja2 with autoescaping on (:mod:`divplan.analysis.templates`), and the data the
  script needs is a ``<script type="application/json">`` block in which ``<``, ``>`` and ``&``
  are written as ``\\u003c``, ``\\u003e``, ``\\u0026`` — a plan containing ``</script>`` cannot
  end it.
- *Testable*: elements carry stable ids, classes and data attributes (``#dept-filter``,
  ``#items tr[data-item]``, ``#source .item``, ``[data-dept]``) that the browser test drives.
- *No pandas*: the counts come from the plain-Python core, :mod:`divplan.analysis.counting`, so
  the report works without the ``analysis`` extra.

This module gathers what the page shows; :mod:`divplan.analysis.source_view` marks up the source
text and :mod:`divplan.analysis.sourcefile` finds it again for a plan read from JSON
(:func:`source_text`, re-exported here).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from divplan.analysis.charts import network_chart, workload_chart
from divplan.analysis.counting import (
    PlacedItem,
    dept_key,
    label,
    loads,
    pairs,
    placed_items,
    plan_id,
)
from divplan.analysis.source_view import Tag, dept_tag, source_pieces
from divplan.analysis.sourcefile import source_text
from divplan.analysis.templates import render as render_template
from divplan.models import Department, Plan

__all__ = ["LEAD_COLOUR", "PARTICIPANT_COLOUR", "render", "source_text", "write"]

#: Colours of the two roles (also used for the bars and nodes); distinct in hue and lightness.
LEAD_COLOUR = "#c2410c"
PARTICIPANT_COLOUR = "#1d4ed8"


# ------------------------------------------------------------------------------ items table
@dataclass(frozen=True)
class _Chip:
    """A department in a cell of the items table: its tag and its (shortened) name."""

    tag: Tag
    text: str


@dataclass(frozen=True)
class _ItemRow:
    """One item as the items table shows it."""

    position: int
    number: int
    where: str
    text: str
    mode: str
    leads: list[_Chip]
    participants: list[_Chip]
    others: bool
    deadline: str


def _short_label(d: Department, language: str | None, limit: int = 40) -> str:
    name = label(d, language)
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _chips(depts: list[Department], role: str, language: str | None) -> list[_Chip]:
    return [_Chip(dept_tag(d, role, language), _short_label(d, language)) for d in depts]


def _item_rows(items: list[PlacedItem], language: str | None) -> list[_ItemRow]:
    rows = []
    for p in items:
        it, r = p.item, p.item.responsibility
        rows.append(
            _ItemRow(
                position=p.position,
                number=it.number,
                where=f"{p.section}" + (f".{p.subsection}" if p.subsection is not None else ""),
                text=it.text,
                mode=r.mode or "—",
                leads=_chips(r.leads, "lead", language),
                participants=_chips(r.participants, "participant", language),
                others=r.others,
                deadline=it.deadline.text if it.deadline else "",
            )
        )
    return rows


# ------------------------------------------------------------------------------ page
def render(plan: Plan, text: str | None = None, *, title: str | None = None) -> str:
    """The report for ``plan`` as one HTML string.

    ``text`` is the decoded source the plan was parsed from (what the spans point into); without
    it (or if its length does not match the plan's), the page has no source view and shows the
    items table only.
    """
    language = plan.language
    items = placed_items(plan)
    rows = loads(plan)
    edges = pairs(plan)
    heading = title or (plan.title.text if plan.title else None) or plan.metadata.title
    heading = heading or plan_id(plan)
    meta_bits = []
    md = plan.metadata
    if md.doc_number:
        meta_bits.append(md.doc_number.text)
    if md.issuer:
        meta_bits.append(label(md.issuer, language))
    if md.date:
        meta_bits.append(md.date)
    if plan.source.path:
        meta_bits.append(os.path.basename(plan.source.path))
    departments = [
        {
            "key": ld.key,
            "label": label(ld.department, language),
            "led": len(ld.led),
            "joined": len(ld.joined),
        }
        for ld in rows
    ]
    data = {
        "plan": plan_id(plan),
        "items": [
            {
                "position": p.position,
                "number": p.item.number,
                "leads": [dept_key(d) for d in p.item.responsibility.leads],
                "participants": [dept_key(d) for d in p.item.responsibility.participants],
            }
            for p in items
        ],
        "departments": departments,
    }
    has_source = text is not None and len(text) == plan.source.length
    return render_template(
        "report.html.j2",
        lang="zh-Hant" if language == "zh-Hant" else "zh" if language == "zh" else "en",
        lead_colour=LEAD_COLOUR,
        participant_colour=PARTICIPANT_COLOUR,
        heading=heading,
        meta=" · ".join(meta_bits),
        n_items=len(items),
        n_links=len(edges),
        errors=sum(1 for d in plan.diagnostics if d.severity == "error"),
        warnings=sum(1 for d in plan.diagnostics if d.severity == "warning"),
        departments=departments,
        pieces=source_pieces(text, items, language) if has_source and text is not None else None,
        workload=workload_chart(rows, language),
        network=network_chart(rows, edges, language),
        item_rows=_item_rows(items, language),
        linked=has_source,
        data=data,
    )


def write(
    plan: Plan,
    path: str | os.PathLike[str],
    text: str | None = None,
    *,
    title: str | None = None,
) -> Path:
    """Write :func:`render` to ``path`` (UTF-8) and return the path."""
    target = Path(path)
    target.write_text(render(plan, text, title=title), encoding="utf-8")
    return target
