"""Column names no row of ``table_headers.tsv`` lists, read by the parser's own words.

Why apart from :mod:`divplan.read.table_headers`: a column named in words new to the list
("主攻单位", "Host office unit", "Joined by") is given the role its words would have in a
clause — a role piece before a unit word (:mod:`divplan.parsing.role_words`), or one role cue
of the lexicon and nothing else (:mod:`divplan.parsing.cues`) — so that a table is read the
way a field line of the same words is.  The parser's data is imported lazily: a table header is
read before the parser is needed.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

Role = Literal["number", "task", "lead", "resp", "part", "deadline", "note", "grid"]  # (grid: a
# body's column of a mark grid, divplan.read.mark_grids)

_ROLE_OF_COLUMN: dict[str, Role] = {"lead": "lead", "participant": "part"}
_ROLE_NOUN_WORDS = 3  # a column named by a role's noun and a word or two before it


def simplified(cell: str) -> str:
    """``cell`` in simplified characters, as the labels are matched."""
    from divplan.parsing.clause_text import simplify  # (履責單位)

    return simplify(cell)


@cache
def unit_end() -> re.Pattern[str]:
    """The unit words a column named by words no row lists ends in (the labels' own; as many
    as leave a word before them: 责任主体单位 ends in 主体单位, so that 主体's 主 is no lead's
    piece, while 主体部门 ends in 部门 — its 主体, the main body, leads)."""
    from divplan.parsing.label_roles import UNIT_WORD  # (the parser's data, read lazily)

    return re.compile(rf"(?i)(?<=\S)(?:\s*{UNIT_WORD})+\s*$")


@cache
def unit_first() -> re.Pattern[str]:
    """An English column name opening with a unit word, then a participle in lower case
    ("Agencies tasked", "Units involved"): a postpositive name of the units."""
    from divplan.parsing.lexicon_files import unit_words  # (the parser's data, read lazily)

    return re.compile(
        rf"(?i:{unit_words('en')})\s+(?:[a-z][a-z-]*\s+)?[a-z][a-z-]*(?:ed|ing|ible)\s*$"
    )  # (a participle last: "Agencies tasked", "Units directly involved")


def by_role_words(cell: str) -> tuple[Role, str] | None:
    """A column named by words no row lists, ending in a unit word (主攻单位, 参办单位, "Host
    office unit", "Ginseng office unit"): the role its words hold a piece of
    (:mod:`divplan.parsing.role_words`), as a field label of unknown words is read."""
    from divplan.parsing.role_words import role_of_words  # (the parser's data, read lazily)

    cell = simplified(cell)  # (參辦單位: the unit words are written simplified)
    end = unit_end().search(cell)
    words = cell.split()
    if (end is None or end.start() == 0) and cell.isascii() and 1 < len(words) <= _ROLE_NOUN_WORDS:
        found = role_of_words(words[-1])  # ("Designated principal": a role's own noun heads
        role = _ROLE_OF_COLUMN.get(found[0]) if found else None  # it, for the units)
        return None if role is None else (role, "en")
    if end is None or end.start() == 0:
        return None
    found = role_of_words(cell[: end.start()])
    role = _ROLE_OF_COLUMN.get(found[0]) if found else None
    return None if role is None else (role, "en" if cell.isascii() else "zh")


def lead_words(cell: str) -> bool:
    """Whether a column's name holds pieces of the lead role alone (总, "Total", "Chief"):
    a responsible column so named is the lead's ("Total-responsibility unit", 总责单位)."""
    from divplan.parsing.role_words import role_of_words  # (the parser's data, read lazily)

    words = simplified(cell)
    end = unit_end().search(words)  # (its unit word no role's: 承办主体's 主体 is no 主)
    found = role_of_words(words[: end.start()] if end is not None else words)
    return found is not None and found[0] == "lead"


_ROLE_OF_CUE: dict[str, Role] = {"lead": "lead", "part": "part", "resp": "resp"}


def by_cue(cell: str) -> tuple[Role, str] | None:
    """A column named by one role cue of the lexicon and nothing else ("Joined by", "Assisted
    by", "Led by"): the role that cue marks, as it would in a clause."""
    from divplan.parsing.cues import scan  # (the parser's data, read lazily)

    name = simplified(cell).strip(" :：*")
    cues = scan(name)
    if len(cues) != 1 or cues[0].start != 0 or cues[0].end != len(name):
        return None
    role = _ROLE_OF_CUE.get(cues[0].kind.split("_")[0])
    return None if role is None else (role, "en" if name.isascii() else "zh")


_TIME_SPLIT = re.compile(r"\s*(?:/|／|&|\band\b|及|和|与|與)\s*", re.IGNORECASE)


def units_before_time(cell: str) -> list[tuple[Role, str]]:
    """The role of the units a column named for units and a time as well holds ("Ministries
    feeding in / timeframe", 配合单位及时限: the cell holds both, the units first): the role
    the words before the time's name hold, else responsible — never a deadline column."""
    parts = _TIME_SPLIT.split(cell.strip(), maxsplit=1)
    if len(parts) != 2 or not parts[0] or not parts[1]:
        return []
    found = by_role_words(parts[0])
    return [found] if found else [("resp", "en" if cell.isascii() else "zh")]


__all__ = [
    "Role",
    "by_cue",
    "by_role_words",
    "lead_words",
    "simplified",
    "unit_end",
    "unit_first",
    "units_before_time",
]
