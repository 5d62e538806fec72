"""Analysis: the tables, workload and collaboration network analysts ask of a plan.

The questions are always the same — which department carries the most tasks, who leads and who
only takes part, who works with whom — so they are answered here once, in the shapes analysts
use: pandas frames (a wide one row per item, a long one row per item × department × role that
pivots well) and a networkx graph.

Why the layering: the counting is done in plain Python (:func:`assignments`, :func:`loads`,
:func:`pairs`) and only wrapped into pandas/networkx at the end.  pandas and networkx are an
optional extra (``pip install 'divplan[analysis]'``) and are imported inside the functions that
return their objects, so ``import divplan`` stays fast and :func:`read_json`, the HTML report
and :func:`divplan.compare` work without them.

A department is identified by its *key*: the registry id when the mention resolved, else
``"?"`` followed by the mention as written — the convention of the gold files, so that local
units (市财政局) and unknown bodies are counted rather than silently dropped.
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from divplan.errors import InputError, read_bytes
from divplan.models import Department, Item, Plan

if TYPE_CHECKING:
    import networkx as nx  # type: ignore[import-untyped]
    import pandas as pd  # type: ignore[import-untyped]

__all__ = [
    "ASSIGNMENT_COLUMNS",
    "ITEM_COLUMNS",
    "WORKLOAD_COLUMNS",
    "Assignment",
    "Frames",
    "Load",
    "PlacedItem",
    "assignments",
    "assignments_frame",
    "dept_key",
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
    "workload",
]

Role = Literal["lead", "participant"]

_EXTRA_HINT = "pip install 'divplan[analysis]'"


def _pandas() -> Any:
    """pandas, or an ImportError that says which extra provides it."""
    try:
        import pandas
    except ImportError as exc:  # pragma: no cover - the test environment has the extra
        raise ImportError(f"this needs pandas: {_EXTRA_HINT}") from exc
    return pandas


def _networkx() -> Any:
    """networkx, or an ImportError that says which extra provides it."""
    try:
        import networkx
    except ImportError as exc:  # pragma: no cover - the test environment has the extra
        raise ImportError(f"this needs networkx: {_EXTRA_HINT}") from exc
    return networkx


# ------------------------------------------------------------------------------ plain-Python core
def dept_key(d: Department) -> str:
    """The key a department is counted under: its id, or ``?`` + the mention (gold convention)."""
    return d.id if d.id else "?" + d.mention


def label(d: Department, language: str | None = None) -> str:
    """A human name for a department in the plan's language (the mention when unresolved)."""
    if d.id is None:
        return d.mention
    if language and language.startswith("zh"):
        return d.name_zh or d.name or d.id
    return d.name or d.name_zh or d.id


def _names(d: Department) -> tuple[str | None, str | None]:
    """English and Chinese names; an unresolved mention stands in for the one in its script."""
    if d.id is not None:
        return d.name, d.name_zh
    if any("\u3400" <= c <= "\u9fff" for c in d.mention):
        return None, d.mention
    return d.mention, None


@dataclass(frozen=True)
class PlacedItem:
    """An item with where it sits: its position in document order, its section, subsection.

    Item numbers may restart per section or be absent, so ``position`` (1-based, document order)
    is the key that joins the tables.
    """

    position: int
    section: int
    section_title: str | None
    subsection: int | None
    subsection_title: str | None
    item: Item


def placed_items(plan: Plan) -> list[PlacedItem]:
    """Every item of ``plan`` in document order, with its position, section and subsection."""
    out: list[PlacedItem] = []
    for sec in plan.sections:
        groups: list[tuple[int | None, str | None, list[Item]]] = [(None, None, sec.items)]
        groups += [(sub.number, sub.title, sub.items) for sub in sec.subsections]
        for sub_no, sub_title, its in groups:
            for it in its:
                out.append(PlacedItem(len(out) + 1, sec.number, sec.title, sub_no, sub_title, it))
    return out


@dataclass(frozen=True)
class Assignment:
    """One department in one role on one item: a row of the long table."""

    position: int
    section: int
    subsection: int | None
    number: int
    mode: str | None
    role: Role
    key: str
    department: Department


def assignments(plan: Plan) -> list[Assignment]:
    """Item × department × role, in document order, leads before participants.

    A department appears at most once per item; if a mention were both lead and participant the
    lead role wins (the pipeline already drops such participants; this keeps counts exact for
    plans built by hand).
    """
    out: list[Assignment] = []
    for p in placed_items(plan):
        r = p.item.responsibility
        seen: set[str] = set()
        roles: tuple[tuple[Role, list[Department]], ...] = (
            ("lead", r.leads),
            ("participant", r.participants),
        )
        for role, depts in roles:
            for d in depts:
                key = dept_key(d)
                if key in seen:
                    continue
                seen.add(key)
                out.append(
                    Assignment(
                        p.position,
                        p.section,
                        p.subsection,
                        p.item.number,
                        r.mode,
                        role,
                        key,
                        d,
                    )
                )
    return out


