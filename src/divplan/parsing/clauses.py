"""Clauses: find what closes an item — its responsibility clause and its deadline.

Where the genre writes them (conventions.md):

1. **Labelled fields** after the task text, inline or on their own lines:
   ``牵头单位：A  配合单位：B  完成时限：2023年12月底``, ``Lead: A`` / ``Support: B``.  The
   first field label that opens a field (at the start of a line, or after spaces or sentence
   punctuation) starts the clause; everything after it is fields.
2. **Closing brackets**: the last parenthesised groups of the item
   (:func:`~divplan.parsing.parens.trailing_groups`); a group that is a deadline is the
   deadline, the one before it the clause.  A bracket is a clause only when it uses a role
   word, or names a department the registry knows, or a name built like an organisation's
   (a remark such as （含个体工商户） is not).

The clause is read by :func:`divplan.parsing.roles.read_clause` (a deadline inside it too);
a last line naming the official in charge is set aside first (person_lines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from divplan.names.registry import Registry
from divplan.parsing.clause_deadlines import bare_deadline_after
from divplan.parsing.clause_parse import Lookup, parse_clause
from divplan.parsing.clause_text import ClauseReading, Prepared, joined_readings, prepare
from divplan.parsing.cues import deadline_label_end, find_label, is_task_label, scan
from divplan.parsing.deadlines import DOC_NUMBER, is_deadline
from divplan.parsing.field_runs import label_shaped, task_text_end
from divplan.parsing.label_ends import label_ends_at
from divplan.parsing.label_words import field_opening
from divplan.parsing.parens import inside_bracket, trailing_groups
from divplan.parsing.person_lines import person_line_at_end
from divplan.parsing.remarks import is_remark
from divplan.parsing.role_edges import predicate_label
from divplan.parsing.roles import read_clause
from divplan.parsing.sentence_ends import SENTENCE_END

_FIELD_START = " \t\n\u3000。.;；:：)）"  # (…（A负责）达标时间：…: after a bracket too)
_COPULA = re.compile(r"\b(?:is|are|be|was|were)\s+$", re.IGNORECASE)
def looks_like_clause(reading: ClauseReading, registry: Registry) -> bool:
    """Whether a bracket really assigns work (not a parenthetical remark).

    It does when it uses a role word or a field label, or names at least one department: a
    known name, a name built like an organisation's ("Ministry of …", "…局"), or one the
    registry matches fuzzily.
    """
    if reading.error is not None:
        return False
    if reading.cued:
        return True
    refs = reading.leads + reading.participants
    if not refs:
        return reading.others
    return any(
        r.known or r.org or registry.resolve(r.lookup).status == "fuzzy" for r in refs
    )


@dataclass
class ItemClauses:
    """The clause and deadline that close an item, with the text before them."""

    reading: ClauseReading | None
    text_end: int  # where the task text ends (normalised offset)
    deadline: tuple[int, int] | None  # deadline text span (normalised offsets)
    unread: tuple[int, int] | None = None  # a closing group that names roles but is no clause
    text_start: int | None = None  # where the task text starts, when a clause comes first


def _labelled(text: str, start: int, end: int, registry: Registry) -> ItemClauses | None:
    """Labelled fields closing the item (牵头单位：A  配合单位：B), if it has them."""
    pos = start
    while True:
        found = find_label(text, pos, end)
        if found is None:
            return None
        at = found[0]
        line_start = at == start or text[at - 1] in _FIELD_START
        b = field_opening(text, max(start, text.rfind("\n", 0, at) + 1), at)
        if b is not None:  # ("Coordinating lead:": words modifying the label, no predicate)
            line_start, at = True, b
        field = line_start and not inside_bracket(text, start, at)
        field = field and not _COPULA.search(text, max(start, at - 12), at)  # "A is responsible:
        # task": a sentence's predicate, the words before it the clause (sentence_clauses)
        field = field and not predicate_label(text, max(start, at - 60), at, found[1])  # "A, B
        # according to the jurisdiction scope responsible: task": the same
        if field and not is_task_label(text, at, found[1]):
            break  # a field, not a label inside a bracket (the bracket is read as a whole)
        if field and _clause_valued(text, found[1], end, registry):
            break  # (落实要求：A牵头，B配合，2002年底前: a task's label, its value a clause)
        pos = found[1]  # 工作措施：… is the task's own text: the clause is in the fields after it
    task_label = is_task_label(text, at, found[1])
    reading = parse_clause(text, found[1] if task_label else at, end, registry)
    if task_label:  # (said: the label names what is asked, its value was read as who does it)
        reading.reading, label = "inferred", text[at : found[1]].strip()
        reading.guesses.insert(0, f"the label 「{label}」 names the task; its value read as who")
    named = reading.says_who()
    if (reading.error is not None or not named) and reading.deadline is None:
        return None
    s, e = at, end
    while e > s and text[e - 1] in " \n":
        e -= 1
    reading.span = (s, e)
    text_end = task_text_end(text, start, s)  # (spaces off, and a field line's bullet)
    if not reading.says_who():
        # only a deadline field (时间节点：…): the clause is the bracket before it, if any
        before = _bracketed(text, start, text_end, registry)
        return ItemClauses(before.reading, before.text_end, reading.deadline)
    if reading.deadline is None:  # …。（2003年6月底前启动） / 牵头单位：A: its own bracket
        text_end, deadline = _closing_deadline(text, start, text_end, None)
        return ItemClauses(reading, text_end, deadline)
    return ItemClauses(reading, text_end, reading.deadline)


def _clause_valued(text: str, start: int, end: int, registry: Registry) -> bool:
    """Whether a task label's value, to its line's end, is wholly a clause with a role's word
    (names, role words, a deadline): who does the task, under a label of what it asks."""
    from divplan.parsing.sentence_clauses import understood_clause  # (built on this module)

    stop = text.find("\n", start, end) % (end + 1)  # (-1: the value runs to the end)
    return getattr(understood_clause(text, start, min(stop, end), registry), "cued", False)


_CLOSE = {"【": "】", "[": "]", "(": ")", "（": "）"}


def _closing_deadline(text: str, start: int, end: int, deadline: tuple[int, int] | None) -> (
    tuple[int, tuple[int, int] | None]
):
    """After a clause written first, a deadline bracket closing the task (…（2023年底前）) is
    the item's deadline when the clause gave none; the task text ends before it."""
    groups = trailing_groups(text, start, end, limit=1)
    line = text.rfind("\n", start, end) + 1  # …task。⏎截止时间：2005年5月底: a field line
    if deadline is None and line > start and deadline_label_end(text, line, end) > line:
        return _before(text, start, line), _strip_span(text, line, end)
    inline = find_label(text, start, end) if deadline is None else None  # …建设。完成时限：…
    if inline is not None and inline[0] > start and deadline_label_end(text, *inline) > inline[0]:
        d_s, d_e = _strip_span(text, inline[0], end)
        while d_e > d_s and text[d_e - 1] in "。.;；":  # (…2010年10月底。 ends the sentence)
            d_e -= 1
        return _before(text, start, inline[0]), (d_s, d_e)
    if deadline is not None or not groups:
        return end, deadline
    g_start, g_end = groups[-1]
    if not is_deadline(text[g_start + 1 : g_end - 1]):
        return end, deadline
    return g_start, _strip_span(text, g_start + 1, g_end - 1)


