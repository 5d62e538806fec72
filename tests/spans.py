"""Span helpers shared by the property tests and the corpus coverage tests.

Every ``span`` in divplan's output is ``[start, end)`` in code points of the decoded source
text, BOM removed (``plan.source.length`` long).  These helpers walk a whole :class:`Plan`
and check that promise, and compute which characters the plan's tree leaves unaccounted for.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from divplan.models import Plan

Span = tuple[int, int]


def _is_span(value: Any) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    )


def iter_spans(obj: Any, path: str = "plan") -> Iterator[tuple[str, Span]]:
    """Every span anywhere in ``obj`` (a model, list or dict), with a path naming it.

    Generic on purpose: fields a later schema version adds are walked too.  A field counts as
    a span when its name is ``span`` or ends in ``_span``, or when it is a value of a dict
    field named ``spans``.
    """
    if isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            value = getattr(obj, name)
            here = f"{path}.{name}"
            if (name == "span" or name.endswith("_span")) and value is not None:
                assert _is_span(value), f"{here} is not a span: {value!r}"
                yield here, value
            elif name == "spans" and isinstance(value, dict):
                for key, span in value.items():
                    assert _is_span(span), f"{here}[{key!r}] is not a span: {span!r}"
                    yield f"{here}[{key!r}]", span
            else:
                yield from iter_spans(value, here)
    elif isinstance(obj, (list, tuple)):
        for i, value in enumerate(obj):
            yield from iter_spans(value, f"{path}[{i}]")
    elif isinstance(obj, dict):
        for key, value in obj.items():
            yield from iter_spans(value, f"{path}[{key!r}]")


def bad_spans(plan: Plan, length: int | None = None) -> list[tuple[str, Span]]:
    """Spans that break ``0 <= start <= end <= length`` (default: ``plan.source.length``)."""
    n = plan.source.length if length is None else length
    return [(p, s) for p, s in iter_spans(plan) if not 0 <= s[0] <= s[1] <= n]


def coverage_spans(plan: Plan) -> list[Span]:
    """The spans that account for the source text: the tree, the notice, and what is left over.

    Section/subsection headings, items, the notice (``metadata.span``, ``metadata.spans``,
    the document number), the plan title and the unparsed segments.
    """
    out: list[Span] = []
    for sec in plan.sections:
        out.append(sec.span)
        out.extend(item.span for item in sec.items)
        for sub in sec.subsections:
            out.append(sub.span)
            out.extend(item.span for item in sub.items)
    md = plan.metadata
    if md.span is not None:
        out.append(md.span)
    out.extend(md.spans.values())
    if md.doc_number is not None:
        out.append(md.doc_number.span)
    if plan.title is not None:
        out.append(plan.title.span)
    out.extend(u.span for u in plan.unparsed)
    return out


def uncovered(text: str, plan: Plan) -> list[tuple[int, int, str]]:
    """Runs ``(start, end, text)`` of non-whitespace characters that no coverage span holds."""
    covered = bytearray(len(text) + 1)
    for s, e in coverage_spans(plan):
        for i in range(max(s, 0), min(e, len(text))):
            covered[i] = 1
    runs: list[tuple[int, int, str]] = []
    i = 0
    while i < len(text):
        if covered[i] or text[i].isspace():
            i += 1
            continue
        j = i
        while j < len(text) and not covered[j]:
            j += 1
        chunk = text[i:j].rstrip()
        runs.append((i, i + len(chunk), chunk))
        i = j
    return runs
