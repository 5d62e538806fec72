"""Headers beyond one row of names: a header over two rows, and a number column known by its
cells (:mod:`divplan.read.tables`).  Apart from :mod:`divplan.read.table_headers`, which reads
one row of column names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from divplan.read.table_headers import Header


def numbers_by_cells(header: Header, rows: Sequence[Sequence[str]]) -> Header:
    """``header`` with a column no name list knows made the number column when every cell of
    it under the header is a small whole number and no column is named so ("Task | Item |
    Responsible units" over rows numbered 1, 2, …: "Item" names a task as often, so by its
    cells only; a heading's row merged across the columns holds no cell of its own)."""
    if header.cols("number"):
        return header
    for k, role in enumerate(header.roles):
        cells = [r[k].strip() for r in rows if k < len(r) and r[k].strip() and len(set(r)) > 1]
        if role is None and len(cells) >= 2 and all(c.isdigit() and len(c) <= 3 for c in cells):
            return replace(header, roles=(*header.roles[:k], "number", *header.roles[k + 1 :]))
    return header


def merge_headers(top: Header, below: Header) -> Header:
    """A two-row header: the lower row's roles where it names one (责任单位 → 牵头 | 配合)."""
    n = max(len(top.roles), len(below.roles))
    roles = tuple(
        (below.roles[i] if i < len(below.roles) else None)
        or (top.roles[i] if i < len(top.roles) else None)
        for i in range(n)
    )
    return Header(roles, below.names, below.lang)


__all__ = ["merge_headers", "numbers_by_cells"]
