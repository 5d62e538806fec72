"""Glosses: English renderings of Chinese name parts, and English words as the matcher sees them.

Translations of department names are read by meaning (:mod:`divplan.names.translate`): the
words of an English mention are aligned with glosses of the parts of a registry name's Chinese
form (水利 "water conservancy", 部 "ministry"). Which glosses exist is *data*, kept in
``glosses.tsv`` beside this module so that a reviewer can add a rendering without reading code;
this module reads that table and reduces English text to the comparable word sequence both sides
use (function words dropped, a plural "s" removed), so that the two cannot drift apart.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from functools import cached_property
from typing import Literal, NamedTuple

from divplan.names.keys import normalise

Kind = Literal["prefix", "part", "filler", "head"]
KINDS: tuple[Kind, ...] = ("prefix", "part", "filler", "head")

#: Words ignored on both sides: they carry no meaning a gloss could align.
FUNCTION_WORDS = frozenset(
    {"of", "the", "and", "for", "on", "in", "at", "to", "a", "an", "with", "by", "its", "under"}
)
_IRREGULAR = {
    "ministries": "ministry",
    "industries": "industry",
    "authorities": "authority",
    "properties": "property",
    "commodities": "commodity",
    "activities": "activity",
    "cities": "city",
    "counties": "county",
    "bodies": "body",
    "agencies": "agency",
}


def stem(word: str) -> str:
    """A word without its plural "s" (affairs → affair), keeping -ss/-us/-is/-ies words whole.

    "securities" stays apart from "security": the two render different parts (证券, 保障).
    """
    irregular = _IRREGULAR.get(word)
    if irregular is not None:
        return irregular
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ies")):
        return word[:-1]
    return word


@functools.lru_cache(maxsize=65536)
def key_tokens(key: str) -> tuple[str, ...]:
    """The comparable words of a normalised key (see :func:`divplan.names.keys.normalise`)."""
    return tuple(stem(w) for w in key.split() if w not in FUNCTION_WORDS)


def tokens(text: str) -> tuple[str, ...]:
    """The comparable words of any English text ("People's Bank of China" → people, bank, china)."""
    return key_tokens(normalise(text))


class Gloss(NamedTuple):
    """One row of the table: a Chinese part, what kind of part it is, its renderings as words."""

    kind: Kind
    zh: str
    en: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class GlossTable:
    """The glosses by Chinese part (a part may have several kinds: 银行 is a head)."""

    entries: dict[str, tuple[Gloss, ...]]
    max_len: int

    def vocabulary(self) -> frozenset[str]:
        """Every word some gloss uses (made once per table: a local unit's words are tested
        against it one by one)."""
        return self._vocabulary

    @cached_property
    def _vocabulary(self) -> frozenset[str]:
        return frozenset(w for gs in self.entries.values() for g in gs for en in g.en for w in en)


def read_glosses(text: str, source: str) -> GlossTable:
    """The gloss table in ``text`` (rows ``kind<TAB>zh<TAB>en; en; …``, "#" comments)."""
    entries: dict[str, dict[Kind, Gloss]] = {}
    for lineno, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != 3 or cells[0] not in KINDS or not cells[1]:
            raise ValueError(f"{source}:{lineno}: expected 'kind<TAB>zh<TAB>glosses', got {line!r}")
        kind: Kind = cells[0]  # narrowed by the test against KINDS above
        zh = cells[1]
        en = tuple(dict.fromkeys(t for t in (tokens(g) for g in cells[2].split(";")) if t))
        if not en and kind in ("part", "head"):
            raise ValueError(f"{source}:{lineno}: a {kind} needs at least one gloss")
        if kind in entries.get(zh, {}):
            raise ValueError(f"{source}:{lineno}: {kind} {zh!r} is already listed")
        entries.setdefault(zh, {})[kind] = Gloss(kind, zh, en)
    return GlossTable(
        {zh: tuple(by_kind.values()) for zh, by_kind in entries.items()},
        max((len(zh) for zh in entries), default=0),
    )


@functools.lru_cache(maxsize=1)
def default_glosses() -> GlossTable:
    """The packaged table, ``divplan/names/glosses.tsv``, read once per process."""
    from importlib.resources import files

    text = files("divplan.names").joinpath("glosses.tsv").read_text(encoding="utf-8")
    return read_glosses(text, "divplan/names/glosses.tsv")
