"""The notice title: find its line(s) and cut the plan's title out of it.

The notice title (关于印发…的通知, "Notice … on Printing and Distributing …") is the anchor the
other fields are found from, and the plan's own title is what it wraps; both need the same
knowledge of Chinese and English title wording, so it lives here together.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from divplan.notice.docnumber import find_doc_numbers, has_doc_number
from divplan.notice.lines import SPACES, Lines, trim

__all__ = ["find_title", "plan_title"]

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


def _zh_wrapped_title(text: str, lines: Lines, i: int) -> int:
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
        if has_doc_number(s):
            return -1
        if s.endswith(_ZH_ENDINGS):
            return j if lines[j].end - lines[i].start >= _MIN_ZH_TITLE + j - i else -1
    return -1


_TITLE_HINT = re.compile(
    "|".join(_ZH_ABOUT + _ZH_VERBS) + r"|(?i:\b(?:notice|circular|opinions?|decision|reply)\b)"
)


def find_title(text: str, lines: Lines) -> tuple[int, int] | None:
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


def _without_trailing_number(text: str, a: int, b: int) -> int:
    """End of ``text[a:b]`` without a trailing parenthesised number ("… (Guo Fa [2017] No. 27)").

    Web pages append the notice's own number to its title; it is not part of the title.
    """
    if b - a < 8 or text[b - 1] not in ")）":
        return b
    docs = find_doc_numbers(text, max(a, b - 80), b)
    if not docs or trim(text, docs[-1].span[1], b - 1)[0] != b - 1:
        return b
    before = docs[-1].span[0]
    while before > a and text[before - 1] in SPACES:
        before -= 1
    if before > a and text[before - 1] in "(（":
        return trim(text, a, before - 1)[1]
    return b


def plan_title(text: str, a: int, b: int) -> tuple[int, int]:
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
    ta, tb = trim(text, ta, tb)
    while tb > ta and text[tb - 1] in ".。":
        tb -= 1
    ta, tb = _strip_enclosing(text, ta, tb)
    ta, tb = trim(text, ta, tb)
    if ta >= tb:
        return trim(text, a, b)
    return ta, tb
