"""A text layer whose glyphs lost their characters: one ideograph standing for most of them.

Why: a PDF made on a machine without the document's font draws every Chinese character with
the substitute font's empty glyph, and the file's text layer maps all of those glyphs to one
character (国国国国2020国58国).  pypdf and pdfplumber give that text as it is; nothing in it can
be read, and without a word about it the plan would come back empty, or as a plan with no
items, with no reason given.  The reader cannot recover the characters; it says so (DP003).
"""

from __future__ import annotations

import re
from collections import Counter

_CJK = re.compile(r"[\u3400-\u9fff]")
#: how many ideographs a text must hold before one character's share says anything
MIN_IDEOGRAPHS = 50
#: the share of the ideographs one character may hold in a real text (的 is about 4 %)
MAX_SHARE = 0.3


def damaged_glyphs(text: str) -> tuple[str, float] | None:
    """The one character most of ``text``'s ideographs are, and its share; None when the
    text's ideographs are as varied as a language's (or too few to tell)."""
    counts = Counter(_CJK.findall(text))
    total = sum(counts.values())
    if total < MIN_IDEOGRAPHS:
        return None
    char, n = counts.most_common(1)[0]
    return (char, n / total) if n / total > MAX_SHARE else None


__all__ = ["damaged_glyphs"]
