"""Sentence ends: where a sentence stops in a task's text or a clause.

Why a module of its own: the readers of where a clause sits (:mod:`divplan.parsing.clauses`,
:mod:`divplan.parsing.sentence_clauses`) cut a text at its sentences' ends; a full stop after a
word written short ("Provincial Dev. & Reform Commission", "Min. of Finance": the words of
``names/abbreviated_words.tsv``) or after "etc." before a lower-case word ("B etc. units
participate") ends none, so a name is never cut in two and read as another body.
"""

from __future__ import annotations

import re

from divplan.names.keys import abbreviated_words


def _sentence_end() -> re.Pattern[str]:
    short = "".join(f"(?<!\\b(?i:{re.escape(w)}))" for w in sorted(abbreviated_words()))
    return re.compile(
        rf"(?:[。;；!！?？]|(?<!\betc){short}\.|(?<=\betc)\.(?!\s+[a-z]))(?=\s|$)|[。；！？]"
        r"|(?<=[a-z)])\.(?=[A-Z][a-z])"
    )


SENTENCE_END = _sentence_end()

__all__ = ["SENTENCE_END"]
