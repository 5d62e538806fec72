"""Normalise: decoded text → text the grammars can read, plus a map back to the original.

Guarantees (each is relied on by a later stage and checked by tests):

1. Line ends are ``\\n`` only: ``\\r\\n`` and lone ``\\r`` become one ``\\n``.
2. Full-width ASCII forms (U+FF01–U+FF5E: ``１．（）：；，``) become their ASCII twins, the
   ideographic space, tabs, no-break and typographic spaces (em, thin, U+2000–U+200A) become
   a plain space; zero-width characters and stray BOMs are dropped; an HTML character
   reference left in the text (``&nbsp;``) is its character (:mod:`~divplan.parsing.entities`).
   Chinese punctuation that carries meaning (``、。《》〔〕``) is kept; CJK radicals a PDF's
   font wrote for whole characters (``⼈⺠`` for ``人民``) become them.
3. Page furniture is removed and reported: page-number lines (``— 3 —``, ``- 4 -``, ``第3页``,
   ``Page 2 of 9``; a browser's print footer and header, ``file:///… 1/2``, ``12/4/26, 5:02
   PM``; a table's continuation mark over its next page, ``（续表）``, ``(continued)``), short
   page headers that repeat next to them (a line opening with a section,
   subsection or item marker is never one), and a journal's running head that carries the
   page number itself and recurs (``18   GAZETTE OF …   No. 25, 2020``).  Each removed line
   is returned in :attr:`Normalised.pages` as a span of the original text.  When the break
   cuts a sentence (the line before it does not close one), the blank lines around it go
   too: a page break is not a paragraph break.  So do the blank lines a chat paste puts
   after every line, where a sentence goes on; lines of ornaments only (``◆ ◆ ◆``) are
   furniture (:mod:`divplan.parsing.layout_lines`).
4. A line holding a run-together plan (its line breaks lost: a marker right after a clause's
   closing bracket, or a heading running into a task) is broken before each marker inside it,
   so that items still start at their markers; so is a paragraph whose sentences each close
   with their own clause (…。（A负责）B…。（C负责）), after each clause.  The inserted ``\n``
   maps onto the marker (or the next sentence's first character).
5. A letter-spaced line (PDF text extraction: ``财 政 部 参 加 ）``), where most CJK characters
   are set apart by single spaces, loses those spaces between CJK characters and punctuation.
6. A field label written in brackets instead of before a colon (``【责任单位】A``,
   ``[Lead unit] A``) is rewritten in place to `` 责任单位：A`` (same length), so that the
   clause reader sees the field as it sees ``责任单位：A``; only a bracketed word the lexicon
   reads as a whole label changes (:func:`~divplan.parsing.bracket_labels.unbracket_labels`),
   never a legend's word mark (``[Main] A, B``).
   So is a record's label set apart from its value by a space (``牵头单位 市规划局`` →
   ``牵头单位:市规划局``), when a document has several (:mod:`divplan.parsing.record_labels`).
7. Markdown's marks around a heading in plain text (``## 二、…``, ``**一、…**``: a wiki's or a
   chat's copy), and an ornament before a heading's marker (``■ Ⅰ. …``), become spaces, so
   that the heading's marker opens the line; the marks are returned with the page furniture
   in :attr:`Normalised.pages`.
8. Nothing else changes: every remaining character keeps its place, so
   :meth:`Normalised.span` maps any ``[start, end)`` of the normalised text back onto the
   original text exactly.  Hard line-wraps inside an item are left as newlines here; the
   structure stage joins them, because only it knows where an item begins.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from divplan.parsing.bracket_labels import unbracket_labels
from divplan.parsing.cues import starts_with_label
from divplan.parsing.entities import char_entities
from divplan.parsing.layout_lines import (
    HEADER_MAX,
    SENTENCE_CLOSERS,
    centred_page_numbers,
    cut_sentence_blanks,
    footnote_lines,
    gapped_heads,
    joined_heads,
    lone_running_heads,
    masthead_heads,
    ornament_lines,
    ornament_prefix,
    page_only_blanks,
    repeated_heads,
    spaced_paste_blanks,
)
from divplan.parsing.record_labels import record_labels
from divplan.parsing.run_together import paragraph_cuts, run_together
from divplan.read.cells import CONTINUED
from divplan.read.radicals import radical_map

_CHAR_MAP: dict[int, str | None] = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
_CHAR_MAP.update(
    {
        **dict.fromkeys((0x3000, 0x00A0, 0x0009, 0x000B, 0x000C), " "),
        **{cp: " " for cp in (*range(0x2000, 0x200B), 0x202F, 0x205F)},  # em space, thin …
        **dict.fromkeys((0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)),  # (None: dropped)
    }
)
_CHAR_MAP.update(radical_map())  # ⼈⺠ → 人民: a PDF font's radicals (guarantee 2)
_TRANSLATE = str.maketrans(_CHAR_MAP)

_DASH = r"[-\u2012-\u2015\u2212\uFF0D\u2500\u2014\u2013]"
PAGE_LINE = re.compile(
    rf"^\s*(?:{_DASH}{{1,3}}\s*\d{{1,4}}(?:\s*(?:of|/)\s*\d{{1,4}})?\s*{_DASH}{{1,3}}"
    r"|[第笫]\s*\d{1,4}\s*[页頁](?:\s*[,，/／]?\s*共\s*\d{1,4}\s*[页頁])?"  # (笫: a scan's 第)
    r"|[【\[〔]\s*(?:[第笫]\s*\d{1,4}\s*[页頁]|page\s*\d{1,4})[^\n【】\[\]〔〕]{0,40}[】\]〕]"
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
    r"|(?:no\.?\s*)?\d{1,4}\s*page,?\s*(?:total|of)\s*\d{1,4}\s*pages?"  # 第2页，共3页 translated
    r"|(?:(?:https?|file)://\S+\s+)?\d{1,4}\s*/\s*\d{1,4}"  # a browser's print footer: URL  1/4
    r"|\d{1,2}/\d{1,2}/\d{2,4},\s+\d{1,2}:\d{2}(?:\s*[AP]M)?(?:\s+\S.{0,150})?"  # its header
    r"|\d{4}/\d{1,2}/\d{1,2}(?:\s+\d{1,2}:\d{2}(?:\s+\S.{0,150})?)?"  # (a Chinese locale's)
    r"|(?:https?|file)://\S+"  # (the page's address alone, its page count on the next line)
    r"|[续續]上?表"  # （续表）, "(continued)", a title again over its next page: …（接上页）
    rf"|[^\n]{{0,80}}?{CONTINUED})\s*$",
    re.IGNORECASE,
)
# a line opening with a section, subsection or item marker is never a page header
_MARKED = re.compile(
    r"^\s*(?:[(（]\s*[0-9０-９一二三四五六七八九十a-zA-Z]{1,4}\s*[)）]|[0-9０-９]{1,3}\s*[.．、)]"
    r"|[一二三四五六七八九十]{1,3}\s*、|第.{1,3}(?:部分|章)|[IVX]{1,4}\.)"
)
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")
_CJK_OR_MARK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
# a space with a CJK character or mark on one side and no space on the other: a superset
# of the spaces _letter_spaced drops, so a line with fewer than five of them has none to drop
# (it opens with the space: the engine skips from space to space)
_CJK_BESIDE_SPACE = re.compile(
    r" (?:(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef] )(?=[^ ])"
    r"|(?<=[^ ] )(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]))"
)


def _letter_spaced(line: str) -> set[int]:
    """The single spaces to drop from a letter-spaced line (guarantee 5), or none.

    A line is letter-spaced when at least five of its CJK characters, and most of them, stand
    between single spaces; a space goes when it has a CJK character or mark on one side and
    one of those, a letter or a digit on the other.
    """
    if line.count(" ") < 5 or len(_CJK_BESIDE_SPACE.findall(line)) < 5:
        return set()  # fewer than five spaces could qualify: most lines, found in C
    singles = [
        k
        for k in range(1, len(line) - 1)
        if line[k] == " "
        and line[k - 1] != " "
        and line[k + 1] != " "
        and (_CJK_OR_MARK.match(line[k - 1]) or _CJK_OR_MARK.match(line[k + 1]))
        and (_CJK_OR_MARK.match(line[k - 1]) or line[k - 1].isalnum())
        and (_CJK_OR_MARK.match(line[k + 1]) or line[k + 1].isalnum())
    ]  # 财 政 部, and 2 ． 鼓 励: a digit against a CJK mark too
    cjk = len(_CJK_OR_MARK.findall(line))
    if len(singles) < 5 or len(singles) * 2 < cjk:
        return set()
    return set(singles)


@dataclass
class Normalised:
    """Normalised text with the map back to the original text it came from."""

    text: str
    original: str
    pages: list[tuple[int, int]] = field(default_factory=list)
    # Piecewise-constant offset map: from normalised index _starts[k] on, original = i + _deltas[k].
    _starts: list[int] = field(default_factory=lambda: [0])
    _deltas: list[int] = field(default_factory=lambda: [0])

    def offset(self, i: int) -> int:
        """Original offset of normalised offset ``i`` (``len(text)`` maps to ``len(original)``)."""
        if i >= len(self.text):
            return len(self.original) if i == len(self.text) else i + self._deltas[-1]
        k = bisect_right(self._starts, i) - 1
        return i + self._deltas[k]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` covering the normalised ``[start, end)``."""
        if end <= start:
            o = self.offset(start)
            return (o, o)
        return (self.offset(start), self.offset(end - 1) + 1)

    def blanked_from(self, i: int) -> int:
        """Where the marks the normaliser set as spaces right before ``i`` begin (the 【 of
        【责任分工】 became one): a segment starting at ``i`` holds them too."""
        while i > 0 and self.text[i - 1] == " " and not self.original[self.offset(i - 1)].isspace():
            i -= 1
        return i


