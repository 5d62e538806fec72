"""Mentions: the department names in the stretches of a clause that hold no cue.

Why: after :mod:`divplan.parsing.cues` has marked the role words, what is left between them is
names, list separators, and now and then words nobody listed.  This module turns one list
(pieces of text with the separators between them) into department references:

- **Registry first, longest run first**: adjacent pieces are joined back across separators
  whenever the joined text is a name or alias the registry knows, so "Ministry of Industry and
  Information Technology" stays whole while "Ministry of Finance, Commerce" splits (and the
  dropped "Ministry of" is restored when the completed name is known).
- **Organisation-shaped names** (…局/厅/委/办/中心/公司, "Ministry of …", "… Bureau") are
  names even when the registry does not know them (local units, machine translations).  A
  fragment without an organisation word joins its neighbour across "and"/和 ("Housing and
  Construction Department", 县住房和城乡建设局).
- **Everything else is reported**, never silently dropped or silently taken for a name: words
  that are neither a name nor filler come back as ``leftovers`` and make the reading
  ``inferred``.

Name edges (punctuation, fillers) and "organisation-shaped" live in
:mod:`divplan.parsing.name_edges`; names set apart by spaces are cut in :mod:`~.name_gaps`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial

from divplan.parsing.clause_text import Prepared, Reference
from divplan.parsing.known_names import (
    bracket_qualified,
    ends_name_before,
    known_form,
    lookup_text,
    ministry_of,
)
from divplan.parsing.level_names import EN_ALL_LEVEL, level_of_known, levels_to_government
from divplan.parsing.mention_lists import shared_head, unique
from divplan.parsing.name_edges import ORG_ZH, name_core, name_doubts, org_shaped, trim
from divplan.parsing.name_gaps import label_before, split_at_gaps
from divplan.parsing.name_runs import (
    ARTICLE_BEFORE,
    CONJUNCTIVE,
    HEAD_OF,
    STARTS_AS_LEVEL,
    branch_of_local,
    first_half,
    fragments_to_org,
    known_department,
)
from divplan.parsing.name_tails import (
    adverb_first,
    bare_unit,
    cue_words,
    glued_words,
    known_across_and,
    known_prefix,
    tail_cut,
    verb_tail,
)
from divplan.parsing.role_words import names_a_kind, role_of_words

_MAX_RUN = 5  # the longest registry name splits into 4 pieces at "," and "and"
_CJK = re.compile(r"[\u3400-\u9fff]")
_WORD_GAP = re.compile(r"\s+")  # where the next word of a name begins
_SEP_ONLY = re.compile(r"(?:[\s,&]|\b(?:and|the|of|for|in)\b)*", re.IGNORECASE)  # (a name's gaps)


@dataclass
class Piece:
    """A stretch of a list between separators (offsets in the prepared clause text)."""

    start: int
    end: int
    sep_before: str = ""  # the separator written before it ("、", "and", "")
    member: bool = False  # "member units of" this body
    scope: bool = False  # a scope word before unnamed others (省直, 国务院各)
    written: int = -1  # where it began before its filler words were trimmed (-1: at start)
    written_end: int = -1  # where it ended before them (-1: at its end)


@dataclass
class Found:
    """The names of one list, and the words that were neither names nor filler."""

    refs: list[Reference]
    leftovers: list[str]
    doubtful: list[str] = field(default_factory=list)  # taken for names, but not built like one
    fillers: list[str] = field(default_factory=list)  # filler words trimmed off a name that
    # hold a role's piece (A作为|主攻部门): the role, where no role word gave the list one

    def notes(self) -> list[str]:
        """What was guessed about these names, said for the reading's guesses."""
        out = [f"「{n}」 read as a department, but it is not built like one" for n in self.doubtful]
        return out + [note for r in self.refs if not r.known for note in name_doubts(r.mention)]


