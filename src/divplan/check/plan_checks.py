"""Checks: the findings a reviewer of a plan wants, computed from the parsed :class:`Plan`.

Kept apart from parsing so that the rules a CI pipeline enforces are in one readable place.
Every finding is a :class:`~divplan.models.Diagnostic` (codes in
:data:`divplan.check.diagnostics.CODES`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator

from divplan.check.diagnostics import Locator
from divplan.check.task_text import clause_in_task
from divplan.names.resolve import is_local
from divplan.notice.resolution import resolution_source
from divplan.parsing.lines import marker_number
from divplan.read.cells import SECTION_MARK
from divplan.records import Department, Diagnostic, Item, Plan


def _headings(plan: Plan, loc: Locator, continuing: bool) -> Iterable[Diagnostic]:
    """Section markers count 1, 2, 3 …; subsection markers continue or restart per section.

    A part of a large document (``continuing``) may open with any section number.
    """
    prev_sec: int | None = None if continuing else 0
    prev_sub: int | None = None
    for sec in plan.sections:
        if sec.marker is not None:
            n = marker_number(sec.marker)
            if prev_sec is None:
                prev_sec = (n - 1) if n is not None else 0
            if n is not None and n != prev_sec + 1:
                yield loc.make(
                    "DP103", f"section {sec.marker!r}: expected section {prev_sec + 1}", sec.span
                )
            prev_sec = n if n is not None else prev_sec + 1
        for i, sub in enumerate(sec.subsections):
            if sub.marker is None:
                continue
            n = marker_number(sub.marker)
            if n is None:
                continue
            if continuing and prev_sub is None:
                prev_sub = n - 1
            ok = {1} if i == 0 else set()
            ok.add((prev_sub or 0) + 1)
            if n not in ok:
                yield loc.make(
                    "DP103",
                    f"subsection {sub.marker!r}: expected {(prev_sub or 0) + 1}",
                    sub.span,
                )
            prev_sub = n


def _numbering(items: list[tuple[int, Item]], loc: Locator) -> Iterable[Diagnostic]:
    """Items are numbered continuously across the plan, or restart at 1 in each section."""
    prev: int | None = None
    prev_section: int | None = None
    for section, item in items:
        if not item.numbered:
            continue
        n = item.number
        if prev is not None:
            restart = section != prev_section and n == 1
            if not restart:
                if n > prev + 1:
                    missing = f"{prev + 1}" if n == prev + 2 else f"{prev + 1}-{n - 1}"
                    yield loc.make(
                        "DP101",
                        f"item numbering gap: expected {prev + 1}, found {n} (missing {missing})",
                        item.span,
                    )
                elif n <= prev:
                    what = "duplicated" if n == prev else "out of order"
                    yield loc.make(
                        "DP102", f"item number {n} {what} (previous item is {prev})", item.span
                    )
        prev, prev_section = n, section


_LOOSE = frozenset({"unresolved", "fuzzy", "translated"})  # (a name no row holds as written)


def _department(d: Department, role: str, item: Item, loc: Locator) -> Iterable[Diagnostic]:
    where = f"item {item.number}"
    if d.status in _LOOSE and _LIST_SIGN.search(_BRACKETED.sub("", d.mention)):
        yield loc.make(  # "Municipal Bureau of Agriculture, Finance": one name, or two?
            "DP212", f"{d.mention!r} ({role}, {where}) holds a list separator: one unit or more?",
            d.span,
        )
    if d.status == "unresolved":
        if is_local(d.mention):
            yield loc.make("DP209", f"local unit {d.mention!r} ({role}, {where})", d.span)
            return
        hint = f"; did you mean {', '.join(d.candidates)}?" if d.candidates else ""
        yield loc.make("DP202", f"unknown department {d.mention!r} ({role}, {where}){hint}", d.span)
    elif d.status == "ambiguous":
        yield loc.make(
            "DP203",
            f"ambiguous department {d.mention!r} ({where}): one of {', '.join(d.candidates)}",
            d.span,
        )
    else:
        if not d.in_period:
            yield loc.make(
                "DP204", f"{d.mention!r} ({d.id}) did not exist at the document's date", d.span
            )
        if d.status == "fuzzy":
            yield loc.make(
                "DP207", f"{d.mention!r} read as {d.id} ({d.name}), score {d.score}", d.span
            )


_LIST_SIGN = re.compile(r",\s|，|、|;|；")  # (not in brackets: 各县（市、区）)
_BRACKETED = re.compile(r"[（(][^（()）]*[）)]")
_OWN_DEPARTMENT = re.compile(r"^(?:the\s+)?Department\s+of\s+", re.IGNORECASE)


def _own_departments(items: list[Item], loc: Locator) -> Iterable[Diagnostic]:
    """A registry body read from a "Department of …" name, in a plan that also names
    "Department of …" bodies the registry does not know.

    Why: a ministry's plan names its own departments (Department of Comprehensive Planning,
    Department of Safety Supervision); among them "Department of Finance" or "Department of
    Science and Technology" is as likely the ministry's own department as the ministry that
    some translations call so.  The reading keeps the registry body, and says it may be wrong.
    """
    named = [d for i in items for d in (*i.responsibility.leads, *i.responsibility.participants)]
    own = next(
        (
            d.mention
            for d in named
            if d.id is None and _OWN_DEPARTMENT.match(d.mention) and not is_local(d.mention)
        ),
        None,
    )
    if own is None:
        return
    for d in named:
        if d.id and _OWN_DEPARTMENT.match(d.mention) and not _OWN_DEPARTMENT.match(d.name or ""):
            yield loc.make(
                "DP210",
                f"{d.mention!r} read as {d.id} ({d.name}), but the plan names departments of"
                f" its own ({own!r}): it may be one of them",
                d.span,
            )


# a line that opens with an item's marker, searched in "\n" + text (a pattern that opens with
# a character is searched for it; one that opens with ^ is tried at every position): the
# match's start in that string is the line's start in the text
_MARKED_LINE = re.compile(r"\n[ \t\u3000]*(?:\d{1,4}[.、．)）]|[(（]\d{1,3}[)）])(?P<rest>[^\n]*)")
# what makes it a task, four characters or more after the marker: a closing bracket at the
# line's end, or a field label
_CLOSING = re.compile(r"[)）][ \t\u3000。.;；]*$")
_TASK_LABEL = re.compile(
    r"(?:牵头|责任|配合|主责|协办)(?:单位|部门)[:：]|Lead[^\n:]{0,20}:", re.IGNORECASE
)


def _marked_tasks(text: str) -> Iterator[int]:
    """Where the lines that look like tasks (a marker, then a clause) start."""
    for m in _MARKED_LINE.finditer("\n" + text):
        rest = m.group("rest")
        if _CLOSING.search(rest, 4) or _TASK_LABEL.search(rest, 4):
            yield m.start()


def _unread_tasks(plan: Plan, loc: Locator, items: list[Item]) -> Iterable[Diagnostic]:
    """Lines built like tasks (a marker, then a closing bracket or a field label) that are
    not inside any item: the layout was not recognised, and the reading must not look clean."""
    spans = sorted(i.span for i in items)
    starts = [s for s, _ in spans]
    missed: list[int] = []
    for at in _marked_tasks(loc.text):
        k = bisect_right(starts, at) - 1
        if k < 0 or spans[k][1] <= at:
            missed.append(at)
    if len(missed) >= max(3, len(items) // 2):
        first = missed[0]
        yield loc.make(
            "DP404",
            f"{len(missed)} lines look like tasks (a marker and a clause) but are not items; "
            f"{len(items)} items were read",
            (first, first),
        )


_NUMBERED = re.compile(r"^[ \t\u3000]*\d{1,4}\s*[.、．)）|]\s*\S")  # an item's number, then words


def _plan_after_end(plan: Plan, loc: Locator) -> Iterable[Diagnostic]:
    """Text after where the plan was read to end that holds a heading's marker and numbered
    lines: the plan likely goes on in a layout not recognised, and its items would be lost in
    silence."""
    for seg in plan.unparsed:
        if seg.kind != "trailing":
            continue
        lines = seg.text.splitlines()
        headings = [ln for ln in lines if SECTION_MARK.match(ln)]
        numbered = [ln for ln in lines if _NUMBERED.match(ln)]
        if headings and len(numbered) >= 2:
            first = numbered[0].strip()[:60]
            yield loc.make(
                "DP303",
                f"text after the plan's end holds {len(headings)} heading(s) and "
                f"{len(numbered)} numbered lines, not read: {first!r}",
                seg.span,
            )


def check_plan(plan: Plan, loc: Locator, continuing: bool = False) -> list[Diagnostic]:
    """All findings about ``plan``; ``continuing``: a later part of a large document
    (:mod:`divplan.stream`), which has no notice of its own and opens on any section."""
    out: list[Diagnostic] = []
    numbered: list[tuple[int, Item]] = []
    for sec in plan.sections:
        for item in sec.items:
            numbered.append((sec.number, item))
        for sub in sec.subsections:
            for item in sub.items:
                numbered.append((sec.number, item))
    out.extend(_numbering(numbered, loc))
    out.extend(_headings(plan, loc, continuing))
    for _, item in numbered:
        resp = item.responsibility
        if not item.text.strip() and resp.mode is not None:  # (a field line read as an item)
            message = f"item {item.number} has no task text: its task stands elsewhere, unread"
            out.append(loc.make("DP213", message, item.span))
        if resp.mode is None and resp.span is not None:
            message = f"item {item.number}: clause not understood: {(resp.raw or '')[:80]!r}"
            out.append(loc.make("DP206", message, resp.span))
            continue
        if resp.mode is None:
            out.append(
                loc.make("DP201", f"item {item.number} has no responsibility clause", item.span)
            )
            continue
        for d in resp.leads:
            out.extend(_department(d, "lead", item, loc))
        for d in resp.participants:
            out.extend(_department(d, "participant", item, loc))
        if resp.participants and not resp.leads:
            out.append(
                loc.make(
                    "DP205", f"item {item.number}: participants but no lead", resp.span or item.span
                )
            )
    unmarked = [ss for s in plan.sections for ss in s.subsections if ss.marker is None]
    if len(unmarked) == 1:
        lone = unmarked[0]
        out.append(
            loc.make(
                "DP302", f"a short line read as a subsection heading: {lone.title!r}", lone.span
            )
        )
    for seg in plan.unparsed:
        if seg.kind == "other":
            first = seg.text.strip().splitlines()[0][:60] if seg.text.strip() else ""
            out.append(loc.make("DP301", f"text inside the plan not parsed: {first!r}", seg.span))
    out.extend(_unread_tasks(plan, loc, [item for _, item in numbered]))
    out.extend(_plan_after_end(plan, loc))
    out.extend(_own_departments([item for _, item in numbered], loc))
    out.extend(clause_in_task([item for _, item in numbered], loc))
    if continuing:
        pass
    elif not numbered:
        out.append(loc.make("DP401", "no items found: not a division-of-labour plan?", (0, 0)))
    else:
        md = plan.metadata
        anchor = md.span or (0, 0)
        if md.date is None:
            on, source = resolution_source(md, plan.title.text if plan.title else None)
            where = (
                f"; department names resolved for {on} (from the {source})"
                if on is not None and source != "notice"
                else "; department names resolved for the present"
            )
            out.append(loc.make("DP402", "notice has no date" + where, anchor))
        if md.doc_number is None:
            out.append(loc.make("DP403", "notice has no document number", anchor))
    return out
