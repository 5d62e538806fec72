"""CJK radicals that stand for whole characters: ⼈⺠ for 人民, as some PDFs' fonts give them.

Why: a PDF printed by a browser or converted by some tools maps the glyphs of common
characters to the Kangxi Radicals (U+2F00–U+2FD5) or CJK Radicals Supplement (U+2E80–U+2EF3)
code points: a reader sees 人民政府, the extracted text holds ⼈⺠政府, and no department
name, cue word or deadline matches.  :func:`radical_map` is the one-character-for-one table
back (NFKC for the Kangxi radicals, ``data/radicals.tsv`` for the supplement), so applying it
changes no offset: the PDF reader applies it to what it extracts, and the normaliser to any
text (a copy of such a PDF).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib.resources import files

_RADICAL = re.compile(r"[\u2e80-\u2fdf]")


@cache
def radical_map() -> dict[int, str]:
    """Code point of a radical → the character it stands for (``str.translate`` table)."""
    out: dict[int, str] = {}
    for cp in range(0x2F00, 0x2FD6):
        char = unicodedata.normalize("NFKC", chr(cp))
        if len(char) == 1 and char != chr(cp):
            out[cp] = char
    table = files("divplan").joinpath("data/radicals.tsv").read_text(encoding="utf-8")
    for n, line in enumerate(table.splitlines(), start=1):
        cols = line.split("\t")
        if not line.strip() or line.startswith("#") or cols[0] == "radical":
            continue
        if len(cols) < 2 or len(cols[0]) != 1 or len(cols[1]) != 1:
            raise ValueError(f"data/radicals.tsv:{n}: bad row {line[:40]!r}")
        out[ord(cols[0])] = cols[1]
    return out


def unradical(text: str) -> str:
    """``text`` with every radical that stands for a character replaced by it (same length)."""
    return text.translate(radical_map()) if _RADICAL.search(text) else text


__all__ = ["radical_map", "unradical"]
