"""Read the *notice* (印发通知) wrapped around a division-of-labour plan.

A plan is rarely published bare: a notice precedes it (title, document number, addressees,
a short body, issuer and date), or, for plans issued as the document itself (国务院关于落实
《政府工作报告》重点工作部门分工的意见), the issuer/date block follows the plan.  The caller
has already cut the text into regions; this module only extracts fields from them.

Design choices, and why:

* Everything works on a plain ``str`` and returns ``(start, end)`` offsets into *that* string,
  so the caller can map spans back through its own normalisation offset map.  Every returned
  :class:`Field` / :class:`DocNumber` satisfies ``text[start:end] == field.text``; the one
  exception is :attr:`Notice.date`, whose text is the ISO date and whose span covers the date as
  written (``parse_date(text[start:end])`` gives the ISO text back).
* Input is expected normalised (LF line ends, full-width ASCII mapped to ASCII) but raw text
  (CRLF, BOM, ``：``, ``（``) is handled too, because callers in tests and tools pass raw files.
* The parsing is line-oriented and uses only bounded quantifiers, so a 1 MB single line costs
  linear time: candidate lines longer than :data:`_MAX_TITLE` are never regex-searched for titles,
  and look-behinds for document-number issuer codes scan at most :data:`_CODE_WINDOW` characters.
* Nothing here raises on odd input: a text without a notice yields a :class:`Notice` whose
  fields are all ``None`` and whose references are empty.
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from zhconv_rs import zhconv

__all__ = [
    "DocNumber",
    "Field",
    "Notice",
    "find_dates",
    "find_doc_numbers",
    "parse_date",
    "parse_doc_number",
    "read_notice",
]


# --------------------------------------------------------------------------------------------
# Public data types
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    """A piece of text together with where it was found (``text == source[span[0]:span[1]]``)."""

    text: str
    span: tuple[int, int]


@dataclass(frozen=True)
class DocNumber:
    """A document number (发文字号) as written, plus its parts and its canonical Chinese form.

    ``issuer_code`` is the simplified Chinese issuer code (国发, 国办发, 国办函, 江政办函).  For
    Chinese numbers it is the code as written, simplified; for English/pinyin renderings it comes
    from a table (:data:`_EN_CODES`) and is ``None`` when the rendering is unknown, in which case
    ``normalized`` is ``None`` too but ``year`` and ``serial`` are still parsed.
    """

    text: str
    span: tuple[int, int]
    issuer_code: str | None
    year: int | None
    serial: int | None
    normalized: str | None


@dataclass(frozen=True)
class Notice:
    """Fields of a notice.  Any field may be ``None``; ``references`` may be empty.

    ``title`` is the plan's title as the notice names it (the notice title without its
    "Notice … on Printing and Distributing" / "关于印发…的通知" wrapper, or the whole first title
    line when there is no wrapper).  ``date.text`` is ISO (``2012-08-02``) while ``date.span``
    covers the date as written.
    """

    title: Field | None
    notice_title: Field | None
    doc_number: DocNumber | None
    issuer: Field | None
    date: Field | None
    addressees: Field | None
    references: tuple[DocNumber, ...]


_EMPTY = Notice(None, None, None, None, None, None, ())

# --------------------------------------------------------------------------------------------
# Character classes and small helpers
# --------------------------------------------------------------------------------------------

# Characters stripped from both ends of a line.  The BOM and zero-width space are included so
# raw (un-normalised) text reads like normalised text.
_WS = " \t\r\n\f\v\u3000\u00a0\ufeff\u200b"
_SPACE = " \t\u3000\u00a0"


def _is_cjk(ch: str) -> bool:
    """True for CJK ideographs (both simplified and traditional live in these blocks)."""
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF


class _Line(NamedTuple):
    """One line of a region: ``start``/``end`` bound its content without surrounding blanks.

    A NamedTuple, not a dataclass: a megabyte of short lines makes hundreds of thousands.
    """

    start: int
    end: int


class _Lines:
    """The non-blank lines of a region, indexable, with a binary search from offset to line.

    Finding the line of a position must not rescan the region, or a text with many dates or
    numbers would cost quadratic time.  Lines are kept as plain offset lists and turned into
    :class:`_Line` only when looked at: a megabyte of short lines makes hundreds of thousands.
    """

    def __init__(self, starts: list[int], ends: list[int]) -> None:
        self.starts = starts
        self.ends = ends

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i: int) -> _Line:
        return _Line(self.starts[i], self.ends[i])

    def index_of(self, pos: int) -> int:
        """Index of the line whose content contains ``pos``, or -1."""
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and self.starts[i] <= pos <= self.ends[i]:
            return i
        return -1


# Content of a line: from its first to its last non-blank character.  No leading ``\s*``: on a
# line of blanks that would be retried at every position (quadratic); the scanner skips blanks.
_LINE_RE = re.compile(r"\S(?:[^\n]*\S)?")
_INVISIBLE = "\ufeff\u200b"  # not \s to ``re`` but blank to a reader (BOM, zero-width space)


def _lines(text: str, a: int, b: int) -> _Lines:
    """Non-blank lines of ``text[a:b]`` with stripped content bounds (linear in ``b - a``)."""
    starts: list[int] = []
    ends: list[int] = []
    push_start, push_end = starts.append, ends.append
    for m in _LINE_RE.finditer(text, a, b):
        push_start(m.start())
        push_end(m.end())
    if any(text.find(ch, a, b) >= 0 for ch in _INVISIBLE):  # rare: a BOM or zero-width space
        kept = [_trim(text, s, e) for s, e in zip(starts, ends, strict=True)]
        kept = [(s, e) for s, e in kept if s < e]
        starts, ends = [s for s, _ in kept], [e for _, e in kept]
    return _Lines(starts, ends)


# --------------------------------------------------------------------------------------------
# Document numbers
# --------------------------------------------------------------------------------------------

_OPEN = "〔(（\\[［【〖"
_CLOSE = "〕)）\\]］】〗"
# The anchor is the bracketed year and the serial; the issuer code is found by a bounded scan
# backwards from it (see _code_before) rather than by the regex, because a leading run of
# optional words in a regex is where catastrophic backtracking and over-long matches come from.
_DOCNO_ANCHOR = re.compile(
    rf"[{_OPEN}][ \t\u3000]{{0,3}}(?P<year>\d{{4}})[ \t\u3000]{{0,3}}[{_CLOSE}][ \t\u3000]{{0,3}}"
    r"(?:(?P<no>(?<![A-Za-z])(?:[Nn][Oo]\.?|NO\.?|[Nn]umber|第))[ \t\u3000]{0,3}"
    r"(?:[:：#][ \t\u3000]{0,2})?)?"
    r"(?P<serial>\d{1,6})(?!\d)"
    r"(?:[ \t\u3000]{0,2}(?P<hao>[号號]))?"
)
_CODE_WINDOW = 80

# English and pinyin renderings of issuer codes, keyed by their letters only, lower-cased.
# "State Council Letter" maps to 国办函, not 国函: machine and web translations render the
# General Office's letters (国办函) that way (the seed's "State Council Letter [2012] No. 141" is
# 国办函〔2012〕141号), and letters of the State Council itself are rare in this genre.
_EN_CODES: dict[str, str] = {
    # 国发: State Council documents
    "guofa": "国发",
    "statecouncil": "国发",
    "statecouncildocument": "国发",
    "statecouncildoc": "国发",
    # 国办发: General Office documents
    "guobanfa": "国办发",
    "generalofficeofthestatecouncil": "国办发",
    "generalofficeofthestatecouncildocument": "国办发",
    "officeofthestatecouncil": "国办发",
    "officeofthestatecouncildocument": "国办发",
    "statecounciloffice": "国办发",
    "statecouncilofficedocument": "国办发",
    "statecouncilgeneraloffice": "国办发",
    "statecouncilgeneralofficedocument": "国办发",
    "generalofficedocument": "国办发",
    # 国办函: General Office letters
    "guobanhan": "国办函",
    "statecouncilletter": "国办函",
    "statecouncilofficeletter": "国办函",
    "statecouncilgeneralofficeletter": "国办函",
    "generalofficeletter": "国办函",
    "generalofficeofthestatecouncilletter": "国办函",
    "officeofthestatecouncilletter": "国办函",
    # 国函: State Council letters (only when written in pinyin, see above)
    "guohan": "国函",
    # telegrams and Party-central codes that show up in references
    "guofamingdian": "国发明电",
    "guobanfamingdian": "国办发明电",
    "zhongfa": "中发",
    "zhongbanfa": "中办发",
}
# A Chinese issuer code never contains these function characters, so a run of ideographs
# before the bracket is cut after the last of them (…精神按照国发〔…〕 → 国发).
_CODE_STOP = frozenset("的了和及与與按据據照见見即为為是在以将將依根于於对對由从從同请請")
_MAX_CN_CODE = 8
_MAX_EN_WORDS = 8


@lru_cache(maxsize=4096)
def _simplified(code: str) -> str:
    """Simplified form of an issuer code; cached because the same few codes recur."""
    return zhconv(code, "zh-hans")


def _en_key(s: str) -> str:
    """Letters of ``s``, lower-cased: "Guo Ban-Han" and "Guobanhan" share the key "guobanhan"."""
    return "".join(c for c in s.lower() if "a" <= c <= "z")


def _is_word_char(ch: str) -> bool:
    """ASCII letter, hyphen or apostrophe: the characters of an English or pinyin code word."""
    return ch.isascii() and (ch.isalpha() or ch in "-'")


def _code_before(text: str, lo: int, pos: int) -> tuple[int, str | None]:
    """Find the issuer code that ends just before ``pos`` (the opening bracket).

    Returns ``(code_start, issuer_code)``.  ``code_start == pos`` when no code was
    found.  Scans at most ``pos - lo`` characters and never crosses a line break, so it is
    cheap and cannot glue a heading on the previous line onto a number.
    """
    nl = text.rfind("\n", lo, pos)
    if nl >= 0:
        lo = nl + 1
    k = pos
    while k > lo and pos - k < 3 and text[k - 1] in _SPACE:
        k -= 1
    if k <= lo:
        return pos, None
    ch = text[k - 1]
    if _is_cjk(ch):
        m = k
        while m > lo and k - m < _MAX_CN_CODE + 4 and _is_cjk(text[m - 1]):
            m -= 1
        c = k
        while c > m and text[c - 1] not in _CODE_STOP:
            c -= 1
        c = max(c, k - _MAX_CN_CODE)
        if c == k:
            return pos, None
        return c, _simplified(text[c:k])
    if not _is_word_char(ch):
        return pos, None
    # English / pinyin: collect up to _MAX_EN_WORDS words separated by single spaces, stopping
    # at punctuation ("(Guo Fa" stops after "Guo"), then take the longest known suffix.
    words: list[tuple[int, int]] = []
    end = k
    while len(words) < _MAX_EN_WORDS:
        m = end
        while m > lo and end - m < 40 and _is_word_char(text[m - 1]):
            m -= 1
        if m == end or not text[m].isalpha():
            break
        words.append((m, end))
        if m <= lo or text[m - 1] not in _SPACE:
            break
        n = m - 1
        while n > lo and m - 1 - n < 2 and text[n - 1] in _SPACE:
            n -= 1
        end = n
    if not words:
        return pos, None
    words.reverse()
    last_end = words[-1][1]
    for ws, _we in words:
        found = _EN_CODES.get(_en_key(text[ws:last_end]))
        if found is not None:
            return ws, found
    # Unknown rendering: keep up to three trailing capitalised words as the code as written.
    start = pos
    for ws, _we in reversed(words[-3:]):
        if not text[ws].isupper():
            break
        start = ws
    return start, None


def find_doc_numbers(text: str, start: int = 0, end: int | None = None) -> list[DocNumber]:
    """All document numbers in ``text[start:end]``, in order, with spans into ``text``.

    Recognises ``国办函〔2019〕58号``, ``江政辦函〔2022〕21號``, ``Guo Fa [2012] No. 14``,
    ``State Council Office Letter [2013] No. 79`` and the bracket variants ``[] 〔〕 () 【】``.
    A number needs either ``号``/``號`` or ``No.`` after the bracket: a bare ``(2012) 3`` is too
    often something else.
    """
    n = len(text)
    start = max(0, min(start, n))
    stop = n if end is None else max(start, min(end, n))
    out: list[DocNumber] = []
    for m in _DOCNO_ANCHOR.finditer(text, start, stop):
        no, hao = m.group("no"), m.group("hao")
        if hao is None and (no is None or no == "第"):
            continue
        year, serial = int(m.group("year")), int(m.group("serial"))
        if not 1900 <= year <= 2199:
            continue
        cstart, code = _code_before(text, max(start, m.start() - _CODE_WINDOW), m.start())
        normalized = f"{code}〔{year}〕{serial}号" if code else None
        span = (cstart, m.end())
        out.append(DocNumber(text[span[0] : span[1]], span, code, year, serial, normalized))
    return out


def _has_doc_number(s: str) -> bool:
    """Whether ``s`` holds a document number (the anchor alone: no issuer-code look-back)."""
    return any(
        m.group("hao") or m.group("no") not in (None, "第") for m in _DOCNO_ANCHOR.finditer(s)
    )


def parse_doc_number(s: str, offset: int = 0) -> DocNumber | None:
    """The first document number in ``s`` (spans shifted by ``offset``), or ``None``.

    ``offset`` lets a caller parse a slice and still get spans into the whole text.
    """
    found = find_doc_numbers(s)
    if not found:
        return None
    d = found[0]
    return replace(d, span=(d.span[0] + offset, d.span[1] + offset))


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

_MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_CN_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "○": 0, "O": 0, "Ｏ": 0, "o": 0,
    "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_CN_YEAR_CH = "〇零○OＯ一二三四五六七八九0-9"
_CN_NUM_CH = "一二三四五六七八九十"
_SP = r"[ \t\u3000]{0,2}"
# One regex per style rather than one alternation: Python's ``re`` scans a five-way alternation
# with lookbehinds several times slower than five simple patterns, and a megabyte of text must
# stay cheap.  Matches are merged by position (see _iter_dates).
_DATE_RES: tuple[re.Pattern[str], ...] = (
    # 2016年3月26日 / 2022年5月16號
    re.compile(
        rf"(?<!\d)(?P<y>\d{{4}}){_SP}年{_SP}(?P<m>\d{{1,2}}){_SP}月{_SP}(?P<d>\d{{1,2}}){_SP}[日号號]"
    ),
    # 二〇一九年七月二十三日
    re.compile(
        rf"(?<![\d〇零○{_CN_NUM_CH}])(?P<y>[{_CN_YEAR_CH}]{{4}}){_SP}年{_SP}"
        rf"(?P<m>[{_CN_NUM_CH}]{{1,3}}){_SP}月{_SP}(?P<d>[{_CN_NUM_CH}]{{1,4}}){_SP}[日号號]"
    ),
    # 2012-08-02, 2012/8/2, 2012.08.02
    re.compile(r"(?<![\d.])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)"),
    # August 2, 2012 / Aug. 2nd 2012
    re.compile(
        rf"\b(?P<m>{_MONTH_ALT})\b\.?[ \t]{{1,3}}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b,?"
        r"[ \t]{0,3}(?P<y>\d{4})(?!\d)",
        re.IGNORECASE,
    ),
    # 2 August 2012
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[ \t]{{1,3}}(?P<m>{_MONTH_ALT})\b\.?,?"
        r"[ \t]{1,3}(?P<y>\d{4})(?!\d)",
        re.IGNORECASE,
    ),
)


# All styles in one alternation, unvalidated: only for quick "is there a date here?" tests on
# short strings, where one regex call beats five.
_DATE_ANY = re.compile(
    re.sub(
        r"\(\?P<\w+>|\(\?P=sep\)",
        lambda m: "(?:" if m.group().startswith("(?P<") else "[-/.]",
        "|".join(rx.pattern for rx in _DATE_RES[:3])
        + "|(?i:"
        + "|".join(rx.pattern for rx in _DATE_RES[3:])
        + ")",
    )
)


def _cn_int(s: str) -> int | None:
    """Value of a Chinese numeral up to 99 (七, 十, 十二, 二十, 二十三, 三十一); ``None`` if odd."""
    if "十" in s:
        left, _, right = s.partition("十")
        if "十" in right or len(left) > 1 or len(right) > 1:
            return None
        tens = _CN_DIGITS.get(left) if left else 1
        units = _CN_DIGITS.get(right) if right else 0
        if tens is None or units is None:
            return None
        return tens * 10 + units
    if len(s) == 1:
        return _CN_DIGITS.get(s)
    return None


def _cn_year(s: str) -> int | None:
    """Year written digit by digit (二〇一九, 二零一九, 2019 in mixed forms)."""
    v = 0
    for ch in s:
        d = _CN_DIGITS.get(ch)
        if d is None:
            if not ch.isdigit():
                return None
            d = int(ch)
        v = v * 10 + d
    return v


def _num(s: str) -> int | None:
    """Value of an Arabic or Chinese numeral, or a month name."""
    if s.isdigit():
        return int(s)
    month = _MONTHS.get(s.lower())
    if month is not None:
        return month
    return _cn_int(s)


def _iso(y: int | None, m: int | None, d: int | None) -> str | None:
    """ISO date, or ``None`` if the parts do not make a real date in a plausible year."""
    if y is None or m is None or d is None or not 1900 <= y <= 2199:
        return None
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _iter_dates(text: str, start: int, stop: int) -> Iterator[tuple[str, tuple[int, int]]]:
    """Valid dates in ``text[start:stop]`` in order of position, overlapping matches dropped."""
    found: list[tuple[int, int, str]] = []
    for rx in _DATE_RES:
        for m in rx.finditer(text, start, stop):
            iso = _iso(_cn_year(m.group("y")), _num(m.group("m")), _num(m.group("d")))
            if iso is not None:
                found.append((m.start(), -m.end(), iso))
    found.sort()
    last_end = -1
    for a, neg_b, iso in found:
        if a >= last_end:
            last_end = -neg_b
            yield iso, (a, -neg_b)


def find_dates(
    text: str, start: int = 0, end: int | None = None
) -> list[tuple[str, tuple[int, int]]]:
    """All valid dates in ``text[start:end]`` as ``(iso, span)``; impossible dates are skipped."""
    n = len(text)
    start = max(0, min(start, n))
    stop = n if end is None else max(start, min(end, n))
    return list(_iter_dates(text, start, stop))


def parse_date(s: str) -> str | None:
    """ISO form of the first date in ``s`` ("August 2, 2012", "2 August 2012", "2012-08-02",
    "2016年3月26日", "二〇一九年七月二十三日", "2022年5月16號"), or ``None``."""
    for iso, _span in _iter_dates(s, 0, len(s)):
        return iso
    return None


# --------------------------------------------------------------------------------------------
# Titles
# --------------------------------------------------------------------------------------------

_MIN_ZH_TITLE = 8  # 国务院关于X的意见; shorter "titles" are fragments
_TITLE_LINES = 200  # the notice title opens its region; allow some page junk before it
_MAX_TITLE = 600  # longer lines are body text (and are never regex-searched for titles)
_EN_NOTICE = re.compile(r"(?:the\s+)?(?:notice|circular|opinions?|decision|reply)\b", re.IGNORECASE)
_EN_ON = re.compile(r"\b(?:on|about|regarding)\b", re.IGNORECASE)
_EN_WRAPPER = re.compile(
    r"(?:the\s+)?(?:notice|circular)\b.{0,300}?\b(?:on|about|regarding)\s+(?:the\s+)?"
    r"(?:printing\s+and\s+(?:distributing|issuing|distribution\s+of)|issuing|issuance\s+of|"
    r"distributing|distribution\s+of|publishing|forwarding|transmitting|promulgating|releasing)"
    r"\s+(?:of\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
_ZH_ABOUT = ("关于", "關於", "关於", "關于")
_ZH_VERBS = ("印发", "印發", "转发", "轉發", "发布", "發布", "颁布", "頒布", "颁发", "頒發")
_ZH_ENDINGS = ("通知", "意见", "意見", "方案", "决定", "決定", "批复", "批覆", "函", "办法", "辦法")
_SENTENCE_END = "。；;！!？?"
_QUOTE_PAIRS = {"《": "》", "“": "”", "「": "」", "『": "』", "‘": "’", '"': '"', "'": "'"}


def _outside_book_marks(s: str, needles: Sequence[str]) -> int:
    """Index of the first needle that is not inside 《》 (so 《国务院关于…》 is not a wrapper)."""
    hits = sorted(i for nd in needles for i in _occurrences(s, nd))
    if not hits or "《" not in s:
        return hits[0] if hits else -1
    for i in hits:  # inside 《》 when more marks open than close before it
        if s.count("《", 0, i) <= s.count("》", 0, i):
            return i
    return -1


def _occurrences(s: str, needle: str) -> Iterator[int]:
    """Every index of ``needle`` in ``s`` (str.find in a loop: C speed, no regex)."""
    i = s.find(needle)
    while i >= 0:
        yield i
        i = s.find(needle, i + 1)


def _zh_title_like(s: str) -> bool:
    """Chinese notice/opinion title: 关于/印发 outside 《》, a document-type ending, no sentence."""
    s = s[: _without_trailing_number(s, 0, len(s))]
    if (
        not _MIN_ZH_TITLE <= len(s) <= _MAX_TITLE
        or any(c in s for c in _SENTENCE_END)
        or s.endswith((":", "："))
    ):
        return False
    if not s.endswith(_ZH_ENDINGS):
        return False
    return _outside_book_marks(s, _ZH_ABOUT + _ZH_VERBS) >= 0


def _en_title_like(s: str) -> bool:
    """English notice title: starts "Notice/Circular/Opinions/Decision/Reply …" and says "on"
    (or "about", "regarding") something."""
    if len(s) > _MAX_TITLE or s.endswith((":", "：")):
        return False
    m = _EN_NOTICE.match(s)
    return m is not None and _EN_ON.search(s, m.end()) is not None


def _zh_wrapped_title(text: str, lines: _Lines, i: int) -> int:
    """If lines ``i..j`` form one Chinese title hard-wrapped by a PDF extractor, return ``j``.

    Only Chinese titles are joined: the join is safe there because the first line says 关于 and
    the last line carries the document-type ending, which an English line cannot show.
    """
    first = text[lines[i].start : lines[i].end]
    if len(first) > 120 or any(c in first for c in _SENTENCE_END) or first.endswith((":", "：")):
        return -1
    if _outside_book_marks(first, _ZH_ABOUT + _ZH_VERBS) < 0:
        return -1
    for j in range(i + 1, min(i + 3, len(lines))):
        s = text[lines[j].start : lines[j].end]
        if len(s) > 120 or any(c in s for c in _SENTENCE_END) or s.endswith((":", "：")):
            return -1
        if _has_doc_number(s):
            return -1
        if s.endswith(_ZH_ENDINGS):
            return j if lines[j].end - lines[i].start >= _MIN_ZH_TITLE + j - i else -1
    return -1


_TITLE_HINT = re.compile(
    "|".join(_ZH_ABOUT + _ZH_VERBS) + r"|(?i:\b(?:notice|circular|opinions?|decision|reply)\b)"
)


def _find_title(text: str, lines: _Lines) -> tuple[int, int] | None:
    """First notice-title line (or wrapped lines) as ``(first_index, last_index)``.

    Only lines holding a hint (关于, 印发, a leading "Notice") are examined, found by one regex
    pass, so a region of many short lines is not inspected line by line in Python.
    """
    if not lines:
        return None
    pos, end = lines[0].start, lines[min(len(lines), _TITLE_LINES) - 1].end
    while pos < end:
        m = _TITLE_HINT.search(text, pos, end)
        if m is None:
            break
        i = lines.index_of(m.end() - 1)
        if i < 0:  # a hint is never blank, but never loop forever either
            pos = m.end()
            continue
        pos = lines[i].end + 1
        ln = lines[i]
        if ln.end - ln.start > _MAX_TITLE:
            continue
        s = text[ln.start : ln.end]
        if _zh_title_like(s) or _en_title_like(s):
            return (i, i)
        j = _zh_wrapped_title(text, lines, i)
        if j > 0:
            return (i, j)
    return None


def _strip_enclosing(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop one pair of quotes or 《》 that encloses the whole of ``text[a:b]``."""
    if b - a < 3:
        return a, b
    o = text[a]
    c = _QUOTE_PAIRS.get(o)
    if c is None or text[b - 1] != c:
        return a, b
    inner = text[a + 1 : b - 1]
    if o == c:
        return (a + 1, b - 1) if o not in inner else (a, b)
    depth = 0
    for ch in text[a : b - 1]:
        if ch == o:
            depth += 1
        elif ch == c:
            depth -= 1
            if depth == 0:  # the opening mark closed before the end: "《A》和《B》"
                return a, b
    return a + 1, b - 1


