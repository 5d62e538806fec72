"""Remarks: a bracket that qualifies the task — its scope, a document's edition, what is done.

Why a module of its own: the closing brackets of an item are read as its clause or its deadline
(:mod:`divplan.parsing.clauses`), and a remark looks like either — （包括税务部门） names a
department, （2023年版） holds a year, "(including the customs)" names a body.  Read as a clause
or a deadline, such a bracket gives a wrong item with nothing to show it.  What a remark opens
with lives in the data file ``lexicon/remarks.tsv``; a bracket that opens so is neither.  A
line that opens as a note (注：…, ``lexicon/note_lines.tsv``) is the same for a whole line.
"""

from __future__ import annotations

import re

from divplan.parsing.lexicon_files import lang_regexes

_CJK = re.compile(r"[\u3400-\u9fff]")


def is_remark(body: str) -> bool:
    """Whether a bracket's text (without its brackets) is a remark, not a clause or deadline."""
    s = body.strip().strip("()（）").strip()  # (the lexicon writes traditional forms too:
    if not s:  # no conversion of every bracket of every item on the hot path)
        return False
    return lang_regexes("remarks.tsv")["zh" if _CJK.search(s) else "en"].match(s) is not None


def note_line(line: str) -> bool:
    """Whether a line is a note on the plan or its table (注：…, "Note: …", in brackets or not:
    "(Note: marked ◇ for the lead …)"; ``lexicon/note_lines.tsv``): after a task whose
    sentence closed, no more of its text."""
    s = line.strip().lstrip("(（[【").lstrip()
    return bool(s) and lang_regexes("note_lines.tsv")[
        "zh" if _CJK.match(s) else "en"
    ].match(s) is not None


def labelled_note(line: str) -> bool:
    """Whether a line is a note under its label (注：…, 备注：…, "Note: …"): never a task's text,
    whatever the line above ends with (a table's field line runs on to no stop: 配合单位：A、B⏎
    注：本表所列工作由…)."""
    return note_line(line) and _NOTE_LABEL.match(line) is not None


_NOTE_LABEL = re.compile(r"\s*[^\s:：]{1,7}\s*\d?\s*[:：]")  # (a label, not 各地区要…)

__all__ = ["is_remark", "labelled_note", "note_line"]
