"""A clause written as the task's last sentence (…。由A牵头，B配合。 / "A will take the lead."),
or as its opening words (由A负责，将… / A牵头，会同B、C制定…).

Why apart from :mod:`divplan.parsing.clauses`: the brackets and fields that close an item are
its clause by the genre's rules; a sentence is one only by inference, asked by the
model-building stage for items that have no clause otherwise, and always read ``inferred``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from divplan.names.registry import Registry
from divplan.parsing.bare_names import BARE_GUESS, bare_guess, bare_names, few_words_zh
from divplan.parsing.clause_deadlines import bare_deadline_after
from divplan.parsing.clause_text import ClauseReading, simplify
from divplan.parsing.clauses import _SENTENCE_END, TASK_DASH, parse_clause
from divplan.parsing.cues import ROLE_KINDS, scan
from divplan.parsing.deadlines import (
    deadline_first,
    deadline_like,
    deadline_prefix,
    deadline_whole,
    is_deadline,
)
from divplan.parsing.name_edges import ORG_ZH, org_shaped
from divplan.parsing.name_tails import local_name, opening_name, opens_like_a_name
from divplan.parsing.parens import trailing_groups
from divplan.parsing.role_words import read_by_piece
from divplan.parsing.sentence_deadlines import bare_deadline, task_after

_SENTENCE_GUESS = "no bracket or field: the clause was read from the item's last sentence"
_CJK = re.compile(r"[\u3400-\u9fff]")
_OPENING_GUESS = "no bracket or field: the clause was read from the item's opening words"


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
    while end > start and (text[end - 1] in " \n" or text[end - 2 : end] in _DOUBLED):
        end -= 1  # (…实施方案。。: a scraped page's stop doubled)
    opening = start
    while opening < end and text[opening] in " \n":
        opening += 1
    first_end = _SENTENCE_END.search(text, opening, end)
    if _before_colon(text, opening, first_end.start() if first_end else end, registry) or (
        _before_dash(text, opening, end, registry)
    ):
        return None  # "A as convener, with B: carry out …": the opening words are the clause
    groups = trailing_groups(text, start, end, limit=1)
    closing: tuple[int, int] | None = None  # a deadline in brackets closing a line of its own
    if groups and (
        is_deadline(text[groups[0][0] : end])  # "(By the end of June 2021)": "by" is no role
        or not any(c.kind in ROLE_KINDS for c in scan(text[groups[0][0] : end]))
    ):
        if is_deadline(text[groups[0][0] : end]):
            closing = (groups[0][0] + 1, groups[0][1] - 1)
        end = groups[0][0]  # …。由A牵头，B参加。 / （此件公开发布）: a remark after the sentence
        while end > start and text[end - 1] in " \n":
            end -= 1
    if end <= start:
        return None
    stop = end - 1
    line = text.rfind("\n", start, end)
    ended = text[end - 1] in "。.;；!！?？"
    if not ended and line > start and text[line - 1 : line] in "。.；" and deadline_first(
        text[line:end]
    ):
        stop = end  # (…。由A负责。⏎——2021年底前完成: the line under the sentence its deadline)
    elif not ended:
        if line < 0 and closing is None:  # one line that does not end a sentence: no clause
            return None
        before = text[start:line].rstrip(" ") if line >= 0 else ""
        if before and before[-1] not in "。.;；!！?？:：)）":
            return None  # the last line of a wrapped sentence, not a line of its own
        start, stop = line + 1, end  # the task's last line, whole (or a line closed by its
        # deadline in brackets: "A, B, within their respective remits (by the end of 2019)")
    cuts = [start] + [m.end() for m in _SENTENCE_END.finditer(text, start, stop)]
    if len(cuts) == 1 and _CJK.search(text, start, end) and text[end - 1] in "。；！？":
        whole = understood_clause(text, start, stop, registry)  # (由A牵头，B、C配合。: wholly a
        if whole is None or not whole.cued or task_after(text, whole) or (
            _BY_PART.search(text, start + 1, stop)  # (…一网通办，由A负责: 由 opens the clause)
        ):  # clause, a group's
            whole = _comma_tail(text, start, stop, registry)  # …，由A牵头，B配合，6月底前完成。
        if whole is None:
            return None  # the task's only sentence: its opening words may be the clause
        whole.reading = "inferred"
        whole.guesses.insert(0, _SENTENCE_GUESS)
        return whole
    cut = cuts[-1]
    deadline: tuple[int, int] | None = None
    if (
        len(cuts) > 1
        and deadline_first(text[cut:stop])
        and text[cut - 1] not in ";；"
        and (
            deadline_whole(text[cut:stop])  # ("By the end of 2023.": its "By" names no one)
            or not any(c.kind in ROLE_KINDS for c in scan(simplify(text[cut:stop])))
        )
    ):  # (not 2009年春节前，由A、B负责。: a date opening the clause sentence)
        deadline = (cut, stop)  # …。由A负责。2021年底前完成。: the sentence before is the clause
        while deadline[0] < stop and text[deadline[0]] in " \n—－":
            deadline = (deadline[0] + 1, stop)
        cut, stop = cuts[-2], cut - 1
    elif len(cuts) > 1 and text[cut - 1] in ";；" and deadline_like(text[cut:stop]):
        cut = cuts[-2]  # "…; by the end of 2019.": the deadline of the sentence before
    by = _BY_PART.search(text, cut + 1, stop)
    if by is not None and not deadline_first(text[cut : by.start()]):  # (2009年春节前，由A负责)
        cut = by.end() - 1  # (…一网通办，由A负责。: 由 opens the clause, the words before it
        # are the task's)
    reading = parse_clause(text, cut, stop, registry)
    if len(cuts) == 1 and not _CJK.search(text, start, end) and not _a_body_named(reading):
        return None  # the task's only sentence: "Guide the financial institutions to …"
    k = cuts.index(cut) if cut in cuts else 0  # (the sentence before the clause's, if any)
    if k and (not reading.leads or reading.mode == "division") and (
        (k == len(cuts) - 1 and text[cut - 1] in ";；")
        or _lead_alone(text, cuts[k - 1], cut - 1, registry)
    ):  # "A has the lead; B and C help deliver." / 人民银行牵头。银保监会配合，…: one clause
        # (人民银行牵头。B、C按职责分工负责。: the divided side takes part, beside a lead)
        joined = parse_clause(text, cuts[k - 1], stop, registry)
        if joined.error is None and joined.mode == "lead" and joined.leads:
            reading, cut = joined, cuts[k - 1]
    by_read = None if _names_who(reading) or not BY_OPENS.match(text, cut, stop) else (
        understood_clause(text, cut, stop, registry)  # (由A、B一人一摊，持续推进。: a few words
    )  # no lexicon holds after the names 由 opens, said)
    if by_read is not None:
        reading = by_read
    elif not _names_who(reading):  # 国务院有关部门按职责分工负责。: unnamed others, by a role
        tail = _comma_tail(text, cut, stop, registry)  # word, say who; a sentence about the
        if tail is not None:  # work (加强跟踪调度) names no one
            reading = tail  # …。抓好…，由A牵头，B配合。: the words after a comma
            cut = tail.span[0] if tail.span is not None else cut
        elif len(cuts) > 1 and (bare := bare_guess(reading)) is not None:  # "…. The County
            reading.guesses.insert(0, bare)  # Civil Affairs Bureau.": names alone after the task
        else:
            return None
    bare_deadline(text, reading)
    s = cut
    while s < end and text[s] in " \n":
        s += 1
    reading.span = (s, end if deadline is None else stop + 1)
    if deadline is not None and reading.deadline is None:
        reading.deadline = deadline
    if closing is not None and reading.deadline is None and cut == start:
        reading.deadline = closing  # (its own line whole: the bracket is its deadline)
    reading.reading = "inferred"
    reading.guesses.insert(0, _SENTENCE_GUESS)
    return reading


def _lead_alone(text: str, start: int, stop: int, registry: Registry) -> bool:
    """Whether the sentence ``text[start:stop]`` is wholly a clause naming leads and no one
    else (人民银行牵头。): the first half of a clause a full stop cut in two."""
    whole = understood_clause(text, start, stop, registry)
    return whole is not None and whole.mode == "lead" and bool(whole.leads) and not (
        whole.participants or whole.others
    )


def _org_zh(name: str) -> bool:
    return _CJK.search(name) is not None and org_shaped(name)


def _names_who(reading: ClauseReading) -> bool:
    """Whether a sentence's reading says who does the task: cued, no error, naming known or
    organisation-shaped bodies (no label's colon inside a name) or unnamed others."""
    named = reading.leads + reading.participants
    cued = reading.cued or (  # ("A and B each shoulder their own share": words the lexicon
        any(read_by_piece(g) for g in reading.guesses)  # lacks, read by a role's pieces, said,
        and all(r.known or local_name(r.mention) or _org_zh(r.mention) for r in named)  # after
    )  # bodies' names only (a Chinese one by its shape: 发展规划司; an English one by its level)
    if reading.error is not None or not cued or not (named or reading.others):
        return False
    return not any(
        not (r.known or r.org) or ":" in r.mention or "：" in r.mention
        or not (r.known or opens_like_a_name(r.mention))  # ("Support the development of …")
        for r in named
    )  # fmt: skip


_DOUBLED = ("。。", "..")
_NOT_BY = r"(?![此于於点點表浅淺易])"  # (由此, 由于, 由点及面: thereby, because, from …)
BY_OPENS = re.compile(rf"\s*(?:[该此这本][项項](?:工作)?)?由{_NOT_BY}")  # 由 (by) opening a part
_BY_PART = re.compile(rf"[，,]\s*由{_NOT_BY}")  # a part opening with 由 after a comma
_TAIL_WITHIN = 120  # a clause closing its sentence after a comma is this short
_LIST_PARTS = 3  # comma parts of a list the opening words' clause may run over unread


def _comma_tail(text: str, start: int, stop: int, registry: Registry) -> ClauseReading | None:
    """The words after a comma that close the sentence ``text[start:stop]`` read as its clause
    (…，对…实行能耗目标管理，由市经委牵头，市发改委配合，6月底前完成。): the longest such tail
    that is wholly a clause on :func:`understood_clause`'s terms, role words and all, with no task
    going on after its deadline.  A task's words never read: a part holding any of them fails."""
    first = max(start, stop - _TAIL_WITHIN)
    for k in range(first, stop):
        if text[k] not in "，,":
            continue
        reading = understood_clause(text, k + 1, stop, registry)
        if reading is not None and reading.cued and not task_after(text, reading):
            while reading.span is not None and text[reading.span[0]] in " \n":
                reading.span = (reading.span[0] + 1, reading.span[1])
            return reading
    return None


def opening_clause(text: str, start: int, end: int, registry: Registry) -> ClauseReading | None:
    """The item's opening words read as its clause (由A负责，将… / A牵头，B配合，2012年底前完成… /
    A牵头，会同B、C制定…): the comma-separated parts from the start that each hold a role word
    and name only known or organisation-shaped bodies.  Names right after a 会同 that follows go
    with it, up to where the last name ends (…局制定: the verb is the task's); a date opening
    the next part is the deadline.  Read ``inferred``, as any sentence clause."""
    while start < end and text[start] in " \n":
        start += 1
    sentence = _SENTENCE_END.search(text, start, end)
    limit = sentence.start() if sentence else end
    named = _before_colon(text, start, limit, registry) or _before_dash(text, start, end, registry)
    if named is None and sentence is not None and text[sentence.end() : end].strip():
        named = understood_clause(text, start, limit, registry)  # 教育部牵头，人社部参加。完善…
        named = named if named is not None and named.cued else None  # (a role word: not a
        # headline "Central Bank cuts reserve requirement ratio …. Copyright …")
    if named is not None and _torn(named):
        return None
    if named is not None:  # "The Provincial Department of Construction as convener, with B: …"
        if named.deadline is None and (bare := bare_deadline_after(text, start, end)):
            named.deadline = bare[1]  # (as below)
        named.reading = "inferred"
        named.guesses.insert(0, _OPENING_GUESS)
        return named
    best: ClauseReading | None = None
    stop = at = start
    part = 60 if _CJK.search(text, start, min(limit, start + 8)) else 200  # (a part's length)
    misses = 0  # parts ending inside a list ("A carries the outline, B, C assist manage, …")
    while misses <= _LIST_PARTS:
        comma = next((k for k in range(at + 1, min(limit, at + part)) if text[k] in "，,"), None)
        if comma is None:
            break
        reading, at = _opening(text, start, comma, limit, registry), comma
        if reading is None or reading.span is None:
            misses += 1
            continue
        best, stop, misses = reading, reading.span[1], 0
        if stop != comma:  # 会同B、C制定…: the clause ended inside the part
            break
    if best is None or best.span is None or _torn(best):
        return None
    after = stop + 1 if stop < limit and text[stop] in "，," else stop
    phrase = deadline_prefix(text[after:limit])
    if best.deadline is None and phrase:  # 由A负责，2012年底前建立…: the task's deadline
        best.deadline = (after, after + phrase)
    if best.deadline is None and (bare := bare_deadline_after(text, start, end)):
        best.deadline = bare[1]  # (由A负责，鼓励…。⏎持续推进: the task's last line)
    bare_deadline(text, best)
    best.reading = "inferred"
    best.guesses.insert(0, _OPENING_GUESS)
    return best


_COLON_WITHIN = 200  # a clause written before a colon opens the item: it is this short


def _torn(reading: ClauseReading) -> bool:
    """Whether a name of the reading runs across a Chinese comma: the task's words and a bracket
    inside the sentence (组建中心（A带总，B协办），…), never one body's name."""
    return any(
        ("，" in r.mention or "," in r.mention) and _CJK.search(r.mention) is not None
        for r in reading.leads + reading.participants
    )


def _before_colon(text: str, start: int, limit: int, registry: Registry) -> ClauseReading | None:
    """The words before a colon opening the item as its clause ("A as convener, with B: carry
    out …" / "A: crack down on …"), when they are only names (known, or built like a body's)
    and role words, every word understood, perhaps closed by a deadline ("A、B，2019年底前：…")."""
    window = range(start, min(limit, start + _COLON_WITHIN))
    colon = next((k for k in window if text[k] in ":："), None)
    if colon is None or colon == start:
        return None
    return understood_clause(text, start, colon, registry)


_FULL_STOP = re.compile(r"[。.!！?？](?=\s|$)|[。！？]")  # (a semicolon may part the fields)


def _before_dash(text: str, start: int, end: int, registry: Registry) -> ClauseReading | None:
    """The words before a dash that opens the item's task as its clause ("Lead: A; Support: B —
    Prepare …" / "A grasps coordination, B grasps implementation — Build …"), on the terms
    of :func:`_before_colon`; the fields may be parted by semicolons, not by a full stop."""
    stop = _FULL_STOP.search(text, start, end)
    window_end = min(stop.start() if stop else end, start + _COLON_WITHIN)
    dash = TASK_DASH.search(text, start, window_end)
    if dash is None or dash.start() == start:
        return None
    return understood_clause(text, start, dash.start(), registry)


def understood_clause(
    text: str, start: int, stop: int, registry: Registry
) -> ClauseReading | None:
    """``text[start:stop]`` read as a clause when every word of it is understood (or read by a
    role's piece, :mod:`divplan.parsing.role_words`) and it names only known or
    organisation-shaped bodies (a deadline may close it)."""
    reading = parse_clause(text, start, stop, registry)
    named = reading.leads + reading.participants
    if reading.error is not None or not named:
        return None
    by = BY_OPENS.match(text, start, stop) is not None  # (该项由A一人一摊: 由 says a clause)
    if not all(read_by_piece(g) or (by and few_words_zh(g)) for g in reading.guesses):
        return None  # (a role read by its piece — 主持推进 — is the one guess it may hold;
        # after 由, a few words no lexicon holds, said)
    if reading.deadline is not None and text[reading.deadline[1] : stop].strip(" \n)）"):
        return None  # (a deadline may close the words before the colon: "A、B，持续推进：…")
    if any(not (r.known or r.org) for r in named):
        return None
    reading.span = (start, stop)
    return reading


def _opening(
    text: str, start: int, comma: int, limit: int, registry: Registry
) -> ClauseReading | None:
    """``text[start:comma]`` (and the names after a 会同 right after the comma) as a clause, when
    every word of it is understood."""
    stop, after = comma, comma + 1
    part_end = next((k for k in range(after, limit) if text[k] in "，,"), limit)
    conj = next((c for c in scan(simplify(text[after:part_end])) if c.start == 0), None)
    conj_end = after + conj.end if conj is not None and conj.kind == "conj" else None
    names = simplify(text[conj_end:part_end]) if conj_end is not None else ""
    if conj_end is not None and len(names) <= 20 and ORG_ZH.search(names):
        stop = part_end  # 会同厅宣传教育中心，通过…: the part after 会同 is all names
    elif conj_end is not None:  # (the lexicon's conj words: 会同, 联合, 会商)
        k, last = conj_end, None  # 会同B、C制定: the names end where the last one does
        while k < limit and text[k] not in "，,":
            if text[k] in "、和及":
                last = None
            elif ORG_ZH.search(simplify(text[conj_end : k + 1])):
                last = k + 1  # (委 → 委员会, 组 → 组办公室: a longer end just after wins)
            elif last is not None and k + 1 - last > 2:
                break  # two characters past a name's end: the task's verb began
            k += 1
        stop = last if last is not None else stop
    reading = parse_clause(text, start, stop, registry)
    named = reading.leads + reading.participants
    if bare_names(reading) and stop == comma and text[start:stop].isascii():  # "A and B,
        reading.guesses.append(BARE_GUESS)  # compress …": English bodies alone open the
        # item, no role word: responsible, a guess (a Chinese part may be the task's: 在各乡镇…)
    elif reading.error is not None or reading.guesses or not reading.cued or not named:
        return None
    if any(not (r.known or (r.org and opening_name(r.mention))) for r in named):
        return None  # ("…, establish a regular mechanism between government and enterprises")
    reading.span = (start, stop)
    return reading


def _a_body_named(reading: ClauseReading) -> bool:
    """Whether a body ``reading`` names is known or written as a body's name: not only the
    task's words before a noun ("Guide the financial institutions to increase the credit")."""
    return any(
        r.known or (r.org and opening_name(r.mention))
        for r in reading.leads + reading.participants
    )


_WHOLLY = (160, 640)  # a paragraph nothing but a clause is this long at most, in Chinese or
# English (the matrix's longest: 34 and 227 characters): a notice's long paragraphs are not
# read through the clause reader to learn they are none (a fifth of an English plan's parse)


def wholly_a_clause(
    text: str, start: int, end: int, registry: Registry,
    found: ClauseReading | Callable[[], ClauseReading | None] | None = None,
) -> bool:  # fmt: skip
    """Whether ``text[start:end]`` (a paragraph) is nothing but a clause sentence ("A pick
    head, B cooperate." / 由A牵头，B配合。): no task of its own, so a group's sentence
    (``found``: its :func:`sentence_clause`, or how to read it, when the caller keeps it)."""
    if len(body := text[start:end].strip()) > _WHOLLY[0 if _CJK.search(body) else 1]:
        return False
    if callable(found):
        found = found()
    if found is None:
        found = sentence_clause(text, start, end, registry)
    while start < end and text[start] in " \n\t\u3000":
        start += 1
    return (
        found is not None
        and found.span is not None
        and found.span[0] <= start
        and all(g == _SENTENCE_GUESS or read_by_piece(g) for g in found.guesses)
    )  # ("Support enterprises in … centers.": a word governing no one, a task's words)


__all__ = ["opening_clause", "sentence_clause", "understood_clause", "wholly_a_clause"]
