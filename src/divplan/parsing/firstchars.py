"""The characters a regular expression can begin a match with: which cue rows to try where.

Why: the cue scanner (:mod:`divplan.parsing.cues`) asks at every word start of a clause which
rows of the lexicon match there, longest first.  Most rows cannot start with the character
found there (牵头 starts with 牵, "participate" with p), so an index from first characters to
rows lets it try three rows instead of forty — and compile a row only when a text first holds a
character it can start with, which keeps compiling the whole lexicon off a cold start.

Guarantee of :func:`first_chars`: when it returns a set, no match of the pattern that starts
on a character other than whitespace begins with a character outside it (leading optional
whitespace, ``\\s*``, is skipped: the scanner never starts on a space); when it cannot tell (a
class such as ``\\w`` or ``.``, a negated set), it returns None and the row is always tried.  It
reads the pattern with the standard library's own parser (``re._parser``); a Python whose
parser it does not understand gets None for every row, which is slower, never wrong.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_c: Any
_p: Any
try:  # the standard library's regular-expression parser (sre_parse before Python 3.11)
    _c = importlib.import_module("re._constants")
    _p = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - another Python: every row is always tried
    _c = _p = None

_WIDEST_RANGE = 5000  # a class wider than this (a CJK block) is not worth a set

#: Answers given in this process, and those a command loaded from its cache (see
#: :func:`known_answers`): reading the lexicon's patterns is ~5 ms of a one-plan command.
_answers: dict[tuple[str, int], frozenset[str] | None] = {}
_loaded_count = 0


def known_answers() -> dict[tuple[str, int], frozenset[str] | None]:
    """Every answer known in this process (the command line stores them between runs)."""
    return _answers


def add_answers(found: object) -> int:
    """Take answers stored by an earlier run (a dict as :func:`known_answers` returns); how
    many were taken.  Anything not of that shape is ignored: the answers are computed again."""
    global _loaded_count
    if not isinstance(found, dict):
        return 0
    taken = 0
    for key, chars in found.items():
        if (
            isinstance(key, tuple)
            and len(key) == 2
            and isinstance(key[0], str)
            and isinstance(key[1], int)
            and (chars is None or isinstance(chars, frozenset))
        ):
            _answers[key] = chars
            taken += 1
    _loaded_count = len(_answers)
    return taken


def grown() -> bool:
    """Whether answers were computed since the cache was loaded (worth storing again)."""
    return len(_answers) > _loaded_count


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can begin with (both cases under IGNORECASE)."""
    key = (pattern, flags)
    if key not in _answers:
        _answers[key] = _first_chars(pattern, flags)
    return _answers[key]


def _first_chars(pattern: str, flags: int) -> frozenset[str] | None:
    if _p is None:
        return None
    try:
        found, can_be_empty = _first(list(_p.parse(pattern, flags)))
    except Exception:  # a node this reader does not know: no filter rather than a wrong one
        return None
    if found is None or can_be_empty:
        return None
    if flags & re.IGNORECASE:
        found = found | {c.upper() for c in found} | {c.lower() for c in found}
    return frozenset(found)


def _first(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """(first characters, whether the sequence can match nothing) of a parsed sequence."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
            return out, False
        if op is _c.IN:
            chars = _in(av)
            return (None, False) if chars is None else (out | chars, False)
        if op is _c.BRANCH:
            empty = False
            for alternative in av[1]:
                chars, e = _first(list(alternative))
                if chars is None:
                    return None, False
                out |= chars
                empty = empty or e
            if not empty:
                return out, False
            continue
        if op is _c.SUBPATTERN:
            chars, e = _first(list(av[-1]))
            if chars is None:
                return None, False
            out |= chars
            if not e:
                return out, False
            continue
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            low, _high, sub = av
            sub_items = list(sub)
            if low == 0 and _only_space(sub_items):
                continue  # \s* : the scanner never starts on a space
            chars, e = _first(sub_items)
            if chars is None:
                return None, False
            out |= chars
            if low > 0 and not e:
                return out, False
            continue
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: the next item starts the match
        return None, False
    return out, True


def _in(av: list[tuple[Any, Any]]) -> set[str] | None:
    out: set[str] = set()
    for op, a in av:
        if op is _c.LITERAL:
            out.add(chr(a))
        elif op is _c.RANGE and a[1] - a[0] <= _WIDEST_RANGE:
            out.update(chr(c) for c in range(a[0], a[1] + 1))
        else:
            return None
    return out


def _only_space(items: list[tuple[Any, Any]]) -> bool:
    return (
        len(items) == 1
        and items[0][0] is _c.IN
        and items[0][1] == [(_c.CATEGORY, _c.CATEGORY_SPACE)]
    )


__all__ = ["add_answers", "first_chars", "grown", "known_answers"]
