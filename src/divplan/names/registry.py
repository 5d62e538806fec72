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
   never be mapped onto the central department whose name they contain (:meth:`Registry.local_unit`
   says what they are: level, place, central counterpart);
5. for Latin-script mentions, a *translation*: the mention renders exactly one registry name that
   existed at the document's date, read part by part through glosses of its Chinese name
   ("Ministry of Water Conservancy" = 水利部, :mod:`~divplan.names.translate`);
6. for Latin-script mentions only, a typo-tolerant fuzzy match with a cutoff and a margin over the
   runner-up, both measured against a list of positives and negatives in the test-suite.

Importing this module is cheap: the TSV is read and the indexes are built on first use, once per
process (rapidfuzz and the traditional→simplified converter are imported only when needed).

The rules are implemented by the modules next to this one — :mod:`~divplan.names.keys`
(normalisation), :mod:`~divplan.names.indexes` (exact and alias lookup),
:mod:`~divplan.names.local_units` and :mod:`~divplan.names.counterparts` (local units),
:mod:`~divplan.names.translate` with :mod:`~divplan.names.glosses` (translations) and
:mod:`~divplan.names.fuzzy` (scorer and cutoffs) — over the
departments read by :mod:`~divplan.names.table`, in the years of :mod:`~divplan.names.periods`;
:mod:`~divplan.names.alias_files` lays a user's names and bans over a registry, and
:mod:`~divplan.names.search` is the loose search for people. This module decides between their
answers and keeps the public names of the registry.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator

from divplan.names.alias_files import ClassOrInstanceMethod, merge_alias_file
from divplan.names.counterparts import Cores, LocalUnit, counterpart
from divplan.names.fuzzy import FUZZY_CUTOFF, FUZZY_MARGIN, SUGGEST_FLOOR, fuzzy_score
from divplan.names.glosses import default_glosses
from divplan.names.indexes import Hit, Indexes, build_indexes, find_hits, zh_suggestions
from divplan.names.keys import LATIN_RE, cased_key, has_cjk, is_upper, normalise
from divplan.names.local_units import LocalSigns, affixes, has_local_words, local_signs
from divplan.names.outcomes import Resolution, Status, from_hits, fuzzy, translated, unresolved
from divplan.names.periods import YearLike, in_period_first, successors_in, year_of
from divplan.names.search import search_departments
from divplan.names.table import COLUMNS as COLUMNS
from divplan.names.table import Department, StrPath, department_from_row, read_rows, read_text
from divplan.names.translate import Translator

