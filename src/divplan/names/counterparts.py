"""Counterparts: the central body a local or branch unit matches by function.

A local unit never *is* a registry department (conventions.md), but analysts compare provincial
plans by function: 省财政厅 and "municipal finance bureau" do the work of the Ministry of Finance,
人民银行南昌中心支行 is a branch of the People's Bank. Given what :mod:`divplan.names.local_units`
read from a mention, this module finds that body: the central body a branch is named after, or
the department whose name, stripped of its prefix and head (国家 | 发展和改革 | 委员会), is the
unit's function (发展改革 | 局) — in Chinese by that core, in English by the registry and the
gloss matcher with the head left free. A counterpart is given only when one body fits at the
document's date.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple

from divplan.names.keys import cased_key, has_cjk, normalise
from divplan.names.local_units import Affixes, Level, LocalSigns
from divplan.names.table import Department
from divplan.names.translate import Translator

#: Prefixes a central name carries that its local counterparts do not (国家发展和改革委员会).
_CENTRAL_PREFIXES = ("中华人民共和国", "中华全国", "国务院", "国家", "中国", "全国")
_JOINERS = "和与及"


class LocalUnit(NamedTuple):
    """A recognised local or branch unit: its level, the place written, its central counterpart."""

    level: Level | None
    place: str | None
    counterpart: str | None


def core_form(text: str, a: Affixes) -> str:
    """A Chinese function as compared: local short forms replaced (国税 → 税务), 和 dropped."""
    for short in sorted(a.zh_variants, key=len, reverse=True):
        text = text.replace(short, a.zh_variants[short])
    return "".join(c for c in text if c not in _JOINERS)


class Cores:
    """The Chinese names of the registry reduced to their function: 财政部 → 财政, by core."""

    def __init__(self, departments: Iterable[Department], a: Affixes) -> None:
        self._a = a
        self._heads = (*a.zh_heads, "分")  # 银监分局: a sub-office of the same function
        self._ids: dict[str, list[str]] = {}
        for dept in departments:
            for text in (dept.name_zh, *dept.aliases):
                if not text or not has_cjk(text):
                    continue
                core = cased_key(text).replace(" ", "")
                stripped = True
                while stripped:
                    stripped = False
                    for prefix in _CENTRAL_PREFIXES:
                        if core.startswith(prefix) and len(core) > len(prefix) + 1:
                            core, stripped = core[len(prefix) :], True
                head = next((h for h in a.zh_heads if core.endswith(h)), "")
                core = core_form(core[: len(core) - len(head)], a)
                if len(core) >= 2 and dept.id not in self._ids.get(core, []):
                    self._ids.setdefault(core, []).append(dept.id)

    def ids(self, unit: str) -> tuple[str, ...]:
        """Departments whose core begins ``unit``, a head (or nothing) following (财政厅 → MOF).

        地方金融监管局 keeps its 地方: a local financial regulator is no office of a central one.
        """
        text = core_form(unit, self._a)
        for end in range(len(text), 1, -1):
            found = self._ids.get(text[:end])
            rest = text[end:]
            if found and (not rest or rest.startswith(self._heads)):
                return tuple(found)
        return ()


def _one(ids: Iterable[str], departments: Mapping[str, Department], year: int | None) -> str | None:
    """The only department among ``ids`` existing in ``year`` (any year if None), or None."""
    unique = tuple(dict.fromkeys(i for i in ids if i in departments))
    if year is not None:
        unique = tuple(i for i in unique if departments[i].exists_in(year))
    return unique[0] if len(unique) == 1 else None


def counterpart(
    signs: LocalSigns,
    lookup: Callable[[str], tuple[str, ...]],
    translator: Callable[[], Translator],
    cores: Callable[[], Cores],
    departments: Mapping[str, Department],
    year: int | None,
) -> str | None:
    """The central body ``signs`` names or matches by function at ``year``; None if not one."""
    if signs.central is not None:
        return _one(lookup(signs.central), departments, year)
    if not signs.unit:
        return None
    if has_cjk(signs.unit):
        return _one(cores().ids(cased_key(signs.unit).replace(" ", "")), departments, year)
    found = _one(lookup(signs.unit), departments, year)
    if found is None:
        fits = translator().fits(normalise(signs.unit), headless=True)
        found = _one((f.id for f in fits), departments, year)
    return found
