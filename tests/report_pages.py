"""Reading report pages in tests: the source a plan points into, the page's tags, gold counts.

Shared by tests/test_report.py and tests/test_report_review.py.  Expected values are counted here
from the gold files (tests/gold), never from the report code.
"""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser
from itertools import combinations

from conftest import RAW
from conftest import gold_ids as gold  # analyses key added bodies by id


def raw_text(name: str) -> str:
    """The decoded source (line ends kept, BOM dropped): what the plan's spans point into."""
    from divplan.read.decode import decode

    return decode((RAW / gold(name)["document"]).read_bytes()).text


def gold_departments(name: str) -> set[str]:
    return {k for it in gold(name)["items"] for k in it["leads"] + it["participants"]}


def gold_pairs(name: str) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for it in gold(name)["items"]:
        out.update(combinations(sorted(set(it["leads"]) | set(it["participants"])), 2))
    return out


def gold_counts(name: str) -> dict[str, tuple[int, int]]:
    """Department key → (items led, items joined), counted from the gold file."""
    led: Counter[str] = Counter()
    joined: Counter[str] = Counter()
    for it in gold(name)["items"]:
        led.update(set(it["leads"]))
        joined.update(set(it["participants"]) - set(it["leads"]))
    return {k: (led[k], joined[k]) for k in set(led) | set(joined)}


class _Collect(HTMLParser):
    """Start tags with their attributes, the text of <script> elements, filter options."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.dept_options: list[str] = []
        self.matrix_cells: dict[str, tuple[int, int]] = {}  # key → (lead cells, participant cells)
        self._in_script = False
        self._select: str | None = None
        self._row: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")
        elif tag == "select":
            self._select = a.get("id")
        elif tag == "option" and self._select == "dept-filter" and a.get("value"):
            self.dept_options.append(a["value"] or "")
        elif tag == "tr":
            self._row = a.get("data-dept")
        elif tag == "td" and self._row is not None:
            led, joined = self.matrix_cells.get(self._row, (0, 0))
            role = (a.get("class") or "").split()
            self.matrix_cells[self._row] = (
                led + ("lead" in role),
                joined + ("participant" in role),
            )

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False
        elif tag == "select":
            self._select = None

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def parse_html(page: str) -> _Collect:
    c = _Collect()
    c.feed(page)
    c.close()
    return c


def has_class(attrs: dict[str, str | None], cls: str) -> bool:
    return cls in (attrs.get("class") or "").split()


def positions(name: str, dept: str, role: str = "any") -> list[int]:
    """Gold item positions (1-based, document order) naming ``dept`` in ``role``."""
    roles = (
        ("leads", "participants")
        if role == "any"
        else ({"lead": "leads", "participant": "participants"}[role],)
    )
    return [i for i, it in enumerate(gold(name)["items"], 1) if any(dept in it[r] for r in roles)]


#: The "shown" counter as each interface language writes it.
SHOWN = {
    "en": "{shown} of {total} items",
    "zh": "显示 {shown} / {total} 项",
    "zh-Hant": "顯示 {shown} / {total} 項",
}


def shown_text(name: str, shown: int, total: int) -> str:
    """What the counter says for corpus document ``name`` (its language from the gold file)."""
    language = gold(name)["language"]
    return SHOWN[language].format(shown=shown, total=total)
