"""Sniff: which format a file is, from its bytes first and its name second.

Why content first: crawls save web pages as ``.txt`` or with no extension at all, attachments
arrive renamed, and an Excel file called ``.xls`` may really be ``.xlsx``.  Magic bytes and
markup decide; the extension only chooses between kinds of plain text (``.tsv``, ``.md``) and
breaks the tie for a short HTML fragment.

Guarantees: a zip holding ``word/`` is ``docx`` and one holding ``xl/`` is ``xlsx``; ``%PDF-``
in the first kilobyte is ``pdf``; text opening with an HTML doctype or ``<html``, or dense with
HTML tags, is ``html``; anything else is ``text`` (``tsv`` / ``markdown`` by extension).  A zip
that is neither, and the legacy binary ``.doc`` / ``.xls``, raise a one-line
:class:`~divplan.errors.InputError` saying what they are.
"""

from __future__ import annotations

import io
import re
import zipfile

from divplan.errors import InputError
from divplan.read.extracted import Format

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DOCTYPE = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
    re.IGNORECASE | re.DOTALL,
)
_TAGS = re.compile(
    rb"<(?:p|div|br|table|tr|td|span|body|head|meta|title|h[1-6]|li|ul|font|center|a)[\s/>]",
    re.IGNORECASE,
)
_PAGE_TAGS = re.compile(rb"<(?:html|body|head|div|table|p)[\s>]", re.IGNORECASE)
_BY_EXTENSION: dict[str, Format] = {
    ".tsv": "tsv",
    ".tab": "tsv",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".shtml": "html",
    ".xhtml": "html",
}


def _wide_to_ascii(head: bytes) -> bytes:
    """UTF-16/32 markup made sniffable: drop the NUL bytes of ASCII characters."""
    return head.replace(b"\x00", b"") if head.count(b"\x00") > len(head) // 4 else head


def sniff(data: bytes, path: str | None = None) -> Format:
    """The format of ``data`` (the file's name, if known, only breaks ties)."""
    source = path or "<input>"
    ext = ""
    if path:
        dot = path.rfind(".")
        ext = path[dot:].lower() if dot > max(path.rfind("/"), path.rfind("\\")) else ""
    if data.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            raise InputError(source, "a damaged zip archive (.docx/.xlsx?)") from None
        if any(n.startswith("word/") for n in names):
            return "docx"
        if any(n.startswith("xl/") for n in names):
            return "xlsx"
        raise InputError(source, "a zip archive that is neither a .docx nor a .xlsx file")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(_OLE):
        raise InputError(
            source, "a legacy Word/Excel file (.doc/.xls): save it as .docx/.xlsx first"
        )
    head = _wide_to_ascii(data[:8192])
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if _DOCTYPE.match(head):
        return "html"
    tags = len(_TAGS.findall(head))
    if _BY_EXTENSION.get(ext) == "markdown" and not _PAGE_TAGS.search(head):
        return "markdown"  # a wiki export: <br> inside table cells does not make a web page
    if tags >= 5 or (tags >= 1 and _BY_EXTENSION.get(ext) == "html"):
        return "html"
    found = _BY_EXTENSION.get(ext)
    return found if found in ("tsv", "markdown") else "text"


__all__ = ["sniff"]
