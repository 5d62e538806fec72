"""Field runs: a line shaped as a field, right under a field line, is one more field.

Why: a plan's fields may carry labels no lexicon holds ("Lead department: A / Shared with: B /
Finish by: …"); rule 1 (:mod:`divplan.parsing.blocks`) keeps a line with its block when a
known label opens it, so an unknown one would split the run, its fields left unparsed.  Under
a field line the block already holds, a line of the shape "a short label: a value" goes on
the run; the clause reader then reads or guesses its label's role (``label_context``).

Guarantee: only a line right under a field line of who does the task (no blank line between)
joins, never a furniture line (主办：X, "Disclaimer: …"), a note ("Note: …") nor one under a
deadline's field ("Copied to: …").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from divplan.parsing.cues import find_label, scan
from divplan.parsing.furniture import is_furniture
from divplan.parsing.lines import Line
from divplan.parsing.remarks import labelled_note

if TYPE_CHECKING:  # (blocks builds on this module)
    from divplan.parsing.blocks import Block

_LABEL_SHAPE = (  # a short label opening a line: "Shared with:"
    r"[ \t\u3000]*[A-Z][A-Za-z-]*(?:[ \t]+[a-z][A-Za-z-]*){0,3}[ \t]*:"
)
_SENTENCE_GOES_ON = re.compile(r"[.!?]\s+[A-Z]")
_ROLE_LABELS = frozenset({"label_lead", "label_part", "label_resp", "label_role"})
_FIELD_SHAPE = re.compile(_LABEL_SHAPE + r"[ \t\u3000]*\S")  # and its value
_LABEL = re.compile(_LABEL_SHAPE)


_SPACES = " \n\t\u3000"


def task_text_end(text: str, start: int, at: int) -> int:
    """Where a task's text ends before its field at ``at``: spaces off, and the list bullet
    that opens the field's line ("1. Draw up a list.⏎   - Lead unit: A": the bullet is the
    field's, not the task's last word)."""
    k = at
    while k > start and text[k - 1] in _SPACES:
        k -= 1
    line = text.rfind("\n", start, k) + 1
    bullet = k - 1 >= line and text[k - 1] in "-•·*▪●"
    if line > start and bullet and not text[line : k - 1].strip():
        k = line
        while k > start and text[k - 1] in _SPACES:
            k -= 1
    return k


def label_shaped(text: str, line_start: int, colon_end: int) -> bool:
    """Whether ``text[line_start:colon_end]`` (a line's start to a colon) is a short label's
    shape: the colon a field's, not the end of words before a task."""
    return _LABEL.fullmatch(text, line_start, colon_end) is not None


def field_run(text: str, lines: list[Line], i: int, block: Block) -> bool:
    """Whether line ``i``, right under a field line of ``block`` (no blank between), is shaped
    as a field itself: one more field of the block's run, whatever its label's words."""
    line, above = lines[i], lines[i - 1]
    listed = line.family == "ITEM_BULLET" and above.family == "ITEM_BULLET"  # ("- Lead unit: A
    if (line.kind != "text" and not listed) or line.blank_before:  # ⏎- Close out: 2007")
        return False
    if not block.first < i <= block.last + 1:
        return False
    begin = line.body_start if listed else line.start
    shaped = _FIELD_SHAPE.match(text, begin, line.end)
    return (
        shaped is not None
        and _role_field(text, above, above.body_start if listed else above.start)
        and not is_furniture(text[begin : text.index(":", begin) + 1])  # ("CC: …")
        and not labelled_note(text[begin : line.end])  # ("Note: the progress shall …")
        and _SENTENCE_GOES_ON.search(text, begin, line.end) is None  # (a field's value
    )  # names bodies, no sentence after sentence: "Disclaimer: This article is … If …")


def _role_field(text: str, line: Line, begin: int) -> bool:
    """Whether ``line`` opens at ``begin`` with a label of who does the task (Lead department:,
    配合单位：), not a deadline's (a CC line after "Deadline: …" is the notice's, no field)."""
    found = find_label(text, begin, line.end)
    if found is None or text[begin : found[0]].strip():
        return False
    kinds = {c.kind for c in scan(text[found[0] : line.end])}  # (a line of all the fields,
    return bool(kinds & _ROLE_LABELS) and "label_deadline" not in kinds  # the deadline's last:
    # the run is whole)


__all__ = ["field_run", "label_shaped", "task_text_end"]
