"""What a deadline cell opens with in a table's raw text layer (``read/raw_cells.tsv``).

Why a module of its own: both raw-layer table readers — rows opened by their numbers
(:mod:`divplan.read.raw_tables`) and rows ended by their deadlines
(:mod:`divplan.read.raw_unnumbered`) — ask where a deadline cell begins, from one data file.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

_CJK = re.compile(r"[\u3400-\u9fff]")


@cache
def _deadline_start() -> dict[str, re.Pattern[str]]:
    """What a deadline cell opens with, by language (``read/raw_cells.tsv``)."""
    text = files("divplan.read").joinpath("raw_cells.tsv").read_text(encoding="utf-8")
    rows: dict[str, list[str]] = {"zh": [], "en": []}
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("lang\t"):
            continue
        cols = line.split("\t")
        if len(cols) < 2 or cols[0] not in rows:
            raise ValueError(f"read/raw_cells.tsv:{n}: bad row {line[:60]!r}")
        rows[cols[0]].append(f"(?:{cols[1]})")
    return {lang: re.compile("|".join(p), re.IGNORECASE) for lang, p in rows.items()}


def opens_deadline(line: str) -> bool:
    """Whether ``line`` opens as a deadline cell does (2012年9月底前, "By the end of …")."""
    s = line.strip()
    return _deadline_start()["zh" if _CJK.search(s) else "en"].match(s) is not None


__all__ = ["opens_deadline"]