def _page_headers(lines: list[tuple[int, str]], page_idx: set[int]) -> set[int]:
    """Indices of short lines that repeat (≥2×) right next to page-number lines: a running
    title, "Official translation — for reference" (a line with a blank line between it and
    the page number is text: the end of a clause cut by the page may repeat too)."""
    near: set[int] = set()  # distinct lines: one line between two page numbers counts once
    for i in page_idx:
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and j not in page_idx and lines[j][1].strip():
                near.add(j)
    # a line that goes on with a cut sentence (…（2020年底前完 / 成）) is text, not a header
    near = {
        j
        for j in near
        if not (
            j > 0
            and lines[j - 1][1].strip()
            and (j - 1) not in page_idx
            and not lines[j - 1][1].rstrip().endswith(SENTENCE_CLOSERS)
        )
    }
    near = {  # headings repeat legitimately, and so do fields (完成时限：2021年#月底前 by a
        j for j in near if not _MARKED.match(lines[j][1])  # page number twice, the page
        and not starts_with_label(lines[j][1], 0, len(lines[j][1]))  # breaks in a text with
    }  # no blank lines)
    first = next((i for i, (_, ln) in enumerate(lines) if ln.strip()), None)  # (the first
    top = set() if first is None else {first}  # page's head, no page number before it, counts)
    found = repeated_heads(lines, near, top) | joined_heads(lines, near)
    found |= {j for j in gapped_heads(lines, page_idx) if _head_like(lines[j][1])}  # (a foot
    # a blank line away from the page number: "X Gazette 2008 Issue 13"; never a field)
    # a head of two lines (a browser's print header: the page's title, then its address): the
    # line beside a head found, away from the page number, when it repeats there too
    beside = {
        k
        for j in found
        for k in (j - 1, j + 1)
        if 0 <= k < len(lines) and k not in page_idx | found and _head_like(lines[k][1])
        and lines[k][1].strip()
    }
    return found | repeated_heads(lines, beside, {k + 1 for k in top} | top)


