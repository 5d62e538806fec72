"""HTML: a web page becomes the lines a reader of the page sees (``divplan[html]``, lxml).

Why a real parser: government pages put a plan in ``<p>`` paragraphs, in ``<br>``-separated
runs inside one ``<div>``, in a ``<td>`` of a layout table, or as a 分工表 ``<table>``; scripts,
styles and navigation surround it, and entities (``&nbsp;``, ``&#20998;``) are everywhere.  Reading
the markup as text gave no items at all.

Guarantees:

- Decoding: a BOM, else the ``<meta charset>`` the page declares (GB2312/GBK read as GB18030),
  else :func:`divplan.read.decode.decode` (UTF-8, then the charset detector); ``encoding``
  forces a codec.  Entities are decoded by the parser.
- Dropped with their content: ``<head>``, scripts, styles, ``<noscript>``, ``<template>``, form
  controls, ``<iframe>``/``<svg>``/``<canvas>``, ``<nav>``, ``<aside>``, elements marked as
  navigation, banner or footer (``role``), hidden elements, and ``<header>``/``<footer>`` outside
  an ``<article>`` or ``<main>``.
- Block elements and ``<br>`` end lines; whitespace inside a line collapses to one space (HTML's
  rule), except in ``<pre>``; no-break spaces are kept for the normaliser.  Empty lines vanish.
- Tables: ``rowspan``/``colspan`` are expanded, so a merged cell's text is in every cell it
  covers; a table whose header names plan columns is rendered by :mod:`divplan.read.tables`
  (a headerless table right after one continues it); a layout table (cells holding paragraphs
  or tables) is read cell by cell as blocks; any other table gives one line per row.
- Each line's segment names the source line of the element it came from (``line 42``).
"""

from __future__ import annotations

import re
from typing import Any

from divplan.read.cells import plain_row
from divplan.read.decode import Decoded, decode
from divplan.read.emphasis import bold_runs
from divplan.read.extracted import TextBuilder
from divplan.read.extras import need
from divplan.read.field_tables import field_lines
from divplan.read.tables import Row, TableState, render_table

_DROP = frozenset(
    [
        "head",
        "script",
        "style",
        "noscript",
        "template",
        "button",
        "select",
        "option",
        "textarea",
        "input",
        "iframe",
        "object",
        "embed",
        "svg",
        "canvas",
        "map",
        "nav",
        "aside",
        "datalist",
        "dialog",
    ]
)
_DROP_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "menu", "menubar"})
_BLOCK = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "section",
        "article",
        "main",
        "blockquote",
        "address",
        "figure",
        "figcaption",
        "center",
        "hr",
        "form",
        "fieldset",
        "legend",
        "details",
        "summary",
        "header",
        "footer",
        "caption",
        "body",
        "html",
        "tr",
        "tbody",
        "thead",
        "tfoot",
    ]
)
_CELL_BLOCKS = frozenset(
    ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote"]
)
_WS = re.compile(r"[ \t\r\n\f]+")
_META = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_GB = {"gb2312", "gbk", "gb_2312-80", "x-gbk", "gb18030", "cp936"}


def decode_html(data: bytes, encoding: str | None, source: str) -> Decoded:
    """The page's text: a forced codec, a BOM, the declared ``<meta charset>``, or a guess."""
    if encoding is not None or data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data, encoding, source=source)
    m = _META.search(data[:8192])
    if m:
        declared = m.group(1).decode("ascii", "replace").lower()
        codec = "gb18030" if declared in _GB else declared
        try:
            return Decoded(data.decode(codec), codec, False)
        except (UnicodeDecodeError, LookupError):
            pass  # the declaration lies (or names nothing): detect instead
    return decode(data, source=source)


def _tag(el: Any) -> str | None:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else None


def _dropped(el: Any, tag: str) -> bool:
    if tag in _DROP:
        return True
    if (el.get("role") or "").lower() in _DROP_ROLES or el.get("hidden") is not None:
        return True
    if _HIDDEN.search(el.get("style") or ""):
        return True
    if tag in ("header", "footer"):
        return not any(_tag(a) in ("article", "main") for a in el.iterancestors())
    return False