def _trim(text: str, a: int, b: int, chars: str = _WS) -> tuple[int, int]:
    """Shrink ``[a, b)`` past ``chars`` at both ends."""
    while a < b and text[a] in chars:
        a += 1
    while b > a and text[b - 1] in chars:
        b -= 1
    return a, b


def _without_trailing_number(text: str, a: int, b: int) -> int:
    """End of ``text[a:b]`` without a trailing parenthesised number ("… (Guo Fa [2017] No. 27)").

    Web pages append the notice's own number to its title; it is not part of the title.
    """
    if b - a < 8 or text[b - 1] not in ")）":
        return b
    docs = find_doc_numbers(text, max(a, b - 80), b)
    if not docs or _trim(text, docs[-1].span[1], b - 1)[0] != b - 1:
        return b
    before = docs[-1].span[0]
    while before > a and text[before - 1] in _SPACE:
        before -= 1
    if before > a and text[before - 1] in "(（":
        return _trim(text, a, before - 1)[1]
    return b


def _plan_title(text: str, a: int, b: int) -> tuple[int, int]:
    """Span of the plan title inside the notice title ``text[a:b]``.

    Strips "Notice … on Printing and Distributing (the)" / "…关于印发" and "(的)通知", a
    trailing parenthesised document number, and one pair of enclosing quotes or 《》 (the
    plan's own title line carries none).  Without such a wrapper the notice title *is* the title.
    """
    b = _without_trailing_number(text, a, b)
    s = text[a:b]
    ta, tb = a, b
    m = _EN_WRAPPER.match(s)
    if m is not None and m.end() < len(s):
        ta = a + m.end()
    elif s.endswith("通知"):
        # 关于印发… / 关于转发…: the verb must follow 关于 directly ("关于加快发布…的通知" is a
        # notice about publishing, not a wrapper); without 关于, "X印发…的通知" also wraps.
        about = _outside_book_marks(s, _ZH_ABOUT)
        if about >= 0:
            verb = about + 2 if s.startswith(_ZH_VERBS, about + 2) else -1
        else:
            verb = _outside_book_marks(s, _ZH_VERBS)
        if verb >= 0:
            ta = a + verb + 2
            tb = b - 2
            if text[tb - 1 : tb] == "的" and tb - 1 > ta:
                tb -= 1
    ta, tb = _trim(text, ta, tb)
    while tb > ta and text[tb - 1] in ".。":
        tb -= 1
    ta, tb = _strip_enclosing(text, ta, tb)
    ta, tb = _trim(text, ta, tb)
    if ta >= tb:
        return _trim(text, a, b)
    return ta, tb


