"""Extracted text: what every reader returns, and the map from it back to the source.

Why one type for all formats: the parser reads text, and every span it reports points into the
text a reader extracted (``divplan text FILE`` prints exactly that text).  A reader also says
where each stretch of that text came from (a line of a text file, a paragraph or a table row of a
Word file, a page of a PDF, a cell range of a sheet), so a finding can be traced back to the
original document.  :class:`TextBuilder` is how readers write both at once.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

Format = Literal["text", "html", "docx", "pdf", "xlsx", "tsv", "markdown"]
FORMATS: tuple[Format, ...] = ("text", "html", "docx", "pdf", "xlsx", "tsv", "markdown")


@dataclass(frozen=True)
class Segment:
    """A stretch ``[start, end)`` of the extracted text and where in the source it came from.

    ``where`` names the place for a person ("line 12", "table 2, row 5", "page 3",
    "Sheet1, row 7"); ``offset`` is set when the stretch is copied verbatim from the decoded
    source text, at that code-point offset.
    """

    start: int
    end: int
    where: str
    offset: int | None = None


@dataclass(frozen=True)
class Extracted:
    """A document read into text.

    ``encoding`` is the codec the bytes were decoded with (``utf-8`` for the XML inside DOCX and
    XLSX, ``pdf`` for a PDF's text).  ``replaced`` counts undecodable bytes replaced by U+FFFD;
    ``guess`` is set, with a one-line reason, when the encoding was guessed and may be wrong.
    ``tables`` counts the tables read as plans (rows rendered as labelled items).
    ``emphasis`` holds the spans the source set in bold, where the reader could tell
    (:mod:`divplan.read.emphasis`).
    """

    text: str
    format: Format
    encoding: str
    sha256: str
    size: int
    segments: tuple[Segment, ...] = ()
    replaced: int = 0
    guess: str | None = None
    tables: int = 0
    emphasis: tuple[tuple[int, int], ...] = ()

    def where(self, offset: int) -> Segment | None:
        """The segment holding ``offset`` of the extracted text (None between segments)."""
        starts = [s.start for s in self.segments]
        i = bisect_right(starts, offset) - 1
        if i >= 0 and offset < self.segments[i].end:
            return self.segments[i]
        return None


@dataclass
class TextBuilder:
    """Writes extracted text line by line, recording a :class:`Segment` for each piece."""

    parts: list[str] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    length: int = 0
    styled: dict[str, list[str]] = field(default_factory=dict)  # a place's runs set in bold
    # or underlined, in order (a Word file's: divplan.read.emphasis.styled_spans)

    def add(self, text: str, where: str, offset: int | None = None) -> None:
        """Append ``text`` as it is (no line end added)."""
        if not text:
            return
        self.parts.append(text)
        self.segments.append(Segment(self.length, self.length + len(text), where, offset))
        self.length += len(text)

    def line(self, text: str, where: str, offset: int | None = None) -> None:
        """Append ``text`` as one line; a line already open is closed first."""
        self.end_line()
        self.add(text, where, offset)
        self.parts.append("\n")
        self.length += 1

    def end_line(self) -> None:
        """Close an open line, if any (a piece added with :meth:`add` without a line end)."""
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")
            self.length += 1

    def blank(self) -> None:
        """One empty line between blocks (never two, never at the start)."""
        self.end_line()
        text = "".join(self.parts[-2:])
        if self.parts and not text.endswith("\n\n"):
            self.parts.append("\n")
            self.length += 1

    def text(self) -> str:
        return "".join(self.parts)


class TextTables(NamedTuple):
    """Text with its tables rendered (:mod:`divplan.read.text_tables`), the builder that wrote
    it (None: text unchanged), the format found (``tsv``, ``markdown`` or ``text``) and the
    number of tables rendered."""

    text: str
    builder: TextBuilder | None
    format: Format
    tables: int


__all__ = ["FORMATS", "Extracted", "Format", "Segment", "TextBuilder", "TextTables"]
