"""The analysis toolkit's long-standing import path: tables, workload, network, JSON, notebook.

Why it exists: :class:`~divplan.models.Plan`'s methods, the ``divplan`` package's lazy exports
(``divplan.read_json``, ``divplan.frames``), the command line and user code import these names
from ``divplan.analysis.tables``.  The work is done in modules of one job each, and this module
only re-exports them so that every one of those imports keeps working:

- :mod:`divplan.analysis.counting` — who is named on which item, counted in plain Python;
- :mod:`divplan.analysis.frames` — the pandas tables of one plan;
- :mod:`divplan.analysis.corpus_frames` — the same tables of many plans, and of the plans;
- :mod:`divplan.analysis.network` — the collaboration graph (networkx);
- :mod:`divplan.analysis.jsonio` — plans saved as JSON or JSON Lines, read back;
- :mod:`divplan.analysis.notebook` — the HTML a notebook shows for a plan;
- :mod:`divplan.analysis.extras` — pandas and networkx, imported on first use.

Nothing here imports pandas, networkx or jinja2: ``import divplan`` stays fast, and
:func:`read_json`, the HTML report and :func:`divplan.compare` work without the ``analysis``
extra.
"""

from __future__ import annotations

from divplan.analysis.corpus_frames import PLAN_COLUMNS, Frames, frames
from divplan.analysis.counting import (
    Assignment,
    Load,
    PlacedItem,
    Role,
    assignments,
    dept_key,
    label,
    loads,
    pairs,
    placed_items,
    plan_id,
)
from divplan.analysis.extras import require_networkx as _networkx
from divplan.analysis.extras import require_pandas as _pandas
from divplan.analysis.frames import (
    ASSIGNMENT_COLUMNS,
    DIAGNOSTIC_COLUMNS,
    ITEM_COLUMNS,
    WORKLOAD_COLUMNS,
    assignments_frame,
    diagnostics_frame,
    items_frame,
    workload,
)
from divplan.analysis.jsonio import read_json, read_jsonl
from divplan.analysis.network import network
from divplan.analysis.notebook import plan_html

__all__ = [
    "ASSIGNMENT_COLUMNS",
    "DIAGNOSTIC_COLUMNS",
    "ITEM_COLUMNS",
    "PLAN_COLUMNS",
    "WORKLOAD_COLUMNS",
    "Assignment",
    "Frames",
    "Load",
    "PlacedItem",
    "Role",
    "_networkx",
    "_pandas",
    "assignments",
    "assignments_frame",
    "dept_key",
    "diagnostics_frame",
    "frames",
    "items_frame",
    "label",
    "loads",
    "network",
    "pairs",
    "placed_items",
    "plan_html",
    "plan_id",
    "read_json",
    "read_jsonl",
    "workload",
]
