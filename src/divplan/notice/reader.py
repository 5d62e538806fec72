"""Read the *notice* (印发通知) wrapped around a division-of-labour plan.

A plan is rarely published bare: a notice precedes it (title, document number, addressees,
a short body, issuer and date), or, for plans issued as the document itself (国务院关于落实
《政府工作报告》重点工作部门分工的意见), the issuer/date block follows the plan.  The caller
has already cut the text into regions; this module only extracts fields from them, taking each
field from the module that knows how it is written (:mod:`~divplan.notice.title`,
:mod:`~divplan.notice.docnumber`, :mod:`~divplan.notice.header`,
:mod:`~divplan.notice.signature`) and deciding which region and line each is read from.

Design choices, and why:

* Everything works on a plain ``str`` and returns ``(start, end)`` offsets into *that* string,
  so the caller can map spans back through its own normalisation offset map.  Every returned
  :class:`Field` / :class:`DocNumber` satisfies ``text[start:end] == field.text``; the one
  exception is :attr:`Notice.date`, whose text is the ISO date and whose span covers the date as
  written (``parse_date(text[start:end])`` gives the ISO text back).
* Input is expected normalised (LF line ends, full-width ASCII mapped to ASCII) but raw text
  (CRLF, BOM, ``：``, ``（``) is handled too, because callers in tests and tools pass raw files.
* The parsing is line-oriented and uses only bounded quantifiers, so a 1 MB single line costs
  linear time: candidate lines longer than ``_MAX_TITLE`` (:mod:`~divplan.notice.title`) are never
  regex-searched for titles, and look-behinds for document-number issuer codes scan at most
  ``_CODE_WINDOW`` (:mod:`~divplan.notice.docnumber`) characters.
* Nothing here raises on odd input: a text without a notice yields a :class:`Notice` whose
  fields are all ``None`` and whose references are empty.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from divplan.notice.docnumber import DocNumber, find_doc_numbers
from divplan.notice.header import (
    OWN_LINE_AFTER_TITLE,
    OWN_LINE_NO_TITLE,
    end_of_addressees,
    end_of_header,
    on_own_line,
)
from divplan.notice.lines import nonblank_lines, trim
from divplan.notice.signature import Signature, date_under_title, find_signature
from divplan.notice.title import find_title, plan_title

__all__ = ["Field", "Notice", "read_notice"]


@dataclass(frozen=True)
class Field:
    """A piece of text together with where it was found (``text == source[span[0]:span[1]]``)."""

    text: str
    span: tuple[int, int]


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
    region_lines = [nonblank_lines(text, a, b) for a, b in regs]
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
        tpos = find_title(text, lines)
        if tpos is not None:
            hr = ri
            break
    lines = region_lines[hr]
    notice_title: Field | None = None
    title: Field | None = None
    if tpos is not None:
        na, nb = lines[tpos[0]].start, lines[tpos[1]].end
        notice_title = Field(text[na:nb], (na, nb))
        ta, tb = plan_title(text, na, nb)
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
        last = first + (OWN_LINE_AFTER_TITLE if tpos is not None else OWN_LINE_NO_TITLE)
        found = [d for d in region_docs(ri) if d.span[0] >= za]
        for d in found:
            li = rl.index_of(d.span[0])
            if li > last:
                break
            if li >= 0 and on_own_line(text, rl[li], d):
                doc, doc_line, hr = d, li, ri
                break
        if doc is None:
            header_end = end_of_header(text, rl, first)
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
            j = end_of_addressees(text, lines, i)
            if j < 0 and lines[i].end - lines[i].start > 40:
                break  # a paragraph: the body has begun, a later colon is not the addressees
            if j >= 0:
                aa, ab = lines[i].start, lines[j].end - 1
                aa, ab = trim(text, aa, ab)
                if aa < ab:
                    addressees = Field(text[aa:ab], (aa, ab))
                    body_start = lines[j].end
                break

    # 4. Signature: in the header region after the header, then in the other regions.
    sig: Signature | None = None
    sig_region = -1
    for ri, (a, b) in enumerate(regs):
        za = body_start if ri == hr else a
        if ri < hr and anchor >= 0:
            continue  # regions before the header are page junk, not the notice
        sig = find_signature(text, region_lines[ri], za, b)
        if sig is not None:
            sig_region = ri
            break
    if sig is None and tpos is not None:
        sig = date_under_title(text, region_lines[hr], tpos[1])
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
