"""Clause text: a clause made ready for the cue scanner, and what reading it produces.

Why: the reader must see one line of simplified text (wraps joined, traditional characters
simplified), while every span it reports must point back into the normalised document.
:func:`prepare` guarantees that ``index[i]`` is the normalised offset of ``text[i]`` (one extra
entry for the end), and that ``raw`` holds the same characters as written, so a mention keeps
its traditional characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from divplan.parsing.lexicon_files import word_lists

Mode = Literal["sole", "joint", "lead", "division"]
Reading = Literal["exact", "inferred"]

_CJK = re.compile(r"[\u3400-\u9fff]")
# characters written without spaces around them: CJK ideographs and CJK/full-width punctuation
CJK_TIGHT = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


@dataclass
class Reference:
    """One department named in a clause, as written (resolution is the next stage's job)."""

    mention: str
    span: tuple[int, int]  # normalised-text offsets
    lookup: str  # the name to resolve: the mention, or the mention completed ("Ministry of …")
    known: bool  # the registry knows ``lookup`` exactly (date aside)
    org: bool = False  # built like an organisation's name (…局, "Ministry of …")
    start: int = 0  # offsets in the prepared clause text (for joining names back)
    end: int = 0


@dataclass
class ClauseReading:
    """What a responsibility clause says, and how sure the reader is."""

    mode: Mode | None = None
    leads: list[Reference] = field(default_factory=list)
    participants: list[Reference] = field(default_factory=list)
    others: bool = False
    span: tuple[int, int] | None = None  # the clause (brackets included), normalised offsets
    deadline: tuple[int, int] | None = None  # a deadline written inside the clause
    reading: Reading = "exact"
    guesses: list[str] = field(default_factory=list)  # what was guessed, for the diagnostic
    cued: bool = False  # a role cue or label was found
    error: str | None = None  # why the clause could not be read, when it could not
    # "same as above" (同上, ditto) written for these roles: "all" (the clause says only that),
    # "lead", "participant" (a field's value): the item above's, which assemble.py applies
    ditto: frozenset[str] = frozenset()
    helpers_only: bool = False  # only helpers named, by role words (roles.shared_when_only_helpers)
    # the field labels of words the lexicon lacks, as (label, kind) (label_agreement.py)
    guessed_labels: tuple[tuple[str, str], ...] = ()

    def says_who(self) -> bool:
        """Whether the clause names anyone: departments, unnamed others, or the item above's."""
        return bool(self.leads or self.participants or self.others or self.ditto)


@dataclass
class Prepared:
    """Clause text ready for the scanner, with a map back to normalised offsets."""

    text: str  # what the scanner reads (traditional Chinese simplified)
    index: list[int]  # index[i] = normalised offset of text[i]; one extra entry for the end
    raw: str  # the same characters as written (for mentions)

    def span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return (self.index[start], self.index[start])
        return (self.index[start], self.index[end - 1] + 1)


def simplify(text: str) -> str:
    """Traditional → simplified Chinese, only when it keeps every character in place; an
    English text's full-width colons as ASCII ones ("Lead unit：A", a Chinese keyboard's)."""
    if not _CJK.search(text):
        return text.replace("：", ":") if "：" in text else text
    from zhconv_rs import zhconv

    out = str(zhconv(text, "zh-hans")).replace("馀", "余")  # (餘: the lexicon writes 其余, 剩余)
    return out if len(out) == len(text) else text


def _hyphenated(chars: list[str], after: str) -> bool:
    """A word cut at a line end with a hyphen (PDF text): letter, "-", newline, lower case."""
    return (
        len(chars) >= 2 and chars[-1] == "-" and chars[-2].isascii() and chars[-2].isalpha()
        and after.isascii() and after.islower()
    )  # fmt: skip


def _compound(chars: list[str], rest: str = "") -> bool:
    """Whether the word ending in the line-end hyphen of ``chars`` holds another hyphen, or is
    a prefix written with its hyphen ("Co-⏎deliverers:", "Vice-⏎chair"), or ``rest`` (the
    text after the break) opens with a body's head noun ("Sub-⏎bureau": name_words.tsv's
    ``en_org`` rows) — a compound's hyphen the line's end happened to fall after."""
    k = len(chars) - 2
    while k >= 0 and (chars[k].isalpha() or chars[k] == "-"):
        if chars[k] == "-":
            return True
        k -= 1
    word = "".join(chars[k + 1 : -1])
    return word.lower() in word_lists("name_words.tsv")["en_hyphen_prefix"] or heads_a_name(
        word, rest
    )


_FIELD_BULLET = re.compile(r"[-•·*▪●][ \t]+(?=[^\n:：]{1,40}[:：])")
_FIRST_WORD = re.compile(r"[a-z]+(?![a-z])")


def heads_a_name(word: str, rest: str) -> bool:
    """Whether ``rest`` opens with an English body's head noun that ``word`` before the line's
    hyphen does not make a longer one with ("Sub-⏎bureau", not "Com-⏎mission"), or with the
    word that closes a compound of names ("State-⏎owned": ``en_hyphen_tail`` rows)."""
    m = _FIRST_WORD.match(rest)
    if m is None:
        return False
    words = word_lists("name_words.tsv")
    heads = words.get("en_org", ())
    if m.group() in words["en_hyphen_tail"]:
        return True
    return m.group() in heads and (word + m.group()).lower() not in heads


def hyphen_join(before: str, after: str) -> bool:
    """Whether a line break between ``before`` and ``after`` cuts one hyphenated word."""
    return _hyphenated(list(before[-2:]), after[:1])


def prepare(text: str, start: int, end: int) -> Prepared:
    """Join hard line-wraps in ``text[start:end]``: nothing between CJK, else one space (a line
    break before an English field's label is kept: the label opens its own line).

    Runs of spaces count as a wrap too (``牵头单位：A  配合单位：B``): field labels are cues,
    so the scanner needs no space to see where a field ends.
    """
    piece = text[start:end]
    glossed = _LATIN.search(piece) is not None and CHINESE_GLOSS.search(piece) is not None
    if "\n" not in piece and "  " not in piece and not glossed:  # the common case: one line
        return Prepared(simplify(piece), list(range(start, end + 1)), piece)
    chars: list[str] = []
    index: list[int] = []
    i = start
    while i < end:
        ch = text[i]
        if ch in " \n\t\u3000" and i + 1 < end and (ch == "\n" or text[i + 1] in " \n\t\u3000"):
            j = i
            while j < end and text[j] in " \n\t\u3000":
                j += 1
            if "\n" in text[i:j] and (bullet := _FIELD_BULLET.match(text, j, end)):
                j = bullet.end()  # ("- Expected completion: …": a list's bullet before a field)
            before = chars[-1] if chars else ""
            after = text[j] if j < end else ""
            if ch == "\n" and _hyphenated(chars, after):  # "partic-\nipating": one word,
                if not _compound(chars, text[j : j + 20]):  # the hyphen a line cut added
                    chars.pop()  # goes (as assemble's text does); a compound's stays:
                    # Out-of-\ncapacity
                    index.pop()
                i = j
                continue
            if ch == "\n" and before not in ";；,，:：" and _field_line(text, j, end):
                chars.append("\n")  # "… Market System Development / Fellow departments: B":
                index.append(i)  # a field's line of its own, kept apart from the name above
                i = j  # (a label of unknown words never runs over a line's end)
                continue
            if ch == "\n" and chars and _helpers_line(text, before, j, end):
                chars.append(";")  # Principal department: A / "B and C shall contribute.":
                index.append(i)  # the line is a sentence of its own, not more of A's name
                i = j
                continue
            if "\n" not in text[i:j] and before.isascii() and after.isascii() and before:
                chars += "  "  # ("… Development  Co-acting units:": an English field's gap is
                index += [i, i + 1]  # kept, the only sign of where a name ends, a label begins)
                i = j
                continue
            spaced = _role_label_after(text, j, end)
            cut_year = ch == "\n" and before.isdigit() and after.isdigit() and (
                _CJK.search(text, max(start, i - 8), min(end, j + 8)) is not None
            )  # (a Chinese line cut inside a year: 201⏎3年12月底前)
            if chars and j < end and not cut_year and (
                spaced or not (CJK_TIGHT.match(before) and CJK_TIGHT.match(after))
            ):  # (主攻单位：A  协攻单位：B: a label of unknown words opens a field after a space)
                chars.append(" ")
                index.append(i)
            i = j
            continue
        chars.append(ch)
        index.append(i)
        i += 1
    if glossed:
        chars, index = _drop_glosses(chars, index)
    index.append(end)
    raw = "".join(chars)
    return Prepared(simplify(raw), index, raw)


# an English text's gloss of the Chinese original: "Department of Finance (省财政厅) takes …"
_LATIN = re.compile(r"[A-Za-z]{3}")


def _helpers_line(text: str, before: str, at: int, end: int) -> bool:
    """Whether the English line opening at ``at`` is a sentence of its own, opening with "The"
    and closing with a role word ("The Ministry of Finance and … shall contribute."), after a
    line that ended its list (no comma, no "and" left open before the break)."""
    if not text.startswith("The ", at) or not before.isalpha():
        return False  # (a wrapped name goes on in the next line's first word: "County B / Bureau")
    stop = text.find("\n", at, end)
    stop = end if stop < 0 else stop
    from divplan.parsing.role_edges import closes_with_role_word, opens_with_role_word

    return closes_with_role_word(text, at, stop) and not opens_with_role_word(text, at, stop)


_FIELD_LABEL = re.compile(r"[A-Z][\w-]*(?:[ \t]+[\w-]+){0,3}[ \t]*:(?!//)")


def _field_line(text: str, at: int, end: int) -> bool:
    """Whether an English line at ``at`` opens with a field's label ("Fellow departments:",
    "In association with:", "Timing:"): a few words, the first capitalised, and a colon."""
    return _FIELD_LABEL.match(text, at, end) is not None


def _role_label_after(text: str, at: int, end: int) -> bool:
    """Whether a field label opens at ``at`` (after a run of spaces): kept apart from the
    value before it by one space, as a label of words the lexicon lacks is one only at a
    field's start (:mod:`divplan.parsing.label_roles`)."""
    if text[at : at + 1] in ("", " ") or not _CJK.match(text[at]):
        return False
    from divplan.parsing.cues import find_label  # (cues reads its text with this module)

    found = find_label(text, at, min(end, at + 12))
    return found is not None and found[0] == at
CHINESE_GLOSS = re.compile(r" ?[(（\[][\u3400-\u9fff、，·・ ]{1,40}[)）\]]")  # (财政部) or [财政部]


def language(text: str) -> str:
    """``zh`` when the text holds a CJK ideograph outside brackets of ideographs only, else
    ``en``: which rows apply.  An English text with the Chinese original of its names in
    brackets (an official translation's glosses: "Ministry of Finance (财政部)") is English."""
    if not _CJK.search(text):
        return "en"
    return "zh" if _CJK.search(CHINESE_GLOSS.sub("", text)) else "en"


def _drop_glosses(chars: list[str], index: list[int]) -> tuple[list[str], list[int]]:
    """The clause without the Chinese glosses an English text puts after names: the reader
    sees "A takes the lead", the names' spans still point into the text as written."""
    text = "".join(chars)
    keep = [True] * len(chars)
    for m in CHINESE_GLOSS.finditer(text):
        for k in range(m.start(), m.end()):
            keep[k] = False
    return [c for c, k in zip(chars, keep, strict=True) if k], [
        i for i, k in zip(index, keep, strict=True) if k
    ]


def joined_readings(first: ClauseReading, second: ClauseReading) -> ClauseReading:
    """One reading from a clause split over two brackets: the first leads, the second joins."""
    assert first.span is not None and second.span is not None
    keys = {r.lookup.casefold() for r in first.leads}
    return ClauseReading(
        mode="lead",
        leads=first.leads,
        participants=first.participants
        + [r for r in second.participants if r.lookup.casefold() not in keys],
        others=first.others or second.others,
        span=(first.span[0], second.span[1]),
        deadline=second.deadline or first.deadline,
        reading="inferred" if first.guesses or second.guesses else "exact",
        guesses=first.guesses + second.guesses,
        cued=True,
    )


__all__ = [
    "CHINESE_GLOSS",
    "CJK_TIGHT",
    "ClauseReading",
    "Mode",
    "Prepared",
    "Reference",
    "heads_a_name",
    "hyphen_join",
    "joined_readings",
    "prepare",
    "simplify",
]
