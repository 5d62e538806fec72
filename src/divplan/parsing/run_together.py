"""Run-together lines: where to break a line whose line breaks were lost (normaliser rule 4).

Why a module of its own: the evidence is of two kinds, both about what a plan looks like when
its line breaks are gone (a web page's text node, a copy that lost its returns): a marker right
after a clause's closing bracket ("…(MOF) 2. …"), or a heading running into a task; and, in a
work report's 分工, sentences that each close with their own clause in one paragraph
(…。（A负责）B…。（C负责）).  :func:`run_together` returns the offsets to break before; the
normaliser inserts the line breaks and keeps its offset map.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Callable

from divplan.parsing.clause_text import simplify
from divplan.parsing.cues import ROLE_KINDS, find_label, scan
from divplan.parsing.deadlines import deadline_first
from divplan.parsing.numerals import marker_value, word_number

# a marker inside a line, after a space or a closing mark (on the already translated text)
# (the closing mark is matched, not looked behind at: a pattern that opens with a character set
# is searched for that set; one that opens with a look-behind is tried at every position)
_INLINE_MARKER = re.compile(
    r"[ )。.;](?=(?:\d{1,3}(?:\.(?!\d)|、)|\([一二三四五六七八九十\d]{1,3}\)"
    r"|[一二三四五六七八九十]{1,3}、|[IVX]{1,4}\.[ ]|[\u2460-\u2473]|[二三四五六七八九十]{1,2}是))"
)  # … ① ② (circled numbers), 二是 三是 (一是 opens the line) too
_FIRST_POINT = re.compile(r"[。.:](?=一是)")  # the first point after a heading's sentence
_AFTER_CLAUSE = ")"  # a clause's closing bracket: 。 alone may precede inline points （1）
_HEADING_START = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十\d]{1,3}部分|[IVX]{1,4}\.[ ]"
    r"|\([一二三四五六七八九十\d]{1,3}\)|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh"
    r"|Eighth|Ninth|Tenth),)"
)


def run_together(line: str) -> list[int]:
    """Where to break a line whose line breaks were lost (see guarantee 4), or nowhere.

    Evidence that breaks were lost: a marker right after a clause's closing bracket
    ("…(MOF) 2. …"), or a heading whose line goes on into a task that closes with a clause
    ("II. Heading 5. Task (MOF)").  Markers after 。 or ： alone are points inside an item.
    """
    first = len(line) - len(line.lstrip())  # a cut needs text before it
    cuts = [m.end() for m in _INLINE_MARKER.finditer(line) if m.end() > first]
    clauses = sorted({*_after_clauses(line), *ordinal_points(line)})
    first_point = _FIRST_POINT.search(line)  # 一、标题。一是…（A负责）；二是…: the heading's
    if first_point is not None and _HEADING_START.match(line):  # first point opens a line
        clauses = sorted({first_point.end(), *clauses})  # (its title ends at its 。)
    if not cuts:
        return clauses
    after_clause = any(line[:c].rstrip(" ;,")[-1:] in _AFTER_CLAUSE for c in cuts)  # "…(A); 2."
    heading_then_task = bool(_HEADING_START.match(line)) and line.rstrip().endswith(")")
    if after_clause or heading_then_task or _each_point_closes_with_a_clause(line, cuts):
        return sorted(set(cuts + clauses))
    return clauses


_FIRST_MARKER = re.compile(
    r"[ \t\u3000]*(?:\d{1,3}(?:\.(?!\d)|、)|\([一二三四五六七八九十\d]{1,3}\)|[\u2460-\u2473]|一是)"
)
_CORE = re.compile(r"[ \t\u3000(]*([一二三四五六七八九十\d\u2460-\u2473]{0,3})")  # its number
_CJK = re.compile(r"[\u3400-\u9fff]")
_TAIL_PARTS = 3  # a point's clause: among its last comma-parts (由A牵头，B配合，6月底前完成)


_FIRST_ORDINAL = re.compile(r"\s*(?:First|Firstly),[ \t]")
_NEXT_ORDINAL = re.compile(r"(?<=[.;])[ \t]+([A-Z][a-z]+),[ \t]")


def ordinal_points(line: str) -> list[int]:
    """Where each next point starts in a paragraph of English points written in a row ("First,
    Task. A takes the lead, B cooperates. Time limit: … Second, Task. …", 一是…二是… rendered):
    after a sentence's end, an ordinal word counting on from the paragraph's opening "First,",
    when every point holds a role word of the lexicon (each its own task and clause)."""
    if _FIRST_ORDINAL.match(line) is None:
        return []
    cuts: list[int] = []
    for m in _NEXT_ORDINAL.finditer(line):
        if word_number(m.group(1)) == len(cuts) + 2:
            cuts.append(m.start(1))
    bounds = [0, *cuts, len(line)]
    if not cuts or not all(
        any(c.kind in ROLE_KINDS for c in scan(line[a:b])) for a, b in itertools.pairwise(bounds)
    ):
        return []
    return cuts


def _each_point_closes_with_a_clause(line: str, cuts: list[int]) -> bool:
    """Whether the points written in one line (一是…，由A牵头，B配合，6月底前完成；二是…) each
    close with a clause of their own, unbracketed: the line opens with the first point's marker
    and every point's last comma-parts hold a role word of the lexicon.  Points that share one
    clause at the end (一是…；二是…。（A牵头）) are one task's."""
    if not _FIRST_MARKER.match(line) or not _CJK.search(line):
        return False  # (a Chinese paragraph's form: an English task's verb, "Support …", and
    cores = [_CORE.match(line, at) for at in [0, *cuts]]
    values = [marker_value(m.group(1)) if m else None for m in cores]
    if any(b != a + 1 for a, b in itertools.pairwise(values) if a is not None):  # (its
        return False  # deadline's "by" read as role words; points count on: 1. … 1. is none)
    bounds = [0, *cuts, len(line)]
    for a, b in itertools.pairwise(bounds):
        parts = re.split(r"[,，]", line[a:b].rstrip(" ;；。.").strip())
        tail = simplify(",".join(parts[-_TAIL_PARTS:]))
        if len(parts) < 2 or not any(c.kind in ROLE_KINDS for c in scan(tail)):
            return False
    return True


_NOTE = re.compile(r"\s*(?:其中|注|备注|说明|另|以上|上述|Note|Of which)")
_NEXT_SENTENCE = re.compile(r"\s*(?=[\u4e00-\u9fffA-Z“\"])")
_OPENS_AFTER_END = re.compile(r"[。.;；]\(")  # the only brackets that can close a sentence's clause
_BRACKET = re.compile(r"[()]")
_MARKER_END = re.compile(r"(?<![\d.])(?:\d{1,3}|[一二三四五六七八九十]{1,3})\.\Z")


def _marker_before(line: str, at: int) -> bool:
    """Whether an item's marker (2.) ends right before ``at`` (…。2.(A牵头)… in a paragraph
    whose lines were joined: the dot is the marker's, no sentence's end)."""
    return _MARKER_END.search(line, 0, at) is not None


def _after_clauses(line: str) -> list[int]:
    """Where a new task starts right after a clause inside one paragraph: a work report's
    分工 writes …赤字率提高到3%。（财政部负责）全面实施营改增…。（财政部、税务总局负责） — a
    sentence, its clause in brackets, the next sentence.  Only a bracket that follows a
    sentence's end and holds a role word (the lexicon's) counts."""
    if _OPENS_AFTER_END.search(line) is None:  # most lines: no walk at all (the hot path)
        return []
    out: list[int] = []
    depth, opened = 0, -1
    for bracket in _BRACKET.finditer(line):  # (the brackets only: the rest is not looked at)
        i, ch = bracket.start(), bracket.group()
        if ch == "(":
            depth += 1
            if depth == 1:
                opened = i
        elif ch == ")" and depth:
            depth -= 1
            if depth or opened < 1 or line[opened - 1] not in "。.;；":
                continue
            if _marker_before(line, opened):  # 2.(A牵头，B配合)task: a marker's dot, no
                continue  # sentence's end before it: the clause opens the task
            nxt = _NEXT_SENTENCE.match(line, i + 1)
            if nxt is None or nxt.end() >= len(line) or not line[nxt.end() :].strip():
                continue
            body = simplify(line[opened + 1 : i])
            after = re.split(r"[。.(（]", line[nxt.end() :], maxsplit=1)[0]
            if deadline_first(simplify(after)) or _NOTE.match(after) or find_label(after):
                continue  # …（A负责）2024年底前完成。: the clause's deadline, not a next task
            if any(c.kind in ROLE_KINDS for c in scan(body)):
                out.append(nxt.end())
    return out


_SENTENCE_END = tuple("。.;；")
_TIGHT = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef()]")


