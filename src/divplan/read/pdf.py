"""PDF: the text of each page, in page order (``divplan[pdf]``, pypdf).

Why pypdf: it is pure Python (no binary wheel to install), and its text extraction follows the
content stream with the fonts' Unicode maps, which is what PDFs exported from Word and WPS
carry.  Page numbers and headers repeated on each page stay in the text: the normaliser already
recognises and drops them, and reports them as ``page`` segments.

Guarantees:

- Pages are read in order; each page's lines are lines of the text, segments ``page N``; a
  vertical gap of a blank line between two lines is a blank line (paragraphs set apart); a
  space the extractor put between a CJK character and a digit or Latin letter (where the font
  changes, as in ``2020 年``) is removed, since Chinese is set without spaces.
- A page that shows a table header naming plan columns (牵头单位, 完成时限, …), even with its
  cells on lines of their own, is first read from its drawn cells when the table has rules
  (:mod:`divplan.read.pdf_grids`, :mod:`divplan.read.pdf_tables`: pdfplumber, in the same
  extra), or, printed without borders, from where its characters stand
  (:mod:`divplan.read.pdf_aligned`); when neither finds a plan table, or pdfplumber is
  missing, the page is read
  in pypdf's layout mode, which keeps columns aligned with spaces, and its space-aligned table
  is rendered by :mod:`divplan.read.text_tables` like any text table.
- CJK radicals a font wrote for whole characters (⼈⺠ for 人民) are those characters
  (:mod:`divplan.read.radicals`).
- An encrypted PDF is opened with the empty password if it has one; otherwise, and for a PDF with
  no text at all (a scan), a one-line :class:`~divplan.errors.InputError` says so.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import statistics
import unicodedata
from bisect import bisect_right
from typing import Any, NamedTuple

from divplan.errors import InputError
from divplan.read.extracted import TextBuilder
from divplan.read.extras import need
from divplan.read.header_lines import names_columns, roles_in_line
from divplan.read.pdf_aligned_pages import AlignedReader
from divplan.read.pdf_grids import ruled_parts
from divplan.read.pdf_tables import read_ruled
from divplan.read.radicals import unradical
from divplan.read.space_columns import space_cells
from divplan.read.table_headers import FIELDS, HEADER_LINE, find_header
from divplan.read.text_tables import read_text_tables

# a space the extractor put between CJK and a digit or Latin letter (a font change, not a word
# gap): Chinese is set without spaces, and "2020 年底前" must read as "2020年底前"
_CJK = r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]"
_FONT_GAP = re.compile(rf"(?<={_CJK}) (?=[0-9A-Za-z])|(?<=[0-9A-Za-z]) (?={_CJK})")
_BLANK_GAP = 1.6  # a gap this many line pitches wide was a blank line (a paragraph break)
_HINTS = ("牵头单位", "责任单位", "配合单位", "完成时限", "时间节点", "Lead unit", "Deadline")


_LIGATURE = re.compile("[\ufb00-\ufb06]")  # ﬁ ﬂ ﬃ: one glyph a font draws for two letters


def _glyphs(text: str) -> str:
    """A page's text with CJK radicals written for whole characters mapped back
    (:mod:`divplan.read.radicals`) and Latin ligature glyphs spelled out ("Oﬃce" → "Office")."""
    text = unradical(text)
    return _LIGATURE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def _clean(text: str) -> str:
    """Text pdfplumber extracted, cleaned as pypdf's is: glyphs, and no font gap in Chinese."""
    return _FONT_GAP.sub("", _glyphs(text))


def _looks_tabular(text: str) -> bool:
    """A page worth a layout pass: two column names on one line, or a header row of cells."""
    for line in text.splitlines():
        if sum(1 for h in _HINTS if h.lower() in line.lower()) >= 2 or find_header(line.split()):
            return True
        if "  " in line.strip() and find_header([c for _, c in space_cells(line)]):
            return True  # a text layer set with spaces ("No.   Key task   Pick-up unit   …")
        roles = roles_in_line(line) if len(line) <= HEADER_LINE else set()
        if len(roles) >= 2 and roles & {"task", *FIELDS}:  # "Key work Responsible unit …"
            return True
        if _spaced_header(line):
            return True
    return False


_HEADER_WORDS = (3, 8)  # a header row's column names run together with single spaces
_HEADER_CHARS = 80
_SENTENCE_MARKS = re.compile(r"[,.;:，。；：]")


def _spaced_header(line: str) -> bool:
    """A header row whose column names a text layer set one space apart, like the words
    inside each ("Task Designated principal Second-tier agencies"): some split of its words
    into two to four cells names a task column and a field column.  Only a short line of
    words with no sentence's punctuation is tried, so few lines of a page are."""
    words = line.split()
    low, high = _HEADER_WORDS
    if not low <= len(words) <= high or len(line) > _HEADER_CHARS or _SENTENCE_MARKS.search(line):
        return False
    for k in (2, 3, 4):
        for cuts in itertools.combinations(range(1, len(words)), k - 1):
            bounds = (0, *cuts, len(words))
            cells = [" ".join(words[a:b]) for a, b in itertools.pairwise(bounds)]
            if find_header(cells) is not None:
                return True
    return False