def _head_like(line: str) -> bool:
    """A line that may be a page's head: no marker, no field label."""
    return not _MARKED.match(line) and not starts_with_label(line, 0, len(line))


_EDGE_NUMBER = re.compile(r"^\s*\d{1,4}\s{2,}\S|\S\s{2,}\d{1,4}\s*$")


def _numbered_running_heads(lines: list[tuple[int, str]], page_idx: set[int]) -> set[int]:
    """A printed journal's running head that carries its own page number
    (``No. 25, 2020     GAZETTE OF THE STATE COUNCIL …     17``, the number on the other side
    on even pages): a line with a number set apart at an edge whose words, numbers aside and
    in any order, recur on another such line.  These are page lines in their own right."""
    keyed: dict[tuple[str, ...], list[int]] = {}
    for i, (_, body) in enumerate(lines):
        text = body.strip()
        if not (12 <= len(text) <= HEADER_MAX) or not _EDGE_NUMBER.search(body):
            continue
        if _MARKED.match(body) or not re.search(r"[A-Za-z\u4e00-\u9fff]{2}", text):
            continue
        if starts_with_label(body, 0, len(body)):
            continue  # "Deadline:   2024" under each item is a field, not a page head
        if not _at_page_edge(lines, i) and not {i - 1, i + 1} & page_idx:
            continue  # a page's head stands by a blank line, a form feed or a page number
        key = tuple(sorted(re.sub(r"\d+", "#", text).split()))
        keyed.setdefault(key, []).append(i)
    return {i for group in keyed.values() if len(group) >= 2 for i in group}


