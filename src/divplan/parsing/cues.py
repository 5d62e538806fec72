"""Cues: the words of a responsibility clause that are not department names.

Why a lexicon and not a grammar of phrasings: the genre is open.  Machine translations and
county offices invent new orders of the same few ideas (lead, take part, be responsible,
each by its duties, unnamed others, a deadline).  So the words that carry those ideas live in
a data file, ``lexicon/cues.tsv`` (kind, language, pattern, note), and the clause reader
(:mod:`divplan.parsing.roles`) works on the token stream this module produces: an unseen
phrasing made of known cues still reads, and a new cue is a new row, not new code.

Guarantees of :func:`scan`: tokens are in text order, never overlap, and cover only what a
cue matched (the text between them is left for the name finder); at one position the longest
match wins, whatever the row order.  The lexicon is compiled once per process.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from divplan.parsing.clause_text import language, simplify
from divplan.parsing.cue_guards import inside_title_case, qualified_set
from divplan.parsing.cue_index import row_index
from divplan.parsing.cue_rows import (  # noqa: F401 - the lexicon's rows, used here and in tests
    _EN_LABEL_END,
    _WORD_END,
    _WORD_START,
    KINDS,
    LABELS,
    ROLE_KINDS,
    CueKind,
    _bounded,
    _ended_rows,
    _known_label,
    _labels_of,
    _labels_of_kinds,
    _lang_rows,
    _role_label_finder,
    _Row,
    _rows,
    _whole_words,
    label_stops,
)
from divplan.parsing.dated_labels import (
    DATED,
    dated,
    deadline_label_end,
    first_dated,
    line_labels,
)
from divplan.parsing.gated_search import GatedSearch
from divplan.parsing.label_context import CJK_CUT, label_context, label_role
from divplan.parsing.label_roles import role_as, role_marks, time_label
from divplan.parsing.label_words import (
    label_words,
    may_cross,
    modified_at,
    modified_known,
    modifier_words,
    short_of_label,
)
from divplan.parsing.name_edges import ORG_ZH
from divplan.parsing.role_words import role_of_words
from divplan.parsing.text_memo import span_memo

_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class Cue:
    """One cue found in a clause: its kind and where it is (offsets in the scanned text)."""

    kind: str
    start: int
    end: int
    text: str
    guess: str = ""  # what the reader guessed in reading it (a label_role's role), said


_STARTS = re.compile(r"[A-Za-z0-9]+|\S")  # where a cue may begin: a word or any other sign
# fillers are trimmed from names and generic bodies matched whole: neither is a token
@cache
def _label_finder(lang: str) -> GatedSearch:
    rows = _lang_rows(lang, LABELS)  # (every row is bounded: opens where a word may begin)
    return GatedSearch([_bounded(r) for r in rows], re.IGNORECASE, _WORD_START)


@span_memo()  # (asked again and again of the same windows by the structure pass)
def find_label(text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Where the first field label (牵头单位：, 牽頭單位：, Lead:) in ``text[start:end]`` is."""
    end = len(text) if end is None else end
    window_text = text[start:end]
    if ":" not in window_text and "：" not in window_text and " - " not in window_text and (
        " – " not in window_text and " — " not in window_text
    ):
        return None  # every label ends with a colon (or, in English, a dash between spaces)
    window = simplify(text[start:end])  # the lexicon is simplified; same length, same offsets
    found = _first_label(text, start, window, None)
    if "\n" in window and CJK_CUT.search(window):  # 完 / 成时限： — a label a PDF's line cut,
        keep = [i for i, ch in enumerate(window) if ch != "\n" or not _cut_in_cjk(window, i)]
        joined = "".join(window[i] for i in keep)  # read joined, offsets mapped back; the
        cut = _first_label(text, start, joined, keep)  # first of the two (a label opening a
        if cut is not None and (found is None or cut[0] < found[0]):  # line under a name's
            found = cut  # last character is found where it stands, not joined to the name)
    dated_at = first_dated(text, start, end) if ":" in window else None  # ("Time to be
    if dated_at is not None and (found is None or dated_at[0] < found[0]):  # finished: …")
        found = dated_at
    return found