def find_names(prep: Prepared, pieces: list[Piece], lookup: Callable[[str], bool]) -> Found:
    """Department references in ``pieces`` (one list), registry-aware (see module docstring)."""
    text = prep.text
    spans: list[tuple[int, int]] = []
    keep: list[Piece] = []
    leftovers: list[str] = []
    fillers = [
        tail
        for p in pieces
        if p.written_end > p.end
        and (tail := prep.raw[p.end : p.written_end].strip())
        and role_of_words(tail) is not None
    ]
    for p in split_at_gaps(text, pieces):
        s, e = trim(text, p.start, p.end)
        if (nl := text.find("\n", s, e)) >= 0:  # (a field's label of words the lexicon lacks
            leftovers.append(prep.raw[nl + 1 : e])  # opens the next line: "… Commission /
            e = trim(text, s, nl)[1]  # In association with: B", prepare keeps that break)
        if (c := label_before(text, s, e)) is not None:  # (words no cue knows, a colon)
            leftovers.append(prep.raw[s:c])
            s = trim(text, c, e)[0]
            p = replace(p, start=s, written=s)
        if e > s and not p.scope:
            spans.append((s, e))
            keep.append(p)
    refs: list[Reference] = []
    doubtful: list[str] = []
    i = 0
    while i < len(spans):
        s, e = spans[i]
        if (lent := shared_head(text, spans, i, refs[-1] if refs else None, lookup)) is not None:
            j, lent_end, name = lent  # "Ministry of Commerce, Industry and Information
            refs.append(_ref(prep, s, lent_end, name, True))  # Technology pull together"
            tail = prep.raw[lent_end : spans[j][1]].strip()  # (one head for two names)
            leftovers += [tail] if tail else []
            i = j + 1
            continue
        taken = _known_run(text, spans, keep, i, refs[-1] if refs else None, lookup)
        nxt = spans[i + 1] if taken is None and i + 1 < len(spans) else None
        cut = None if nxt is None else known_across_and(  # (a 和 between: one name, a few
            text, (s, *nxt), bool(CONJUNCTIVE.match(keep[i + 1].sep_before)),  # words after)
            partial(_known_to, text, s, lookup),
        )
        if cut is not None:
            leftovers.append(prep.raw[cut : spans[i + 1][1]])  # 工业和信息化部全盘(负责): the
            refs.append(_ref(prep, s, cut, lookup_text(text, s, cut), True))  # name whole,
            i += 2  # its 和 no separator, then words nobody listed
            continue
        qualified = None if taken is not None else bracket_qualified(text, s, e, lookup)
        if qualified is not None:  # 工商总局（联席会议办公室）: the body, its office in brackets
            refs.append(_ref(prep, s, qualified, lookup_text(text, s, qualified), True))
            i += 1
            continue
        if taken is not None:
            j, name = taken
            if _name_goes_on(text, s, spans, keep, j, lookup):
                e = spans[j + 1][1]  # "Department of Fiscal and Financial Affairs": one name
                cut = verb_tail(text[s:e])  # ("… and Rural Affairs each hold its own gate")
                if cut is not None:
                    leftovers.append(prep.raw[s + cut : e].strip())
                    e = s + cut
                name = lookup_text(text, s, e)
                refs.append(_ref(prep, s, e, name, cut is not None and lookup(name)))
                i = j + 2
                continue
            e = tail_cut(text, prep.raw, (s, spans[j][1]), leftovers)
            refs.append(_ref(prep, s, e, name, True))  # (a predicate after it: leftovers)
            i = j + 1
            continue
        name = text[s:e]
        core = name_core(name)
        if core is not None and core != (0, len(name)) and not _CJK.search(name):
            cs, ce = s + core[0], s + core[1]
            if lookup(lookup_text(text, cs, ce)):  # "the Ministry of Commerce chips in"
                leftovers.append(prep.raw[s:e])
                refs.append(_ref(prep, cs, ce, lookup_text(text, cs, ce), True))
                i += 1
                continue
        prev = refs[-1] if refs else None
        if (
            keep[i].sep_before == " "
            and len(name) <= 2
            and _CJK.search(name)
            and prev is not None
            and not lookup(lookup_text(text, s, e))  # 市商务局 海关: two bodies, a body's
            and not (org_shaped(name) and not ORG_ZH.search(name[1:]))  # word whole (员会: cut)
            and org_shaped(text[prev.start : e])
        ):  # 某市发展和改革委 员会: a space cut a name, not a list; joined back, and said so
            refs[-1] = _ref(prep, prev.start, e, lookup_text(text, prev.start, e), False)
            doubtful.append(prep.raw[prev.start : e])
            i += 1
            continue
        seps = [p.sep_before for p in keep[: i + 2]]  # ("A is the lead ox, B, C": the cue's
        if (i == 0 and len(seps) > 1 and cue_words(name, *seps)) or bare_unit(text, s, e) or (
            name.strip(" .-/").isdigit()  # own word; B为辅责|单位: its noun; …等；2⏎012年底前:
        ):  # a year's digits a line cut)
            leftovers.append(prep.raw[s:e])
            i += 1
            continue
        if names_a_kind(name):  # ("phase-related departments": 相关部门 word for word, no
            leftovers.append(prep.raw[s:e])  # body's name; read as unnamed others, said)
            i += 1
            continue
        if (org_shaped(name) and not first_half(text, spans, keep, i)) or level_of_known(
            name, lookup
        ):  # ("each city | and county people's government", "… Service | and Data … Bureau")
            j = _branch_of_known(text, spans, keep, i, lookup)  # "Hunan Office of the China Banking
            if j == i:  # and Insurance Regulatory Commission": one local name
                j = branch_of_local(text, spans, keep, i)
            if j == i and EN_ALL_LEVEL.search(name):  # "… of all provinces, autonomous …"
                j = levels_to_government(text, spans, i) or i
            e = spans[j][1]
            if j > i:
                s = _joined_start(text, keep, i, s, e)
            e = tail_cut(prep.text, prep.raw, (s, e), leftovers)  # ("… Commission joint advance")
            refs.append(_ref(prep, s, e, lookup_text(text, s, e), False))
            i = j + 1
            continue
        prev = refs[-1] if refs else None
        after = text[spans[i + 1][0] : spans[i + 1][1]] if i + 1 < len(spans) else None
        written = text[max(keep[i].written, 0) : e]  # "and the X …" opens a name of its own
        if prev is not None and not prev.known and ends_name_before(
            text[prev.start : prev.end], keep[i].sep_before, written, after
        ):  # "Municipal Bureau of Land | and Resources | and Municipal … Bureau"
            refs[-1] = _ref(prep, prev.start, e, lookup_text(text, prev.start, e), False)
            i += 1
            continue
        last = fragments_to_org(text, spans, keep, i)
        if last is None:
            last = levels_to_government(text, spans, i)
        if last is not None:  # "Housing and Construction Department", 县住房和城乡建设局
            e = spans[last][1]
            s = _joined_start(text, keep, i, s, e)
            e = tail_cut(prep.text, prep.raw, (s, e), leftovers)  # ("… Bureau one pair of …")
            refs.append(_ref(prep, s, e, lookup_text(text, s, e), False))
            i = last + 1
            continue
        prev = refs[-1] if refs else None
        if (
            prev is not None
            and not prev.known
            and prev.org
            and not _CJK.search(name)
            and not STARTS_AS_LEVEL.match(name)  # "…Bureau, County ARB": a name of its own
            and (core is not None or keep[i].sep_before.strip() != "," or (
                " " not in name and name[:1].isupper()))  # (", answerable together": no name's)
            and _SEP_ONLY.fullmatch(text, prev.end, s) is not None  # (no cue between: "B and
        ):  # other relevant units rally round"; ", in a joint capacity": no name's fragment)
            # "Municipal Bureau of Commerce and Industry": the fragment ends the name before
            e = tail_cut(prep.text, prep.raw, (prev.start, e), leftovers)  # (… is the accountable)
            refs[-1] = _ref(prep, prev.start, e, lookup_text(text, prev.start, e), False)
            i += 1
            continue
        known = known_prefix(text, s, e, partial(_known_to, text, s, lookup)) if (
            _CJK.search(name)
        ) else None
        if known is not None:  # 交通运输部齐心: a known name, then words nobody listed
            leftovers.append(prep.raw[known:e])
            refs.append(_ref(prep, s, known, lookup_text(text, s, known), True))
        elif core is None or glued_words(text, s, e):  # (领头|雁, 配合|发力: a cue's words)
            leftovers.append(prep.raw[s:e])
        elif _CJK.search(name) and adverb_first(text[max(keep[i].written, 0) : e]):
            leftovers.append(prep.raw[max(keep[i].written, 0) : e])  # (等有关部门|各自守好…:
            # how the role is held, its filler word trimmed, no name)
        else:
            cs, ce = s + core[0], s + core[1]
            if (cs, ce) != (s, e):
                leftovers.append(prep.raw[s:e])
            doubtful.append(prep.raw[cs:ce])  # neither known nor built like a department
            refs.append(_ref(prep, cs, ce, lookup_text(text, cs, ce), False))
        i += 1
    return Found(unique(refs), leftovers, doubtful, fillers)


