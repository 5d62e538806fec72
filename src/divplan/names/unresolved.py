"""Collect unresolved and fuzzy department mentions across a corpus, for review.

The output has the columns of ``departments.tsv`` (so a reviewed file can be fed back with
``--aliases``) plus ``count``, ``status`` and ``candidates`` columns that tell the reviewer
how often the mention occurs and what it might be.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from divplan.models import Department, Plan
from divplan.names.registry import Registry

COLUMNS = ("id", "kind", "name_zh", "name_en", "aliases", "from", "to", "successors")


@dataclass
class Mention:
    """One distinct mention with how often and how it was (not) resolved."""

    mention: str
    status: str
    count: int = 0
    resolved_to: str | None = None
    candidates: tuple[str, ...] = field(default_factory=tuple)


def _departments(plan: Plan) -> Iterable[Department]:
    for item in plan.items():
        yield from item.responsibility.leads
        yield from item.responsibility.participants


def collect(plans: Iterable[Plan]) -> list[Mention]:
    """Unresolved, ambiguous and fuzzy mentions, most frequent first."""
    counts: Counter[tuple[str, str]] = Counter()
    info: dict[tuple[str, str], Department] = {}
    for plan in plans:
        for d in _departments(plan):
            if d.status in ("unresolved", "ambiguous", "fuzzy"):
                key = (d.mention, d.status)
                counts[key] += 1
                info.setdefault(key, d)
    out = []
    for (mention, status), n in counts.most_common():
        d = info[(mention, status)]
        out.append(Mention(mention, status, n, d.id, tuple(d.candidates)))
    return out


def _cjk(s: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in s)


def to_tsv(mentions: Iterable[Mention], registry: Registry) -> str:
    """TSV rows: a fuzzy match is proposed as an alias of its id; others as new rows to fill."""
    lines = ["\t".join((*COLUMNS, "count", "status", "candidates"))]
    for m in mentions:
        if m.resolved_to:
            dept = registry.get(m.resolved_to)
            row = [dept.id, dept.kind, dept.name_zh, dept.name_en, m.mention, "", "", ""]
        else:
            zh, en = (m.mention, "") if _cjk(m.mention) else ("", m.mention)
            row = ["", "", zh, en, "", "", "", ""]
        lines.append("\t".join([*row, str(m.count), m.status, ";".join(m.candidates)]))
    return "\n".join(lines) + "\n"
