"""Large documents in bounded memory: a plan read part by part and written as it is read.

Why: a whole :class:`~divplan.models.Plan` costs some 40 bytes of Python objects per input byte,
so a 100 MB crawl dump held as one plan needs gigabytes.  :func:`iter_records` cuts the text into
parts of at least ``part_chars`` characters, parses each part with the ordinary pipeline, yields
its records and lets it go: memory depends on the part size, not on the document.

Records are dicts, one JSON line each in ``divplan stream``, told apart by ``record``:
``plan`` (``schema_version``, ``source``, ``language``, ``metadata``, ``title``: first, once),
``section`` / ``subsection`` (number, marker, title, span; a subsection names its ``section``),
``item`` (``section`` and ``subsection`` numbers, then every field of an item), ``unparsed`` and
``diagnostic``.  :func:`plan_from_records` builds the :class:`~divplan.models.Plan` back.

Guarantees:
- a text of at most ``part_chars`` characters is parsed whole: its records are the plan that
  :func:`divplan.parse` returns, field for field;
- a longer text is cut only at the start of a line that opens a section in the marker family
  of the plan's first section (一、, I., Part 1 …), or, in a plan without section headings, a
  line that opens an item in the family of its first item; a text with neither is parsed whole;
- every part is read with the date of the document, so names resolve as in a whole parse;
  section and subsection numbers, the positions of unnumbered items, every span and every
  diagnostic's line are carried over, so that records point into the text the user gave;
- what a part cannot see: a continuation paragraph or clause written after a cut belongs to
  the part it is in, and checks that compare items (a number written twice) run within a part;
  a later part's notice or trailer (the issuer and date after the plan) comes as ``trailing``
  unparsed records, since the plan record went out with the first part.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import chain, pairwise
from typing import TYPE_CHECKING, Any

from divplan.assemble import Numbering
from divplan.names.registry import Registry
from divplan.parsing.lines import split_lines
from divplan.records import SCHEMA_VERSION, Plan
from divplan.records_json import as_dict

if TYPE_CHECKING:
    from divplan import models

PART_CHARS = 1 << 20
"""Default least size of a part, in characters (a plan rarely exceeds it: parsed whole)."""

Record = dict[str, Any]


def _family(line: str) -> str | None:
    found = split_lines(line.strip() + "\n") if line.strip() else []
    return found[0].family if found else None


def _cut_family(first: Plan) -> str | None:
    """The marker family a part may begin with: the first section's, or the first item's."""
    for section in first.sections:
        if section.marker:
            return _family(section.marker + " x")
    for item in first.items():
        if item.marker:
            return _family(item.marker + " x")
    return None


def _next_cut(text: str, start: int, part_chars: int, family: str) -> int:
    """The first line start at or after ``start + part_chars`` opening a ``family`` marker."""
    pos = text.find("\n", start + part_chars - 1)
    while pos >= 0 and pos + 1 < len(text):
        line_end = text.find("\n", pos + 1)
        line = text[pos + 1 : line_end if line_end >= 0 else len(text)]
        if line.strip() and len(line) < 400 and _family(line) == family:
            return pos + 1
        pos = line_end
    return len(text)


def _shift(value: Any, chars: int, lines: int) -> Any:
    """A dumped record with every ``span`` moved by ``chars`` and every ``line`` by ``lines``.

    Scalars are copied without a call: this walk runs over every field of every record.
    """
    if type(value) is list:
        return [_shift(v, chars, lines) if type(v) in (dict, list) else v for v in value]
    if type(value) is not dict:
        return value
    out: dict[str, Any] = {}
    for key, v in value.items():
        kind = type(v)
        if kind is list:
            if len(v) == 2 and (key == "span" or key.endswith("_span")):
                out[key] = [v[0] + chars, v[1] + chars]
            else:
                out[key] = _shift(v, chars, lines) if v else v
        elif kind is dict:
            if key == "spans":
                out[key] = {k: [s[0] + chars, s[1] + chars] for k, s in v.items()}
            else:
                out[key] = _shift(v, chars, lines)
        elif key == "line" and kind is int:
            out[key] = v + lines
        else:
            out[key] = v
    return out


def _metadata_as_trailing(metadata: Record, text: str) -> Iterator[Record]:
    """The regions a later part read as notice or trailer (the issuer and date after the
    plan), as ``trailing`` unparsed records: nothing of the text is lost."""
    spans = [metadata.get("span"), *(metadata.get("spans") or {}).values()]
    merged: list[list[int]] = []
    for s, e in sorted(tuple(sp) for sp in spans if sp):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    for s, e in merged:
        yield {"record": "unparsed", "kind": "trailing", "text": text[s:e], "span": [s, e]}


def numbering_after(plan: Plan, seen: Numbering) -> Numbering:
    """What the parts up to and including ``plan`` numbered, ``seen`` counting those before."""
    out = replace(seen)
    for section in plan.sections:
        for sub in section.subsections:
            out.subsections = sub.number
        out.items += len(section.items) + sum(len(sub.items) for sub in section.subsections)
        out.sections = section.number
    return out


def head_record(plan: Plan, length: int, source: dict[str, Any] | None) -> Record:
    """The ``plan`` record, from the first part: the whole text's length and ``source``."""
    head = {k: as_dict(getattr(plan, k)) for k in ("source", "language", "metadata", "title")}
    head["source"].update({"length": length, **(source or {})})
    return {"record": "plan", "schema_version": SCHEMA_VERSION, **head}


