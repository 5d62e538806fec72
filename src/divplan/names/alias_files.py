"""Alias files: a user's extra names, local departments and bans laid over a registry.

Users extend the packaged table without editing it (``--aliases``, ``Registry.with_aliases``):
the rules for merging such a file — what a row may add, what it may not change, how a ``ban``
row is read — are kept here, separate from reading the packaged table itself.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import replace

from divplan.names.table import (
    Department,
    StrPath,
    department_from_row,
    read_rows,
    read_text,
    split_list,
)


def merge_alias_file(
    departments: Mapping[str, Department], banned_phrases: Iterable[str], path: StrPath
) -> tuple[dict[str, Department], list[str]]:
    """``departments`` and ``banned_phrases`` with the rows of the alias file at ``path`` added.

    The rules are those of :meth:`Registry.with_aliases
    <divplan.names.registry.Registry.with_aliases>`; the inputs are not modified.
    """
    source = os.fspath(path)
    depts = dict(departments)
    banned = list(banned_phrases)
    for where, row in read_rows(read_text(path), source):
        if row["kind"] == "ban":
            phrases = [row["name_en"], row["name_zh"], *split_list(row["aliases"])]
            banned.extend(p for p in phrases if p)
            continue
        old = depts.get(row["id"])
        if old is None:
            new = department_from_row(where, row)
            depts[new.id] = new
            continue
        for column, value in (
            ("kind", old.kind),
            ("from", "" if old.start is None else str(old.start)),
            ("to", "" if old.end is None else str(old.end)),
            ("successors", ";".join(old.successors)),
        ):
            if row[column] and row[column] != value:
                raise ValueError(
                    f"{where}: {old.id!r} exists; an alias file may only add names to it, "
                    f"not change {column!r} ({value!r} → {row[column]!r})"
                )
        extra = [row["name_en"], row["name_zh"], *split_list(row["aliases"])]
        known = {old.name_en, old.name_zh, *old.aliases}
        added = tuple(dict.fromkeys(a for a in extra if a and a not in known))
        depts[old.id] = replace(old, aliases=old.aliases + added)
    return depts, banned
