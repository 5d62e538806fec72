"""Rejoin: the text a reader sees, rebuilt from the original characters of a stretch.

Why apart from :mod:`divplan.assemble`: spans point into the text the user gave, where a
PDF copy or a hard-wrapped e-mail cuts lines anywhere; the item text shown must read as
written, not as cut.  :func:`rejoin` joins lines with a space between words and none between
Chinese characters, drops the hyphen of a word cut for the line ("Develop-|ment") but keeps a
compound's own ("Out-of-|capacity"), and closes a PDF's letter-spacing (全 国 工 商 联) and
the space a PDF sets between Chinese and digits (2015 年 9 月) or inside a year (2 017年).
"""

from __future__ import annotations

import re

from divplan.parsing.clause_text import CJK_TIGHT, heads_a_name, hyphen_join

# a space between CJK characters, or CJK and a digit (2015 年 9 月: a PDF's spacing); the
# pattern opens with the space itself, so the engine skips to spaces instead of trying every
# position (measured: rejoin was 6 % of a parse)
_CJK_SPACE = re.compile(
    r" (?:(?<=[\u3400-\u9fff] )(?=[\u3400-\u9fff\d])|(?<=\d )(?=[\u3400-\u9fff]))"
)
_ANY_CJK = re.compile(r"[\u3400-\u9fff]")
_ANY_BREAK = re.compile(r"[\r\n\f\v]")
# blank lines too, and a page's end (the form feed of a PDF's text layer: 2019 \f年底前)
_WRAP = re.compile(r"[ \t\u3000]*(?:(?:\r\n|[\r\n\f\v])[ \t\u3000]*)+")
_BREAK = re.compile(r"[\r\n\f\v]")  # a line's or a page's end inside a wrap


def rejoin(raw: str) -> str:
    """``raw`` (original characters, page lines already dropped) as one line of text."""
    joined = raw
    if _ANY_BREAK.search(raw):  # (a wrap holds a line's or a page's end: none, nothing to join)
        join = _join_cjk if CJK_TIGHT.search(raw) else _join
        joined = _WRAP.sub(join, raw)
    if "\x00" in joined:
        joined = joined.replace("-\x00", "")
    if " " in joined and _ANY_CJK.search(joined):
        joined = _CJK_SPACE.sub("", joined)  # 全 国 工 商 联: a PDF's letter-spacing
        joined = _YEAR_CUT.sub(_year_whole, joined)  # (2 017年6月底前: a year a PDF spaced)
    return joined.strip()


_YEAR_CUT = re.compile(r"(?<!\d)([12]\d{0,2}) (\d{1,3})(?=年)")


def _year_whole(m: re.Match[str]) -> str:
    """A year's four digits a space cut (2 017年), whole; any other digits as they were."""
    return m.group(1) + m.group(2) if len(m.group(1)) + len(m.group(2)) == 4 else m.group()


def _join(m: re.Match[str]) -> str:
    s = m.string
    before = s[m.start() - 1] if m.start() > 0 else ""
    after = s[m.end()] if m.end() < len(s) else ""
    if _BREAK.search(m.group()) and hyphen_join(s[max(0, m.start() - 2) : m.start()], after):
        word = re.search(r"[\w-]*$", s[: m.start() - 1])
        if word is not None and (
            "-" in word.group() or heads_a_name(word.group(), s[m.end() : m.end() + 20])
        ):
            return ""  # "Out-of-\ncapacity", "Sub-\nbureau": a compound cut at its own hyphen
        return "\x00"  # "Develop-\nment": a word cut for the line, the hyphen goes too
    return "" if _tight(before, after) else " "


def _join_cjk(m: re.Match[str]) -> str:
    """:func:`_join` in Chinese text, where a line cut between two Latin letters or digits
    (202 / 1年底前, 5 / G网络) is no word space either: Chinese lines are cut anywhere."""
    s = m.string
    before = s[m.start() - 1] if m.start() > 0 else ""
    after = s[m.end()] if m.end() < len(s) else ""
    pair = before + after
    if _BREAK.search(m.group()) and len(pair) == 2 and pair.isascii() and pair.isalnum():
        return ""
    return _join(m)


def _tight(before: str, after: str) -> bool:
    """No space where a line was cut between two CJK characters, or CJK and a digit (2015年
    / 11月): Chinese sets none there."""
    if CJK_TIGHT.match(before) and CJK_TIGHT.match(after):
        return True
    return bool(
        (CJK_TIGHT.match(before) and after.isdigit())
        or (before.isdigit() and CJK_TIGHT.match(after))
    )


__all__ = ["rejoin"]
