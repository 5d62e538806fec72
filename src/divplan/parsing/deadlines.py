"""Deadlines: tell a deadline (（2025年3月底前完成）, "by mid-2022", 持续推进) from a clause.

Why a module of its own: a deadline is written in three places — its own bracket after the
clause, a segment inside the clause after a comma or semicolon, a labelled field (完成时限：) —
and in each the same question is asked, so it is answered once, from the data file
``lexicon/deadlines.tsv``.  A deadline never names a department; the caller checks that.
"""

from __future__ import annotations

import re
from functools import cache

from divplan.parsing.lexicon_files import lang_patterns

_MAX_LEN = {"zh": 40, "en": 90}
_CJK = re.compile(r"[\u3400-\u9fff]")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    by_lang = lang_patterns("deadlines.tsv")
    return {k: re.compile("|".join(v), re.IGNORECASE) for k, v in by_lang.items()}


def deadline_like(segment: str) -> bool:
    """True when ``segment`` (simplified Chinese or English) reads as a deadline phrase.

    Short, and a deadline pattern is found in it.  Names and role cues are the caller's
    concern: a segment holding either is never a deadline.
    """
    s = segment.strip().strip("()（）.。;；,，").strip()
    if not s:
        return False
    lang = "zh" if _CJK.search(s) else "en"
    if len(s) > _MAX_LEN[lang]:
        return False
    return bool(_patterns()[lang].search(s))


__all__ = ["deadline_like"]
