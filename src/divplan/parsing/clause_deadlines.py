"""Deadlines inside a responsibility clause: where the roles end and the deadline begins.

Step 1 of :func:`divplan.parsing.roles.read_clause`.  A ``完成时限：`` / ``Deadline:`` field, and
trailing segments after a comma or semicolon that read as deadlines
(:func:`divplan.parsing.deadlines.deadline_like`) and hold no strong role cue, are the item's
deadline; so is a first segment that reads as one (（2024年底前，A牵头，B参加）).  A deadline
never becomes a name.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from divplan.parsing.cues import LABELS, ROLE_KINDS, Cue, scan
from divplan.parsing.deadlines import (
    DOC_NUMBER,
    closes_date,
    deadline_first,
    deadline_like,
    deadline_start,
    deadline_whole,
    is_deadline,
)
from divplan.parsing.lexicon_files import lang_regexes
from divplan.parsing.name_edges import ORG_ZH, org_shaped
from divplan.parsing.parens import trailing_groups

# a clause's parts; a full stop too: （A负责，B配合。2022年6月底前完成） / "(A responsible. 2024 …)"
# ("from August 1, 2013": a day's comma before its year cuts nothing)
_SEGMENT_PUNCT = re.compile(
    r"[，；;。]|(?<!\d),|,(?!\s*(?:19|20)\d\d\b)|\.(?=\s)|(?<=[\u4e00-\u9fff：:])[—－]+"
)  # (县电力局——2002年10月底前交账: a dash after a name, a cell's lines joined; never 2019—2021)
# "by the end of June" is a deadline, not "Responsible by"
_STRONG = ROLE_KINDS - {"resp_before"}

_PUNCT_KINDS = ("sep", "boundary")
_NUMBER_HEAD = re.compile(r"(?:[A-Z][a-z]+\s+){1,6}$")  # a document number's pinyin
_DEADLINE_EDGE = " \t\n,.;:，。；：、()（）—－"


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """A deadline as written: only spaces and punctuation come off its ends."""
    while start < end and text[start] in _DEADLINE_EDGE:
        start += 1
    while end > start and text[end - 1] in _DEADLINE_EDGE:
        if text[end - 1] in ")）" and _opens(text[start : end - 1]):
            break  # its own bracket closes: "extend to the counties (cities, districts)"
        end -= 1
        if end - start > 2 and text[end - 1] in _BULLETS and text[end - 2] in " \n":
            end -= 1  # "2025年10月底前 / - 配合单位：…": the next field line's bullet
    return start, end


_BULLETS = "-–—•·*"


def _opens(words: str) -> bool:
    """Whether ``words`` leave a bracket open (more openers than closers)."""
    return words.count("(") + words.count("（") > words.count(")") + words.count("）")


def _strong(text: str, c: Cue) -> bool:
    """A role cue that makes a segment no deadline; not a verb closing a date (2009年6月底前
    落实: :func:`divplan.parsing.deadlines.closes_date`)."""
    return c.kind in _STRONG and not closes_date(text, c.start)


def _after_opening_date(text: str, seg_s: int, at: int) -> bool:
    """Whether a role word at ``at`` is a word of the task a segment opening with its date goes
    on with (2015年底前出台支持措施: 支持 "supporting" names no role), no body named before it
    (a field's label after it is the next field: "Ongoing  Lead unit: B")."""
    before = text[seg_s:at]
    return deadline_first(before) and ORG_ZH.search(before.rstrip()) is None and not any(
        ch in before for ch in "、，,;；"
    )


def deadline_cut(text: str, cues: list[Cue]) -> tuple[int, tuple[int, int] | None]:
    """Where the role part of the clause ends, and the deadline after it (if any)."""
    end = len(text)
    deadline: tuple[int, int] | None = None
    for i, c in enumerate(cues):
        if c.kind == "label_deadline":
            nxt = next((d.start for d in cues[i + 1 :] if d.kind in LABELS), len(text))
            s, e = _strip(text, c.end, nxt)
            number = DOC_NUMBER.search(text, s, e)  # a running head (…  浔政办发〔2022〕9号)
            if number is not None and number.start() > s:  # a page put in the table's cell
                head = _NUMBER_HEAD.search(text, s, number.start())  # "Xun Zheng Ban Fa"
                s, e = _strip(text, s, head.start() if head else number.start())
            if e > s and not any(d.kind == "nothing" and (d.start, d.end) == (s, e) for d in cues):
                deadline = (s, e)  # "Deadline: n/a" sets none
            if nxt == len(text):
                end = min(end, c.start)
            return end, deadline
    task = next((c.start for c in cues if c.kind == "label_task"), None)
    if task is not None and any(c.kind in LABELS and c.start < task for c in cues):
        end = task  # fields, then "Task: …": the task's own text is never a deadline
    closing = trailing_groups(text, 0, end, limit=1)
    if closing:  # （A、B按职责分工负责（2018年10月底前完成））: a deadline in its own bracket
        g_s, g_e = closing[0]
        inner = text[g_s + 1 : g_e - 1]
        strong = any(_strong(text, c) and g_s <= c.start and c.end <= g_e for c in cues)
        if g_s > 0 and not strong and deadline_first(inner):  # opens with it: no names
            deadline, end = _strip(text, g_s + 1, g_e - 1), g_s
    cuts = [m.span() for m in _SEGMENT_PUNCT.finditer(text, 0, end)]  # (a dash run: whole)
    semi = max(text.rfind(";", 0, end), text.rfind("；", 0, end))
    if deadline is None and semi > 0 and deadline_first(text[semi + 1 : end]) and not any(
        _strong(text, c) and c.start > semi for c in cues
    ):  # ("…; The end of June complete 50%, the end of the year fully cover": after the last
        cuts = [c for c in cuts if c[0] <= semi]  # semicolon, a deadline with commas in it)
    for cut, cut_end in reversed(cuts):
        seg_s, seg_e = cut_end, end
        seg = text[seg_s:seg_e]
        strong = any(
            _strong(text, c) and c.start >= seg_s and c.end <= seg_e
            and not (c.kind not in LABELS and _after_opening_date(text, seg_s, c.start))
            for c in cues
        )
        if strong or not deadline_like(seg):  # a deadline phrase may end like 电视台 (出台)
            break
        s, e = _strip(text, seg_s, seg_e)
        at = s + deadline_start(text[s:e])
        if at > s and org_shaped(text[s:at].strip()):  # 各市州人民政府2014年底前完成: the
            return at, (at, deadline[1] if deadline else e)  # names are roles, not deadline
        deadline = (s, deadline[1] if deadline else e)
        end = cut
    if deadline is None:
        return _after_role_words(text, cues, end)
    return end, _without_leadin(text, deadline)


def _without_leadin(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without the words joining it to the clause ("and it will be completed",
    "and the time limit is": ``lexicon/deadline_leadins.tsv``)."""
    s, e = span
    lang = "en" if text[s:e].isascii() else "zh"
    leadins = lang_regexes("deadline_leadins.tsv")[lang]
    m = leadins.match(text, s, e) if leadins.pattern else None
    return (m.end(), e) if m is not None and m.end() < e else span


_TAIL = 12  # characters a deadline may stand after the role words ("complete this by 2013")
_WORD_START = re.compile(r"(?<![^\s])\S")


def _after_role_words(
    text: str, cues: list[Cue], end: int
) -> tuple[int, tuple[int, int] | None]:
    """A deadline with no separator before it, a few words after the clause's last role word
    ("A and B will jointly complete this by year-end 2013"): where the roles end, and it."""
    last = max((c.end for c in cues if c.kind in _STRONG and c.end <= end), default=None)
    if last is None:
        return end, None
    for m in _WORD_START.finditer(text, last, min(end, last + _TAIL)):
        s, e = _strip(text, m.start(), end)
        if e > s and deadline_whole(text[s:e]) and not org_shaped(text[last:s].strip()):
            return s, (s, e)
    return end, None


def bare_deadline_after(text: str, start: int, end: int) -> tuple[int, tuple[int, int]] | None:
    """Where the item ``text[start:end]`` ends before a bare deadline closing it, and that
    deadline (its edges and a closing stop or an opening separator left out): a last line that is
    one (not after an English line ending in a word: "…, before / the end"), or a short one
    after the closing bracket on the item's last line (a table's deadline column run in)."""
    line = text.rfind("\n", start, end)
    tail = text[line + 1 : end].strip() if line > start else ""
    longest = _BARE_LONGEST_LATIN if tail.isascii() else _BARE_LONGEST
    if 0 < len(tail) <= longest and tail[0] not in "(【[" and tail[-1] not in ")]】" and (
        ":" not in tail and deadline_first(tail) and is_deadline(tail)  # not 参 / 加，2026年…
    ) and not (text[line - 1].isascii() and text[line - 1].isalpha()):
        cut = _number_cut_at(text, start, line)  # (…等；2⏎012年底前: a year the line cut)
        return cut, _bare(text, cut, end)
    close = deadline_after_bracket(text, line + 1, end)
    return None if close is None else (close, _bare(text, close, end))


def _number_cut_at(text: str, start: int, line: int) -> int:
    """Where a bare deadline line's number begins when the line break before it cut the
    number (…等；2⏎012年底前: the digits before the break are the year's), else the line's
    start."""
    k = line
    if text[line + 1 : line + 2].isdigit():
        while k > start and text[k - 1].isdigit():
            k -= 1
    return k if k < line and text[k - 1 : k] in _BEFORE_NUMBER else line + 1


_BEFORE_NUMBER = frozenset(";；，,、 \t\u3000")  # what stands before a deadline run into a line


def deadline_after_bracket(text: str, start: int, end: int) -> int | None:
    """Where a short deadline after the last closing bracket of ``text[start:end]`` begins
    ("… (A takes the lead, B participate) End of 2015": a table's deadline column run into
    the line, a column's gap between them), or None (not ，全年工作总结于…前报送, not
    各县（市、区）人民政府  完成时限：…, not a second bracket "(Before the end of")."""
    close = max(text.rfind(")", start, end), text.rfind("）", start, end))
    if close < start or text[close + 1 : close + 2] not in (" ", "\t", "\u3000"):
        return None
    tail = text[close + 1 : end].strip()
    longest = _BARE_LONGEST_LATIN if tail.isascii() and deadline_first(tail) else _BARE_LONGEST
    if 0 < len(tail) <= longest and tail[0] not in "(（【[" and ":" not in tail and (
        "：" not in tail and is_deadline(tail)
    ):
        return close + 1
    return None


_BARE_LONGEST = 30  # a bare deadline closing an item is this short
_BARE_LONGEST_LATIN = 45  # (in English words: "Within the year to be effective")


def _bare(text: str, s: int, e: int) -> tuple[int, int]:
    while e > s and text[e - 1] in "。.;；，, \n":  # "annually." ends a sentence
        e -= 1
    while s < e and text[s] in ";；，,、 \n":  # （B（当副手））；2025年底前
        s += 1
    return s, e


def leading_deadline(text: str, cues: list[Cue], end: int) -> tuple[int, tuple[int, int] | None]:
    """A deadline written first (（2024年底前，A牵头，B参加）): where the roles begin, and it."""
    first = _SEGMENT_PUNCT.search(text, 0, end)
    if first is None:
        return 0, None
    seg = text[: first.start()]
    strong = any(c.kind in _STRONG and c.end <= first.start() for c in cues)
    if strong or not deadline_like(seg):
        return 0, None
    s, e = _strip(text, 0, first.start())
    return first.start() + 1, ((s, e) if e > s else None)


def middle_deadlines(
    text: str, cues: list[Cue], begin: int, end: int, named: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """Deadline segments between the roles (（A牵头，2014年底前完成；B、C配合）), or right after
    a field's label (责任单位：2012年底前，A牵头), in order.

    A segment between two separators that opens with a deadline phrase, holds no cue but
    separators and names no known department is the deadline of the roles before it; the
    roles go on after it.  The caller takes the first as the item's deadline.
    """
    cuts = [m.start() for m in _SEGMENT_PUNCT.finditer(text, begin, end)]
    # a field label opens a segment too: 责任单位：2012年底前，A牵头，B参加
    fields = [c for c in cues if c.kind in LABELS and c.kind != "label_deadline"]
    labels = [c.end - 1 for c in fields] + [c.start for c in fields]  # (and one ends at the
    cuts = sorted({*cuts, *(e for e in labels if begin <= e < end)})  # next field's label:
    # "Side-run units: A; Completed before the end of 2020  Lead unit: B")
    out: list[tuple[int, int]] = []
    own = deadline_fields(cues, end)  # a deadline field's own commas cut no second deadline
    for a, b in itertools.pairwise(cuts):  # ("Time limit: by May build it, in 2017 extend it")
        seg_s, seg_e = _strip(text, a + 1, b)
        if seg_e <= seg_s or not deadline_first(text[seg_s:seg_e]):
            continue
        if any(fs < seg_s and seg_e <= fe for fs, fe in own):
            continue
        if any(
            c.kind not in _PUNCT_KINDS and c.start < seg_e and c.end > seg_s
            and not (c.start == seg_s and c.kind == "resp_before")  # (the deadline's own
            for c in cues  # word: "A, B; by the end of May  Lead unit: C")
        ):
            continue
        if named(text[seg_s:seg_e]):
            continue
        out.append((seg_s, seg_e))
    return out


def split_deadlines(
    text: str, cues: list[Cue], named: Callable[[str], bool]
) -> tuple[int, int, tuple[int, int] | None, list[Cue], list[tuple[int, int]]]:
    """Step 1 whole: where the roles begin and end, the item's deadline, the cues with each
    deadline written between the roles turned into a boundary (it ends the roles before it;
    the first deadline written is the item's), and the deadlines not kept (for a guess: an
    item has one deadline field, and a second one must not vanish unsaid)."""
    end, deadline = deadline_cut(text, cues)
    if deadline is not None and text[end:].lstrip()[:1] in ("(", "（"):
        # the deadline's own bracket closed the clause: the words before it end the clause, as
        # cues that must end one read them ("… Co., Ltd. implements (by the end of 2020)")
        cues = [*scan(text[:end]), *(c for c in cues if c.start >= end)]
    begin = 0
    if deadline is None:
        begin, deadline = leading_deadline(text, cues, end)
    middle = middle_deadlines(text, cues, begin, end, named)
    unkept: list[tuple[int, int]] = []
    if middle:
        unkept = middle[1:] + ([deadline] if deadline is not None else [])
        deadline = middle[0]
        cues = sorted(
            [*cues, *(Cue("boundary", s, e, text[s:e]) for s, e in middle)], key=lambda c: c.start
        )
    return begin, end, deadline, cues, unkept


def deadline_fields(cues: list[Cue], end: int) -> list[tuple[int, int]]:
    """Where each deadline field (完成时限：…, "Time limit: …") runs: to the next label.

    Its words are the deadline (:mod:`divplan.parsing.clause_deadlines` has read it), never
    names or role words, wherever the field stands among the others.
    """
    out = []
    for i, c in enumerate(cues):
        if c.kind == "label_deadline":
            nxt = next((d.start for d in cues[i + 1 :] if d.kind in LABELS), end)
            out.append((c.start, nxt))
    return out


__all__ = [
    "bare_deadline_after",
    "deadline_after_bracket",
    "deadline_cut",
    "deadline_fields",
    "leading_deadline",
    "middle_deadlines",
    "split_deadlines",
]
