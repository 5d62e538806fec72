"""Group deadlines: a deadline on a line of its own after a group of tasks is the group's.

Why: some plans close each group of tasks with one deadline line instead of dating each task
(a table's full-width row 时间刻度：2016年6月底前 under its group of rows; 本组各项完成时限：… after
a group of numbered tasks; "Due for delivery: by the end of October 2011" after a cluster).
The reader joins such a line to the task right above it (:mod:`divplan.parsing.blocks`), so
that task has the deadline and the tasks before it in the group have none.  Only the model
stage sees the items in order, so the decision lives here.

Rules (after the items of a section or subsection are built; spans are the original text's):

- An item's deadline is *on a line of its own* when that line begins after the item's task
  text and holds only the deadline with its label (a few words and a colon) or brackets; and,
  unless its label says it is the group's, right under the line the task ends on (a task
  whose fields stand a line each, 牵头单位：… / 完成时限：…, dates itself or not at all).
- The *group* of such an item is the run of items right before it with no deadline, back to
  the start of its section or subsection, or an item with a deadline; and, unless its label
  says it is the group's, back to no blank line between two tasks when none stands between the
  task and its deadline line (the line holds to its task closer than the tasks to each other).
- A label holding scope words (``lexicon/deadline_scope.tsv``: 本组各项, "for this group") says
  the deadline is the group's: its items take it.
- Without them, a plan that writes its deadline lines after groups throughout — at least two
  such lines, half of them or more after a group of two tasks or more — has its groups take
  them too; a guess, said by a DP214 for every item that took one.  A plan that dates each
  task on a line of its own (most runs empty) is left as it is.

Guarantee: no item's own deadline is replaced; only items with none take one, and each such
item is returned with the item whose line it took.
"""

from __future__ import annotations

import re
from functools import cache

from divplan.parsing.clause_text import simplify
from divplan.parsing.lexicon_files import lang_patterns
from divplan.records import Item, Section

_LABEL_LONGEST = {"zh": 16, "en": 48}  # a label's words before the deadline, at most
_EDGE = "()（）[]【】 \t\u3000。.；;，,"
_CJK = re.compile(r"[\u3400-\u9fff]")
_BLANK = re.compile(r"\n[ \t\u3000]*\n")


@cache
def _scope(lang: str) -> re.Pattern[str]:
    return re.compile("|".join(lang_patterns("deadline_scope.tsv")[lang]), re.IGNORECASE)


def own_line_label(original: str, item: Item) -> str | None:
    """The label of ``item``'s deadline when the deadline stands on a line of its own after the
    task and its clause (``""`` when it has no label: a bracket or a bare date), else None."""
    if item.deadline is None:
        return None
    start, end = item.deadline.span
    line_start = original.rfind("\n", 0, start) + 1
    line_end = original.find("\n", end)
    line_end = len(original) if line_end < 0 else line_end
    if line_start < item.text_span[1] or line_start <= item.text_span[0]:
        return None  # (the task's own line: its deadline in a bracket or field after it)
    between = original[item.text_span[1] : line_start]
    if sum(between.count(c) for c in "(（") > sum(between.count(c) for c in ")）"):
        return None  # (a clause's bracket a line end cut: （A负责；⏎2024年9月底前）)
    label = original[line_start:start].strip(_EDGE)
    rest = original[end:line_end].strip(_EDGE)
    lang = "zh" if _CJK.search(label + original[start:end]) else "en"
    if rest.strip("完成") or len(label) > _LABEL_LONGEST[lang]:
        return None
    if label and not label.endswith((":", "：")):
        return None
    return label


def _under_task_line(original: str, item: Item) -> bool:
    """Whether ``item``'s deadline line stands right under the line its task ends on (the task
    and its clause one line or row, the deadline the next): no field line of the task's own
    between them, as a plan writing each task's fields a line each has (牵头单位：… / 配合单位：…
    / 完成时限：…, where a task without its 完成时限 line has no deadline)."""
    assert item.deadline is not None
    line_start = original.rfind("\n", 0, item.deadline.span[0]) + 1
    above = original.rfind("\n", 0, max(0, line_start - 1)) + 1
    return item.text_span[1] >= above


def _blank_between(original: str, start: int, end: int) -> bool:
    """Whether a blank line stands between ``start`` and ``end``."""
    return _BLANK.search(original, start, max(start, end)) is not None


def _scoped(label: str) -> bool:
    lang = "zh" if _CJK.search(label) else "en"
    words = simplify(label) if lang == "zh" else label
    return bool(label) and _scope(lang).search(words) is not None


def _runs(items: list[Item], original: str) -> list[tuple[int, list[int], bool]]:
    """Each item whose deadline stands on its own line: (its index, the indexes of the items
    with no deadline right before it, whether its label says it is the group's)."""
    out: list[tuple[int, list[int], bool]] = []
    for k, item in enumerate(items):
        label = own_line_label(original, item)
        if label is None:
            continue
        scoped = _scoped(label)
        if not (scoped or _under_task_line(original, item)):
            continue
        assert item.deadline is not None
        apart = _blank_between(original, item.text_span[1], item.deadline.span[0])
        run: list[int] = []
        j = k - 1
        while j >= 0 and items[j].deadline is None and (
            scoped or apart or not _blank_between(original, items[j].span[1], items[j + 1].span[0])
        ):  # (tasks a blank line apart, the deadline line close under one: that task's own)
            run.insert(0, j)
            j -= 1
        out.append((k, run, scoped))
    return out


def apply_group_deadlines(
    sections: list[Section], original: str
) -> list[tuple[str, Item, bool]]:
    """Give each group's items the deadline of the line that closes the group, in place (see
    the module's rules); returns (note, the item that took it, whether a guess)."""
    lists = [sec.items for sec in sections]
    lists += [sub.items for sec in sections for sub in sec.subsections]
    runs = [(items, run) for items in lists for run in _runs(items, original)]
    lines = len(runs)
    grouped = sum(1 for _, (_, run, _) in runs if run)
    layout = grouped >= 2 and grouped * 2 >= lines  # (two groups at least: one task without
    # its deadline line before another's is no layout)
    notes: list[tuple[str, Item, bool]] = []
    for items, (k, run, scoped) in runs:
        if not (scoped or layout):
            continue
        closing = items[k]
        for j in run:
            items[j] = items[j].replace(deadline=closing.deadline)
            how = "its label says so" if scoped else "the plan closes its groups so"
            notes.append(
                (
                    f"item {items[j].number}: no deadline of its own: the deadline line after"
                    f" item {closing.number}, which closes the group, was applied ({how})",
                    items[j],
                    not scoped,
                )
            )
    return notes


__all__ = ["apply_group_deadlines", "own_line_label"]
