"""Tables copied out of Word one cell per line: 序号 / 重点任务 / 牵头单位 … each on its own line.

Why: copying a Word table into a text box or an e-mail gives every cell its own line, row
after row; the clause reader would see a task line and then department names on lines of
their own.  This module finds such a table and cuts it back into rows, for the one table
renderer (:mod:`divplan.read.tables`, via :mod:`divplan.read.text_tables`).

Guarantees:

- A table starts only at three or more consecutive lines that each name a column the header
  table knows (``read/table_headers.tsv``) and that together name a task column and a field
  column (:func:`divplan.read.table_headers.find_header`); nothing else is touched.
- The first column must be a number column (序号, No.: a name ``table_headers.tsv`` gives the
  number role): a row starts at a line holding only the next number, and runs to the line
  before the next row, heading or end of the table; so a row needs no fixed number of lines.
  A heading line (一、…) between rows is a section row.
- Cells are taken from the row's ends: the number first, then the last columns from the last
  lines backwards (a blank line inside a row is an empty cell), and what is left in between is
  the task cell, its paragraphs joined — only the task cell may run over several lines.
- Rows are numbered on from the last, or from 1 again after a heading row (numbers restarting
  in each section).
- The table ends at two blank lines in a row, at a line of a later part of the document (抄送,
  注, 附件 …) or of the page around it (page furniture: [Print] [Close], 相关链接), or at a
  line that cannot start a row after a complete one.
"""

from __future__ import annotations

import re
from importlib.resources import files

from divplan.read.cells import SECTION_MARK, SUB_MARK
from divplan.read.table_headers import column_role, find_header, unit_column

_NUMBER = re.compile(r"^\s*(\d{1,4})\s*$")


def _table_ends() -> re.Pattern[str]:
    """What opens a line after a table (``table_ends.tsv``): a later part of the document, or
    the page's own lines under the table."""
    data = files("divplan.read").joinpath("table_ends.tsv").read_text(encoding="utf-8")
    rows = [ln.split("\t")[0] for ln in data.splitlines() if ln.strip() and ln[0] != "#"]
    return re.compile(r"^\s*(?:" + "|".join(f"(?:{r})" for r in rows[1:]) + ")")


AFTER = _table_ends()
_MAX_HEADER = 12  # a column name is short: this many characters, or words in English
_MAX_HEADER_EN = 40  # ("Serial number", "Responsible department")


def _header_sized(body: str) -> bool:
    """Whether a line is short enough to be a column name."""
    n = len(body.strip())
    return 0 < n <= (_MAX_HEADER_EN if body.isascii() else _MAX_HEADER)



def header_run(bodies: list[str], i: int) -> int:
    """How many lines from ``i`` are one-cell header lines of a table (0 when not a table)."""
    if column_role(bodies[i]) != "number":
        return 0
    k = i
    while k < len(bodies) and _header_sized(bodies[k]):
        k += 1
    for n in range(k - i, 2, -1):  # the longest run of lines that are all column names
        cells = [b.strip() for b in bodies[i : i + n]]
        header = find_header(cells)
        if header is not None and all(
            r is not None or unit_column(c) for r, c in zip(header.roles, cells, strict=True)
        ):  # (every line a column's name: a known one, or units named in words of their own)
            return n
    return 0


def rows(bodies: list[str], start: int, width: int) -> tuple[int, list[tuple[int, list[str]]]]:
    """The rows after a header of ``width`` lines at ``start``: (index after the table,
    [(first line index, cells)]); a heading row has one cell."""
    out: list[tuple[int, list[str]]] = []
    j = start + width
    expected, restart = 1, False  # after a heading the numbers may start again at 1
    while j < len(bodies):
        body = bodies[j].strip()
        if not body:
            if j + 1 < len(bodies) and not bodies[j + 1].strip():
                break  # two blank lines: the table is over
            j += 1
            continue
        if AFTER.match(body):
            break
        if SECTION_MARK.match(body) or SUB_MARK.match(body):
            out.append((j, [body]))
            j += 1
            restart = True
            continue
        number = _NUMBER.match(body)
        if number is None or int(number.group(1)) not in (expected, 1 if restart else expected):
            break
        expected, restart = int(number.group(1)), False
        end = j + 1
        while end < len(bodies):
            nxt = bodies[end].strip()
            if AFTER.match(nxt) or SECTION_MARK.match(nxt) or SUB_MARK.match(nxt):
                break
            if nxt and _furniture(nxt):  # ([Print] [Close], 相关链接: the page's, under it)
                break
            m = _NUMBER.match(nxt)
            if m is not None and int(m.group(1)) == expected + 1:
                break
            if not nxt and end + 1 < len(bodies) and not bodies[end + 1].strip():
                break
            end += 1
        cells = _cells([bodies[k].strip() for k in range(j + 1, end)], width - 1)
        out.append((j, [body, *cells]))
        expected += 1
        j = end
    while j > start + width and not bodies[j - 1].strip():
        j -= 1
    return j, out


