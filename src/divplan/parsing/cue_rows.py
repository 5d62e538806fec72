"""The cue lexicon's rows (``lexicon/cues.tsv``): kinds, loading, the rows of a language.

Why a module of its own: :mod:`divplan.parsing.cues` scans with them; what the file holds and
how its patterns are bounded (whole words, the end of a part) is the lexicon's business, read
once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

from divplan.parsing.firstchars import first_strings
from divplan.parsing.gated_search import GatedSearch
from divplan.parsing.lexicon_files import rows as lexicon_rows
from divplan.parsing.lexicon_files import time_words, unit_words, word_lists

CueKind = Literal[
    "label_lead", "label_part", "label_resp", "label_deadline", "label_person", "label_task",
    "lead_after", "lead_before", "lead_mark", "lead_mark_before", "part_after", "part_before",
    "resp_after", "part_mark",
    "resp_before", "impl_after", "impl_before", "charge", "conj", "div_after", "others",
    "member_after", "member_before", "boundary", "sep", "filler", "filler_tail", "generic_body",
    "nothing", "ditto", "label_role",
]
KINDS: tuple[str, ...] = CueKind.__args__  # type: ignore[attr-defined]
#: Kinds that head a labelled field (牵头单位：, Lead:): a clause may be made of these alone.
LABELS = frozenset(
    {"label_lead", "label_part", "label_resp", "label_deadline", "label_person", "label_task"}
    | {"label_role"}  # a label the lexicon does not know: its role from its words (scan)
)
#: Kinds that say who does what (the presence of one makes a bracket a clause).
ROLE_KINDS = frozenset(KINDS) - {
    "label_deadline",
    "label_person",
    "label_task",
    "others",
    "boundary",
    "sep",
    "filler",
    "filler_tail",
    "generic_body",
    "nothing",
}

@dataclass(frozen=True)
class _Row:
    kind: str
    lang: str
    pattern: str
    ended: bool = False  # the match may end where the part ends (``|$``): see label_stops


@cache
def _rows() -> tuple[_Row, ...]:
    """The lexicon's rows as the file writes them (English labels also ending in a dash)."""
    rows: list[_Row] = []
    for bad, cols in lexicon_rows("cues.tsv"):
        if len(cols) < 3 or cols[0] not in KINDS or cols[1] not in ("zh", "en", "any"):
            raise ValueError(bad)
        pattern = cols[2].replace("{UNIT}", unit_words(cols[1]))  # (name_words.tsv's)
        pattern = pattern.replace("{TIME}", time_words(cols[1]))
        if cols[0] in LABELS and cols[1] == "en":
            pattern = pattern.replace(r"\s*:", _EN_LABEL_END)  # "Lead agency - A" as "Lead: A"
        elif cols[0] in LABELS and cols[1] == "zh":  # 责任单位（第1-2项）：
            pattern = pattern.replace(_ZH_COLON, f"{_scope('zh')}?{_ZH_COLON}")
        rows.append(_Row(cols[0], cols[1], pattern))
    return tuple(rows) + tuple(
        _Row(r.kind, r.lang, _COLONLESS_START + r.pattern.replace(_ZH_COLON, _NAME_FOLLOWS))
        for r in rows
        if r.lang == "zh" and r.kind in _ROLE_LABELS and _ZH_COLON in r.pattern
    )


# A Chinese role label written without its colon, right before the names (牵头单位市财政局，
# 配合单位市税务局): at a field's start, ending in its unit word, and only when the words up to
# the next comma end like a body's name (责任单位要加强协调 is a sentence).  Made from each
# label row, after them all: a tie goes to the label as written with its colon.
_ROLE_LABELS = frozenset({"label_lead", "label_part", "label_resp"})
_ZH_COLON = r"\s*[:：]"
_COLONLESS_START = r"(?<![^\s，,；;。、:：（(])"
_NAME_FOLLOWS = (  # (the label's own unit word said: 统筹 alone is a verb)
    r"(?<=单位|部门|处室|科室|司局|机关|主体)(?=[\u4e00-\u9fff][^，,；;。:：\n]{1,40}?"
    r"(?:局|厅|委|部|办|室|院|会|社|团|司|处|中心|政府|公司|银行|行|所|站|队|署)(?:[、，,；;。\s]|$))"
)


@cache
def _ended_rows(lang: str) -> tuple[_Row, ...]:
    """The rows of ``lang`` text (its own and ``any``), marked ``ended`` where a match may end
    where the part ends (``|$``): scan() sees those only up to the next field label."""
    return tuple(
        replace(r, ended=r.kind not in LABELS and "|$" in r.pattern)
        for r in _rows()
        if r.lang in (lang, "any")
    )


# A lexicon row's "the part ends here" (``…|$)``) also holds before the next field of a
# labelled line ("Responsible units: A leads, B strengthen cooperation  Deadline: …"), as a
# table row is rendered and labelled plans are written.  Not written into each row's pattern
# (the labels of a language, repeated at each ``|$`` of 85 rows, made their compiled code
# tens of thousands of words each: a second to compile, 8 MB of pattern cache): scan() ends
# the text such a row sees at the next place a label follows, where ``$`` then holds.
@cache
def _label_parts(lang: str) -> tuple[tuple[re.Pattern[str], re.Pattern[str] | None, bool], ...]:
    """The labels of ``lang`` in two patterns — those whose every match ends in a colon (or an
    English label's dash), and the rest — each with where one can begin (the first
    characters of its rows, :mod:`divplan.parsing.firstchars`; None when a row does not say)."""
    rows = [
        r.pattern
        for r in _rows()
        if r.kind in LABELS and r.kind != "label_role" and r.lang in (lang, "any")
    ]  # (a label of unknown words is one only when its words say a role: not here)
    parts = []
    for colon in (True, False):
        mine = [p for p in rows if _ends_in_colon(p) is colon]
        if not mine:
            continue
        labels = re.compile("|".join(f"(?:{p})" for p in mine), re.IGNORECASE)
        firsts = [first_strings(p, re.IGNORECASE) for p in mine]
        heads = sorted({h for f in firsts if f is not None for h in f}, key=lambda h: (-len(h), h))
        starts = re.compile("(?=" + "|".join(re.escape(h) for h in heads) + ")", re.IGNORECASE)
        parts.append((labels, None if any(f is None for f in firsts) else starts, colon))
    return tuple(parts)