def _first(text: str, start: int, end: int, registry: Registry) -> ItemClauses | None:
    """A clause written before the task: 【牵头单位：A；配合单位：B】task… / "Lead unit: A;
    Cooperating units: B. Task: …".

    A bracket opening the item is its clause when it holds a role word or a field label and
    names someone, and a task follows it; fields opening the item are its clause when a task
    label ("Task:", 工作任务：) follows them.  The task text is what comes after.
    """
    while start < end and text[start] in " \t\u3000":
        start += 1
    close = _CLOSE.get(text[start]) if start < end else None
    if close is not None:
        depth, k = 0, start
        while k < end:
            if text[k] == text[start]:
                depth += 1
            elif text[k] == close:
                depth -= 1
                if depth == 0:
                    break
            k += 1
        if k >= end or not text[k + 1 : end].strip():
            return None
        reading = parse_clause(text, start + 1, k, registry)
        named = reading.says_who()
        if reading.error is not None or not reading.cued or not named:
            return None
        reading.span = (start, k + 1)
        text_end, deadline = _closing_deadline(text, k + 1, end, reading.deadline)
        return ItemClauses(reading, text_end, deadline, text_start=_skip(text, k + 1, end))
    found = find_label(text, start, end)
    if found is None or found[0] != start or is_task_label(text, *found):
        return None
    pos = found[1]
    while (nxt := find_label(text, pos, end)) is not None:
        if is_task_label(text, *nxt):
            return _fields_first(text, start, nxt[0], nxt[1], end, registry)
        pos = nxt[1]
    for dash in TASK_DASH.finditer(text, found[1], end):  # "Lead: A; Support: B — Prepare …"
        if label_ends_at(text, max(start, dash.start() - 40), dash.end()):
            continue  # "Support — B": the dash that ends a label
        if not text[dash.end() : end].strip():
            return None
        return _fields_first(text, start, dash.start(), dash.end(), end, registry)
    for stop in _FIELDS_STOP.finditer(text, found[1], end):  # 权责单位：A（主办）。研究… /
        if label_ends_at(text, max(start, stop.start() - 64), stop.end()) or label_shaped(
            text, text.rfind("\n", start, stop.start()) + 1, stop.end()
        ):  # 牵头单位：A；协理单位：B：建设… / "Lead unit: A⏎Shared with: B": a label's own colon
            continue
        after = _skip(text, stop.end(), end)
        if after < end and find_label(text, after, min(end, after + 12)) is None:
            return _fields_first(text, start, stop.start(), stop.end(), end, registry)
        break  # (。完成时限：…: the fields close the item)
    return None


