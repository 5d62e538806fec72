"""Rows of a raw text layer's table that has no number column (``pdftotext -raw``).

Why a module of its own: :mod:`divplan.read.raw_tables` opens a row at each number; a table
set without numbers (工作任务 责任单位 完成时限) gives only where each row *ends* — its deadline
cell, the last column, on a line of its own or after the row's units on their line — and where
its task ends and its units begin: the space a Chinese text sets between two cells, or the
first line opening with a body's name.

Guarantees:

- Only a Chinese table whose header names a task column, one unit column and a deadline
  column, in that order, is read here.
- A row ends at a line that is a deadline cell whole (short, opening as a deadline does,
  ``read/raw_cells.tsv``) or at a line closing with one after a space; a row running past
  :data:`_ROW_LINES` lines, or a table without two rows, is none: the text is left alone.
- A heading line (一、…) between rows is a section row; page numbers and a repeated header are
  skipped and returned; a line the table's text after it opens (抄送：…) ends the table.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from divplan.read.cell_tables import AFTER
from divplan.read.cells import PAGE_ROW, SECTION_MARK, SUB_MARK, join_pieces, opens_with_body
from divplan.read.raw_cells import opens_deadline

_ROW_LINES = 8  # a row's cells wrap over this many lines at most
_DEADLINE_CELL = 16  # a deadline cell's text is this short (2007 年 6 月底前, 持续推进)
_HEADING = 40  # a section row is short
_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff）)，、]) (?=[\u3400-\u9fff])")  # between two cells


def unnumbered_rows(
    bodies: list[str], first: int, width: int, repeats_header: Callable[[str], bool]
) -> tuple[int, list[tuple[int, list[str]]], list[int]] | None:
    """The rows of ``width`` cells from line ``first`` on: (the index after the table, the
    rows as (first line index, cells) — a section row has one cell —, the lines skipped), or
    None; ``repeats_header``: a line that is the table's header again (a new page's)."""
    out: list[tuple[int, list[str]]] = []
    skipped: list[int] = []
    lines: list[str] = []
    row_at, j = -1, first
    while j < len(bodies):
        body = bodies[j].strip()
        if not body or PAGE_ROW.match(body) or repeats_header(body):
            if body:
                skipped.append(j)
            j += 1
            continue
        if AFTER.match(body):
            break
        if not lines and (SECTION_MARK.match(body) or SUB_MARK.match(body)) and (
            len(body) <= _HEADING
        ):
            out.append((j, [body]))
            j += 1
            continue
        if not lines:
            row_at = j
        lines.append(body)
        ends = _deadline_at(body)
        if ends is not None:
            out.append((row_at, _cells(lines, ends, width)))
            lines = []
        elif len(lines) > _ROW_LINES:
            return None
        j += 1
    if lines or sum(len(cells) > 1 for _, cells in out) < 2:
        return None  # (a row left without its deadline: no such table)
    return j, out, skipped


def _deadline_at(line: str) -> int | None:
    """Where the deadline cell closing ``line`` starts (0: the whole line), or None."""
    if len(line) <= _DEADLINE_CELL and opens_deadline(line):
        return 0
    for m in re.finditer(" ", line):
        tail = line[m.end() :]
        if len(tail) <= _DEADLINE_CELL and opens_deadline(tail):
            return m.end()
    return None


def _cells(lines: list[str], at: int, width: int) -> list[str]:
    """A row's lines cut into task, units and deadline (``at``: where the last line's
    deadline starts)."""
    deadline = lines[-1][at:].strip()
    rest = [*lines[:-1], lines[-1][:at].strip()] if at else lines[:-1]
    rest = [ln for ln in rest if ln]
    task: list[str] = []
    units: list[str] = []
    for k, ln in enumerate(rest):
        if units:
            units.append(ln)
            continue
        gaps = list(_CJK_GAP.finditer(ln))
        if gaps and not (k and opens_with_body(ln)):  # (a unit cell's own line: no task)
            task.append(ln[: gaps[0].start()])  # 提升…质量 县水利局牵头，…: the cells' gap
            units.append(ln[gaps[0].end() :])
        elif task and opens_with_body(ln):
            units.append(ln)
        else:
            task.append(ln)
    cells = ["".join(task), join_pieces(units), deadline]
    return cells + [""] * (width - len(cells))


__all__ = ["unnumbered_rows"]