def _first_label(
    text: str, start: int, window: str, keep: list[int] | None
) -> tuple[int, int] | None:
    finder = _label_finder(language(window))
    pos = 0
    while True:
        m = finder.search(window, pos)
        if m is None:
            return None
        if (
            _whole_words(window, m.start(), m.end())
            and _label_start_ok(window, m.start(), m.end())
        ):
            at = m.start()
            if not _known_at(window, at, m.end()):
                role = label_role(m.group(0), label_context(text, start + at, start + m.end()))
                if role is not None:
                    at += _name_words(window, at, role[2])
                elif not (_time_field(m.group(0)) and not _name_words(window, at, 1)) and not (
                    modified_known(window, at, m.end())
                    or dated(window, m, _known_label(language(window)))
                ):
                    pos = at + 1  # (a known deadline label after words opening a field is
                    continue  # one label whole: "Cancellation time:", and so is a known
                    # label after words modifying it: "Workstream owner:")
            if keep is None:
                return (start + at, start + m.end())
            return (start + keep[at], start + keep[m.end() - 1] + 1)
        pos = m.start() + 1


def _known_at(window: str, at: int, end: int) -> bool:
    """Whether a label the lexicon knows spans ``window[at:end]``: matched whole, or by a row
    that looks past its words (责任部门|（排序第一者牵头）：, "Responsible departments| (lead
    listed first):": the bracket is the next cue's, the row's look needs the text after it)."""
    known = _known_label(language(window))
    if known.fullmatch(window, at, end):
        return True
    found = known.match(window, at)
    return found is not None and found.end() == end


def _time_field(label: str) -> bool:
    """An English label of unknown words ending in a deadline's time word ("Cancellation
    time:"); a Chinese one the label lines read (a cut 完⏎成时限： is no label of its own)."""
    return label.isascii() and time_label(label)


def _name_words(text: str, at: int, skip: int) -> int:
    """How many leading characters of a label of unknown words at ``at`` are a name's words
    before it ("Bureau Assist battle units:"): none when the label opens a line or a field
    ("Hold the total unit:" is the label whole), unless a wide gap ends those words."""
    if skip and text[at : at + skip].endswith(("  ", "\t")):
        return skip  # ("A; Ministry of Agriculture  Seconded agencies:": a gap ends the name)
    k = at
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return 0 if k == 0 or text[k - 1] in "\n;；。(（[【" else skip


def _cut_in_cjk(window: str, i: int) -> bool:
    return 0 < i < len(window) - 1 and bool(CJK_CUT.match(window, i - 1))


@cache
def _generic_bodies() -> re.Pattern[str]:
    rows = [r for r in _rows() if r.kind == "generic_body"]
    return re.compile("|".join(f"(?:{r.pattern})" for r in rows), re.IGNORECASE)


def generic_body(name: str) -> bool:
    """Whether ``name`` (simplified) names a body only by its kind: 联席会议, "the task force"."""
    return _generic_bodies().fullmatch(name.strip()) is not None


def is_task_label(text: str, start: int, end: int) -> bool:
    """Whether the label at ``text[start:end]`` heads the task itself (工作措施：, Measures:)."""
    window = simplify(text[start:end])
    return _labels_of("label_task", language(window)).fullmatch(window) is not None


def label_key(label: str) -> str:
    """A field label as one key however written: simplified, case and colon aside."""
    return simplify(label).strip(" \t:：").casefold()