def part_records(
    plan: Plan, part_text: str, chars: int, lines: int, seen: Numbering
) -> Iterator[Record]:
    """The records of one part (its text ``part_text``, which starts ``chars`` characters and
    ``lines`` lines into the whole text), spans and lines moved onto the whole text; ``seen``
    counts what the parts before it numbered."""
    raw = as_dict(plan)
    trailing = list(_metadata_as_trailing(raw["metadata"], part_text)) if chars else []
    dumped = _shift(raw, chars, lines)
    for section in dumped["sections"]:
        if section["number"] > seen.sections:  # else: the part went on with the last section
            head = {k: section[k] for k in ("number", "marker", "title", "span")}
            yield {"record": "section", **head}
        groups: list[tuple[int | None, list[Record]]] = [(None, section["items"])]
        for sub in section["subsections"]:
            head = {k: sub[k] for k in ("number", "marker", "title", "span")}
            yield {"record": "subsection", "section": section["number"], **head}
            groups.append((sub["number"], sub["items"]))
        for sub_no, items in groups:
            for item in items:
                yield {
                    "record": "item",
                    "section": section["number"],
                    "subsection": sub_no,
                    **item,
                }
    for record in trailing:  # a later part's notice or trailer: the plan record went out first
        yield _shift(record, chars, lines)
    for segment in dumped["unparsed"]:
        yield {"record": "unparsed", **segment}
    for diagnostic in dumped["diagnostics"]:
        yield {"record": "diagnostic", **diagnostic}