# --------------------------------------------------------------------------------------------
# Header lines: document number, addressees
# --------------------------------------------------------------------------------------------

_OWN_LINE_AFTER_TITLE = 6  # the own number sits just under the title
_OWN_LINE_NO_TITLE = 40  # without a title, allow some page junk above it
_LABEL = re.compile(r"[^\n]{0,16}[:：]")


def _own_line(text: str, ln: _Line, d: DocNumber) -> bool:
    """True when the number stands on its own line (allowing brackets or a "文号：" label)."""
    if d.span[0] - ln.start > 40 or ln.end - d.span[1] > 20:
        return False  # checked before slicing: a long line must not be copied per number
    pre = text[ln.start : d.span[0]].strip(_WS)
    post = text[d.span[1] : ln.end].strip(_WS)
    if len(pre) > 16 or len(post) > 4:
        return False
    if post.strip(")）]】.。") != "":
        return False
    return pre.strip("(（[【") == "" or _LABEL.fullmatch(pre) is not None


def _header_end(text: str, lines: _Lines, first: int) -> int:
    """End of the header lines that may hold the notice's own number when it is not alone.

    The header is the title line and at most three short lines after it, stopping before an
    addressee line or a sentence: a number there ("文号：…", "…(Guo Ban Han [2017] No. 64)")
    is the notice's own, while one in the body is a reference.
    """
    if first < 0 or first >= len(lines):
        return -1
    end = lines[first].end
    for j in range(first + 1, min(first + 4, len(lines))):
        ln = lines[j]
        s = text[ln.start : ln.end] if ln.end - ln.start <= 200 else ""
        if not s or s.endswith((":", "：")) or any(c in s for c in "。;；!?！？"):
            break
        end = ln.end
    return end


