"""Diagnostics: findings about a document, as values with stable codes.

Each code has one meaning forever (the README lists them).  A finding carries its severity,
a one-line message, and where it is: span plus 1-based line and column in the decoded text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from divplan.records import Diagnostic, Severity

#: code → (default severity, one-line meaning)
CODES: dict[str, tuple[Severity, str]] = {
    "DP001": ("warning", "bytes that could not be decoded were replaced (mixed encodings?)"),
    "DP002": ("warning", "encoding guessed (no BOM, not UTF-8) and the guess is uncertain"),
    "DP003": ("error", "the text layer maps its glyphs to one character: it cannot be read"),
    "DP101": ("error", "item numbering gap: an item number was skipped"),
    "DP102": ("error", "item number duplicated or out of order"),
    "DP103": ("warning", "section or subsection numbering gap, duplicate or out of order"),
    "DP201": ("error", "item has no responsibility clause"),
    "DP202": ("error", "department not found in the registry"),
    "DP203": ("error", "department name is ambiguous at the document's date"),
    "DP204": ("warning", "department did not exist at the document's date"),
    "DP205": ("error", "clause names participants but no lead"),
    "DP206": ("error", "responsibility clause could not be read"),
    "DP207": ("warning", "department matched approximately (fuzzy): a typo was guessed"),
    "DP208": ("warning", "responsibility clause read by inference: something was guessed"),
    "DP209": ("info", "local or branch unit: outside the central registry by design"),
    "DP210": (
        "warning",
        "a 'Department of …' read as a ministry in a plan naming its own departments",
    ),
    "DP211": (
        "warning",
        "an item's task text ends like a responsibility clause: rows or fields may be misread",
    ),
    "DP212": (
        "warning",
        "a unit's name read loosely (unknown, fuzzy or translated) holds a list separator: two"
        " or more units may be read as one",
    ),
    "DP213": (
        "warning",
        "an item has a responsibility clause but no task text: its task was not found",
    ),
    "DP214": (
        "warning",
        "a deadline line after a group of tasks was applied to the group's tasks with none:"
        " the plan closes its groups so, a guess",
    ),
    "DP301": ("warning", "text inside the plan left unparsed"),
    "DP302": ("warning", "a lone short line without a marker was read as a subsection heading"),
    "DP303": (
        "warning",
        "text after the plan's end holds headings and numbered lines: the plan may go on unread",
    ),
    "DP401": ("error", "no items found: not a division-of-labour plan?"),
    "DP402": ("warning", "notice has no date"),
    "DP403": ("warning", "notice has no document number"),
    "DP404": ("error", "far fewer items than item markers: the plan's layout was not recognised"),
}


@dataclass
class Locator:
    """Turns offsets of a text into 1-based line and column numbers."""

    text: str

    def __post_init__(self) -> None:
        self._starts = [0]
        pos = self.text.find("\n")
        while pos >= 0:
            self._starts.append(pos + 1)
            pos = self.text.find("\n", pos + 1)

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def make(
        self, code: str, message: str, span: tuple[int, int], severity: Severity | None = None
    ) -> Diagnostic:
        line, col = self.line_col(span[0])
        return Diagnostic(
            code=code,
            severity=severity or CODES[code][0],
            message=message,
            line=line,
            column=col,
            span=span,
        )