class _Walker:
    """Writes the visible text of an element tree as lines."""

    def __init__(self, out: TextBuilder, state: TableState) -> None:
        self.out = out
        self.state = state
        self.pieces: list[str] = []
        self.where = "line 1"
        self.after_plan_table = False

    # -- lines
    def text(self, s: str | None, pre: bool = False) -> None:
        if not s:
            return
        if pre:
            first, *rest = s.split("\n")
            self.pieces.append(first)
            for part in rest:
                self.newline()
                self.pieces.append(part)
            return
        self.pieces.append(_WS.sub(" ", s))

    def newline(self) -> None:
        line = "".join(self.pieces).strip(" ")
        self.pieces = []
        if line.strip(" \u00a0\u3000"):
            self.out.line(line, self.where)
            self.after_plan_table = False

    # -- the tree
    def walk(self, el: Any, pre: bool = False) -> None:
        tag = _tag(el)
        if tag is None or _dropped(el, tag):
            return
        if tag == "br":
            self.newline()
            return
        if tag == "table":
            self.newline()
            self.table(el)
            return
        block = tag in _BLOCK
        if block:
            self.newline()
            self.where = f"line {el.sourceline or 1}"
        pre = pre or tag in ("pre", "textarea")
        self.text(el.text, pre)
        for child in el:
            self.walk(child, pre)
            self.text(child.tail, pre)
        if block:
            self.newline()

    # -- tables
    def cell_text(self, cell: Any) -> str:
        sub = _Walker(TextBuilder(), TableState())
        sub.walk_children(cell)
        sub.newline()
        return sub.out.text().rstrip("\n")

    def walk_children(self, el: Any) -> None:
        self.text(el.text)
        for child in el:
            self.walk(child)
            self.text(child.tail)

    def table(self, el: Any) -> None:
        for caption in el.xpath("./caption"):
            self.walk(caption)
            self.text(caption.tail)
        trs = el.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
        if el.xpath(".//table"):
            self.layout(trs)
            return
        rows = self.grid(trs)
        rendered = render_table(rows, self.state, continues=self.after_plan_table)
        if rendered is not None:
            for line in rendered:
                self.out.line(line.text, line.where)
            self.after_plan_table = True
            return
        if any(_tag(d) in _CELL_BLOCKS for tr in trs for d in tr.iterdescendants()):
            self.layout(trs)
            return
        fields = field_lines(rows)  # (a group's fields set as a small table)
        for row in [] if fields else rows:
            text = plain_row(row.cells)
            if text:
                self.out.line(text, row.where)
        for line in fields or []:
            self.out.line(line.text, line.where)
        self.after_plan_table = False

    def layout(self, trs: list[Any]) -> None:
        """A layout table: every cell is a block of the page."""
        for tr in trs:
            for cell in tr:
                if _tag(cell) in ("td", "th"):
                    self.newline()
                    self.where = f"line {cell.sourceline or 1}"
                    self.walk_children(cell)
                    self.newline()

    def grid(self, trs: list[Any]) -> list[Row]:
        """Rows with ``rowspan``/``colspan`` expanded: a merged cell in every place it covers."""
        carried: dict[int, tuple[str, int]] = {}  # column → (text, rows still covered)
        bold: list[tuple[list[str], int]] = []  # a merged cell's bold runs, rows still covered
        rows: list[Row] = []
        for tr in trs:
            cells: list[str] = []
            where = f"line {tr.sourceline or 1}"
            for runs, _ in bold:  # (its copies in the rows below are as bold as it is: a
                self.out.styled.setdefault(where, []).extend(runs)  # legend reads them so)
            bold = [(runs, left - 1) for runs, left in bold if left > 1]

            for td in tr:
                if _tag(td) not in ("td", "th"):
                    continue
                _fill(cells, carried)
                text = self.cell_text(td)
                span, down = _span(td.get("colspan")), _span(td.get("rowspan"))
                if down > 1 and (runs := _bold_runs(td)):
                    bold.append((runs, down - 1))
                for _ in range(span):
                    if down > 1:
                        carried[len(cells)] = (text, down - 1)
                    cells.append(text)
            _fill(cells, carried)
            for col in sorted(c for c in carried if c >= len(cells)):
                cells.extend([""] * (col - len(cells)))
                _fill(cells, carried)
            rows.append(Row(cells, where))
        return rows



def _bold_runs(cell: Any) -> list[str]:
    """A table cell's bold runs, as :mod:`divplan.read.emphasis` finds a page's in its markup."""
    markup = need("lxml.html", "html").tostring(cell, encoding="unicode", with_tail=False)
    return [run for run in bold_runs(markup, "html") if run]


def _fill(cells: list[str], carried: dict[int, tuple[str, int]]) -> None:
    """Put the texts of cells merged down from rows above into their places in ``cells``."""
    while len(cells) in carried:
        text, left = carried[len(cells)]
        if left <= 1:
            del carried[len(cells)]
        else:
            carried[len(cells)] = (text, left - 1)
        cells.append(text)


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1


def read_html(data: bytes, encoding: str | None, source: str) -> tuple[TextBuilder, Decoded, int]:
    """The page's lines, how it was decoded, and the number of tables read as plans."""
    lxml_html = need("lxml.html", "html")
    decoded = decode_html(data, encoding, source)
    text = _XML_DECL.sub("", decoded.text, count=1)
    out = TextBuilder()
    state = TableState()
    if text.strip():
        try:
            root = lxml_html.document_fromstring(text)
        except Exception:  # lxml's ParserError for a document with no elements at all
            root = None
        if root is not None:
            walker = _Walker(out, state)
            walker.walk(root)
            walker.newline()
    return out, decoded, state.tables


__all__ = ["decode_html", "read_html"]
