"""Tables set without a header row: their columns told by what the cells hold.

Why: a portal page or a Word file may set a plan's table without its header row (序号 | 工作任务 |
责任单位 | 完成时限 left out, or written as a sentence above the table), and the one table
renderer (:mod:`divplan.read.tables`) reads a table only under a header that names its columns.
A table whose rows open with their numbers and hold, beside a long task cell, a cell that opens
with a body's name and perhaps a cell that is a deadline, is a plan table all the same: its
header is inferred here from those cells, and it reads as the same table with a header would.

Guarantees: only a table of at least two rows, most of them numbered (1, 2, …), at least three
columns wide, with a column whose cells open with a body's name in three rows of four or more,
gets a header; any other table is left as it is (None).  The inferred header names no column.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from divplan.read.cells import DIGITS, opens_with_body
from divplan.read.table_headers import Header, Role

_LEAST = 0.75  # the share of a column's cells that must hold what the column is said to hold
_LATIN = re.compile(r"[A-Za-z]")


def infer_header(rows: Sequence[Sequence[str]]) -> Header | None:
    """The header a headerless plan table's cells imply (number, task, units, deadline), or
    None when its rows are not numbered tasks beside bodies' names."""
    from divplan.parsing.deadlines import is_deadline  # (the parser's data, read lazily)

    body = [list(r) for r in rows if any(c.strip() for c in r)]
    numbered = [r for r in body if r and DIGITS.match(r[0].strip())]
    width = max((len(r) for r in numbered), default=0)
    if len(numbered) < 2 or len(numbered) * 2 < len(body) or width < 3:
        return _unnumbered(body)

    def share(k: int, holds: Callable[[str], bool]) -> float:
        cells = [r[k].strip() for r in numbered if k < len(r) and r[k].strip()]
        return sum(holds(c) for c in cells) / len(cells) if cells else 0.0

    roles: list[Role | None] = ["number", *([None] * (width - 1))]
    for k in range(1, width):
        if share(k, is_deadline) >= _LEAST:
            roles[k] = "deadline"
    units = [k for k in range(1, width) if roles[k] is None and share(k, opens_with_body) >= _LEAST]
    if not units:
        return None
    unit = units[-1]
    tasks = [k for k in range(1, unit) if roles[k] is None]
    if not tasks:
        return None
    task = max(tasks, key=lambda k: sum(len(r[k]) for r in numbered if k < len(r)))
    roles[unit], roles[task] = "resp", "task"
    return Header(tuple(roles), tuple("" for _ in roles), _language(numbered, task))


def _unnumbered(body: list[list[str]]) -> Header | None:
    """The header of a table of tasks without numbers beside cells that say who does them
    (``| task | A takes the lead, B cooperates, by … |``): every row of two cells or more,
    of one width, its last column's cells opening with a body's name and holding a role's
    word (a clause, not a list of contacts or a notice's fields), another column the task."""
    from divplan.parsing.cues import ROLE_KINDS, scan  # (the parser's data, read lazily)

    cells = [r for r in body if len(r) > 1]
    if len(cells) < 2 or len({len(r) for r in cells}) != 1 or len(cells) * 4 < len(body) * 3:
        return None
    unit = len(cells[0]) - 1
    said = sum(
        opens_with_body(r[unit]) and any(c.kind in ROLE_KINDS for c in scan(r[unit]))
        for r in cells
    )
    if said < _LEAST * len(cells):
        return None
    roles: list[Role | None] = [None] * len(cells[0])
    task = max(range(unit), key=lambda k: sum(len(r[k]) for r in cells))
    roles[unit], roles[task] = "resp", "task"
    return Header(tuple(roles), tuple("" for _ in roles), _language(cells, task))


def _language(rows: list[list[str]], task: int) -> str:
    """The table's language, by its first task cells: English when Latin letters are most."""
    sample = " ".join(r[task] for r in rows[:3] if task < len(r))
    return "en" if len(_LATIN.findall(sample)) * 2 > len(sample) else "zh"


__all__ = ["infer_header"]
