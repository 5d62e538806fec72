"""The first characters a regular expression can begin a match with: which cue rows to try where.

Why: the cue scanner (:mod:`divplan.parsing.cues`) asks at every word start of a clause which
rows of the lexicon match there, longest first.  Most rows cannot start with the characters
found there (牵头 starts with 牵头, "participate" with "par"), so an index from the first one to
three characters of a match to rows lets it try a few rows instead of forty (an English "a" has
sixty rows; "and" has three) — and compile a row only when a text first holds a start it can
have, which keeps compiling the whole lexicon off a cold start.

Guarantee of :func:`first_strings`: when it returns a set, every match of the pattern that
starts on a character other than whitespace begins with one of its strings (lower-cased under
IGNORECASE; leading optional whitespace, ``\\s*``, is skipped: the scanner never starts on a
space); when it cannot tell (a class such as ``\\w`` or ``.`` first, a negated set, a cased
letter outside ASCII under IGNORECASE), it returns None and the row is always tried.  It reads
the pattern with the standard library's own parser (``re._parser``); a Python whose parser it
does not understand gets None for every row, which is slower, never wrong.
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
    strings = first_strings(pattern, flags)
    if strings is None:
        return None
    found = {s[0] for s in strings}
    if flags & re.IGNORECASE:
        found |= {c.upper() for c in found}
    return frozenset(found)


def first_strings(
    pattern: str, flags: int = 0, *, from_spaces: bool = False
) -> frozenset[str] | None:
    """Strings of one to :data:`DEPTH` characters, one of which begins every match of
    ``pattern`` that starts on a character other than whitespace (lower-cased under
    IGNORECASE); a string is shorter than ``DEPTH`` where the pattern can end there or goes on
    with a class this reader does not list.  None when it cannot tell.  With ``from_spaces``
    the guarantee covers every match, a match opening on a space included (a pattern that may
    open with ``\\s*`` gets None): for a search, which can start anywhere."""
    key = (pattern, flags | _FROM_SPACES if from_spaces else flags)
    if key not in _answers:
        _answers[key] = _first_strings(pattern, flags, skip_spaces=not from_spaces)
    return _answers[key]


_FROM_SPACES = 1 << 30  # in a stored answer's key: asked with from_spaces (no re flag uses it)


#: How many characters the cue index keys on: three tell "and" from "assumes" and "as".
DEPTH = 3
_MOST = 256  # open prefixes kept before a class widens them past use: they are closed there


class _Unknown(Exception):
    """A pattern this reader will not vouch for (a cased letter outside ASCII, say)."""


def _first_strings(pattern: str, flags: int, skip_spaces: bool) -> frozenset[str] | None:
    if _p is None:
        return None
    try:
        fold = bool(flags & re.IGNORECASE)
        still_open, closed = _extend(list(_p.parse(pattern, flags)), {""}, fold, skip_spaces)
    except Exception:  # a node this reader does not know: no filter rather than a wrong one
        return None
    closed |= still_open  # where the pattern ends, what it matched so far begins the match
    if "" in closed or not closed:
        return None
    return frozenset(closed)


def _extend(
    items: list[tuple[Any, Any]], open_: set[str], fold: bool, skip_spaces: bool = True
) -> tuple[set[str], set[str]]:
    """(prefixes still growing, prefixes complete) after matching ``items`` from each of
    ``open_``; a prefix is complete at :data:`DEPTH` characters or where the next item is
    one the reader cannot list."""
    closed: set[str] = set()
    for op, av in items:
        if not open_:
            break
        if op is _c.LITERAL:
            grown = {s + _char(av, fold) for s in open_}
        elif op is _c.IN:
            chars = _in(av)
            if chars is None or (open_ != {""} and len(open_) * len(chars) > _MOST):
                return set(), closed | open_
            folded = {_char(ord(c), fold) for c in chars}
            grown = {s + c for s in open_ for c in folded}
        elif op is _c.BRANCH:
            grown = set()
            for alternative in av[1]:
                o, c = _extend(list(alternative), open_, fold, skip_spaces)
                grown |= o
                closed |= c
        elif op is _c.SUBPATTERN:
            grown, c = _extend(list(av[-1]), open_, fold, skip_spaces)
            closed |= c
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            low, high, sub = av
            sub_items = list(sub)
            if skip_spaces and open_ == {""} and low == 0 and _only_space(sub_items):
                continue  # \s* : the scanner never starts on a space
            grown, c = _repeat(sub_items, open_, low, high, fold, skip_spaces)
            closed |= c
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: the next item goes on from here
        else:
            return set(), closed | open_
        open_ = {s for s in grown if len(s) < DEPTH}
        closed |= grown - open_
    return open_, closed


def _repeat(
    sub: list[tuple[Any, Any]],
    open_: set[str],
    low: int,
    high: int,
    fold: bool,
    skip_spaces: bool = True,
) -> tuple[set[str], set[str]]:
    """``sub`` repeated ``low`` to ``high`` times from each of ``open_``."""
    result = set(open_) if low == 0 else set()
    closed: set[str] = set()
    current, times = open_, 0
    while current and times < high:
        if times > DEPTH + 1 and times >= low:
            break  # past DEPTH characters nothing grows: what is open stays open
        if times > 64:
            return set(), closed | current
        current, c = _extend(sub, current, fold, skip_spaces)
        current = {s for s in current if len(s) < DEPTH}
        closed |= c
        times += 1
        if times >= low:
            result |= current
    return result, closed


def _char(code: int, fold: bool) -> str:
    ch = chr(code)
    if not fold or ch.isascii():
        return ch.lower() if fold else ch
    if ch.lower() != ch or ch.upper() != ch:
        raise _Unknown(ch)  # a cased letter outside ASCII: case folding there is not simple
    return ch


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


__all__ = ["DEPTH", "add_answers", "first_chars", "first_strings", "grown", "known_answers"]
