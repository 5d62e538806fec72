"""Entities: HTML character references left in plain text, read as the characters they stand for.

Why: a page saved as text, or copied by a crawler that stripped the tags but not the entities,
keeps ``&nbsp;&nbsp;&nbsp;&nbsp;`` before each paragraph and ``&amp;`` inside names.  Read as
written, an item line opens with an ampersand instead of its marker and a group's bracket is
no clause.  The normaliser (:mod:`divplan.parsing.normalise`, guarantee 2) writes each
reference as its character (a space for ``&nbsp;``) and drops the rest of it, so spans still
map back onto the text as given.

Guarantees: only whole references of the names and numbers HTML defines are read; text without
an ampersand is not looked at.
"""

from __future__ import annotations

import html
import re

_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,7}|#[xX][0-9A-Fa-f]{2,6});")


def char_entities(
    line: str, translate: dict[int, str | None]
) -> tuple[dict[int, str], list[tuple[int, int]]]:
    """Where ``line`` holds character references: the first position of each → its character
    (normalised by ``translate``), the others → "" (dropped); and the spans of those that stand
    for a space (``&nbsp;``: reported with the page furniture, as a layout's blank is)."""
    out: dict[int, str] = {}
    blanks: list[tuple[int, int]] = []
    if "&" not in line:
        return out, blanks
    for m in _ENTITY.finditer(line):
        ch = html.unescape(m.group())
        if ch == m.group():
            continue  # (no reference HTML knows: left as written)
        out[m.start()] = ch.translate(translate)[:1]
        out.update({k: "" for k in range(m.start() + 1, m.end())})
        if not out[m.start()].strip():
            blanks.append(m.span())
    return out, blanks


__all__ = ["char_entities"]
