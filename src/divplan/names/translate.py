"""Translations: English renderings of registry names, read by meaning rather than spelling.

Machine translations name departments in ways no alias list will ever hold completely
("Ministry of Water Conservancy", "Retired Military Affairs Ministry", "Market Supervision
Bureau"). Each is a word-by-word rendering of the *Chinese* name, so it is read the same way back:
every registry name and Chinese alias is cut into parts that ``glosses.tsv`` knows (国家 | 水利 |
部), and a mention *fits* a department when its words are covered, each exactly once, by glosses
of those parts — every function part and the head (部 ministry/department, 局 bureau/
administration, 委 commission …) rendered, optional parts (国家, 事务, 管理 …) rendered or not,
in any order ("Human Resources and Social Security Ministry").

This module only says which departments a mention fits and how well; whether a fit is accepted
(one department at the document's date, precision first) is decided by the registry. Its
figures are measured on the fixtures named in tests/test_translate.py and reported in README.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from divplan.names.glosses import Gloss, GlossTable, key_tokens
from divplan.names.keys import cased_key, has_cjk
from divplan.names.table import Department

#: Words a rendering of a central Chinese body may add without a Chinese part ("… of China",
#: "National Audit Office" for 审计署): they say it is central, which every registry body is.
FREE_WORDS = frozenset({"china", "chinese", "prc", "national", "state"})
#: Kind-of-body words a local unit's function may carry without its central head
#: ("finance bureau" has the function of 财政部): skipped when the head is not required.
HEAD_WORDS = frozenset(
    {"ministry", "department", "bureau", "commission", "committee", "office", "administration"}
)
#: A rendering never sets "and" right after its head noun: "Department and National
#: Development" is a body's name ending and another's beginning ("… Department and National
#: Development and Reform Commission"), not 建设部 word by word.
_HEAD_THEN_AND = re.compile(rf"\b(?:{'|'.join(sorted(HEAD_WORDS))})s?\s+(?:and|&)\b")
_FREE_COST = 5.0  # score lost per word left to FREE_WORDS or HEAD_WORDS
_FILLER_COST = 2.0  # score lost per optional part with a rendering that the mention left out
_MAX_SEGMENTATIONS = 64
_CACHE_MAX = 65536


class Segment(NamedTuple):
    """One part of a segmented Chinese name."""

    zh: str
    kind: str
    en: tuple[tuple[str, ...], ...]

    @property
    def required(self) -> bool:
        return self.kind in ("part", "head")


class Pattern(NamedTuple):
    """One way of reading one Chinese name of a department as glossed parts."""

    id: str
    zh: str  # the registry string (name or alias) that was segmented
    segments: tuple[Segment, ...]


class Fit(NamedTuple):
    """A department an English mention renders, with how well and through which Chinese name."""

    id: str
    score: float
    matched: str


def segmentations(
    name: str, entries: Mapping[str, tuple[Gloss, ...]], max_len: int
) -> list[tuple[Segment, ...]]:
    """Every way of cutting ``name`` into glossed parts: prefixes first, a head last.

    A name with a part the table does not know has no segmentation and is never translated to.
    """
    out: list[tuple[Segment, ...]] = []
    n = len(name)

    def walk(i: int, acc: tuple[Segment, ...]) -> None:
        if len(out) >= _MAX_SEGMENTATIONS:
            return
        if i == n:
            if acc and acc[-1].kind == "head":
                out.append(acc)
            return
        for length in range(min(max_len, n - i), 0, -1):
            for g in entries.get(name[i : i + length], ()):
                if g.kind == "head" and i + length != n:
                    continue
                if g.kind == "prefix" and any(s.kind != "prefix" for s in acc):
                    continue
                walk(i + length, (*acc, Segment(g.zh, g.kind, g.en)))

    walk(0, ())
    return out


def _cover(tokens: tuple[str, ...], segs: tuple[Segment, ...], headless: bool) -> float | None:
    """Best score of an exact cover of ``tokens`` by glosses of ``segs``; None if none exists.

    Every token is covered by one gloss of one segment (each segment used at most once) or is a
    free word; every required segment is used (the head only unless ``headless``, where
    kind-of-body words may be left over instead); at least one function part is used, or, for a
    name made of a prefix and a head only (国务院办公厅), every segment.
    """
    n = len(tokens)
    used = [False] * len(segs)
    best: list[float] = []

    def complete(skipped: int) -> None:
        content = False
        for k, s in enumerate(segs):
            if used[k]:
                content = content or s.kind == "part"
            elif s.required and not (headless and s.kind == "head"):
                return
        if not content and not all(used):
            return
        dropped = sum(1 for k, s in enumerate(segs) if not used[k] and s.kind == "filler" and s.en)
        best.append(100.0 - _FREE_COST * skipped - _FILLER_COST * dropped)

    def dfs(pos: int, skipped: int) -> None:
        if pos == n:
            complete(skipped)
            return
        for k, s in enumerate(segs):
            if used[k]:
                continue
            for gloss in s.en:
                if tokens[pos : pos + len(gloss)] == gloss:
                    used[k] = True
                    dfs(pos + len(gloss), skipped)
                    used[k] = False
        if tokens[pos] in FREE_WORDS or (headless and tokens[pos] in HEAD_WORDS):
            dfs(pos + 1, skipped + 1)

    dfs(0, 0)
    return max(best) if best else None


def _partial(tokens: tuple[str, ...], segs: tuple[Segment, ...]) -> float:
    """How far ``tokens`` render ``segs`` (0–100, below 100 unless a cover exists): the share of
    words covered by glosses times the share of required parts rendered; for runner-ups."""
    required = sum(1 for s in segs if s.required) or 1
    best = 0.0

    def dfs(pos: int, used: frozenset[int], covered: int) -> None:
        nonlocal best
        if pos == len(tokens):
            rendered = sum(1 for k in used if segs[k].required)
            best = max(best, covered / len(tokens) * rendered / required)
            return
        for k, s in enumerate(segs):
            if k in used:
                continue
            for gloss in s.en:
                if tokens[pos : pos + len(gloss)] == gloss:
                    dfs(pos + len(gloss), used | {k}, covered + len(gloss))
        dfs(pos + 1, used, covered)

    if tokens:
        dfs(0, frozenset(), 0)
    return round(99.0 * best, 1)


class Translator:
    """The registry's names as glossed patterns, and the fits of English mentions to them.

    Built once per registry, on the first English mention that no name or alias matched; the
    answers are cached by mention key, since a parser asks the same runs of words again.
    """

    def __init__(self, departments: Iterable[Department], table: GlossTable) -> None:
        self.patterns: list[Pattern] = []
        self._order: dict[str, int] = {}
        for dept in departments:
            self._order[dept.id] = len(self._order)
            seen: set[tuple[str, ...]] = set()
            for text in (dept.name_zh, *dept.aliases):
                if not text or not has_cjk(text):
                    continue
                name = cased_key(text).replace(" ", "")
                for segs in segmentations(name, table.entries, table.max_len):
                    shape = tuple(f"{s.kind}:{s.zh}" for s in segs)
                    if shape not in seen:
                        seen.add(shape)
                        self.patterns.append(Pattern(dept.id, text, segs))
        self.vocabulary = table.vocabulary() | FREE_WORDS
        # A fit renders a function part (or, for 国务院办公厅, every segment): index the
        # patterns by the words of those, so that "state" or "bureau" does not fetch them all.
        self._by_word: dict[str, set[int]] = {}
        for i, p in enumerate(self.patterns):
            parts = [s for s in p.segments if s.kind == "part"] or p.segments
            for s in parts:
                for gloss in s.en:
                    for w in gloss:
                        self._by_word.setdefault(w, set()).add(i)
        self._fits: dict[tuple[str, bool], tuple[Fit, ...]] = {}

    @staticmethod
    def _possible(words: frozenset[str], segs: tuple[Segment, ...], headless: bool) -> bool:
        """Every required segment has a gloss whose words all occur (a cheap test before the
        search)."""
        return all(
            any(words.issuperset(g) for g in s.en)
            for s in segs
            if s.required and not (headless and s.kind == "head")
        )

    def _candidates(self, tokens: tuple[str, ...]) -> list[int]:
        found: set[int] = set()
        for w in tokens:
            found |= self._by_word.get(w, set())
        return sorted(found)

    def fits(self, key: str, headless: bool = False) -> tuple[Fit, ...]:
        """The departments the normalised English ``key`` renders completely, best first.

        One :class:`Fit` per department (its best name). ``headless`` reads a local unit's
        function: the central head need not be rendered, and kind-of-body words may be left
        over ("municipal finance bureau" → 财政部 once the level word is gone).
        """
        cached = self._fits.get((key, headless))
        if cached is not None:
            return cached
        words = key_tokens(key)
        result: tuple[Fit, ...] = ()
        if (
            words
            and not _HEAD_THEN_AND.search(key)
            and all(w in self.vocabulary or w in HEAD_WORDS for w in words)
        ):
            best: dict[str, Fit] = {}
            present = frozenset(words)
            for i in self._candidates(words):
                p = self.patterns[i]
                if not self._possible(present, p.segments, headless):
                    continue
                score = _cover(words, p.segments, headless)
                if score is not None and score > best.get(p.id, Fit(p.id, -1.0, "")).score:
                    best[p.id] = Fit(p.id, score, p.zh)
            result = tuple(sorted(best.values(), key=lambda f: (-f.score, self._order[f.id])))
        if len(self._fits) >= _CACHE_MAX:
            self._fits.clear()
        self._fits[(key, headless)] = result
        return result

    def understood(self, key: str) -> bool:
        """Every word of the English ``key`` is a word some gloss uses: a mention that renders
        nothing is then a different body, not a misspelt one."""
        words = key_tokens(key)
        return bool(words) and all(w in self.vocabulary for w in words)

    def runner_up(self, key: str, exclude: str) -> tuple[str, float] | None:
        """The department other than ``exclude`` that ``key`` comes closest to rendering."""
        words = key_tokens(key)
        best: tuple[str, float] | None = None
        for i in self._candidates(words):
            p = self.patterns[i]
            if p.id == exclude:
                continue
            full = _cover(words, p.segments, False)
            score = full if full is not None else _partial(words, p.segments)
            if score > 0 and (best is None or score > best[1]):
                best = (p.id, score)
        return best
