"""Box-drawn tables: a table drawn with box-drawing characters, read as a grid table.

Why: a plan set in a word processor's plain-text export, a console or an old e-mail may draw
its table with box-drawing characters (┌──┬──┐ / │序号│工作任务│ / ├──┼──┤), its cells' text
wrapped over several lines between the rules.  The text-table reader knows the same table
drawn in ASCII, a grid table (+----+----+ / | … | … |): the box characters are written as
those, one for one, and the table read as it would be.

Guarantee: only lines holding a box-drawing character change, each character to one character
(│┃║ to a pipe, ─━═ to a dash, the corners and joints of every weight to a plus, and in such a
line an OCR's 丨 or ｜ for a border to a pipe), so every offset stays put; a text with fewer
than two such rows is left alone (None).
"""

from __future__ import annotations

import re
import unicodedata

_VERTICAL = re.compile(r"[│┃║┆┇┊┋╎╏]")
_BOX = re.compile(r"[\u2500-\u257f]")


def _box_char(ch: str) -> str:
    """A box-drawing character as its ASCII grid's: a line across a dash, a line down a pipe,
    a corner or a joint (light, heavy, double or dashed) a plus."""
    name = unicodedata.name(ch, "")
    across, down = "HORIZONTAL" in name, "VERTICAL" in name
    return "-" if across and not down else "|" if down and not across else "+"


_TRANSLATE = str.maketrans(
    {
        **{chr(c): _box_char(chr(c)) for c in range(0x2500, 0x2580)},
        **dict.fromkeys("丨｜", "|"),  # (an OCR's reading of a border: 丨 U+4E28, a full-width bar)
    }
)
_LEAST_ROWS = 2


def boxed_as_grid(text: str) -> str | None:
    """``text`` with its box-drawn table written as an ASCII grid table, or None when it
    holds no such table (fewer than two rows drawn with vertical bars)."""
    if len(_VERTICAL.findall(text, 0, len(text))) < 2 * _LEAST_ROWS:
        return None
    lines = text.splitlines(keepends=True)
    rows = sum(1 for line in lines if len(_VERTICAL.findall(line)) >= 2)
    if rows < _LEAST_ROWS:
        return None
    return "".join(line.translate(_TRANSLATE) if _BOX.search(line) else line for line in lines)


__all__ = ["boxed_as_grid"]
