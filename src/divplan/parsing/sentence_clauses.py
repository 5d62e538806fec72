"""A clause written as the task's last sentence: …。由A牵头，B配合。 / "A will take the lead."

Why apart from :mod:`divplan.parsing.clauses`: the brackets and fields that close an item are
its clause by the genre's rules; a sentence is one only by inference, asked by the
model-building stage for items that have no clause otherwise, and always read ``inferred``.
"""

from __future__ import annotations

from divplan.names.registry import Registry
from divplan.parsing.clause_text import ClauseReading
from divplan.parsing.clauses import _SENTENCE_END, parse_clause
from divplan.parsing.cues import ROLE_KINDS, scan
from divplan.parsing.deadlines import deadline_first, deadline_like
from divplan.parsing.parens import trailing_groups

_SENTENCE_GUESS = "no bracket or field: the clause was read from the item's last sentence"


def sentence_clause(text: str, start: int, end: int, registry: Registry) -> ClauseReading | None:
    """The item's last sentence read as its clause, when it has role words and names someone.

    Some plans write who does a task as a sentence (…。由A牵头，B配合。 / "The Ministry of
    Finance will take the lead on this."), without brackets or fields, or as a line of its own
    under the task with no full stop ("A shall lead, with the support of B" / "A and B (jointly
    responsible)").  A last sentence that is only a deadline ("…; by the end of 2019.") goes
    with the sentence before it.  Only the model-building stage asks, for items that have no
    clause otherwise (the structure decisions never use it, so a notice sentence naming a
    ministry cannot start a plan); the reading is always ``inferred``.
    """
    while end > start and text[end - 1] in " \n":
        end -= 1
    groups = trailing_groups(text, start, end, limit=1)
    if groups and not any(c.kind in ROLE_KINDS for c in scan(text[groups[0][0] : end])):
        end = groups[0][0]  # …。由A牵头，B参加。 / （此件公开发布）: a remark after the sentence
        while end > start and text[end - 1] in " \n":
            end -= 1
    if end <= start:
        return None
    stop = end - 1
    if text[end - 1] not in "。.;；!！?？":
        line = text.rfind("\n", start, end)
        if line < 0:  # one line that does not end a sentence: no clause
            return None
        before = text[start:line].rstrip(" ")
        if before and before[-1] not in "。.;；!！?？:：)）":
            return None  # the last line of a wrapped sentence, not a line of its own
        start, stop = line + 1, end  # the task's last line, whole
    cuts = [start] + [m.end() for m in _SENTENCE_END.finditer(text, start, stop)]
    cut = cuts[-1]
    deadline: tuple[int, int] | None = None
    if len(cuts) > 1 and deadline_first(text[cut:stop]) and text[cut - 1] not in ";；":
        deadline = (cut, stop)  # …。由A负责。2021年底前完成。: the sentence before is the clause
        while deadline[0] < stop and text[deadline[0]] in " \n":
            deadline = (deadline[0] + 1, stop)
        cut, stop = cuts[-2], cut - 1
    elif len(cuts) > 1 and text[cut - 1] in ";；" and deadline_like(text[cut:stop]):
        cut = cuts[-2]  # "…; by the end of 2019.": the deadline of the sentence before
    reading = parse_clause(text, cut, stop, registry)
    named = reading.leads + reading.participants
    if reading.error is not None or not reading.cued or not (named or reading.others):
        return None  # 国务院有关部门按职责分工负责。: unnamed others, by a role word, say who
    if any(not (r.known or r.org) for r in named):
        return None  # a sentence about the work (加强跟踪调度), not one naming who does it
    s = cut
    while s < end and text[s] in " \n":
        s += 1
    reading.span = (s, end if deadline is None else stop + 1)
    if deadline is not None and reading.deadline is None:
        reading.deadline = deadline
    reading.reading = "inferred"
    reading.guesses.insert(0, _SENTENCE_GUESS)
    return reading


__all__ = ["sentence_clause"]
