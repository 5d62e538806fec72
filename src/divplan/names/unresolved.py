"""Collect the department mentions a reviewer should look at across a corpus, as an alias file.

The output has the columns of ``departments.tsv`` first, so that the reviewed file is fed back
*as it is* with ``--aliases``: a translated or fuzzy mention is proposed as an alias of its id
(keep the row to accept it, delete it to refuse), an unknown one is a row to fill (give it an
existing id, or a new id and kind); rows left without an id are skipped with a note. The extra
columns — ``count``, ``status``, ``candidates`` (did-you-mean ids), ``level``/``place``/
``counterpart`` (what a local unit is) and ``files`` (where the mention occurs) — tell the
reviewer how to decide; the alias reader ignores them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from divplan.models import Department, Plan
from divplan.names.keys import has_cjk
from divplan.names.registry import Registry
from divplan.names.table import COLUMNS

EXTRA_COLUMNS = ("count", "status", "candidates", "level", "place", "counterpart", "files")
#: Statuses worth a reviewer's eye: guesses to confirm and names to fill.
REVIEW = ("unresolved", "ambiguous", "fuzzy", "translated")


@dataclass
class Mention:
    """One distinct mention with how often, where, and how it was (not) resolved."""

    mention: str
    status: str
    count: int = 0
    resolved_to: str | None = None
    candidates: tuple[str, ...] = field(default_factory=tuple)
    files: tuple[str, ...] = field(default_factory=tuple)
    level: str | None = None
    place: str | None = None
    counterpart: str | None = None


def _departments(plan: Plan) -> Iterable[Department]:
    for item in plan.items():
        yield from item.responsibility.leads
        yield from item.responsibility.participants


def collect(plans: Iterable[Plan]) -> list[Mention]:
    """Unresolved, ambiguous, fuzzy and translated mentions, most frequent first."""
    counts: Counter[tuple[str, str]] = Counter()
    info: dict[tuple[str, str], Department] = {}
    files: dict[tuple[str, str], dict[str, None]] = {}
    for plan in plans:
        source = plan.source.path or "-"
        for d in _departments(plan):
            if d.status in REVIEW:
                key = (d.mention, d.status)
                counts[key] += 1
                info.setdefault(key, d)
                files.setdefault(key, {})[source] = None
    out = []
    for (mention, status), n in counts.most_common():
        d = info[(mention, status)]
        out.append(
            Mention(
                mention,
                status,
                n,
                d.id,
                tuple(d.candidates),
                tuple(files[(mention, status)]),
                d.level,
                d.place,
                d.counterpart,
            )
        )
    return out


def _cell(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def to_tsv(mentions: Iterable[Mention], registry: Registry) -> str:
    """TSV rows: a resolved guess is proposed as an alias of its id; others as rows to fill."""
    lines = ["\t".join((*COLUMNS, *EXTRA_COLUMNS))]
    for m in mentions:
        if m.resolved_to and m.resolved_to in registry:
            dept = registry.get(m.resolved_to)
            row = [dept.id, dept.kind, dept.name_zh, dept.name_en, m.mention, "", "", ""]
        else:
            zh, en = (m.mention, "") if has_cjk(m.mention) else ("", m.mention)
            row = ["", "local" if m.level else "", zh, en, "", "", "", ""]
        extra = [
            str(m.count),
            m.status,
            ";".join(m.candidates),
            m.level or "",
            m.place or "",
            m.counterpart or "",
            ";".join(m.files),
        ]
        lines.append("\t".join(_cell(c) for c in (*row, *extra)))
    return "\n".join(lines) + "\n"
