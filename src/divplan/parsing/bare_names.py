"""Bare names: a sentence after a task that names bodies and says nothing the lexicon knows.

Why a module of its own: plans written with sentence clauses (:mod:`divplan.parsing.sentence_
clauses`) sometimes close a task with the bodies' names alone ("…. The County Civil Affairs
Bureau.") or with the names and a few words of a phrasing no lexicon holds ("…. Provincial
Market Supervision Bureau pack dry.", a literal 包干).  Read as nothing, such a task loses its
clause, and in a plan of unnumbered paragraphs it is no task at all: the tasks after it shift,
in silence.  Read here as the named bodies being responsible (one: sole, several: joint), the
reading says what it guessed and which words it did not understand.
"""

from __future__ import annotations

import re

from divplan.parsing.clause_text import ClauseReading, Reference
from divplan.parsing.name_edges import org_shaped
from divplan.parsing.name_tails import local_name, title_case

BARE_GUESS = "no role word: the sentence names bodies alone, read as responsible for the task"
_WORDS_GUESS = (
    "no role word the lexicon knows: the sentence names bodies, then words read as saying they"
    " are responsible for the task"
)
# the one guess a name's few lower-case words after it leave (「pack dry」 not understood)
_FEW_WORDS = re.compile(r"「[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,3}」 not understood")
_FEW_ZH = re.compile(r"「[\u4e00-\u9fff]{2,4}」 not understood")  # (由A、B一人一摊)


def bare_names(reading: ClauseReading) -> bool:
    """Whether a sentence with no role word is nothing but bodies' names, perhaps with a
    deadline ("The County Civil Affairs Bureau." / "Seed Management Bureau, continuous
    advancement."): each known to the registry or a local body's by its level word, every word
    understood — never a task's words ending in a body-like noun ("Build a data center.")."""
    return not reading.guesses and _names_only(reading)


def bare_guess(reading: ClauseReading) -> str | None:
    """The guess to say when the sentence ``reading`` read is bodies' names alone
    (:func:`bare_names`) or bodies' names then a few lower-case words the lexicon lacks, and
    nothing else ("Provincial Market Supervision Bureau pack dry."); None otherwise."""
    if bare_names(reading):
        return BARE_GUESS
    if reading.guesses and all(_FEW_WORDS.fullmatch(g) for g in reading.guesses) and (
        _names_only(reading, alone=True)  # (one title-case body then its words: "Science and
    ):  # Education Department pockets the bottom.", a ministry's own department)
        return _WORDS_GUESS
    return None


def few_words_zh(guess: str) -> bool:
    """Whether ``guess`` says only that a few Chinese words after the names were not understood
    (由A、B一人一摊: a clause :mod:`divplan.parsing.sentence_clauses` reads after 由)."""
    return _FEW_ZH.fullmatch(guess) is not None


def _names_only(reading: ClauseReading, alone: bool = False) -> bool:
    named = reading.leads + reading.participants
    return (
        reading.error is None
        and not reading.cued
        and bool(named)
        and all(
            r.known or local_name(r.mention) or _listed_body(r.mention, named, alone) for r in named
        )
    )


def _listed_body(name: str, named: list[Reference], alone: bool = False) -> bool:
    """A name of a list of two or more, written as a body's in title case ("Farmland
    Construction Management Department, Agricultural …"): a ministry's own departments the
    registry does not hold, not a task's words ("Build a data center."); ``alone``: one such
    name will do (words the lexicon lacks follow it)."""
    return (alone or len(named) >= 2) and org_shaped(name) and title_case(name)


__all__ = ["BARE_GUESS", "bare_guess", "bare_names", "few_words_zh"]
