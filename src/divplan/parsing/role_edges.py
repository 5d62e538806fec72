"""Role words at a text's edges: whether a line opens or a stretch closes with them.

Why a module of its own: two layout decisions ask it — a field line's role words cut onto the
next line (配合跟进（…） under 牵头单位：A、B, :mod:`divplan.parsing.field_wraps`), and a label
right after role words, which is the predicate of the sentence they open, not a field
(:mod:`divplan.parsing.clauses`) — and both answer it from the cue lexicon.
"""

from __future__ import annotations

from divplan.parsing.clause_text import simplify
from divplan.parsing.cues import LABELS, ROLE_KINDS, scan

_ROLE_WORDS = ROLE_KINDS - LABELS


def opens_with_role_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens (after spaces) with a role word (配合跟进（…）, the
    rest of a field line whose names were cut from it at the line's end)."""
    while start < end and text[start] in " \t\u3000":
        start += 1
    cues = scan(simplify(text[start:end]))
    return bool(cues) and cues[0].start == 0 and cues[0].kind in ROLE_KINDS


def holds_role_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a role word of the lexicon anywhere: words that say who
    does a task (a group's sentence, "The A is the collar office unit, the B follow and
    cooperate.", opening words A牵头，B配合，2019年底前：)."""
    return any(c.kind in ROLE_KINDS for c in scan(simplify(text[start:end])))


def closes_with_role_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` closes (before its full stop) with a role word of a list
    before it ("The Ministry of Finance and the Ministry of Labour shall contribute."): a
    sentence saying who helps, not a task."""
    while end > start and text[end - 1] in " \t\u3000.。;；":
        end -= 1
    body = simplify(text[start:end])
    cues = scan(body)
    return bool(cues) and cues[-1].end == len(body) and cues[-1].kind in _ROLE_WORDS and (
        cues[-1].kind.endswith("_after")
    )


def predicate_label(text: str, start: int, at: int, end: int) -> bool:
    """Whether the role label at ``text[at:end]`` (Responsible:) is a sentence's word, not a
    field: right after role words on its line, from ``start`` on, it is the predicate of the
    sentence they open ("A, B according to the jurisdiction scope responsible: task"); in lower
    case right after a lower-case word, it is prose ("… names the units responsible: where a
    unit …").  A deadline label is a field wherever it stands (…由A负责 完成时限：…)."""
    label = scan(simplify(text[at:end]))
    if not label or label[0].kind not in _ROLE_LABELS:
        return False
    if at - start >= 2 and text[at - 1] == " " and text[at - 2].islower() and text[at].islower():
        return True  # "… each task names the units responsible: where …": prose, lower case
    line = text.rfind("\n", start, at) + 1 or start
    window = text[max(start, line) : at].rstrip()
    gap = at - max(start, line) - len(window)  # spaces before a label set a field apart
    if not window or gap > (0 if "\u3400" <= text[at] <= "\u9fff" else 1):
        return False  # (重点督办  责任单位：A: a field after another, whatever it ends with)
    cues = scan(simplify(window))
    return bool(cues) and cues[-1].end == len(window) and cues[-1].kind in _ROLE_WORDS


_ROLE_LABELS = frozenset({"label_lead", "label_part", "label_resp"})


__all__ = ["closes_with_role_word", "holds_role_word", "opens_with_role_word", "predicate_label"]
