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

The rules are implemented by the modules next to this one — :mod:`~divplan.names.keys`
(normalisation), :mod:`~divplan.names.indexes` (exact and alias lookup),
:mod:`~divplan.names.local_units` and :mod:`~divplan.names.fuzzy` (scorer and cutoffs) — over the
departments read by :mod:`~divplan.names.table`, in the years of :mod:`~divplan.names.periods`;
:mod:`~divplan.names.alias_files` lays a user's names and bans over a registry, and
:mod:`~divplan.names.search` is the loose search for people. This module decides between their
answers and keeps the public names of the registry.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from divplan.names.alias_files import merge_alias_file
from divplan.names.fuzzy import FUZZY_CUTOFF, FUZZY_MARGIN, SUGGEST_FLOOR, fuzzy_score
from divplan.names.indexes import (
    Hit,
    Indexes,
    build_indexes,
    find_hits,
    rank_choices,
    zh_suggestions,
)
from divplan.names.keys import LATIN_RE, cased_key, has_cjk, is_upper, normalise
from divplan.names.local_units import is_local_en, is_local_zh
from divplan.names.periods import YearLike, in_period_first, successors_in, year_of
from divplan.names.search import search_departments
from divplan.names.table import COLUMNS as COLUMNS
from divplan.names.table import Department, StrPath, department_from_row, read_rows, read_text

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
        self._indexes: Indexes | None = None

    # -- construction --

    @classmethod
    def default(cls) -> Registry:
        """The packaged registry (``divplan/data/departments.tsv``), read once per process."""
        return _default_registry()

    @classmethod
    def from_tsv(cls, path: StrPath) -> Registry:
        """A registry from a TSV with the columns of ``departments.tsv`` (see :data:`COLUMNS`)."""
        return cls._from_text(read_text(path), os.fspath(path))

    @classmethod
    def _from_text(cls, text: str, source: str) -> Registry:
        return cls(department_from_row(where, row) for where, row in read_rows(text, source))

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
        depts, banned = merge_alias_file(self._departments, self._banned_phrases, path)
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

    def _idx(self) -> Indexes:
        if self._indexes is None:
            self._indexes = build_indexes(self._departments)
        return self._indexes

    # -- resolution --

    def lookup(self, name: str, on: YearLike = None) -> tuple[str, ...]:
        """Ids whose name or alias is ``name`` after normalisation — no fuzzy matching.

        Meant for a parser's inner loop ("is this run of words a department name?"): one cached
        normalisation and a dict lookup. Ids that existed in the year of ``on`` come first.
        Banned phrases give ``()``.
        """
        cleaned = cased_key(name)
        key = cleaned.casefold()
        if not key or key in self._banned:
            return ()
        hits = find_hits(self._idx(), key, is_upper(cleaned))
        if not hits:
            return ()
        return in_period_first(self._departments, (h.id for h in hits), year_of(on))

    def resolve(self, mention: str, on: YearLike = None) -> Resolution:
        """Resolve a department name as written, for a document dated ``on``.

        See the module docstring for the order of the rules. Never raises for any string
        (only for an unreadable ``on``).
        """
        year = year_of(on)
        cleaned = cased_key(mention)
        key = cleaned.casefold()
        if not key or key in self._banned:
            return self._unresolved(mention, None, ())
        hits = find_hits(self._idx(), key, is_upper(cleaned))
        if hits:
            return self._from_hits(mention, hits, year)
        if has_cjk(key):
            # No edit distance on Chinese: short forms (发改委) come only from the alias table.
            if is_local_zh(key):
                return self._unresolved(mention, None, ())
            return self._unresolved(mention, None, zh_suggestions(self._idx(), key))
        if not LATIN_RE.search(key) or is_local_en(key):
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

    def _from_hits(self, mention: str, hits: tuple[Hit, ...], year: int | None) -> Resolution:
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

    def _fuzzy(self, mention: str, key: str, year: int | None) -> Resolution:
        """Typo-tolerant match of a Latin-script mention (rule 5).

        Accepted when the best department scores at least :data:`FUZZY_CUTOFF` and leads the
        best *other* department by at least :data:`FUZZY_MARGIN`; otherwise unresolved, with up
        to three departments scoring at least :data:`SUGGEST_FLOOR` as candidates.
        """
        ranked = rank_choices(self._idx(), key)
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

    # -- exploration --

    def search(self, query: str, limit: int = 10) -> list[Department]:
        """Departments whose names or aliases look like ``query``, best first (for notebooks).

        Same key first, then names containing the query (or contained in it), then rapidfuzz
        ``WRatio`` ≥ 60 — a loose scorer is right here because a human reads the list; it is
        never used to resolve.
        """
        return search_departments(self._departments, query, limit)

    def successors(self, id: str, on: YearLike = None) -> tuple[str, ...]:
        """The departments that carry ``id``'s functions in the year of ``on``.

        Follows successor chains until departments existing in that year: SAIC on 2024 →
        ("SAMR",); AQSIQ → ("SAMR", "GAC"); CBRC on 2024 → ("NFRA",) via CBIRC. A department
        existing in that year is its own answer; one abolished without successors gives ().
        ``on=None`` means today: the chain is followed to departments that still exist.
        Successor ids absent from the registry (MOR → CRC, a company) are skipped.
        """
        self.get(id)  # KeyError for an unknown id
        return successors_in(self._departments, id, year_of(on))


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
