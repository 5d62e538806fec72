"""Label words: the words before a known field label that modify it ("Workstream owner:",
"Task owner:", "Hands-on owner:"), read as part of the label, never as a body's name.

Why apart from :mod:`divplan.parsing.cues`: the cue stream (which extends a known label over
the words before it) and the label finder (which must not skip such a label for the known
one inside it) ask the same two questions; here they are asked one way.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from divplan.parsing.cue_rows import _known_label
from divplan.parsing.name_edges import org_shaped

_HEAD_OF = r"[A-Za-z]+\sof\s[a-z][a-z-]*(?:\s[a-z][a-z-]*)?"  # "Office of primary" (below)
LABEL_WORDS = re.compile(
    r"(?:^|(?<=[;；(（\n])|(?<=\S\s\s)|(?<=[.?!]\s))"
    rf"\s*([A-Za-z][A-Za-z-]*(?:\s[A-Za-z][A-Za-z-]*)?|{_HEAD_OF}) $"
)  # (one space before the label: words a wide gap parts from it are a field's value; a wide
# gap before the words sets a field apart, as a cell's field lines are joined, and so does a
# sentence's end: "… the task. Workstream owner: A")


_AFTER_COLON = re.compile(r" ([A-Za-z][A-Za-z-]*(?:\s[A-Za-z][A-Za-z-]*)?) ")


def label_words(text: str, start: int, end: int, after_unit_label: bool) -> re.Match[str] | None:
    """The words before a known label at ``end`` that may modify it (:data:`LABEL_WORDS`);
    right after a unit label's colon, the word or two standing alone between the two labels
    as well ("Responsible units: Portfolio lead: A": a unit column's cell labelling its own
    fields)."""
    m = LABEL_WORDS.search(text, start, end)
    return _AFTER_COLON.fullmatch(text, start, end) if m is None and after_unit_label else m


def modifier_words(words: str) -> bool:
    """Words that may modify a label after them: no body's name, no number, no deadline
    ("… ; Continuous advancement  Lead unit:", the gap lost in a line's join); or a unit's
    head noun, "of" and a role's word in lower case ("Office of primary responsibility:",
    "Offices of collateral responsibility:": the office whose responsibility it is)."""
    from divplan.parsing.deadlines import deadline_first  # (it reads the cues: cycle)

    if head_of_role(words):
        return True
    return not org_shaped(words) and not words[:1].isdigit() and not deadline_first(words)


def head_of_role(words: str) -> bool:
    """Whether ``words`` are a unit word, "of" and words holding a role's piece, the way an
    official translation names a field by the office that bears it (主办单位 as "Office of
    primary responsibility"): never a body's name, whose words after "of" are capitalised."""
    from divplan.parsing.label_roles import UNIT_WORD  # (it reads this module: cycle)
    from divplan.parsing.role_words import role_of_words

    m = _HEAD_OF_WORDS.fullmatch(words.strip())
    if m is None or re.fullmatch(rf"(?i){UNIT_WORD}", m.group(1)) is None:
        return False
    return role_of_words(m.group(2)) is not None


def modified_known(window: str, at: int, end: int) -> bool:
    """Whether ``window[at:end]`` is a known English label after a word or two modifying it
    ("Workstream owner:"), as the cue stream reads it."""
    known = _known_label("en")
    for w in re.finditer(r"\s(?=\S)", window[at:end]):
        cut = at + w.end()
        if known.fullmatch(window, cut, end):
            m = LABEL_WORDS.search(window, 0, cut)  # (one space between, at a field's start:
            return (  # "Civil Affairs  Supporting units:" is a name's end and a label)
                m is not None and m.start(1) == at and m.group(1).isascii()
                and modifier_words(m.group(1))
            )
    return False


_OPENING_WORDS = re.compile(rf"(?:[A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*)?|{_HEAD_OF}) ")
_HEAD_OF_WORDS = re.compile(r"([A-Za-z]+)\sof\s([a-z][a-z-]*(?:\s[a-z][a-z-]*)?)")


def modified_at(text: str, start: int, label: int) -> bool:
    """Whether the words from a field's ``start`` to a known label at ``label`` modify it with
    a role's word (one or two English words and one space: "Coordinating lead:",
    "Implementing partners:"): the field opens with the label, as "Workstream owner:" does."""
    from divplan.parsing.role_words import role_of_words  # (the cues read this module: cycle)

    words = text[start:label].strip()
    return (
        _OPENING_WORDS.fullmatch(text, start, label) is not None
        and modifier_words(words)
        and role_of_words(words) is not None  # (a role's own word: "Operational lead:" is no
    )  # field's opening here, the line read as it was)


def field_opening(text: str, line: int, at: int) -> int | None:
    """Where a field opens at ``line`` with words modifying the label at ``at``, if it does
    (spaces and a list's bullet before the words: "- Office of primary responsibility: A")."""
    while line < at and (text[line] in " \t\u3000" or text[line : line + 2] in _BULLETS):
        line += 1
    return line if line < at and modified_at(text, line, at) else None


_BULLETS = frozenset(f"{b} " for b in "-•·*▪●")


def may_cross(matched: str) -> bool:
    """Whether a cue's match could run into a label (a space, then a capital): only then are
    the text's label stops found, and the match checked against them."""
    return matched != matched.lower() and any(ch.isspace() for ch in matched)


def short_of_label(
    text: str, mm: re.Match[str], pattern: re.Pattern[str], stops: list[int] | None
) -> re.Match[str] | None:
    """``mm``, or the row's match ended where an English field's label begins inside it, a
    capital after spaces ("… and other relevant departments⎵⎵Lead unit:"): no cue runs into
    the next field.  A label in lower case ("Divided responsibility:") is the cue's own words."""
    k = bisect_right(stops or [], mm.start())
    if stops is None or k >= len(stops) or stops[k] >= mm.end():
        return mm
    rest = text[stops[k] : mm.end()]
    word = rest.lstrip()
    if not word[:1].isupper() or len(word) == len(rest):
        return mm
    return pattern.match(text, mm.start(), stops[k])


__all__ = [
    "LABEL_WORDS",
    "field_opening",
    "head_of_role",
    "label_words",
    "may_cross",
    "modified_at",
    "modified_known",
    "modifier_words",
    "short_of_label",
]
