"""Trailing parenthesised groups: where an item's responsibility clause and deadline sit.

Conventions.md: "the last parenthesis of an item names who does it", optionally followed by
a deadline in its own parentheses.  This module finds those closing groups from the end of
an item's text, balancing nested brackets, so a parenthesis inside the task text
(（含个体工商户）) is never taken for the clause.  Works on normalised text (ASCII brackets);
【】 and [] close an item as () do.
"""

from __future__ import annotations

import re

_TRAIL_PUNCT = " \n.。;；,，"
# closing bracket → its opener: round brackets (full-width ones are ASCII after normalising),
# square and lenticular brackets, which some local plans use for the clause (【牵头单位：A】)
OPENER = {")": "(", "]": "[", "】": "【", "）": "（"}


def bracket_depth(text: str) -> list[int]:
    """How deep in brackets each character of ``text`` is (a list inside a name is a name)."""
    out: list[int] = []
    d = pos = 0
    for m in _ANY_BRACKET.finditer(text):  # (between brackets the depth does not change)
        i, ch = m.start(), m.group()
        out.extend([d] * (i - pos))
        if ch in OPENER and d > 0:
            d -= 1
        out.append(d)
        if ch in _OPENS:
            d += 1
        pos = i + 1
    out.extend([d] * (len(text) - pos))
    return out


def unwrap_values(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the outer brackets of each span that a bracket pair wholly wraps blanked
    out: a table cell's "Responsible units: (A takes the lead, B, C cooperate)" is a list,
    while a bracket inside a name (各县（市、区）) keeps its commas from separating."""
    chars: list[str] | None = None
    for start, end in spans:
        while start < end and text[start] in " \t":
            start += 1
        while end > start and text[end - 1] in " \t.;。；,，":
            end -= 1
        if end - start < 2 or text[start] not in _OPENS or OPENER.get(text[end - 1]) is None:
            continue
        depth = bracket_depth(text[start:end])
        if any(d == 0 for d in depth[1:-1]):  # the first bracket closes before the end
            continue
        chars = chars if chars is not None else list(text)
        chars[start] = chars[end - 1] = " "
    return text if chars is None else "".join(chars)


def inside_bracket(text: str, start: int, at: int) -> bool:
    """Whether ``at`` lies inside a bracket opened after ``start``."""
    return any(text.count(o, start, at) > text.count(c, start, at) for c, o in OPENER.items())


_OPENS = frozenset(OPENER.values())
_ANY_BRACKET = re.compile("[" + re.escape("".join(OPENER) + "".join(OPENER.values())) + "]")


def trailing_groups(text: str, start: int, end: int, limit: int = 3) -> list[tuple[int, int]]:
    """Spans ``[open, close+1)`` of up to ``limit`` parenthesised groups that end the segment.

    Groups are returned in text order.  Only sentence punctuation and whitespace may separate
    the groups from each other and from the end of the segment.
    """
    groups: list[tuple[int, int]] = []
    i = end
    while len(groups) < limit:
        while i > start and text[i - 1] in _TRAIL_PUNCT:
            i -= 1
        if i <= start or text[i - 1] not in OPENER:
            break
        close, open_ = text[i - 1], OPENER[text[i - 1]]
        depth = 0
        j = i - 1
        opened = -1
        while j >= start:
            ch = text[j]
            if ch == close:
                depth += 1
            elif ch == open_:
                depth -= 1
                if depth == 0:
                    opened = j
                    break
            elif ch == "\n" and j > start and text[j - 1] == "\n":
                break  # a blank line: the group cannot span paragraphs
            j -= 1
        if opened < 0:
            break
        groups.append((opened, i))
        i = opened
    groups.reverse()
    return groups


def ends_with_group(text: str, start: int, end: int) -> bool:
    """True when the segment closes with a parenthesised group."""
    return bool(trailing_groups(text, start, end, limit=1))


QUOTES = {"“": "”", "「": "」", "『": "』", "‘": "’"}


def quoted_chars(text: str) -> list[bool]:
    """Which characters lie inside a pair of quotation marks: a quoted phrase is part of a
    name (市“双随机、一公开”监管工作联席会议), so its commas separate nothing."""
    out = [False] * len(text)
    if not any(q in text for q in QUOTES):
        return out
    k = 0
    while k < len(text):
        close = QUOTES.get(text[k])
        if close is not None:
            stop = text.find(close, k + 1)
            if stop > 0:
                for x in range(k + 1, stop):
                    out[x] = True
                k = stop
        k += 1
    return out


