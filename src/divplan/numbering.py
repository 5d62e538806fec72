"""Numbering across the parts of a large document: how many sections, subsections and items
the parts before one numbered, so that it goes on from there (:mod:`divplan.stream`).

Why a module of its own: the numbers follow from a part's outline alone, before its models
are built (:mod:`divplan.stream_jobs` sends them on while the part is assembled).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from divplan.parsing.structure import Outline


@dataclass
class Numbering:
    """How many sections, subsections and items came before: 0 for a whole document.

    A part of a large document (:mod:`divplan.stream`) goes on with the numbers of the parts
    before it, and a part that opens without a heading goes on with the last section.
    """

    sections: int = 0
    subsections: int = 0
    items: int = 0


def numbering_of(tree: Outline, before: Numbering | None = None) -> Numbering:
    """What the parts up to this one numbered, from its outline alone, as :func:`sections`
    numbers it: the next part goes on from here before this one's models are built."""
    before = before or Numbering()
    out = replace(before)
    if tree.sections:
        opens_inside = before.sections and tree.sections[0].block is None
        out.sections = before.sections - (1 if opens_inside else 0) + len(tree.sections)
    for node in tree.sections:
        out.subsections += len(node.subsections)
        out.items += len(node.items) + sum(len(sub.items) for sub in node.subsections)
    return out


__all__ = ["Numbering", "numbering_of"]
