"""Time: document dates read as years, and which departments exist in a given year.

Departments are created, merged and abolished (广电总局 is SARFT before 2013 and NRTA after 2018),
so a name is resolved for the year a plan was issued. This module reads that year from whatever
the caller has (:data:`YearLike`), orders candidate ids by whether they existed then, and
follows successor chains to the departments that carry an abolished one's functions.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping
from typing import TypeAlias

from divplan.names.table import Department

YearLike: TypeAlias = "str | int | datetime.date | None"

_YEAR_RE = re.compile(r"\s*(\d{4})")


def year_of(on: YearLike) -> int | None:
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


def in_period_first(
    departments: Mapping[str, Department], ids: Iterable[str], year: int | None
) -> tuple[str, ...]:
    """``ids`` without repeats, those that existed in ``year`` first (all of them if no year)."""
    ids = tuple(dict.fromkeys(ids))
    if year is None:
        return ids
    inside = tuple(i for i in ids if departments[i].exists_in(year))
    return inside + tuple(i for i in ids if i not in inside)


def successors_in(
    departments: Mapping[str, Department], id: str, year: int | None
) -> tuple[str, ...]:
    """The departments existing in ``year`` (None: today) that carry ``id``'s functions.

    See :meth:`Registry.successors <divplan.names.registry.Registry.successors>`.
    """

    def alive(dept: Department) -> bool:
        return dept.end is None if year is None else dept.exists_in(year)

    result: list[str] = []
    seen: set[str] = set()
    stack = [id]
    while stack:
        current = stack.pop(0)
        if current in seen or current not in departments:
            continue
        seen.add(current)
        dept = departments[current]
        if alive(dept):
            result.append(current)
        else:
            later = [s for s in dept.successors if s not in seen]
            if year is not None and dept.start is not None and year < dept.start:
                later = []  # not yet created: its successors are not its predecessors
            stack = later + stack
    return tuple(dict.fromkeys(result))
