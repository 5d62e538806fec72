"""Run-together lines: where to break a line whose line breaks were lost (normaliser rule 4).

Why a module of its own: the evidence is of two kinds, both about what a plan looks like when
its line breaks are gone (a web page's text node, a copy that lost its returns): a marker right
after a clause's closing bracket ("…(MOF) 2. …"), or a heading running into a task; and, in a
work report's 分工, sentences that each close with their own clause in one paragraph
(…。（A负责）B…。（C负责）).  :func:`run_together` returns the offsets to break before; the
normaliser inserts the line breaks and keeps its offset map.
"""

from __future__ import annotations

import re

from divplan.parsing.clause_text import simplify
from divplan.parsing.cues import ROLE_KINDS, find_label, scan
from divplan.parsing.deadlines import deadline_like

# a marker inside a line, after a space or a closing mark (on the already translated text)
_INLINE_MARKER = re.compile(
    r"(?<=[ )。.;])(?=(?:\d{1,3}(?:\.(?!\d)|、)|\([一二三四五六七八九十\d]{1,3}\)"
    r"|[一二三四五六七八九十]{1,3}、|[IVX]{1,4}\.[ ]|[\u2460-\u2473]|[二三四五六七八九十]{1,2}是))"
)  # … ① ② (circled numbers), 二是 三是 (一是 opens the line) too
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
    cuts = [m.start() for m in _INLINE_MARKER.finditer(line) if m.start() > 0]
    cuts = [c for c in cuts if line[:c].strip()]
    clauses = _after_clauses(line)
    if not cuts:
        return clauses
    after_clause = any(line[:c].rstrip(" ;,")[-1:] in _AFTER_CLAUSE for c in cuts)  # "…(A); 2."
    heading_then_task = bool(_HEADING_START.match(line)) and line.rstrip().endswith(")")
    return sorted(set(cuts + clauses)) if after_clause or heading_then_task else clauses


_NOTE = re.compile(r"\s*(?:其中|注|备注|说明|另|以上|上述|Note|Of which)")
_NEXT_SENTENCE = re.compile(r"\s*(?=[\u4e00-\u9fffA-Z“\"])")
_OPENS_AFTER_END = re.compile(r"[。.;；]\(")  # the only brackets that can close a sentence's clause


def _after_clauses(line: str) -> list[int]:
    """Where a new task starts right after a clause inside one paragraph: a work report's
    分工 writes …赤字率提高到3%。（财政部负责）全面实施营改增…。（财政部、税务总局负责） — a
    sentence, its clause in brackets, the next sentence.  Only a bracket that follows a
    sentence's end and holds a role word (the lexicon's) counts."""
    if _OPENS_AFTER_END.search(line) is None:  # most lines: no walk at all (the hot path)
        return []
    out: list[int] = []
    depth, opened = 0, -1
    for i, ch in enumerate(line):
        if ch == "(":
            depth += 1
            if depth == 1:
                opened = i
        elif ch == ")" and depth:
            depth -= 1
            if depth or opened < 1 or line[opened - 1] not in "。.;；":
                continue
            nxt = _NEXT_SENTENCE.match(line, i + 1)
            if nxt is None or nxt.end() >= len(line) or not line[nxt.end() :].strip():
                continue
            body = simplify(line[opened + 1 : i])
            after = re.split(r"[。.(（]", line[nxt.end() :], maxsplit=1)[0]
            if deadline_like(simplify(after)) or _NOTE.match(after) or find_label(after):
                continue  # …（A负责）2024年底前完成。: the clause's deadline, not a next task
            if any(c.kind in ROLE_KINDS for c in scan(body)):
                out.append(nxt.end())
    return out


__all__ = ["run_together"]