def _furniture(line: str) -> bool:
    """Whether ``line`` is a page's furniture (parsing/lexicon/page_furniture.tsv)."""
    from divplan.parsing.furniture import is_furniture  # (the parser's data, read lazily)

    return is_furniture(line)


def _cells(lines: list[str], n: int) -> list[str]:
    """``n`` cells from a row's lines: the last ``n - 1`` from the end, the task before them."""
    while lines and not lines[-1]:
        lines = lines[:-1]  # blank lines after the row are no cells
    if len(lines) < n:
        lines = lines + [""] * (n - len(lines))
    tail = lines[len(lines) - (n - 1) :] if n > 1 else []
    task = " ".join(x for x in lines[: len(lines) - (n - 1)] if x) if n > 1 else " ".join(lines)
    return [task, *tail]


def spaced_cells(
    bodies: list[str], i: int
) -> tuple[list[str], int, list[tuple[int, list[str]]]] | None:
    """The same table with a blank line between every two cells (a page converted to Markdown
    sets each cell a paragraph): the header's cells, the index after the table and the rows,
    read on the lines with words, each a blank line from the next; None when line ``i`` opens
    no such table."""
    if i + 2 >= len(bodies) or bodies[i + 1].strip() or not bodies[i + 2].strip():
        return None
    kept = [i]
    while kept[-1] + 2 < len(bodies) and not bodies[kept[-1] + 1].strip() and (
        bodies[kept[-1] + 2].strip()
    ):
        kept.append(kept[-1] + 2)
    compact = [bodies[k] for k in kept]
    width = header_run(compact, 0)
    if not width:
        return None
    end, found = rows(compact, 0, width)
    head = [b.strip() for b in compact[:width]]
    return head, kept[end - 1] + 1 if end else i, [(kept[k], cells) for k, cells in found]


def unnumbered_cells(
    bodies: list[str], i: int
) -> tuple[list[str], int, list[tuple[int, list[str]]]] | None:
    """A table copied one cell a line with no number column (主要任务 / 责任厅局 / 推进时序, a
    web table flattened): the header's cells, the index after the table and its rows — each
    row as many lines as the header names columns, a heading line (一、…) between rows a section
    row; None unless the header's every line names a column and two rows at least are whole."""
    if column_role(bodies[i]) in (None, "number"):
        return None
    k = i
    while k < len(bodies) and _header_sized(bodies[k]):
        k += 1
    width = next((n for n in range(min(k - i, _MOST_COLUMNS), 1, -1) if (
        (h := find_header([b.strip() for b in bodies[i : i + n]])) is not None
        and all(r is not None for r in h.roles)
        and not any(_DELIMITED.search(b) or SECTION_MARK.match(b) for b in bodies[i : i + n])
    )), 0)  # fmt: skip  (a name a line: no delimited row, No.,Task,Timeframe, is one)
    if not width:
        return None
    j, out = i + width, list[tuple[int, list[str]]]()
    while j < len(bodies) and (body := bodies[j].strip()) and not AFTER.match(body):
        if SECTION_MARK.match(body) or SUB_MARK.match(body):
            out.append((j, [body]))  # a heading row
            j += 1
            continue
        group = [bodies[x].strip() for x in range(j, min(j + width, len(bodies)))]
        if len(group) < width or any(
            not g or AFTER.match(g) or SECTION_MARK.match(g) for g in group
        ):
            break
        out.append((j, group))
        j += width
    while out and len(out[-1][1]) == 1:
        j = out.pop()[0]  # (a heading after the last row is the text's)
    if sum(len(cells) > 1 for _, cells in out) < 2:
        return None
    return [b.strip() for b in bodies[i : i + width]], j, out


_MOST_COLUMNS = 6  # a flattened table's header names this many columns at most
_DELIMITED = re.compile(r"[,，\t|;]")


__all__ = ["AFTER", "header_run", "rows", "spaced_cells"]
