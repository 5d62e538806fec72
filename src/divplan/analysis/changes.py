"""What :func:`divplan.compare` returns, and the forms it is read in.

Why it is separate from the comparison itself (:mod:`divplan.analysis.comparison`): the result is
what callers hold on to — :class:`ItemChange` per item of either plan, :class:`DepartmentChange`
per department, :class:`Comparison` with both — and how it is given (plain data and JSON for
tools, pandas frames for analysts, text for the terminal) is a separate concern from how items
are matched and departments mapped to their successors.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from divplan.analysis.extras import require_pandas

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped]

__all__ = ["Comparison", "DepartmentChange", "ItemChange", "ItemStatus"]

ItemStatus = Literal["unchanged", "reworded", "added", "removed"]

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class ItemChange:
    """One item of either plan: unchanged, reworded, added or removed, and its departments.

    ``old``/``new`` are positions (1-based, document order) in each plan.  Department keys of
    the old plan are given as written in it; the role changes of a matched pair are computed
    after mapping old departments to their successors, so a renamed department is no change.
    """

    status: ItemStatus
    old: int | None
    new: int | None
    old_number: int | None
    new_number: int | None
    similarity: float | None
    old_text: str | None
    new_text: str | None
    old_mode: str | None
    new_mode: str | None
    old_leads: tuple[str, ...] = ()
    old_participants: tuple[str, ...] = ()
    new_leads: tuple[str, ...] = ()
    new_participants: tuple[str, ...] = ()
    leads_added: tuple[str, ...] = ()
    leads_removed: tuple[str, ...] = ()
    participants_added: tuple[str, ...] = ()
    participants_removed: tuple[str, ...] = ()

    @property
    def responsibility_changed(self) -> bool:
        """A matched item whose mode or lead/participant sets differ (after succession)."""
        if self.status in ("added", "removed"):
            return False
        return bool(
            self.leads_added
            or self.leads_removed
            or self.participants_added
            or self.participants_removed
            or self.old_mode != self.new_mode
        )


@dataclass(frozen=True)
class DepartmentChange:
    """One department's workload in both plans, old plan counted under successor ids."""

    key: str
    name: str | None
    name_zh: str | None
    predecessors: tuple[str, ...]
    led_old: int
    joined_old: int
    led_new: int
    joined_new: int

    @property
    def total_old(self) -> int:
        """Items named on in the old plan."""
        return self.led_old + self.joined_old

    @property
    def total_new(self) -> int:
        """Items named on in the new plan."""
        return self.led_new + self.joined_new

    @property
    def delta(self) -> int:
        """Change in the number of items named on."""
        return self.total_new - self.total_old

    @property
    def status(self) -> Literal["new", "gone", "changed", "same"]:
        """new (only in the new plan), gone (only in the old), changed or same counts."""
        if self.total_old == 0:
            return "new"
        if self.total_new == 0:
            return "gone"
        same = (self.led_old, self.joined_old) == (self.led_new, self.joined_new)
        return "same" if same else "changed"


