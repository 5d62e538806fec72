"""Style legends: a note that a type style the text does not keep marks the lead.

Why: a table may set its lead body in bold and say so once (说明：「责任部门」一栏中加粗者为
牵头部门; "Lead agencies are shown in bold").  Text read from a page, a sheet or a Markdown file
keeps no type style, so the lead cannot be told from the others: such a list reads as shared.
That is a guess, and an error nobody sees is the worst outcome — so every item whose reading
shares the task among two bodies or more (or one and unnamed others), under such a note, is
marked ``inferred`` and said (DP208).  The notes' wordings are data
(``parsing/lexicon/style_legends.tsv``).

Guarantees: the text is searched once; nothing is changed when no note is found; only the
reading status of shared lists changes, never who is read — except where the reader saw the
style (bold in Markdown and HTML, :mod:`divplan.read.emphasis`): there the bodies set in bold
lead (:func:`bold_leads`), said.  A plain text that cannot show bold may set the lead in
capitals and say so on the note's line ("lead units are set in capitals": the ``capitals``
words of the data file); those capitals are seen in any text, as bold is in a page.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from divplan.check.diagnostics import Locator
from divplan.parsing.clause_text import simplify
from divplan.parsing.lexicon_files import (
    lang_regexes,
    lang_searches,
    row_words,
    trigger_windows,
)
from divplan.records import Department, Item, Plan, Section

_SHARED = ("joint", "resp")
_CAPITALS = re.compile(r"(?<![A-Za-z])[A-Z]{2,}(?:[ \-&',]+[A-Z]{2,})+(?![A-Za-z])")  # (two words)


def legend_note(name: str, text: str, *, unwrapped: bool = False) -> re.Match[str] | None:
    """The first note the rows of ``lexicon/<name>`` find in ``text`` — the one search every
    legend pass makes: Chinese rows on the simplified text (same length, same offsets; with
    ``unwrapped``, its line ends dropped: a note a page's width cut), English rows on the text
    itself; none without the file's trigger word (most plans hold no legend: no search); rows
    that open with Chinese characters are searched through their gate (:func:`lang_searches`)."""
    windows = trigger_windows(name, text)  # (the trigger words found once: none, no search;
    if windows == []:  # a Chinese row's words hold a Chinese trigger, found as anywhere)
        return None
    for lang, pattern in lang_searches(name).items():
        if lang != "zh":  # (only near a trigger word's line: :func:`trigger_windows`)
            plain = lang_regexes(name)[lang]  # (the windows are the gate: no second one)
            for a, b in [(0, len(text))] if windows is None else windows:
                if (m := plain.search(text, a, b)) is not None:
                    return m
            continue
        subject = simplify(text)
        m = pattern.search(subject.replace("\n", "") if unwrapped else subject)
        if m is not None:
            return m
    return None


def style_legend(text: str) -> str | None:
    """The words of a note saying a type style marks the lead, if ``text`` holds one."""
    m = legend_note("style_legends.tsv", text)
    return None if m is None else text[m.start() : m.end()]


def section_items(sections: list[Section]) -> Iterator[Item]:
    """Every item of ``sections``, their subsections' included, in order (the legends' passes
    walk the built plan)."""
    for s in sections:
        yield from s.items
        for sub in s.subsections:
            yield from sub.items


def unseen_style(text: str, sections: list[Section]) -> list[tuple[tuple[int, int], str]]:
    """Under a style legend, each shared list of two bodies or more marked ``inferred`` (in
    place), with the span and note of the DP208 that says so."""
    legend = style_legend(text)
    if legend is None:
        return []
    out = []
    for item in section_items(sections):
        r = item.responsibility
        if r.mode in _SHARED and (len(r.leads) >= 2 or r.others) and r.span is not None:
            r.reading = "inferred"
            out.append(
                (
                    r.span,
                    f"item {item.number}: the plan says 「{legend}」, but type styles are not"
                    " kept in the text: the list is read as shared, its lead not told",
                )
            )
    return out


def bold_leads(text: str, emphasis: tuple[tuple[int, int], ...], plan: Plan) -> None:
    """Under a legend saying bold marks the lead, each list some of whose bodies the reader saw
    in bold (``emphasis``: Markdown, HTML) read as led by them, the others taking part, in
    place — said (DP208), in place of the note that the style was not seen."""
    caps_words = row_words("style_legends.tsv", "capitals")
    low = "" if emphasis else text.lower()
    if not emphasis and not any(w in low for w in caps_words):
        return  # (no style seen, none a note could name: no second search for a legend)
    found = legend_note("style_legends.tsv", text)
    if found is None:
        return
    legend = text[found.start() : found.end()]
    start = text.rfind("\n", 0, found.start()) + 1  # (the note's line: "Bold cannot be shown,
    end = text.find("\n", found.end())  # so lead units are set in capitals": the style its
    line = text[start : end if end >= 0 else len(text)].lower()  # line names last may be another)
    capitals = any(w in line for w in caps_words)
    if capitals:
        emphasis = tuple(m.span() for m in _CAPITALS.finditer(text))  # (a plain text's bold)
    says_bold = any(w.lower() in legend.lower() for w in row_words("style_legends.tsv", "bold"))
    if not emphasis or not (says_bold or capitals):
        return
    runs = sorted(emphasis)
    starts = [s for s, _ in runs]

    def bold(d: Department) -> bool:
        k = bisect_right(starts, d.span[0]) - 1
        return k >= 0 and d.span[1] <= runs[k][1]

    locator, read = Locator(text), set()
    for item in section_items(plan.sections):
        r = item.responsibility
        named = [*r.leads, *r.participants]
        marked = [d for d in named if bold(d)]
        narrowed = r.mode == "lead" and all(d in r.leads for d in marked) and len(marked) < len(
            r.leads
        )  # (由A、B负责，C参与 with A in bold: A leads, B takes part beside C)
        if (r.mode not in (*_SHARED, "division", "sole") and not narrowed) or r.span is None or (
            not marked
        ):
            continue
        r.mode, r.leads, r.reading = "lead", marked, "inferred"
        r.participants = [d for d in named if d not in marked]
        read.add(r.span)
        plan.diagnostics.append(locator.make("DP208", f"item {item.number}: the plan says"
            f" 「{legend}」: 「{'、'.join(d.mention for d in marked)}」, set in bold, read as"
            " leading", r.span))  # fmt: skip
    plan.diagnostics[:] = [
        d for d in plan.diagnostics
        if not (d.code == "DP208" and d.span in read and "type styles are not kept" in d.message)
    ]  # fmt: skip


__all__ = ["bold_leads", "legend_note", "section_items", "style_legend", "unseen_style"]
