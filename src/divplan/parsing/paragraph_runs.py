"""Paragraph runs: a line that goes on the paragraph above it across what looks like a break.

Why a module of its own: :mod:`divplan.parsing.blocks` decides, line by line, whether a line
goes on the block above it; two layouts break the usual signs — a blank line between a group's
field lines (Main manuscript unit: A / blank / Meeting sign unit: B, C), and a paragraph whose
first line is set in and whose sentence ends there while its clause runs on, flush left, in a
hard-wrapped text.  Each rule here looks at the lines and blocks around one line only.

Guarantees: a line that opens with no label never joins a field paragraph; a flush line joins
an indented paragraph only in a hard-wrapped text, when it is long, opens with no label, goes
on itself, and the line under it is flush too (a new paragraph would be set in).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from divplan.parsing.cue_filters import says_nothing
from divplan.parsing.cues import starts_with_label
from divplan.parsing.field_wraps import left_open
from divplan.parsing.furniture import is_furniture
from divplan.parsing.hard_wraps import indent_of
from divplan.parsing.lines import Line

if TYPE_CHECKING:  # (blocks builds on this module)
    from divplan.parsing.blocks import Block


def field_paragraph(
    text: str, lines: list[Line], i: int, blocks: list[Block],
    item_closed: Callable[[int, int], bool] | None,
) -> bool:  # fmt: skip
    """Whether line ``i``, after a blank line, is a field of the paragraph above it.

    - Under a paragraph with no clause, right after a numbered item that a field line of its
      own closes (1. … / Responsible unit: A / Combine … / Responsible unit: B): the paragraph
      is an unnumbered task among the numbered ones and the line its clause, as the item's
      line is the item's (:func:`~divplan.parsing.item_runs.continues_item`).
    - Under a paragraph of field lines only (Main manuscript unit: A / blank / Meeting sign
      unit: B, C — a group's fields under its tasks, set a paragraph each), the line opening
      with a label and reading as a clause as the paragraph does: one more of its fields.

    A line whose field says there is none (Supporting units: none) counts as one reading as
    a clause: a field line naming no one.
    """
    line = lines[i]
    if item_closed is None or not blocks or not line.blank_before:
        return False
    if not starts_with_label(text, line.start, line.end) or is_furniture(
        text[line.start : line.end]
    ) or not (item_closed(line.start, line.end) or says_nothing(text[line.start : line.end])):
        return False  # (a field saying there is none, "Supporting units: none", is a field)
    para = blocks[-1]
    if para.kind == "text" and item_closed(para.start, para.end) and all(
        starts_with_label(text, lines[k].start, lines[k].end)
        for k in range(para.first, para.last + 1)
    ):
        return True
    above = blocks[-2] if len(blocks) > 1 else None
    return (
        above is not None
        and para.kind == "text"
        and above.kind == "item"
        and above.last > above.first
        and starts_with_label(text, lines[above.last].start, lines[above.last].end)
        and not item_closed(para.start, para.end)
    )


_GOES_ON_LEAST = 30  # a line going on an indented paragraph is this long: no issuer, no title


def indented_goes_on(
    text: str, lines: list[Line], i: int, block: Block, width: int | None
) -> bool:
    """Whether line ``i``, set flush left under ``block``, a paragraph of one indented line
    that closed a sentence, goes on with it in a hard-wrapped text whose paragraphs open
    indented ("    Formulate the opinions of the plan." / "Energy Saving … Department holds
    the spoon, Planning Department," / "Industrial Policy Department cooperate, …"): the
    sentence after the task's is its clause, cut by the width; a new paragraph is set in."""
    line, prev = lines[i], lines[i - 1]
    return (
        width is not None
        and block.first == block.last == i - 1
        and not line.blank_before
        and line.kind == "text"
        and indent_of(text, prev) >= 2
        and indent_of(text, line) == 0
        and line.end - line.start >= _GOES_ON_LEAST
        and not starts_with_label(text, line.start, line.end)
        and left_open(text, line, width)
        and i + 1 < len(lines)
        and indent_of(text, lines[i + 1]) == 0
        and not lines[i + 1].blank_before
    )


__all__ = ["field_paragraph", "indented_goes_on"]
