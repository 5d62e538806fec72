"""Names a list writes in part: the forms under which the registry may know a run of pieces.

Why apart from :mod:`divplan.parsing.mentions`: these two ask the registry about text a list
left incomplete — a word cut at a line end with a hyphen, and a "Ministry of" that a list wrote
once for several names ("the Ministry of Land and Resources, Housing and Urban-Rural
Development") — while the mention finder decides where names begin and end.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from divplan.parsing.clause_text import Reference
from divplan.parsing.name_edges import ORG_EN, abbreviates

_MINISTRY_HEAD = re.compile(r"^(ministry|ministries|department)\s+of\s+", re.IGNORECASE)
_CUT_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[a-z])")
# "Fi nance", "Agri culture": a word a PDF's text split — a fragment of a few letters (not a
# small word of its own) before a space and a lower-case rest
_CUT_SPACE = re.compile(
    r"(?<![A-Za-z])(?!(?:of|and|the|for|on|in|to|at|by|or)\b)[A-Za-z]{1,5}( )(?=[a-z])"
)


def known_form(name: str, lookup: Callable[[str], bool], split_words: bool = True) -> str | None:
    """``name`` if the registry knows it, else the same with its in-word hyphens taken out when
    that is known: a word cut at a line end ("National Develop-ment and Reform Commission"), or
    with one space inside a word taken out ("Ministry of Agri culture", text a PDF split)."""
    if lookup(name):
        return name
    if "-" in name:
        joined = _CUT_HYPHEN.sub("", name)
        if joined != name and lookup(joined):
            return joined
    for cut in _CUT_SPACE.finditer(name) if split_words and " " in name else ():  # "Fi nance"
        joined = name[: cut.start(1)] + name[cut.end(1) :]
        if lookup(joined):
            return joined
    return None


def ministry_of(
    name: str, prev: Reference | None, lookup: Callable[[str], bool], joined: bool = False
) -> str | None:
    """'Industry and Information Technology' after 'Ministry of Finance' → the full name.

    Not after "Department of … and": "Department of Planning and Finance" is one body (a
    ministry's department, or a province's), not the Department of Planning and MOF; nor after
    a "Department of …" the registry does not know (a ministry's own department).
    """
    if prev is None:
        return None
    m = _MINISTRY_HEAD.match(prev.lookup) or _MINISTRY_HEAD.match(prev.mention)
    if not m or (m.group(1).lower() == "department" and (joined or not prev.known)):
        return None  # "Department of Planning, Development and …": one body's name goes on
    head = "Ministry of " if m.group(1).lower() == "ministries" else m.group(0)
    candidate = head + name
    return candidate if lookup(candidate) else None


_OF_WORD = re.compile(r"\bof\s+(?:the\s+)?[A-Z][\w'’-]*$")


# one to three capitalised words, none a level of government or an article: the rest of an
# "… of X and Y" name ("Resources"), not the start of a body's own name ("Provincial Radio")
_REST_OF_NAME = re.compile(
    r"^(?!.*\b(?:Provincial|Municipal|County|City|District|Township|Town|Prefecture|State"
    r"|National|Central|Autonomous|the)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$"
)


def ends_name_before(prev: str, sep: str, fragment: str, after: str | None) -> bool:
    """Whether ``fragment``, written after ``prev`` and ``sep``, ends ``prev``'s name: an "… of
    X" name that goes on with "and Y" ("Municipal Bureau of Land | and Resources"), when what
    follows is a name of its own ("and Municipal Environmental Protection Bureau") or nothing."""
    if sep.strip().lower() not in ("and", "&") or not _OF_WORD.search(prev):
        return False
    if not _REST_OF_NAME.match(fragment.strip()):
        return False
    first = prev.split(maxsplit=1)[0] if prev.strip() else ""
    if first[:1].isupper() and fragment.strip().startswith(first + " "):
        return False  # ("Yuzhu Central Sub-branch of … | and Yuzhu Banking | and Insurance …
        # Bureau": the place word again opens a name of its own)
    return after is None or bool(ORG_EN.search(after))


_PLURAL_MINISTRY = re.compile(r"^ministries\s+of\s+", re.IGNORECASE)


def lookup_text(text: str, s: int, e: int) -> str:
    """The name at ``text[s:e]`` as the registry is asked it ("Ministries of X" as one)."""
    return _PLURAL_MINISTRY.sub("Ministry of ", text[s:e])


_TRAILING_BRACKET = re.compile(r"\s*[（(]([^（）()]{1,40})[)）]$")
# （以下简称人民银行）, "(hereinafter referred to as the PBC)": the short name a text goes on with
_SHORT_NAME_LEAD = re.compile(
    r"^(?:以下简称|以下称|下称|简称|hereinafter\s+(?:referred\s+to\s+as|called)\s+(?:the\s+)?"
    r"|hereinafter\s+)",
    re.IGNORECASE,
)


def bracket_qualified(text: str, s: int, e: int, lookup: Callable[[str], bool]) -> int | None:
    """Where a known body's name ends when brackets after it qualify it, else ``None``.

    工商总局（联席会议办公室）, "NDRC (Private Economy Development Bureau)" — the body's own
    office doing the work — and 国务院国有资产监督管理委员会（国务院国资委） — its short name —
    all name the body before the brackets.  Only when that body is known and the bracket holds an
    organisation's name or another known name: 党建工作局（党委组织部） stays one unknown name.
    """
    m = _TRAILING_BRACKET.search(text, s, e)
    if m is None or m.start() <= s:
        return None
    inner = _SHORT_NAME_LEAD.sub("", m.group(1).strip()).strip("“”\"' ")
    outer = lookup_text(text, s, m.start())
    if not lookup(outer):
        return None
    if lookup(inner):  # its short name (国资委 in 国有资产监督管理委员会), never another body
        return m.start() if abbreviates(inner, outer) else None
    return m.start() if _OWN_UNIT.search(inner) else None


# the body's own office or department doing the work: 联席会议办公室, "… Development Bureau"
_OWN_UNIT = re.compile(
    r"(?:办公室|办|司|处|室|科)$|\b(?:office|bureau|department|division|secretariat)$",
    re.IGNORECASE,
)


__all__ = ["bracket_qualified", "ends_name_before", "known_form", "lookup_text", "ministry_of"]
