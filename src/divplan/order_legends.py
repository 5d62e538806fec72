"""Order legends: a note that the body listed first in each list leads.

Why: a plan may write its lists with no lead word and say once, in a note under its title or
its table, that order tells who leads (注：排在第一位的为牵头单位，其余为配合单位; "Where two or
more units are listed, the unit in first place leads and the units after it assist").  Read
list by list, such a clause is shared, and the matrix's golds keep it so (conventions.md: a
list with no lead word is joint; the note is no lead word of the clause).  But the note may
mean the first leads, so a shared reading under it is a guess nobody should miss: each shared
list of two bodies or more is read as written and marked ``inferred``, with a DP208 that
quotes the note and names the body it would make the lead.  The notes' wordings are data
(``parsing/lexicon/order_legends.tsv``); the same words inside an item's own bracket
(A、B、C（排名第一的为牵头单位）) are that item's mark, read by the clause reader
(``first_marks.tsv``), never a note over the whole plan.

A note that names the column it speaks of ("责任部门及完成时限"栏中排列第一的部门为牵头部门) is
that column's own label, as a column's name saying so is (:mod:`divplan.read.header_rows`): its
shared lists are read with the first listed body leading, still ``inferred`` and said.

Guarantees: nothing changes without such a note outside every item; a list already read with
a lead or divided among its bodies is left as it is; one body alone is read as the sole one,
said (the note may make it the lead); only the reading status of shared lists and lone bodies
changes, never who is read — and their roles only under a note naming its column.
"""

from __future__ import annotations

import re

from divplan.records import Section
from divplan.style_legends import legend_note, section_items

_SHARED = ("joint", "resp")
#: a note naming the column it speaks of by its name in quotes ("责任部门及完成时限"栏中排列第一
#: 的…): that column's own label, as its name would be (the matrix's English notes that say
#: "Where the … column lists several units, the first-listed …" are read as written, shared)
_COLUMN = re.compile(
    r"[“\"「『'‘][^”\"」』'’\n]{2,24}[”\"」』'’]\s*(?:栏|欄|列)"
)


def _found(text: str) -> str | None:
    """The words of an order legend in ``text``, if it holds one."""
    m = legend_note("order_legends.tsv", text)
    return None if m is None else m.group(0)


def _names_a_column(text: str, words: str) -> bool:
    """Whether the line holding the legend ``words`` names the column it speaks of."""
    at = text.find(words)
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return _COLUMN.search(text[start : len(text) if end < 0 else end]) is not None


def apply_order_legend(original: str, sections: list[Section]) -> list[tuple[tuple[int, int], str]]:
    """Under an order legend, each shared list of several bodies marked ``inferred`` (in
    place), with the span and note of the DP208 that says why."""
    words = _found(original)
    if words is None:
        return []
    items = list(section_items(sections))
    column = _names_a_column(original, words)
    if any(_found(original[i.span[0] : i.span[1]]) is not None for i in items):
        return []  # (the words are an item's own mark: the clause reader's)
    out = []
    for item in items:
        r = item.responsibility
        named = sorted([*r.leads, *r.participants], key=lambda d: d.span)
        if r.span is None or not named:
            continue
        if r.mode == "sole" and len(named) == 1 and not r.others:
            r.reading = "inferred"  # (one body: the lead the note names, or the sole one)
            out.append(
                (r.span, f"item {item.number}: the plan's note 「{words}」 says the body listed"
                 f" first leads; 「{named[0].mention}」 alone is read as the sole one")
            )  # fmt: skip
            continue
        if r.mode not in _SHARED or len(named) < 2:
            continue
        r.reading = "inferred"
        if column:  # (the column's own label: its first listed body leads, as a name saying so)
            r.mode, r.leads, r.participants = "lead", named[:1], named[1:]
        how = "read so" if column else "read as written, shared"
        out.append(
            (r.span, f"item {item.number}: the plan's note 「{words}」 says the body listed first"
             f" leads (「{named[0].mention}」); {how}")
        )  # fmt: skip
    return out


__all__ = ["apply_order_legend"]
