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


def label_shaped(text: str, line_start: int, colon_end: int) -> bool:
    """Whether ``text[line_start:colon_end]`` (a line's start to a colon) is a short label's
    shape: the colon a field's, not the end of words before a task."""
    return _LABEL.fullmatch(text, line_start, colon_end) is not None


def field_run(text: str, lines: list[Line], i: int, block: Block) -> bool:
    """Whether line ``i``, right under a field line of ``block`` (no blank between), is shaped
    as a field itself: one more field of the block's run, whatever its label's words."""
    line = lines[i]
    if line.kind != "text" or line.blank_before or not block.first < i <= block.last + 1:
        return False
    above = lines[i - 1]
    shaped = _FIELD_SHAPE.match(text, line.start, line.end)
    return (
        shaped is not None
        and _role_field(text, above)
        and not is_furniture(text[line.start : text.index(":", line.start) + 1])  # ("CC: …")
        and not labelled_note(text[line.start : line.end])  # ("Note: the progress shall …")
        and _SENTENCE_GOES_ON.search(text, line.start, line.end) is None  # (a field's value
    )  # names bodies, no sentence after sentence: "Disclaimer: This article is … If …")


def _role_field(text: str, line: Line) -> bool:
    """Whether ``line`` opens with a label of who does the task (Lead department:, 配合单位：),
    not a deadline's (a CC line after "Deadline: …" is the notice's, no field of the task)."""
    found = find_label(text, line.start, line.end)
    if found is None or text[line.start : found[0]].strip():
        return False
    kinds = {c.kind for c in scan(text[found[0] : line.end])}  # (a line of all the fields,
    return bool(kinds & _ROLE_LABELS) and "label_deadline" not in kinds  # the deadline's last:
    # the run is whole)


__all__ = ["field_run", "label_shaped"]
