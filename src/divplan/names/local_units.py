"""Local and branch units: mentions built like a province's, city's or county's body, or a branch.

Rule 4 of the registry's resolution order. 市财政局, 江西省财政厅 or a "Provincial Department of
Finance" contain the name of a central department but are not it; such a mention must stay
unresolved (conventions.md: a ``?`` name) rather than be mapped onto the ministry whose name it
contains. What makes a mention local is how it is *built* — a level word or affix, a place, a
branch suffix after a place or after a central body's name — never letters inside another word
("Electricity" holds "city", 市场 holds 市). The words and affixes are data (``local_units.tsv``);
this module reads them and says what a mention shows (:class:`LocalSigns`). Which central body
a unit matches by function is decided with the registry (:mod:`divplan.names.counterparts`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, NamedTuple

from divplan.names.keys import cased_key, has_cjk

Level = Literal["province", "city", "county", "township", "branch"]
_LEVELS: tuple[Level, ...] = ("province", "city", "county", "township", "branch")
Known = Callable[[str], bool]


class LocalSigns(NamedTuple):
    """What a mention shows about the local unit it names."""

    level: Level | None  # None: local, level not written ("local finance departments")
    place: str | None  # the place written (江西, "Nanchang"), without its level affix
    unit: str  # the function once place and level are removed (财政厅, "Department of Finance")
    central: str | None  # the central body a branch belongs to, as written (人民银行)
    explicit: bool  # the level is written (省, "Provincial"), not read from a bare place name


@dataclass(frozen=True)
class Affixes:
    """The rows of ``local_units.tsv`` by kind."""

    zh_level: dict[str, Level]
    zh_not_place: tuple[str, ...]
    zh_not_placename: tuple[str, ...]
    zh_branch: tuple[str, ...]  # longest first
    zh_branch_weak: tuple[str, ...]
    zh_local: tuple[str, ...]
    zh_org_prefix: tuple[str, ...]
    zh_heads: tuple[str, ...]  # longest first
    zh_variants: dict[str, str]
    places_zh: tuple[str, ...]  # longest first
    en_level: dict[str, Level]
    en_branch: frozenset[str]
    en_local: frozenset[str]
    en_class: frozenset[str]  # plural heads of a class of departments (see _en_signs)
    en_class_generic: frozenset[str]
    central_marks: tuple[str, ...]  # casefolded; see resolve.share_level
    places_en: dict[str, str]  # casefolded → as written
    vertical: frozenset[str]
    en_words: re.Pattern[str]  # any level, branch or local word, as whole words


def read_affixes(text: str, source: str) -> Affixes:
    rows: dict[str, list[tuple[str, str]]] = {}
    for lineno, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")] + [""]
        bad_level = cells[2] and cells[2] not in _LEVELS and cells[0] != "zh_variant"
        if not cells[1] or bad_level:
            raise ValueError(f"{source}:{lineno}: expected 'kind<TAB>value<TAB>level': {line!r}")
        rows.setdefault(cells[0], []).append((cells[1], cells[2]))

    def values(kind: str) -> tuple[str, ...]:
        return tuple(sorted((v for v, _ in rows.get(kind, [])), key=len, reverse=True))

    def levels(kind: str) -> dict[str, Level]:
        return {v: lv for v, lv in rows.get(kind, []) if lv in _LEVELS}

    en_level = levels("en_level")
    words = sorted([*en_level, *values("en_branch"), *values("en_local")], key=len, reverse=True)
    return Affixes(
        zh_level=levels("zh_level"),
        zh_not_place=values("zh_not_place"),
        zh_not_placename=values("zh_not_placename"),
        zh_branch=values("zh_branch"),
        zh_branch_weak=values("zh_branch_weak"),
        zh_local=values("zh_local"),
        zh_org_prefix=values("zh_org_prefix"),
        zh_heads=values("zh_head"),
        zh_variants=dict(rows.get("zh_variant", [])),
        places_zh=values("place_zh"),
        en_level=en_level,
        en_branch=frozenset(values("en_branch")),
        en_local=frozenset(values("en_local")),
        en_class=frozenset(values("en_class")),
        en_class_generic=frozenset(values("en_class_generic")),
        central_marks=tuple(v.casefold() for v in values("central_mark")),
        places_en={v.casefold(): v for v in values("place_en")},
        vertical=frozenset(values("vertical")),
        en_words=re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b"),
    )


@functools.lru_cache(maxsize=1)
def affixes() -> Affixes:
    """The packaged table, ``divplan/names/local_units.tsv``, read once per process."""
    from importlib.resources import files

    text = files("divplan.names").joinpath("local_units.tsv").read_text(encoding="utf-8")
    return read_affixes(text, "divplan/names/local_units.tsv")


def has_local_words(key: str) -> bool:
    """A normalised English key holds a level, branch or local word ("municipal", "branch")."""
    return affixes().en_words.search(key) is not None


def local_signs(mention: str, known: Known) -> LocalSigns | None:
    """What ``mention`` shows about a local or branch unit; None when it is not built like one.

    ``known`` tells whether a run of text is a registry name (a branch is named after its
    central body: 人民银行南昌中心支行, "Hunan Office of the China Banking … Commission").
    """
    cleaned = cased_key(mention)
    if not cleaned or _unbalanced(mention):
        return None
    if has_cjk(cleaned):
        return _zh_signs(cleaned.replace(" ", ""), known, affixes())
    return _en_signs(cleaned.split(), known, affixes())


def _unbalanced(mention: str) -> bool:
    """A bracket opened and not closed: a name cut short by the reader, not a name to vouch for
    ("people's governments of all counties (cities, districts" stays an unknown department)."""
    opened = mention.count("(") + mention.count("（")
    return opened != mention.count(")") + mention.count("）")


# --- Chinese -------------------------------------------------------------------------------------


def _mask(key: str, a: Affixes) -> str:
    """``key`` with words that hold a level character but name no place (市场, 城乡) blanked."""
    for word in a.zh_not_place:
        key = key.replace(word, "＊" * len(word))
    return key


def _level_affix(masked: str, start: int, a: Affixes) -> tuple[int, str] | None:
    """The first level affix at ``start + 1 … start + 6`` of ``masked``: (position, affix)."""
    for i in range(start + 1, min(len(masked), start + 7)):
        for affix in sorted(a.zh_level, key=len, reverse=True):
            if masked.startswith(affix, i):
                return i, affix
    return None


def _good_place(place: str, a: Affixes) -> bool:
    return 1 < len(place) <= 6 and "＊" not in place and not place.startswith(a.zh_not_placename)


def _peel(key: str, a: Affixes) -> tuple[int, str | None, Level | None, bool]:
    """Places at the start of ``key`` (江西省南昌市…): (end, last place, its level, explicit)."""
    masked = _mask(key, a)
    pos, place, level, explicit = 0, None, None, False
    while pos < len(key):
        name = next((p for p in a.places_zh if key.startswith(p, pos)), None)
        found = _level_affix(masked, pos, a)
        if name is not None:
            end = pos + len(name)
            affixes = sorted(a.zh_level, key=len, reverse=True)
            affix = next((x for x in affixes if key.startswith(x, end)), "")
            pos, place = end + len(affix), name
            level, explicit = (a.zh_level[affix], True) if affix else ("province", False)
        elif found is not None and _good_place(key[pos : found[0]], a):
            place, level, explicit = key[pos : found[0]], a.zh_level[found[1]], True
            pos = found[0] + len(found[1])
        else:
            break
    return pos, place, level, explicit


def _branch_suffix(key: str, a: Affixes) -> str | None:
    """The longest branch suffix ``key`` ends with, after at least one character."""
    for suffix in sorted((*a.zh_branch, *a.zh_branch_weak), key=len, reverse=True):
        if key.endswith(suffix) and len(key) > len(suffix):
            return suffix
    return None


def _zh_signs(key: str, known: Known, a: Affixes) -> LocalSigns | None:
    # A central body's name, then a place or a branch suffix: 人民银行南昌中心支行.
    for end in range(len(key) - 1, 1, -1):
        if known(key[:end]):
            rest = key[end:]
            stop, place, _, _ = _peel(rest, a)
            suffix = _branch_suffix(rest, a)
            if suffix is not None or place is not None:
                if place is None:
                    pre = rest[: -len(suffix or "")]
                    place = pre if _good_place(pre, a) else None
                return LocalSigns("branch", place, rest[stop:], key[:end], True)
            break
    if key.startswith(a.zh_local):
        return LocalSigns(None, None, key, None, False)
    masked = _mask(key, a)
    if key.startswith("各"):  # 各区, 各乡镇, 各设区市, 各街道: every unit of a level
        run = re.match(r"各设?([^＊]{1,3})", masked)
        text = run.group(1) if run else ""
        found = [(text.find(x), x) for x in a.zh_level if x in text]
        if found:
            end, affix = max(found)
            unit = key[key.index(text) + end + len(affix) :]
            return LocalSigns(a.zh_level[affix], None, unit, None, True)
        return None
    if key.startswith(a.zh_org_prefix) and len(masked) > 2 and masked[1] in a.zh_level:
        return LocalSigns(a.zh_level[masked[1]], None, key[2:], None, True)  # 团市委
    if masked[0] in a.zh_level:  # 市财政局, 县统计局 (but not 市场监管局)
        return LocalSigns(a.zh_level[masked[0]], None, key[1:], None, True)
    stop, place, level, explicit = _peel(key, a)
    if place is not None:
        return LocalSigns(level, place, key[stop:], None, explicit)
    # A branch suffix after a place: 南岭银保监局, 国网江州供电公司 (the place unknown, the suffix
    # strong) — a weak suffix (监管局, 分局) only after a place known as one (华中监管局).
    suffix = _branch_suffix(key, a)
    if suffix is not None:
        pre = key[: -len(suffix)]
        for name in a.zh_not_placename:
            pre = pre[len(name) :] if pre.startswith(name) else pre
        affix = next((x for x in a.zh_level if pre.endswith(x) and len(pre) > len(x) + 1), "")
        pre = pre[: len(pre) - len(affix)]  # 国网泽阳县供电公司: the place is 泽阳
        strong = suffix in a.zh_branch and len(pre) <= 4
        if _good_place(pre, a) and (strong or affix or pre in a.places_zh):
            return LocalSigns("branch", pre, suffix, None, True)
    return None


# --- English -------------------------------------------------------------------------------------

_OFFICE_WORDS = frozenset(
    {"office", "bureau", "branch", "service", "administration", "sub", "central", "regulatory"}
)
_JOINERS = frozenset({"of", "the", "and", "for", "in"})
#: Words that end a body's name: a branch is "… of the People's Bank of China", "… of the
#: State Taxation Administration", never "… of Finance".
_BODY_WORDS = frozenset(
    {"ministry", "commission", "administration", "bureau", "office", "bank", "council", "customs"}
)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word.casefold() not in _JOINERS


def _place_word(word: str) -> bool:
    """A capitalised word that could name a place: not a word of department names ("General",
    "Market", "State" are words glosses use; "Hunan", "Lincheng" are not)."""
    from divplan.names.glosses import default_glosses, stem

    vocabulary = default_glosses().vocabulary()
    return _capitalised(word) and stem(word.casefold()) not in vocabulary


def _en_signs(words: list[str], known: Known, a: Affixes) -> LocalSigns | None:
    low = [w.casefold() for w in words]
    n = len(words)
    marks: dict[int, tuple[int, Level | None, str]] = {}  # start → (length, level, kind)
    for i in range(n):
        for size in (2, 1):
            phrase = " ".join(low[i : i + size])
            if len(low[i : i + size]) < size:
                continue
            if phrase in a.en_branch:
                marks[i] = (size, "branch", "branch")
            elif phrase in a.en_level:
                marks[i] = (size, a.en_level[phrase], "level")
            elif phrase in a.places_en:
                marks[i] = (size, "province", "place")
            elif phrase in a.en_local:
                marks[i] = (size, None, "local")
            else:
                continue
            break
    if n > 1 and low[-1] in a.en_class and any(w not in a.en_class_generic for w in low[:-1]):
        marks[n - 1] = (1, None, "local")  # "finance departments": a class, never one body
    # A level word inside a function's words is no level: "Housing City Rural Construction
    # Ministry" renders 住房城乡建设部 (城乡, "city and countryside"); a level follows a place
    # ("Jiangzhou City"), opens the name ("City Housing Bureau") or follows a small word.
    for i in [i for i, m in marks.items() if m[2] == "level" and i > 0]:
        before = words[i - 1]
        if i - 1 not in marks and _capitalised(before) and not _place_word(before):
            del marks[i]
    # A central body's name after "of (the)": "Hunan Office of the China Banking … Commission".
    tail = next(
        (s for s in range(2, n) if low[s - 1] in ("of", "the") and known(" ".join(words[s:]))),
        None,
    )
    head = next((e for e in range(n - 1, 0, -1) if known(" ".join(words[:e]))), None)
    places = [i for i, m in marks.items() if m[2] == "place"]
    kinds = {m[2] for m in marks.values()}
    central: str | None = None
    if tail is not None and not _BODY_WORDS.intersection(low[tail:]):
        tail = None  # "Provincial Department of Finance": a function, not a body's branch
    if tail is not None:
        pre = [w for w in low[:tail] if w not in _JOINERS]
        office = len(pre) >= 2 and pre[-1] in _OFFICE_WORDS and _place_word(words[0])
        if kinds & {"branch", "level", "place"} or office:
            central = " ".join(words[tail + (low[tail] == "the") :])
    elif head is not None and (kinds & {"branch", "place"}):
        central = " ".join(words[:head])
    if central is None and not marks:
        return None
    if central is not None or "branch" in kinds:
        level: Level | None = "branch"
    else:
        level = next((m[1] for m in (marks[i] for i in sorted(marks)) if m[2] == "level"), None)
        if level is None and "place" in kinds:
            level = "province"
    explicit = bool(kinds & {"branch", "level"}) or central is not None
    # The place: a province's name, or the capitalised words before the first mark
    # ("Jiangzhou City …"), or after a branch's central body ("… of China Nanchang Central …").
    # "Local" names the unit itself beside a level ("Municipal Local Financial Supervision
    # Bureau" is no branch of the NFRA): only alone does it stand for the level.
    only_local = kinds == {"local"}
    skip = {i + k for i, m in marks.items() for k in range(m[0]) if only_local or m[2] != "local"}
    place: str | None = None
    if places:
        place = " ".join(words[places[0] : places[0] + marks[places[0]][0]])
    else:
        start = head if central is not None and head is not None and tail is None else 0
        run = []
        for i in range(start, n):
            if i in skip or not _place_word(words[i]) or low[i] in _OFFICE_WORDS:
                break
            if known(words[i]):
                break
            run.append(i)
        stop = run[-1] + 1 if run else start
        if run and (stop in skip or (stop < n and low[stop] in _OFFICE_WORDS)):
            place = " ".join(words[i] for i in run)
            skip |= set(run)
    if place is not None:
        skip |= {i for i in range(n) if words[i] in place.split()}
    if central is not None:
        unit = central
    else:
        rest = [words[i] for i in range(n) if i not in skip]
        while rest and rest[0].casefold() in _JOINERS:
            rest.pop(0)
        while rest and rest[-1].casefold() in _JOINERS:
            rest.pop()
        unit = " ".join(rest)
    return LocalSigns(level, place, unit, central, explicit)
