"""Name gaps: Chinese names set apart by spaces rather than by 、.

Why: a table cell lists its units on separate lines (国家发展改革委⏎工业和信息化部), which a
rendered row writes as spaces, and some drafters type spaces between names.  The cue scanner
never starts a cue on a space, so the split is made here, on the list pieces between cues: a
piece is cut where spaces stand between a character that ends a Chinese body's name (局, 委,
部, 镇, a closing bracket …) and the next Chinese character.  A cut never decides alone: the
registry-first joining of :func:`divplan.parsing.mentions.find_names` puts a known name back
together ("国家发展和改革委 员会"), and a left-over fragment is reported as a doubtful name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from divplan.parsing.mentions import Piece

# the last character of a Chinese body's name (mentions._ORG_ZH, one character each), or a
# closing bracket (县发展改革局（牵头） 县国土资源局)
_CJK = re.compile(r"[\u3400-\u9fff]")
_GAP = re.compile(
    r"(?<=[部委局厅办署行院会处室站所司队社团联馆组庭校镇乡村府心）)])"
    r"[ \t\u3000]+(?=[\u3400-\u9fff])"
)


def split_at_gaps(text: str, pieces: list[Piece]) -> list[Piece]:
    """``pieces`` with each cut at the spaces between two Chinese names (see module doc)."""
    out: list[Piece] = []
    for p in pieces:
        start = p.start
        for m in _GAP.finditer(text, p.start, p.end):
            out.append(
                replace(p, start=start, end=m.start())
                if start == p.start
                else replace(p, start=start, end=m.start(), sep_before=" ", member=False)
            )
            start = m.end()
        out.append(p if start == p.start else replace(p, start=start, sep_before=" ", member=False))
    return out


def label_before(text: str, s: int, e: int) -> int | None:
    """Where a label of words no cue knows ends in the English piece ``text[s:e]`` — words,
    a colon, then a capitalised name ("Single point of accountability: Municipal …
    Commission"): the words are no part of the name (the reader says it did not know them)."""
    c = text.find(": ", s, e)
    if c <= s or _CJK.search(text, s, e) or not text[c + 2 : c + 3].isupper():
        return None
    return c + 1


__all__ = ["label_before", "split_at_gaps"]
