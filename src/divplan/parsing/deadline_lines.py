"""Deadline lines: a line under a task (or under a group's sentence) that is its deadline.

Why a module of its own: rule 1 (:mod:`divplan.parsing.blocks`) must tell such a line from a
new task's first line before any clause is read, and the deadline is written three ways on its
own line — in brackets（2021年底前完成）, bare 2021年底前完成, or as a field alone
(完成时限：2021年底前, "Time limit: The whole year") — each answered here from the lexicon.
A field alone may stand a blank line apart: a deadline field never opens a task.  A date
alone on its line, and the issuer's short line over one, are the signature's (:func:`date_only`):
no task goes on into them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from divplan.parsing.cues import deadline_label_end
from divplan.parsing.deadlines import deadline_first
from divplan.parsing.lines import Line

_BARE_DEADLINE = 20  # a deadline line without brackets is this short at most
_BARE_DEADLINE_LATIN = 48  # in English ("completed before the end of December 2010")


_CJK = re.compile(r"[\u3400-\u9fff]")


def is_deadline_line(
    text: str, line: Line, is_deadline: Callable[[str], bool], is_date_line: Callable[[str], bool],
    under_field: bool = False,
) -> bool:
    """（2021年底前完成）, a bare 2021年底前完成 or a deadline field alone (完成时限：2021年底前)
    under an item: its deadline, on a line (a bare date, 2021年3月2日, is the signature's).  A
    bare one a blank line sets apart only ``under_field``, a field line above it (a Markdown
    copy writes each field a paragraph: 协理司局：B⏎⏎务于2009年5月底前完成)."""
    s = text[line.start : line.end]
    if s.startswith("(") and s.endswith(")"):
        return is_deadline(s)
    if is_deadline_field(text, line):
        return is_deadline(text[deadline_label_end(text, line.start, line.end) : line.end])
    return (
        len(s) <= (_BARE_DEADLINE_LATIN if s.isascii() else _BARE_DEADLINE)
        and (not line.blank_before or under_field)
        and not is_date_line(s)
        and deadline_first(s)  # opens with a deadline phrase (lexicon/deadlines.tsv)
        and is_deadline(s)
    )


def is_deadline_field(text: str, line: Line) -> bool:
    """A line that opens with a deadline label (完成时限：, "Time limit:")."""
    return deadline_label_end(text, line.start, line.end) > line.start


def date_only(text: str, lines: list[Line], i: int, is_date_line: Callable[[str], bool]) -> bool:
    """A line that is only a date (2024年5月10日, May 10, 2024): short, not closing a sentence
    or a clause, and a date line (a task's wrapped line that holds a date is none); or a short
    line over one under a closed sentence, the issuer signing (国务院 / 二〇〇二年四月二日)."""
    def short(k: int, chars: int) -> bool:  # (English words take three times the room)
        s = text[lines[k].start : lines[k].end]
        return len(s) <= (chars if _CJK.search(s) else 3 * chars)

    def dated(k: int) -> bool:
        s = text[lines[k].start : lines[k].end]
        return short(k, 20) and s[-1] not in "。.；;)）" and is_date_line(s)
    signs = 0 < i < len(lines) - 1 and text[lines[i - 1].end - 1] in "。." and dated(i + 1)
    return dated(i) or (signs and short(i, 20))  # ("General Office of … / Issued on …")


__all__ = ["date_only", "is_deadline_field", "is_deadline_line"]
