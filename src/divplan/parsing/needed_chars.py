"""The characters one of which every match of a regular expression holds: texts to pass over.

Why: the field-label finders (:class:`divplan.parsing.gated_search.GatedSearch`) are searched in
every clause and in the lines around every label of unknown words, and every row of them ends
its label with a colon (or a dash set for one): a clause holding none of those characters holds
no label, and one look for them answers the search without trying the alternation at all.

Guarantee of :func:`needed_chars`: when it returns a set, every match of the pattern consumes
at least one character of the set (so a text, or the part of it searched, holding none of them
has no match); when it cannot tell, it returns None.  Only characters without case are vouched
for (a letter may match its other case, or a sign that folds to it), and only what a match
consumes counts (a lookahead's characters are not part of the searched text's match).  It reads
the pattern with the standard library's own parser (``re._parser``), as
:mod:`divplan.parsing.firstchars` does; a Python whose parser it does not know gets None.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Any

_c: Any
_p: Any
try:  # the standard library's regular-expression parser (sre_parse before Python 3.11)
    _c = importlib.import_module("re._constants")
    _p = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - another Python: no set is ever vouched for
    _c = _p = None

_WIDEST = 64  # a class wider than this is no use as a set to look for


@lru_cache(maxsize=1024)
def needed_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """A set of characters one of which every match of ``pattern`` consumes (the smallest
    without a space this reader finds); None when it cannot tell."""
    if _p is None:
        return None
    try:
        return _needs(list(_p.parse(pattern, flags)))
    except Exception:  # a node this reader does not know: no set rather than a wrong one
        return None


def needed_by_all(patterns: list[str], flags: int = 0, most: int = 8) -> frozenset[str] | None:
    """Characters one of which every match of the alternation of ``patterns`` consumes (the
    union of each pattern's set); None when one pattern's cannot be told, holds a space or
    the union grows past ``most`` characters (no set worth looking for: the rest are not
    read, which keeps the label finders' first build off a cold start)."""
    found: set[str] = set()
    for pattern in patterns:
        chars = needed_chars(pattern, flags)
        if chars is None:
            return None
        found |= chars
        if len(found) > most or any(c.isspace() for c in chars):
            return None
    return frozenset(found)


def _needs(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The best set one item of the sequence ``items`` needs (each one is matched): the
    smallest without a space, a set holding one being found in almost any text."""
    best: frozenset[str] | None = None
    for op, av in items:
        found = _item_needs(op, av)
        if found is not None and (best is None or _cost(found) < _cost(best)):
            best = found
    return best


def _cost(chars: frozenset[str]) -> int:
    """How poor a set is to look for: its size, and far worse when it holds a space."""
    return len(chars) + (1000 if any(c.isspace() for c in chars) else 0)


def _item_needs(op: Any, av: Any) -> frozenset[str] | None:
    if op is _c.LITERAL:
        return _uncased({chr(av)})
    if op is _c.IN:
        chars: set[str] = set()
        for kind, a in av:
            if kind is _c.LITERAL:
                chars.add(chr(a))
            elif kind is _c.RANGE and a[1] - a[0] < _WIDEST:
                chars.update(chr(c) for c in range(a[0], a[1] + 1))
            else:
                return None  # a negated set, a category (\s, \w): anything may match
        return _uncased(chars)
    if op is _c.BRANCH:  # every alternative must need one: their union
        union: set[str] = set()
        for alternative in av[1]:
            found = _needs(list(alternative))
            if found is None:
                return None
            union |= found
        return frozenset(union)
    if op is _c.SUBPATTERN:
        return _needs(list(av[-1]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, _, sub = av
        return _needs(list(sub)) if low >= 1 else None
    return None  # zero-width (anchors, lookarounds) or unknown: needs nothing said here


def _uncased(chars: set[str]) -> frozenset[str] | None:
    """The set, if none of its characters has case (so no flag can widen it)."""
    if not chars or len(chars) > _WIDEST or any(c.lower() != c or c.upper() != c for c in chars):
        return None
    return frozenset(chars)


__all__ = ["needed_by_all", "needed_chars"]