def _known_to(text: str, s: int, lookup: Callable[[str], bool], k: int) -> bool:
    """Whether ``text[s:k]`` names a body the registry knows."""
    return lookup(lookup_text(text, s, k))


def _known_run(
    text: str,
    spans: list[tuple[int, int]],
    keep: list[Piece],
    i: int,
    prev: Reference | None,
    lookup: Callable[[str], bool],
) -> tuple[int, str] | None:
    """The longest run of pieces from ``i`` that the registry knows, and the name to look up.

    A run may also be known once completed with the "Ministry of" a list dropped
    ("the Ministry of Land and Resources, Housing and Urban-Rural Development").
    """
    s = spans[i][0]
    for j in range(min(len(spans) - 1, i + _MAX_RUN - 1), i - 1, -1):
        if any(keep[k].member for k in range(i + 1, j + 1)):
            continue
        if any(
            ARTICLE_BEFORE.search(text[spans[k - 1][1] : spans[k][0]]) for k in range(i + 1, j + 1)
        ):
            continue  # "… and the Department of …": a new name starts at the article
        name = lookup_text(text, s, spans[j][1])
        known = known_form(name, lookup, split_words=j == i)  # (a word split: one piece)
        if known is None and j > i and (cut := verb_tail(name)) and "," not in name[cut:]:  # ("…
            known = known_form(name[:cut], lookup, split_words=False)  # Quarantine lend …")
        if known is not None:
            return j, known
        end = spans[j][1]  # 国家发展和改革委员会（以下简称…）: a bracket closes the run
        closed = text[end - 1 : end] in (")", "）")
        cut = bracket_qualified(text, s, end, lookup) if closed else None
        if cut is not None:
            return j, lookup_text(text, s, cut)
        joined = bool(CONJUNCTIVE.match(keep[i].sep_before))
        full = ministry_of(name, prev, lookup, joined)
        if full is not None:
            return j, full
    return None


