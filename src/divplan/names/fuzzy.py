"""The fuzzy scorer and its thresholds: typo-tolerant matching of English department names.

Rule 5 of the registry's resolution order, and the only step that is not an exact lookup, so
its scorer (:func:`fuzzy_score`) and the cutoffs that decide acceptance are kept together,
apart from the indexes that apply them. rapidfuzz is imported only when a score is computed.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from divplan.names.keys import normalise

# --- fuzzy-matching parameters -----------------------------------------------------------------
# The scorer is :func:`fuzzy_score`; these thresholds are justified by measurement in
# tests/test_registry.py::test_fuzzy_threshold_separates_positives_from_negatives, which fails if a
# change of scorer brings a negative within reach of the cutoff or a positive below it.

#: Minimum :func:`fuzzy_score` for a fuzzy match to be accepted.
FUZZY_CUTOFF = 85.0
#: Minimum lead of the best department over the best *other* department.
FUZZY_MARGIN = 10.0
#: Departments scoring below this are not offered as "did you mean" candidates.
SUGGEST_FLOOR = 50.0

# --- fuzzy scorer ------------------------------------------------------------------------------

_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "to", "at", "a", "an"})
#: Words of organisation names that say what kind of body it is, not which one.
_TYPE_WORDS = frozenset(
    {
        "ministry",
        "commission",
        "administration",
        "office",
        "department",
        "bureau",
        "committee",
        "agency",
        "council",
        "group",
        "meeting",
        "bank",
    }
)
#: Words that do not identify a department; a fuzzy match must agree on the *other* words.
_GENERIC_WORDS = (
    _FUNCTION_WORDS
    | (_TYPE_WORDS - {"bank"})
    | frozenset(
        {
            "national",
            "state",
            "general",
            "china",
            "chinese",
            "affairs",
            "leading",
            "inter",
            "ministerial",
            "joint",
            "republic",
            "prc",
        }
    )
)
_FUZZY_GENERIC = tuple(sorted(w for w in _GENERIC_WORDS if len(w) >= 5))


def _osa(a: str, b: str) -> int:
    from rapidfuzz.distance import OSA

    return OSA.distance(a, b)


def _near(a: str, b: str) -> bool:
    """Two words are the same word misspelt: same first letter, one edit (two if ≥ 8 letters).

    An edit is an insertion, deletion, substitution or transposition of adjacent letters
    ("informaton", "affair", "buerau"). Typos rarely touch the first letter, and requiring it
    keeps "estate" apart from "state".
    """
    if a == b:
        return True
    if a[0] != b[0] or min(len(a), len(b)) < 4:
        return False
    return _osa(a, b) <= (2 if max(len(a), len(b)) >= 8 else 1)


def near_words(
    words: Sequence[str], holding: Mapping[str, Mapping[str, frozenset[int]]]
) -> set[int]:
    """The indexes of the names holding a word near one of ``words`` (:func:`_near`), from
    ``holding`` (first letter → word → indexes of the names holding it).

    Why: a name with no such word has a word agreement of 0 with the mention, so its score is 0
    whatever its ratio (:func:`score_profiles`); only these names need scoring — an unknown local
    unit ("Huaichuan Gas Company") used to be scored against every English name.
    """
    found: set[int] = set()
    for w in words:
        for other, names in holding.get(w[0], {}).items():
            if _near(w, other):
                found |= names
    return found


@functools.lru_cache(maxsize=8192)
def _canonical_token(token: str) -> str:
    """Map a misspelt generic word onto it ("Minstry" → ministry, "Comission" → commission)."""
    if token in _GENERIC_WORDS:
        return token
    for word in _FUZZY_GENERIC:
        if _near(token, word):
            return word
    return token


class Profile(NamedTuple):
    """What the scorer needs to know about one normalised name."""

    key: str
    distinctive: tuple[str, ...]  # words that identify the department (or all content words)
    types: frozenset[str]  # kind-of-body words present
    head: str | None = None  # the kind of body the name is: "office" in "Office of the … Group"
    initials: frozenset[str] = frozenset()  # first letters of the distinctive words


#: Prepositions after which an English name says whose body it is ("Office *of* the Group").
_OF_WORDS = frozenset({"of", "for", "on", "under"})


def _head(tokens: Sequence[str]) -> str | None:
    """The kind-of-body word that governs the name: the last one before its first "of"/"for".

    "Office of the State Council Leading Group for …" is an office; "State Council Leading
    Group for …" a group; "General Administration of Customs" an administration.
    """
    cut = next((k for k, t in enumerate(tokens) if t in _OF_WORDS), len(tokens))
    kinds = [t for t in tokens[:cut] if t in _TYPE_WORDS]
    return kinds[-1] if kinds else None


@functools.lru_cache(maxsize=8192)
def profile(key: str) -> Profile:
    tokens = [_canonical_token(t) for t in key.split()]
    distinctive = tuple(t for t in tokens if t not in _GENERIC_WORDS)
    if not distinctive:  # "General Office of the State Council": compare its content words
        distinctive = tuple(t for t in tokens if t not in _FUNCTION_WORDS)
    types = frozenset(t for t in tokens if t in _TYPE_WORDS)
    return Profile(key, distinctive, types, _head(tokens), frozenset(w[0] for w in distinctive))


def _coverage(words: Sequence[str], others: Sequence[str]) -> float:
    """The share of ``words`` found in ``others`` up to a typo (:func:`_near`).

    Only words with the same first letter can be near (the rule of :func:`_near`), so only
    those are compared: the scorer runs over every alias of the registry for each unknown
    mention, and this is its inner loop.
    """
    if not words:
        return 0.0
    found = 0
    for w in words:
        if w in others or any(o[0] == w[0] and _near(w, o) for o in others):
            found += 1
    return found / len(words)


def agreement_bound(query: Profile, name: Profile) -> float:
    """An upper bound of the word agreement of :func:`score_profiles`, cheap to compute.

    A word can only be near a word with the same first letter (:func:`_near`), so the share
    of words whose first letter the other name's words have bounds each coverage.
    """
    if not query.distinctive or not name.distinctive:
        return 0.0
    q, n = query.initials, name.initials
    return min(
        sum(1 for w in query.distinctive if w[0] in n) / len(query.distinctive),
        sum(1 for w in name.distinctive if w[0] in q) / len(name.distinctive),
    )


#: Factor applied when both names say what kind of body they are and the kinds differ
#: ("National Energy Commission" is not the National Energy Administration).
_TYPE_MISMATCH_FACTOR = 0.8


def score_profiles(query: Profile, name: Profile, ratio: float) -> float:
    if not query.distinctive or not name.distinctive:
        return 0.0
    if set(query.distinctive) == set(name.distinctive):
        agreement = 1.0
    else:
        agreement = min(
            _coverage(query.distinctive, name.distinctive),
            _coverage(name.distinctive, query.distinctive),
        )
    if query.types and name.types and not (query.types & name.types):
        agreement *= _TYPE_MISMATCH_FACTOR
    elif query.head and name.head and query.head != name.head:
        agreement *= _TYPE_MISMATCH_FACTOR  # the office of a leading group is not the group
    return round(ratio * agreement, 2)


def fuzzy_score(mention: str, name: str) -> float:
    """Similarity (0–100) of an English mention to an English department name, for typos only.

    ``fuzz.ratio`` (normalised Indel similarity) of the two normalised strings, multiplied by the
    agreement of their *distinctive* words — the words left after removing generic ones
    (ministry, of, national, state, administration, commission, …, and misspellings of them):
    the smaller of the two fractions "mention words found in the name" and "name words found in
    the mention" (a word is found if it is the same word up to one typo). The product is scaled
    by 0.8 when the two names are different kinds of body (commission vs administration), or
    when the word that governs each name differs ("Office of the … Leading Group" is an office,
    the group's own name a group).

    Why not ``WRatio``: it takes the best of partial and token-set ratios, so two names sharing
    "Ministry of … and …" score above 85 whatever the distinctive word is ("Ministry of Magic"
    vs "Ministry of Commerce"). Here a different distinctive word costs its whole share, so
    unknown bodies score near 0 while typos in any word cost only a few ratio points.
    """
    from rapidfuzz import fuzz

    q, n = normalise(mention), normalise(name)
    return score_profiles(profile(q), profile(n), fuzz.ratio(q, n))