def _digest(text: str) -> str:
    h = hashlib.sha256()
    for at in range(0, len(text), PART_CHARS):  # no second copy of a large text
        h.update(text[at : at + PART_CHARS].encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def record_line(record: Record) -> str:
    """One record as a compact JSON line, newline included (``divplan stream``'s output)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def iter_records(
    text: str,
    *,
    registry: Registry | None = None,
    path: str | None = None,
    encoding: str = "utf-8",
    part_chars: int = PART_CHARS,
    source: dict[str, Any] | None = None,
    jobs: int = 1,
) -> Iterator[Record]:
    """The records of the plan in ``text``, part by part (see the module docstring).

    ``source`` overrides fields of the plan's ``source`` (``sha256`` of the bytes read,
    ``format``, ``size``), as :func:`divplan.parse_file` records them.  ``jobs`` > 1 reads
    that many parts at once in worker processes (:mod:`divplan.stream_jobs`): the same
    records, in the same order.
    """
    return _stream(text, registry, path, encoding, part_chars, source, jobs, lines=False)


def iter_jsonl(
    text: str,
    *,
    registry: Registry | None = None,
    path: str | None = None,
    encoding: str = "utf-8",
    part_chars: int = PART_CHARS,
    source: dict[str, Any] | None = None,
    jobs: int = 1,
) -> Iterator[str]:
    """:func:`iter_records` as JSON lines (:func:`record_line`), in chunks of whole lines.

    With ``jobs`` > 1 the workers write the lines, and a chunk is a whole part: the parent
    process only passes text on, so that it does not become the bottleneck.
    """
    return _stream(text, registry, path, encoding, part_chars, source, jobs, lines=True)


def _stream(
    text: str,
    registry: Registry | None,
    path: str | None,
    encoding: str,
    part_chars: int,
    source: dict[str, Any] | None,
    jobs: int,
    *,
    lines: bool,
) -> Iterator[Any]:
    from divplan.notice.resolution import resolution_date
    from divplan.pipeline import parse_part

    digest = (source or {}).get("sha256") or _digest(text)
    if text.startswith("\ufeff"):
        text = text[1:]
    registry = registry or Registry.default()

    workers = None
    if jobs > 1 and len(text) > part_chars:
        from divplan.stream_jobs import Job, Workers

        workers = Workers(jobs, Job(registry, encoding, digest, path, len(text), source, lines))
    try:
        cuts = [0, len(text)]
        date: str | None = None
        if len(text) > part_chars:
            line_end = text.find("\n", part_chars)
            probe = parse_part(
                text[: len(text) if line_end < 0 else line_end],
                encoding, digest, path, registry, None, None,
            )
            title = probe.title.text if probe.title else None
            date, family = resolution_date(probe.metadata, title), _cut_family(probe)
            del probe
            if family is not None:
                cuts = [0]
                while cuts[-1] < len(text):
                    cuts.append(_next_cut(text, cuts[-1], part_chars, family))
        parts = list(pairwise(cuts))
        if workers is not None and len(parts) > 1:
            yield from workers.records(text, parts, date)
            return
    finally:
        if workers is not None:
            workers.close()
    seen = Numbering()
    line_no = 0
    for start, end in parts:
        part_text = text[start:end]
        plan = parse_part(
            part_text, encoding, digest, path, registry,
            date if start else None, replace(seen) if start else None,
        )
        head = [head_record(plan, len(text), source)] if start == 0 else []
        for record in chain(head, part_records(plan, part_text, start, line_no, seen)):
            yield record_line(record) if lines else record
        seen = numbering_after(plan, seen)
        line_no += part_text.count("\n")
        del plan, part_text


def plan_from_records(records: Iterable[Record]) -> models.Plan:
    """The :class:`~divplan.models.Plan` that ``records`` (from :func:`iter_records`) describe."""
    head: Record | None = None
    sections: list[Record] = []
    subsections: dict[int, Record] = {}
    unparsed: list[Record] = []
    diagnostics: list[Record] = []
    for rec in records:
        kind = rec.get("record")
        body = {k: v for k, v in rec.items() if k != "record"}
        if kind == "plan":
            head = body
        elif kind == "section":
            sections.append({**body, "subsections": [], "items": []})
        elif kind == "subsection":
            sub = {k: v for k, v in body.items() if k != "section"}
            sub["items"] = []
            subsections[sub["number"]] = sub
            sections[-1]["subsections"].append(sub)
        elif kind == "item":
            sub_no = body.pop("subsection")
            body.pop("section")
            target = subsections[sub_no] if sub_no is not None else sections[-1]
            target["items"].append(body)
        elif kind == "unparsed":
            unparsed.append(body)
        elif kind == "diagnostic":
            diagnostics.append(body)
        else:
            raise ValueError(f"unknown record {kind!r}")
    if head is None:
        raise ValueError("no plan record: not the output of divplan stream")
    diagnostics.sort(key=lambda d: (d["span"][0], d["code"]))
    unparsed.sort(key=lambda u: u["span"][0])
    from divplan.models import Plan as PlanModel

    return PlanModel.model_validate(
        {
            **head,
            "schema_version": head.get("schema_version", SCHEMA_VERSION),
            "sections": sections,
            "unparsed": unparsed,
            "diagnostics": diagnostics,
        }
    )


def read_records(path: str | os.PathLike[str]) -> models.Plan:
    """The plan in a file written by ``divplan stream`` (one JSON record a line)."""
    with open(path, encoding="utf-8") as fh:
        return plan_from_records(json.loads(line) for line in fh if line.strip())


__all__ = [
    "PART_CHARS",
    "Record",
    "iter_jsonl",
    "iter_records",
    "plan_from_records",
    "read_records",
]
