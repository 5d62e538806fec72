"""Emphasis: where the extracted text was set in bold (or underlined) in the source.

Why: a plan may set its lead bodies in bold and say so once (注：责任部门中以粗体标出的为牵头
部门; "Lead agencies are shown in bold").  Extracted text keeps no type style, so the readers
say where bold stood: each piece of extracted text names the source line it came from
(:class:`divplan.read.extracted.Segment`), and the bold runs of that line (``**财政部**``,
``<b>财政部</b>``, ``<strong>``, a ``font-weight: bold`` span) are found again in the piece.
:mod:`divplan.style_legends` reads a legend's lists by them.

A Word file's reader keeps the runs each paragraph or table row sets in bold or underlined
(:func:`styled_spans`: Word marks a lead body either way, and a legend says which).

Guarantees: spans are offsets of the extracted text, each the whole of a bold run found in the
piece its source line (a Word file's place) gave; a source with no bold mark gives none; a
bold run whose place the extracted text does not name (a sheet, a PDF) is not seen (the
legend's lists then stay read as shared, said, as before).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from divplan.read.extracted import Format, Segment

_MARKDOWN = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_HTML = re.compile(
    r"<(b|strong)\b[^>]*>(.*?)</\1\s*>"
    r"|<span\b[^>]*font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b[^>]*>(.*?)</span\s*>",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"<[^>]+>")
_LINE = re.compile(r"line (\d+)")


def bold_runs(line: str, fmt: Format) -> list[str]:
    """The text of each bold run of a source line, as the extracted text writes it."""
    if fmt == "markdown":
        return [(m.group(1) or m.group(2)).strip("*_ ") for m in _MARKDOWN.finditer(line)]
    out = []
    for m in _HTML.finditer(line):
        inner = m.group(2) if m.group(2) is not None else m.group(3)
        out.append(" ".join(html.unescape(_TAG.sub("", inner or "")).split()))
    return out


def bold_spans(
    source: str, fmt: Format, text: str, segments: Sequence[Segment]
) -> tuple[tuple[int, int], ...]:
    """The spans of ``text`` (extracted from ``source``) that the source sets in bold."""
    if fmt not in ("markdown", "html") or ("**" not in source and "__" not in source and (
        fmt != "html" or _HTML.search(source) is None
    )):
        return ()
    lines = source.split("\n")
    pieces: dict[int, list[Segment]] = {}  # a source line's pieces, in the text's order
    for seg in segments:
        m = _LINE.match(seg.where)
        if m is not None and 0 < int(m.group(1)) <= len(lines):
            pieces.setdefault(int(m.group(1)) - 1, []).append(seg)
    found: list[tuple[int, int]] = []
    for n, segs in pieces.items():
        k, at = 0, segs[0].start  # (a line's runs found in order: a page on one line holds
        for run in (r for r in bold_runs(lines[n], fmt) if r):  # many rows, a body bold in one
            for j in range(k, len(segs)):  # and plain in the next)
                hit = text.find(run, max(at, segs[j].start), segs[j].end)
                if hit >= 0:
                    found.append((hit, hit + len(run)))
                    k, at = j, hit + len(run)
                    break
    return tuple(sorted(found))


def styled_spans(
    styled: dict[str, list[str]], text: str, segments: Sequence[Segment]
) -> tuple[tuple[int, int], ...]:
    """The spans of ``text`` whose places (``segments``' names) set these runs in a style."""
    if not styled:
        return ()
    found: list[tuple[int, int]] = []
    done: dict[str, int] = {}  # a place's runs found so far (its rows may give several pieces)
    at_of: dict[str, int] = {}
    for seg in segments:
        runs = styled.get(seg.where)
        if not runs:
            continue
        k, at = done.get(seg.where, 0), max(at_of.get(seg.where, 0), seg.start)
        while k < len(runs):
            hit = text.find(runs[k], at, seg.end)
            if hit < 0:
                break
            found.append((hit, hit + len(runs[k])))
            at, k = hit + len(runs[k]), k + 1
        done[seg.where], at_of[seg.where] = k, at
    return tuple(sorted(found))


__all__ = ["bold_runs", "bold_spans", "styled_spans"]