@dataclass
class Load:
    """One department's share of a plan: the items it leads and the items it joins."""

    key: str
    department: Department
    led: list[int] = field(default_factory=list)  # item positions
    joined: list[int] = field(default_factory=list)

    @property
    def total(self) -> int:
        """Items the department is named on, in either role."""
        return len(self.led) + len(self.joined)


def loads(plan: Plan) -> list[Load]:
    """Per-department workload, busiest first (total, then led, then key for a stable order)."""
    by_key: dict[str, Load] = {}
    for a in assignments(plan):
        load = by_key.setdefault(a.key, Load(a.key, a.department))
        (load.led if a.role == "lead" else load.joined).append(a.position)
    return sorted(by_key.values(), key=lambda x: (-x.total, -len(x.led), x.key))


def pairs(plan: Plan, *, directed: bool = False) -> dict[tuple[str, str], int]:
    """Co-assignment counts: how many items each pair of departments shares.

    Undirected: every pair named on the same item, in either role, keyed in sorted order.
    Directed: ``(lead, participant)`` pairs only — co-leads have no direction and appear only
    in the undirected counts.
    """
    by_item: dict[int, tuple[list[str], list[str]]] = {}
    for a in assignments(plan):
        leads, parts = by_item.setdefault(a.position, ([], []))
        (leads if a.role == "lead" else parts).append(a.key)
    out: dict[tuple[str, str], int] = {}
    for leads, parts in by_item.values():
        if directed:
            found = [(lead, part) for lead in leads for part in parts]
        else:
            found = [(a, b) for a, b in combinations(sorted(leads + parts), 2)]
        for pair in found:
            out[pair] = out.get(pair, 0) + 1
    return out


# ------------------------------------------------------------------------------ pandas frames
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

_NULLABLE_INT = ("subsection", "clause_start", "clause_end", "deadline_start", "deadline_end")


