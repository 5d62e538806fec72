"""Alias files: a user's extra names, local departments and bans laid over a registry.

Users extend the packaged table without editing it (``--aliases``, ``Registry.with_aliases``):
the rules for merging such a file — what a row may add, what it may not change, how a ``ban``
row is read — are kept here, separate from reading the packaged table itself.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from divplan.names.table import (
    Department,
    StrPath,
    department_from_row,
    read_rows,
    read_text,
    split_list,
)

if TYPE_CHECKING:
    from divplan.names.registry import Registry

_log = logging.getLogger("divplan.names")
_logged: set[str] = set()  # notes already logged by this process (a registry may be rebuilt)


def merge_alias_file(
    departments: Mapping[str, Department], banned_phrases: Iterable[str], path: StrPath
) -> tuple[dict[str, Department], list[str], tuple[str, ...]]:
    """``departments`` and ``banned_phrases`` with the rows of the alias file at ``path`` added,
    and the notes reading it left (rows skipped).

    The rules are those of :meth:`Registry.with_aliases
    <divplan.names.registry.Registry.with_aliases>`; the inputs are not modified. A row without
    an id that is not a ban is a row of ``divplan unresolved`` still to fill: it is skipped, and
    one note (also logged as a warning) says how many were.
    """
    source = os.fspath(path)
    depts = dict(departments)
    banned = list(banned_phrases)
    unfilled: list[str] = []
    for where, row in read_rows(read_text(path), source):
        if not row["id"] and row["kind"] != "ban":
            unfilled.append(where.rsplit(":", 1)[-1])
            continue
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
    notes: tuple[str, ...] = ()
    if unfilled:
        lines = ", ".join(unfilled[:5]) + (" …" if len(unfilled) > 5 else "")
        notes = (
            f"{source}: {len(unfilled)} row(s) without an id ignored (still to fill: give an "
            f"existing id to add an alias, or a new id and kind; lines {lines})",
        )
        if notes[0] not in _logged:
            _logged.add(notes[0])
            _log.warning("divplan: note: %s", notes[0])
    return depts, banned, notes


class ClassOrInstanceMethod:
    """Descriptor for :meth:`Registry.with_aliases`: callable on an instance or on the class.

    ``Registry.with_aliases(path)`` is the common case in scripts ("the default registry plus my
    local departments"); on the class it means ``Registry.default().with_aliases(path)``. The
    default registry is loaded only when the returned function is called.
    """

    def __init__(self, func: Callable[[Registry, StrPath], Registry]) -> None:
        self._func = func
        self.__doc__ = func.__doc__

    def __get__(self, obj: Registry | None, owner: type[Registry]) -> Callable[[StrPath], Registry]:
        func = self._func
        if obj is not None:
            return functools.partial(func, obj)

        def on_default(path: StrPath) -> Registry:
            return func(owner.default(), path)

        on_default.__doc__ = func.__doc__
        return on_default
