"""The signature of a notice: its issuer and date, or a date under its title.

A notice is signed by an issuer and a date on short lines of their own, usually after the body
and sometimes after the plan itself; dates inside sentences are not signatures.  Deciding which
date signs the notice, and which line names the issuer, is this module's job.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from divplan.notice.dates import ANY_DATE, find_dates
from divplan.notice.docnumber import has_doc_number
from divplan.notice.lines import BLANKS, Lines, trim

__all__ = ["Signature", "date_under_title", "find_signature"]

_DATE_SUFFIX = re.compile(r"[ \t\u3000]*(?:[(（][^()（）\n]{0,20}[)）]|印发|印發|发布|發布)?,*")
# (the trailing commas: a spreadsheet exported as CSV writes the row's empty cells after it)
_MAX_SIGNATURE_LINE = 140  # issuer (≤ 80) + date + a short note
# A line that can end a signature: a year, an ISO day, 日/号, or a short note after the date.
_SIGNATURE_END = re.compile(
    r"(?:\d{4}|\d[-/.]\d{1,2}|[日号號)）发發]|\d[ \t](?i:day|date|sun))(?=[^\S\n]*,*(?:\n|\Z))"
)
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
    return ANY_DATE.search(s) is None and not has_doc_number(s)


@dataclass(frozen=True)
class Signature:
    """A signature found in a zone: the date (ISO + span) and, if found, the issuer span."""

    iso: str
    span: tuple[int, int]
    issuer: tuple[int, int] | None


def find_signature(text: str, lines: Lines, a: int, b: int) -> Signature | None:
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
    text: str, lines: Lines, li: int, a: int, iso: str, ds: int, de: int
) -> Signature | None:
    """The signature made by the date at ``[ds, de)`` on line ``li``, or ``None``."""
    ln = lines[li]
    if de > ln.end or ln.end - de > 30:
        return None
    if _DATE_SUFFIX.fullmatch(text, de, ln.end) is None:
        return None
    pa, pb = trim(text, ln.start, ds, BLANKS + ",，、")  # "State Council, March 4, 2020"
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
    return Signature(iso, (ds, de), issuer)


_PAREN_DATE_LINE = re.compile(
    r"[(（][ \t\u3000]{0,2}(?P<d>[^()（）\n]{6,30}?)[ \t\u3000]{0,2}[)）]"
)


def date_under_title(text: str, lines: Lines, after: int) -> Signature | None:
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
            return Signature(found[0][0], found[0][1], None)
    return None
