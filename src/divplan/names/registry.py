"""The department registry: resolve names as written in a plan to stable department ids.

Division-of-labour plans name the same department in many ways: the official Chinese name
(国家发展和改革委员会), a short form (发展改革委, 发改委), traditional characters (國家發展改革委),
the official English name, an abbreviation (NDRC) or a machine translation that drops words or
misspells them ("Development and Reform Commission", "National Development and Reform
Comission"). The registry maps all of them onto the ids of ``data/departments.tsv`` — those ids are
the JSON contract of the project — and refuses, loudly and explainably, the names it does not know.

Resolution runs in a fixed order, each step documented where it is implemented:

1. normalisation (:func:`normalise`), so that layout and script differences never matter;
2. a ban list (phrases a user declared unresolvable, see :meth:`Registry.with_aliases`);
3. exact name / alias lookup, time-aware (the document's year decides between 广电总局 = SARFT
   and 广电总局 = NRTA), with Chinese 国家/国务院/中国 prefixes tolerated;
4. refusal of local and branch units (市财政局, "Provincial Department of Finance"), which must
   never be mapped onto the central department whose name they contain;
5. for Latin-script mentions only, a typo-tolerant fuzzy match with a cutoff and a margin over the
   runner-up, both measured against a list of positives and negatives in the test-suite.

Importing this module is cheap: the TSV is read and the indexes are built on first use, once per
process (rapidfuzz and the traditional→simplified converter are imported only when needed).
"""

from __future__ import annotations

import csv
import datetime
import functools
import io
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal, NamedTuple, TypeAlias

__all__ = [
    "FUZZY_CUTOFF",
    "FUZZY_MARGIN",
    "SUGGEST_FLOOR",
    "Department",
    "Registry",
    "Resolution",
    "Status",
    "YearLike",
    "fuzzy_score",
    "get",
    "lookup",
    "normalise",
    "resolve",
    "search",
    "successors",
]

Status = Literal["exact", "alias", "fuzzy", "ambiguous", "unresolved"]
YearLike: TypeAlias = "str | int | datetime.date | None"
StrPath: TypeAlias = "str | os.PathLike[str]"

#: Columns of ``departments.tsv`` (and of any alias file given to :meth:`Registry.with_aliases`).
COLUMNS: tuple[str, ...] = (
    "id",
    "kind",
    "name_zh",
    "name_en",
    "aliases",
    "from",
    "to",
    "successors",
)

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

# --- normalisation -----------------------------------------------------------------------------

_LATIN_RE = re.compile(r"[A-Za-z]")
_NONWORD_RE = re.compile(r"[\W_]+")
_LEADING_THE_RE = re.compile(r"^the\s+", re.IGNORECASE)
_ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
    }
)


def _is_cjk_char(c: str) -> bool:
    """Han ideographs (basic, extension A, compatibility, astral extensions).

    A plain range test rather than a regex: a compiled character class this wide costs ~5 ms,
    and the module is meant to import fast.
    """
    o = ord(c)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0xF900 <= o <= 0xFAFF
        or (0x20000 <= o <= 0x2FFFF)
    )


def _has_cjk(text: str) -> bool:
    return not text.isascii() and any(map(_is_cjk_char, text))


def _join_cjk_gaps(text: str) -> str:
    """Drop spaces between two Chinese characters ("财政 部", a hard line-wrap, == "财政部")."""
    parts = text.split(" ")
    out = parts[0]
    for part in parts[1:]:
        if out and part and _is_cjk_char(out[-1]) and _is_cjk_char(part[0]):
            out += part
        else:
            out += " " + part
    return out


def _to_simplified(text: str) -> str:
    """Traditional → simplified Chinese; imported lazily because the converter costs ~10 ms."""
    from zhconv_rs import zhconv

    result: str = zhconv(text, "zh-hans")
    return result