def starts_with_label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens (after spaces) with a field label."""
    while start < end and text[start] in " \t\u3000":
        start += 1
    look = _LABEL_LOOK if _BRACKET_OPENS.search(text, start, min(end, start + 40)) else 40
    found = find_label(text, start, min(end, start + look))
    return found is not None and (found[0] == start or modified_at(text, start, found[0]))


_LABEL_LOOK = 64  # a label with a bracket opening a line is read within this many characters
# ("Responsible departments (lead listed first):"; one without, within 40)
_BRACKET_OPENS = re.compile(r"[(（]")


@lru_cache(maxsize=4096)  # bounded: a batch's memory must not grow with the corpus
def scan(text: str) -> tuple[Cue, ...]:
    """The cues of ``text`` in order, longest match first at each position, no overlaps.

    Cached: clauses repeat within a plan and across a corpus ("(Ministry of Finance)").
    A cue can only start where a word or a sign starts, so only those places are tried.
    """
    return _scan(text)


def _scan(text: str, every_row: bool = False) -> tuple[Cue, ...]:
    """:func:`scan`; with ``every_row``, every row is tried at every word start (the index's
    reference, in the tests)."""
    lang = language(text)
    index = row_index(lang)
    first = None if every_row else index.first
    every = range(len(index.rows))
    compiled = index.compiled  # (read here: a method call per row tried is 2 % of a parse)
    ended = index.ended
    stops: list[int] | None = None  # where a field label follows (found when first needed)
    guessed_labels = role_labels(text, lang)
    marks = role_marks(text)  # (none without an opening bracket: role_marks looks first)
    marks |= role_as(text) if lang == "zh" and ("为" in text or "当" in text) else {}
    labelled = lang == "en" and ":" in text  # (a label's colon: where a field can begin)
    label_row = index.label_row
    out: list[Cue] = []
    pos = 0
    for start in _STARTS.finditer(text):
        at = start.start()
        if at < pos or (
            first is not None
            and text[at].lower()[:1] not in first
            and at not in guessed_labels
            and at not in marks
        ):
            continue
        best_kind, best_end = "", at
        for n in every if every_row else index.candidates(text, at):  # rows in lexicon order:
            # ties go to the earlier
            if ended[n]:  # seen up to the next field label, where the part ends
                if stops is None:  # (and where a label of unknown words begins)
                    stops = _with_role_labels(text, label_stops(text, lang), guessed_labels)
                k = bisect_right(stops, at)
                stop = stops[k] if k < len(stops) else len(text)
                mm = (compiled[n] or index.pattern(n)).match(text, at, stop)
            else:
                mm = (compiled[n] or index.pattern(n)).match(text, at)
                if mm is not None and labelled and not label_row[n] and may_cross(mm.group()):
                    if stops is None:
                        stops = _with_role_labels(text, label_stops(text, lang), guessed_labels)
                    mm = short_of_label(text, mm, compiled[n] or index.pattern(n), stops)
            if mm is not None and mm.end() > best_end:
                best_kind, best_end = index.rows[n].kind, mm.end()
        guessed = guessed_labels.get(at) or marks.get(at)  # a label or mark of words the lexicon
        # lacks: longer, it wins
        if guessed is not None and guessed[0] > best_end:
            out.append(Cue(guessed[1], at, guessed[0], text[at : guessed[0]], guessed[2]))
            pos = guessed[0]
        elif (
            best_end > at
            and not part_of_a_name(text, at, best_end, best_kind)
            and not (lang == "zh" and _name_end_first(text, at, best_end))
        ):
            out.append(Cue(best_kind, at, best_end, text[at:best_end]))
            pos = best_end
    return tuple(_with_label_words(text, out)) if lang == "en" else tuple(out)


def _name_end_first(text: str, at: int, end: int) -> bool:
    """Whether the Chinese cue at ``text[at:end]`` opens with a name's last character and a
    longer cue begins right after it (市总工会|同挑一担, not 市总工|会同|挑一担): the longer
    reading wins, as a cue found further on would were the two written apart."""
    k = at + 1
    if k >= end or not ORG_ZH.search(text, max(0, at - 8), k):
        return False
    index = row_index("zh")
    for n in index.candidates(text, k):
        mm = (index.compiled[n] or index.pattern(n)).match(text, k)
        if mm is not None and mm.end() > end:
            return True
    return False


def _with_label_words(text: str, cues: list[Cue]) -> list[Cue]:
    """The cues, a known label taking the words before it at a field's start ("Hands-on
    owner:", "Task owner:"): a modifier of the label, never a name."""
    out: list[Cue] = []
    for c in cues:
        if c.kind in LABELS:  # ("Cancellation time:" too)
            start = out[-1].end if out else 0
            m = label_words(text, start, c.start, bool(out) and out[-1].kind in _ROLE_LABELS)
            if m is not None and modifier_words(m.group(1)):
                kind, guess = _modified_kind(c, m.group(1))  # ("Prime responsibility:": the
                c = Cue(kind, m.start(1), c.end, text[m.start(1) : c.end], guess)  # lead's)
        out.append(c)
    return out


