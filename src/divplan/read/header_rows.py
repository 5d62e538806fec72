"""Headers beyond one row of names: a header over two rows, and a number column known by its
cells (:mod:`divplan.read.tables`).  Apart from :mod:`divplan.read.table_headers`, which reads
one row of column names."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from divplan.read.table_headers import (
    FIELDS,
    Header,
    Role,
    column_role,
    find_header,
    first_named_leads,
)


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


_NAME_LONGEST = 12  # characters of a column's name in a header's lower row, at most


def lower_row(top: Header, cells: Sequence[str]) -> Header | None:
    """The lower row of a two-row header whose upper row spans its fields with one name
    (序号 | 重点任务 | 责任分工 over ∅ | ∅ | 主攻部门 | 参攻部门): its cells under the number and
    task columns empty, every other filled one a field column's name; None for any other row.
    Its roles are the columns' (:func:`merge_headers` puts them over the upper row's)."""
    filled = [i for i, c in enumerate(cells) if c.strip()]
    if not filled or any(i < len(top.roles) and top.roles[i] in ("number", "task") for i in filled):
        return None
    if any(len(cells[i].strip()) > _NAME_LONGEST or set(cells[i]) & set(":：") for i in filled):
        return None  # (a column's name: short, no field's colon — 完成时限：2016年底前 is a row's)
    roles = [column_role(cells[i]) if i in filled else None for i in range(len(cells))]
    if any(roles[i] not in FIELDS for i in filled) or not {"lead", "part", "resp"} & set(roles):
        return None
    names = tuple(c or (top.names[i] if i < len(top.names) else "") for i, c in enumerate(cells))
    return Header(tuple(roles), names, top.lang)


def header_below(top: Header, cells: Sequence[str]) -> Header | None:
    """``top`` with the row under it when that row is a header's too (a second row of
    names: 责任单位 over 牵头 | 配合), else None."""
    below = find_header(cells) or lower_row(top, cells)
    return None if below is None else merge_headers(top, below)


def header_at(
    rows: Sequence[Sequence[str]], bare: bool, within: int
) -> tuple[Header, int, int] | None:
    """The header a table's first ``within`` rows hold, its row and the first row under it
    (a header over two rows: both), or None; with ``bare``, a delimited text's (see
    :func:`~divplan.read.table_headers.find_header`)."""
    for i, cells in enumerate(rows[:within]):
        found = find_header(cells, bare=bare)
        if found is None:
            continue
        if i + 1 < len(rows) and (two := header_below(found, rows[i + 1])) is not None:
            return two, i, i + 2
        return numbers_by_cells(found, rows[i + 1 :]), i, i + 1
    return None


_LISTED = re.compile(r"[、，,]")  # (a cell listing bodies; "and" may stand inside one's name)
_FIRST_LABEL = {
    "zh": "责任单位（排名第一的为牵头单位）：",
    "en": "Responsible units (lead listed first): ",
}


def first_labels(header: Header, values: Mapping[Role, str]) -> dict[tuple[str, str], str]:
    """(role, language) → the label saying the first listed body leads, for each unit role
    whose column's name says so ("Unit(s) accountable (lead unit first)"): the clause reader
    reads that label as it would in a plan's own fields (cues.tsv), never every body a lead.
    Only where the row's cell (``values``, by role) lists several bodies: one alone is sole."""
    out: dict[tuple[str, str], str] = {}
    units: tuple[Role, ...] = ("lead", "resp", "part")
    for role in units:
        names = [header.names[i] for i in header.cols(role) if i < len(header.names)]
        if any(first_named_leads(name) for name in names) and _LISTED.search(values[role]):
            out[(role, header.lang)] = _FIRST_LABEL[header.lang]
    return out


__all__ = [
    "first_labels", "header_at", "header_below", "lower_row", "merge_headers", "numbers_by_cells"
]
