"""Pages of layout text for the PDF table tests: cells placed at columns, as pypdf's layout
mode writes them (a CJK character one column wide), and the rendered items by number."""

from __future__ import annotations

from collections.abc import Sequence


def placed_row(at: Sequence[int], *cells: str) -> str:
    """A row whose non-empty cells start at the columns ``at``."""
    line = ""
    for start, cell in zip(at, cells, strict=True):
        if cell:
            line = line.ljust(start) + cell
    return line


def items_by_number(lines: Sequence[tuple[str, int]]) -> dict[str, str]:
    """Rendered item lines ("3. task  牵头单位：…") by their number."""
    return {text.split(".")[0]: text for text, _ in lines if text[:1].isdigit()}