def _crosses(line: str, nxt: str) -> bool:
    """Whether a clause may cross from ``line`` into ``nxt``: a sentence ends one and a bracket
    opens the other, or ``line`` leaves a bracket open."""
    if line.rstrip().endswith(_SENTENCE_END) and nxt.lstrip()[:1] in ("(", "（"):
        return True
    return line.count("(") + line.count("（") > line.count(")") + line.count("）")


def paragraph_cuts(lines: list[str], translate: Callable[[str], str]) -> dict[int, list[int]]:
    """Where a new task starts after a clause that crosses a line end inside a paragraph:
    line index → offsets in that line.

    A hard-wrapped work report (text copied out of a PDF) cuts …提高到3%。 | （财政部负责）全面实施…
    at the page width, so the per-line rule of :func:`run_together` never sees the sentence's end
    and its bracket together.  Only paragraphs (runs of non-blank lines) with a
    line end that a clause may cross are joined and walked; ``translate`` gives a line as the
    normaliser maps it (ASCII brackets) with its length unchanged.  English points written in a
    row ("First, … Second, …", :func:`ordinal_points`) are walked from the line their "First,"
    opens to the paragraph's end or the next heading's line.
    """
    out: dict[int, list[int]] = {}
    points = any(_FIRST_ORDINAL.match(line) for line in lines)  # ("First, …" points in a row)
    if not points and not any("(" in line or "（" in line for line in lines):
        return out  # no clause in brackets anywhere: nothing can cross a line end
    i, n = 0, len(lines)
    while i < n:
        if not lines[i].strip():
            i += 1
            continue
        j = i
        while j + 1 < n and lines[j + 1].strip():
            j += 1
        if j > i and any(_crosses(lines[k], lines[k + 1]) for k in range(i, j)):
            _cut(lines, i, j, translate, _after_clauses, out)
        for k in range(i, j) if points else ():
            if _FIRST_ORDINAL.match(lines[k]):
                m = next((m for m in range(k + 1, j + 1) if _HEADING_START.match(lines[m])), j + 1)
                _cut(lines, k, m - 1, translate, ordinal_points, out)
        i = j + 1
    return out


def _cut(
    lines: list[str],
    i: int,
    j: int,
    translate: Callable[[str], str],
    where: Callable[[str], list[int]],
    out: dict[int, list[int]],
) -> None:
    """Lines ``i``–``j`` joined, the cuts ``where`` finds in them mapped back to their lines."""
    starts: list[int] = []  # where each line's text (indent stripped) starts, joined
    indents: list[int] = []
    parts: list[str] = []
    at = 0
    for k in range(i, j + 1):
        body = translate(lines[k])
        text = body.lstrip(" \t\u3000")
        tight = not parts or _TIGHT.match(parts[-1][-1:] or " ") or _TIGHT.match(text[:1])
        if not tight:
            parts.append(" ")
            at += 1
        starts.append(at)
        indents.append(len(body) - len(text))
        parts.append(text)
        at += len(text)
    for cut in where("".join(parts)):
        k = bisect_right(starts, cut) - 1
        offset = cut - starts[k] + indents[k]
        if offset > indents[k] and offset not in out.get(i + k, []):  # at a line's start the
            out.setdefault(i + k, []).append(offset)  # line already breaks there


__all__ = ["paragraph_cuts", "run_together"]
