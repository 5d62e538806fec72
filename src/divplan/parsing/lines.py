"""Structure, stage 1: split the normalised text into classified lines with ``lines.lark``.

Each physical line becomes a :class:`Line` saying which marker it opens with (section,
subsection, item or none), the value of that marker, and where its content lies.  Spans are
offsets into the *normalised* text; the pipeline maps them back to the original at the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from lark import Token, Tree

from divplan.parsing.grammar import parser
from divplan.parsing.numerals import marker_value
from divplan.parsing.remarks import labelled_note
from divplan.read.heading_words import modified_part, part_words

LineKind = Literal["section", "subsection", "item", "text"]

_DOTTED = re.compile(r"^\s*\d{1,2}\.(\d{1,2})$")
_SECTION_WORDS = f"{modified_part()}|{part_words()}|Item|Task|Measure"  # (heading_words.tsv)
_CORE = re.compile(
    r"^\s*(?:第|序[号號]|任[务務]群|(?:重[点點]|主要|工作)?任[务務]|板[块塊]|[专專]題|专题|[专專]项|專項|行[动動]|[分附子]?表"
    r"|(?:" + _SECTION_WORDS + r"|Table)\s+(?:No\.\s*)?|[Ii]ts\s+(?=[a-z])"
    r"|[A-Z][a-z]{2,}(?:\s+[a-z]{2,})?\s+(?=\d)|\(|【|〔)?\s*"
    r"([0-9一二三四五六七八九十〇零壹贰貳叁參肆伍陆陸柒捌玖拾IVXa-z]+|[A-Za-z]+|[\u2460-\u249b\u3220-\u3229])"
)


@dataclass
class Line:
    """One non-blank physical line."""

    kind: LineKind
    family: str | None  # the marker terminal's name, e.g. "SEC_ROMAN", "ITEM_NUM"
    marker: str | None  # the marker as written, stripped
    number: int | None  # the marker's value
    start: int  # first non-space character of the line (the marker, if any)
    end: int  # end of the line's content, trailing spaces excluded
    body_start: int  # first non-space character after the marker
    blank_before: bool  # a blank line (or the start of the text) precedes it


def marker_number(marker: str) -> int | None:
    """The value written in a marker: 'IV.' → 4, '(十一)' → 11, 'Second,' → 2, '2.3' → 3."""
    dotted = _DOTTED.match(marker)
    if dotted:
        return int(dotted.group(1))
    m = _CORE.match(marker)
    return marker_value(m.group(1)) if m else None


_LETTER_ROMANS = {"i": 9, "v": 22, "x": 24}  # (i), (v), (x): letters after (h), (u), (w)


def _letters_not_numerals(lines: list[Line]) -> list[Line]:
    """(i), (v) and (x) are roman numerals unless they go on a lettered list: after (h) the
    line (i) is the ninth letter, not the first numeral."""
    last_letter = 0
    for n, ln in enumerate(lines):
        if ln.family == "SUB_ALPHA":
            last_letter = ln.number or 0
        elif ln.family == "SUB_ROMAN_LC" and ln.marker:
            letter = ln.marker.strip("() ")
            if _LETTER_ROMANS.get(letter) == last_letter + 1:
                lines[n] = replace(ln, family="SUB_ALPHA", number=last_letter + 1)
                last_letter += 1
    return lines


def _bracketed_note(text: str, marker: Token, end: int) -> bool:
    """Whether a bullet's body is a note in brackets ("(Note: …)", （注：…）)."""
    body = text[marker.end_pos or 0 : end].strip()
    return body[:1] in "(（" and labelled_note(body[1:].lstrip())


def split_lines(text: str) -> list[Line]:
    """Classify every non-blank line of ``text`` (normalised: ``\\n`` line ends only)."""
    tree = parser("lines").parse(text)
    out: list[Line] = []
    prev_end = -1
    for node in tree.children:
        assert isinstance(node, Tree)
        toks = [t for t in node.children if isinstance(t, Token)]
        first = toks[0]
        last = toks[-1]
        raw_start = first.start_pos or 0
        raw_end = last.end_pos or raw_start
        line_text = text[raw_start:raw_end]
        lead = len(line_text) - len(line_text.lstrip())
        start = raw_start + lead
        end = raw_start + len(line_text.rstrip())
        if end <= start:
            continue
        gap = text[prev_end + 1 : raw_start] if prev_end >= 0 else "\n"
        blank_before = prev_end < 0 or gap.count("\n") >= 2 or (prev_end < 0)
        if prev_end >= 0:
            between = text[prev_end:raw_start]
            blank_before = between.count("\n") >= 2
        prev_end = raw_end
        kind: LineKind = node.data  # type: ignore[assignment]
        if kind == "item" and first.type == "ITEM_BULLET" and _bracketed_note(text, first, end):
            kind = "text"  # ("• (Note: the tasks of Part II were adjusted …)": no task)
        if kind == "text":
            out.append(Line("text", None, None, None, start, end, start, blank_before))
            continue
        marker_tok = first
        marker = str(marker_tok).strip()
        body_start = marker_tok.end_pos or start
        rest = text[body_start:end]
        body_start += len(rest) - len(rest.lstrip())
        if body_start > end:
            body_start = end
        out.append(
            Line(
                kind,
                marker_tok.type,
                marker,
                marker_number(marker),
                start,
                end,
                body_start,
                blank_before,
            )
        )
    return _note_points(text, _letters_not_numerals(out))


_FIRST_POINT = re.compile(r"\s*[^\s:：]{1,7}\s*[:：]\s*1\s*[.．、]")  # 表註：1. … / Note: 1. …


def _note_points(text: str, lines: list[Line]) -> list[Line]:
    """A labelled note whose text opens with its first point (表註：1. …, "Notes: 1. …") goes on
    in the points numbered after it on the lines right under it (2. …, 3. …): they are the
    note's, never items or headings."""
    expect = 0
    for n, ln in enumerate(lines):
        body = text[ln.start : ln.end]
        if ln.kind == "text" and not ln.blank_before and expect == 0 and (
            _FIRST_POINT.match(body) and labelled_note(body)
        ):
            expect = 2
            continue
        if expect and ln.kind != "text" and ln.number == expect and not ln.blank_before:
            lines[n] = replace(ln, kind="text", family=None, marker=None, number=None,
                               body_start=ln.start)
            expect += 1
            continue
        expect = 0
    return lines
