"""Hard wraps: text cut at a fixed line width (copied out of a PDF page or an e-mail).

Such a text ends lines where the page did, not where the plan did: inside a name, a clause,
or just after an opening bracket, so that the next line may even open with what looks like a
marker.  This module finds the width a text was cut at (:func:`wrap_width`), tells a line cut
by it (:func:`cut_by_width`), a line that opens with the next of a paragraph's inline points
(:func:`goes_on_inline_points`), and a break the page did not make though no sentence closed
there (:func:`paragraph_ends`: an indent, a title over a sentence, a field's value ending a
body's name over a sentence); the block rules of :mod:`divplan.parsing.blocks` use them.
"""

from __future__ import annotations

import re

from divplan.parsing.lines import Line
from divplan.parsing.name_edges import ORG_ZH, ends_with_head
from divplan.parsing.name_tails import title_case

PAGE_WIDTH_CJK = 60  # the widest line a page or e-mail cuts Chinese text at, in characters
PAGE_WIDTH_LATIN = 120  # the same for text in Latin script
_CJK = re.compile(r"[\u3400-\u9fff]")


# a Chinese line that is a sentence of its own: no list word or name's end opening it, closed
_ZH_TASK = re.compile(r"^(?![等和及与])[\u4e00-\u9fff]{2}(?<![局委厅办部所])[^\n]*[。！；]$")

_ZH_NOTE = re.compile(r"^[（(][\u4e00-\u9fff]{2,20}[)）]$")
_NONE = "—－/／"  # a field's value saying there is nobody (跟棒单位：—)

_ENDS = tuple(')。.;；!！?？”"」')  # a line so ending ended; a colon may be cut mid-sentence


def cut_by_width(text: str, line: Line, width: int | None) -> bool:
    """Whether ``line`` was cut by the page width of a hard-wrapped text: as long as the width,
    and not ending a sentence or a bracket (the words go on on the next line); or, within a
    word of the width, ending in a short bracket of words ("each township (town)", 各乡（镇）,
    "A (lead)"): the next word did not fit, whatever the bracket is."""
    if width is None:
        return False
    if line.end - line.start >= width - _WORD and _QUALIFIER_END.search(text, line.start, line.end):
        return True  # (the next word, people's government, did not fit)
    return line.end - line.start >= width and text[line.end - 1] not in _ENDS


_WORD = 12  # a word the width left for the next line is this long at most
_QUALIFIER_END = re.compile(  # a bracket of one lower-case word or two characters ending a
    r"(?:\w \([a-z]+\)|[\u4e00-\u9fff]（[\u4e00-\u9fff]{1,2}）)$"  # line: a name's own ("(town)",
)  # 各乡（镇）) or a mark ("(lead)") the list goes on after, no clause's close


_LABEL_SHAPE = re.compile(r"[^:：;；\s][^:：;；\n]{0,30}[:：]")


def opens_like_field(text: str, line: Line) -> bool:
    """Whether ``line`` opens with a field label's shape (a few words and a colon: "Head-carry
    unit:", known to the lexicon or not)."""
    return _LABEL_SHAPE.match(text, line.start, line.end) is not None


