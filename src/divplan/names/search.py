"""Loose search of department names, for people exploring the registry (in notebooks, say).

Deliberately separate from resolution: it ranks by containment and rapidfuzz ``WRatio``, a
scorer too lenient to resolve anything, because its answers are read by a human.
"""

from __future__ import annotations

from collections.abc import Mapping

from divplan.names.keys import normalise
from divplan.names.table import Department


def search_departments(
    departments: Mapping[str, Department], query: str, limit: int
) -> list[Department]:
    """Departments whose names or aliases look like ``query``, best first.

    See :meth:`Registry.search <divplan.names.registry.Registry.search>`.
    """
    from rapidfuzz import fuzz

    key = normalise(query)
    if not key or limit <= 0:
        return []
    scores: dict[str, float] = {}
    for dept in departments.values():
        best = 0.0
        for text in (dept.name_en, dept.name_zh, dept.id, *dept.aliases):
            name = normalise(text)
            if not name:
                continue
            if name == key:
                score = 300.0
            elif key in name or (len(name) >= 2 and name in key):
                score = 200.0 - abs(len(name) - len(key)) / max(len(name), len(key))
            else:
                score = fuzz.WRatio(key, name)
                score = score if score >= 60 else 0.0
            best = max(best, score)
        if best > 0:
            scores[dept.id] = best
    order = {d: i for i, d in enumerate(departments)}
    ranked = sorted(scores, key=lambda d: (-scores[d], order[d]))
    return [departments[d] for d in ranked[:limit]]
