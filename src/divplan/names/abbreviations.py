"""Abbreviations a document defines for itself: "the General Administration of Sport (GAS)",
or a key such as "GAS – General Administration of Sport; NDRC – National Development …".

Why: English plans, their translations and the sources that quote them name bodies by
abbreviations they define once (a memo's key, a news story's first mention).  The registry
knows the common ones (NDRC, MOF) but not a writer's own (GAS for the General Administration
of Sport, MEM for the Ministry of Emergency Management).  A mention that is exactly a defined
abbreviation is resolved through its full name when the registry knows that name; the mention
stays as written.

Guarantees of :func:`defined`: only abbreviations of two to ten letters with at least two
capitals, whose first letter is the full name's; the first definition of an abbreviation wins.
"""

from __future__ import annotations

import re

from divplan.names.registry import Registry
from divplan.names.resolve import department, is_local
from divplan.records import Department

_ABBR = r"[A-Z][A-Za-z&]{1,9}"
_NAME = r"[A-Z][\w'’&\-]*(?:\s+(?:(?:of|and|for|the|on|in|under|&)\s+)*[A-Z][\w'’&\-]*)*"
# "the General Administration of Sport (GAS)", "… Commission (hereinafter NDRC)"
_AFTER = re.compile(
    rf"(?P<full>{_NAME})\s*[(（](?:hereinafter\s+(?:referred\s+to\s+as\s+)?|the\s+)?"
    rf"[\"“]?(?P<abbr>{_ABBR})[\"”]?[)）]"
)
# "GAS – General Administration of Sport;" in a key (a list of definitions); searched in
# "\n" + text, so that the pattern opens with characters, not ^ (tried at every position)
_KEY = re.compile(
    rf"(?:\n|[;；:：]\s*)(?P<abbr>{_ABBR})\s*(?:[–—=:]|\s-)\s*(?:the\s+)?(?P<full>{_NAME})"
    r"(?=\s*(?:[;；.]|$))",
    re.MULTILINE,
)
# the bracket alone: where a definition can end.  :data:`_AFTER` tried from every capital of
# a text backtracks through each title-case run (4 % of an English parse); it is tried only
# before such a bracket, from the end of the one before (a name crosses no bracket) and at
# most :data:`_LONGEST_NAME` characters back
_BRACKET = re.compile(
    rf"[(（](?:hereinafter\s+(?:referred\s+to\s+as\s+)?|the\s+)?[\"“]?{_ABBR}[\"”]?[)）]"
)
_LONGEST_NAME = 600
_THE = re.compile(r"^the\s+", re.IGNORECASE)
# 国家食品药品监督管理总局简称“食药总局” / …（以下简称“食药总局”）: a Chinese short name
_ZH = re.compile(
    r"(?P<full>[\u4e00-\u9fff]{3,30})\s*[（(]?\s*(?:以下|下文)?\s*简称\s*[“\"「]?"
    r"(?P<abbr>[\u4e00-\u9fff]{2,10})[”\"」]"
)


def defined(text: str) -> dict[str, tuple[str, ...]]:
    """Abbreviation → the full names it may stand for, longest first (see the guarantees).

    A key delimits its full name; a bracket after a name does not say where the name begins
    ("… with GAS, MPS and the Ministry of Emergency Management (MEM)"), so every stretch from
    a capitalised word to the bracket is a candidate, and the caller keeps the longest one the
    registry knows.
    """
    out: dict[str, tuple[str, ...]] = {}
    lines = "\n" + text
    if not any(c in text for c in "(（–—:=简") and not _KEY.search(lines):
        return out
    for m in _KEY.finditer(lines):
        _add(out, m.group("abbr"), [m.group("full")])
    for m in _ZH.finditer(text.replace("\n", "")) if "简称" in text else ():
        full, abbr = m.group("full"), m.group("abbr")
        if abbr not in out:  # where the full name begins is unsure: every stretch to 简称
            out[abbr] = tuple(full[k:] for k in range(len(full) - 2))
    last = 0
    for bracket in _BRACKET.finditer(text):
        named = _AFTER.search(text, max(last, bracket.start() - _LONGEST_NAME), bracket.end())
        last = bracket.end()
        if named is None:
            continue
        full = named.group("full")
        starts = [0] + [w.start() for w in _CAPITAL.finditer(full) if w.start()]
        _add(out, named.group("abbr"), [full[k:] for k in starts])
    return out


_CAPITAL = re.compile(r"(?<=\s)[A-Z]")


def _add(out: dict[str, tuple[str, ...]], abbr: str, names: list[str]) -> None:
    if sum(c.isupper() for c in abbr) < 2 or abbr in out:
        return
    names = [_THE.sub("", n).strip() for n in names]
    kept = tuple(n for n in names if n[:1].upper() == abbr[0] and len(n.split()) >= 2)
    if kept:
        out[abbr] = kept


def through_definitions(
    mention: str,
    span: tuple[int, int],
    registry: Registry,
    on: str | None,
    lookup: str,
    definitions: dict[str, tuple[str, ...]],
) -> Department:
    """``mention`` resolved through the first full name that ``definitions`` give for it and
    the registry knows (not by a guess: no fuzzy match); else as written."""
    candidates = definitions.get(_THE.sub("", lookup.strip()), ())
    if not candidates or is_local(mention):  # most mentions: nothing defined; 省卫生计生委
        return department(mention, span, registry, on, lookup)  # never the national body
    local = next((c for c in candidates if is_local(c)), None)
    if local is not None:  # 市发展和改革委员会简称“发改委”: the city's commission, not NDRC
        return department(mention, span, registry, on, local)
    for full in candidates:
        found = department(mention, span, registry, on, full)
        if found.id is not None and found.status != "fuzzy":
            return found
    return department(mention, span, registry, on, lookup)


__all__ = ["defined", "through_definitions"]