@functools.lru_cache(maxsize=65536)
def _clean(text: str) -> str:
    """Normalise everything but letter case (kept so that acronyms can be recognised)."""
    s = unicodedata.normalize("NFKC", text)  # full-width → half-width, compatibility forms
    cjk = _has_cjk(s)
    if cjk:
        s = _to_simplified(s)
    s = s.translate(_QUOTES).replace("'", "")  # People's == Peoples == Peoples'
    s = s.replace("&", " and ")
    s = _NONWORD_RE.sub(" ", s)  # punctuation, hyphens, brackets, runs of spaces → one space
    s = s.strip()
    if cjk:
        s = _join_cjk_gaps(s)
    return _LEADING_THE_RE.sub("", s)


def normalise(text: str) -> str:
    """The lookup key of a name: the form under which every name and alias is indexed.

    NFKC (full-width → half-width), traditional → simplified Chinese, curly quotes → straight,
    apostrophes dropped (so "Peoples Bank" == "People's Bank"), punctuation and whitespace
    collapsed to single spaces (none between Chinese characters), a leading article "the"
    dropped, casefolded. Two spellings that differ only in these respects are the same name.
    """
    return _clean(text).casefold()


def _is_upper(cleaned: str) -> bool:
    """True when a mention is written without lower-case letters ("CBRC", "SAFE")."""
    return not any(c.islower() for c in cleaned)


# Prefixes a Chinese mention may carry or drop without changing the department (rule 2).
_ZH_PREFIXES: tuple[str, ...] = ("中华人民共和国", "国务院", "国家", "中国")
# English equivalents: "Ministry of Commerce of the People's Republic of China".
_EN_SUFFIXES: tuple[str, ...] = (" of the peoples republic of china", " of the prc", " of china")
# A name_zh stripped of a prefix is indexed only if this many characters remain, so that
# 国务院办公厅 does not make every 办公厅 the State Council's and 国家安全部 every 安全部 the MSS.
_MIN_STRIPPED_ZH = 4

# --- local and branch units (rule 5) -----------------------------------------------------------

_LOCAL_EN_RE = re.compile(
    r"\b(?:provincial|provinces?|municipal|municipality|county|counties|city|cities|"
    r"prefectur\w*|township|district|branch|branches|local|localities)\b"
)
_LOCAL_ZH_START = "省市县区州乡镇各"
_LOCAL_ZH_RE = re.compile(r"[省市县区州乡镇旗盟]|(?:支行|分行|分局|分署|分公司|办事处)$")


def _is_local_zh(key: str) -> bool:
    """A Chinese mention names a local or branch unit: 市财政局, 江州市财政局, 人民银行南昌中心支行.

    Only consulted after exact lookup failed, so 市场监管总局 (starts with 市) still resolves;
    the words 市场 (market) and 城乡 (urban-rural) do not count as place markers.
    """
    if key[0] in _LOCAL_ZH_START and not key.startswith("市场"):
        return True
    return _LOCAL_ZH_RE.search(key.replace("市场", "").replace("城乡", "")) is not None


def _is_local_en(key: str) -> bool:
    """An English mention names a local or branch unit ("Municipal Finance Bureau")."""
    return _LOCAL_EN_RE.search(key) is not None


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


@functools.lru_cache(maxsize=8192)
def _canonical_token(token: str) -> str:
    """Map a misspelt generic word onto it ("Minstry" → ministry, "Comission" → commission)."""
    if token in _GENERIC_WORDS:
        return token
    for word in _FUZZY_GENERIC:
        if _near(token, word):
            return word
    return token


class _Profile(NamedTuple):
    """What the scorer needs to know about one normalised name."""

    key: str
    distinctive: tuple[str, ...]  # words that identify the department (or all content words)
    types: frozenset[str]  # kind-of-body words present