def _addressee_end(text: str, lines: _Lines, i: int) -> int:
    """Index of the last line of an addressee block starting at line ``i``, or -1.

    The block is one line ending in a colon, or two when a long list is wrapped after 、/，/,.
    """
    for j in range(i, min(i + 2, len(lines))):
        ln = lines[j]
        if ln.end - ln.start > 300:
            return -1
        s = text[ln.start : ln.end]
        if any(c in s for c in "。.!?！？") and not s.endswith((":", "：")):
            return -1
        if s.endswith((":", "：")):
            return j if len(s) > 1 else -1
        if not s.endswith(("、", "，", ",")):
            return -1
    return -1


# --------------------------------------------------------------------------------------------
# Signature: issuer and date
# --------------------------------------------------------------------------------------------

_DATE_SUFFIX = re.compile(r"[ \t\u3000]*(?:[(（][^()（）\n]{0,20}[)）]|印发|印發|发布|發布)?")
_MAX_SIGNATURE_LINE = 140  # issuer (≤ 80) + date + a short note
# A line that can end a signature: a year, an ISO day, 日/号, or a short note after the date.
_SIGNATURE_END = re.compile(r"(?:\d{4}|\d[-/.]\d{1,2}|[日号號)）发發])(?=[^\S\n]*(?:\n|\Z))")
_NOT_ISSUER_END = "。.;；:：,，、!?！？"