@dataclass(frozen=True)
class Comparison:
    """The result of :func:`compare`: item changes, department changes, succession used."""

    old_id: str
    new_id: str
    old_date: str | None
    new_date: str | None
    threshold: float
    items: list[ItemChange]
    departments: list[DepartmentChange]
    successors: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def _where(self, status: ItemStatus) -> list[ItemChange]:
        return [c for c in self.items if c.status == status]

    @property
    def added(self) -> list[ItemChange]:
        """Items only in the new plan."""
        return self._where("added")

    @property
    def removed(self) -> list[ItemChange]:
        """Items only in the old plan."""
        return self._where("removed")

    @property
    def reworded(self) -> list[ItemChange]:
        """Items matched with a different text."""
        return self._where("reworded")

    @property
    def unchanged(self) -> list[ItemChange]:
        """Items with the same text (their departments may still have changed)."""
        return self._where("unchanged")

    @property
    def responsibility_changes(self) -> list[ItemChange]:
        """Matched items whose mode, leads or participants changed."""
        return [c for c in self.items if c.responsibility_changed]

    def summary(self) -> dict[str, int]:
        """Counts of each kind of change."""
        return {
            "unchanged": len(self.unchanged),
            "reworded": len(self.reworded),
            "added": len(self.added),
            "removed": len(self.removed),
            "responsibility_changed": len(self.responsibility_changes),
        }

    def to_dict(self) -> dict[str, Any]:
        """Plain data (lists, not tuples) for JSON."""

        def item(c: ItemChange) -> dict[str, Any]:
            d = asdict(c)
            d["responsibility_changed"] = c.responsibility_changed
            return {k: list(v) if isinstance(v, tuple) else v for k, v in d.items()}

        def dept(c: DepartmentChange) -> dict[str, Any]:
            d = asdict(c)
            d["predecessors"] = list(c.predecessors)
            d.update(total_old=c.total_old, total_new=c.total_new, delta=c.delta, status=c.status)
            return d

        return {
            "old": {"id": self.old_id, "date": self.old_date},
            "new": {"id": self.new_id, "date": self.new_date},
            "threshold": self.threshold,
            "summary": self.summary(),
            "successors": {k: list(v) for k, v in self.successors.items()},
            "items": [item(c) for c in self.items],
            "departments": [dept(c) for c in self.departments],
        }

    def to_json(self, indent: int | None = 2) -> str:
        """:meth:`to_dict` as JSON (UTF-8 text, Chinese kept readable)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_text(self, width: int = 100) -> str:
        """A plain-text report for the terminal: summary, item changes, department table."""
        return _text(self, width)

    def _repr_html_(self) -> str:
        """What a notebook shows: the summary, the changed items and departments, as tables.

        Rendered by :func:`divplan.analysis.notebook.comparison_html` (imported here, on use:
        the notebook module renders templates, which a comparison made in a script never needs).
        """
        from divplan.analysis.notebook import comparison_html

        return comparison_html(self)

    def items_frame(self) -> pd.DataFrame:
        """The item changes as a pandas DataFrame (needs the ``analysis`` extra)."""
        rows = self.to_dict()["items"]
        return require_pandas().DataFrame(rows, columns=list(rows[0]) if rows else None)

    def departments_frame(self) -> pd.DataFrame:
        """The department changes as a pandas DataFrame indexed by key (``analysis`` extra)."""
        rows = self.to_dict()["departments"]
        df = require_pandas().DataFrame(rows, columns=list(rows[0]) if rows else ["key"])
        return df.set_index("key")


# ------------------------------------------------------------------------------ text output
def _short(text: str | None, width: int) -> str:
    t = _SPACE.sub(" ", text or "").strip()
    return t if len(t) <= width else t[: width - 1].rstrip() + "…"


def _roles(leads: tuple[str, ...], parts: tuple[str, ...]) -> str:
    s = "lead " + (", ".join(leads) or "—")
    return s + ("; with " + ", ".join(parts) if parts else "")


def _text(c: Comparison, width: int) -> str:
    s = c.summary()
    lines = [
        f"{c.old_id} ({c.old_date or 'undated'}) → {c.new_id} ({c.new_date or 'undated'})",
        f"items: {s['unchanged']} unchanged, {s['reworded']} reworded, {s['added']} added, "
        f"{s['removed']} removed; {s['responsibility_changed']} with responsibility changes",
    ]
    if c.successors:
        lines.append(
            "successors: " + "; ".join(f"{k} → {', '.join(v)}" for k, v in c.successors.items())
        )
    sections: list[tuple[str, list[str]]] = [
        (
            "added",
            [
                f"  + {x.new_number}  {_short(x.new_text, width - 10)}\n"
                f"       {_roles(x.new_leads, x.new_participants)}"
                for x in c.added
            ],
        ),
        (
            "removed",
            [
                f"  - {x.old_number}  {_short(x.old_text, width - 10)}\n"
                f"       {_roles(x.old_leads, x.old_participants)}"
                for x in c.removed
            ],
        ),
        (
            "reworded",
            [
                f"  ~ {x.old_number} → {x.new_number} ({x.similarity:.0f}%)\n"
                f"       old: {_short(x.old_text, width - 12)}\n"
                f"       new: {_short(x.new_text, width - 12)}"
                for x in c.reworded
            ],
        ),
        ("responsibility changes", [_resp_line(x) for x in c.responsibility_changes]),
    ]
    for title, body in sections:
        if body:
            lines += ["", f"{title}:", *body]
    changed = [d for d in c.departments if d.status != "same"]
    if changed:
        lines += ["", "departments (led/joined, old → new):"]
        for d in changed:
            via = f" (was {', '.join(d.predecessors)})" if d.predecessors else ""
            name = d.name or d.name_zh or ""
            lines.append(
                f"  {d.key:<10} {d.led_old:>3}/{d.joined_old:<3} → {d.led_new:>3}/{d.joined_new:<3}"
                f" {d.delta:+4d}  {_short(name, 45)}{via}"
            )
    return "\n".join(lines) + "\n"


def role_changes(x: ItemChange, minus: str = "-") -> list[str]:
    """What changed in an item's responsibility: ``mode a → b``, ``leads +X -Y`` …"""
    parts = []
    if x.old_mode != x.new_mode:
        parts.append(f"mode {x.old_mode} → {x.new_mode}")
    for what, added, removed in (
        ("leads", x.leads_added, x.leads_removed),
        ("participants", x.participants_added, x.participants_removed),
    ):
        if added or removed:
            parts.append(
                f"{what} "
                + " ".join([*(f"+{k}" for k in added), *(f"{minus}{k}" for k in removed)])
            )
    return parts


def _resp_line(x: ItemChange) -> str:
    return f"  * {x.old_number} → {x.new_number}: " + "; ".join(role_changes(x))