@functools.lru_cache(maxsize=8192)
def _profile(key: str) -> _Profile:
    tokens = [_canonical_token(t) for t in key.split()]
    distinctive = tuple(t for t in tokens if t not in _GENERIC_WORDS)
    if not distinctive:  # "General Office of the State Council": compare its content words
        distinctive = tuple(t for t in tokens if t not in _FUNCTION_WORDS)
    return _Profile(key, distinctive, frozenset(t for t in tokens if t in _TYPE_WORDS))


def _coverage(words: Sequence[str], others: Sequence[str]) -> float:
    if not words:
        return 0.0
    return sum(1 for w in words if any(_near(w, o) for o in others)) / len(words)


#: Factor applied when both names say what kind of body they are and the kinds differ
#: ("National Energy Commission" is not the National Energy Administration).
_TYPE_MISMATCH_FACTOR = 0.8


def _score_profiles(query: _Profile, name: _Profile, ratio: float) -> float:
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
    return round(ratio * agreement, 2)


def fuzzy_score(mention: str, name: str) -> float:
    """Similarity (0–100) of an English mention to an English department name, for typos only.

    ``fuzz.ratio`` (normalised Indel similarity) of the two normalised strings, multiplied by the
    agreement of their *distinctive* words — the words left after removing generic ones
    (ministry, of, national, state, administration, commission, …, and misspellings of them):
    the smaller of the two fractions "mention words found in the name" and "name words found in
    the mention" (a word is found if it is the same word up to one typo). The product is scaled
    by 0.8 when the two names are different kinds of body (commission vs administration).

    Why not ``WRatio``: it takes the best of partial and token-set ratios, so two names sharing
    "Ministry of … and …" score above 85 whatever the distinctive word is ("Ministry of Magic"
    vs "Ministry of Commerce"). Here a different distinctive word costs its whole share, so
    unknown bodies score near 0 while typos in any word cost only a few ratio points.
    """
    from rapidfuzz import fuzz

    q, n = normalise(mention), normalise(name)
    return _score_profiles(_profile(q), _profile(n), fuzz.ratio(q, n))


# --- dates -------------------------------------------------------------------------------------

_YEAR_RE = re.compile(r"\s*(\d{4})")


def _year(on: YearLike) -> int | None:
    """The year of a document date given as "2012-08-02", "2012", 2012, a date, or None."""
    if on is None:
        return None
    if isinstance(on, bool):
        raise TypeError(f"not a date or year: {on!r}")
    if isinstance(on, int):
        return on
    if isinstance(on, datetime.date):  # datetime.datetime is a subclass
        return on.year
    if isinstance(on, str):
        m = _YEAR_RE.match(on)
        if m is None:
            raise ValueError(f"cannot read a year from {on!r}; expected e.g. '2012-08-02'")
        return int(m.group(1))
    raise TypeError(f"not a date or year: {on!r}")


# --- data --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Department:
    """One row of the registry: a central department or standing body.

    ``start``/``end`` are the years it existed, inclusive (None = open): documents are dated,
    and a name like 广电总局 means a different department before 2013 and after 2018.
    ``successors`` are the ids that took over its functions when it was abolished.
    """

    id: str
    kind: str
    name_zh: str
    name_en: str
    aliases: tuple[str, ...] = ()
    start: int | None = None
    end: int | None = None
    successors: tuple[str, ...] = ()

    def exists_in(self, year: int | None) -> bool:
        """Whether the department existed at some point of ``year`` (None = no date: yes)."""
        if year is None:
            return True
        if self.start is not None and year < self.start:
            return False
        return self.end is None or year <= self.end


