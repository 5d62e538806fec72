"""Read: a file's bytes become text plus a map back to the source.

Formats (each reader's module states its guarantees): plain text (:mod:`.decode`: BOM, UTF-8,
then a charset guess — Big5, GB18030, UTF-16), with tab-separated, Markdown and space-aligned
tables rendered (:mod:`.text_tables`); HTML (:mod:`.html`, extra ``html``); Word (:mod:`.docx`)
and Excel (:mod:`.xlsx`, extra ``office``); PDF (:mod:`.pdf`, extra ``pdf``).  Tables of every
format are read as plans by :mod:`.tables`.  The format is sniffed from the bytes
(:mod:`.sniff`) unless named.  Nothing heavy is imported until a document is read.
"""

from __future__ import annotations

from divplan.read.document import INPUT_FORMATS, read, read_file
from divplan.read.extracted import FORMATS, Extracted, Format, Segment
from divplan.read.extras import MissingExtra

__all__ = [
    "FORMATS",
    "INPUT_FORMATS",
    "Extracted",
    "Format",
    "MissingExtra",
    "Segment",
    "read",
    "read_file",
]
