"""Layout lines: lines of a text that are its layout, not its content, for the normaliser
(:mod:`divplan.parsing.normalise`, guarantee 3) to drop and report.

Why a module of its own: whether a blank line is a paragraph break, and whether a line of
symbols says anything, are decided from the lines around, not from the line itself:

- a page break that cuts a sentence takes the blank lines around it (it is no paragraph break);
- a text pasted with a blank line after every line (a chat article's copy, where each line of
  the page became a paragraph) loses the blank lines after lines the page's width cut inside
  a sentence, so that a wrapped clause is one again — only when nearly every line is set
  apart that way;
- a line of ornaments only (◆ ◆ ◆, ▲, ★★★: characters of Unicode's "other symbol" class) is
  dropped like page furniture, and an ornament before a heading's marker (■ Ⅰ. …) is blanked
  so that the marker opens the line (:func:`ornament_prefix`, used with Markdown's marks).
"""

from __future__ import annotations

import re
import unicodedata

from divplan.read.cells import SECTION_MARK, SUB_MARK

SENTENCE_CLOSERS = tuple("。.;；!！?？)）:：”\"」")
_SPACED_SHARE = 0.8  # of a text's lines followed by one blank line, for the blanks to be spacing
_SPACED_LEAST = 12  # lines: a short text's blank lines say nothing of its layout
_CUT_SHARE = 0.8  # of the long lines' length: a line cut by the page's width (a heading is short)


def cut_sentence_blanks(lines: list[tuple[int, str]], drop: set[int]) -> set[int]:
    """Blank lines around a page break that cuts a sentence (…（发展改革委牵头，国土 / — 2 — /
    资源部…参加）): the page break is not a paragraph break, so they go with the page line."""
    out: set[int] = set()
    for i in sorted(drop):
        prev = i - 1
        while prev >= 0 and (prev in drop or not lines[prev][1].strip()):
            prev -= 1
        if prev < 0 or lines[prev][1].rstrip().endswith(SENTENCE_CLOSERS):
            continue
        j = i - 1
        while j > prev:
            if not lines[j][1].strip():
                out.add(j)
            j -= 1
        j = i + 1
        while j < len(lines) and (j in drop or not lines[j][1].strip()):
            if not lines[j][1].strip():
                out.add(j)
            j += 1
    return out


def spaced_paste_blanks(lines: list[tuple[int, str]]) -> set[int]:
    """The blank lines of a text set with a blank line after nearly every line (a chat paste)
    that follow a line cut by the page's width (as long as the long lines) that closes no
    sentence, or ends inside an open bracket (a clause cut after its 完成时限：): line spacing,
    not paragraph breaks.  A Markdown text, one paragraph a line, has blank lines after short
    headings and after lines that close their sentences: they stay."""
    full = [i for i, (_, body) in enumerate(lines) if body.strip()]
    if len(full) < _SPACED_LEAST:
        return set()
    spaced = [
        i
        for i in full
        if i + 2 < len(lines) and not lines[i + 1][1].strip() and lines[i + 2][1].strip()
    ]
    if len(spaced) < _SPACED_SHARE * (len(full) - 1):
        return set()
    spaced_at = set(spaced)
    lengths = sorted(len(lines[i][1].strip()) for i in full)
    cut = _CUT_SHARE * lengths[int(len(lengths) * 0.9)]  # a line this long was cut by the width
    out: set[int] = set()
    depth = 0  # brackets open at the end of each line
    for i, (_, body) in enumerate(lines):
        opened = sum(body.count(c) for c in "(（") - sum(body.count(c) for c in ")）")
        depth = max(0, depth + opened)
        goes_on = not body.rstrip().endswith(SENTENCE_CLOSERS)
        if i in spaced_at and (depth or (goes_on and len(body.strip()) >= cut)):
            out.add(i + 1)
    return out


_ORNAMENT_PREFIX = re.compile(r"^[ ]*([^\w\s(（])[ ]+")


def ornament_prefix(line: str) -> int:
    """How long an ornament before a heading's marker is (■ Ⅰ. …, ◆ 一、…: 0 when none): the
    heading's marker must open the line."""
    m = _ORNAMENT_PREFIX.match(line)
    if m is None or unicodedata.category(m.group(1)) != "So":
        return 0
    rest = line[m.end() :]
    return m.end() if SECTION_MARK.match(rest) or SUB_MARK.match(rest) else 0


def ornament_lines(lines: list[tuple[int, str]]) -> set[int]:
    """Lines of ornaments only (◆ ◆ ◆, ▲): symbols and spaces, no word, number or mark."""
    return {
        i
        for i, (_, body) in enumerate(lines)
        if body.strip()
        and all(ch.isspace() or unicodedata.category(ch) == "So" for ch in body)
    }


__all__ = [
    "SENTENCE_CLOSERS",
    "cut_sentence_blanks",
    "ornament_lines",
    "ornament_prefix",
    "spaced_paste_blanks",
]
