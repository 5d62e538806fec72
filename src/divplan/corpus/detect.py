"""Detect: is this document a division-of-labour plan?  Cheap, explainable, measured.

Why: a crawl of government sites holds a few plans per hundred documents.  Parsing every
document costs milliseconds each and produces noise (laws and news have numbered items too),
so ``divplan parse --only-plans`` first asks :func:`detect`, which only scans the text with a
handful of compiled regular expressions (well under a millisecond for a typical page).

What makes a plan a plan (conventions.md) is not its numbering — laws, news and reports are
numbered too — but that its tasks are *assigned*: a task sentence closed by a parenthesis
naming departments, usually with a role word (牵头 / 负责 / 参加 / takes the lead /
responsible), or the same assignment as labelled lines (``牵头单位：``) or table columns.  The
score is a logistic combination of that evidence:

====================================  ======================================================
evidence                              weight
====================================  ======================================================
task sentences closed by a clause     strong: a role word inside; weak (½): only department
  (or the same by label / table)      names; ``2·log2(1 + n)``: the first few count most
a title naming a division of labour   +1.5 (+0.5 when the phrase only appears in the body)
share of numbered items with a clause ``1.5·(share − 0.5)``, when there are ≥ 3 items
numbered articles (第N条 / Article N)  ``−1.5·log2(1 + n)`` when they outnumber the clauses
====================================  ======================================================

``z = −4 + Σ``, ``score = 1 / (1 + e^−z)``; a document is a plan when ``score ≥ THRESHOLD``.
The threshold was chosen on the labelled set in ``tests/data/detect`` (see
``tests/test_detect.py``, which recomputes precision and recall).  Scores in the
:data:`BORDERLINE` band get a second opinion from the full parser: its count of items with a
responsibility clause replaces the regex estimate.  Every term that contributed is reported in
:attr:`Detection.reasons`.

This module is the verdict: the weights above, the threshold and the second opinion.  The
evidence they weigh is counted by :mod:`divplan.corpus.evidence`, whose patterns change with
every new layout of a plan while these measured weights rarely do.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from divplan.corpus.evidence import Evidence, sample, scan

if TYPE_CHECKING:
    from divplan.names.registry import Registry

THRESHOLD = 0.5
"""``is_plan`` when ``score >= THRESHOLD`` (measured on tests/data/detect; see the README)."""

BORDERLINE = (0.2, 0.8)
"""Scores in ``[low, high)`` are re-scored from a full parse when ``full_parse`` is allowed."""

SCAN_LIMIT = 400_000
"""Characters examined: plans state their nature early; a 100 MB file is not scanned whole."""


@dataclass(frozen=True)
class Detection:
    """The verdict: a score in [0, 1], whether it reaches :data:`THRESHOLD`, and why."""

    score: float
    is_plan: bool
    reasons: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------- scoring
def _logit(clauses: float, share: float | None, ev: Evidence, reasons: list[str]) -> float:
    z = -4.0 + 2.0 * math.log2(1.0 + clauses)
    if ev.keyword_title:
        z += 1.5
        reasons.append(f"title names a division of labour: {ev.keyword_title}")
    elif ev.keyword_body:
        z += 0.5
        reasons.append(f"mentions a division of labour (not in a title): {ev.keyword_body}")
    if share is not None:
        z += 1.5 * (share - 0.5)
    if ev.articles and ev.articles > clauses:
        z -= 1.5 * math.log2(1.0 + ev.articles)
        reasons.append(f"reads like a law: {ev.articles} numbered articles (第N条 / Article N)")
    return z


def _short(s: str, n: int = 48) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def detect(text: str, *, registry: Registry | None = None, full_parse: bool = True) -> Detection:
    """Score ``text`` as a division-of-labour plan; see the module docstring for how.

    ``full_parse`` allows the second stage (a full parse) for scores in :data:`BORDERLINE`;
    ``registry`` is the registry that parse uses (default: the packaged one).
    """
    ev = scan(sample(text, SCAN_LIMIT))
    reasons: list[str] = []
    if ev.strong:
        reasons.append(
            f"{ev.strong} task sentences end with a responsibility clause,"
            f" e.g. {_short(ev.example_strong or '')}"
        )
    if ev.weak:
        reasons.append(
            f"{ev.weak} task sentences end with a list of departments,"
            f" e.g. {_short(ev.example_weak or '')}"
        )
    if ev.labels:
        reasons.append(f"{ev.labels} labelled assignments (牵头单位： / Lead unit:)")
    if ev.table_rows:
        reasons.append(f"a task table with columns {ev.table_columns} ({ev.table_rows} rows)")
    if not ev.clauses:
        reasons.append("no task sentence is assigned to a department")
    share: float | None = None
    if ev.items >= 3:
        share = min(1.0, max(ev.items_with_clause, ev.table_rows) / ev.items)
        reasons.append(f"{ev.items_with_clause} of {ev.items} numbered items carry a clause")
    z = _logit(ev.clauses, share, ev, reasons)
    score = _sigmoid(z)

    low, high = BORDERLINE
    if full_parse and low <= score < high:
        z += _second_opinion(text, registry, score, reasons)
        score = _sigmoid(z)
    elif (
        full_parse
        and score < low
        and (ev.keyword_title or ev.keyword_body)
        # the text says "division of labour", or numbers three tasks or more, but the scan found
        # no clause it knows (clauses in other brackets, on lines of their own, opening unnumbered
        # paragraphs, in phrasings the scan's cues lack …): the parser has the last word (it
        # confirms only two tasks or more, half of them with a clause)
        and _second_opinion(text, registry, score, reasons) >= 1.0
    ):
        z = max(z, _CONFIRMED)
        score = _sigmoid(z)
    is_plan = score >= THRESHOLD
    reasons.append(
        f"score {score:.2f} {'≥' if is_plan else '<'} threshold {THRESHOLD}: "
        + ("a division-of-labour plan" if is_plan else "not a plan")
    )
    return Detection(round(score, 4), is_plan, reasons)


_CONFIRMED = 1.1  # logit of a plan the parser confirmed after the scan missed it (≈ 0.75)


def _second_opinion(
    text: str, registry: Registry | None, score: float, reasons: list[str]
) -> float:
    """Stage two, for borderline scores only: what the real parser makes of the document.

    The regex stage cannot tell a clause from a parenthetical that happens to name an office;
    the parser reads the clause with the clause grammar and resolves its departments.  It
    confirms (+1: at least two items and half of all items carry a clause; +0.5 more when most
    named departments resolve in the registry, are local units or are named as bodies are —
    a unit word last, 招商局) or refutes (−1: no item carries a clause).
    """
    try:
        from divplan.parsing.name_edges import org_shaped
        from divplan.pipeline import parse_record  # records: no Pydantic for --only-plans

        plan = parse_record(text, registry=registry)
    except Exception:  # a detector must answer; the parse is only a second opinion
        reasons.append(f"score {score:.2f} is borderline; the full parse failed")
        return 0.0
    items = list(plan.items())
    bearing = [i for i in items if i.responsibility.mode is not None]
    depts = [d for i in bearing for d in (*i.responsibility.leads, *i.responsibility.participants)]
    known = sum(  # local units too, and bodies named as bodies are: a ministry's own 司 in its
        1  # plan, a development zone's 招商局 and 规划建设局 (no level word before them)
        for d in depts
        if d.id is not None or d.level is not None or org_shaped(d.mention)
    )
    head = (
        f"score {score:.2f} is borderline; full parse: {len(bearing)} of {len(items)} items "
        f"have a responsibility clause, {known} of {len(depts)} departments resolve"
    )
    if not bearing:
        reasons.append(head + " (−1)")
        return -1.0
    delta = 0.0
    if len(bearing) >= 2 and 2 * len(bearing) >= len(items):
        delta += 1.0
        if depts and 2 * known >= len(depts):
            delta += 0.5
    reasons.append(head + (f" (+{delta:g})" if delta else " (no change)"))
    return delta


__all__ = ["BORDERLINE", "THRESHOLD", "Detection", "detect"]
