"""Heading words: the English words that head a section before its number ("Part II",
"Pillar 3:", "Action Area 1:"), from ``data/heading_words.tsv``.

Why a module of its own, with no other import of the package: three places must agree on these
words — the line grammar (``parsing/grammars/lines.lark``, its ``@SECTION_WORDS_EN@``), the
reading of a marker's number (:mod:`divplan.parsing.lines`) and a table's section rows
(:mod:`divplan.read.cells`) — and the read layer may not import the parser's modules.  One data
file, read once, so a new word is written once.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def heading_words(kind: str) -> tuple[str, ...]:
    """The words of ``kind`` (``part`` or ``modifier``) in the file's order; a bad row raises
    ``ValueError`` naming its line."""
    text = files("divplan").joinpath("data/heading_words.tsv").read_text(encoding="utf-8")
    out: list[str] = []
    for n, line in enumerate(text.splitlines(), start=1):
        cols = line.split("\t")
        if not line.strip() or line.startswith("#") or cols[0] == "kind":
            continue
        word = cols[1].replace("-", "") if len(cols) > 1 else ""  # ("Sub-table": one hyphen)
        if len(cols) < 2 or cols[0] not in ("part", "modifier") or not word.isalpha():
            raise ValueError(f"data/heading_words.tsv:{n}: bad row {line[:60]!r}")
        if cols[0] == kind:
            out.append(cols[1])
    return tuple(out)


def part_words() -> str:
    """The part words as one regex alternation (no group): ``Part|Section|…``."""
    return "|".join(heading_words("part"))


def modified_part() -> str:
    """A part word after a modifier, as a regex with no group: ``(?:Action|Key|…)[ ]+(?:Part|…)``
    (the caller requires a colon or a full stop after the number)."""
    return f"(?:{'|'.join(heading_words('modifier'))})[ ]+(?:{part_words()})"


__all__ = ["heading_words", "modified_part", "part_words"]
