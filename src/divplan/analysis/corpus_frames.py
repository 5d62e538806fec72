"""The tables of many plans at once: :func:`divplan.frames`.

Why it exists: an analyst's question is usually about a corpus — which ministry leads most across
ten years of plans, which plans need a second look — and the corpus arrives in several shapes: a
list of parsed plans, one plan, a mapping of names to plans, or the files ``divplan parse``
wrote (a ``--format jsonl`` batch, ``NAME.json`` files, a folder of them).  :func:`frames` takes
any of these and gives the tables of :mod:`divplan.analysis.frames` stacked, each with a
``plan`` column first, plus a table of the plans themselves (title, date, document number,
issuer, counts) and one of every diagnostic with the item it is about.

pandas (the ``analysis`` extra) is imported only when :func:`frames` runs.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from divplan.analysis.counting import dept_key, label, loads, placed_items, plan_id
from divplan.analysis.extras import require_pandas
from divplan.analysis.frames import (
    ASSIGNMENT_COLUMNS,
    DIAGNOSTIC_COLUMNS,
    ITEM_COLUMNS,
    WORKLOAD_COLUMNS,
    assignments_frame,
    diagnostics_frame,
    empty_frame,
    items_frame,
    workload,
)
from divplan.analysis.jsonio import read_json, read_jsonl
from divplan.models import Plan

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped]

__all__ = ["PLAN_COLUMNS", "Frames", "PlanSource", "frames", "iter_plans", "named_plans"]

PLAN_COLUMNS: tuple[str, ...] = (
    "plan",
    "title",
    "date",
    "doc_number",
    "issuer",
    "issuer_name",
    "language",
    "path",
    "items",
    "departments",
    "errors",
    "warnings",
)

PathLike: TypeAlias = str | os.PathLike[str]
#: What :func:`frames` accepts: a plan, plans, a mapping id → plan, or saved output on disk.
PlanSource: TypeAlias = Plan | Mapping[str, Plan] | PathLike | Iterable[Plan | PathLike]


@dataclass(frozen=True)
class Frames:
    """The tables of many plans, each with a ``plan`` column first.

    ``items``, ``assignments`` and ``workload`` are the one-plan tables stacked; ``plans`` has a
    row per plan (:data:`PLAN_COLUMNS`); ``diagnostics`` a row per diagnostic, with the
    ``position`` of the item it is about (null for the whole plan).
    """

    items: pd.DataFrame
    assignments: pd.DataFrame
    workload: pd.DataFrame
    plans: pd.DataFrame
    diagnostics: pd.DataFrame


def _from_path(path: PathLike) -> Iterator[Plan]:
    """The plans saved at ``path``: a JSON Lines batch, one plan's JSON, or a folder of them."""
    p = Path(path)
    if p.is_dir():
        for found in sorted(p.rglob("*")):
            if found.suffix in (".json", ".jsonl") and found.is_file():
                yield from _from_path(found)
    elif p.suffix == ".json":
        yield read_json(p)
    else:
        yield from read_jsonl(p)


def iter_plans(source: PlanSource) -> Iterator[tuple[str | None, Plan]]:
    """``(id or None, plan)`` for every plan of ``source`` (ids only where a mapping gives them).

    A ``str`` or path is saved output on disk (``*.json``: one plan; a folder: every ``*.json``
    and ``*.jsonl`` in it; anything else: JSON Lines); a single :class:`Plan` is one plan — not
    iterated field by field, as a pydantic model otherwise would be.
    """
    if isinstance(source, Plan):
        yield None, source
    elif isinstance(source, Mapping):
        for key, plan in source.items():
            yield str(key), plan
    elif isinstance(source, (str, os.PathLike)):
        for plan in _from_path(source):
            yield None, plan
    else:
        for entry in source:
            if isinstance(entry, Plan):
                yield None, entry
            else:
                for plan in _from_path(entry):
                    yield None, plan


def named_plans(source: PlanSource) -> Iterator[tuple[str, Plan]]:
    """Plans with unique ids: given ones kept, else :func:`plan_id`, a repeat getting ``#2``…"""
    used: dict[str, int] = {}
    for i, (given, plan) in enumerate(iter_plans(source)):
        if given is not None:
            yield given, plan
            continue
        base = plan_id(plan, i)
        used[base] = used.get(base, 0) + 1
        yield (base if used[base] == 1 else f"{base}#{used[base]}"), plan


def _plan_row(pid: str, plan: Plan) -> dict[str, Any]:
    md = plan.metadata
    severities = [d.severity for d in plan.diagnostics]
    doc = md.doc_number
    return {
        "plan": pid,
        "title": plan.title.text if plan.title else md.title,
        "date": md.date,
        "doc_number": (doc.normalized or doc.text) if doc else None,
        "issuer": dept_key(md.issuer) if md.issuer else None,
        "issuer_name": label(md.issuer, plan.language) if md.issuer else None,
        "language": plan.language,
        "path": plan.source.path,
        "items": len(placed_items(plan)),
        "departments": len(loads(plan)),
        "errors": severities.count("error"),
        "warnings": severities.count("warning"),
    }


def frames(source: PlanSource) -> Frames:
    """The tables of every plan in ``source``, stacked, with a ``plan`` id column first.

    ``source`` is one plan, an iterable of plans, a mapping id → plan (to choose the ids), or
    the output of ``divplan parse`` on disk: a ``--format jsonl`` batch, a plan's ``.json``, a
    folder of them (or a list of such paths).  Otherwise :func:`plan_id` names each plan and a
    repeated id gets ``#2``, ``#3``… so that rows of different plans never share an id.  A file
    that cannot be read raises :class:`~divplan.errors.InputError`.
    """
    pandas = require_pandas()
    parts: dict[str, list[pd.DataFrame]] = {
        "items": [],
        "assignments": [],
        "workload": [],
        "diagnostics": [],
    }
    plan_rows = []
    for pid, plan in named_plans(source):
        plan_rows.append(_plan_row(pid, plan))
        for name, df in (
            ("items", items_frame(plan)),
            ("assignments", assignments_frame(plan)),
            ("workload", workload(plan).reset_index()),
            ("diagnostics", diagnostics_frame(plan)),
        ):
            df.insert(0, "plan", pid)
            parts[name].append(df)

    def stack(name: str, columns: tuple[str, ...]) -> pd.DataFrame:
        if not parts[name]:
            return empty_frame(("plan", *columns))
        return pandas.concat(parts[name], ignore_index=True)

    plans = pandas.DataFrame(plan_rows, columns=list(PLAN_COLUMNS))
    for col in ("items", "departments", "errors", "warnings"):
        plans[col] = plans[col].astype("int64")
    return Frames(
        items=stack("items", ITEM_COLUMNS),
        assignments=stack("assignments", ASSIGNMENT_COLUMNS),
        workload=stack("workload", ("department", *WORKLOAD_COLUMNS)),
        plans=plans,
        diagnostics=stack("diagnostics", DIAGNOSTIC_COLUMNS),
    )
