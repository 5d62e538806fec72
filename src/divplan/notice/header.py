"""Header lines under the notice title: the notice's own number and its addressees.

A number near the top of a notice is its own only when it stands on its own line or within the
title block, and the addressees are the colon-ended line(s) after it; telling these lines from
the body is what keeps a cited number from being taken for the notice's own.
"""

from __future__ import annotations

import re

from divplan.notice.docnumber import DocNumber
from divplan.notice.lines import BLANKS, Line, Lines

__all__ = [
    "OWN_LINE_AFTER_TITLE",
    "OWN_LINE_NO_TITLE",
    "end_of_addressees",
    "end_of_header",
    "on_own_line",
]

OWN_LINE_AFTER_TITLE = 6  # the own number sits just under the title
OWN_LINE_NO_TITLE = 40  # without a title, allow some page junk above it
_LABEL = re.compile(r"[^\n]{0,16}[:：]")


def on_own_line(text: str, ln: Line, d: DocNumber) -> bool:
    """True when the number stands on its own line (allowing brackets or a "文号：" label)."""
    if d.span[0] - ln.start > 40 or ln.end - d.span[1] > 20:
        return False  # checked before slicing: a long line must not be copied per number
    pre = text[ln.start : d.span[0]].strip(BLANKS)
    post = text[d.span[1] : ln.end].strip(BLANKS)
    if len(pre) > 16 or len(post) > 4:
        return False
    if post.strip(")）]】.。") != "":
        return False
    return pre.strip("(（[【") == "" or _LABEL.fullmatch(pre) is not None


def end_of_header(text: str, lines: Lines, first: int) -> int:
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


def end_of_addressees(text: str, lines: Lines, i: int) -> int:
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
