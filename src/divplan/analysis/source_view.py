"""The report's source view: the plan's text with items, clauses, departments and diagnostics
marked.

Why it exists: the report shows the source text a plan was parsed from with every item, its
responsibility clause, its deadline, each department mention (with how it matched) and each
diagnostic's span highlighted — the diagnostics list links to those spans, and items that need
review carry their reasons — and those spans must become properly nested tags, including where a
hand-made plan has spans that cross (a crossing diagnostic is left unmarked, and its link
with it).  This
module decides *which* tags open and close *where*; the markup itself is written by the
templates (``templates/source.html.j2``, the ``open_tag`` macro of ``templates/macros.html.j2``),
which escape the text between the tags.

:class:`Tag` and :func:`dept_tag` are also what the report's item table shows a department
with, so a department looks and filters the same in the text and in the table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from divplan.analysis.counting import PlacedItem, dept_key
from divplan.analysis.labels import labels
from divplan.analysis.review import mention_attrs
from divplan.models import Department, Diagnostic

__all__ = ["Mark", "Piece", "Tag", "anchored", "dept_tag", "nest", "source_pieces"]


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
    rank: int  # nesting for marks that start together: item < clause < department < diagnostic
    tag: Tag


@dataclass(frozen=True)
class Piece:
    """A run of document text (``tag`` is None), or the opening or closing of a tag."""

    text: str = ""
    tag: Tag | None = None
    closing: bool = False


def dept_tag(d: Department, role: str, language: str | None) -> Tag:
    """The ``<span>`` a department mention or chip is shown in: role class, key, status, details.

    The class says the role (and ``unresolved`` when there is no id); ``data-status`` is the
    review status the legend colours (:func:`~divplan.analysis.review.review_status`); the
    other attributes feed the detail card and the tooltip (:func:`mention_attrs`).
    """
    cls = f"dept {role}" + (" unresolved" if d.id is None else "")
    attrs = mention_attrs(d, role, language, labels(language))
    return Tag("span", (("class", cls), ("data-dept", dept_key(d)), *attrs))


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


_MARKED = ("inferred", "no-clause")  # item flags shown as a badge in the source view


def _item_tag(position: int, flags: tuple[str, ...], words: Mapping[str, str]) -> Tag:
    pos = str(position)
    attrs: tuple[tuple[str, str], ...] = (
        ("class", "item"),
        ("id", f"item-{pos}"),
        ("data-item", pos),
    )
    if flags:
        attrs += (("data-review", " ".join(flags)),)
        badge = [words["flag_" + f.replace("-", "_")] for f in flags if f in _MARKED]
        if badge:
            attrs += (("data-badge", "⚑ " + " · ".join(badge)),)
    return Tag("span", attrs)


def _diagnostic_marks(diagnostics: Iterable[Diagnostic], length: int) -> list[Mark]:
    """A mark per diagnostic (``#diag-<n>``, 1-based), innermost; an empty span gets a character."""
    marks = []
    for i, d in enumerate(diagnostics, 1):
        start, end = d.span
        if start == end and end < length:
            end += 1
        tag = Tag(
            "span",
            (
                ("class", f"diag {d.severity}"),
                ("id", f"diag-{i}"),
                ("data-diag", str(i)),
                ("title", f"{d.code}: {d.message}"),
            ),
        )
        marks.append(Mark(start, end, 3, tag))
    return marks


def anchored(pieces: Iterable[Piece]) -> set[int]:
    """The diagnostics (1-based) whose span is marked in ``pieces`` (a crossing one is not)."""
    return {
        int(value)
        for piece in pieces
        if piece.tag is not None and not piece.closing
        for name, value in piece.tag.attrs
        if name == "data-diag"
    }


def _marks(
    items: list[PlacedItem], language: str | None, flags: Mapping[int, tuple[str, ...]]
) -> list[Mark]:
    """Every item, clause, deadline and department mention of ``items`` as a mark."""
    marks: list[Mark] = []
    words = labels(language)
    for p in items:
        it, r = p.item, p.item.responsibility
        item = _item_tag(p.position, flags.get(p.position, ()), words)
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


def source_pieces(
    text: str,
    items: list[PlacedItem],
    language: str | None,
    flags: Mapping[int, tuple[str, ...]] | None = None,
    diagnostics: Iterable[Diagnostic] = (),
) -> list[Piece]:
    """The source text with its items, clauses, deadlines, departments and diagnostics marked.

    ``flags`` (:func:`~divplan.analysis.review.item_flags`) become each item's ``data-review``
    and, for a clause read by inference or missing, a badge; each diagnostic's span becomes an
    anchor ``#diag-<n>`` the diagnostics list links to.
    """
    marks = _marks(items, language, flags or {}) + _diagnostic_marks(diagnostics, len(text))
    return nest(text, marks)
