"""What the names of one list share: a repeat, or a head a translation wrote once.

Why a module of its own: a machine translation renders 商务部、工业和信息化部 as "Ministry of
Commerce, Industry and Information Technology" — the second body's "Ministry of" written once
for both, as English lists do ("the Ministries of Finance and Commerce").  Read piece by piece,
the list names a body "Industry" and another "Information Technology"; read with the head of
the name before it, it names the Ministry of Industry and Information Technology.  The head
is lent only where the registry then knows the name (the lookup decides, never the words).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from divplan.parsing.clause_text import Reference
from divplan.parsing.lexicon_files import word_lists
from divplan.parsing.name_edges import org_shaped
from divplan.parsing.name_tails import verb_tail

_LENT_HEAD = re.compile(  # (name_words.tsv's en_lent_head: "Ministry of", "Bureau of")
    r"^((?:the\s+)?(?:"
    + "|".join(w.replace(" ", r"\s+") for w in word_lists("name_words.tsv")["en_lent_head"])
    + r"))\s+\S"
)
_PIECES = 2  # a lent head's name runs over this many pieces at most ("Industry | and | …")


def shared_head(
    text: str,
    spans: Sequence[tuple[int, int]],
    i: int,
    before: Reference | None,
    lookup: Callable[[str], bool],
) -> tuple[int, int, str] | None:
    """The last piece of the name opening at piece ``i`` and the name it makes with the head
    of the known name ``before`` it ("Ministry of" + "Industry and Information Technology"),
    when the piece alone names nothing the registry knows and the lent name does, with where
    that name ends in ``text``; the pieces' own name, where the registry knows it as written
    ("Industry and Information Technology"); else None.  A verb tail after it ("… Technology
    pull together") is no part of the name (the caller leaves its words over: DP208)."""
    if before is None or not before.known or lookup(text[slice(*spans[i])]):
        return None
    head = _LENT_HEAD.match(before.lookup)
    if head is None or text[spans[i][0] : spans[i][0] + 1].islower():
        return None
    last = min(len(spans), i + _PIECES) - 1
    if org_shaped(text[spans[i][0] : spans[last][1]]):
        return None  # ("… Technology, Development and Reform Commission": a name of its own)
    lent = head.group(1) + " "
    for j in range(last, i - 1, -1):
        s, e = spans[i][0], spans[j][1]
        cut = verb_tail(lent + text[s:e])  # (its own words, not a verb tail's: "… Technology
        e = e if cut is None else s + cut - len(lent)  # pull together")
        if lookup(text[s:e]):  # (the pieces a name the registry knows as written: the name,
            return j, e, text[s:e]  # no head lent to it)
        if lookup(lent + text[s:e]):
            return j, e, lent + text[s:e]
    return None


def unique(refs: list[Reference]) -> list[Reference]:
    """``refs`` without repeats (the same name looked up), first mention kept."""
    seen: set[str] = set()
    out: list[Reference] = []
    for r in refs:
        key = r.lookup.casefold()
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


__all__ = ["shared_head", "unique"]
