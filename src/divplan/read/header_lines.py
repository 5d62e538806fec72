"""Column names inside a line of text: a header row that a text extractor ran together on one
line, or set cell by cell on lines of its own (:mod:`divplan.read.pdf` asks, before it looks
at a page's drawn cells).  Apart from :mod:`divplan.read.table_headers`, which reads a row's
cells one name each: here the names are searched inside running text, so only the longer ones
count, and only when they make up most of the line."""

from __future__ import annotations

from functools import cache

from divplan.read.header_guesses import simplified, unit_end
from divplan.read.table_headers import _NAME_LONGEST, FIELDS, HEADER_LINE, Role, _names, header_key

_HEADER_SHARE = 0.6  # a header row is mostly column names; a sentence naming two is not one


@cache
def _long_keys() -> tuple[tuple[str, Role], ...]:
    """(key, role) of the column names long enough to look for inside a line of text."""
    return tuple((k, r) for k, (r, _) in _names().items() if len(k) >= (6 if k.isascii() else 2))


def roles_in_line(line: str) -> set[Role]:
    """The roles of the column names written in ``line`` ("Key work Responsible unit
    Completion time" → task, resp, deadline): a header row a text extractor ran together.
    Empty unless the names make up most of the line (a sentence may name two columns)."""
    key = header_key(line)
    found = [(name, role) for name, role in _long_keys() if name in key]
    covered = sum(len(n) for n, _ in found if not any(n != m and n in m for m, _ in found))
    roles = {role for _, role in found}
    if "task" in roles and not roles & {"lead", "resp", "part"}:  # "No. Key task Burden-
        for gap in _gaps(key, [n for n, _ in found]):  # carrying unit", "… Pick-up unit Time
            unit = unit_end().search(simplified(gap))  # limit": a column of unknown words
            if len(gap) <= _NAME_LONGEST and unit is not None and unit.start() > 0:  # ending
                covered, roles = covered + len(gap), roles | {"resp"}  # in a unit word
                break  # (_unit_columns)
    return roles if covered >= _HEADER_SHARE * len(key) else set()


def _gaps(key: str, names: list[str]) -> list[str]:
    """The stretches of ``key`` between (and after) the column names found in it."""
    spans = sorted((key.find(n), key.find(n) + len(n)) for n in names)
    out, pos = [], 0
    for s, e in spans:
        if s > pos:
            out.append(key[pos:s])
        pos = max(pos, e)
    return [g for g in (*out, key[pos:]) if g]


def names_columns(lines: list[str], window: int = 6) -> bool:
    """Whether a few consecutive short lines name two columns or more, one a field: a header
    row whose cells a text extractor set on lines of their own ("Serial / number Reform Matters
    Responsible Unit …").  Only a hint (a sentence may name two columns): it asks for a look at
    the page's drawn cells, which decide."""
    named = [
        {r for k, r in _long_keys() if k in header_key(ln)} if len(ln) <= HEADER_LINE else set()
        for ln in lines
    ]
    for i in range(len(named)):
        roles: set[Role] = set()
        for found in named[i : i + window]:
            roles |= found
            if len(roles) >= 2 and roles & set(FIELDS):
                return True
    return False


__all__ = ["names_columns", "roles_in_line"]
