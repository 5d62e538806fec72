"""Document columns: a flat export's columns that repeat the document's own fields.

Why: an open-data portal exports a plan as one table whose every row repeats the document's
fields beside its task (发文机关, 文号, 成文日期, 文件名称 | 章节 | 序号 | 重点任务).  Written into
each item, those cells would read as the item's words — 成文日期：2021-10-15 as a deadline — and
the plan's issuer and number would be found nowhere else.  A column whose name says it holds no
field of the task (``table_header_words.tsv``'s "none" rows) and whose cells hold one value on
every row (or nothing) is the document's: its cells are written once, as a line of labelled
fields above the table's rows, where the notice's reader finds them, and left out of the rows.

Guarantees: nothing changes unless at least two rows hold the same value; a column whose
values differ (a 责任领导 column: a person per row) stays in the rows; the line written names
the first row it came from.
"""

from __future__ import annotations

from collections.abc import Sequence

from divplan.read.cells import Line, Row, flat
from divplan.read.table_headers import Header, names_none


def document_columns(
    header: Header, rows: Sequence[Row], body: int
) -> tuple[list[Line], list[Row]]:
    """The line of the document's fields found in ``rows[body:]``' repeated columns, and the
    rows with those cells emptied."""
    found: list[int] = []
    for i, role in enumerate(header.roles):
        name = header.names[i] if i < len(header.names) else ""
        if role is not None or not names_none(name):
            continue
        values = {flat(r.cells[i], None) for r in rows[body:] if i < len(r.cells)} - {""}
        filled = sum(1 for r in rows[body:] if i < len(r.cells) and flat(r.cells[i], None))
        if len(values) == 1 and filled >= 2:
            found.append(i)
    if not found:
        return [], list(rows)
    first = next(r for r in rows[body:] if any(i < len(r.cells) and r.cells[i] for i in found))
    colon = "：" if header.lang == "zh" else ": "
    text = "  ".join(
        header.names[i] + colon + flat(first.cells[i], None)
        for i in found
        if i < len(first.cells) and first.cells[i]
    )
    emptied = [
        Row([("" if k in found else c) for k, c in enumerate(r.cells)], r.where) if n >= body
        else r
        for n, r in enumerate(rows)
    ]  # fmt: skip
    return [Line(text, first.where)], emptied


__all__ = ["document_columns"]