def _page_lines(page: Any) -> list[str]:
    """A page's lines as pypdf extracts them, with the blank lines its vertical gaps show.

    pypdf drops empty lines, but a heading set off by blank lines is how a plan marks a section
    written like an item number ("6. Promoting …"); the gap between baselines tells.
    """
    chunks: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        chunks.append((text, tm[5] * cm[3] + cm[5]))

    text = page.extract_text(visitor_text=visit) or ""
    if "".join(c for c, _ in chunks) != text:  # not the text the visitor saw: no gap data
        return [_FONT_GAP.sub("", _glyphs(ln)) for ln in text.splitlines()]
    lines: list[tuple[str, float | None]] = []
    current, y = "", None
    for chunk, at in chunks:
        pieces = chunk.split("\n")
        for k, piece in enumerate(pieces):
            if k:
                lines.append((current, y))
                current, y = "", None
            current += piece
            if y is None and piece.strip():
                y = at
    lines.append((current, y))
    ys = [yy for _, yy in lines if yy is not None]
    gaps = [a - b for a, b in itertools.pairwise(ys) if a - b > 0]
    pitch = statistics.median(gaps) if gaps else 0.0
    out: list[str] = []
    last: float | None = None
    for line, yy in lines:
        if not line.strip():
            continue
        if pitch and yy is not None and last is not None and last - yy > _BLANK_GAP * pitch:
            out.append("")
        out.append(_FONT_GAP.sub("", _glyphs(line.rstrip())))
        last = yy if yy is not None else last
    return out


class _Placed(NamedTuple):
    """Lines of a run of pages with tables, each with its page in the run."""

    lines: list[tuple[str, int]]
    tables: int


def _tables_over(layouts: list[str | None]) -> _Placed | None:
    """The tables of consecutive pages read as one text, so that a table, and a row wrapped
    over a page break, goes on where the page ends (the header a page repeats is skipped by the
    renderer); each rendered line keeps the page its source line was on.  None: no table."""
    texts = [layout or "" for layout in layouts]
    first_line: list[int] = []  # the 1-based number of each page's first line in the joined text
    at = 1
    for text in texts:
        first_line.append(at)
        at += (len(text.splitlines()) or 1) + 1  # a blank line between pages: a row's lines
    try:  # do not run on into the next page's
        found = read_text_tables("\n\n".join(t if t.splitlines() else "" for t in texts))
    except Exception:  # a table that cannot be rendered: the pages' lines as they are
        return None
    if not found.tables or found.builder is None:
        return None
    lines: list[tuple[str, int]] = []
    for seg in found.builder.segments:
        number = int(seg.where.split()[-1]) if seg.where.startswith("line ") else 1
        page = bisect_right(first_line, number) - 1
        for piece in found.text[seg.start : seg.end].splitlines():
            if piece.strip():  # (a font change in a cell, "2010 年", is no word gap either)
                lines.append((_FONT_GAP.sub("", piece), max(page, 0)))
    return _Placed(lines, found.tables)


def read_pdf(data: bytes, source: str) -> tuple[TextBuilder, int]:
    """The PDF's lines and the number of tables read as plans."""
    pypdf = need("pypdf", "pdf")
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # font warnings are not the user's news
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(source, "an encrypted PDF (needs a password)")
        pages = list(reader.pages)
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many kinds for a broken file
        raise InputError(source, f"not a readable PDF ({type(exc).__name__})") from None
    out = TextBuilder()
    tables = 0
    pages_lines: list[list[str]] = []
    layouts: list[str | None] = []  # a tabular page's layout text
    for page in pages:
        try:
            lines = _page_lines(page)
        except Exception:  # one bad page must not lose the others
            lines = []
        layout = None
        try:  # a page with a table's header, or after one (a table goes on without it)
            if _looks_tabular("\n".join(lines)) or (layouts and layouts[-1] is not None):
                layout = _glyphs(page.extract_text(extraction_mode="layout") or "")
        except Exception:  # a page whose layout cannot be read: its lines as they are
            pass
        pages_lines.append(lines)
        layouts.append(layout)
    tabular = {  # a page with a table's header: its drawn cells, if it has them
        n
        for n, (lines, layout) in enumerate(zip(pages_lines, layouts, strict=True), 1)
        if layout is not None or names_columns(lines)
    }
    if tabular:
        parts = ruled_parts(data, tabular | {n + 1 for n in tabular}, AlignedReader())
        ruled = read_ruled(parts, pages_lines, _clean) if parts is not None else None
        if ruled is not None and ruled[0].text().strip():
            return ruled
    n = 0
    while n < len(pages):
        run = n + 1  # a table goes on over the tabular pages that follow (a row may too)
        while layouts[n] is not None and run < len(pages) and layouts[run] is not None:
            run += 1
        found = _tables_over(layouts[n:run]) if layouts[n] is not None else None
        placed: list[tuple[str, int]] = [(line, 0) for line in pages_lines[n]]
        if found is None:
            run = n + 1
        else:
            tables += found.tables
            placed = found.lines
        for k, (line, page_in_run) in enumerate(placed):
            if line.strip():
                out.line(line, f"page {n + page_in_run + 1}")
            elif k and out.length:
                out.blank()
        n = run
    if not out.text().strip():
        raise InputError(source, "no text in the PDF (a scan? it needs OCR first)")
    return out, tables


__all__ = ["read_pdf"]