__all__ = [
    "FUZZY_CUTOFF",
    "FUZZY_MARGIN",
    "SUGGEST_FLOOR",
    "Department",
    "LocalUnit",
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

_LOOKUPS_KEPT = 65536  # lookup answers a registry keeps (then starts afresh)


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
        self._translations: Translator | None = None
        self._cores: Cores | None = None
        self._looked_up: dict[tuple[str, int | None], tuple[str, ...]] = {}
        self.notes: tuple[str, ...] = ()  # what reading alias files skipped (rows still to fill)

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
        depts, banned, notes = merge_alias_file(self._departments, self._banned_phrases, path)
        registry = type(self)(depts.values(), banned)
        registry.notes = self.notes + notes
        return registry

    with_aliases = ClassOrInstanceMethod(_with_aliases)

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

    def _translator(self) -> Translator:
        if self._translations is None:
            self._translations = Translator(self._departments.values(), default_glosses())
        return self._translations

    def _core_index(self) -> Cores:
        if self._cores is None:
            self._cores = Cores(self._departments.values(), affixes())
        return self._cores

    def _known(self, text: str) -> bool:
        return bool(self.lookup(text))

    # -- resolution --

    def lookup(self, name: str, on: YearLike = None) -> tuple[str, ...]:
        """Ids whose name or alias is ``name`` after normalisation, or that it translates — no
        fuzzy matching.

        Meant for a parser's inner loop ("is this run of words a department name?"): one cached
        normalisation and a dict lookup; for English that no name holds, the departments whose
        Chinese name it renders completely (rule 5, cached: "Health and Family Planning
        Commission" is one name, not two). Ids that existed in the year of ``on`` come first;
        several ids mean a name that only a date can decide. Banned phrases and local units
        ("Municipal Finance Bureau") give ``()``.  Answers are kept per registry (a registry
        never changes; :meth:`with_aliases` makes a new one): a corpus asks about the same
        names in plan after plan.
        """
        year = year_of(on)
        found = self._looked_up.get((name, year))
        if found is None:
            if len(self._looked_up) >= _LOOKUPS_KEPT:  # bounded: a batch must not grow
                self._looked_up.clear()
            found = self._looked_up[(name, year)] = self._lookup(name, year)
        return found

    def _lookup(self, name: str, year: int | None) -> tuple[str, ...]:
        cleaned = cased_key(name)
        key = cleaned.casefold()
        if not key or key in self._banned:
            return ()
        hits = find_hits(self._idx(), key, is_upper(cleaned))
        ids = (h.id for h in hits)
        if not hits:
            if has_cjk(key) or not LATIN_RE.search(key) or has_local_words(key):
                return ()
            ids = (f.id for f in self._translator().fits(key))
        return in_period_first(self._departments, ids, year)

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
            found = self._from_hits(mention, hits, year)
            if found.id is not None and not found.in_period and LATIN_RE.search(key):
                # another year's name ("State Drug Administration", 1998–2003) that renders a
                # body of the document's year (国家药品监督管理局 again from 2018): that body
                translated = self._translated(mention, key, year)
                if translated.id is not None and translated.in_period:
                    return translated
            return found
        if self._signs(mention) is not None or not (has_cjk(key) or LATIN_RE.search(key)):
            return self._unresolved(mention, None, ())
        if has_cjk(key):
            # No edit distance on Chinese: short forms (发改委) come only from the alias table.
            return self._unresolved(mention, None, zh_suggestions(self._idx(), key))
        translated = self._translated(mention, key, year)
        if translated.id is not None:
            return translated
        fuzzy = self._fuzzy(mention, key, year)
        if not translated.candidates and not self._translator().understood(key):
            return fuzzy
        # Rendered completely but not accepted (two bodies, or another year's), or every word
        # understood and nothing rendered ("Ministry of Security"): not a typo for fuzzy to fix.
        guesses = translated.candidates + ((fuzzy.id,) if fuzzy.id else ()) + fuzzy.candidates
        return self._unresolved(mention, fuzzy.score, tuple(dict.fromkeys(guesses))[:3])

    # -- local units --

    def _signs(self, mention: str) -> LocalSigns | None:
        return local_signs(mention, self._known)

    def is_local(self, mention: str) -> bool:
        """Whether ``mention`` is built like a local or branch unit (see :meth:`local_unit`)."""
        return self._signs(mention) is not None

    def local_unit(self, mention: str, on: YearLike = None) -> LocalUnit | None:
        """What a local or branch unit is, or None when ``mention`` is not built like one.

        Decided by words and affixes (:mod:`~divplan.names.local_units`): the level written
        (省/市/县/区/乡/镇, "Provincial", "County" …; ``branch`` for an office of a central body,
        人民银行南昌中心支行), the place written (江西 in 江西省财政厅), and the central body it
        matches by function at the date of ``on`` (省财政厅 → MOF; a bare place before a
        vertically managed body's office makes it a branch: 江西银监局 → CBRC).
        """
        signs = self._signs(mention)
        if signs is None:
            return None
        found = counterpart(
            signs, self.lookup, self._translator, self._core_index, self._departments, year_of(on)
        )
        level = signs.level
        if found is not None and not signs.explicit and found in affixes().vertical:
            level = "branch"
        return LocalUnit(level, signs.place, found)

    def _unresolved(
        self, mention: str, score: float | None, candidates: tuple[str, ...]
    ) -> Resolution:
        return unresolved(mention, score, candidates)

    def _from_hits(self, mention: str, hits: tuple[Hit, ...], year: int | None) -> Resolution:
        return from_hits(self._departments, mention, hits, year)

    def _translated(self, mention: str, key: str, year: int | None) -> Resolution:
        return translated(self._departments, self._translator(), mention, key, year)

    def _fuzzy(self, mention: str, key: str, year: int | None) -> Resolution:
        return fuzzy(self._departments, self._idx(), mention, key, year)

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
    from divplan.names import registry_cache

    cached = registry_cache.load()  # None unless the command line enabled it
    if cached is not None:
        return cached
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
