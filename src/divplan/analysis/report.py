"""The HTML report: one self-contained page a person can read.

``divplan report FILE -o report.html`` writes it.  The page shows the plan's source text with
every item's responsibility clause highlighted and each department mention marked by role (lead
or participant) and coloured by how it matched the registry (exact, alias, translated, local,
fuzzy, ambiguous, unresolved; a legend says which is which, and hovering or clicking a mention
shows its score, runner-up and candidates).  It is built for review first: the diagnostics are
listed at the top, each linking to its item and to its span in the text; items read by inference
or without a clause carry a badge; a "needs review" switch hides every item there is nothing to
check on (:mod:`divplan.analysis.review` decides which).  Then a department filter, a workload
bar chart, the collaboration network, the table of items and the department × item matrix.  On
a Chinese plan the interface is in Chinese (:mod:`divplan.analysis.labels`).

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
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from divplan.analysis.charts import network_chart, workload_chart
from divplan.analysis.counting import (
    PlacedItem,
    dept_key,
    diagnostic_items,
    label,
    loads,
    pairs,
    placed_items,
    plan_id,
)
from divplan.analysis.labels import STATUS_ORDER, labels, ui_language
from divplan.analysis.review import (
    SHOW_BOTH,
    diagnostic_rows,
    item_flags,
    matrix,
    review_status,
)
from divplan.analysis.source_view import Tag, anchored, dept_tag, source_pieces
from divplan.analysis.sourcefile import source_text
from divplan.analysis.templates import render as render_template
from divplan.models import Department, Diagnostic, Plan

__all__ = ["LEAD_COLOUR", "PARTICIPANT_COLOUR", "render", "source_text", "write"]

#: Colours of the two roles (also used for the bars and nodes); distinct in hue and lightness.
LEAD_COLOUR = "#c2410c"
PARTICIPANT_COLOUR = "#1d4ed8"


# ------------------------------------------------------------------------------ items table
@dataclass(frozen=True)
class _Chip:
    """A department in a cell of the items table: its tag, its name, the registry name if the
    name as written must be shown beside it (a fuzzy match)."""

    tag: Tag
    text: str
    canonical: str


@dataclass(frozen=True)
class _Flag:
    """Why an item needs review, as a badge: the reason, its label and what it is about."""

    reason: str
    text: str
    title: str


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
    flags: list[_Flag]


def _short(name: str, limit: int = 40) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _chips(depts: list[Department], role: str, language: str | None) -> list[_Chip]:
    out = []
    for d in depts:
        both = review_status(d) in SHOW_BOTH and d.id is not None
        text = d.mention if both else label(d, language)
        out.append(
            _Chip(dept_tag(d, role, language), _short(text), label(d, language) if both else "")
        )
    return out


def _flags(
    p: PlacedItem,
    reasons: tuple[str, ...],
    notes: Mapping[tuple[int, str], list[str]],
    words: Mapping[str, str],
) -> list[_Flag]:
    r = p.item.responsibility
    out = []
    for reason in reasons:
        if reason in ("fuzzy", "ambiguous", "unresolved"):
            about = [d.mention for d in (*r.leads, *r.participants) if review_status(d) == reason]
        else:
            key = {"inferred": "DP208", "no-clause": "DP201"}.get(reason, reason)
            about = notes.get((p.position, key), [])
        title = "; ".join(dict.fromkeys(about))
        out.append(_Flag(reason, words["flag_" + reason.replace("-", "_")], title))
    return out


def _notes(
    diagnostics: list[Diagnostic], where: list[int | None]
) -> dict[tuple[int, str], list[str]]:
    """(item, code or severity) → the messages of the diagnostics about that item."""
    out: dict[tuple[int, str], list[str]] = {}
    for d, pos in zip(diagnostics, where, strict=True):
        if pos is not None:
            for key in (d.code, d.severity):
                out.setdefault((pos, key), []).append(f"{d.code}: {d.message}")
    return out


def _item_rows(
    items: list[PlacedItem],
    language: str | None,
    flags: Mapping[int, tuple[str, ...]],
    notes: Mapping[tuple[int, str], list[str]],
) -> list[_ItemRow]:
    words = labels(language)
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
                flags=_flags(p, flags.get(p.position, ()), notes, words),
            )
        )
    return rows


def _status_counts(items: list[PlacedItem], words: Mapping[str, str]) -> list[tuple[str, str, int]]:
    """Every status of the legend with its name and number of mentions; a status beyond the
    known ones (one a resolver adds later) is appended under its own name, never unexplained."""
    counts: dict[str, int] = dict.fromkeys(STATUS_ORDER, 0)
    for p in items:
        r = p.item.responsibility
        for d in (*r.leads, *r.participants):
            status = review_status(d)
            counts[status] = counts.get(status, 0) + 1
    return [(s, words.get(f"status_{s}", s), n) for s, n in counts.items()]


# ------------------------------------------------------------------------------ page
def render(plan: Plan, text: str | None = None, *, title: str | None = None) -> str:
    """The report for ``plan`` as one HTML string.

    ``text`` is the decoded source the plan was parsed from (what the spans point into); without
    it (or if its length does not match the plan's), the page has no source view and shows the
    items table only.
    """
    language = plan.language
    words = labels(language)
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
    where = diagnostic_items(plan.diagnostics, items)
    flags = item_flags(items, plan.diagnostics, where)
    has_source = text is not None and len(text) == plan.source.length
    pieces = None
    if has_source and text is not None:
        pieces = source_pieces(text, items, language, flags, plan.diagnostics)
    data = {
        "plan": plan_id(plan),
        "items": [
            {
                "position": p.position,
                "number": p.item.number,
                "leads": [dept_key(d) for d in p.item.responsibility.leads],
                "participants": [dept_key(d) for d in p.item.responsibility.participants],
                "review": list(flags[p.position]),
            }
            for p in items
        ],
        "departments": departments,
        "labels": {k: v for k, v in words.items() if k == "shown" or k.startswith("card_")}
        | {f"status_{s}": words[f"status_{s}"] for s in STATUS_ORDER},
    }
    severities = [d.severity for d in plan.diagnostics]
    return render_template(
        "report.html.j2",
        lang=ui_language(language),
        t=SimpleNamespace(**words),
        lead_colour=LEAD_COLOUR,
        participant_colour=PARTICIPANT_COLOUR,
        heading=heading,
        meta=" · ".join(meta_bits),
        n_items=len(items),
        n_links=len(edges),
        n_review=sum(1 for reasons in flags.values() if reasons),
        errors=severities.count("error"),
        warnings=severities.count("warning"),
        infos=severities.count("info"),
        departments=departments,
        statuses=_status_counts(items, words),
        pieces=pieces,
        workload=workload_chart(rows, language),
        network=network_chart(rows, edges, language),
        item_rows=_item_rows(items, language, flags, _notes(plan.diagnostics, where)),
        diagnostics=diagnostic_rows(
            plan.diagnostics, items, where, anchored(pieces) if pieces else set()
        ),
        matrix=matrix(items, rows, language),
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
