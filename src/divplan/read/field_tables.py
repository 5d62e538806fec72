"""Field tables: a small pipe table under a group of tasks naming who does them, no task column.

Why: a page may set a group's fields as a table of one or two rows under the group's tasks
(``| 主手單位 | 協挑單位 | 完成時限 |`` over ``|---|---|---|`` over ``| 縣水利局 | 縣衛生局 | …
|``) with no task column, so the text-table reader (:mod:`divplan.read.text_tables`), which needs
a header naming a task column, leaves it as pipe text that no clause reader understands, and
the group's tasks lose their clause.  Written here as the field line it stands for
(``主手單位：縣水利局  協挑單位：縣衛生局  完成時限：2002年10月底前``), each label as the header
wrote it, the line is read as any group's field line is (:mod:`divplan.parsing.group_lines`).

Guarantees: a header row whose two cells or more all name field columns (units or a deadline,
:func:`~divplan.read.table_headers.column_role`), a rule under it, then one to three rows of
its width; nothing for any other line.  The same for a Word, web page or PDF table of field
columns only (:func:`field_lines`).
"""

from __future__ import annotations

from collections.abc import Sequence

from divplan.read.cells import Line, Row
from divplan.read.row_cells import MD_SEP, md_cells, pipe_row
from divplan.read.table_headers import column_role

_FIELDS = frozenset({"lead", "resp", "part", "deadline"})
_MOST_ROWS = 3  # a group's fields: a row or two, not a table of tasks


def field_lines(rows: list[Row]) -> list[Line] | None:
    """A Word, web page or PDF table of field columns only (a header row naming units or a
    deadline, then one to three rows of its width) as the field lines it stands for, each where
    its row stood; None for any other table."""
    labels = [c.strip() for c in rows[0].cells] if rows else []
    if not 2 <= len(rows) <= _MOST_ROWS + 1 or not _field_labels(labels):
        return None
    if any(len(r.cells) != len(labels) for r in rows[1:]):
        return None
    out = [Line(_field_line(labels, r.cells), r.where) for r in rows[1:]]
    return out if all(line.text for line in out) else None


def _field_labels(labels: list[str]) -> bool:
    """Whether a header's cells (two or more) all name field columns (units or a deadline)."""
    return len(labels) >= 2 and all(column_role(label) in _FIELDS for label in labels)


def _field_line(labels: list[str], cells: Sequence[str]) -> str:
    """One row's cells as the field line they stand for (``责任单位：A  完成时限：B``), each label
    as the header wrote it, an empty cell left out."""
    colon = "：" if any(not c.isascii() for c in "".join(labels)) else ": "
    fields = [
        f"{label}{colon}{' '.join(c.split())}" for label, c in zip(labels, cells, strict=True)
    ]
    return "  ".join(f for f in fields if not f.endswith(colon))


def field_table(bodies: list[str], i: int) -> tuple[int, list[tuple[int, str]]] | None:
    """The field lines of the field table whose header is line ``i`` (each with the line its
    row stood on) and the index after the table; None when none starts there."""
    if not pipe_row(bodies[i], 1) or i + 2 >= len(bodies) or not MD_SEP.match(bodies[i + 1]):
        return None
    labels = md_cells(bodies[i])
    if not _field_labels(labels):
        return None
    lines: list[tuple[int, str]] = []
    j = i + 2
    while j < len(bodies) and pipe_row(bodies[j], 1) and len(lines) < _MOST_ROWS:
        cells = md_cells(bodies[j])
        if len(cells) != len(labels):
            return None
        lines.append((j, _field_line(labels, cells)))
        j += 1
    if j < len(bodies) and pipe_row(bodies[j], 1):
        return None  # (more rows: a table of its own, no group's fields)
    return (j, lines) if lines else None


__all__ = ["field_lines", "field_table"]
