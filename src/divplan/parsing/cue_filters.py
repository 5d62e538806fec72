"""Cue filters: which cues a clause's scan found stand as cues, where only the context says.

Why apart from :mod:`divplan.parsing.roles`: the lexicon finds words; two of them are cues only
in some places, and deciding that is a step of its own before the roles are read:

- a ``nothing`` cue (无, n/a, —) says "none" only as a field's whole value; elsewhere its
  words are part of a name (无线电管理局) and stay in the list;
- an ``others`` cue (the competent … departments) followed by "of all provinces …" names
  local bodies, not unnamed others.
"""

from __future__ import annotations

import re

from divplan.parsing.clause_text import simplify
from divplan.parsing.cues import LABELS, Cue, scan


def field_values(cues: list[Cue], text: str) -> list[Cue]:
    """The cues, with a ``nothing`` cue kept only where it is a field's whole value.

    "Supporting units: n/a" names no one; elsewhere the words are read as written (无 begins
    无线电管理局, "none of" is no field), so the cue is dropped and its text stays in the list.
    """
    out: list[Cue] = []
    for i, c in enumerate(cues):
        if c.kind == "nothing":
            prev = out[-1] if out else None
            nxt = cues[i + 1] if i + 1 < len(cues) else None
            gap_before = text[prev.end : c.start] if prev is not None else "x"
            after_label = prev is not None and prev.kind in LABELS and not gap_before.strip(" :：")
            if nxt is None:
                ends_field = not text[c.end :].strip(" .;；。")
            else:
                closes = nxt.kind in LABELS or nxt.kind == "boundary"
                ends_field = closes and not text[c.end : nxt.start].strip()
            line_end = text.find("\n", c.end)  # (配合单位：无 / 2020年底前: the field's line
            ends_line = line_end >= 0 and not text[c.end : line_end].strip(" .;；。\t\u3000")
            if not (after_label and (ends_field or ends_line)):  # ends with it, a deadline's
                continue  # line under it)
        out.append(c)
    return out


def says_nothing(text: str) -> bool:
    """Whether ``text`` is one field whose whole value says there is none ("Supporting units:
    none", 配合单位：无): a field line, though it names no one (a clause reads nothing in it)."""
    text = simplify(text)  # (the lexicon's forms: 配合單位：無 as 配合单位：无, same length)
    cues = [c for c in field_values(list(scan(text)), text) if c.kind != "boundary"]
    return (
        len(cues) == 2
        and cues[0].kind in LABELS
        and cues[1].kind == "nothing"
        and not text[: cues[0].start].strip()
    )


def named_locals(cue: Cue, text: str) -> list[Cue]:
    """An "others" cue that goes on "of all provinces …" names local bodies, not unnamed
    others ("the competent commerce departments of all provinces, autonomous regions and
    municipalities"): it is no cue, but its leading "and" still separates two names."""
    if cue.kind != "others" or not _OF_ALL_LEVELS.match(text, cue.end):
        return [cue]
    lead = _LEADING_AND.match(cue.text)
    return [Cue("sep", cue.start, cue.start + len(lead.group(1)), lead.group(1))] if lead else []


_LEADING_AND = re.compile(r"(,?\s*and)\s", re.IGNORECASE)
_OF_ALL_LEVELS = re.compile(
    r"\s+of\s+(?:all|each|the)\s+(?:provinces|cities|counties|districts|prefectures|townships"
    r"|autonomous\s+regions|municipalities)\b",
    re.IGNORECASE,
)


__all__ = ["field_values", "named_locals"]
