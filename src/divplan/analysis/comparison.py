"""Compare two plans: what changed between last year's plan and this year's.

Analysts put two plans side by side and ask which tasks are new, which were dropped, which were
reworded, and who gained or lost responsibilities.  :func:`compare` answers all four.

Items are matched on their text, not their numbers (numbering shifts whenever one item is
inserted): first identical texts after normalisation (NFKC, case, whitespace), then, among the
rest, the most similar pairs by :func:`rapidfuzz.fuzz.ratio` down to a threshold — greedily,
best pair first, ties broken by document order so the result is deterministic.  The default
threshold, :data:`REWORD_THRESHOLD`, lies above the highest similarity between two *different*
items of any plan in the corpus (74 in the seed plan; at most 61 in the others), which
tests/test_compare.py measures, so two distinct tasks are not reported as one reworded task.

Departments are reorganised between plans (the 2013 and 2018 reforms abolished and merged many):
the old plan's departments are mapped through :meth:`Registry.successors` to those existing at
the new plan's date, so CBRC in 2012 and CBIRC in 2019 are the same responsibility, not one
removed and one added.  A department whose functions were split (AQSIQ → SAMR, GAC) counts
for each heir; one abolished without heirs keeps its own id.

This module is the comparison itself; the result types and their JSON, pandas and text forms are
in :mod:`divplan.analysis.changes` and re-exported here, where callers have always imported them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from divplan.analysis.changes import Comparison, DepartmentChange, ItemChange, ItemStatus
from divplan.analysis.counting import PlacedItem, dept_key, placed_items, plan_id
from divplan.models import Department, Plan
from divplan.names.registry import Registry, YearLike

__all__ = [
    "REWORD_THRESHOLD",
    "Comparison",
    "DepartmentChange",
    "ItemChange",
    "ItemStatus",
    "compare",
    "similarity",
]

#: Minimum :func:`similarity` (0-100) for an unmatched old and new item to count as reworded.
REWORD_THRESHOLD = 80.0

_SPACE = re.compile(r"\s+")
_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])")


def _norm(text: str) -> str:
    """Text as compared: NFKC (full-width → half-width), casefolded, whitespace collapsed.

    A space between two Chinese characters is dropped: it is a line-wrap or layout artefact,
    never a word boundary, and would otherwise make a re-wrapped item look reworded.
    """
    spaced = _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()
    return _CJK_GAP.sub("", spaced)


def similarity(a: str, b: str) -> float:
    """Similarity of two item texts, 0-100: ``fuzz.ratio`` of their normalised forms.

    ``ratio`` rather than a token-set or partial score: an item that gained a sentence is a
    rewording, not the same text, and token scores would call it identical (100).
    """
    from rapidfuzz import fuzz

    return round(float(fuzz.ratio(_norm(a), _norm(b))), 2)


# ------------------------------------------------------------------------------ succession
class _Succession:
    """Maps old-plan department keys to the keys they correspond to at the new plan's date."""

    def __init__(self, registry: Registry, on: YearLike) -> None:
        self.registry = registry
        self.on = on
        self.used: dict[str, tuple[str, ...]] = {}

    def heirs(self, key: str) -> tuple[str, ...]:
        """The successor keys of ``key`` (itself when alive, unknown or without heirs)."""
        if key.startswith("?") or key not in self.registry:
            return (key,)
        found = self.registry.successors(key, on=self.on)
        if not found:
            return (key,)
        if found != (key,):
            self.used[key] = found
        return found


def _keys(depts: Iterable[Department]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(dept_key(d) for d in depts))