#: Where Chinese fields opening an item end and its task begins: a full stop, or a colon after
#: the last field's value (the label's own colon is passed over).
_FIELDS_STOP = re.compile(r"[。：:]")


#: A dash set apart by spaces (or a Chinese double dash) between the words that say who does a
#: task and the task itself: "Lead: A; Support: B — Prepare …", A牵头，B配合——制定…
TASK_DASH = re.compile(r"[ \t][—–][ \t]|[ \t]--[ \t]|——")


def _fields_first(
    text: str, start: int, stop: int, task: int, end: int, registry: Registry
) -> ItemClauses | None:
    """Fields ``text[start:stop]`` opening the item, its task from ``task`` on."""
    reading = parse_clause(text, start, stop, registry)
    if reading.error is not None or not (reading.leads or reading.participants):
        return None
    reading.span = (start, _before(text, start, stop))
    text_end, deadline = _closing_deadline(text, task, end, reading.deadline)
    return ItemClauses(reading, text_end, deadline, text_start=_skip(text, task, end))


def _skip(text: str, start: int, end: int) -> int:
    while start < end and text[start] in " \t\n\u3000":
        start += 1
    return start


def read_item(text: str, start: int, end: int, registry: Registry) -> ItemClauses:
    """Find and read the clause and deadline that close the item ``text[start:end]`` (or,
    written first, open it)."""
    end = person_line_at_end(text, start, end) or end  # (牵头领导：王某 under it: set aside)
    bare = bare_deadline_after(text, start, end)
    if bare is not None:  # …（A负责）⏎2021年底前完成 / "… (A takes the lead) End of 2015"
        found = read_item(text, start, bare[0], registry)
        if found.deadline is None and found.reading is not None:
            found.deadline = _strip_span(text, *bare[1])
            return found
    first = _first(text, start, end, registry)
    if first is not None:
        return first
    fields = _labelled(text, start, end, registry)
    if fields is not None:
        return fields
    return _bracketed(text, start, end, registry)


