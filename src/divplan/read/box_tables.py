"""Box-drawn tables: a table drawn with box-drawing characters, read as a grid table.

Why: a plan set in a word processor's plain-text export, a console or an old e-mail may draw
its table with box-drawing characters (┌──┬──┐ / │序号│工作任务│ / ├──┼──┤), its cells' text
wrapped over several lines between the rules.  The text-table reader knows the same table
drawn in ASCII, a grid table (+----+----+ / | … | … |): the box characters are written as
those, one for one, and the table read as it would be.

Guarantee: only lines holding a box-drawing character change, each character to one character
(│┃║ to a pipe, ─━═ to a dash, the corners and joints to a plus), so every offset stays put;
a text with fewer than two such rows is left alone (None).
"""

from __future__ import annotations

import re

_VERTICAL = re.compile(r"[│┃║]")
_JOINTS = "┌┐└┘├┤┬┴┼╋╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫"  # corners and joints
_TRANSLATE = str.maketrans(
    {**dict.fromkeys("│┃║", "|"), **dict.fromkeys("─━═", "-"), **dict.fromkeys(_JOINTS, "+")}
)
_LEAST_ROWS = 2


def boxed_as_grid(text: str) -> str | None:
    """``text`` with its box-drawn table written as an ASCII grid table, or None when it
    holds no such table (fewer than two rows drawn with vertical bars)."""
    if len(_VERTICAL.findall(text, 0, len(text))) < 2 * _LEAST_ROWS:
        return None
    rows = sum(1 for line in text.splitlines() if len(_VERTICAL.findall(line)) >= 2)
    return text.translate(_TRANSLATE) if rows >= _LEAST_ROWS else None


__all__ = ["boxed_as_grid"]