_BARE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")


def _bare_page_numbers(lines: list[tuple[int, str]]) -> set[int]:
    """A page number printed bare (a scan, a PDF copy): a number alone between blank lines that
    stands inside a sentence the page break cut (…做 / 2 / 好禽流感…), where no list or table
    row could stand."""
    out: set[int] = set()
    for i, (_, body) in enumerate(lines):
        if not _BARE_NUMBER.match(body) or not 1 < i < len(lines) - 2:
            continue
        if lines[i - 1][1].strip() or lines[i + 1][1].strip():
            continue  # not set apart by blank lines
        before = next((b for _, b in reversed(lines[: i - 1]) if b.strip()), "")
        cut = before.strip()
        if len(cut) >= 15 and not cut.endswith(SENTENCE_CLOSERS):  # a wrapped line, not a title
            out.add(i)
    return out


def _at_page_edge(lines: list[tuple[int, str]], i: int) -> bool:
    """A page's head or foot stands at the document's edge, by a blank line or a form feed."""
    if i == 0 or i == len(lines) - 1 or "\f" in lines[i][1]:
        return True
    return not lines[i - 1][1].strip(" \t\f") or not lines[i + 1][1].strip(" \t\f")


_MD_HASHES = re.compile(r"^[ ]*(#{1,6}[ ]+)(?=\S)")
# a whole line in bold, or in italics (one *: *Responsibility: A to lead …*); not a rule ____
_MD_BOLD = re.compile(r"^[ ]*(\*\*|__|\*)(?=[^\s*_])(.{1,300}?)(?<=[^\s*_])\1[ ]*$")
# a field's label set in bold at the line's start: **责任单位：**A牵头… / **Lead unit**: A —
# or an item's marker: **1.** Ensure … / **（一）**…
_MD_BOLD_LABEL = re.compile(
    r"^[ ]*(\*\*|__|\*)(?=[^\s*_])([^*_\n]{1,24}?[:：]?)\1(?=[ ]*[:：]|(?<=[:：.、)）]..))"
)


def _unmark_heading(line: str) -> tuple[str, list[tuple[int, int]]]:
    """Guarantee 7: Markdown's marks around a heading (``## 二、…``, ``**一、…**``) or a field's
    label (``**责任单位：**…``) as spaces, and where they were in the line (reported with the
    page furniture: nothing is lost)."""
    marks: list[tuple[int, int]] = []
    ornament = ornament_prefix(line)  # ■ Ⅰ. … (a chat article's copy)
    if ornament:
        at = len(line) - len(line.lstrip(" "))
        line = " " * ornament + line[ornament:]
        marks.append((at, at + 1))
    if "#" not in line and "*" not in line and "__" not in line:
        return line, marks
    m = _MD_HASHES.match(line)
    if m:
        line = line[: m.start(1)] + " " * len(m.group(1)) + line[m.end(1) :]
        marks.append((m.start(1), m.end(1) - 1))  # the marks, not the space after them
    m = _MD_BOLD.match(line) or _MD_BOLD_LABEL.match(line)
    if m:
        size = len(m.group(1))
        line = line[: m.start(1)] + " " * size + m.group(2) + " " * size + line[m.end(2) + size :]
        marks += [(m.start(1), m.end(1)), (m.end(2), m.end(2) + size)]
    return line, marks


