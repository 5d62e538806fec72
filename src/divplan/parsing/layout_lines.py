"""Layout lines: lines of a text that are its layout, not its content, for the normaliser
(:mod:`divplan.parsing.normalise`, guarantee 3) to drop and report.

Why a module of its own: whether a blank line is a paragraph break, and whether a line of
symbols says anything, are decided from the lines around, not from the line itself:

- a page break that cuts a sentence takes the blank lines around it (it is no paragraph break);
- a text pasted with a blank line after every line (a chat article's copy, where each line of
  the page became a paragraph, wrapped again or not) loses the blank lines after paragraphs
  the page's width cut inside a sentence, so that a wrapped clause is one again — only when
  nearly every paragraph is set apart that way;
- a line of ornaments only (◆ ◆ ◆, ▲, ★★★: characters of Unicode's "other symbol" class) is
  dropped like page furniture, and an ornament before a heading's marker (■ Ⅰ. …) is blanked
  so that the marker opens the line (:func:`ornament_prefix`, used with Markdown's marks).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter

from divplan.parsing.hard_wraps import PAGE_WIDTH_CJK, PAGE_WIDTH_LATIN
from divplan.read.cells import SECTION_MARK, SUB_MARK

SENTENCE_CLOSERS = tuple('。.;；!！?？)）:：”"」')
_SPACED_SHARE = 0.8  # of a text's paragraphs followed by one blank line, for those to be spacing
_SPACED_LEAST = 12  # paragraphs: a short text's blank lines say nothing of its layout
_PASTE_LINES = 2  # a chat paste's paragraph is a page's line, or two when wrapped again
_LONG_LINE = 20  # characters: the lines a page's width is read from (as hard_wraps reads it)
_CUT_SHARE = 0.8  # of the long paragraphs' length: one cut by the page's width (not a heading)


def cut_sentence_blanks(lines: list[tuple[int, str]], drop: set[int]) -> set[int]:
    """Blank lines around a page break that cuts a sentence (…（发展改革委牵头，国土 / — 2 — /
    资源部…参加）): the page break is not a paragraph break, so they go with the page line."""
    out: set[int] = set()
    for i in sorted(drop):
        prev = i - 1
        while prev >= 0 and (prev in drop or not lines[prev][1].strip()):
            prev -= 1
        if prev < 0 or lines[prev][1].rstrip().endswith(SENTENCE_CLOSERS):
            continue
        j = i - 1
        while j > prev:
            if not lines[j][1].strip():
                out.add(j)
            j -= 1
        j = i + 1
        while j < len(lines) and (j in drop or not lines[j][1].strip()):
            if not lines[j][1].strip():
                out.add(j)
            j += 1
    return out


def page_only_blanks(lines: list[tuple[int, str]], drop: set[int]) -> set[int]:
    """The blank lines by page breaks in a text that sets no blank line anywhere else (a PDF's
    text layer, a browser's print: 3．task。 / 12/4/26, 7:09 PM / (blank) / file:///… 1/3 /
    its body): they are the page's, not a paragraph's, wherever the break falls."""
    if not drop:
        return set()
    near: set[int] = set()
    for i in drop:
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and (j in drop or not lines[j][1].strip()):
                if not lines[j][1].strip():
                    near.add(j)
                j += step
    filled = [i for i, (_, body) in enumerate(lines) if body.strip()]
    if not near or not filled:
        return set()
    blanks = {
        i for i, (_, body) in enumerate(lines) if not body.strip() and filled[0] < i < filled[-1]
    }
    return near if blanks <= near else set()


def spaced_paste_blanks(lines: list[tuple[int, str]]) -> set[int]:
    """The blank lines of a text cut at a page's width and set with a blank line after nearly
    every paragraph (a chat paste, wrapped again or not) that follow one the width cut (as long
    as the long paragraphs) inside a sentence, or inside an open bracket (a clause cut after
    its 完成时限：): line spacing, not paragraph breaks.  A Markdown text, one paragraph a line,
    has blank lines after short headings and after paragraphs that close their sentences: they
    stay."""
    paragraphs: list[tuple[int, int]] = []  # (first line, last line) of each run of lines
    for i, (_, body) in enumerate(lines):
        if not body.strip():
            continue
        if paragraphs and paragraphs[-1][1] == i - 1:
            paragraphs[-1] = (paragraphs[-1][0], i)
        else:
            paragraphs.append((i, i))
    short = sum(1 for first, last in paragraphs if last - first < _PASTE_LINES)
    if len(paragraphs) < _SPACED_LEAST or short < _SPACED_SHARE * len(paragraphs):
        return set()  # (a text of paragraphs several lines long sets its paragraphs apart)
    if not _cut_at_a_width(lines):
        return set()
    spaced = {
        last
        for (_, last), (nxt, _) in itertools.pairwise(paragraphs)
        if nxt == last + 2  # one blank line between
    }
    if len(spaced) < _SPACED_SHARE * (len(paragraphs) - 1):
        return set()
    size = {
        last: sum(len(lines[k][1].strip()) for k in range(a, last + 1)) for a, last in paragraphs
    }
    lengths = sorted(size.values())
    cut = _CUT_SHARE * lengths[int(len(lengths) * 0.9)]  # a paragraph this long was cut
    out: set[int] = set()
    depth = 0  # brackets open at the end of each line
    for i, (_, body) in enumerate(lines):
        opened = sum(body.count(c) for c in "(（") - sum(body.count(c) for c in ")）")
        depth = max(0, depth + opened)
        goes_on = not body.rstrip().endswith(SENTENCE_CLOSERS)
        if i in spaced and (depth or (goes_on and size[i] >= cut)):
            out.add(i + 1)
    return out


def _cut_at_a_width(lines: list[tuple[int, str]]) -> bool:
    """Whether the text's lines were cut at a page's width: its long lines no wider than a
    page, and many of them about as long (a web page's one-line paragraphs vary, and run long)."""
    lengths = sorted(n for _, body in lines if (n := len(body.strip())) >= _LONG_LINE)
    if not lengths:
        return False
    usual = lengths[int(len(lengths) * 0.9)]
    sample = "".join(body for _, body in lines[:40])
    latin = sum(ch.isascii() for ch in sample) * 2 > len(sample)
    if usual > (PAGE_WIDTH_LATIN if latin else PAGE_WIDTH_CJK):
        return False
    return sum(1 for n in lengths if n >= _CUT_SHARE * usual) * 10 >= len(lengths) * 4


_ORNAMENT_PREFIX = re.compile(r"^[ ]*([^\w\s(（])[ ]+")


def ornament_prefix(line: str) -> int:
    """How long an ornament before a heading's marker is (■ Ⅰ. …, ◆ 一、…: 0 when none): the
    heading's marker must open the line."""
    m = _ORNAMENT_PREFIX.match(line)
    if m is None or unicodedata.category(m.group(1)) != "So":
        return 0
    rest = line[m.end() :]
    return m.end() if SECTION_MARK.match(rest) or SUB_MARK.match(rest) else 0


def ornament_lines(lines: list[tuple[int, str]]) -> set[int]:
    """Lines of ornaments only (◆ ◆ ◆, ▲): symbols and spaces, no word, number or mark;
    rules (---, * * *, ___: a Markdown page's break between parts, never a task's words); and
    a scan's speck alone on its line (丶, ·, ˙: dust an OCR read, no sentence's stop)."""
    return {
        i
        for i, (_, body) in enumerate(lines)
        if (
            body.strip()
            and all(ch.isspace() or unicodedata.category(ch) == "So" for ch in body)
        )
        or _RULE_LINE.match(body)
        or _SPECK_LINE.match(body)
    }


_RULE_LINE = re.compile(r"^[ \t]*([-*_=~])(?:[ \t]*\1){2,}[ \t]*$")
_SPECK_LINE = re.compile("^[ \t\u3000]*[丶·•˙`´‘’ˊˋ°][ \t\u3000]*$")


_CENTRED_NUMBER = re.compile(r"^[ \t\u3000]{20,}(\d{1,3})[ \t]*$")


def centred_page_numbers(lines: list[tuple[int, str]]) -> set[int]:
    """Page numbers a PDF's layout text sets alone far from the margin ("            1"): two or
    more such lines in the document, counting up, are its pages' numbers, wherever they cut."""
    found = [(i, m) for i, (_, body) in enumerate(lines) if (m := _CENTRED_NUMBER.match(body))]
    values = [int(m.group(1)) for _, m in found]
    if len(found) < 2 or any(b <= a for a, b in itertools.pairwise(values)):
        return set()
    return {i for i, _ in found}


# a footnote block at a page's foot: a rule, then notes (①…, [1]…, 注…) down to the page line
_FOOTNOTE_RULE = re.compile(r"^\s*[―—_＿\-─━]{4,}\s*$")


def footnote_lines(lines: list[tuple[int, str]], page_idx: set[int]) -> set[int]:
    """A footnote block closing a page: a rule line and the notes after it, up to the page
    number (blank lines included); the text around a page break goes on without them."""
    out: set[int] = set()
    for i in page_idx:
        j = i - 1
        while j >= 0 and i - j <= 12 and not _FOOTNOTE_RULE.match(lines[j][1]):
            if j in page_idx:
                break
            j -= 1
        if j >= 0 and i - j <= 12 and _FOOTNOTE_RULE.match(lines[j][1]):
            out.update(range(j, i))
    return out


_LONE_HEAD_MAX = 60  # a running head printed once is one short line
_CUT_LINE = 15  # a line the page cut in mid-sentence is at least this long


_NUMBER_LINE = re.compile(  # a document number alone on its line: 涧政〔2004〕15号
    r"^[\s\u3000]*[\u4e00-\u9fff]{1,8}[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*第?\d{1,4}\s*[号號][\s\u3000]*$"
)


def lone_running_heads(lines: list[tuple[int, str]], page_idx: set[int]) -> set[int]:
    """A running head printed once, on the one page after the first (a two-page PDF): the
    line right under a page number, a blank line under it, where the text before the page
    number left its sentence open ("… Municipal Finance Bureau and / — 1 — / Lanshui …
    Office Document / (blank) / Municipal Federation … participate"): no heading or task
    opens inside a cut sentence, so the line is the page's, not the plan's (a document number
    alone there, 涧政〔2004〕15号, even with text right under it).  A line that
    closes a sentence, opens with a marker or a label is never one (the caller checks those
    on the heads it keeps)."""
    out: set[int] = set()
    for i in page_idx:
        k = next((n for n in range(i + 1, min(len(lines), i + _BLANKS)) if lines[n][1].strip()), 0)
        if k and k not in page_idx and _NUMBER_LINE.match(lines[k][1]):
            out.add(k)  # (a document number alone, blank lines between: the page's head)
            continue
        j = i + 1
        if j + 1 >= len(lines) or j in page_idx or (
            lines[j + 1][1].strip() and not _NUMBER_LINE.match(lines[j][1])
        ):  # (a document number alone under the page number needs no blank line under it)
            continue
        head = lines[j][1].strip()
        if not head or len(head) > _LONE_HEAD_MAX or head.endswith(SENTENCE_CLOSERS):
            continue
        before = next((b.strip() for _, b in reversed(lines[:i]) if b.strip()), "")
        if len(before) >= _CUT_LINE and not before.endswith(SENTENCE_CLOSERS):
            out.add(j)
    return out


_BLANKS = 5  # lines a page number and the next page's head may stand apart by


# a document's masthead: an issuer's name and 文件 (交通运输部文件, 国务院办公厅文件), alone
_MASTHEAD = re.compile(r"^[\s\u3000]*[\u4e00-\u9fff（）()]{2,24}文件[\s\u3000]*$")


def masthead_heads(lines: list[tuple[int, str]], page_idx: set[int]) -> set[int]:
    """A masthead (``…文件``) on the line right under a page number: the next page's running
    head, never a heading of the plan (the plan's first page carries its masthead at the top,
    before any page number)."""
    out: set[int] = set()
    for i in page_idx:
        j = i + 1
        while j < len(lines) and not lines[j][1].strip(" \t\f\u3000"):
            j += 1
        if j < len(lines) and j not in page_idx and _MASTHEAD.match(lines[j][1]):
            out.add(j)
    return out


HEADER_MAX = 120  # a running header (the document's title, "Official translation …") is short


def repeated_heads(lines: list[tuple[int, str]], near: set[int], top: set[int]) -> set[int]:
    """The lines of ``near`` whose text stands twice or more among ``near`` and ``top`` (a
    running head's lines beside the page numbers, and the first page's head)."""
    counts = Counter(_header_key(lines[j][1]) for j in near | top if j < len(lines))
    return {
        j
        for j in near
        if counts[_header_key(lines[j][1])] >= 2 and len(_header_key(lines[j][1])) <= HEADER_MAX
    }


_WIDE_GAP = re.compile(r"[ \t\u3000]{2,}|\u3000")
_FIRST_HEAD_LINES = 4  # the first page's head: issuer, document number, a line or two more


def joined_heads(lines: list[tuple[int, str]], near: set[int]) -> set[int]:
    """The lines of ``near`` that set two or more of the first page's head lines side by
    side, a wide gap between them: a later page's head prints the issuer and the document
    number on one line ("平涛市人民政府办公室文件　　平政办〔2014〕52号") where the first page
    stacks them, so the line never repeats whole."""
    heads = [ln for _, ln in lines if ln.strip()][:_FIRST_HEAD_LINES]
    keys = {_header_key(h) for h in heads}
    out: set[int] = set()
    for j in near:
        parts = [p for p in _WIDE_GAP.split(lines[j][1].strip()) if p]
        if len(parts) >= 2 and all(
            _header_key(p) in keys or (p.endswith("文件") and any(_DOC_NO.search(q) for q in parts))
            for p in parts
        ):  # (or "农业部文件　农发〔2004〕3号" under a first page headed 中华人民共和国农业部: the
            out.add(j)  # document's number, and an issuer's "… 文件" beside it)
    return out


_DOC_NO = re.compile(r"[〔\[(（【]\s*(?:19|20)\d{2}\s*[〕\])）】]\s*\d{1,4}\s*号")


def gapped_heads(lines: list[tuple[int, str]], page_idx: set[int]) -> set[int]:
    """Lines set a blank line away from a page number (a journal's running foot: "X Gazette
    2008 Issue 13", blank, "- 2 -") that recur whole at another page's edge or as the first
    page's head: a sentence a page cut never repeats so (:func:`repeated_heads` takes only the
    lines right beside a page number, a blank line between making a line text)."""
    def key(j: int) -> str:  # (the line as written, numbers too: a field with a date recurs
        return " ".join(lines[j][1].split())  # in its words, never whole)

    near = {
        j
        for i in page_idx
        for j, gap in ((i - 2, i - 1), (i + 2, i + 1))
        if 0 <= j < len(lines) and j not in page_idx and not lines[gap][1].strip()
        and _GAPPED_LEAST <= len(key(j)) <= HEADER_MAX
    }  # fmt: skip
    first = next((k for k, (_, ln) in enumerate(lines) if ln.strip()), None)
    counts = Counter(key(j) for j in near | ({first} if first is not None else set()))
    return {j for j in near if counts[key(j)] >= 2}


_GAPPED_LEAST = 12  # a running foot this long at least (a short line may repeat as text)


def _header_key(line: str) -> str:
    """A running header compared without its date or page count (a browser's print header)."""
    return re.sub(r"\d+", "#", " ".join(line.split()))


__all__ = [
    "HEADER_MAX",
    "SENTENCE_CLOSERS",
    "centred_page_numbers",
    "cut_sentence_blanks",
    "footnote_lines",
    "gapped_heads",
    "joined_heads",
    "lone_running_heads",
    "ornament_lines",
    "ornament_prefix",
    "page_only_blanks",
    "repeated_heads",
    "spaced_paste_blanks",
]
