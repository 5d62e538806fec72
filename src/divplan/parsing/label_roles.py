"""Field labels the lexicon does not know, read by their words.

Why: a plan's field labels are as open as its clauses.  A county writes 主战单位：/协战单位：, a
machine translation "Main battle unit: / Help run units:", and no lexicon row has them; read as
task text, the fields vanish and the item's departments with them (silently).  A short label
at a field start that ends in a unit word (``label_role`` rows of ``lexicon/cues.tsv``) is read
here: the pieces of one role its words hold (``lexicon/role_words.tsv``: 主/main lead, 协/help
take part) make it that role's label, and the reading says it guessed.  Words with no piece, or
pieces of two roles (各有关单位：, an addressee line), make no label.
"""

from __future__ import annotations

import re

from divplan.parsing.role_words import role_of_words


def read_label(label: str, known: re.Pattern[str]) -> tuple[str, str, int] | None:
    """A field label the lexicon does not know (主战单位：, "Help run units:"), read by its
    words (:mod:`divplan.parsing.role_words`): the label kind of the one role they hold a
    piece of, the guess to say, and how many leading characters are not the label (words of
    the name before it: "Bureau Assist battle units:" is "Assist battle units:"); None when
    the words hold no piece, or pieces of two roles, or end in a label of ``known`` (the
    lexicon's labels: that one is found where it begins) — then it is no label."""
    head = _LABEL_HEAD.search(label)
    words = label[: head.start()] if head else label
    k = 0
    while True:  # a known label after words of a task or a name is found where it begins
        if known.fullmatch(label, k):
            return None
        if (m := _NEXT_WORD.match(words, k)) is None:
            break
        k = m.end()
    found = role_of_words(words)
    if found is None or found[0] not in _LABEL_OF_ROLE:
        return None
    skip = 0
    while (m := _NEXT_WORD.match(words, skip)) and role_of_words(words[m.end() :]) == found:
        skip = m.end()  # the shortest words from the right that still say the role
    said = label[skip:].strip()
    note = f"the label 「{said}」 is not in the lexicon; read as {found[0]} by its 「{found[1]}」"
    return _LABEL_OF_ROLE[found[0]], note, skip


#: The unit words a label (or a table's column name) of unknown words ends in (simplified).
UNIT_WORD = (
    r"(?:单位|部门|处室|科室|机关|主体|units?|departments?|agenc(?:y|ies)|bod(?:y|ies)|offices?)"
)
_LABEL_HEAD = re.compile(rf"(?i){UNIT_WORD}?\s*[-–—:：]?\s*$")
_NEXT_WORD = re.compile(r"\s*[A-Za-z][A-Za-z'-]*\s+")  # (a Chinese label is not trimmed)
_LABEL_OF_ROLE = {"lead": "label_lead", "participant": "label_part"}


__all__ = ["UNIT_WORD", "read_label"]
