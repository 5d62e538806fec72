"""A task whose own text ends like a responsibility clause, while its clause was read elsewhere.

Why: when a table's rows are cut at the wrong lines (a PDF printed from a spreadsheet, its
numbers centred in tall rows; cells one space apart), the units of one row spill into the task
text of another ("… households. Ministry leads; Human"), and the fields that row does have are
read as its clause.  The reading then looks whole and is wrong.  A task cell, and a task
paragraph before its fields, ends with the task's own words; when its last sentence holds a
role word of the lexicon next to a department-shaped name, the item says so (DP211), so that
the error is seen.  Tasks that describe a body led by another ("建立由发展改革委牵头的联席会议
制度。") end their last sentence with the task's own words and are not flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from divplan.check.diagnostics import Locator
from divplan.parsing.cues import ROLE_KINDS, scan
from divplan.parsing.name_edges import org_shaped
from divplan.records import Diagnostic, Item

_SENTENCE_END = re.compile(r"[。！？!?]|\.(?=\s)")  # (not ；/; which also part a clause)
_TAIL = 80  # the spilled words are a cell's last lines: this many characters at most


def _clause_tail(text: str) -> str | None:
    """The task text's last sentence, when it holds a role word next to a name."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text.rstrip())]
    tail = text[ends[-1] :].strip() if ends else ""
    if not tail or len(tail) > _TAIL:
        return None
    cues = [c for c in scan(tail) if c.kind in ROLE_KINDS]
    if not cues:
        return None
    before = tail[: cues[0].start]
    return tail if org_shaped(before) or org_shaped(tail[cues[-1].end :]) else None


def clause_in_task(items: Iterable[Item], loc: Locator) -> Iterable[Diagnostic]:
    """DP211 for each item whose clause was read, yet whose task text ends like one."""
    for item in items:
        resp = item.responsibility
        if resp.mode is None or resp.span is None or resp.span[0] < item.text_span[1]:
            continue  # (no clause, or one written before the task: its text is the task's)
        tail = _clause_tail(item.text)
        if tail is not None:
            yield loc.make(
                "DP211",
                f"item {item.number}: its task text ends like a responsibility clause ({tail!r});"
                " the table's rows or the item's fields may be misread",
                item.span,
            )


__all__ = ["clause_in_task"]