@dataclass(frozen=True)
class Resolution:
    """The outcome of :meth:`Registry.resolve`, with everything needed to explain it.

    A parser reports ``status`` and, for fuzzy matches, ``score``/``runner_up`` so that a
    reviewer can see how close the decision was; ``candidates`` lists the ambiguous set or the
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


class _Hit(NamedTuple):
    """One department an index key points at, and how."""

    id: str
    matched: str  # the table string (name or alias) the key came from
    status: Literal["exact", "alias"]


class _Choice(NamedTuple):
    """A Latin, non-abbreviation name or alias that fuzzy matching may compare against."""

    id: str
    text: str
    key: str


@dataclass
class _Indexes:
    """Lookup structures, built once per registry on first use."""

    exact: dict[str, tuple[_Hit, ...]]  # all names and aliases
    exact_nocase: dict[str, tuple[_Hit, ...]]  # without case-sensitive acronyms
    choices: list[_Choice]
    choice_keys: list[str]
    profiles: list[_Profile] | None  # scorer views of the choices, built on the first fuzzy match
    zh_strings: list[tuple[str, str]]  # (key, id) of every Chinese name/alias, for suggestions
    order: dict[str, int] = field(default_factory=dict)


def _split_list(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell.split(";") if p.strip())


def _parse_year(cell: str, where: str, column: str) -> int | None:
    cell = cell.strip()
    if not cell:
        return None
    try:
        return int(cell)
    except ValueError:
        raise ValueError(f"{where}: column {column!r} must be a year, got {cell!r}") from None


def _read_rows(text: str, source: str) -> Iterator[tuple[str, dict[str, str]]]:
    """Rows of a departments TSV as (``source:line``, column → cell), header checked."""
    lines = text.lstrip("\ufeff").splitlines()
    if not lines:
        raise ValueError(f"{source}: empty file, expected a header {chr(9).join(COLUMNS)!r}")
    header = tuple(c.strip() for c in lines[0].split("\t"))
    if header != COLUMNS:
        raise ValueError(
            f"{source}:1: header must be the columns {', '.join(COLUMNS)} (tab-separated), "
            f"got {', '.join(header)}"
        )
    reader = csv.reader(io.StringIO("\n".join(lines[1:])), delimiter="\t", quoting=csv.QUOTE_NONE)
    for lineno, cells in enumerate(reader, start=2):
        if not cells or not "".join(cells).strip() or cells[0].lstrip().startswith("#"):
            continue
        where = f"{source}:{lineno}"
        if len(cells) > len(COLUMNS):
            raise ValueError(f"{where}: {len(cells)} columns, expected {len(COLUMNS)}")
        cells = cells + [""] * (len(COLUMNS) - len(cells))
        yield where, {c: v.strip() for c, v in zip(COLUMNS, cells, strict=True)}


def _department(where: str, row: dict[str, str]) -> Department:
    if not row["id"]:
        raise ValueError(f"{where}: empty id")
    if not row["kind"]:
        raise ValueError(f"{where}: empty kind for {row['id']!r}")
    if not (row["name_zh"] or row["name_en"]):
        raise ValueError(f"{where}: {row['id']!r} has neither name_zh nor name_en")
    return Department(
        id=row["id"],
        kind=row["kind"],
        name_zh=row["name_zh"],
        name_en=row["name_en"],
        aliases=_split_list(row["aliases"]),
        start=_parse_year(row["from"], where, "from"),
        end=_parse_year(row["to"], where, "to"),
        successors=_split_list(row["successors"]),
    )


def _read_text(path: StrPath) -> str:
    with open(path, encoding="utf-8") as fh:
        return fh.read()


# --- the registry ------------------------------------------------------------------------------


class _ClassOrInstanceMethod:
    """Descriptor for :meth:`Registry.with_aliases`: callable on an instance or on the class.

    ``Registry.with_aliases(path)`` is the common case in scripts ("the default registry plus my
    local departments"); on the class it means ``Registry.default().with_aliases(path)``. The
    default registry is loaded only when the returned function is called.
    """

    def __init__(self, func: Callable[[Registry, StrPath], Registry]) -> None:
        self._func = func
        self.__doc__ = func.__doc__

    def __get__(self, obj: Registry | None, owner: type[Registry]) -> Callable[[StrPath], Registry]:
        func = self._func
        if obj is not None:
            return functools.partial(func, obj)

        def on_default(path: StrPath) -> Registry:
            return func(owner.default(), path)

        on_default.__doc__ = func.__doc__
        return on_default


class Registry:
    """Departments by id, and the resolution of names as written to those ids.

    Immutable in use: :meth:`with_aliases` returns a new registry. Indexes are built lazily on
    the first lookup and kept.
    """

    def __init__(self, departments: Iterable[Department], banned: Iterable[str] = ()) -> None:
        self._departments: dict[str, Department] = {}
        for dept in departments:
            if dept.id in self._departments:
                raise ValueError(f"duplicate department id {dept.id!r}")
            self._departments[dept.id] = dept
        self._banned_phrases: tuple[str, ...] = tuple(dict.fromkeys(banned))
        self._banned: frozenset[str] = frozenset(
            k for k in (normalise(p) for p in self._banned_phrases) if k
        )
        self._indexes: _Indexes | None = None

    # -- construction --

    @classmethod
    def default(cls) -> Registry:
        """The packaged registry (``divplan/data/departments.tsv``), read once per process."""
        return _default_registry()

    @classmethod
    def from_tsv(cls, path: StrPath) -> Registry:
        """A registry from a TSV with the columns of ``departments.tsv`` (see :data:`COLUMNS`)."""
        return cls._from_text(_read_text(path), os.fspath(path))

    @classmethod
    def _from_text(cls, text: str, source: str) -> Registry:
        return cls(_department(where, row) for where, row in _read_rows(text, source))

    def _with_aliases(self, path: StrPath) -> Registry:
        """A new registry: this one plus the rows of the TSV at ``path`` (same columns).

        - a row with a new id adds a (typically local) department, e.g. 江州市财政局 with the
          alias 市财政局 — names added this way resolve even though they look local;
        - a row with a known id adds its ``name_en``/``name_zh``/``aliases`` as extra aliases
          (its ``kind``, ``from``, ``to``, ``successors`` must be empty or unchanged);
        - a row whose ``kind`` is ``ban`` lists phrases (in ``name_en``, ``name_zh``,
          ``aliases``) that must never resolve: :meth:`resolve` returns them unresolved, with
          no candidates, and :meth:`lookup` returns ``()``. Its id is only a label.

        Callable on the class too: ``Registry.with_aliases(path)`` extends the default registry.
        """
        source = os.fspath(path)
        depts = dict(self._departments)
        banned = list(self._banned_phrases)
        for where, row in _read_rows(_read_text(path), source):
            if row["kind"] == "ban":
                phrases = [row["name_en"], row["name_zh"], *_split_list(row["aliases"])]
                banned.extend(p for p in phrases if p)
                continue
            old = depts.get(row["id"])
            if old is None:
                new = _department(where, row)
                depts[new.id] = new
                continue
            for column, value in (
                ("kind", old.kind),
                ("from", "" if old.start is None else str(old.start)),
                ("to", "" if old.end is None else str(old.end)),
                ("successors", ";".join(old.successors)),
            ):
                if row[column] and row[column] != value:
                    raise ValueError(
                        f"{where}: {old.id!r} exists; an alias file may only add names to it, "
                        f"not change {column!r} ({value!r} → {row[column]!r})"
                    )
            extra = [row["name_en"], row["name_zh"], *_split_list(row["aliases"])]
            known = {old.name_en, old.name_zh, *old.aliases}
            added = tuple(dict.fromkeys(a for a in extra if a and a not in known))
            depts[old.id] = replace(old, aliases=old.aliases + added)
        return type(self)(depts.values(), banned)

    with_aliases = _ClassOrInstanceMethod(_with_aliases)

    # -- container protocol --

    def get(self, id: str) -> Department:
        """The department with this id; KeyError naming the id if there is none."""
        try:
            return self._departments[id]
        except KeyError:
            raise KeyError(
                f"unknown department id {id!r} (the registry has {len(self)} ids, e.g. "
                f"{', '.join(list(self._departments)[:5])}; names are resolved with resolve())"
            ) from None

    def __contains__(self, id: object) -> bool:
        return id in self._departments

    def __iter__(self) -> Iterator[Department]:
        return iter(self._departments.values())

    def __len__(self) -> int:
        return len(self._departments)

    def __repr__(self) -> str:
        return f"<Registry of {len(self)} departments, {len(self._banned)} banned phrases>"

    # -- indexes --

    def _idx(self) -> _Indexes:
        if self._indexes is None:
            self._indexes = self._build_indexes()
        return self._indexes

    def _build_indexes(self) -> _Indexes:
        exact: dict[str, dict[str, _Hit]] = {}
        nocase: dict[str, dict[str, _Hit]] = {}
        choices: list[_Choice] = []
        zh_strings: list[tuple[str, str]] = []

        def add(key: str, hit: _Hit, acronym: bool) -> None:
            if not key:
                return
            for table in (exact,) if acronym else (exact, nocase):
                slot = table.setdefault(key, {})
                old = slot.get(hit.id)
                if old is None or (old.status == "alias" and hit.status == "exact"):
                    slot[hit.id] = hit

        for dept in self._departments.values():
            strings: list[tuple[str, Literal["exact", "alias"]]] = [
                (dept.name_zh, "exact"),
                (dept.name_en, "exact"),
            ]
            strings += [(a, "alias") for a in dept.aliases]
            for text, status in strings:
                if not text:
                    continue
                cleaned = _clean(text)
                key = cleaned.casefold()
                acronym = _ACRONYM_RE.fullmatch(cleaned) is not None
                add(key, _Hit(dept.id, text, status), acronym)
                if _has_cjk(key):
                    zh_strings.append((key, dept.id))
                    if status == "exact":  # 国家外汇管理局 also answers to 外汇管理局
                        for prefix in _ZH_PREFIXES:
                            rest = key[len(prefix) :]
                            if key.startswith(prefix) and len(rest) >= _MIN_STRIPPED_ZH:
                                add(rest, _Hit(dept.id, text, "alias"), False)
                elif not acronym and _LATIN_RE.search(key):
                    choices.append(_Choice(dept.id, text, key))

        def freeze(table: dict[str, dict[str, _Hit]]) -> dict[str, tuple[_Hit, ...]]:
            return {k: tuple(v.values()) for k, v in table.items()}

        return _Indexes(
            exact=freeze(exact),
            exact_nocase=freeze(nocase),
            choices=choices,
            choice_keys=[c.key for c in choices],
            profiles=None,
            zh_strings=zh_strings,
            order={d: i for i, d in enumerate(self._departments)},
        )

    def _hits(self, key: str, upper: bool) -> tuple[_Hit, ...]:
        """Exact/alias hits for a normalised key, tolerating 国家/国务院/中国 prefixes.

        Abbreviations written in capitals in the table (SAFE, MOST, SAT, MOT, NEA …) match only
        mentions written without lower-case letters: several are ordinary English words, and
        a parser testing whether "most" or "safe" is a department name must hear "no".
        """
        idx = self._idx()
        table = idx.exact if upper else idx.exact_nocase
        hits = table.get(key)
        if hits:
            return hits
        if _has_cjk(key):
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

    def _ids_by_period(self, ids: Iterable[str], year: int | None) -> tuple[str, ...]:
        ids = tuple(dict.fromkeys(ids))
        if year is None:
            return ids
        inside = tuple(i for i in ids if self._departments[i].exists_in(year))
        return inside + tuple(i for i in ids if i not in inside)

    # -- resolution --

    def lookup(self, name: str, on: YearLike = None) -> tuple[str, ...]:
        """Ids whose name or alias is ``name`` after normalisation — no fuzzy matching.

        Meant for a parser's inner loop ("is this run of words a department name?"): one cached
        normalisation and a dict lookup. Ids that existed in the year of ``on`` come first.
        Banned phrases give ``()``.
        """
        cleaned = _clean(name)
        key = cleaned.casefold()
        if not key or key in self._banned:
            return ()
        hits = self._hits(key, _is_upper(cleaned))
        if not hits:
            return ()
        return self._ids_by_period((h.id for h in hits), _year(on))

    def resolve(self, mention: str, on: YearLike = None) -> Resolution:
        """Resolve a department name as written, for a document dated ``on``.

        See the module docstring for the order of the rules. Never raises for any string
        (only for an unreadable ``on``).
        """
        year = _year(on)
        cleaned = _clean(mention)
        key = cleaned.casefold()
        if not key or key in self._banned:
            return self._unresolved(mention, None, ())
        hits = self._hits(key, _is_upper(cleaned))
        if hits:
            return self._from_hits(mention, hits, year)
        if _has_cjk(key):
            # No edit distance on Chinese: short forms (发改委) come only from the alias table.
            if _is_local_zh(key):
                return self._unresolved(mention, None, ())
            return self._unresolved(mention, None, self._zh_suggestions(key))
        if not _LATIN_RE.search(key) or _is_local_en(key):
            return self._unresolved(mention, None, ())
        return self._fuzzy(mention, key, year)

    def _unresolved(
        self, mention: str, score: float | None, candidates: tuple[str, ...]
    ) -> Resolution:
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

    def _from_hits(self, mention: str, hits: tuple[_Hit, ...], year: int | None) -> Resolution:
        """Time-aware choice among departments that carry the name (rule 3)."""
        ids = tuple(dict.fromkeys(h.id for h in hits))
        inside = tuple(i for i in ids if self._departments[i].exists_in(year))
        if len(ids) == 1:
            chosen = ids[0]
        elif len(inside) == 1:
            chosen = inside[0]
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
        dept = self._departments[chosen]
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

    def _rank(self, key: str) -> list[tuple[str, float, str]]:
        """(id, score, matched string) per department with a score above 0, best first."""
        from rapidfuzz import fuzz, process

        idx = self._idx()
        if idx.profiles is None:
            idx.profiles = [_profile(c.key) for c in idx.choices]
        query = _profile(key)
        best: dict[str, tuple[float, str]] = {}
        for _, ratio, i in process.extract(key, idx.choice_keys, scorer=fuzz.ratio, limit=None):
            choice = idx.choices[i]
            if ratio <= best.get(choice.id, (0.0, ""))[0]:
                continue  # the ratio bounds the score: this string cannot beat the one we have
            score = _score_profiles(query, idx.profiles[i], ratio)
            if score > best.get(choice.id, (0.0, ""))[0]:
                best[choice.id] = (score, choice.text)
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], idx.order[kv[0]]))
        return [(i, s, text) for i, (s, text) in ranked]

    def _fuzzy(self, mention: str, key: str, year: int | None) -> Resolution:
        """Typo-tolerant match of a Latin-script mention (rule 4).

        Accepted when the best department scores at least :data:`FUZZY_CUTOFF` and leads the
        best *other* department by at least :data:`FUZZY_MARGIN`; otherwise unresolved, with up
        to three departments scoring at least :data:`SUGGEST_FLOOR` as candidates.
        """
        ranked = self._rank(key)
        if not ranked:
            return self._unresolved(mention, 0.0, ())
        best_id, best_score, matched = ranked[0]
        runner_up, runner_score = ranked[1][:2] if len(ranked) > 1 else (None, None)
        if best_score >= FUZZY_CUTOFF and best_score - (runner_score or 0.0) >= FUZZY_MARGIN:
            dept = self._departments[best_id]
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
        return self._unresolved(mention, best_score, suggestions)

    def _zh_suggestions(self, key: str) -> tuple[str, ...]:
        """Did-you-mean for Chinese: names that contain the mention or are contained in it.

        Containment, not edit distance, so these are only suggestions for a human, never a
        resolution; closest in length first.
        """
        if len(key) < 2:
            return ()
        idx = self._idx()
        found: dict[str, int] = {}
        for text, dept_id in idx.zh_strings:
            if len(text) >= 2 and (key in text or text in key):
                gap = abs(len(text) - len(key))
                found[dept_id] = min(gap, found.get(dept_id, gap))
        ranked = sorted(found, key=lambda d: (found[d], idx.order[d]))
        return tuple(ranked[:3])

    # -- exploration --

    def search(self, query: str, limit: int = 10) -> list[Department]:
        """Departments whose names or aliases look like ``query``, best first (for notebooks).

        Same key first, then names containing the query (or contained in it), then rapidfuzz
        ``WRatio`` ≥ 60 — a loose scorer is right here because a human reads the list; it is
        never used to resolve.
        """
        from rapidfuzz import fuzz

        key = normalise(query)
        if not key or limit <= 0:
            return []
        scores: dict[str, float] = {}
        for dept in self._departments.values():
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
        order = {d: i for i, d in enumerate(self._departments)}
        ranked = sorted(scores, key=lambda d: (-scores[d], order[d]))
        return [self._departments[d] for d in ranked[:limit]]

    def successors(self, id: str, on: YearLike = None) -> tuple[str, ...]:
        """The departments that carry ``id``'s functions in the year of ``on``.

        Follows successor chains until departments existing in that year: SAIC on 2024 →
        ("SAMR",); AQSIQ → ("SAMR", "GAC"); CBRC on 2024 → ("NFRA",) via CBIRC. A department
        existing in that year is its own answer; one abolished without successors gives ().
        ``on=None`` means today: the chain is followed to departments that still exist.
        Successor ids absent from the registry (MOR → CRC, a company) are skipped.
        """
        self.get(id)  # KeyError for an unknown id
        year = _year(on)

        def alive(dept: Department) -> bool:
            return dept.end is None if year is None else dept.exists_in(year)

        result: list[str] = []
        seen: set[str] = set()
        stack = [id]
        while stack:
            current = stack.pop(0)
            if current in seen or current not in self._departments:
                continue
            seen.add(current)
            dept = self._departments[current]
            if alive(dept):
                result.append(current)
            else:
                later = [s for s in dept.successors if s not in seen]
                if year is not None and dept.start is not None and year < dept.start:
                    later = []  # not yet created: its successors are not its predecessors
                stack = later + stack
        return tuple(dict.fromkeys(result))


@functools.lru_cache(maxsize=1)
def _default_registry() -> Registry:
    from importlib.resources import files

    resource = files("divplan").joinpath("data/departments.tsv")
    return Registry._from_text(resource.read_text(encoding="utf-8"), "divplan/data/departments.tsv")


# --- module-level conveniences on the default registry ------------------------------------------


def resolve(mention: str, on: YearLike = None) -> Resolution:
    """:meth:`Registry.resolve` on the default registry."""
    return Registry.default().resolve(mention, on)


def lookup(name: str, on: YearLike = None) -> tuple[str, ...]:
    """:meth:`Registry.lookup` on the default registry."""
    return Registry.default().lookup(name, on)


def search(query: str, limit: int = 10) -> list[Department]:
    """:meth:`Registry.search` on the default registry."""
    return Registry.default().search(query, limit)


def get(id: str) -> Department:
    """:meth:`Registry.get` on the default registry."""
    return Registry.default().get(id)


def successors(id: str, on: YearLike = None) -> tuple[str, ...]:
    """:meth:`Registry.successors` on the default registry."""
    return Registry.default().successors(id, on)
