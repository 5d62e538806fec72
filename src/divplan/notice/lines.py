"""Lines and blanks of a notice region, shared by every step that reads the notice.

Each step (title, own number, addressees, signature) looks at whole lines and needs the line
that holds a given offset; they all use the same line split, built once per region in linear
time, so no step rescans the region or disagrees with another about what a line is.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

__all__ = ["BLANKS", "SPACES", "Line", "Lines", "nonblank_lines", "trim"]

# Characters stripped from both ends of a line.  The BOM and zero-width space are included so
# raw (un-normalised) text reads like normalised text.
BLANKS = " \t\r\n\f\v\u3000\u00a0\ufeff\u200b"
SPACES = " \t\u3000\u00a0"


class Line(NamedTuple):
    """One line of a region: ``start``/``end`` bound its content without surrounding blanks.

    A NamedTuple, not a dataclass: a megabyte of short lines makes hundreds of thousands.
    """

    start: int
    end: int


class Lines:
    """The non-blank lines of a region, indexable, with a binary search from offset to line.

    Finding the line of a position must not rescan the region, or a text with many dates or
    numbers would cost quadratic time.  Lines are kept as plain offset lists and turned into
    :class:`Line` only when looked at: a megabyte of short lines makes hundreds of thousands.
    """

    def __init__(self, starts: list[int], ends: list[int]) -> None:
        self.starts = starts
        self.ends = ends

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i: int) -> Line:
        return Line(self.starts[i], self.ends[i])

    def index_of(self, pos: int) -> int:
        """Index of the line whose content contains ``pos``, or -1."""
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and self.starts[i] <= pos <= self.ends[i]:
            return i
        return -1


# Content of a line: from its first to its last non-blank character.  No leading ``\s*``: on a
# line of blanks that would be retried at every position (quadratic); the scanner skips blanks.
_LINE_RE = re.compile(r"\S(?:[^\n]*\S)?")
_INVISIBLE = "\ufeff\u200b"  # not \s to ``re`` but blank to a reader (BOM, zero-width space)


def nonblank_lines(text: str, a: int, b: int) -> Lines:
    """Non-blank lines of ``text[a:b]`` with stripped content bounds (linear in ``b - a``)."""
    starts: list[int] = []
    ends: list[int] = []
    push_start, push_end = starts.append, ends.append
    for m in _LINE_RE.finditer(text, a, b):
        push_start(m.start())
        push_end(m.end())
    if any(text.find(ch, a, b) >= 0 for ch in _INVISIBLE):  # rare: a BOM or zero-width space
        kept = [trim(text, s, e) for s, e in zip(starts, ends, strict=True)]
        kept = [(s, e) for s, e in kept if s < e]
        starts, ends = [s for s, _ in kept], [e for _, e in kept]
    return Lines(starts, ends)


def trim(text: str, a: int, b: int, chars: str = BLANKS) -> tuple[int, int]:
    """Shrink ``[a, b)`` past ``chars`` at both ends."""
    while a < b and text[a] in chars:
        a += 1
    while b > a and text[b - 1] in chars:
        b -= 1
    return a, b
