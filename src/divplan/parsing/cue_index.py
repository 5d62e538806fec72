"""The cue rows of one language indexed by the characters a match can begin with.

Why: a clause is scanned at every word start, and trying each of some 650 rows there would
cost most of a parse.  Each row's pattern says which strings a match can open with
(:func:`divplan.parsing.firstchars.first_strings`), so at a word start only the rows whose
opening strings it begins with are tried, in lexicon order (a tie goes to the earlier row).
"""

from __future__ import annotations

import re
from functools import cache

from divplan.parsing.cue_rows import KINDS, LABELS, _bounded, _lang_rows
from divplan.parsing.firstchars import DEPTH, first_strings

_TOKEN_KINDS = frozenset(KINDS) - {"filler", "filler_tail", "generic_body", "label_role"}
# (label_role rows begin with any word: found by one search a text, _role_labels, not indexed)


class RowIndex:
    """The token rows of one language, compiled on first use, indexed by the first characters
    a match can begin with (up to :data:`firstchars.DEPTH`, lower-cased)."""

    def __init__(self, lang: str) -> None:
        self.rows = _lang_rows(lang, _TOKEN_KINDS)
        self.compiled: list[re.Pattern[str] | None] = [None] * len(self.rows)  # on first use
        self.ended = tuple(row.ended for row in self.rows)
        self.label_row = tuple(row.kind in LABELS for row in self.rows)
        by_prefix: dict[str, list[int]] = {}
        always: list[int] = []
        for n, row in enumerate(self.rows):
            prefixes = first_strings(row.pattern, re.IGNORECASE)
            if prefixes is None:
                always.append(n)
                continue
            for prefix in prefixes:
                by_prefix.setdefault(prefix, []).append(n)
        self._always = tuple(always)
        self._by_prefix = {p: tuple(ns) for p, ns in by_prefix.items()}
        # the characters a cue can begin with, when every row says (else None): a word start
        # with another character is passed over without a look-up (most of a Chinese name)
        self.first: frozenset[str] | None = (
            None if always else frozenset(p[0] for p in by_prefix if p)
        )
        self._lengths = tuple(sorted({len(p) for p in by_prefix}))
        self._memo: dict[str, tuple[int, ...]] = {}  # head → rows (bounded: heads are few)

    def candidates(self, text: str, at: int) -> tuple[int, ...]:
        """The rows that can match at ``text[at]``, in lexicon order (a tie goes to the
        earlier row)."""
        head = text[at : at + DEPTH].lower()
        found = self._memo.get(head)
        if found is None:
            if len(self._memo) > 50_000:
                self._memo.clear()
            found = self._memo[head] = self._candidates(head)
        return found

    def _candidates(self, head: str) -> tuple[int, ...]:
        found: tuple[int, ...] = self._always
        merged = False
        for length in self._lengths:
            rows = self._by_prefix.get(head[:length])
            if rows:
                if found:
                    found, merged = found + rows, True
                else:
                    found = rows
        return tuple(sorted(set(found))) if merged else found

    def pattern(self, n: int) -> re.Pattern[str]:
        compiled = self.compiled[n]
        if compiled is None:
            compiled = self.compiled[n] = re.compile(_bounded(self.rows[n]), re.IGNORECASE)
        return compiled


@cache
def row_index(lang: str) -> RowIndex:
    """The index of ``lang``'s token rows, built once per process."""
    return RowIndex(lang)


__all__ = ["RowIndex", "row_index"]
