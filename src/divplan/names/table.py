"""The registry table: the columns of ``departments.tsv``, its rows as Department values.

``data/departments.tsv`` and every alias file given to ``Registry.with_aliases`` share one
format; reading and checking it (header, column count, years, required cells) is one job, kept
apart from what the registry does with the departments once they are read.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TypeAlias

StrPath: TypeAlias = "str | os.PathLike[str]"

#: Columns of ``departments.tsv`` (and of any alias file given to :meth:`Registry.with_aliases`).
COLUMNS: tuple[str, ...] = (
    "id",
    "kind",
    "name_zh",
    "name_en",
    "aliases",
    "from",
    "to",
    "successors",
)
#: Columns a table may add after :data:`COLUMNS`, read when present: ``note`` (the source of the
#: row) and ``added`` (the registry edition that published the id: 1 is the reference table that
#: conventions.md's golds are written against, 2 the bodies added since; ids never change).
OPTIONAL: tuple[str, ...] = ("note", "added")


@dataclass(frozen=True)
class Department:
    """One row of the registry: a central department or standing body.

    ``start``/``end`` are the years it existed, inclusive (None = open): documents are dated,
    and a name like 广电总局 means a different department before 2013 and after 2018.
    ``successors`` are the ids that took over its functions when it was abolished.
    """

    id: str
    kind: str
    name_zh: str
    name_en: str
    aliases: tuple[str, ...] = ()
    start: int | None = None
    end: int | None = None
    successors: tuple[str, ...] = ()
    note: str = ""
    added: int = 1

    def exists_in(self, year: int | None) -> bool:
        """Whether the department existed at some point of ``year`` (None = no date: yes)."""
        if year is None:
            return True
        if self.start is not None and year < self.start:
            return False
        return self.end is None or year <= self.end


def split_list(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell.split(";") if p.strip())


def _parse_year(cell: str, where: str, column: str) -> int | None:
    cell = cell.strip()
    if not cell:
        return None
    try:
        return int(cell)
    except ValueError:
        raise ValueError(f"{where}: column {column!r} must be a year, got {cell!r}") from None


def read_rows(text: str, source: str) -> Iterator[tuple[str, dict[str, str]]]:
    """Rows of a departments TSV as (``source:line``, column → cell), header checked.

    The header starts with :data:`COLUMNS`; named columns after them (the ``count``, ``status``,
    ``candidates`` … of a ``divplan unresolved`` file) are read and ignored, so that a reviewed
    file goes back in as it is.
    """
    lines = text.lstrip("\ufeff").splitlines()
    if not lines:
        raise ValueError(f"{source}: empty file, expected a header {chr(9).join(COLUMNS)!r}")
    header = tuple(c.strip() for c in lines[0].split("\t"))
    if header[: len(COLUMNS)] != COLUMNS or not all(header[len(COLUMNS) :]):
        raise ValueError(
            f"{source}:1: header must be the columns {', '.join(COLUMNS)} (tab-separated), "
            f"got {', '.join(header)}"
        )
    reader = csv.reader(io.StringIO("\n".join(lines[1:])), delimiter="\t", quoting=csv.QUOTE_NONE)
    for lineno, cells in enumerate(reader, start=2):
        if not cells or not "".join(cells).strip() or cells[0].lstrip().startswith("#"):
            continue
        where = f"{source}:{lineno}"
        if len(cells) > len(header):
            raise ValueError(f"{where}: {len(cells)} columns, expected {len(header)}")
        cells = cells + [""] * (len(header) - len(cells))
        row = {c: v.strip() for c, v in zip(COLUMNS, cells[: len(COLUMNS)], strict=True)}
        for name, value in zip(header[len(COLUMNS) :], cells[len(COLUMNS) :], strict=True):
            if name in OPTIONAL:
                row[name] = value.strip()
        yield where, row


def department_from_row(where: str, row: dict[str, str]) -> Department:
    if not row["id"]:
        raise ValueError(f"{where}: empty id")
    if not row["kind"]:
        raise ValueError(f"{where}: empty kind for {row['id']!r}")
    if not (row["name_zh"] or row["name_en"]):
        raise ValueError(f"{where}: {row['id']!r} has neither name_zh nor name_en")
    return Department(
        id=row["id"],
        kind=row["kind"],
        name_zh=row["name_zh"],
        name_en=row["name_en"],
        aliases=split_list(row["aliases"]),
        start=_parse_year(row["from"], where, "from"),
        end=_parse_year(row["to"], where, "to"),
        successors=split_list(row["successors"]),
        note=row.get("note", ""),
        added=_parse_edition(row.get("added", ""), where),
    )


def _parse_edition(cell: str, where: str) -> int:
    if not cell:
        return 1
    if not cell.isdigit() or int(cell) < 1:
        raise ValueError(f"{where}: column 'added' must be an edition (1, 2 …), got {cell!r}")
    return int(cell)


def read_text(path: StrPath) -> str:
    with open(path, encoding="utf-8") as fh:
        return fh.read()
