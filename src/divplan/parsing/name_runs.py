"""Runs of list pieces that make one name: where a list's "and" is inside a name.

Why apart from :mod:`divplan.parsing.mentions`: the mention finder cuts a clause's list at its
separators and asks these two where a run of pieces is one body's name after all — fragments
that end in an organisation word ("Culture, Radio, Television" + "and" + "Tourism Bureau"), and
a branch named after a local body whose own name holds "and" ("… Sub-bureau of Jiangping
Municipal Ecology" + "and" + "Environment Bureau") — and where it is not: a piece opening with
"the", a "Department of …", a level word ("and Municipal Public Security Bureau") or the first
word of the run again ("Yaochuan Daily and Yaochuan Radio and Television Station") opens a name
of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from divplan.parsing.lexicon_files import word_lists
from divplan.parsing.name_edges import ORG_EN, org_shaped, place_set

if TYPE_CHECKING:
    from divplan.parsing.mentions import Piece

CONJUNCTIVE = re.compile(r"^\s*(?:and|&|和|与|及|以及|,\s*and)\s*$", re.IGNORECASE)
HEAD_OF = re.compile(
    r"^(?:ministry|department|bureau|office|administration|commission)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)
ARTICLE_BEFORE = re.compile(r"\bthe\s*$", re.IGNORECASE)


def fragments_to_org(
    text: str,
    spans: list[tuple[int, int]],
    keep: list[Piece],
    i: int,
) -> int | None:
    """Where a run of fragments without an organisation word ends in one that has it, joined
    by "and"/和 ("Culture, Radio, Television and Tourism Bureau"); None when it does not."""
    j = i
    while j + 1 < len(spans) and not org_shaped(text[spans[j + 1][0] : spans[j + 1][1]]):
        j += 1
    nxt = j + 1
    if nxt >= len(spans) or not CONJUNCTIVE.match(keep[nxt].sep_before):
        return None
    if ARTICLE_BEFORE.search(text[spans[nxt - 1][1] : spans[nxt][0]]):
        return None  # "Finance and the Ministry of Commerce": two names
    if HEAD_OF.match(text[spans[nxt][0] : spans[nxt][1]]):
        return None  # "… Information Technology and Department of Finance": a name of its own
    if (
        i > 0
        and CONJUNCTIVE.match(keep[i].sep_before)
        and HEAD_OF.match(text[spans[i - 1][0] : spans[i - 1][1]])
        and any(keep[k].sep_before.strip() in (",", "，") for k in range(i + 1, nxt + 1))
    ):
        return None  # ("Department of Market | and Economic Information | , National …": the
        # fragment ends the "Department of" name before it, never runs on past a comma)
    first = _FIRST_WORD.match(text, spans[i][0])
    for k in range(i + 1, nxt + 1):  # "Yaochuan Daily and Yaochuan Radio and Television
        piece = text[spans[k][0] : spans[k][1]]  # Station", "… Sub-district and Municipal
        if (
            (first and piece.startswith(first.group(0)))
            or STARTS_AS_LEVEL.match(piece)
            or ARTICLE_BEFORE.search(text[spans[k - 1][1] : spans[k][0]])  # "… and the X"
            or piece.lower().startswith("the ")
        ):
            return None  # Public Security Bureau": its first word again, or a level, opens a name
    return nxt if org_shaped(text[spans[i][0] : spans[nxt][1]]) else None


def weak_headed(name: str) -> bool:
    """Whether an English name ends in a head noun that is as often a body's function
    (name_words.tsv's ``en_weak_head``: "… Government Service" of 政务服务和数据管理局): before
    "and" and a name that ends in a head of its own, it is that name's first half."""
    words = name.split()
    return bool(words) and words[-1].lower() in word_lists("name_words.tsv").get("en_weak_head", ())


def first_half(text: str, spans: list[tuple[int, int]], keep: list[Piece], i: int) -> bool:
    """Whether piece ``i``, built like a body's name, is only the first half of one that a
    run of pieces joined by "and" ends: the places of a level ("each city | and county
    people's government"), a name ending in a weak head (:func:`weak_headed`) or one word
    alone ("News | and Publicity Centre")."""
    name = text[spans[i][0] : spans[i][1]]
    lone = name.strip().istitle() and " " not in name.strip()  # ("News | and Publicity Centre":
    return (place_set(name) or weak_headed(name) or lone) and fragments_to_org(  # a head noun
        text, spans, keep, i  # alone names no body: the first half of the name "and" goes on)
    ) is not None


def known_department(text: str, s: int, e: int, lookup: Callable[[str], bool]) -> bool:
    """Whether English ``text[s:e]`` is a known body's name, then the title-case name of one of
    its own departments ("Ministry of Agriculture Science and Education Department": a
    ministry's department, named after the ministry, whose "and" joins no two bodies)."""
    words_of = word_lists("name_words.tsv")
    if not any(text.startswith(p + " ", s) for p in words_of.get("en_parent", ())):
        return False  # (a ministry's departments: 司 of 部)
    own_heads = {w.lower() for w in words_of.get("en_own_head", ())}
    words = list(re.finditer(r"\S+", text[s:e]))
    for w in reversed(words[:-1]):
        head, rest = text[s : s + w.end()], text[s + w.end() : e].split()
        if (
            lookup(head)
            and rest[0] != "and"
            and all(x[:1].isupper() or x in ("and", "of", "for") for x in rest)
            and rest[-1].lower() in own_heads
            and rest[0] not in rest[1:]  # ("… Sub-branch and Baitang Rural Commercial Bank":
        ):  # its first word again opens a second body's name)
            return True
    return False


_FIRST_WORD = re.compile(r"[A-Z][a-z][\w'’-]*\s")
STARTS_AS_LEVEL = re.compile(r"(?:Municipal|Provincial|County|Prefectural|Township)\s")


# "… Sub-bureau of Jiangping Municipal Ecology" + "and" + "Environment Bureau": a branch named
# after a local body whose own name holds "and" (生态环境局XX分局).
_OF_LOCAL = re.compile(
    r"\bof\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+)*(?:municipal|city|county|district|provincial)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*$",
    re.IGNORECASE,
)
_STARTS_AS_NAME = re.compile(
    r"^(?:the\s+)?(?:ministry|department|bureau|office|commission|administration|"
    r"municipal|city|county|district|provincial|people's|state|national|china)\b",
    re.IGNORECASE,
)


def branch_of_local(text: str, spans: list[tuple[int, int]], keep: list[Piece], i: int) -> int:
    """The last piece of "X Branch of Y Municipal A" + "and" + "B Bureau", or ``i``."""
    left = text[spans[i][0] : spans[i][1]]
    if i + 1 >= len(spans) or not CONJUNCTIVE.match(keep[i + 1].sep_before):
        return i
    right = text[spans[i + 1][0] : spans[i + 1][1]]
    if not _OF_LOCAL.search(left) or ORG_EN.search(left.rsplit(" of ", 1)[-1]):
        return i
    if _STARTS_AS_NAME.match(right) or not org_shaped(right):
        return i
    if ARTICLE_BEFORE.search(text[spans[i][1] : spans[i + 1][0]]):
        return i  # "… River Chief System and the Organization Department …": two names
    return i + 1


def completes_name(text: str, fragment: Piece, rest: Piece, lookup: Callable[[str], bool]) -> bool:
    """Whether ``fragment`` is the first half of the name ``rest`` ends: it names nothing on its
    own and an "and"/和 joins them ("Provincial Development" and "Reform Commission")."""
    piece = text[fragment.start : fragment.end]
    return (
        bool(CONJUNCTIVE.match(rest.sep_before))
        and not org_shaped(piece)
        and not lookup(piece)
        and not ARTICLE_BEFORE.search(text[fragment.end : rest.start])
    )


__all__ = [
    "ARTICLE_BEFORE",
    "CONJUNCTIVE",
    "HEAD_OF",
    "STARTS_AS_LEVEL",
    "branch_of_local",
    "completes_name",
    "first_half",
    "fragments_to_org",
    "known_department",
    "weak_headed",
]