def paragraph_ends(text: str, prev: Line, line: Line, first: Line) -> bool:
    """Whether the break after ``prev`` ends its paragraph, though ``prev`` closes no sentence:
    ``line`` opens by its indent (:func:`indent_opens`), or, in English, a sentence opens it
    ("Increase the …", not a name's words) under a title-case line that is its paragraph's
    first (``first``) and holds no list ("Division of Key Tasks for … the Silver Economy" /
    "Expand the supply of …": a title over the first task), or under a line ending a body's
    name when ``first`` opens like a field ("Head-carry unit: … / … National Health Commission"
    / "Increase …": a field's value over the next task; in a task's text a name may run on,
    "… Supervision and Administration / Commission takes …")."""
    if indent_opens(text, prev, line):  # (but a field's value set on under its label, hung:
        return not (  # "Second-chair agencies: A and B Municipal" / "    Construction …")
            opens_like_field(text, prev)
            and not opens_like_field(text, line)
            and text[prev.end - 1] not in ".;。；)）"
        )
    head, body = text[prev.start : prev.end], text[line.start : line.end]
    if (_CJK.search(head[-1:]) or head[-1:] in _NONE) and opens_like_field(text, prev) and (
        _ZH_TASK.match(body) or _ZH_NOTE.match(body)
    ):  # (…跟棒单位：市住建局 / 推进不动产登记…。: a field's value ending a body's name, or
        return ORG_ZH.search(head) is not None or head[-1:] in _NONE  # none, then a task's
        # sentence of its own, or a note in brackets: （此件公开发布）)
    if not (head[-1:].isascii() and head[-1:].isalnum() and body[:1].isupper()):
        return False
    words = body.split()  # (a sentence opens with a word and goes on in lower case:
    if not (len(words) > 2 and words[0].isalpha() and words[1].islower()):  # "Bureau; time
        return False  # limit: …" goes on with a name)
    if title_case(" ".join(words[:4])):
        return False  # ("Ministry of Finance, …": a list of names goes on)
    titled = prev.start == first.start and len(head.split()) >= 3 and title_case(head) and (
        not any(c in head for c in ",;:()")  # (a title is a paragraph's first line, no list)
    )
    return titled or (opens_like_field(text, first) and ends_with_head(head))


def indent_opens(text: str, prev: Line, line: Line) -> bool:
    """Whether ``line`` opens a paragraph by its indent: it is indented (two spaces or more, as
    a Chinese paragraph's 　　) and the line above it is not (a title over the first task's
    paragraph, 岐洛市…分工方案 / 　　全面整治…。).  A page-width wrap never indents its next line,
    and a text whose every line is indented says nothing by it."""
    return indent_of(text, line) >= 2 and indent_of(text, prev) == 0


def indent_of(text: str, line: Line) -> int:
    """How far ``line`` is set in: the spaces before its first character."""
    return line.start - (text.rfind("\n", 0, line.start) + 1)


def wrap_width(text: str, lines: list[Line]) -> int | None:
    """The length from which a line was cut by a fixed width (PDF, e-mail), or None.

    A text is hard-wrapped when many of its longer lines end near the same length: then a
    line at least 85 % of the longest usual line (the 95th percentile) was cut, not ended (in
    Latin script, a line at most a long word shorter than it: :func:`_ragged`).
    "Near" is narrow — within 8 % of that length for at least a third of the longer lines
    (18 % where lines are cut between words, as Latin script is: a long word moves whole) —
    and the length is one a page has, so that a text of long one-line paragraphs of varied
    length, or a table's rows, is not taken for one.
    """
    long_lines = [ln for ln in lines if ln.end - ln.start >= 20]
    chinese = [ln for ln in long_lines if _CJK.search(text, ln.start, ln.end)]
    if len(chinese) * 2 > len(long_lines):  # a Chinese text's width is its Chinese lines' (a
        long_lines = chinese  # site's breadcrumbs in Latin letters, "Home > News > …", set none)
    lengths = sorted(ln.end - ln.start for ln in long_lines)
    if len(lengths) < 10:
        return None
    usual = lengths[int(len(lengths) * 0.95) - 1]
    cut = int(usual * 0.85)
    full = sum(1 for n in lengths if n >= cut)
    sample = "".join(text[ln.start : ln.end] for ln in long_lines[:20])
    latin = sum(ch.isascii() for ch in sample) * 2 > len(sample)
    if usual > (PAGE_WIDTH_LATIN if latin else PAGE_WIDTH_CJK):
        return None  # wider than any page: table rows or one-line paragraphs
    near = usual - max(2, usual * (0.18 if latin else 0.08))
    band = sum(1 for n in lengths if near <= n <= usual)
    if full * 10 >= len(lengths) * 4 and band * 3 >= len(lengths):
        return _ragged(cut, usual, latin)
    return _crowded_width(lengths, latin)


