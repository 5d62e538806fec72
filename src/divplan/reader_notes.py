"""Reader notes: what the reading of a file says about the text it gave, as diagnostics.

Why apart from :mod:`divplan.pipeline`: the parse reads text, whatever its source; a file's
reader knows more — bytes it could not decode (DP001), an encoding it guessed (DP002), a text
layer whose glyphs map to one character (DP003) — and these notes open the plan's diagnostics.
"""

from __future__ import annotations

from divplan.check.diagnostics import Locator
from divplan.read.extracted import Extracted
from divplan.read.glyph_damage import damaged_glyphs
from divplan.records import Diagnostic


def reader_notes(extracted: Extracted) -> list[Diagnostic]:
    """The notes on ``extracted``'s text (none for a clean read)."""
    text = extracted.text
    notes: list[Diagnostic] = []
    locator = Locator(text)
    if extracted.replaced and "\ufffd" in text:
        first = text.index("\ufffd")
        notes.append(
            locator.make(
                "DP001",
                f"{extracted.replaced} undecodable byte(s) replaced by U+FFFD",
                (first, first + 1),
            )
        )
    if extracted.guess:
        notes.append(locator.make("DP002", extracted.guess, (0, min(1, len(text)))))
    damaged = damaged_glyphs(text)
    if damaged is not None:
        char, share = damaged
        at = text.index(char)
        notes.append(
            locator.make(
                "DP003",
                f"「{char}」 is {share:.0%} of the text's Chinese characters: the file's text"
                " layer maps its glyphs to one character (a PDF made without its font?);"
                " its text cannot be read as written",
                (at, at + 1),
            )
        )
    return notes


__all__ = ["reader_notes"]
