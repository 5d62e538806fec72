"""Read a document: bytes of any supported format → :class:`~divplan.read.extracted.Extracted`.

Why one entry point: the pipeline, ``divplan text``, ``--only-plans`` (which runs
:func:`divplan.detect` on the same text) and the report all need the text a file holds, and
must get exactly the same text, or spans and verdicts would disagree.

Guarantees:

- The format is sniffed from the bytes (:mod:`divplan.read.sniff`) unless ``input_format``
  names one; ``"auto"`` and None both sniff.
- ``text``: the decoded text exactly, when the format was named; when it was sniffed, tables in
  the text (tab-, pipe-, space-separated) are rendered (:mod:`divplan.read.text_tables`) and the
  format says which kind was found.  ``tsv`` / ``markdown`` read the text as that kind of
  table.  ``html``, ``docx``, ``xlsx``, ``pdf``: their readers, each needing its extra.
- ``sha256`` and ``size`` are of the original bytes; ``text`` is what every span points into.
- Unreadable input raises :class:`~divplan.errors.InputError` (one line), a missing extra
  :class:`~divplan.read.extras.MissingExtra`; so does a document with no text at all.
"""

from __future__ import annotations

import hashlib
import os

from divplan.errors import InputError, read_bytes
from divplan.read.decode import Decoded, decode
from divplan.read.emphasis import bold_spans, styled_spans
from divplan.read.extracted import FORMATS, Extracted, Format, Segment, TextBuilder
from divplan.read.sniff import sniff

INPUT_FORMATS: tuple[str, ...] = ("auto", *FORMATS)
"""What ``--input-format`` accepts."""


def _format(input_format: str | None, data: bytes, path: str | None, source: str) -> Format:
    if input_format in (None, "auto"):
        return sniff(data, path)
    if input_format not in FORMATS:
        raise InputError(
            source, f"unknown input format {input_format!r} (one of: {', '.join(INPUT_FORMATS)})"
        )
    return input_format  # type: ignore[return-value,unused-ignore]


def read(
    data: bytes,
    *,
    input_format: str | None = None,
    encoding: str | None = None,
    path: str | None = None,
) -> Extracted:
    """The text of a document, with its format, digest and map back to the source."""
    source = path or "<input>"
    if not data:
        raise InputError(source, "empty input")
    fmt = _format(input_format, data, path, source)
    named = input_format not in (None, "auto")
    decoded: Decoded | None = None
    builder: TextBuilder | None = None
    tables = 0
    if fmt in ("text", "tsv", "markdown"):
        decoded = decode(data, encoding, source=source)
        if fmt == "text" and named:
            text = decoded.text
        else:
            from divplan.read.text_tables import read_text_tables

            found = read_text_tables(decoded.text, None if fmt == "text" else fmt)
            text, builder, fmt, tables = found
    elif fmt == "html":
        from divplan.read.html import read_html

        builder, decoded, tables = read_html(data, encoding, source)
        text = builder.text()
    else:
        if fmt == "docx":
            from divplan.read.docx import read_docx as reader
        elif fmt == "xlsx":
            from divplan.read.xlsx import read_xlsx as reader
        else:
            from divplan.read.pdf import read_pdf as reader
        builder, tables = reader(data, source)
        text = builder.text()
    styled = builder.styled if builder is not None else {}  # (a Word file's bold runs)
    if fmt in ("html", "docx") and not tables and builder is not None:
        builder, tables = _cell_tables(builder)
        text = builder.text()
    if not text.strip():
        raise InputError(source, f"no text found ({fmt})")
    segments = (
        tuple(builder.segments) if builder is not None else (Segment(0, len(text), "text", 0),)
    )
    emphasis = tuple(sorted({  # (a page's bold by its source lines, and the bold of a merged
        *(bold_spans(decoded.text, fmt, text, segments) if decoded is not None else ()),
        *styled_spans(styled, text, segments),  # cell copied into the rows it spans)
    }))
    return Extracted(
        text=text,
        format=fmt,
        encoding=decoded.encoding if decoded else ("pdf" if fmt == "pdf" else "utf-8"),
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        segments=segments,
        replaced=decoded.replaced if decoded else 0,
        guess=decoded.guess if decoded else None,
        tables=tables,
        emphasis=emphasis,
    )


def _cell_tables(builder: TextBuilder) -> tuple[TextBuilder, int]:
    """A page's or Word file's text with a table copied one cell per line (序号 / 重点任务 /
    责任单位 … each a paragraph) rendered as rows; each rendered line keeps the place in the
    source of the text line it came from."""
    from divplan.read.text_tables import read_cell_tables

    text = builder.text()
    found = read_cell_tables(text)
    if found.builder is None:
        return builder, 0
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    inner = Extracted(text, "text", "utf-8", "", 0, tuple(builder.segments))
    out = TextBuilder()
    for seg in found.builder.segments:
        at = seg.offset
        if at is None and seg.where.startswith("line "):
            number = int(seg.where.split()[-1]) - 1
            at = starts[number] if 0 <= number < len(starts) else None
        src = inner.where(at) if at is not None else None
        offset = None
        if src is not None and src.offset is not None and seg.offset is not None:
            offset = src.offset + (seg.offset - src.start)
        if seg.start > out.length:
            out.parts.append(found.text[out.length : seg.start])
            out.length = seg.start
        out.add(found.text[seg.start : seg.end], src.where if src else seg.where, offset)
    if out.length < len(found.text):
        out.parts.append(found.text[out.length :])
        out.length = len(found.text)
    return out, found.tables


def read_file(
    path: str | os.PathLike[str],
    *,
    input_format: str | None = None,
    encoding: str | None = None,
) -> Extracted:
    """:func:`read` on the bytes of file ``path`` (unreadable files raise ``InputError``)."""
    name = os.fspath(path)
    return read(read_bytes(name), input_format=input_format, encoding=encoding, path=name)


__all__ = ["INPUT_FORMATS", "read", "read_file"]
