"""Dates as a notice writes them: find them in text and give their ISO form.

Signatures and dated titles are written in many styles (2016年3月26日, 二〇一九年七月二十三日
with Chinese numerals, 2012-08-02, August 2, 2012, 2 August 2012, and a literal machine
translation's 2012 year 8 month 2 day); this module reads them all
and rejects impossible dates, so callers deal only in ISO text and spans.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator

__all__ = ["ANY_DATE", "find_dates", "parse_date"]


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
    # 2010 year 7 month 22 day: a word-for-word machine translation of 2010年7月22日 (日 comes
    # out as "day", "date" or "Sun")
    re.compile(
        r"(?<![\d.])(?P<y>\d{4})[ \t]{1,3}year[ \t]{1,3}(?P<m>\d{1,2})[ \t]{1,3}month"
        r"[ \t]{1,3}(?P<d>\d{1,2})[ \t]{1,3}(?:day|date|sun)\b",
        re.IGNORECASE,
    ),
)


# All styles in one alternation, unvalidated: only for quick "is there a date here?" tests on
# short strings, where one regex call beats five.
ANY_DATE = re.compile(
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