def _plausible_issuer(text: str, a: int, b: int) -> bool:
    """Could ``text[a:b]`` be an issuing body's name (short, not a sentence, not a number)?"""
    if not 0 < b - a <= 80:
        return False
    s = text[a:b]
    if s[0].isdigit() or s[-1] in _NOT_ISSUER_END or "。" in s or "http" in s or "|" in s:
        return False
    if s[-1] in ")）" and len(s) > 30:
        return False
    if not any(c.isalpha() for c in s):
        return False
    return _DATE_ANY.search(s) is None and not _has_doc_number(s)


@dataclass(frozen=True)
class _Signature:
    """A signature found in a zone: the date (ISO + span) and, if found, the issuer span."""

    iso: str
    span: tuple[int, int]
    issuer: tuple[int, int] | None


def _find_signature(text: str, lines: _Lines, a: int, b: int) -> _Signature | None:
    """First date in ``[a, b)`` that signs the notice, with the issuer next to it.

    A signing date stands on a line of its own (issuer on the line before) or shares a line only
    with the issuer; dates inside sentences ("From January 1, 2012 to …") are never signatures.
    Only short lines are searched, so long paragraphs (or a megabyte on one line) cost nothing.
    """
    first = bisect_right(lines.starts, a - 1)
    if first > 0 and lines[first - 1].end > a:
        first -= 1  # the zone starts inside a line
    pos = lines[first].start if first < len(lines) else b
    while pos < b:
        # jump (in C) to the next line that ends like a date or a short note after one
        m = _SIGNATURE_END.search(text, pos, b)
        if m is None:
            break
        li = lines.index_of(m.start())
        if li < 0:
            pos = m.end()
            continue
        ln = lines[li]
        pos = ln.end + 1
        if ln.end - ln.start > _MAX_SIGNATURE_LINE:
            continue
        for iso, (ds, de) in find_dates(text, max(a, ln.start), min(b, ln.end)):
            sig = _signature_at(text, lines, li, a, iso, ds, de)
            if sig is not None:
                return sig
    return None


