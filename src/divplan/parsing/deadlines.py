"""Deadlines: tell a deadline (（2025年3月底前完成）, "by mid-2022", 持续推进) from a clause.

Why a module of its own: a deadline is written in three places — its own bracket after the
clause, a segment inside the clause after a comma or semicolon, a labelled field (完成时限：) —
and in each the same question is asked, so it is answered once, from the data file
``lexicon/deadlines.tsv``.  A deadline never names a department; the caller checks that.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from divplan.parsing.clause_text import prepare, simplify
from divplan.parsing.cues import ROLE_KINDS, scan
from divplan.parsing.lexicon_files import lang_patterns, word_lists
from divplan.parsing.name_edges import org_shaped
from divplan.parsing.remarks import is_remark
from divplan.parsing.role_guesses import role_cut

_MAX_LEN = {"zh": 40, "en": 90}
_CJK = re.compile(r"[\u3400-\u9fff]")
# a document number (国发〔2015〕24号, Guo Fa [2015] No. 24) holds a year but is never a deadline
DOC_NUMBER = re.compile(
    r"[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*(?:No\.?\s*)?(?:第\s*)?\d{1,4}\s*号?",
    re.IGNORECASE,
)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    by_lang = lang_patterns("deadlines.tsv")
    return {k: re.compile("|".join(v), re.IGNORECASE) for k, v in by_lang.items()}


@lru_cache(maxsize=8192)  # bounded; the same names and segments are asked about many times a plan
def deadline_like(segment: str) -> bool:
    """True when ``segment`` (simplified Chinese or English) reads as a deadline phrase.

    Short, and a deadline pattern is found in it.  Names and role cues are the caller's
    concern: a segment holding either is never a deadline.
    """
    s = segment.strip().strip("()（）.。;；,，").strip()
    if not s:
        return False
    lang = "zh" if _CJK.search(s) else "en"
    if len(s) > _MAX_LEN[lang] or DOC_NUMBER.search(s):
        return False
    return bool(_patterns()[lang].search(s))


def deadline_first(segment: str) -> bool:
    """True when ``segment`` reads as a deadline that *opens* with its deadline phrase.

    Stricter than :func:`deadline_like`, for a segment in the middle of a clause
    (（A牵头，2014年底前完成；B配合）): 各市人民政府2014年底前完成 opens with names, not a deadline.
    """
    return _opens_with_deadline(_plain(segment))


def _plain(segment: str) -> str:
    """``segment`` without its edge punctuation, in simplified forms (持續推進: the lexicon's
    forms are simplified)."""
    return simplify(segment.strip().strip("()（）.。;；,，—－–").strip())


def _opens_with_deadline(s: str) -> bool:
    """:func:`deadline_first` of a segment already made :func:`_plain`."""
    if not deadline_like(s):
        return False
    lang = "zh" if _CJK.search(s) else "en"
    if lang == "en":  # ("To land by the end of 2023": the done word, then the date)
        s = _done()["en_first"].sub("", s)
    return _patterns()[lang].match(s) is not None


def deadline_whole(segment: str) -> bool:
    """True when the whole of ``segment`` is a deadline: it opens with a deadline phrase and is
    that phrase, or ends with a year ("by the end of June 2024"), not "in 2013 inspections"."""
    s = _plain(segment)
    if not _opens_with_deadline(s):  # (simplified once)
        return False
    lang = "zh" if _CJK.search(s) else "en"
    if lang == "en":  # ("before National Day to complete": 国庆节前完成, word for word;
        s = _done()["en_first"].sub("", _done()["en"].sub("", s))  # "To land by the end of
        # 2023": 2023年底前落地, the done word first)
    else:  # (2020年10月底前完成, 2020年入汛前完成: the date, then done; a line's end inside)
        done = _done()["zh"].search(s)
        if done and not _SPACE.search(s) and 0 < deadline_prefix(s) == done.start():
            return True  # (only a date closed by its 完成: a bare date stays to the patterns)
    return _patterns()[lang].fullmatch(s) is not None or _YEAR_END.search(s) is not None


_YEAR_END = re.compile(r"(?:19|20)\d{2}$")
_SPACE = re.compile(r"\s")


@cache
def _done() -> dict[str, re.Pattern[str]]:
    """A date's closing "done" word (``zh_done``/``en_done`` of ``name_words.tsv``), at the end;
    in English also first, after "to (be)" and before the date ("To be in place by …")."""
    words = word_lists("name_words.tsv")

    def alternation(kind: str) -> str:
        return "|".join(re.escape(w) for w in sorted(words[kind], key=len, reverse=True))

    return {
        "zh": re.compile(rf"(?<=[前底内末])(?:{alternation('zh_done')})$"),
        "en": re.compile(rf"\s+(?:to\s+(?:be\s+)?)?(?:{alternation('en_done')})$", re.IGNORECASE),
        "en_first": re.compile(
            rf"^(?:to\s+(?:be\s+)?)?(?:{alternation('en_done')})\s+(?=(?:by|before|within|no\s+later\s+than)\s)",
            re.IGNORECASE,
        ),
    }


def deadline_prefix(segment: str) -> int:
    """How long the date phrase opening ``segment`` is (2012年底前 in 2012年底前建立…; 0: none).
    Only a phrase with a year or a month, closed by 前, 底 or 月: a date that dates a task."""
    m = _DATE_PREFIX.match(simplify(segment))  # (same length: 汛期結束前 as 汛期结束前)
    return m.end() if m else 0


_DATE_LEAD = "|".join(sorted(word_lists("name_words.tsv")["zh_date_lead"], key=len, reverse=True))
_DATE_PREFIX = re.compile(  # (最迟不晚于2019年6月底: words opening a date phrase, data)
    rf"(?:{_DATE_LEAD})?(?:"
    r"(?:(?:1\s?9|2\s?0)\s?\d\s?\d\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?"
    r"|\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|年内|年底)(?:份|中旬|上旬|下旬)?"  # (…10月1日前)
    r"\s*(?:底|末)?\s*(?:以?前|之前)"  # (a line cut anywhere: 2017年10月底⏎前完成)
    r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:底|末)?(?=[，,、；;]|$)"
    r"|每(?:年|季度|季|月|半年|周)(?:\d{1,2}月(?:底|末)?(?:以?前)?)?"
    r"|(?:19|20)\d{2}\s*年[\u4e00-\u9fff]{1,6}?(?:以?前|之前)(?![期置沿瞻提])"  # 秋季学期开学前,
    r"|[\u4e00-\u9fff]{1,4}(?:结束|开始|到来|来临|启动|开工|竣工)(?:以?前|之前)"  # (汛期结束前)
    r")"  # 汛前, 供暖季前: a season or an event of the year (not 前期, 前置: a word holding 前)
)


def closes_date(text: str, at: int) -> bool:
    """Whether the word at ``at`` closes the date phrase its part of ``text`` opens with
    (2009年6月底前|落实, 2019年底前|完成): the deadline's own verb, never a role word."""
    start = max(text.rfind(p, 0, at) for p in "，,、；;（(") + 1
    while start < at and text[start] in " \u3000":
        start += 1
    return at > start and deadline_prefix(text[start:at]) == at - start