_COLON_ENDS = (r"[:：]", r"\s*:", r"(?:\s*:|\s[-–—](?=\s))")  # (the last: _EN_LABEL_END)
_COLONISH = re.compile(r"[:：]|\s[-–—]\s")


def _ends_in_colon(pattern: str) -> bool:
    """Whether every top-level alternative of ``pattern`` ends in a label's colon."""
    alts, depth, cur, escaped = [], 0, "", False
    for ch in pattern:
        if escaped:
            cur, escaped = cur + ch, False
            continue
        if ch == "\\":
            escaped = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            alts.append(cur)
            cur = ""
            continue
        cur += ch
    alts.append(cur)
    return all(a.rstrip().endswith(_COLON_ENDS) for a in alts)


def label_stops(text: str, lang: str) -> list[int]:
    """Every place in ``text`` where a field label of ``lang`` follows (after spaces): where
    a part ends.  Tried only where a label can begin, and labels ending in a colon only in a
    text with one (a zero-width look at every position was an eighth of a warm parse)."""
    stops: set[int] = set()
    for labels, starts, colon in _label_parts(lang):
        if colon and _COLONISH.search(text) is None:
            continue
        if starts is None:
            look = re.compile(rf"(?=\s*(?:{labels.pattern}))", re.IGNORECASE)
            stops.update(m.start() for m in look.finditer(text))
            continue
        for m in starts.finditer(text):
            at = m.start()
            if labels.match(text, at):
                k = at
                while k > 0 and text[k - 1].isspace():
                    k -= 1
                stops.update(range(k, at + 1))
    return sorted(stops)


@cache
def _scope(lang: str) -> str:
    """A bracket after a label saying which items it covers ("Responsibility (Tasks 1–2):",
    责任单位（第3-4项）：; the ``scope`` words of name_words.tsv before the numbers)."""
    words = [w for w in word_lists("name_words.tsv")["scope"] if w.isascii() == (lang == "en")]
    joins = r"(?:\s*(?:[-–—~,、，&至到和]|\bto\b|\band\b)\s*)"
    ends = r"(?:\s*(?:项|条|号)?(?:任务|事项)?)?" if lang == "zh" else ""
    return (
        rf"(?:\s*[(（]\s*(?:{'|'.join(words)})\s*\d{{1,3}}(?:{joins}\d{{1,3}})*{ends}\s*[)）])"
    )


# an English label ends in a colon (perhaps after a bracket of the items it covers), or in a
# dash set apart by spaces ("Lead agency - A")
_EN_LABEL_END = rf"(?:{_scope('en')}?\s*:|\s[-–—](?=\s))"
# A match that begins (ends) with a Latin letter must not continue a word before (after) it.
# Written into the pattern, so that the regex engine backtracks into a longer alternative
# ("is the leading unit") rather than stop at a shorter one that cuts a word ("is the lead").
_WORD_START = r"(?:(?![A-Za-z])|(?<![A-Za-z])(?<![A-Za-z]-))"  # (nor a hyphened word's end:
# "side-match" is no "match", a word of its own)
_WORD_END = r"(?:(?<![A-Za-z])|(?![A-Za-z]|-[A-Za-z]))"  # (nor a hyphened word's start)


def _bounded(row: _Row) -> str:
    return f"{_WORD_START}(?:{row.pattern}){_WORD_END}"


def _whole_words(text: str, start: int, end: int) -> bool:
    """A match that begins or ends with a letter must not cut a word ("and" in "Handan")."""

    def letter(i: int) -> bool:
        return 0 <= i < len(text) and text[i].isascii() and text[i].isalpha()

    return not (letter(start) and letter(start - 1)) and not (letter(end - 1) and letter(end))


def _lang_rows(lang: str, kinds: frozenset[str] | None = None) -> list[_Row]:
    return [r for r in _ended_rows(lang) if kinds is None or r.kind in kinds]


@cache
def _known_label(lang: str) -> re.Pattern[str]:
    rows = [r for r in _lang_rows(lang, LABELS) if r.kind != "label_role"]
    return re.compile("|".join(_bounded(r) for r in rows), re.IGNORECASE)


@cache
def _labels_of(kind: str, lang: str) -> GatedSearch:
    return _labels_of_kinds(frozenset({kind}), lang)


@cache
def _labels_of_kinds(kinds: frozenset[str], lang: str) -> GatedSearch:
    rows = _lang_rows(lang, kinds)  # (searched through a gate: see gated_search)
    return GatedSearch([_bounded(r) for r in rows], re.IGNORECASE, _WORD_START)


@cache
def _role_label_finder(lang: str) -> GatedSearch:
    rows = _lang_rows(lang, frozenset({"label_role"}))
    return GatedSearch([_bounded(r) for r in rows], re.IGNORECASE, _WORD_START)