def _signature_at(
    text: str, lines: _Lines, li: int, a: int, iso: str, ds: int, de: int
) -> _Signature | None:
    """The signature made by the date at ``[ds, de)`` on line ``li``, or ``None``."""
    ln = lines[li]
    if de > ln.end or ln.end - de > 30:
        return None
    if _DATE_SUFFIX.fullmatch(text, de, ln.end) is None:
        return None
    pa, pb = _trim(text, ln.start, ds, _WS + ",，、")  # "State Council, March 4, 2020"
    if pb - pa > 80:
        return None
    issuer: tuple[int, int] | None = None
    if pa < pb and text[pb - 1] in ":：":
        pa = pb  # a label ("日期：", "Date:"), not an issuer
    if pa < pb:
        if not _plausible_issuer(text, pa, pb):
            return None
        issuer = (pa, pb)
    elif li > 0 and lines[li - 1].start >= a:
        prev = lines[li - 1]
        if _plausible_issuer(text, prev.start, prev.end):
            issuer = (prev.start, prev.end)
    return _Signature(iso, (ds, de), issuer)


_PAREN_DATE_LINE = re.compile(
    r"[(（][ \t\u3000]{0,2}(?P<d>[^()（）\n]{6,30}?)[ \t\u3000]{0,2}[)）]"
)


