"""Notice records: the notice the plan is sent with (:mod:`divplan.notice`) as the public
metadata record.

Why a module of its own: the notice reader finds the title, document number, issuer, date and
addressees in the normalised text; this maps each onto the text the user gave and resolves the
issuer, as :mod:`divplan.assemble` does for the plan's items.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from divplan.names.resolve import department
from divplan.notice import DocNumber as NoticeDocNumber
from divplan.notice import read_notice
from divplan.parsing.structure import Outline
from divplan.records import Department, DocNumber, Metadata

if TYPE_CHECKING:
    from divplan.assemble import Document


def _doc_number(ctx: Document, d: NoticeDocNumber) -> DocNumber:
    return DocNumber(
        text=d.text, issuer_code=d.issuer_code, year=d.year, serial=d.serial,
        normalized=d.normalized, span=ctx.span(*d.span),
    )  # fmt: skip


def metadata(ctx: Document, tree: Outline) -> Metadata:
    regions: list[tuple[int, int]] = []
    if tree.notice:
        regions.append((tree.notice[0].start, tree.notice[-1].end))
    if tree.trailer:
        regions.append((tree.trailer[0].start, tree.trailer[-1].end))
    if not regions:
        return Metadata()
    notice = read_notice(ctx.norm.text, regions)
    spans: dict[str, tuple[int, int]] = {}
    for key, fld in (
        ("title", notice.title),
        ("notice_title", notice.notice_title),
        ("date", notice.date),
        ("addressees", notice.addressees),
    ):
        if fld is not None:
            spans[key] = ctx.span(*fld.span)
    if tree.trailer:
        spans["trailer"] = ctx.span(tree.trailer[0].start, tree.trailer[-1].end)
    issuer: Department | None = None
    if notice.issuer is not None:
        at = notice.issuer.span
        issuer = department(ctx.clean(*at), ctx.span(*at), ctx.registry, None)
    return Metadata(
        title=ctx.clean(*notice.title.span) if notice.title else None,
        doc_number=_doc_number(ctx, notice.doc_number) if notice.doc_number else None,
        issuer=issuer,
        date=notice.date.text if notice.date else None,
        addressees=ctx.clean(*notice.addressees.span) if notice.addressees else None,
        references=[_doc_number(ctx, r) for r in notice.references],
        span=ctx.span(tree.notice[0].start, tree.notice[-1].end) if tree.notice else None,
        spans=spans,
    )


__all__ = ["metadata"]
