"""The registry's indexes: every name and alias by key, and the queries answered from them.

Built once per registry on first use: exact and alias hits by normalised key (rule 3, with the
国家/国务院/中国 prefixes and "of China" suffixes tolerated), the Latin names fuzzy matching ranks
(rule 5, scored by :mod:`divplan.names.fuzzy`), and the Chinese names that did-you-mean
suggestions search. Deciding what a set of hits *means* stays with the registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from divplan.names.fuzzy import Profile, agreement_bound, near_words, profile, score_profiles
from divplan.names.keys import ACRONYM_RE, LATIN_RE, cased_key, has_cjk
from divplan.names.table import Department

# Prefixes a Chinese mention may carry or drop without changing the department (rule 3).
_ZH_PREFIXES: tuple[str, ...] = ("中华人民共和国", "国务院", "国家", "中国")
# English equivalents: "Ministry of Commerce of the People's Republic of China".
_EN_SUFFIXES: tuple[str, ...] = (" of the peoples republic of china", " of the prc", " of china")
# A name_zh stripped of a prefix is indexed only if this many characters remain, so that
# 国务院办公厅 does not make every 办公厅 the State Council's and 国家安全部 every 安全部 the MSS.
_MIN_STRIPPED_ZH = 4


class Hit(NamedTuple):
    """One department an index key points at, and how."""

    id: str
    matched: str  # the table string (name or alias) the key came from
    status: Literal["exact", "alias"]


class Choice(NamedTuple):
    """A Latin, non-abbreviation name or alias that fuzzy matching may compare against."""

    id: str
    text: str
    key: str


@dataclass
class Indexes:
    """Lookup structures, built once per registry on first use."""

    exact: dict[str, tuple[Hit, ...]]  # all names and aliases
    exact_nocase: dict[str, tuple[Hit, ...]]  # without case-sensitive acronyms
    choices: list[Choice]
    choice_keys: list[str]
    profiles: list[Profile] | None  # scorer views of the choices, built on the first fuzzy match
    zh_strings: list[tuple[str, str]]  # (key, id) of every Chinese name/alias, for suggestions
    order: dict[str, int] = field(default_factory=dict)
    # rank_choices' answers by key: a crawl's unknown local units recur from plan to plan, and
    # ranking one against every English name of the registry costs milliseconds (bounded)
    ranked: dict[tuple[str, int], list[tuple[str, float, str]]] = field(default_factory=dict)
    # the choices holding each distinctive word, by the word's first letter (built with the
    # profiles): a choice none of whose words is near one of the mention's scores 0
    holding: dict[str, dict[str, frozenset[int]]] = field(default_factory=dict)


def build_indexes(departments: Mapping[str, Department]) -> Indexes:
    """The indexes of ``departments`` (id → department, in table order)."""
    exact: dict[str, dict[str, Hit]] = {}
    nocase: dict[str, dict[str, Hit]] = {}
    choices: list[Choice] = []
    zh_strings: list[tuple[str, str]] = []

    def add(key: str, hit: Hit, acronym: bool) -> None:
        if not key:
            return
        for table in (exact,) if acronym else (exact, nocase):
            slot = table.setdefault(key, {})
            old = slot.get(hit.id)
            if old is None or (old.status == "alias" and hit.status == "exact"):
                slot[hit.id] = hit

    for dept in departments.values():
        strings: list[tuple[str, Literal["exact", "alias"]]] = [
            (dept.name_zh, "exact"),
            (dept.name_en, "exact"),
        ]
        strings += [(a, "alias") for a in dept.aliases]
        for text, status in strings:
            if not text:
                continue
            cleaned = cased_key(text)
            key = cleaned.casefold()
            acronym = ACRONYM_RE.fullmatch(cleaned) is not None
            add(key, Hit(dept.id, text, status), acronym)
            if has_cjk(key):
                zh_strings.append((key, dept.id))
                if status == "exact":  # 国家外汇管理局 also answers to 外汇管理局
                    for prefix in _ZH_PREFIXES:
                        rest = key[len(prefix) :]
                        if key.startswith(prefix) and len(rest) >= _MIN_STRIPPED_ZH:
                            add(rest, Hit(dept.id, text, "alias"), False)
            elif not acronym and LATIN_RE.search(key):
                choices.append(Choice(dept.id, text, key))

    def freeze(table: dict[str, dict[str, Hit]]) -> dict[str, tuple[Hit, ...]]:
        return {k: tuple(v.values()) for k, v in table.items()}

    return Indexes(
        exact=freeze(exact),
        exact_nocase=freeze(nocase),
        choices=choices,
        choice_keys=[c.key for c in choices],
        profiles=None,
        zh_strings=zh_strings,
        order={d: i for i, d in enumerate(departments)},
    )


def find_hits(idx: Indexes, key: str, upper: bool) -> tuple[Hit, ...]:
    """Exact/alias hits for a normalised key, tolerating 国家/国务院/中国 prefixes.

    Abbreviations written in capitals in the table (SAFE, MOST, SAT, MOT, NEA …) match only
    mentions written without lower-case letters: several are ordinary English words, and
    a parser testing whether "most" or "safe" is a department name must hear "no".
    """
    table = idx.exact if upper else idx.exact_nocase
    hits = table.get(key)
    if hits:
        return hits
    if has_cjk(key):
        for prefix in _ZH_PREFIXES:
            if key.startswith(prefix) and len(key) > len(prefix):
                hits = table.get(key[len(prefix) :])
                if hits:
                    return tuple(h._replace(status="alias") for h in hits)
    else:
        for suffix in _EN_SUFFIXES:
            if key.endswith(suffix) and len(key) > len(suffix):
                hits = table.get(key[: -len(suffix)])
                if hits:
                    return tuple(h._replace(status="alias") for h in hits)
    return ()


def rank_choices(idx: Indexes, key: str, top: int = 3) -> list[tuple[str, float, str]]:
    """(id, score, matched string) of the ``top`` best departments (score above 0), best first.

    The strings come in falling order of their ratio, and a string's score never exceeds its
    ratio, so once the ratio falls below the ``top``-th best score found, no later string can
    enter the ranking: the rest are not scored (a mention met no name closely, the common case
    for a local unit, used to score every alias of the registry).
    """
    found = idx.ranked.get((key, top))
    if found is None:
        if len(idx.ranked) >= 4096:
            idx.ranked.clear()
        found = idx.ranked[(key, top)] = _ranked(idx, key, top)
    return list(found)


def _ranked(idx: Indexes, key: str, top: int) -> list[tuple[str, float, str]]:
    from rapidfuzz import fuzz, process

    if idx.profiles is None:
        idx.profiles = [profile(c.key) for c in idx.choices]
        idx.holding = _holding(idx.profiles)
    query = profile(key)
    near = near_words(query.distinctive, idx.holding)  # the only choices that can score
    if not near:
        return []
    best: dict[str, tuple[float, str, int]] = {}  # id → (score, string, its index)
    floor = 0.0  # the top-th best score so far (0 until there are top departments)
    for _, ratio, i in process.extract(key, idx.choice_keys, scorer=fuzz.ratio, limit=None):
        if ratio < floor:
            break
        if i not in near:
            continue  # no word near one of the mention's: its score is 0, never ranked
        choice = idx.choices[i]
        have, _, at = best.get(choice.id, (0.0, "", -1))
        if ratio < have or (ratio == have and 0 <= at < i):
            continue  # the ratio bounds the score: this string cannot beat the one we have
        name = idx.profiles[i]
        if ratio * agreement_bound(query, name) + 0.01 < max(have, floor):
            continue  # too few words that could even be near: cannot beat it either
        score = score_profiles(query, name, ratio)
        if score > have or (score == have and 0 <= i < at):  # a tie: the string listed first
            best[choice.id] = (score, choice.text, i)
            if len(best) >= top:
                floor = sorted((s for s, _, _ in best.values()), reverse=True)[top - 1]
    ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], idx.order[kv[0]]))
    return [(i, s, text) for i, (s, text, _) in ranked[:top]]


def _holding(profiles: list[Profile]) -> dict[str, dict[str, frozenset[int]]]:
    """The indexes of the profiles holding each distinctive word, by the word's first letter."""
    found: dict[str, dict[str, set[int]]] = {}
    for i, p in enumerate(profiles):
        for w in p.distinctive:
            found.setdefault(w[0], {}).setdefault(w, set()).add(i)
    return {c: {w: frozenset(ids) for w, ids in by.items()} for c, by in found.items()}


def zh_suggestions(idx: Indexes, key: str) -> tuple[str, ...]:
    """Did-you-mean for Chinese: names that contain the mention or are contained in it.

    Containment, not edit distance, so these are only suggestions for a human, never a
    resolution; closest in length first.
    """
    if len(key) < 2:
        return ()
    found: dict[str, int] = {}
    for text, dept_id in idx.zh_strings:
        if len(text) >= 2 and (key in text or text in key):
            gap = abs(len(text) - len(key))
            found[dept_id] = min(gap, found.get(dept_id, gap))
    ranked = sorted(found, key=lambda d: (found[d], idx.order[d]))
    return tuple(ranked[:3])