def _name_goes_on(
    text: str,
    start: int,
    spans: list[tuple[int, int]],
    keep: list[Piece],
    j: int,
    lookup: Callable[[str], bool],
) -> bool:
    """Whether the English piece after a known run is the rest of one longer name.

    "Department of Fiscal and Financial Affairs": "Department of Fiscal" renders 财政部, but
    "Financial Affairs", joined by "and", names nothing on its own nor with the run's head
    ("Department of Financial Affairs"), so the whole is one (unknown) body; and when the run
    already holds a comma ("Department of Science, Technology"), "and Education" ends the
    series the name lists, whatever "Department of Education" may name; after "Department
    of" always (a ministry's departments are named so: "Department of Personnel and
    Education"), as :func:`divplan.parsing.known_names.ministry_of` reads them.  "Ministry of
    Finance and Commerce" still splits ("Ministry of Commerce" is known), and so does a
    fragment that begins a name of its own ("and China Export & Credit Insurance Corporation").
    """
    nxt = j + 1
    if nxt >= len(spans) or not CONJUNCTIVE.match(keep[nxt].sep_before):
        return False
    if ARTICLE_BEFORE.search(text[spans[j][1] : spans[nxt][0]]):
        return False
    piece = text[spans[nxt][0] : spans[nxt][1]]
    if _CJK.search(piece) or not piece[:1].isupper() or org_shaped(piece) or lookup(piece):
        return False
    if fragments_to_org(text, spans, keep, nxt) is not None:
        return False  # "… and China Export & Credit Insurance Corporation": a name of its own
    run = text[start : spans[j][1]]
    head = HEAD_OF.match(run)
    if head is not None and ("," in run or "，" in run):
        return True  # "Department of Science, Technology" + "and Education": a series in a name
    if head is not None and head.group(0).lower().startswith("department"):
        return True  # "Department of Personnel and Education": one department, as ministry_of
    return head is not None and not lookup(head.group(0) + piece)


def _joined_start(text: str, keep: list[Piece], i: int, s: int, e: int) -> int:
    """Where a name joined from pieces ``i``… ending at ``e`` starts: its first piece trimmed
    again as part of the whole, since a word is filler only in the piece alone ("all" of "all
    cities and counties people's governments", which the whole name keeps)."""
    written = keep[i].written
    return s if written < 0 else min(s, trim(text, written, e)[0])


def _branch_of_known(
    text: str,
    spans: list[tuple[int, int]],
    keep: list[Piece],
    i: int,
    lookup: Callable[[str], bool],
) -> int:
    """The last piece of a name that ends in a known name begun inside piece ``i``.

    A branch is named after the central body it belongs to, and that name may hold "and":
    "Hunan Office of the China Banking" + "and" + "Insurance Regulatory Commission" — "and",
    never a comma ("Planning Department, Finance …" is two names).  Returns ``i`` when no such
    run exists.
    """
    s, e = spans[i]
    starts = [m.end() for m in _WORD_GAP.finditer(text, s, e)]
    for j in range(min(len(spans) - 1, i + _MAX_RUN - 1), i, -1):
        if not all(CONJUNCTIVE.match(keep[k].sep_before) for k in range(i + 1, j + 1)):
            continue
        end = spans[j][1]
        if any(lookup(lookup_text(text, w, end)) for w in starts) or known_department(
            text, s, end, lookup
        ):  # ("Ministry of Ecology | and Environment Atmospheric Environment Department")
            return j
    return i


def _ref(prep: Prepared, s: int, e: int, lookup: str, known: bool) -> Reference:
    mention = prep.raw[s:e]
    return Reference(mention, prep.span(s, e), lookup, known, known or org_shaped(mention), s, e)


__all__ = ["Found", "Piece", "find_names", "unique"]
