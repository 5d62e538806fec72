"""Markdown's inline marks in a line of a Markdown text: what to leave out of it.

Why: a plan saved as Markdown (a converter's, a scraper's) writes its words with marks around
them — ``**牵头单位：**``, ``*Time limit:* ongoing``, ``1\\. 县农业农村局`` (an escape),
``[Home](#) | [Service](#)`` (a page's menu, links).  Read as they are, a label hidden in
asterisks is no label and a menu of links reads as a table row.  The marks are left out; the
words they mark are kept, each at its own offset in the line (the caller copies the pieces
between the cuts, so spans still point into the text the user gave).

Guarantees: only marks are cut — a backslash before ASCII punctuation, ``**`` (in a line
holding them in pairs), one ``*`` on each side of words (never a bullet's ``* ``, never
``2*3``), a link's brackets and its address in parentheses (not an image's ``![…](…)``),
an HTML comment whole (``<!-- page 3 -->``, a converter's page mark) and an HTML tag of a
few inline kinds (``<span id="page-3-0"></span>``, an anchor).
The cuts are sorted and never overlap one another.
"""

from __future__ import annotations

import re

_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")  # CommonMark: \ before ASCII punctuation
_MARKS = re.compile(rf"{_ESCAPE.pattern}|\*\*")  # (and strong emphasis: **bold**)
_EMPHASIS = re.compile(r"(?<![\w*\\])\*(?=[^\s*])[^*\n]{1,200}?(?<=[^\s*\\])\*(?![\w*])")
_LINK = re.compile(r"(?<!!)\[([^\[\]\n]{1,200})\]\([^()\s]{0,500}\)")  # [words](address)
_COMMENT = re.compile(r"<!--.*?-->")  # <!-- page 3 -->: a converter's note, never shown
_TAGS = "span|a|div|p|sup|sub|b|i|u|strong|em|font|img|hr|center|small|mark|section"
_TAG = re.compile(  # <span id="page-3-0"></span>, <a id="annex-1"></a>: an anchor, never shown
    rf"</?(?:{_TAGS})(?:\s+[a-z][a-z-]*=(?:\"[^\"\n]*\"|'[^'\n]*'))*\s*/?>"
)  # (lower case, its attributes quoted: "<Danyan County … Plan>" is a title's brackets)


def inline_cuts(body: str) -> list[tuple[int, int]]:
    """The spans of ``body`` that are Markdown's marks, sorted, none inside another."""
    cuts: list[tuple[int, int]] = []
    if "\\" in body or "**" in body:  # (**首攬單位：** as words; an odd ** is written so)
        marks = _MARKS if body.count("**") % 2 == 0 else _ESCAPE
        cuts += [m.span() for m in marks.finditer(body)]
    if "*" in body:  # (*Time limit:* ongoing: emphasis, its words kept)
        for m in _EMPHASIS.finditer(body):
            cuts += [(m.start(), m.start() + 1), (m.end() - 1, m.end())]
    if "](" in body:  # ([Home](#) | [Service](#): a link's words, not its brackets and address)
        for m in _LINK.finditer(body):
            cuts += [(m.start(), m.start() + 1), (m.end(1), m.end())]
    if "<" in body:
        cuts += [m.span() for m in _COMMENT.finditer(body)]
        cuts += [m.span() for m in _TAG.finditer(body)]
    out: list[tuple[int, int]] = []
    for a, b in sorted(cuts):
        if not out or a >= out[-1][1]:
            out.append((a, b))
    return out


__all__ = ["inline_cuts"]
