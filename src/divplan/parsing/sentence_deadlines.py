"""The deadline part closing a clause sentence: kept, cut to its date phrase, or dropped.

Why apart from :mod:`divplan.parsing.sentence_clauses`: a sentence's last comma part after its
role words may be a deadline whole (全年, "to be wrapped up by the end of 2003"), a date phrase
running on into the task's words (2014年底前出台…意见), or the task's own words; these rules say
which, for the sentence reader and its comma-tail reading alike.
"""

from __future__ import annotations

import re

from divplan.parsing.clause_text import ClauseReading
from divplan.parsing.deadlines import deadline_first, deadline_prefix, is_deadline
from divplan.parsing.sentence_ends import SENTENCE_END

_CJK = re.compile(r"[\u3400-\u9fff]")
_TASK_LIKE = 12  # a "deadline" part this long with no date opening it is the task's text
_TASK_WORDS = 4  # an English "deadline" part of more words with no date opening it: the task's
_TO_BE = re.compile(  # ("to be implemented throughout the year", "to be wrapped up by …": a
    r"^\s*to\s+be\s+[a-z]+(?:ed|en|ne)\s+(?:(?:out|up|through|off)\s+)?", re.IGNORECASE
)  # deadline kept whole, as "to be completed by …" is)
_VERB_TAIL = 8  # a date phrase's own words after it (完成, 下达建设项目): longer is the task's text


def task_after(text: str, reading: ClauseReading) -> bool:
    """Whether the deadline part closing ``reading`` goes on into a task (A牵头，B配合，
    2012年底前完成主要商圈改造): the date phrase with more than a verb after it, or none — unless
    the part is a deadline whole (全年, 长期坚持, 6月中旬: no date phrase opens it)."""
    if reading.deadline is None:
        return False
    ds, de = reading.deadline
    phrase = deadline_prefix(text[ds:de])
    if not phrase:
        return de - ds > _VERB_TAIL or not is_deadline(text[ds:de])
    return len(text[ds + phrase : de].replace("\n", "")) > _VERB_TAIL


def bare_deadline(text: str, reading: ClauseReading) -> None:
    """A sentence's deadline part that goes on into the task (…协抓，2014年底前出台…意见 /
    每年组织开展抽查) is cut to the date phrase opening it; a long one with none is no deadline
    (分年度改善…设备)."""
    if reading.deadline is None:
        return
    ds, de = reading.deadline
    phrase = deadline_prefix(text[ds:de])
    tail = len(text[ds + phrase : de].replace("\n", ""))  # (a line break is no word of it)
    if phrase and tail > _VERB_TAIL:  # (2023年底前完成: the phrase, whole)
        reading.deadline = (ds, ds + phrase)
    elif not phrase and de - ds > _TASK_LIKE and (
        _CJK.search(text, ds, de)
        or (
            len(text[ds:de].split()) > _TASK_WORDS
            and not deadline_first(_TO_BE.sub("", text[ds:de]))
        )
    ):  # ("Publish the energy figures each quarter, with A taking the lead": the task's words)
        reading.deadline = None


_LAST_SENTENCE = {"zh": 30, "en": 90}  # a deadline sentence closing a task is this short


def closing_deadline(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a last sentence of ``text[start:end]`` that is a deadline and nothing else
    ("…. Completed before the end of September 2006." / …。2006年9月底前完成。), its stop left
    out, when a sentence of the task comes before it: the task's own deadline, when its roles
    come from elsewhere (a group's line)."""
    while end > start and text[end - 1] in " \n":
        end -= 1
    stop = end - 1 if end > start and text[end - 1] in "。.;；!！?？" else end
    cuts = [m.end() for m in SENTENCE_END.finditer(text, start, stop)]  # (not at "Dev.")
    if not cuts:
        return None
    s = cuts[-1]
    while s < stop and text[s] in " \n":
        s += 1
    last = text[s:stop]
    if not last or len(last) > _LAST_SENTENCE["zh" if _CJK.search(last) else "en"]:
        return None
    return (s, stop) if deadline_first(last) and is_deadline(last) else None


__all__ = ["bare_deadline", "closing_deadline", "task_after"]
