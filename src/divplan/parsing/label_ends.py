"""Where a field label ends: the colon that closes a label, not the fields before a task.

Why a module of its own: fields may open an item (牵头单位：A；协理单位：B：建设…) and a colon
after the last field's value is where its task begins; every other colon there is a label's
own.  Known labels are the lexicon's (:func:`divplan.parsing.cues.find_label`); a label of
words the lexicon lacks (，配责单位：B, read by its words) is one too, so that a field line
holding one is never cut at its colon into a clause and a "task" of names.
"""

from __future__ import annotations

import re

from divplan.parsing.clause_text import language
from divplan.parsing.cues import find_label, role_labels

_LABEL_BRACKET = re.compile(r"\s*[（(][^()（）\n]{1,30}[)）]\s*")


def label_ends_at(text: str, start: int, end: int) -> bool:
    """Whether a field label (or its bracket, 责任部门（排序第一者牵头）：) that begins in
    ``text[start:end]`` ends at ``end``: a known one, or one of words the lexicon lacks."""
    pos = start
    while (label := find_label(text, pos, end)) is not None:
        if label[1] >= end - 1 or _LABEL_BRACKET.fullmatch(text, label[1], end - 1):
            return True
        pos = label[1]
    piece = text[start : end + _LOOK_AHEAD]  # (a label row may ask for a name after its colon)
    found = role_labels(piece, language(piece))
    return any(stop == end - start for stop, _, _ in found.values())


_LOOK_AHEAD = 12


__all__ = ["label_ends_at"]
