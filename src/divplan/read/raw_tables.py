"""Tables in a PDF's raw text layer (``pdftotext -raw``): each cell's lines in reading order.

Why: a table printed without borders, extracted in reading order rather than by position, gives
one header line ("No. Task Responsible Units Deadline", its names set a single space apart) and
then, row after row, the number and the task's first words on one line, the rest of the task,
the unit cell's lines and the deadline cell's lines — no tab, no column a gap could show.  The
clause reader would see tasks with the names of the next lines as text of their own.  This
module cuts such a table back into rows, for the one table renderer
(:mod:`divplan.read.tables`, via :mod:`divplan.read.text_tables`).

Guarantees:

- A table starts only at a line whose words, grouped into names the header table lists as
  written (``read/table_headers.tsv``; fewest names first), one space apart (a wider gap is a
  layout table's, read by position), all name columns: a number column
  first, a task column and one unit column (lead or responsible), a deadline column or none.
  Two unit columns cannot be told apart in reading order: such a table is left alone.
- A row starts at a line opening with the next number (or 1 after a section row) and a space;
  its task runs to the first line that ends a sentence (。. ；;), its units to the first line that
  opens a deadline (``read/raw_cells.tsv``), its deadline to the end of the row.
- A heading line (一、…, I. …) between rows is a section row; the header repeated on a new page
  and page-number lines are skipped and returned, so that the caller writes them back.
- The table ends at a blank line followed by a line that starts no row, at a line that starts
  no row after a complete row's deadline, or at the end of the text.
"""

from __future__ import annotations

import re

from divplan.read.cell_cuts import cut_between
from divplan.read.cell_tables import AFTER
from divplan.read.cells import (
    PAGE_ROW,
    SECTION_MARK,
    SENTENCE_ENDS,
    SUB_MARK,
    join_pieces,
    opens_with_body,
)
from divplan.read.raw_cells import opens_deadline
from divplan.read.raw_unnumbered import unnumbered_rows
from divplan.read.table_headers import column_role, find_header, listed

_GAP = re.compile(r"\S(?:\s{2,}|\t|\u3000)\S")
_ROW = re.compile(r"^\s*(\d{1,3})[.．、]?\s+(\S.*)$")
_LONE = re.compile(r"(\d{1,3})[.．、]?")
_CJK = re.compile(r"[\u3400-\u9fff]")
_MAX_NAME_WORDS = 4  # a column name is a few words
_MAX_WORDS = 14  # a header line is short
_HEAD_PIECE = 2  # a narrow number column's name wrapped: its first characters alone (序 / 号)
_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff）)]) (?=[\u3400-\u9fff])")  # (Chinese sets no spaces)
_DEADLINE_LINE = 24  # a deadline cell's line is short ("By the end of", 2012年12月底前)


def header_cells(line: str) -> list[str] | None:
    """The column names of a raw header line, or None when its words are not all names."""
    words = line.split()
    if _GAP.search(line.strip()):
        return None  # (names set apart by wide gaps: a layout table's header, read by position)
    if not 3 <= len(words) <= _MAX_WORDS:
        return None
    numbered = column_role(words[0]) == "number"
    if not (numbered or _CJK.search(line)):
        return None  # (no number column: a Chinese table whose last column is its deadline)
    splits = sorted((c for c in _splits(tuple(words)) if all(map(listed, c))), key=len)
    for cells in splits:  # (names the table lists as written, fewest first: "Responsible Units")
        header = find_header(cells)
        if header is None or not all(header.roles) or (
            header.roles[0] != "number" if numbered else header.roles[::2] != ("task", "deadline")
        ):
            continue
        units = [r for r in header.roles if r in ("lead", "resp", "part")]
        if len(units) == 1 and "task" in header.roles and len(set(header.roles)) == len(cells):
            return cells
    return None


def _splits(words: tuple[str, ...]) -> list[list[str]]:
    """Every way to group ``words`` into runs of at most a few words that each name a column."""
    found: list[list[str]] = []
    if not words:
        return [[]]
    for n in range(1, min(_MAX_NAME_WORDS, len(words)) + 1):
        name = " ".join(words[:n])
        if column_role(name) is not None:
            found += [[name, *rest] for rest in _splits(words[n:])]
    return found