_LATIN_WORD = 12  # a long word moves whole to the next line: a Latin line may end this short


def _ragged(cut: int, width: int, latin: bool) -> int:
    """The length from which a line counts as cut: 85 % of the width, and in Latin script at
    most a long word short of it (a text wrapped at 28 characters ends lines at 17)."""
    return min(cut, width - _LATIN_WORD) if latin else cut


_LONGER_SHARE = 0.15  # lines longer than the cut width: a title, a date line, a wide notice line


def _crowded_width(lengths: list[int], latin: bool) -> int | None:
    """The cut width when a few longer lines (a title, a notice's lines set wider) push the
    95th percentile above it: the length under which a third of the long lines crowd into the
    narrow band, with at most 15 % longer (PDF text a page of 26–27 characters cut)."""
    best: tuple[int, int] | None = None
    for length in sorted(set(lengths)):
        if length > (PAGE_WIDTH_LATIN if latin else PAGE_WIDTH_CJK):
            break
        near = length - max(2, length * (0.18 if latin else 0.08))
        band = sum(1 for n in lengths if near <= n <= length)
        if best is None or band > best[1]:
            best = (length, band)
    if best is None or best[1] * 3 < len(lengths):
        return None
    length = best[0]
    if sum(1 for n in lengths if n > length) > _LONGER_SHARE * len(lengths):
        return None
    cut = int(length * 0.85)
    full = sum(1 for n in lengths if n >= cut)
    return _ragged(cut, length, latin) if full * 10 >= len(lengths) * 4 else None


_DIGITS = re.compile(r"\d+")


def goes_on_inline_points(text: str, line: Line, start: int, end: int) -> bool:
    """Whether ``line`` opens with the next of the bracketed points written inside the running
    text of the block ``text[start:end]`` ("…（1）…；（2）…；" then "（3）…" at a line start: a
    cut, not a new item)."""
    marker = line.marker or ""
    if line.kind not in ("item", "subsection") or not line.number or line.number < 2:
        return False
    if not (marker.startswith("(") or marker.endswith(")")) or not _DIGITS.search(marker):
        return False
    before = _DIGITS.sub(str(line.number - 1), marker, count=1)
    at = text.find(before, start, end)
    own = _DIGITS.sub(str(line.number), marker, count=1)  # (written already after the point
    return (  # before it: "…: (1) …; (2) …; (3) …" then "(2) Perfect …" is no point of them)
        at > start and text[at - 1] != "\n" and text.find(own, at, end) < 0
    )  # (inside a line, not opening one)


_FIRST_POINT = re.compile(r"[ \t\u3000]*(?:First(?:ly)?\s*[,，]|一是)", re.IGNORECASE)
_NEXT_POINT = re.compile(r"[;；,，。.]\s*(?:second(?:ly)?\s*[,，]|二是)", re.IGNORECASE)
_POINTS_WITHIN = 240  # the second point stands this close after the first


def opens_inline_points(text: str, line: Line) -> bool:
    """Whether ``line`` opens with a first point ("First, …" / 一是…) whose second follows in
    the same paragraph ("…; second, …" / "…；二是…"): points written in the running text of
    the task above, which the page's width happened to cut before "First", not a heading."""
    if _FIRST_POINT.match(text, line.start) is None:
        return False
    stop = text.find("\n\n", line.start, line.start + _POINTS_WITHIN)
    stop = stop if stop >= 0 else line.start + _POINTS_WITHIN
    return _NEXT_POINT.search(text, line.start, stop) is not None


__all__ = [
    "PAGE_WIDTH_CJK",
    "PAGE_WIDTH_LATIN",
    "cut_by_width",
    "goes_on_inline_points",
    "indent_of",
    "indent_opens",
    "opens_inline_points",
    "opens_like_field",
    "paragraph_ends",
    "wrap_width",
]