def _role_diff(
    old: tuple[str, ...], new: tuple[str, ...], succ: _Succession
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(added, removed): new keys that no old key became, old keys none of whose heirs remain."""
    heirs = {h for k in old for h in succ.heirs(k)}
    added = tuple(k for k in new if k not in heirs)
    removed = tuple(k for k in old if not any(h in new for h in succ.heirs(k)))
    return added, removed


def _change(
    status: ItemStatus,
    old: PlacedItem | None,
    new: PlacedItem | None,
    score: float | None,
    succ: _Succession,
) -> ItemChange:
    o = old.item if old else None
    n = new.item if new else None
    ol = _keys(o.responsibility.leads) if o else ()
    op = _keys(o.responsibility.participants) if o else ()
    nl = _keys(n.responsibility.leads) if n else ()
    np_ = _keys(n.responsibility.participants) if n else ()
    la: tuple[str, ...] = ()
    lr: tuple[str, ...] = ()
    pa: tuple[str, ...] = ()
    pr: tuple[str, ...] = ()
    if o is not None and n is not None:
        la, lr = _role_diff(ol, nl, succ)
        pa, pr = _role_diff(op, np_, succ)
    return ItemChange(
        status=status,
        old=old.position if old else None,
        new=new.position if new else None,
        old_number=o.number if o else None,
        new_number=n.number if n else None,
        similarity=score,
        old_text=o.text if o else None,
        new_text=n.text if n else None,
        old_mode=o.responsibility.mode if o else None,
        new_mode=n.responsibility.mode if n else None,
        old_leads=ol,
        old_participants=op,
        new_leads=nl,
        new_participants=np_,
        leads_added=la,
        leads_removed=lr,
        participants_added=pa,
        participants_removed=pr,
    )


def _match(
    olds: list[PlacedItem], news: list[PlacedItem], threshold: float
) -> dict[int, tuple[int, float]]:
    """Old index → (new index, similarity) for every matched old item.

    Exact matches (same normalised text) first, in document order; then greedy best-first
    fuzzy matching over the remaining items.
    """
    from rapidfuzz import fuzz, process

    pairs: dict[int, tuple[int, float]] = {}
    taken: set[int] = set()
    by_text: dict[str, list[int]] = {}
    for j, p in enumerate(news):
        by_text.setdefault(_norm(p.item.text), []).append(j)
    for i, p in enumerate(olds):
        free = [j for j in by_text.get(_norm(p.item.text), []) if j not in taken]
        if free:
            pairs[i] = (free[0], 100.0)
            taken.add(free[0])
    rest_old = [i for i in range(len(olds)) if i not in pairs]
    rest_new = [j for j in range(len(news)) if j not in taken]
    if rest_old and rest_new:
        scores = process.cdist(
            [_norm(olds[i].item.text) for i in rest_old],
            [_norm(news[j].item.text) for j in rest_new],
            scorer=fuzz.ratio,
        )
        candidates = sorted(
            (
                (-round(float(scores[a][b]), 2), rest_old[a], rest_new[b])
                for a in range(len(rest_old))
                for b in range(len(rest_new))
                if scores[a][b] >= threshold
            ),
        )
        for neg, i, j in candidates:
            if i in pairs or j in taken:
                continue
            pairs[i] = (j, -neg)
            taken.add(j)
    return pairs


def _names(key: str, registry: Registry, seen: dict[str, Department]) -> tuple[str | None, ...]:
    if key in seen:
        d = seen[key]
        if d.id is not None:
            return d.name, d.name_zh
    if not key.startswith("?") and key in registry:
        r = registry.get(key)
        return r.name_en or None, r.name_zh or None
    mention = key[1:] if key.startswith("?") else key
    if any("\u3400" <= c <= "\u9fff" for c in mention):
        return None, mention
    return mention, None


def _departments(
    old: list[PlacedItem], new: list[PlacedItem], succ: _Succession, registry: Registry
) -> list[DepartmentChange]:
    counts: dict[str, list[int]] = {}  # key → [led_old, joined_old, led_new, joined_new]
    preds: dict[str, list[str]] = {}
    seen: dict[str, Department] = {}

    def count(items: list[PlacedItem], offset: int, mapped: bool) -> None:
        for p in items:
            r = p.item.responsibility
            roles: dict[str, int] = {}  # key → 0 lead / 1 participant, lead wins
            for role, depts in ((0, r.leads), (1, r.participants)):
                for d in depts:
                    k = dept_key(d)
                    seen.setdefault(k, d)
                    for h in succ.heirs(k) if mapped else (k,):
                        if mapped and h != k and k not in preds.setdefault(h, []):
                            preds[h].append(k)
                        roles[h] = min(roles.get(h, role), role)
            for h, role in roles.items():
                counts.setdefault(h, [0, 0, 0, 0])[offset + role] += 1

    count(old, 0, True)
    count(new, 2, False)
    out = []
    for key, (lo, jo, ln, jn) in counts.items():
        name, name_zh = _names(key, registry, seen)
        out.append(DepartmentChange(key, name, name_zh, tuple(preds.get(key, ())), lo, jo, ln, jn))
    out.sort(key=lambda c: (-abs(c.delta), -c.total_new, -c.total_old, c.key))
    return out


def compare(
    old: Plan,
    new: Plan,
    *,
    threshold: float = REWORD_THRESHOLD,
    registry: Registry | None = None,
    on: YearLike = None,
) -> Comparison:
    """Items added, removed and reworded between ``old`` and ``new``, and who does what now.

    ``on`` is the date at which old departments are mapped to their successors (default: the
    new plan's date; today when it has none).  ``threshold`` is the minimum
    :func:`similarity` for two different texts to be the same item reworded.
    """
    reg = registry or Registry.default()
    succ = _Succession(reg, on if on is not None else new.metadata.date)
    olds, news = placed_items(old), placed_items(new)
    pairs = _match(olds, news, threshold)
    changes: list[ItemChange] = []
    # Document order of the new plan, each removed item placed after its old predecessor's match.
    back = {j: i for i, (j, _) in pairs.items()}
    emitted_old: set[int] = set()

    def flush_removed(upto: int) -> None:
        for i in range(upto):
            if i not in pairs and i not in emitted_old:
                emitted_old.add(i)
                changes.append(_change("removed", olds[i], None, None, succ))

    for j, p in enumerate(news):
        if j in back:
            i = back[j]
            flush_removed(i)
            status: ItemStatus = "unchanged" if _same(olds[i], p) else "reworded"
            changes.append(_change(status, olds[i], p, pairs[i][1], succ))
        else:
            changes.append(_change("added", None, p, None, succ))
    flush_removed(len(olds))
    departments = _departments(olds, news, succ, reg)
    return Comparison(
        old_id=plan_id(old),
        new_id=plan_id(new),
        old_date=old.metadata.date,
        new_date=new.metadata.date,
        threshold=threshold,
        items=changes,
        departments=departments,
        successors=dict(sorted(succ.used.items())),
    )


def _same(a: PlacedItem, b: PlacedItem) -> bool:
    return _norm(a.item.text) == _norm(b.item.text)