def raw_table(
    bodies: list[str], i: int
) -> tuple[list[str], int, list[tuple[int, list[str]]], list[int]] | None:
    """The table whose raw header is line ``i``: (its header cells, the index after it, its
    rows as (first line index, cells) — a section row has one cell —, the lines skipped: page
    numbers and repeated headers); None when line ``i`` is no raw header or no row follows."""
    head, first = header_cells(bodies[i]), i + 1
    if head is None and i + 1 < len(bodies) and 0 < len(bodies[i].strip()) <= _HEAD_PIECE:
        head, first = header_cells(bodies[i].strip() + bodies[i + 1].strip()), i + 2  # 序 / 号 …
    if head is None:
        return None
    width, has_deadline = len(head), column_role(head[-1]) == "deadline"
    if column_role(head[0]) != "number":
        found = unnumbered_rows(bodies, first, len(head), lambda b: header_cells(b) == head)
        return None if found is None else (head, found[0], found[1], found[2])
    out: list[tuple[int, list[str]]] = []
    skipped: list[int] = []
    expected, j, row_at, lines = 1, first, -1, list[str]()
    while j <= len(bodies):
        body = bodies[j].strip() if j < len(bodies) else ""
        lone = _LONE.fullmatch(body)  # 3 / 做好…: a number on a line of its own, its task below
        below = bodies[j + 1].strip() if lone and j + 1 < len(bodies) else ""
        if lone and int(lone.group(1)) == expected and below:
            body, j = f"{lone.group(1)} {below}", j + 1
        m = _ROW.match(body)
        starts = m is not None and int(m.group(1)) in (expected, 1)
        heading = bool(SECTION_MARK.match(body) or SUB_MARK.match(body)) and len(body) <= 40
        if j == len(bodies) or starts or heading or (not body and not _row_ahead(bodies, j)):
            if lines:
                out.append((row_at, _cells(lines, width, has_deadline)))
                lines = []
            if j == len(bodies) or not (starts or heading):
                break
        if starts and m is not None:
            expected, row_at, lines = int(m.group(1)) + 1, j, [body]
        elif heading:
            out.append((j, [body]))  # (the numbers may start again at 1 under it)
        elif PAGE_ROW.match(body) or header_cells(body) == head:
            skipped.append(j)
        elif body and lines and not AFTER.match(body) and not (
            _in_deadline(lines) and len(body) > _DEADLINE_LINE
        ):  # (a long line after a row's deadline, or 抄送：…: the text after the table)
            lines.append(body)
        elif body:
            break  # (a line before any row that starts none: no table after all)
        j += 1
    if lines:  # (the last row, ended by the text after the table)
        out.append((row_at, _cells(lines, width, has_deadline)))
    if not any(len(cells) > 1 for _, cells in out):
        return None
    return head, j, out, skipped


def _in_deadline(lines: list[str]) -> bool:
    """Whether a row's lines so far reach its deadline cell: a line after its task's last
    sentence opens a deadline."""
    ended = False
    for ln in lines:
        if ended and opens_deadline(ln):
            return True
        ended = ended or ln.rstrip().endswith(SENTENCE_ENDS)
    return False


def _row_ahead(bodies: list[str], j: int) -> bool:
    """Whether the next non-blank line after ``j`` starts a row or a section row."""
    for body in bodies[j + 1 :]:
        if body.strip():
            s = body.strip()
            return bool(_ROW.match(s) or SECTION_MARK.match(s) or PAGE_ROW.match(s))
    return False


def _cells(lines: list[str], width: int, has_deadline: bool) -> list[str]:
    """A row's lines cut into its cells: number, task, units (and deadline)."""
    m = _ROW.match(lines[0])
    number, first = (m.group(1), m.group(2)) if m else ("", lines[0])
    rest = [first, *lines[1:]]
    end = next((k for k, ln in enumerate(rest) if ln.rstrip().endswith(SENTENCE_ENDS)), None)
    if end is None:  # no sentence's end: the task runs on to the first line opening with a
        end = next((k - 1 for k in range(1, len(rest)) if opens_with_body(rest[k])), len(rest) - 1)
    task, after = rest[: end + 1], rest[end + 1 :]
    gaps = list(_CJK_GAP.finditer(task[-1])) if not after else []
    if gaps:  # 1 落实…减免政策 省地税局、省国税局负责: the whole row on one line, the space
        at = gaps[-1].start()  # between its Chinese cells the column's gap
        task, after = [*task[:-1], task[-1][:at]], [task[-1][at + 1 :]]
    cut = len(after)
    if has_deadline:
        cut = next((k for k, ln in enumerate(after) if opens_deadline(ln)), len(after))
    cells = [number, "\n".join(task), _unit_cell(after[:cut])]
    if has_deadline:
        cells.append("\n".join(after[cut:]))
    return cells + [""] * (width - len(cells))


def _unit_cell(lines: list[str]) -> str:
    """A unit cell's lines: joined where the page width cut them ("County Urban" /
    "Management Bureau"; 市政务服务中 / 心), kept apart where each is a name of its own (a
    Chinese cell listing 市财政局 / 市商务局 one per line).  English lines are always the cell's
    text wrapped: an English list of names is written with commas and "and"."""
    out: list[str] = []
    for ln in lines:
        if out and (not _CJK.search(out[-1] + ln) or cut_between(out[-1], ln)):
            out[-1] = join_pieces([out[-1], ln])
        else:
            out.append(ln)
    return "\n".join(out)


__all__ = ["header_cells", "raw_table"]
