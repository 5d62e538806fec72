"""Row ids: the column of an export that only counts its rows, and the column holding the text.

Why a module of its own: a crawler or an OCR tool saves a page as rows of (id, text), perhaps
with a tag or a constant column (para_id,text; block,tag,text; 段落,内容,抓取时间;
block_id,text over b001, b002 …).  Its first column counts the rows 1, 2, 3 … without end,
where a plan's own item numbers restart in each section: that difference tells an export
from a table (:mod:`divplan.read.keyed_rows` writes the export a row a paragraph).
"""

from __future__ import annotations

import re


def row_ids(rows: list[list[str] | None]) -> int | None:
    """Which column holds the text when rows under a header number themselves 1, 2, 3 … (or
    0, 1 …) in a column (para_id,text; doc_id,url,date,para_idx,text): an export's row ids,
    not a plan's item numbers (which restart); None when they do not.  Any other column holds
    an element's tag (block,tag,text) or one value on every row (抓取时间, a crawl's URL)."""
    body = [r for r in rows[1:] if r is not None]
    width = len(rows[0]) if rows[0] is not None else 0
    if rows[0] is None or not 2 <= width <= 6 or len(body) < len(rows) - 1 or any(
        len(r) != width for r in body
    ):
        return None
    columns = [[r[c].strip() for r in body] for c in range(width)]
    ids = [c for c in range(width) if _running(columns[c]) and not rows[0][c].strip().isdigit()]
    if not ids:
        return None
    text = max((c for c in range(width) if c != ids[0]), key=lambda c: len(set(columns[c])))
    if not all(columns[text]):
        return None
    for c in range(width):
        if c not in (ids[0], text) and len(set(columns[c])) > 1 and not all(
            map(_TAG.fullmatch, columns[c])
        ):
            return None
    return text


def _running(values: list[str]) -> bool:
    """Whether ``values`` count the rows 1, 2, 3 … (or 0, 1 …), each number perhaps padded
    with zeros and set in one prefix of letters and signs (b001, b002 …; p-1, p-2 …): a
    crawler's block ids."""
    found = [_RUNNING.fullmatch(v) for v in values]
    if not found or any(m is None for m in found) or len({m[1] for m in found if m}) != 1:
        return False
    numbers = [int(m[2]) for m in found if m]
    return numbers[0] in (0, 1) and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


_RUNNING = re.compile(r"([A-Za-z]{0,6}[-_#]?)(\d{1,7})")
_TAG = re.compile(r"[A-Za-z][\w-]{0,11}")  # (block,tag,text: an element's tag, h1, p, nav)


__all__ = ["row_ids"]