def _bracketed(text: str, start: int, end: int, registry: Registry) -> ItemClauses:
    """The clause and deadline in the brackets that close ``text[start:end]``."""
    groups = trailing_groups(text, start, end, limit=3)
    deadline: tuple[int, int] | None = None
    text_end = end
    reading: ClauseReading | None = None
    remark = False  # a remark after the clause: （A牵头）（分地区目标另行下达）, "(A) (Guo Fa …)"
    for g_start, g_end in reversed(groups):
        body_s, body_e = g_start + 1, g_end - 1
        while body_e > body_s + 2 and (body_s, body_e) in trailing_groups(text, body_s, body_e, 1):
            body_s, body_e = body_s + 1, body_e - 1  # ((A, B)): a doubled bracket is one
        if is_remark(text[body_s:body_e]) and (remark := True):  # （含…）, （2023年版）
            continue
        if deadline is None and reading is None and is_deadline(text[body_s:body_e]):
            deadline = _strip_span(text, body_s, body_e)
            text_end = g_start
            continue
        first = not remark and deadline is None and (g_start, g_end) == groups[-1]
        if first and len(groups) > 1 and DOC_NUMBER.search(text, body_s, body_e):
            remark = True  # （工信部联企业〔2011〕300号）: the document it rests on, never a clause
            continue
        candidate = parse_clause(text, body_s, body_e, registry)
        if candidate.cued and not candidate.says_who():
            marked = _names_before_mark(text, start, g_start, g_end, registry)
            if marked is None:
                return ItemClauses(None, _before(text, start, g_start), deadline, (g_start, g_end))
            assert marked.span is not None
            return ItemClauses(marked, _before(text, start, marked.span[0]), deadline)
        if looks_like_clause(candidate, registry):
            candidate.span = (g_start, g_end)
            reading = candidate
            text_end = g_start
            if candidate.deadline is not None and deadline is None:
                deadline = candidate.deadline
            k = groups.index((g_start, g_end))
            if k > 0 and candidate.participants and not candidate.leads:
                split = _lead_before(text, groups[k - 1], g_start, registry)
                if split is not None:  # （A牵头）（B、C配合）: one clause in two brackets
                    reading = joined_readings(split, candidate)
                    text_end = groups[k - 1][0]
                    k -= 1
            if deadline is None and k > 0:  # （2019年底前完成）（财政部负责）: deadline first
                d_start, d_end = groups[k - 1]
                adjacent = not text[d_end:g_start].strip()  # not "…Plan (2010-2020). (A)"
                if adjacent and is_deadline(text[d_start + 1 : d_end - 1]):
                    deadline = _strip_span(text, d_start + 1, d_end - 1)
                    text_end = d_start
        elif first and len(groups) > 1 and not candidate.cued:
            remark = True  # a remark naming no one closes the item: the clause is before it
            continue
        break
    return ItemClauses(reading, _before(text, start, text_end), deadline)


_MARK_GUESS = "the names before a bracket holding only a role word were read as its clause"


def _names_before_mark(
    text: str, start: int, g_start: int, g_end: int, registry: Registry
) -> ClauseReading | None:
    """A bracket that holds only a role word, read with the names written just before it.

    "… companies.⏎A and B (jointly responsible)": the bracket governs the names of its own
    sentence or line, as 财政部（牵头） does inside a list.  Only a sentence or line after the
    task's start is tried, and only names that are known or built like a body's are taken;
    the reading is ``inferred``.
    """
    cut = max(text.rfind("\n", start, g_start) + 1, start)
    for m in _SENTENCE_END.finditer(text, cut, g_start):
        cut = m.end()
    if cut <= start or not text[cut:g_start].strip():
        return None
    prep = prepare(text, cut, g_end - 1)
    k = prep.index.index(g_start) if g_start in prep.index else -1
    if k < 0:
        return None
    prep.text = prep.text[:k] + " " + prep.text[k + 1 :]  # the bracket is no part of a name
    reading = read_clause(prep, Lookup(registry))
    named = reading.leads + reading.participants
    if reading.error is not None or not named or any(not (r.known or r.org) for r in named):
        return None
    s = cut
    while s < g_start and text[s] in " \n":
        s += 1
    reading.span = (s, g_end)
    reading.reading = "inferred"
    reading.guesses.insert(0, _MARK_GUESS)
    return reading


def _lead_before(
    text: str, group: tuple[int, int], nxt: int, registry: Registry
) -> ClauseReading | None:
    """The bracket right before a participants-only clause, when it names who leads."""
    g_start, g_end = group
    if text[g_end:nxt].strip():
        return None  # words between: "…规划（2010-2020）。（B配合）" is no split clause
    before = parse_clause(text, g_start + 1, g_end - 1, registry)
    if not looks_like_clause(before, registry) or not before.leads:
        return None
    before.span = group
    return before


def _before(text: str, start: int, end: int) -> int:
    """Where the task text ends: spaces before the clause are not part of it."""
    while end > start and text[end - 1] in " \n":
        end -= 1
    return end


# (…tea.The A plays…: a full stop whose space a translation dropped ends a sentence too)
_SENTENCE_END = SENTENCE_END  # (no end after "etc." before a lower-case word, nor "Dev.")
def clear_cache() -> None:
    """Forget cached cue scans (benchmarks measure cold parses with it)."""
    scan.cache_clear()


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    start = deadline_label_end(text, start, end)  # 【完成时限：2020年6月底前】: the bare phrase
    while start < end and text[start] in " \n":
        start += 1
    while end > start and text[end - 1] in " \n":
        end -= 1
    return (start, end)


__all__ = [
    "ClauseReading",
    "ItemClauses",
    "Prepared",
    "clear_cache",
    "is_deadline",
    "looks_like_clause",
    "parse_clause",
    "read_item",
]
