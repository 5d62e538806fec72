"""Outcomes: what a resolution says, and how each rule's answer becomes one.

Every rule of the registry (:mod:`divplan.names.registry`) ends in a :class:`Resolution` that a
reviewer can audit — status, matched name, score, runner-up, candidates, whether the department
existed at the date. Turning each rule's raw answer (index hits, gloss fits, fuzzy ranks) into
that value, with the time-aware choice and the acceptance thresholds, is kept here so that the
registry module only orders the rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from divplan.names.fuzzy import FUZZY_CUTOFF, FUZZY_MARGIN, SUGGEST_FLOOR
from divplan.names.indexes import Hit, Indexes, rank_choices
from divplan.names.table import Department
from divplan.names.translate import Translator

Status = Literal["exact", "alias", "translated", "fuzzy", "ambiguous", "unresolved"]


@dataclass(frozen=True)
class Resolution:
    """The outcome of :meth:`Registry.resolve <divplan.names.registry.Registry.resolve>`, with
    everything needed to explain it.

    A parser reports ``status`` and, for translations and fuzzy matches, ``score`` and
    ``runner_up``/``runner_up_score`` (the best other department and how close it came) so that
    a reviewer can see how close the decision was; ``candidates`` lists the ambiguous set or the
    "did you mean" suggestions; ``in_period`` is False when the department had been abolished
    (or not yet created) in the document's year — resolved anyway, but worth flagging.
    """

    mention: str
    id: str | None
    name: str | None
    name_zh: str | None
    status: Status
    score: float | None
    matched: str | None
    runner_up: str | None = None
    runner_up_score: float | None = None
    candidates: tuple[str, ...] = ()
    in_period: bool = True


def unresolved(mention: str, score: float | None, candidates: tuple[str, ...]) -> Resolution:
    return Resolution(
        mention=mention,
        id=None,
        name=None,
        name_zh=None,
        status="unresolved",
        score=score,
        matched=None,
        candidates=candidates,
    )


def _handed_over(
    departments: Mapping[str, Department], inside: tuple[str, ...], year: int | None
) -> str | None:
    """In a reorganisation year both the old body and the one that took over its name exist
    (交通部: MOCOMM to 2008, MOT from 2008); the name then means the new one, which every other
    candidate lists as its successor.  None when that does not single one out."""
    if year is None or len(inside) < 2:
        return None
    for new in inside:
        others = [i for i in inside if i != new]
        if all(
            new in departments[o].successors and departments[o].end == year for o in others
        ):
            return new
    return None


def from_hits(
    departments: Mapping[str, Department], mention: str, hits: tuple[Hit, ...], year: int | None
) -> Resolution:
    """Time-aware choice among departments that carry the name (rule 3)."""
    ids = tuple(dict.fromkeys(h.id for h in hits))
    inside = tuple(i for i in ids if departments[i].exists_in(year))
    handed = _handed_over(departments, inside, year)
    if len(ids) == 1:
        chosen = ids[0]
    elif len(inside) == 1:
        chosen = inside[0]
    elif handed is not None:
        chosen = handed
    else:
        candidates = inside or ids
        return Resolution(
            mention=mention,
            id=None,
            name=None,
            name_zh=None,
            status="ambiguous",
            score=100.0,
            matched=hits[0].matched,
            runner_up=candidates[1],
            runner_up_score=100.0,
            candidates=candidates,
        )
    hit = next(h for h in hits if h.id == chosen)
    dept = departments[chosen]
    return Resolution(
        mention=mention,
        id=chosen,
        name=dept.name_en,
        name_zh=dept.name_zh,
        status=hit.status,
        score=100.0,
        matched=hit.matched,
        in_period=dept.exists_in(year),
    )


def translated(
    departments: Mapping[str, Department],
    translator: Translator,
    mention: str,
    key: str,
    year: int | None,
) -> Resolution:
    """An English rendering of exactly one registry name existing in ``year`` (rule 5).

    Precision first: when two departments of that year fit, or only departments of other years
    do ("Market Supervision Bureau" in 2015, before SAMR), nothing is translated and the fits are
    the candidates — unless the year is the one a body took over from the other (its
    successor), as for a shared name (:func:`_handed_over`).  The runner-up is the department
    the mention came closest to rendering.
    """
    fits = translator.fits(key)
    inside = [f for f in fits if departments[f.id].exists_in(year)]
    handed = _handed_over(departments, tuple(dict.fromkeys(f.id for f in inside)), year)
    if handed is not None:  # ("Food and Drug Administration" in 2013: SFDA's name, CFDA's body)
        inside = [next(f for f in inside if f.id == handed)]
    if len(inside) != 1:
        return unresolved(mention, None, tuple(f.id for f in (inside or fits))[:3])
    best = inside[0]
    dept = departments[best.id]
    runner = translator.runner_up(key, best.id)
    return Resolution(
        mention=mention,
        id=best.id,
        name=dept.name_en,
        name_zh=dept.name_zh,
        status="translated",
        score=best.score,
        matched=best.matched,
        runner_up=runner[0] if runner else None,
        runner_up_score=runner[1] if runner else None,
    )


def fuzzy(
    departments: Mapping[str, Department], idx: Indexes, mention: str, key: str, year: int | None
) -> Resolution:
    """Typo-tolerant match of a Latin-script mention (rule 6).

    Accepted when the best department scores at least :data:`FUZZY_CUTOFF` and leads the best
    *other* department by at least :data:`FUZZY_MARGIN`; otherwise unresolved, with up to three
    departments scoring at least :data:`SUGGEST_FLOOR` as candidates.
    """
    ranked = rank_choices(idx, key)
    if not ranked:
        return unresolved(mention, 0.0, ())
    best_id, best_score, matched = ranked[0]
    runner_up, runner_score = ranked[1][:2] if len(ranked) > 1 else (None, None)
    if best_score >= FUZZY_CUTOFF and best_score - (runner_score or 0.0) >= FUZZY_MARGIN:
        dept = departments[best_id]
        return Resolution(
            mention=mention,
            id=best_id,
            name=dept.name_en,
            name_zh=dept.name_zh,
            status="fuzzy",
            score=best_score,
            matched=matched,
            runner_up=runner_up,
            runner_up_score=runner_score,
            in_period=dept.exists_in(year),
        )
    suggestions = tuple(i for i, score, _ in ranked[:3] if score >= SUGGEST_FLOOR)
    return unresolved(mention, best_score, suggestions)
