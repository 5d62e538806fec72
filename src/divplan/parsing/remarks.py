"""Remarks: a bracket that qualifies the task — its scope, a document's edition, what is done.

Why a module of its own: the closing brackets of an item are read as its clause or its deadline
(:mod:`divplan.parsing.clauses`), and a remark looks like either — （包括税务部门） names a
department, （2023年版） holds a year, "(including the customs)" names a body.  Read as a clause
or a deadline, such a bracket gives a wrong item with nothing to show it.  What a remark opens
with lives in the data file ``lexicon/remarks.tsv``; a bracket that opens so is neither.
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


__all__ = ["is_remark"]
