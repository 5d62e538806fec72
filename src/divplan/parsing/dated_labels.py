"""Labels read by their value: a field of words no row holds whose value is a date.

Why a module of its own: a deadline's label is as open as a role's ("To be delivered by:",
"Completion target:", 时序要求：), and most such labels hold no time word the label reader
(:mod:`divplan.parsing.label_roles`) knows.  Their value says what they are: a field whose
whole value is a deadline (:func:`divplan.parsing.deadlines.deadline_whole`) is the item's
deadline field, said as a guess.  Only one field's words closed by a colon are read so — never
words holding a known label ("to assist  Deadline:" is two fields) — and only where a date is
the value, so that no role's or task's words become a deadline.
"""

from __future__ import annotations

import re

from divplan.parsing.clause_text import language, simplify
from divplan.parsing.cue_rows import _labels_of, _role_label_finder
from divplan.parsing.label_roles import time_label

DATED = "the label 「{}」 is not in the lexicon; read as a deadline's: a date is its value"

#: A few words and a colon (a capitalised English word and up to three more, or two to six
#: Chinese characters): a label, when a date is its value
_NOTE = r"(?!(?i:remarks?|notes?|comments?|explanations?)\b|备注|附注|说明|注释)"  # (a remark
SHORT_LABEL = re.compile(  # holding a year, "Remarks: Continued from 2004", is no deadline)
    rf"{_NOTE}(?:[A-Z][a-z-]*(?:[ \t]+[a-z][a-z-]*){{0,3}}|[\u4e00-\u9fff]{{2,6}})[ \t]*[:：]"
)
_LINE_LABEL = re.compile(rf"(?:^|(?<=\n))[ \t\u3000]*({SHORT_LABEL.pattern})")
_NAME_ENDS = "局委办厅部署院室处府会心站所队司行组社团校馆等"  # a unit's last character (or 等)
#: the same inside a line a wrap joined: two to four words, the first capitalised after a word
#: in lower case ("… cooperate Time to be finished: before the end of 2022"; never a name's
#: last word, "Ministry of Finance:")
_MID_LABEL = re.compile(
    rf"(?<=[a-z,;.)] ){_NOTE}([A-Z][a-z-]*(?:[ \t]+[a-z][a-z-]*){{1,3}}[ \t]*:)"
    rf"|(?<=\S  ){_NOTE}([A-Z][a-z-]*(?:[ \t]+[a-z][a-z-]*){{0,3}}[ \t]*:)"  # (after a gap,
    # one word will do: "…  Time-bound: before …", "… concerned.  Delivery by: End of May 2010")
    rf"|(?<=[{_NAME_ENDS}）)—－] ){_NOTE}([\u4e00-\u9fff]{{2,6}}[ \t]*[:：])"  # (Chinese: a
)  # name, a space, a label whose value is a date: 配合单位：B 时间刻度：2016年6月底前; never a
# label a line end cut, 完⏎成时限：, whose first character is no name's last)


def dated_label(label: str, known: re.Pattern[str]) -> bool:
    """Whether a label of unknown words may be read by a date after it: one field's words
    closed by a colon, holding no label the lexicon knows (``known``)."""
    words = label.strip()
    closed = words.endswith((":", "：")) and "  " not in words
    return closed and not known.search(label)


def dated_value(text: str, at: int) -> bool:
    """Whether the value after a label at ``at`` is a deadline whole (its line up to the next
    field, two spaces on), or a bare date closed by 前 and nothing else, not even a full stop
    (时间刻度：2016年6月底前: a row's or a field line's value)."""
    from divplan.parsing.deadlines import deadline_prefix, deadline_whole  # (cues: cycle)

    stop = text.find("\n", at)
    value = text[at : len(text) if stop < 0 else stop].split("  ", 1)[0].strip()
    bare = value.endswith("前") and deadline_prefix(value) >= len(value)  # (no full stop: a
    # row's cell or a field line, never a sentence's end, …完⏎成时限：2021年12月底前。)
    return bool(value) and (bare or deadline_whole(value))


def dated(text: str, m: re.Match[str], known: re.Pattern[str]) -> bool:
    """A label ``m`` of unknown words closed by a colon whose value is a date."""
    return (
        dated_label(m.group(0), known)
        and not _cut_off(text, m.start())
        and dated_value(text, m.end())
    )


def _cut_off(text: str, at: int) -> bool:
    """Whether the Chinese label at ``at`` is the rest of words a line end or a space cut
    (…配合，完⏎成时限：): the character before it, past spaces, is Chinese and no unit's last."""
    k = at
    while k > 0 and text[k - 1] in " \t\n\u3000":
        k -= 1
    return 0 < k < at and "\u4e00" <= text[k - 1] <= "\u9fff" and text[k - 1] not in _NAME_ENDS


def line_labels(text: str, found: dict[int, tuple[int, str, str]]) -> None:
    """Add to ``found`` (labels by where they begin) each line opening with a few words and a
    colon whose value is a date ("Completion target: By the end of 2025"), and each such
    English label a wrap joined into the line before it."""
    lines = _LINE_LABEL.finditer(text)
    inside = _MID_LABEL.finditer(text) if ":" in text or "：" in text else ()
    for m in (*lines, *inside):
        g = next(k for k in range(1, (m.re.groups or 1) + 1) if m.group(k))
        at, label = m.start(g), m.group(g)
        if at not in found and not _cut_off(text, at) and dated_value(text, m.end()):
            found[at] = (m.end(), "label_deadline", DATED.format(label))


def first_dated(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the first label of :func:`line_labels` in ``text[start:end]`` is (its value may
    run past ``end``)."""
    found: dict[int, tuple[int, str, str]] = {}
    window = text[:end]
    for pattern in (_LINE_LABEL, _MID_LABEL):
        for m in pattern.finditer(window, start):
            g = next(k for k in range(1, (m.re.groups or 1) + 1) if m.group(k))
            if not _cut_off(text, m.start(g)) and dated_value(text, m.end()):
                found.setdefault(m.start(g), (m.end(), "", ""))
                break
    if not found:
        return None
    at = min(found)
    return at, found[at][0]


def deadline_label_end(text: str, start: int, end: int) -> int:
    """Where a deadline label opening ``text[start:end]`` ends (完成时限：…), else ``start``;
    a label cut by a line end (推进时⏎限：) is one label."""
    window = simplify(text[start:end])
    keep = [i for i, ch in enumerate(window) if ch != "\n"]
    compact = "".join(window[i] for i in keep)
    lang = language(window)
    m = _labels_of("label_deadline", lang).match(compact.lstrip())
    if not m:  # ("Cancellation time:", "Cash-in time:": words the lexicon lacks, a time word)
        m = _role_label_finder(lang).match(compact.lstrip())
        if m is None or not (time_label(m.group(0)) or dated_value(compact.lstrip(), m.end())):
            m = SHORT_LABEL.match(compact.lstrip())  # ("To be delivered by: end of May 2006",
            if m is None or not dated_value(compact.lstrip(), m.end()):  # "Completion target:
                return start  # By the end of 2024": a few words and a date their value)
        if _cut_off(text, start + keep[len(compact) - len(compact.lstrip())]):
            return start  # (成时限： under …完: the rest of a label a line end cut)
    return start + keep[len(compact) - len(compact.lstrip()) + m.end() - 1] + 1


__all__ = [
    "DATED",
    "SHORT_LABEL",
    "dated",
    "dated_label",
    "dated_value",
    "deadline_label_end",
    "first_dated",
    "line_labels",
]