def _modified_kind(c: Cue, words: str) -> tuple[str, str]:
    """A responsibility label's kind after words holding one role's piece: that role's label
    ("Prime responsibility: A and B" names the leads, as "Lead units:" does), said."""
    found = role_of_words(words) if c.kind == "label_resp" else None
    kind = {"lead": "label_lead", "participant": "label_part"}.get(found[0]) if found else None
    if kind is None or found is None:
        return c.kind, c.guess
    said = f"{words.strip()} {c.text.strip()}"
    return kind, f"the label 「{said}」 read as {found[0]}'s by its 「{found[1]}」"


def role_labels(text: str, lang: str) -> dict[int, tuple[int, str, str]]:
    """The labels of words the lexicon does not know in ``text`` (:func:`label_role`), by
    where each begins: (end, the label kind their words say, the guess to say)."""
    found: dict[int, tuple[int, str, str]] = {}
    finder = _role_label_finder(lang)
    pos = 0
    while (m := finder.search(text, pos)) is not None:
        role = label_role(m.group(0), label_context(text, m.start(), m.end()))
        if role is None and dated(text, m, _known_label(lang)):  # ("To be delivered by:
            # end of May 2006")
            role = ("label_deadline", DATED.format(m.group(0).strip()), 0)
        if role is None:
            pos = m.start() + 1
            continue
        found[m.start() + _name_words(text, m.start(), role[2])] = (m.end(), role[0], role[1])
        pos = m.end()
    line_labels(text, found)  # ("Completion target: By the end of 2025" opening a line)
    return found


_ROLE_LABELS = frozenset({"label_lead", "label_resp", "label_part"})
def _with_role_labels(
    text: str, stops: list[int], role_labels: dict[int, tuple[int, str, str]]
) -> list[int]:
    """``stops`` and the places where a label of words the lexicon lacks begins (after
    spaces): 主攻单位：A  协攻单位：B ends A's part where 协攻单位： begins."""
    if not role_labels:
        return stops
    more = set(stops)
    for at in role_labels:
        k = at
        while k > 0 and text[k - 1].isspace():
            k -= 1
        more.update(range(k, at + 1))
    return sorted(more)


def part_of_a_name(text: str, at: int, end: int, kind: str) -> bool:
    """Whether the cue matched at ``text[at:end]`` is a word of a name or of a sentence, not a
    cue (the English guards of :mod:`divplan.parsing.cue_guards`; the scan drops such a match)."""
    return (
        inside_title_case(text, at, end, kind)
        or qualified_set(text, at, kind)
        or (kind in LABELS and not _label_start_ok(text, at, end))
    )


_FIELD_START = ";；(（[【\n。:："


def _label_start_ok(text: str, start: int, end: int) -> bool:
    """A label ended by a dash ("Lead agency - A") opens a field: at the start, or after a
    separator; inside a sentence ("the approval time - from 20 days") it is no label."""
    if text[start:end].rstrip()[-1:] not in "-–—":
        return True
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k == 0 or text[k - 1] in _FIELD_START


__all__ = [
    "KINDS",
    "LABELS",
    "ROLE_KINDS",
    "Cue",
    "CueKind",
    "deadline_label_end",
    "find_label",
    "generic_body",
    "is_task_label",
    "label_key",
    "language",
    "role_labels",
    "scan",
    "starts_with_label",
]
