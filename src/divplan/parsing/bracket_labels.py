"""Labels written in brackets: ``【责任单位】A`` read as ``责任单位：A`` (normaliser rule 6).

Why apart from :mod:`divplan.parsing.cues`: the cue lexicon says what a label is; this is the
one rewrite of the text it drives, done line by line while the text is normalised.
"""

from __future__ import annotations

import re

from divplan.parsing.cues import find_label, is_task_label

_CJK = re.compile(r"[\u3400-\u9fff]")

# a short bracketed word: 【责任单位】, 〔时限〕, [Lead unit] — a label when the lexicon says so
_BRACKETED = re.compile(r"[【\[〔［〖]([^【】\[\]〔〕［］〖〗\n:：]{1,16})[】\]〕］〗]")
_NO_VALUE = re.compile(r"[ \t]*(?:[,，、;；)）]|$)", re.MULTILINE)  # (after it: no field's value)


def unbracket_labels(line: str, mark: str | None = None) -> str:
    """``【责任单位】A`` → `` 责任单位：A``: a label written in brackets instead of before a colon.

    Same length, every other character in place (the normaliser's offsets hold).  Only a
    bracketed word that the lexicon reads as a whole field label, with a value after it,
    changes, so a heading in 【】, a bracketed gloss or a mark after a name (A【牵头】、B)
    stays as written; so does ``mark``, the word a legend of the plan says marks the lead
    ("[Main] A, B": A leads, the rest help — never a field whose bodies all lead).
    """
    if not any(c in line for c in "】]〕］〗"):
        return line
    if _BRACKETED.fullmatch(line.strip()):
        return line  # 【工作要求】 alone on its line is a heading, not a field

    def relabel(m: re.Match[str]) -> str:
        inner = m.group(1)
        if _NO_VALUE.match(line, m.end()) or m.group() == mark:
            return m.group()  # ("A [lead], B": a mark after a name, no field's label)
        colon = "：" if _CJK.search(inner) else ":"
        candidate = inner.strip() + colon
        found = find_label(candidate)
        if found != (0, len(candidate)) or is_task_label(candidate, 0, len(candidate)):
            return m.group()  # 【重点任务】 names a part of the plan, not a task's field
        return " " + inner + colon

    return _BRACKETED.sub(relabel, line)


__all__ = ["unbracket_labels"]