def deadline_start(segment: str) -> int:
    """Where the first deadline phrase in ``segment`` begins (0 when none is found)."""
    lang = "zh" if _CJK.search(segment) else "en"
    m = _patterns()[lang].search(segment)
    return m.start() if m else 0


_LIST_PUNCT = re.compile(r"[、，,;；]")


def is_deadline(text: str) -> bool:
    """True for a parenthesised deadline such as （2019年底前完成） or (Ongoing.): a deadline
    phrase that names no department and uses no role word (（A局、B行，2022年底前） is a clause)."""
    body = prepare(text, 0, len(text)).text.strip().strip("()（）").strip()
    if not body or not deadline_like(body) or org_shaped(body) or is_remark(body):
        return False
    pieces = _LIST_PUNCT.split(body)  # names before the deadline
    if len(pieces) > 1 and any(_names_a_body(p) and not deadline_like(p) for p in pieces):
        return False
    return not any(
        c.kind in ROLE_KINDS and c.kind != "resp_before" and not closes_date(body, c.start)
        for c in scan(body)
    )


def _names_a_body(piece: str) -> bool:
    """A body's name, alone or with a few role words after it in a phrasing the lexicon lacks
    (（市场运行司打先锋，2005年9月底前） is a clause whose lead is guessed, no deadline): the cut
    the role guesses make (:func:`divplan.parsing.role_guesses.role_cut`)."""
    piece = piece.strip()
    return org_shaped(piece) or (
        _CJK.search(piece) is not None
        and (
            role_cut(piece, 0, len(piece), lambda k: org_shaped(piece[:k])) is not None
            or any(  # (（市住建局一身担之，…）: a name, then a few words no role piece holds)
                org_shaped(piece[:k]) and not any(c.isdigit() for c in piece[k:])
                for k in range(max(3, len(piece) - _FEW_AFTER_NAME), len(piece))
            )
        )
    )


_FEW_AFTER_NAME = 6  # the words of a phrasing the lexicon lacks after a body's name, at most


__all__ = [
    "DOC_NUMBER",
    "closes_date",
    "deadline_first",
    "deadline_like",
    "deadline_start",
    "deadline_whole",
    "is_deadline",
]
