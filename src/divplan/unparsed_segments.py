"""The text of a plan that no span of its model holds: leading and trailing junk, stray
paragraphs inside the plan, page furniture — each an :class:`~divplan.records.Unparsed`
segment, so that every character of the input lies in some span or segment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from divplan.parsing.blocks import Block
from divplan.parsing.structure import Outline
from divplan.records import Unparsed

if TYPE_CHECKING:
    from divplan.assemble import Document


def _segment(ctx: Document, kind: str, start: int, end: int) -> Unparsed:
    s, e = ctx.span(ctx.norm.blanked_from(start), end)  # (a 【 the normaliser set as a space)
    return Unparsed(kind=kind, text=ctx.original[s:e], span=(s, e))  # type: ignore[arg-type,unused-ignore]


def unparsed(ctx: Document, tree: Outline) -> list[Unparsed]:
    out: list[Unparsed] = []
    if tree.leading:
        out.append(_segment(ctx, "leading", tree.leading[0].start, tree.leading[-1].end))
    strays: list[Block] = list(tree.others)
    for node in tree.sections:
        strays.extend(node.others)
        for sub in node.subsections:
            strays.extend(sub.others)
    for block in sorted(strays, key=lambda b: b.start):
        out.append(_segment(ctx, "other", block.start, block.end))
    if tree.trailing:
        out.append(_segment(ctx, "trailing", tree.trailing[0].start, tree.trailing[-1].end))
    for s, e in ctx.norm.pages:
        out.append(Unparsed(kind="page", text=ctx.original[s:e], span=(s, e)))
    out.sort(key=lambda u: u.span[0])
    return out


__all__ = ["unparsed"]