def _frame(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    """A frame with fixed columns and dtypes, also when there are no rows.

    Nullable columns get pandas' nullable ``Int64`` so that a subsection number stays an
    integer (not 3.0) where some items have none.
    """
    pd = _pandas()
    df = pd.DataFrame(rows, columns=list(columns))
    for col in _NULLABLE_INT:
        if col in df.columns:
            df[col] = df[col].astype("Int64")
    return df


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


def network(plan: Plan, *, directed: bool = False) -> nx.Graph:
    """Departments as nodes; an edge per pair assigned to the same item, weighted by count.

    ``directed=True`` gives a ``DiGraph`` with an edge lead → participant for each item where
    one leads and the other takes part (co-leads have no direction and are left out).  Every
    department of the plan is a node (isolated ones too), with attributes ``id``, ``name``,
    ``name_zh``, ``mention``, ``led``, ``joined``, ``total``.
    """
    nx_ = _networkx()
    g = nx_.DiGraph() if directed else nx_.Graph()
    for ld in loads(plan):
        d = ld.department
        g.add_node(
            ld.key,
            id=d.id,
            name=d.name,
            name_zh=d.name_zh,
            mention=d.mention,
            led=len(ld.led),
            joined=len(ld.joined),
            total=ld.total,
        )
    for (a, b), weight in sorted(pairs(plan, directed=directed).items()):
        g.add_edge(a, b, weight=weight)
    return g


# ------------------------------------------------------------------------------ corpus level
def plan_id(plan: Plan, index: int = 0) -> str:
    """A short id for a plan in a corpus: the file name without its last suffix.

    ``data/raw/sme-division-plan-2012.en.txt`` → ``sme-division-plan-2012.en``, the same stem
    as its JSON in ``data/structured``; else the normalised document number; else ``plan<N>``.
    """
    if plan.source.path:
        return Path(plan.source.path).stem
    if plan.metadata.doc_number and plan.metadata.doc_number.normalized:
        return plan.metadata.doc_number.normalized
    return f"plan{index + 1}"


@dataclass(frozen=True)
class Frames:
    """The tables of many plans, concatenated, each with a ``plan`` column first."""

    items: pd.DataFrame
    assignments: pd.DataFrame
    workload: pd.DataFrame


def frames(plans: Iterable[Plan] | Mapping[str, Plan]) -> Frames:
    """Concatenate items, assignments and workload tables of many plans, with a plan id.

    Give a mapping to choose the ids; otherwise :func:`plan_id` names each plan and a repeated
    id gets ``#2``, ``#3``… so that rows of different plans never share an id.
    """
    pandas = _pandas()
    named: list[tuple[str, Plan]]
    if isinstance(plans, Mapping):
        named = [(str(k), v) for k, v in plans.items()]
    else:
        named = []
        used: dict[str, int] = {}
        for i, plan in enumerate(plans):
            base = plan_id(plan, i)
            used[base] = used.get(base, 0) + 1
            named.append((base if used[base] == 1 else f"{base}#{used[base]}", plan))

    def stack(parts: list[pd.DataFrame], columns: tuple[str, ...]) -> pd.DataFrame:
        if not parts:
            return _frame([], ("plan", *columns))
        return pandas.concat(parts, ignore_index=True)

    items_parts: list[pd.DataFrame] = []
    assign_parts: list[pd.DataFrame] = []
    work_parts: list[pd.DataFrame] = []
    for pid, plan in named:
        for parts, df in (
            (items_parts, items_frame(plan)),
            (assign_parts, assignments_frame(plan)),
            (work_parts, workload(plan).reset_index()),
        ):
            df.insert(0, "plan", pid)
            parts.append(df)
    return Frames(
        items=stack(items_parts, ITEM_COLUMNS),
        assignments=stack(assign_parts, ASSIGNMENT_COLUMNS),
        workload=stack(work_parts, ("department", *WORKLOAD_COLUMNS)),
    )


def read_json(path: str | os.PathLike[str]) -> Plan:
    """Load a plan saved as JSON (``divplan parse`` output) back into the models.

    ``parse → model_dump_json → read_json`` gives an equal :class:`~divplan.models.Plan`.
    A file that cannot be read, is not JSON, or is not a divplan plan raises
    :class:`~divplan.errors.InputError` with a one-line reason, like unreadable text input.
    """
    from pydantic import ValidationError

    name = os.fspath(path)
    data = read_bytes(name)
    try:
        return Plan.model_validate_json(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "top level"
        kind = "not valid JSON" if first.get("type") == "json_invalid" else "not a divplan plan"
        raise InputError(name, f"{kind} ({where}: {first.get('msg', '')})") from None


# ------------------------------------------------------------------------------ Jupyter
_REPR_ROWS = 60
_REPR_TEXT = 90


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _chips(depts: list[Department], language: str | None) -> str:
    return ", ".join(
        f'<span title="{html.escape(label(d, language))}">{html.escape(dept_key(d))}</span>'
        for d in depts
    )


def plan_html(plan: Plan) -> str:
    """A compact HTML table of the plan for Jupyter: one row per item, departments as ids.

    Plain Python and escaped throughout (document text is data, never markup); long plans
    are cut after a few dozen rows with a count of what was left out.
    """
    esc = html.escape
    items = placed_items(plan)
    n_depts = len(loads(plan))
    title = plan.title.text if plan.title else plan.metadata.title or plan_id(plan)
    facts = [f"{len(items)} items", f"{n_depts} departments"]
    if plan.metadata.doc_number:
        facts.insert(0, plan.metadata.doc_number.text)
    if plan.metadata.date:
        facts.insert(1 if plan.metadata.doc_number else 0, plan.metadata.date)
    errors = sum(1 for d in plan.diagnostics if d.severity == "error")
    if errors:
        facts.append(f"{errors} errors")
    rows = []
    for p in items[:_REPR_ROWS]:
        it, r = p.item, p.item.responsibility
        where = f"{p.section}" + (f".{p.subsection}" if p.subsection is not None else "")
        rows.append(
            "<tr>"
            f"<td>{it.number}</td><td>{esc(where)}</td>"
            f'<td style="text-align:left" title="{esc(it.text)}">'
            f"{esc(_short(it.text, _REPR_TEXT))}</td>"
            f"<td>{esc(r.mode or '—')}</td>"
            f"<td>{_chips(r.leads, plan.language)}</td>"
            f"<td>{_chips(r.participants, plan.language)}{' …' if r.others else ''}</td>"
            f"<td>{esc(it.deadline.text) if it.deadline else ''}</td>"
            "</tr>"
        )
    more = ""
    if len(items) > _REPR_ROWS:
        more = f"<p>… and {len(items) - _REPR_ROWS} more items (see <code>items_frame()</code>)</p>"
    return (
        '<div class="divplan-plan">'
        f"<strong>{esc(title)}</strong><br><small>{esc(' · '.join(facts))}</small>"
        "<table><thead><tr><th>#</th><th>§</th><th>item</th><th>mode</th><th>lead</th>"
        "<th>participants</th><th>deadline</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>{more}</div>"
    )
