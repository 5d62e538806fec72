"""Style legends: a note that a type style the text does not keep marks the lead.

Why: a table may set its lead body in bold and say so once (说明：「责任部门」一栏中加粗者为
牵头部门; "Lead agencies are shown in bold").  Text read from a page, a sheet or a Markdown file
keeps no type style, so the lead cannot be told from the others: such a list reads as shared.
That is a guess, and an error nobody sees is the worst outcome — so every item whose reading
shares the task among two bodies or more (or one and unnamed others), under such a note, is
marked ``inferred`` and said (DP208).  The notes' wordings are data
(``parsing/lexicon/style_legends.tsv``).

Guarantees: the text is searched once; nothing is changed when no note is found; only the
reading status of shared lists changes, never who is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from divplan.parsing.clause_text import simplify
from divplan.parsing.lexicon_files import holds_trigger, lang_regexes
from divplan.records import Item, Section

_SHARED = ("joint", "resp")


def legend_note(name: str, text: str, *, unwrapped: bool = False) -> re.Match[str] | None:
    """The first note the rows of ``lexicon/<name>`` find in ``text`` — the one search every
    legend pass makes: Chinese rows on the simplified text (same length, same offsets; with
    ``unwrapped``, its line ends dropped: a note a page's width cut), English rows on the text
    itself; none without the file's trigger word (most plans hold no legend: no search)."""
    if not holds_trigger(name, text):
        return None
    for lang, pattern in lang_regexes(name).items():
        subject = simplify(text) if lang == "zh" else text
        m = pattern.search(subject.replace("\n", "") if unwrapped and lang == "zh" else subject)
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


__all__ = ["legend_note", "section_items", "style_legend", "unseen_style"]
