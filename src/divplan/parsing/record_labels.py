"""Record labels: ``牵头单位 市规划局`` — a field's label and value set apart by a space.

Why: a table of one record per task (序号1 / 工作任务 … / 牵头单位 … / 配合单位 …), printed to PDF
or copied from Word, loses its cell borders: the label and its value stand on one line with
only a space between them, where the genre otherwise writes 牵头单位：.  When a document holds
several such lines, :func:`record_labels` rewrites each in place — the first space after the
label becomes ``:`` (same length, every character in its place) — so the clause reader reads
them as the labelled fields they are.  The labels are the table column names
(``read/table_headers.tsv``); one such line alone is no record layout and is left as written.
"""

from __future__ import annotations

import re

from divplan.read.table_headers import column_role

_LABEL_SPACE = re.compile(r"^([ \u3000]*)([\u3400-\u9fff]{2,6})([ \u3000]+)(?=\S)")
_FIELDS = frozenset({"task", "lead", "part", "resp", "deadline"})
_MIN_LINES = 2  # a record layout writes its labels again and again


def record_labels(lines: list[str]) -> dict[int, str]:
    """Line index → the line with its label's space turned into a colon (same length)."""
    found: dict[int, str] = {}
    fields = 0  # lines of a clause's field (a task label alone makes no record layout)
    for n, line in enumerate(lines):
        m = _LABEL_SPACE.match(line)
        role = column_role(m.group(2)) if m is not None else None
        if m is None or role not in _FIELDS:
            continue
        fields += role != "task"
        found[n] = line[: m.start(3)] + ":" + m.group(3)[1:] + line[m.end(3) :]
    return found if fields >= _MIN_LINES else {}


__all__ = ["record_labels"]
