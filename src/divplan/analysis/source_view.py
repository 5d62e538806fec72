"""The report's source view: the plan's text with items, clauses and departments marked.

Why it exists: the report shows the source text a plan was parsed from with every item, its
responsibility clause, its deadline and each department mention highlighted, and those spans
must become properly nested tags — including where a hand-made plan has spans that cross.  This
module decides *which* tags open and close *where*; the markup itself is written by the
templates (``templates/source.html.j2``, the ``open_tag`` macro of ``templates/macros.html.j2``),
which escape the text between the tags.

:class:`Tag` and :func:`dept_tag` are also what the report's item table shows a department
with, so a department looks and filters the same in the text and in the table.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from divplan.analysis.counting import PlacedItem, dept_key, label
from divplan.models import Department

__all__ = ["Mark", "Piece", "Tag", "dept_tag", "nest", "source_pieces"]


@dataclass(frozen=True)
class Tag:
    """An element to open: its name and its attributes in order (values are escaped on output)."""

    name: str
    attrs: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Mark:
    """A tag around ``text[start:end]``."""

    start: int
    end: int
    rank: int  # nesting order for marks that start together: item < clause < department
    tag: Tag


@dataclass(frozen=True)
class Piece:
    """A run of document text (``tag`` is None), or the opening or closing of a tag."""

    text: str = ""
    tag: Tag | None = None
    closing: bool = False


def dept_tag(d: Department, role: str, language: str | None) -> Tag:
    """The ``<span>`` a department mention or chip is shown in: role class, key, tooltip."""
    cls = f"dept {role}" + (" unresolved" if d.id is None else "")
    name = label(d, language)
    return Tag("span", (("class", cls), ("data-dept", dept_key(d)), ("title", f"{name} ({role})")))


def nest(text: str, marks: Iterable[Mark]) -> list[Piece]:
    """``text`` cut into pieces with the marks as properly nested tags.

    Marks are opened in (start, longest first, rank) order; a mark that would cross one already
    open (it starts inside and ends outside) is dropped rather than producing broken HTML —
    spans from the parser nest, so this only guards against hand-made plans.
    """
    ordered = sorted(
        (m for m in marks if 0 <= m.start < m.end <= len(text)),
        key=lambda m: (m.start, -m.end, m.rank),
    )
    out: list[Piece] = []
    stack: list[Mark] = []
    pos = 0

    def emit_to(end: int) -> None:
        nonlocal pos
        while stack and stack[-1].end <= end:
            top = stack.pop()
            if pos < top.end:
                out.append(Piece(text[pos : top.end]))
            out.append(Piece(tag=top.tag, closing=True))
            pos = top.end
        if pos < end:
            out.append(Piece(text[pos:end]))
            pos = end

    for m in ordered:
        emit_to(m.start)
        if stack and m.end > stack[-1].end:
            continue  # crosses the enclosing mark
        out.append(Piece(tag=m.tag))
        stack.append(m)
    emit_to(len(text))
    return out


def _marks(items: list[PlacedItem], language: str | None) -> list[Mark]:
    """Every item, clause, deadline and department mention of ``items`` as a mark."""
    marks: list[Mark] = []
    for p in items:
        it, r = p.item, p.item.responsibility
        pos = str(p.position)
        item = Tag("span", (("class", "item"), ("id", f"item-{pos}"), ("data-item", pos)))
        marks.append(Mark(it.span[0], it.span[1], 0, item))
        if r.span is not None:
            clause = Tag("mark", (("class", "clause"), ("data-mode", r.mode or "")))
            marks.append(Mark(r.span[0], r.span[1], 1, clause))
        if it.deadline is not None:
            deadline = Tag("span", (("class", "deadline"),))
            marks.append(Mark(it.deadline.span[0], it.deadline.span[1], 1, deadline))
        for role, depts in (("lead", r.leads), ("participant", r.participants)):
            for d in depts:
                marks.append(Mark(d.span[0], d.span[1], 2, dept_tag(d, role, language)))
    return marks


def source_pieces(text: str, items: list[PlacedItem], language: str | None) -> list[Piece]:
    """The source text of a plan with its items, clauses, deadlines and departments marked."""
    return nest(text, _marks(items, language))
