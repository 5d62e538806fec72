"""The state a table's renderer keeps: what carries from row to row and table to table, and
the item row being built (:mod:`divplan.read.tables`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from divplan.read.table_headers import Header, Role


@dataclass
class TableState:
    """What carries from row to row, and from one table of a document to the next."""

    header: Header | None = None
    sections: int = 0
    subsections: int = 0
    last_item: int = 0
    groups: dict[int, str] = field(default_factory=dict)
    carried: dict[Role, str] = field(default_factory=dict)
    tables: int = 0


@dataclass
class _Item:
    """An item row being built (a wrapped row may still extend it)."""

    marker: str
    cells: list[str]
    where: str
    late: bool = False  # its lead / responsible text began below the row's first line


__all__ = ["TableState"]
