"""Field lines that stand over groups: a plan-wide habit that rule 1 needs before reading lines.

Why a module of its own: a unit field line (责任单位：A牵头，B配合 / "Responsible units: A take
the lead, B helping hand") right under a heading and over two or more tasks with no field of
their own is the group's line, not a task's field.  When a plan writes its lines so, a later
such line after a task that carries no unit field of its own is the *next* group's line too,
not the field of the task above it (as it would be in a plan of fields under each task).
Rule 1 (:mod:`divplan.parsing.blocks`) reads line by line, so the habit is found here first,
from the lines alone, and asked there and in :mod:`divplan.parsing.group_lines`.
"""

from __future__ import annotations

from divplan.parsing.cues import starts_with_label
from divplan.parsing.deadline_lines import is_deadline_field
from divplan.parsing.lines import Line

_HEADINGS = ("section", "subsection")


def unit_field(text: str, line: Line) -> bool:
    """A line opening with a unit field's label (not a deadline's)."""
    return (
        line.kind == "text"
        and starts_with_label(text, line.start, line.end)
        and not is_deadline_field(text, line)
    )


def lines_over_groups(text: str, lines: list[Line]) -> bool:
    """Whether some unit field line stands right under a heading over two tasks in a row that
    have no field line of their own."""
    for i in range(1, len(lines) - 2):
        if (
            lines[i - 1].kind in _HEADINGS
            and unit_field(text, lines[i])
            and lines[i + 1].kind == "item"
            and lines[i + 2].kind == "item"
        ):
            return True
    return False


def opens_next_group(text: str, lines: list[Line], i: int, first: int) -> bool:
    """Whether unit field line ``i``, under a task whose lines run from ``first`` and hold no
    unit field, with a task right under it, opens the next group (in a plan whose lines stand
    over their groups)."""
    return (
        unit_field(text, lines[i])
        and i + 1 < len(lines)
        and lines[i + 1].kind == "item"
        and not any(unit_field(text, lines[k]) for k in range(first, i))
    )


__all__ = ["lines_over_groups", "opens_next_group", "unit_field"]