def _dated_title(text: str, lines: _Lines, after: int) -> _Signature | None:
    """A date in parentheses on its own line under the title ("（2016年3月26日）").

    Opinions and decisions issued as the document itself often carry their date there instead
    of a signature, so it is the fallback when no signature was found.
    """
    for j in range(after + 1, min(after + 4, len(lines))):
        ln = lines[j]
        m = _PAREN_DATE_LINE.fullmatch(text, ln.start, ln.end)
        if m is None:
            continue
        ds, de = m.span("d")
        found = find_dates(text, ds, de)
        if found and found[0][1] == (ds, de):
            return _Signature(found[0][0], found[0][1], None)
    return None


# --------------------------------------------------------------------------------------------
# The notice
# --------------------------------------------------------------------------------------------


def _clean_regions(text: str, regions: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Clamp regions into the text and drop empty or malformed ones (never raises)."""
    n = len(text)
    out: list[tuple[int, int]] = []
    for r in regions:
        try:
            a, b = int(r[0]), int(r[1])
        except (TypeError, ValueError, IndexError):
            continue
        a, b = max(0, min(a, n)), max(0, min(b, n))
        if a < b:
            out.append((a, b))
    return out


def _dedupe(docs: Iterator[DocNumber], own: DocNumber | None) -> tuple[DocNumber, ...]:
    """References in order, without the notice's own number and without repeats."""
    seen: set[str] = set()
    if own is not None:
        seen.add(own.normalized or own.text)
    out: list[DocNumber] = []
    for d in docs:
        key = d.normalized or d.text
        if key in seen:
            continue
        seen.add(key)
        out.append(d)
    return tuple(out)


def read_notice(text: str, regions: Sequence[tuple[int, int]]) -> Notice:
    """Extract the notice's fields from ``regions`` of ``text`` (spans index ``text``).

    ``regions`` are ``(start, end)`` offsets: first the notice region (from its first line up to
    the plan's own title line), then optionally trailer regions (the issuer/date block after the
    plan).  The header (notice title, own number, addressees) is taken from the first region
    that has one; the signature (issuer, date) from the first region, after the header, that has
    one; references only from the notice body (after the header, before the signature).  Empty
    ``regions`` mean there is nothing to read: every field is ``None``.
    """
    regs = _clean_regions(text, regions)
    if not regs:
        return _EMPTY
    region_lines = [_lines(text, a, b) for a, b in regs]
    docs_cache: dict[int, list[DocNumber]] = {}

    def region_docs(ri: int) -> list[DocNumber]:
        """Document numbers of region ``ri``, found once (a region may be a megabyte)."""
        if ri not in docs_cache:
            docs_cache[ri] = find_doc_numbers(text, *regs[ri])
        return docs_cache[ri]

    # 1. Notice title: the first title-like line in region order.
    hr = 0  # region holding the header
    tpos: tuple[int, int] | None = None
    for ri, lines in enumerate(region_lines):
        tpos = _find_title(text, lines)
        if tpos is not None:
            hr = ri
            break
    lines = region_lines[hr]
    notice_title: Field | None = None
    title: Field | None = None
    if tpos is not None:
        na, nb = lines[tpos[0]].start, lines[tpos[1]].end
        notice_title = Field(text[na:nb], (na, nb))
        ta, tb = _plan_title(text, na, nb)
        title = Field(text[ta:tb], (ta, tb))

    # 2. Own document number: the first one on a line of its own near the top (a few lines
    #    after the title, or among a region's first lines when there is no title); otherwise the
    #    first one among the header lines (title line and the three after it).
    doc: DocNumber | None = None
    doc_line = -1
    zones = (
        [(hr, lines[tpos[0]].start)]
        if tpos is not None
        else [(ri, regs[ri][0]) for ri in range(len(regs))]
    )
    for ri, za in zones:
        rl = region_lines[ri]
        first = rl.index_of(za) if tpos is not None else 0
        last = first + (_OWN_LINE_AFTER_TITLE if tpos is not None else _OWN_LINE_NO_TITLE)
        found = [d for d in region_docs(ri) if d.span[0] >= za]
        for d in found:
            li = rl.index_of(d.span[0])
            if li > last:
                break
            if li >= 0 and _own_line(text, rl[li], d):
                doc, doc_line, hr = d, li, ri
                break
        if doc is None:
            header_end = _header_end(text, rl, first)
            for d in found:
                if d.span[0] < header_end:
                    doc, doc_line, hr = d, rl.index_of(d.span[0]), ri
                    break
        if doc is not None:
            break
    lines = region_lines[hr]

    # 3. Addressees: a line ending in a colon just after the number (or the title).
    anchor = doc_line if doc is not None else (tpos[1] if tpos is not None else -1)
    addressees: Field | None = None
    body_start = regs[hr][0]
    if anchor >= 0:
        body_start = lines[anchor].end
        if doc is not None and tpos is not None and doc_line < tpos[1]:
            body_start = max(body_start, lines[tpos[1]].end)
        for i in range(anchor + 1, min(anchor + 3, len(lines))):
            j = _addressee_end(text, lines, i)
            if j < 0 and lines[i].end - lines[i].start > 40:
                break  # a paragraph: the body has begun, a later colon is not the addressees
            if j >= 0:
                aa, ab = lines[i].start, lines[j].end - 1
                aa, ab = _trim(text, aa, ab)
                if aa < ab:
                    addressees = Field(text[aa:ab], (aa, ab))
                    body_start = lines[j].end
                break

    # 4. Signature: in the header region after the header, then in the other regions.
    sig: _Signature | None = None
    sig_region = -1
    for ri, (a, b) in enumerate(regs):
        za = body_start if ri == hr else a
        if ri < hr and anchor >= 0:
            continue  # regions before the header are page junk, not the notice
        sig = _find_signature(text, region_lines[ri], za, b)
        if sig is not None:
            sig_region = ri
            break
    if sig is None and tpos is not None:
        sig = _dated_title(text, region_lines[hr], tpos[1])
        sig_region = -1
    date = Field(sig.iso, sig.span) if sig is not None else None
    issuer = (
        Field(text[sig.issuer[0] : sig.issuer[1]], sig.issuer)
        if sig is not None and sig.issuer is not None
        else None
    )

    # 5. References: numbers in the body, up to the signature.
    body_end = regs[hr][1]
    if sig is not None and sig_region == hr:
        body_end = sig.issuer[0] if sig.issuer is not None else sig.span[0]
    refs = _dedupe((d for d in region_docs(hr) if body_start <= d.span[0] < body_end), doc)

    return Notice(title, notice_title, doc, issuer, date, addressees, refs)
