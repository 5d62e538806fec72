"""Mark grids: a table of tasks by bodies, a mark in each cell saying the body's role.

Why: a plan may set its bodies as the table's columns and mark each task's row under them
(重点任务 | 发展改革委 | 商务部 | 财政部 — ● under the lead, ○ under a helper; "Description: ●
means lead, ○ means cooperation").  Read as cells, the row names no one.  So a header whose
columns past the task are two bodies' names or more, over rows whose cells under them hold a
mark or nothing, is recast as the table the renderer knows: the task's columns, then one of
the leads (the bodies under a lead's mark) and one of the helpers.

Which mark is whose: the grid's own kinds of marks, a filled sign the lead's (●★◎▲■◆), a
hollow one or a tick the helpers' (○☆△□◇√✓✔); one kind alone says no lead, the bodies share
the task (a responsible units' column).  Guarantees: a header is a grid's only when at least
two of its cells are bodies' names no column role claims; rows are recast only when most of
them mark a body; every other cell is kept, in its column.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from divplan.parsing.clause_text import language
from divplan.parsing.name_edges import org_shaped
from divplan.read.cells import Row, flat
from divplan.read.table_headers import Header, Role, column_role, labels

_LEAD = "●★◎▲■◆"
_PART = "○☆△□◇√✓✔"
_MARK = re.compile(rf"^\s*[{_LEAD}{_PART}]\s*$")
_WORD_MARK = 2  # characters of a mark written as a role's word (牵 / 参, 牵头 / 配合)


def _mark(cell: str) -> str | None:
    """What a grid cell's mark says: "lead", "part", "sign" (a sign whose kind the grid's own
    marks decide) or None (no mark).  A role's word written as the mark (牵 / 参: "标牵字的为牵头
    部门") says its role itself (``role_of_words``)."""
    from divplan.parsing.role_words import role_of_words  # (the parser's data, read lazily)

    c = cell.strip()
    if _MARK.match(c):
        return "sign"
    if not c or len(c) > _WORD_MARK or c.isascii():
        return None
    found = role_of_words(c)
    return None if found is None else {"lead": "lead", "participant": "part"}.get(found[0])


def grid_header(cells: Sequence[str]) -> Header | None:
    """The header of a mark grid that ``cells`` spell (their bodies' columns marked ``grid``),
    or None: a task column and two bodies' names or more."""
    names = [flat(c, " ").strip() for c in cells]
    roles = [column_role(n) if n else None for n in names]
    bodies = [i for i, n in enumerate(names) if n and roles[i] is None and org_shaped(n)]
    if len(bodies) < 2 or "task" not in roles:
        return None
    if any(n and roles[i] is None and i not in bodies for i, n in enumerate(names)):
        return None  # (every column is the task's, its number's, a field's, or a body's)
    grid = tuple("grid" if i in bodies else r for i, r in enumerate(roles))
    return Header(grid, tuple(names), language("".join(names)))


def ungrid(header: Header, rows: Sequence[Row], body: int) -> tuple[Header, list[Row]]:
    """``header`` and ``rows`` with a mark grid's body columns recast as a leads' and a
    helpers' column (or the responsible units' one); unchanged for any other table."""
    grid = [i for i, r in enumerate(header.roles) if r == "grid"]
    if not grid:
        return header, list(rows)
    marked = [
        r for r in rows[body:] if any(i < len(r.cells) and _mark(r.cells[i]) for i in grid)
    ]
    if len(marked) * 2 < len(rows[body:]):
        return header, list(rows)
    said = {_mark(r.cells[i]) for r in marked for i in grid if i < len(r.cells)} - {None}
    kinds = {
        c.strip()[0] in _LEAD
        for r in marked
        for i in grid
        if i < len(r.cells) and _mark(c := r.cells[i]) == "sign"
    }
    shared = len(kinds) == 1 and said == {"sign"}  # (words say their roles: never shared)
    keep = [i for i in range(len(header.roles)) if i not in grid]
    label = labels()
    added: list[Role] = ["resp"] if shared else ["lead", "part"]
    new_roles = [header.roles[i] for i in keep] + list(added)
    new_names = [header.names[i] for i in keep] + [
        label[(role, header.lang)].rstrip(":： ") for role in added
    ]
    sep = "、" if header.lang == "zh" else ", "
    out = list(rows[:body])
    for r in rows[body:]:
        cells = [*r.cells, *[""] * (len(header.roles) - len(r.cells))]
        kept = [cells[i] for i in keep]
        if not any(_mark(cells[i]) for i in grid):
            out.append(Row(kept + [""] * len(added), r.where))
            continue
        marks = {header.names[i]: _role(cells[i]) for i in grid if _mark(cells[i])}
        leads = [n for n, m in marks.items() if shared or m == "lead"]
        parts = [n for n, m in marks.items() if not shared and m == "part"]
        extra = [sep.join(leads)] if shared else [sep.join(leads), sep.join(parts)]
        out.append(Row(kept + extra, r.where))
    return Header(tuple(new_roles), tuple(new_names), header.lang), out


def _role(cell: str) -> str:
    """The role a marked cell gives its body: its word's, or its sign's kind."""
    said = _mark(cell)
    if said != "sign":
        return said or ""
    return "lead" if cell.strip()[0] in _LEAD else "part"


__all__ = ["grid_header", "ungrid"]
