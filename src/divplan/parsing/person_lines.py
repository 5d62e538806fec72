"""Person lines: a line under a task naming the official who oversees it.

Why: a plan may set under each task, after its bracketed clause, the leader in charge of it
(牵头领导：秦志远, 县级联系领导：梁文博, "Leader in charge: Vice Mayor Chen").  That line names a
person, never a department (its label is a ``label_person`` cue of the lexicon), and it is
no part of the clause: read with the task, it keeps the clause's bracket from closing the
item, and the bracket's bodies were read off the sentence, or not at all.  So the item is read
as if it ended before that line; the line stays the item's text.

Guarantees: only a last line that opens with a person's label and holds no other field is set
aside; nothing else of the item changes.
"""

from __future__ import annotations

from divplan.parsing.clause_text import language, simplify
from divplan.parsing.cue_rows import _labels_of
from divplan.parsing.cues import find_label


def person_line_at_end(text: str, start: int, end: int) -> int | None:
    """Where the last line of ``text[start:end]`` begins (its line break), when it opens with
    a person's label; None otherwise."""
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    cut = text.rfind("\n", start, end)
    if cut <= start:
        return None
    line = text[cut + 1 : end]
    body = line.lstrip(" \t\u3000")
    if not body:
        return None
    plain = simplify(body)
    found = _labels_of("label_person", language(body)).match(plain)
    if found is None or find_label(plain, found.end()) is not None:
        return None  # (【责任领导】A  【责任单位】B: the line holds the item's fields too)
    return cut


__all__ = ["person_line_at_end"]
