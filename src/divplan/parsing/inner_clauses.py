"""Inner clauses: who does a task, said inside its sentence between commas.

Why a module of its own: a prose plan may name the bodies in the middle of the task's sentence
(…重点支持冷链建设，由商务部牵头，发展改革委、财政部参加，逐步建立…网络。), neither in a bracket,
nor in fields, nor in the last sentence or the opening words that
:mod:`divplan.parsing.sentence_clauses` reads.  The run of comma-separated parts that opens
with 由 (by), or with a body's name after the sentence's first part (…工程，市水利局负责，…),
or a bracket set inside the sentence (…项目库（县计委带总，县经贸局协办），项目库实行…),
and is wholly a clause on that module's terms (every word understood or read by a
role's piece, every body known or organisation-shaped) is the clause; the sentence's other
words stay the task's.  An English task does the same with a whole sentence between others
("Rebuild Binhe Road. The Municipal Housing Bureau takes the lead, B to fit, before the end of
October 2013 to complete. During construction, …"): one that opens with a body's name, known
or a local one by its level word, and is wholly a clause.  Asked only of an item no other
reading found a clause in, and read ``inferred``, with a guess that says where the clause was
found.
"""

from __future__ import annotations

import re

from divplan.names.registry import Registry
from divplan.parsing.clause_text import ClauseReading, language
from divplan.parsing.deadlines import deadline_whole
from divplan.parsing.name_tails import local_name
from divplan.parsing.sentence_clauses import BY_OPENS, understood_clause
from divplan.parsing.sentence_ends import SENTENCE_END

_PARTS = re.compile(r"[，,。；;！？]")
_GUESS = "no bracket or field: the clause was read from the words inside the item's sentence"
_GUESS_BRACKET = "no closing bracket or field: the clause was read from a bracket inside the item"
_INNER_BRACKET = re.compile(r"[（(][^（）()\n]{2,80}[)）]")  # (one level, no bracket inside)
_NAME_FIRST = re.compile(r"[\u4e00-\u9fff]")  # a Chinese part may open with the body's name
_LEVEL_FIRST = "省市县区州盟旗乡镇各"  # (…: a local unit's name opens with its level, 市水利局)
_QUOTES = {"「": "」", "“": "”", "《": "》", "『": "』"}
_OWN_UNIT = re.compile(r"[\u4e00-\u9fff]{1,4}[司局办委厅处室]")
_MOST_PARTS = 4  # a clause inside a sentence runs over this many parts at most


def inner_clause(text: str, start: int, end: int, registry: Registry) -> ClauseReading | None:
    """The clause said between commas inside ``text[start:end]`` (see the module docstring),
    or None; the longest run of parts from a part opening with 由."""
    if language(text[start:end]) == "en":
        return _english_sentence(text, start, end, registry)
    for bracket in _INNER_BRACKET.finditer(text, start, end):  # (…项目库（A带总，B协办），…)
        at, stop = bracket.start() + 1, bracket.end() - 1
        reading = None if _quoted(text, start, at) else understood_clause(text, at, stop, registry)
        if reading is not None and reading.cued and _deadline_whole(text, reading) and (
            _named_first(reading, at)
        ):
            reading.reading = "inferred"
            reading.guesses.insert(0, _GUESS_BRACKET)
            return reading
    ends = [m.start() for m in _PARTS.finditer(text, start, end)] + [end]
    opens = [start] + [k + 1 for k in ends[:-1]]
    for n, part in enumerate(opens):
        if _quoted(text, start, part):
            continue  # (落实「…，由地方政府负责、…」的体制: words quoted, no clause)
        if (by := BY_OPENS.match(text, part, end)) is not None:
            at, by_word = by.end() - 1, True  # (a part opening with 由: 由A牵头, not 由于)
        elif n > 0 and _NAME_FIRST.match(text, part):
            at, by_word = part, False  # (…工程，市水利局负责，农村…: the body's name first)
        else:
            continue
        best: ClauseReading | None = None
        for stop in ends[n : n + _MOST_PARTS]:
            reading = understood_clause(text, at, stop, registry)
            if reading is not None and reading.cued and _deadline_whole(text, reading) and (
                by_word or _named_first(reading, at)
            ):
                best = reading
            if stop < end and text[stop] in "。；;！？":
                break
        if best is not None:
            best.reading = "inferred"
            best.guesses.insert(0, _GUESS)
            return best
    return None


def _english_sentence(
    text: str, start: int, end: int, registry: Registry
) -> ClauseReading | None:
    """A sentence after the task's first that is wholly a clause and opens with a body's name
    (the module docstring), or None."""
    stops = [m.start() for m in SENTENCE_END.finditer(text, start, end)]
    for at, stop in zip(stops, [*stops[1:], end], strict=False):  # (none: one sentence)
        at += 1
        while at < stop and text[at] in " \n":
            at += 1
        first = _ARTICLE.sub("", text[at : at + 80])
        if not first[:1].isupper():
            continue
        reading = understood_clause(text, at, stop, registry)
        if reading is None or not reading.cued or not _deadline_whole(text, reading):
            continue
        named = sorted(reading.leads + reading.participants, key=lambda r: r.span[0])
        if not named or not (named[0].known or local_name(named[0].mention)):
            continue
        if text[at : named[0].span[0]].strip() not in ("", "The", "the"):
            continue  # (its first words name the body: "The County Water Bureau is …")
        reading.reading = "inferred"
        reading.guesses.insert(0, _GUESS)
        return reading
    return None


_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)


def _named_first(reading: ClauseReading, at: int) -> bool:
    """Whether the reading's first body is named right at ``at`` and is a known body or a local
    unit by its level word (市水利局负责): a part that opens with a task's verb names no one
    first (推动金融机构加大…)."""
    named = sorted(reading.leads + reading.participants, key=lambda r: r.span[0])
    first = named[0] if named else None
    return first is not None and first.span[0] == at and (
        first.known or first.mention[:1] in _LEVEL_FIRST or bool(_OWN_UNIT.fullmatch(first.mention))
    )  # (…管理。医政司负责，…: a ministry's own department, short and named by its kind)


def _quoted(text: str, start: int, at: int) -> bool:
    """Whether ``at`` stands inside quotation marks opened after ``start``."""
    return any(text.count(o, start, at) > text.count(c, start, at) for o, c in _QUOTES.items())


def _deadline_whole(text: str, reading: ClauseReading) -> bool:
    """Whether the reading's deadline, if any, is a deadline whole (2009年底前完成), not the
    task going on after the clause (逐步建立…网络, 定期发布…信息: words a deadline may open)."""
    return reading.deadline is None or deadline_whole(text[slice(*reading.deadline)])


__all__ = ["inner_clause"]
