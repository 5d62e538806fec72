"""Mark legends: a note that a symbol written by a body's name marks the lead.

Why: a plan may mark its lead bodies with a symbol and say so once (（标※的为牵头单位，其余为
参与单位）, "† marks the agency in charge"), writing each list with no lead word of its own
(A※、B、C按职责分工负责).  Read list by list, such a clause is shared; the note says who leads.
After the items are built, each list with a body the note's symbol stands right by (and one
at least without it) is read as led by the marked bodies, the others taking part — a guess
the reading says (``inferred``, DP208).  The notes' wordings are data
(``parsing/lexicon/mark_legends.tsv``).

A second note may say the lists with no mark are divided among their bodies (未标◇的，由所列
部门按职责分工负责, ``unmarked_legends.tsv``): such a shared list is then read as divided, said
the same way.

Guarantees: nothing changes without such a note; a list already read with a lead, or none of
whose bodies carries the symbol, is left as it is (a list whose every body carries it is read
as led by them all, as a 牵头单位 label with no helpers is); names and spans are never changed,
only which role each holds.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from divplan.parsing.lexicon_files import row_words
from divplan.records import Department, Section
from divplan.style_legends import legend_note, section_items

_SHARED = ("joint", "division", "resp", "sole")
_SLASHES = "/／"
_NEAR = 2  # characters between a name and its mark at most


def mark_legend(text: str) -> str | None:
    """The symbol a note in ``text`` says marks the lead, if it has such a note.  Only the
    lines holding a sign a mark can be, or a sign's name (斜线, "slash"), are searched, each
    with the line after it (a note a line's end cut): nearly every plan holds the rows'
    trigger word, 牵头 or "lead", and a slash or a bracket stands in many, so the search of
    the whole text was the cost of a parse."""
    names = dict(w.split("=", 1) for w in row_words("mark_legends.tsv", "sign"))
    lines = text.split("\n")
    near = [k for k, ln in enumerate(lines) if MARK_SIGN.search(ln) or any(n in ln for n in names)]
    if not near:
        return None
    keep = sorted({j for k in near for j in (k, k + 1) if j < len(lines)})
    m = legend_note("mark_legends.tsv", "\n".join(lines[j] for j in keep))  # (each row's group
    if m is None:  # is its own: the alternation numbers them on)
        return None
    sign = next(g for g in m.groups() if g)  # (a sign named in words: 斜线 is "/")
    return names.get(sign, sign)


def word_mark(text: str) -> str | None:
    """The bracketed word a mark legend in ``text`` names as the lead's mark ("[Main]", 【主】),
    if it names one: the normaliser keeps it as written, never a field label in brackets."""
    mark = mark_legend(text)
    return mark if mark is not None and len(mark) > 2 else None


#: every sign a mark legend's rows accept as the mark (their group's class, in
#: ``lexicon/mark_legends.tsv``; tests/test_legend_triggers.py checks the two agree): Δ a
#: delta, ^ a caret, 【 the first of a pair round a name, / a slash after the lead (A/B、C)
MARK_SIGN = re.compile("[※＊*†‡#＃§¤\u2190-\u27bf\u0394^【〔\\[/／]")


def _marked(original: str, d: Department, mark: str, starts: set[int], ends: set[int]) -> bool:
    """Whether the mark stands right after the name (A※、B; A ※; A（※）), or right before it
    where it stands right after no other name (※A、B; 由※A、B负责; not B's mark in A※、B), given
    where the list's names start and end (spaces may stand between: ※ A).  A mark after a
    separator opens the next name (A、◈B: B's), never A's."""
    s, e = d.span
    if len(mark) == 2:  # 【A】、B: a pair of brackets round the name
        return original[s - 1 : s] == mark[0] and original[e : e + 1] == mark[1]
    if len(mark) > 2:  # [Main] A, B / A【主】、B: a word in brackets before or after the name
        before = original[max(0, s - len(mark) - _NEAR) : s].rstrip()
        return before.endswith(mark) or original[e : e + len(mark) + _NEAR].lstrip().startswith(
            mark
        )
    mark = unicodedata.normalize("NFKC", mark)  # (the note read from the normalised text: ＊
    for k in range(e, min(len(original), e + _NEAR + 2)):  # is *, as by the names)
        ch = unicodedata.normalize("NFKC", original[k])
        if ch == mark:
            return k + 1 not in starts or k == e  # (A◈B: right after A, A's)
        if ch not in _BETWEEN:  # (A⏎※: a line's end between the name and its mark)
            break
    k = s - 1  # (※ A: spaces may stand between a mark and the name after it)
    while k > 0 and s - k <= _NEAR and original[k] in " \t\u3000":
        k -= 1
    j = k  # (and none of them after a name: A ※ B is A's mark)
    while j > 0 and original[j - 1] in " \t\u3000":
        j -= 1
    before = unicodedata.normalize("NFKC", original[k]) if k >= 0 else ""
    return before == mark and j not in ends


_BETWEEN = " \t\r\n\u3000(（[【"  # what may stand between a name and the mark after it


def apply_mark_legend(
    original: str, text: str, sections: list[Section]
) -> list[tuple[tuple[int, int], str]]:
    """Under a mark legend, each shared list some of whose bodies carry the mark read as led by
    them (in place), with the span and note of the DP208 that says so."""
    mark = mark_legend(text)
    slashed = [] if mark is not None and mark in _SLASHES else _slashed(original, sections)
    if mark is None:
        return slashed
    out = []
    for item in section_items(sections):
        r = item.responsibility
        slash = mark in _SLASHES  # (A、B/C: the bodies before the slash; a 牵头单位 field
        if r.span is None or not (  # reading them all as leads is divided by it too)
            r.mode in _SHARED or (slash and r.mode == "lead" and not r.participants)
        ):
            continue
        named = [*r.leads, *r.participants]
        starts, ends = {d.span[0] for d in named}, {d.span[1] for d in named}
        if slash:
            cut = min((k for k in (original.find(c, *r.span) for c in _SLASHES) if k >= 0),
                      default=-1)  # fmt: skip
            marked = [d for d in named if cut >= 0 and d.span[1] <= cut]
        else:
            marked = [d for d in named if _marked(original, d, mark, starts, ends)]
        helpers_unnamed = slash and r.others and bool(original[cut + 1 : r.span[1]].strip())
        if not marked or (slash and len(marked) == len(named) and not helpers_unnamed):
            continue  # (由◈A负责 / A※、B※: the marked bodies lead, as a 牵头 label makes them;
            # A/有关部门: A leads the unnamed others)
        r.mode, r.leads = "lead", marked
        r.participants = [d for d in named if d not in marked]
        r.reading = "inferred"
        out.append(
            (r.span, f"item {item.number}: the plan's legend says 「{mark}」 marks the lead:"
             f" 「{'、'.join(d.mention for d in marked)}」 read as leading")
        )  # fmt: skip
    return out + slashed + _unmarked_divided(original, text, sections, mark)


def _slashed(original: str, sections: list[Section]) -> list[tuple[tuple[int, int], str]]:
    """With no legend for it, each list whose bodies a slash parts (A/B、C: a plan's way of
    writing lead/helpers, its note elsewhere or lost) marked ``inferred``, with the DP208
    that says the slash was read as a plain separator."""
    out = []
    for item in section_items(sections):
        r = item.responsibility
        named = sorted([*r.leads, *r.participants], key=lambda d: d.span)
        if r.span is None or not any(
            original[a.span[1] : b.span[0]].strip() in _SLASHES for a, b in pairwise(named)
        ):
            continue
        r.reading = "inferred"
        out.append((r.span, f"item {item.number}: a slash parts the bodies of the list, read"
                    " as one list; with no note saying so, which side leads is not told"))
    return out


def _unmarked_divided(
    original: str, text: str, sections: list[Section], mark: str
) -> list[tuple[tuple[int, int], str]]:
    """Under a second note saying the lists with no mark are divided (未标◇的，由所列部门按
    职责分工负责), each shared list of several bodies none of which carries the mark read as
    divided among them, with the DP208 that says so."""
    words = _unmarked_note(text)
    if words is None:
        return []
    out = []
    for item in section_items(sections):
        r = item.responsibility
        named = [*r.leads, *r.participants]
        if r.mode not in ("joint", "resp") or r.span is None or len(named) < 2:
            continue
        starts, ends = {d.span[0] for d in named}, {d.span[1] for d in named}
        if any(_marked(original, d, mark, starts, ends) for d in named):
            continue
        r.mode, r.reading = "division", "inferred"
        out.append((r.span, f"item {item.number}: no body carries 「{mark}」, and the plan's"
                    f" note 「{words}」 divides such lists: read as divided"))
    return out


def _unmarked_note(text: str) -> str | None:
    """The words of a note dividing the lists with no mark (``unmarked_legends.tsv``)."""
    m = legend_note("unmarked_legends.tsv", text, unwrapped=True)  # (a note a line's end cut)
    return None if m is None else m.group(0)


__all__ = ["apply_mark_legend", "mark_legend", "word_mark"]