def normalise(original: str, kept: str | None = None) -> Normalised:
    """Normalise ``original`` (see the module docstring; ``kept``: a legend's word mark, rule 6)."""
    raw_lines: list[tuple[int, str]] = []  # (original start, line content without its end)
    ends: list[int] = []  # original offset where the line's end sequence starts
    for m in _LINE.finditer(original):
        s, e = m.span()
        if s == e:
            break
        body = m.group().rstrip("\r\n")
        raw_lines.append((s, body))
        ends.append(s + len(body))
    page_idx = {i for i, (_, body) in enumerate(raw_lines) if PAGE_LINE.match(body)}
    page_idx |= _numbered_running_heads(raw_lines, page_idx)
    page_idx |= _bare_page_numbers(raw_lines) | centred_page_numbers(raw_lines)
    drop = page_idx | (_page_headers(raw_lines, page_idx) if page_idx else set())
    drop |= {j for j in lone_running_heads(raw_lines, page_idx) if _head_like(raw_lines[j][1])}
    drop |= masthead_heads(raw_lines, page_idx)  # (交通运输部文件 under — 1 —: page 2's head)
    drop |= footnote_lines(raw_lines, page_idx)
    drop |= cut_sentence_blanks(raw_lines, drop) | spaced_paste_blanks(raw_lines)
    drop |= page_only_blanks(raw_lines, drop)
    ornaments = ornament_lines(raw_lines)  # ◆ ◆ ◆ between a chat paste's paragraphs
    drop |= ornaments

    out: list[str] = []
    starts: list[int] = [0]
    deltas: list[int] = [0]
    pages: list[tuple[int, int]] = []
    n = 0  # normalised length so far

    def mark(orig_pos: int) -> None:
        delta = orig_pos - n
        if delta != deltas[-1]:
            if starts[-1] == n:
                deltas[-1] = delta
            else:
                starts.append(n)
                deltas.append(delta)

    labelled = record_labels([body for _, body in raw_lines])  # 牵头单位 市规划局 (guarantee 6)
    crossing = paragraph_cuts(  # clauses that cross a hard wrap's line end (guarantee 4)
        ["" if i in drop else labelled.get(i, body) for i, (_, body) in enumerate(raw_lines)],
        lambda body: body.translate(_TRANSLATE),
    )
    for i, (s, body) in enumerate(raw_lines):
        body = labelled.get(i, body)
        if i in drop:
            if body.strip():  # blank lines dropped with a page break are whitespace, not pages
                pages.append((s, s + len(body)))
            continue
        has_end = ends[i] < len(original)
        mapped, marks = _unmark_heading(unbracket_labels(body.translate(_TRANSLATE), kept))
        pages.extend((s + a, s + b) for a, b in marks if len(mapped) == len(body))
        refs, blanks = char_entities(body, _CHAR_MAP)  # (&nbsp; a space: guarantee 2)
        spaced = _letter_spaced(body) | set(refs)
        pages.extend((s + a, s + b) for a, b in blanks)
        cuts = run_together(mapped) if len(mapped) == len(body) and not spaced else []
        if i in crossing and len(mapped) == len(body) and not spaced:
            cuts = sorted({*cuts, *crossing[i]})
        if cuts:
            prev = 0
            for c in [*cuts, len(mapped)]:
                piece = mapped[prev:c]
                if prev:
                    keep = len(piece) - len(piece.lstrip(" "))
                    if not out[-1].endswith("\n"):
                        mark(s + prev)
                        out.append("\n")
                        n += 1
                    piece, prev = piece[keep:], prev + keep
                mark(s + prev)
                stripped = piece.rstrip(" ") if c < len(mapped) else piece
                out.append(stripped)
                n += len(stripped)
                prev = c
        elif len(mapped) == len(body) and not spaced:
            mark(s)
            out.append(mapped)
            n += len(mapped)
        else:  # zero-width characters or letter-spacing dropped: map piece by piece
            for k, ch in enumerate(body):
                if k in spaced and k not in refs:
                    continue
                t = refs[k] if k in refs else ch.translate(_TRANSLATE)
                if t:
                    mark(s + k)
                    out.append(t)
                    n += len(t)
        if has_end:
            mark(ends[i])
            out.append("\n")
            n += 1
    return Normalised("".join(out), original, pages, starts, deltas)
