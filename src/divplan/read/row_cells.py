"""Row cells: the cells of one row of a table written in text, by its delimiter.

Why apart from :mod:`divplan.read.text_tables`: that module finds where a table is and reads
it row by row; this one only splits a row — tabs (with Excel's quoting), Markdown pipes
(outer pipes optional, ``\\|`` escaped, ``**bold**`` and ``<br>`` kept as text), or dashes
between spaces ("Task — Lead — Support").
"""

from __future__ import annotations

import csv
import re

MD_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_MD_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_MD_EMPHASIS = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
DASH = re.compile(r"\s+[—–]\s+")  # "Task — Lead — Support — Timeline": cells between dashes


def tsv_cells(body: str) -> list[str]:
    if '"' in body:  # "a cell", as Excel copies one that holds a quote or a tab
        return next(csv.reader([body], delimiter="\t"))
    return body.split("\t")


def dash_cells(body: str) -> list[str]:
    return [c.strip() for c in DASH.split(body.strip())]


def pipe_row(body: str) -> bool:
    """A pipe table's row: opening with a pipe, or (pasted without its outer pipes, as a
    wiki or a chat exports it) holding at least two."""
    s = body.strip()
    return s.startswith("|") or len(re.findall(r"(?<!\\)\|", s)) >= 2


def md_cells(body: str) -> list[str]:
    s = body.strip()
    outer = s.startswith("|") and s.endswith("|") and not s.endswith("\\|")
    if outer:  # outer pipes come in pairs: "|推进…|A|B" opens with an empty cell
        s = s[1:-1]
    cells = re.split(r"(?<!\\)\|", s)
    return [_md_text(c.replace("\\|", "|")) for c in cells]


def _md_text(cell: str) -> str:
    cell = _MD_BREAK.sub("\n", cell)
    return _MD_EMPHASIS.sub(lambda m: m.group(1) or m.group(2), cell).strip()


__all__ = ["DASH", "MD_SEP", "dash_cells", "md_cells", "pipe_row", "tsv_cells"]
