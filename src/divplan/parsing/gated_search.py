"""A search of a long alternation of lexicon rows, tried only where one of them can begin.

Why: ``re`` tries every alternative of a pattern at every position of a text.  The field-label
finder joins about a hundred rows, and its plain search of each clause window was a quarter of
the time of a parse of plans the reader had not seen.  Each row says which strings its matches
can begin with (:func:`divplan.parsing.firstchars.first_strings`, ``from_spaces=True``), so a
position that none of them opens (and where no row that cannot say matches) is passed over by
one small compiled pattern, the *gate*, and the alternation is tried only at the rest.

Guarantee: ``GatedSearch(patterns, flags).search(text, pos)`` returns the same match as
``re.compile("|".join(patterns), flags).search(text, pos)`` — the first position where the
alternation matches, by the same alternative — because a match at a position implies that one
row matches there, so the row's opening strings (or, for a row that cannot say, the row itself)
are found there.  ``opens`` is a zero-width condition every pattern opens with (a word start),
which the gate may require as well.  Before the gate, a text holding none of a few characters
one of which every row's match consumes (a label's colon: :mod:`divplan.parsing.needed_chars`)
is answered at once: no match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from divplan.parsing.firstchars import DEPTH, first_strings
from divplan.parsing.needed_chars import needed_by_all

_FEW = 8  # a set of characters every match needs is looked for only when it is this small


class GatedSearch:
    """The alternation of ``patterns`` under ``flags``, searched through its gate."""

    def __init__(self, patterns: list[str], flags: int = 0, opens: str = "") -> None:
        self.whole = re.compile("|".join(patterns), flags)
        self._fold = bool(flags & re.IGNORECASE)
        prefixes: set[str] = set()
        unsure: list[str] = []
        for pattern in patterns:
            strings = first_strings(pattern, flags, from_spaces=True)
            if strings is None:
                unsure.append(pattern)
            else:
                prefixes |= strings
        self._prefixes = frozenset(prefixes)
        self._lengths = tuple(sorted({len(p) for p in prefixes}))
        self._unsure = re.compile("|".join(unsure), flags) if unsure else None
        first = {p[0] for p in prefixes}
        #: whether the gate passes over most places of any text: no row opens with a Latin
        #: letter or a space (each found at most places of an English text, where the gate
        #: would stop as often as the plain search tries, and cost more)
        self.selective = not any(c.isspace() or (c.isascii() and c.isalpha()) for c in first)
        gates = []
        if prefixes:
            chars = "".join(sorted({re.escape(p[0]) for p in prefixes}))
            gates.append(f"{opens}[{chars}]")
        gates += [f"(?:{p})" for p in unsure]
        self._gate = re.compile("|".join(gates), flags) if gates else None
        self._needs = needed_by_all(patterns, flags, _FEW)  # (one in every match: none, none)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The first match of the alternation in ``text`` at or after ``pos``."""
        gate, whole = self._gate, self.whole
        if self._needs is not None and all(text.find(c, pos) < 0 for c in self._needs):
            return None  # (no character every match needs: no match, nothing tried)
        while gate is not None and (hit := gate.search(text, pos)) is not None:
            at = hit.start()
            if self._opens_here(text, at):
                m = whole.match(text, at)
                if m is not None:
                    return m
            pos = at + 1
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of the alternation in ``text``, left to right, none overlapping (as
        ``re.finditer`` gives them for patterns that never match the empty string)."""
        pos = 0
        while (m := self.search(text, pos)) is not None:
            yield m
            pos = max(m.end(), m.start() + 1)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The alternation's match at ``pos`` (no gate: one position is tried anyway)."""
        return self.whole.match(text, pos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The alternation matching all of ``text[pos:endpos]``."""
        return self.whole.fullmatch(text, pos, len(text) if endpos is None else endpos)

    def _opens_here(self, text: str, at: int) -> bool:
        head = text[at : at + DEPTH]
        if self._fold:
            head = head.lower()
        if any(head[:n] in self._prefixes for n in self._lengths):
            return True
        return self._unsure is not None and self._unsure.match(text, at) is not None


__all__ = ["GatedSearch"]
