"""A small plan's reading in the gold's shape, for the layout tests of sealed rounds: each test
builds a plan in one layout of the genre under a minimal notice and compares rows."""

from __future__ import annotations

from typing import Any

import divplan

from gold_compare import reading

NOTICE_ZH = "某某关于印发某项工作任务分工方案的通知\n\n某某工作任务分工方案\n"
NOTICE_EN = "Circular on Issuing the Division of Tasks\n\nDivision of Tasks for the Opinions\n"


def plan_rows(text: str, path: str = "plan.txt") -> list[dict[str, Any]]:
    """The items of ``text`` parsed as a file named ``path``, as the golds write them."""
    plan = divplan.parse_bytes(text.encode("utf-8"), path=path)
    return reading(plan)["items"]


def bytes_rows(data: bytes, path: str) -> list[dict[str, Any]]:
    """The items of a file's bytes (a workbook built in the test) parsed as ``path``."""
    return reading(divplan.parse_bytes(data, path=path))["items"]


def kept_text(body: str, cuts: list[tuple[int, int]]) -> str:
    """``body`` without the spans ``cuts`` marks (sorted, none inside another)."""
    bounds = [0, *(x for cut in cuts for x in cut), len(body)]
    return "".join(body[bounds[k] : bounds[k + 1]] for k in range(0, len(bounds), 2))


def row_roles(row: dict[str, Any]) -> tuple[Any, ...]:
    """An item row's (mode, leads, participants, others, deadline)."""
    return row["mode"], row["leads"], row["participants"], row["others"], row["deadline"]


def section_markers(text: str) -> list[str | None]:
    """The markers of the sections ``text`` is read into."""
    return [s["marker"] for s in reading(divplan.parse(text))["sections"]]


__all__ = [
    "NOTICE_EN", "NOTICE_ZH", "bytes_rows", "kept_text", "plan_rows", "row_roles",
    "section_markers",
]
