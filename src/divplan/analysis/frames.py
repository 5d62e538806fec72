"""The pandas tables of one plan.

Why it exists: analysts answer their questions in pandas, so the counts of
:mod:`divplan.analysis.counting` are given in the shapes they use — a wide table with one row
per item, a long one with one row per item × department × role that pivots well, the workload
per department, and the diagnostics with the item each is about — with fixed columns and
dtypes, also for a plan without items.  :mod:`divplan.analysis.corpus_frames` stacks them for
many plans, with a ``plan`` column first and a table of the plans themselves.

pandas is the optional ``analysis`` extra (``pip install 'divplan[analysis]'``): it is imported
inside the functions that return frames, never when this module is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from divplan.analysis.counting import (
    assignments,
    dept_key,
    diagnostic_items,
    loads,
    placed_items,
)
from divplan.analysis.extras import require_pandas
from divplan.models import Department, Plan

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped]

__all__ = [
    "ASSIGNMENT_COLUMNS",
    "DIAGNOSTIC_COLUMNS",
    "ITEM_COLUMNS",
    "WORKLOAD_COLUMNS",
    "assignments_frame",
    "diagnostics_frame",
    "empty_frame",
    "items_frame",
    "workload",
]


# ------------------------------------------------------------------------------ one plan
ITEM_COLUMNS: tuple[str, ...] = (
    "position",
    "section",
    "section_title",
    "subsection",
    "subsection_title",
    "number",
    "numbered",
    "marker",
    "text",
    "mode",
    "leads",
    "participants",
    "others",
    "deadline",
    "start",
    "end",
    "text_start",
    "text_end",
    "clause_start",
    "clause_end",
    "deadline_start",
    "deadline_end",
)

ASSIGNMENT_COLUMNS: tuple[str, ...] = (
    "position",
    "section",
    "subsection",
    "number",
    "mode",
    "role",
    "department",
    "id",
    "name",
    "name_zh",
    "mention",
    "status",
    "score",
    "in_period",
    "mention_start",
    "mention_end",
)

WORKLOAD_COLUMNS: tuple[str, ...] = ("id", "name", "name_zh", "led", "joined", "total", "share")

DIAGNOSTIC_COLUMNS: tuple[str, ...] = (
    "code",
    "severity",
    "message",
    "line",
    "column",
    "start",
    "end",
    "position",
)

_NULLABLE_INT = (
    "subsection",
    "clause_start",
    "clause_end",
    "deadline_start",
    "deadline_end",
)


def _frame(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    """A frame with fixed columns and dtypes, also when there are no rows.

    Nullable columns get pandas' nullable ``Int64`` so that a subsection number stays an
    integer (not 3.0) where some items have none.
    """
    pd = require_pandas()
    df = pd.DataFrame(rows, columns=list(columns))
    for col in _NULLABLE_INT:
        if col in df.columns:
            df[col] = df[col].astype("Int64")
    return df


def empty_frame(columns: tuple[str, ...]) -> pd.DataFrame:
    """A frame with these columns and no rows (the nullable ones typed as for real rows)."""
    return _frame([], columns)


def items_frame(plan: Plan) -> pd.DataFrame:
    """One row per item: where it sits, its text, clause mode, deadline and spans.

    ``leads``/``participants`` are the department keys joined by ``"; "`` (readable in a CSV);
    the long :func:`assignments_frame` is the one to pivot on.
    """
    rows: list[dict[str, Any]] = []
    for p in placed_items(plan):
        it, r = p.item, p.item.responsibility
        rows.append(
            {
                "position": p.position,
                "section": p.section,
                "section_title": p.section_title,
                "subsection": p.subsection,
                "subsection_title": p.subsection_title,
                "number": it.number,
                "numbered": it.numbered,
                "marker": it.marker,
                "text": it.text,
                "mode": r.mode,
                "leads": "; ".join(dept_key(d) for d in r.leads),
                "participants": "; ".join(dept_key(d) for d in r.participants),
                "others": r.others,
                "deadline": it.deadline.text if it.deadline else None,
                "start": it.span[0],
                "end": it.span[1],
                "text_start": it.text_span[0],
                "text_end": it.text_span[1],
                "clause_start": r.span[0] if r.span else None,
                "clause_end": r.span[1] if r.span else None,
                "deadline_start": it.deadline.span[0] if it.deadline else None,
                "deadline_end": it.deadline.span[1] if it.deadline else None,
            }
        )
    return _frame(rows, ITEM_COLUMNS)


def assignments_frame(plan: Plan) -> pd.DataFrame:
    """The long table: one row per item × department × role (``lead`` or ``participant``).

    ``department`` is the key (id, or ``?mention`` when unresolved); ``id``, ``name``,
    ``name_zh``, ``mention``, ``status``, ``score`` come from the resolution.  Join with
    :func:`items_frame` on ``position``.
    """
    rows = [
        {
            "position": a.position,
            "section": a.section,
            "subsection": a.subsection,
            "number": a.number,
            "mode": a.mode,
            "role": a.role,
            "department": a.key,
            "id": a.department.id,
            "name": a.department.name,
            "name_zh": a.department.name_zh,
            "mention": a.department.mention,
            "status": a.department.status,
            "score": a.department.score,
            "in_period": a.department.in_period,
            "mention_start": a.department.span[0],
            "mention_end": a.department.span[1],
        }
        for a in assignments(plan)
    ]
    df = _frame(rows, ASSIGNMENT_COLUMNS)
    df["score"] = df["score"].astype("float64")
    return df


def workload(plan: Plan) -> pd.DataFrame:
    """Per department (index: its key): items ``led``, ``joined``, ``total`` and ``share``.

    ``share`` is the fraction of the plan's items the department is named on.  Rows are
    busiest first, so ``plan.workload().index[0]`` answers "who carries the most tasks".
    """
    n_items = len(placed_items(plan))
    rows = [
        {
            "department": ld.key,
            "id": ld.department.id,
            "name": _names(ld.department)[0],
            "name_zh": _names(ld.department)[1],
            "led": len(ld.led),
            "joined": len(ld.joined),
            "total": ld.total,
            "share": ld.total / n_items if n_items else 0.0,
        }
        for ld in loads(plan)
    ]
    df = _frame(rows, ("department", *WORKLOAD_COLUMNS))
    for col in ("led", "joined", "total"):
        df[col] = df[col].astype("int64")
    df["share"] = df["share"].astype("float64")
    return df.set_index("department")


def _names(d: Department) -> tuple[str | None, str | None]:
    """English and Chinese names; an unresolved mention stands in for the one in its script."""
    if d.id is not None:
        return d.name, d.name_zh
    if any("\u3400" <= c <= "\u9fff" for c in d.mention):
        return None, d.mention
    return d.mention, None


def diagnostics_frame(plan: Plan) -> pd.DataFrame:
    """One row per diagnostic: code, severity, message, where, and the item it is about.

    ``position`` is the item's position (join with :func:`items_frame`), null for a finding
    about the whole plan (no date, an unparsed heading); ``start``/``end`` is its span.
    """
    where = diagnostic_items(plan.diagnostics, placed_items(plan))
    rows = [
        {
            "code": d.code,
            "severity": d.severity,
            "message": d.message,
            "line": d.line,
            "column": d.column,
            "start": d.span[0],
            "end": d.span[1],
            "position": pos,
        }
        for d, pos in zip(plan.diagnostics, where, strict=True)
    ]
    df = _frame(rows, DIAGNOSTIC_COLUMNS)
    df["position"] = df["position"].astype("Int64")
    for col in ("line", "column", "start", "end"):
        df[col] = df[col].astype("int64")
    return df
