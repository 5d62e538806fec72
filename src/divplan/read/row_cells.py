"""Row cells: the cells of one row of a table written in text, by its delimiter.

Why apart from :mod:`divplan.read.text_tables`: that module finds where a table is and reads
it row by row; this one only splits a row — tabs (with Excel's quoting), Markdown pipes
(outer pipes optional, ``\\|`` escaped, ``**bold**`` and ``<br>`` kept as text), or dashes
between spaces ("Task — Lead — Support").
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass

from divplan.read.cells import SECTION_MARK, SUB_MARK, Row

# a pipe table's |---|---| line, or a grid table's +----+====+ border (pandoc, ASCII art)
MD_SEP = re.compile(r"^\s*[|+]?\s*:?[-=]{2,}:?\s*(?:[|+]\s*:?[-=]{2,}:?\s*)*[|+]?\s*$")
_MD_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_MD_EMPHASIS = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
DASH = re.compile(r"\s+[—–]\s+")  # "Task — Lead — Support — Timeline": cells between dashes


def tsv_cells(body: str, delim: str = "\t") -> list[str]:
    """The cells of a tab-separated line (or, with ``delim`` ",", a comma-separated one)."""
    if '"' in body:  # "a cell", as Excel copies one that holds a quote or a tab
        return next(csv.reader([body], delimiter=delim))
    return body.split(delim)


def quoted_end(lines: Sequence[str], j: int, most: int | None = None) -> int | None:
    """The last of ``lines`` that the row opening at line ``j`` runs to: where its quotes are
    closed (a cell quoted across line breaks, Excel's copy of a cell of several lines), within
    ``most`` lines; None when they stay open."""
    count = 0
    for k in range(j, len(lines) if most is None else min(len(lines), j + most)):
        count += lines[k].count('"')
        if count % 2 == 0:
            return k
    return None


def quoted_row(bodies: list[str], j: int, delim: str) -> tuple[list[str], int]:
    """The cells of the row opening at line ``j`` whose quoted cell holds line breaks (Excel's
    copy of a cell of several lines), and the row's last line."""
    end = quoted_end(bodies, j)
    k = len(bodies) - 1 if end is None else end
    return next(csv.reader(io.StringIO("\n".join(bodies[j : k + 1])), delimiter=delim)), k


def dash_cells(body: str) -> list[str]:
    return [c.strip() for c in DASH.split(body.strip())]


def pipe_row(body: str, least: int = 2) -> bool:
    """A pipe table's row: opening with a pipe, or (pasted without its outer pipes, as a
    wiki or a chat exports it) holding at least ``least`` (a table of two columns without them,
    ``Task | Units`` over ``--- | ---``, has one a row)."""
    s = body.strip()
    return s.startswith("|") or len(re.findall(r"(?<!\\)\|", s)) >= least


def pipe_after(bodies: Sequence[str], j: int) -> bool:
    """Whether the next line with words after line ``j`` is a pipe table's row."""
    nxt = next((b for b in bodies[j + 1 :] if b.strip()), "")
    return pipe_row(nxt, 1)


def pipes_go_on(bodies: Sequence[str], j: int, heading: re.Pattern[str]) -> bool:
    """Whether a pipe table goes on after blank line ``j``: the next line with words is a row,
    or a ``heading`` (a section's, no pipes of its own) over one ("No. | Key work | …", a blank
    line, "I. Promote …", "1 | Research … | …")."""
    k = next((n for n in range(j + 1, len(bodies)) if bodies[n].strip()), None)
    if k is None:
        return False
    headed = heading.match(bodies[k]) is not None
    return pipe_row(bodies[k], 1) or (headed and pipe_after(bodies, k))


_PAGE_TURN_LINES = 12  # lines a page turn may put between two pipe tables' rows
_PAGE_FOOT = 4  # of them with words: "(Table continued on next page)", a running foot, a head
_FOOT_WIDTH = 100  # (a foot line is short: a paragraph of the plan is no page furniture)


def md_page_turn(bodies: Sequence[str], j: int, header: Sequence[str]) -> int | None:
    """The line after the repeated header of the pipe table whose rows stopped at line ``j``,
    when only a page's furniture comes between: blank lines and at most four short lines with
    no pipe and no heading mark, then the same header over its ``|---|`` line (a PDF or Word
    file converted to Markdown, each page's part of the table a table of its own).  None: the
    table ends at ``j``; a heading or a paragraph between two tables keeps them apart."""
    want = [re.sub(r"\s+", "", c) for c in header]
    words = 0
    for k in range(j, min(len(bodies), j + _PAGE_TURN_LINES)):
        body = bodies[k].strip()
        if not body or (MD_SEP.match(body) and "+" in body):
            continue  # (a grid's border: the top of the next page's table, +----+----+)
        if pipe_row(body, 1):
            cells = [re.sub(r"\s+", "", c) for c in md_cells(body)]
            sep = k + 1 < len(bodies) and MD_SEP.match(bodies[k + 1]) is not None
            return k + 2 if cells == want and sep else None
        words += 1
        if words > _PAGE_FOOT or len(body) > _FOOT_WIDTH or body[:1] == "#":
            return None
        if SECTION_MARK.match(body) or SUB_MARK.match(body):
            return None
    return None


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


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")


@dataclass(frozen=True)
class SrcLine:
    number: int  # 1-based line number in the source
    start: int  # offset in the source text
    raw: str  # with its line end
    body: str  # without its line end


def source_lines(text: str) -> list[SrcLine]:
    out: list[SrcLine] = []
    pos = 0
    for n, m in enumerate(_LINE.finditer(text), start=1):
        raw = m.group(0)
        if not raw:
            break
        # a full-width bar （｜） delimits cells as | does; the raw line keeps it
        out.append(SrcLine(n, pos, raw, raw.rstrip("\r\n").replace("｜", "|")))
        pos += len(raw)
    return out


def cell_lines(above: list[str], below: list[str]) -> list[str]:
    """A grid table's row written over two lines (+----+ borders around it): each cell's
    lines joined as a wrapped line's are (:func:`divplan.parsing.rejoin.rejoin`)."""
    n = max(len(above), len(below))
    a, b = above + [""] * (n - len(above)), below + [""] * (n - len(below))
    return [x + _joint(x, y) + y if x and y else x or y for x, y in zip(a, b, strict=True)]


def row_goes_on(row: Sequence[str], width: int, body: str) -> bool:
    """Whether line ``body`` goes on with a pipe ``row`` the page width wrapped ("… | Host-handle
    unit: City Rural" / "   Revitalization Bureau; …" / "   … | End of June 2021"): the row
    holds fewer cells than the header's ``width`` (or its last is empty: "… government |" /
    "   End of October 2021"), and the line is set in under it."""
    return (
        (1 < len(row) < width or (len(row) == width and not row[-1].strip()))
        and body[:1] in " \t"
        and bool(body.strip())
        and not MD_SEP.match(body)
    )


def wrapped_row(above: Sequence[str], below: list[str]) -> list[str]:
    """A pipe row the page width wrapped: the next line's first piece ends the row's last
    cell, its other pieces are the row's next cells."""
    if not below:
        return list(above)
    x, y = above[-1], below[0]
    return [*above[:-1], x + _joint(x, y) + y if x and y else x or y, *below[1:]]


def cut_row(rows: list[Row], row: Row, width: int) -> None:
    """Append a delimited ``row`` to ``rows`` — or, when it is the rest of the row above, cut
    by a line break inside a cell (``3\t建立健全…机制，`` / ``在建设领域…\t【A】、B\t2011年…``: the
    cells of the two make the header's ``width``, the second opening with no number), join it to
    that row: its first piece ends the row's last cell (:func:`wrapped_row`)."""
    above = rows[-1].cells if len(rows) > 1 else []
    if (
        1 < len(above) < width
        and len(above) + len(row.cells) - 1 == width
        and not row.cells[0].strip().isdigit()
        and above[0].strip().isdigit()
    ):
        rows[-1] = Row(wrapped_row(above, list(row.cells)), rows[-1].where)
    else:
        rows.append(row)


def _joint(x: str, y: str) -> str:
    """No space where a line was cut between Chinese characters, else one."""
    return "" if _CJK_CHAR.match(x[-1]) and _CJK_CHAR.match(y[0]) else " "


_CJK_CHAR = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def tab_rows_after(bodies: Sequence[str], j: int, delim: str = "\t") -> bool:
    """Whether tab-separated rows go on after line ``j`` and at most two more lines without
    tabs (the page furniture a PDF's text layer puts inside a table)."""
    plain = 0
    for body in bodies[j : j + 8]:
        if delim in body:
            return True
        plain += bool(body.strip())
        if plain > 2:
            return False
    return False


__all__ = [
    "DASH",
    "MD_SEP",
    "SrcLine",
    "cell_lines",
    "cut_row",
    "dash_cells",
    "md_cells",
    "pipe_after",
    "pipe_row",
    "quoted_end",
    "quoted_row",
    "row_goes_on",
    "source_lines",
    "tab_rows_after",
    "tsv_cells",
    "wrapped_row",
]
