"""Web-page furniture: the lines a site prints after an article, which end a plan.

Why: scraped plans carry the page around them — 【打印本页】【关闭窗口】, a 相关链接 list whose
titles may name a unit in brackets, a 版权所有 footer.  Lines like those look like tasks to
the clause reader ("…推进会（县商务局）") and, when the plan's items are unnumbered
paragraphs, nothing in the numbering tells them apart.  The phrases a site uses live in
``lexicon/page_furniture.tsv``; the context pass (:mod:`divplan.parsing.context`, rule 4)
ends the plan before the first such line after its first task.

Guarantee of :func:`is_furniture`: true only for a short line (at most 80 characters) that
opens, after brackets and bullets, with a phrase of the lexicon.  :func:`is_furniture_at` adds
the line's place: a line inside a bracket that the lines above opened and a line below closes
is a word a hard wrap cut out of a clause ("(to be completed by the⏎end⏎of 2020)"), never a
page's furniture.
"""

from __future__ import annotations

import re
from functools import cache

from divplan.parsing.clause_text import simplify
from divplan.parsing.lexicon_files import lang_patterns

_MAX_LINE = 80
_LEAD = re.compile(r"^[\s\u3000【\[(（·•*>-]*")


@cache
def _pattern(lang: str) -> re.Pattern[str]:
    return re.compile("|".join(lang_patterns("page_furniture.tsv")[lang]), re.IGNORECASE)


def is_furniture(line: str) -> bool:
    """Whether ``line`` is page furniture that a plan never goes on past (see module doc)."""
    s = line.strip()
    lang = "zh" if re.search(r"[\u3400-\u9fff]", s) else "en"
    longest = _MAX_LINE * (1 if lang == "zh" else 2) * (2 if s.count(" | ") >= 2 else 1)
    if not s or len(s) > longest:  # (English words are longer: "CC: Municipal Party Committee
        return False  # Office, …"; a footer of fields set apart by pipes is longer still)
    s = simplify(s)
    body = s[_LEAD.match(s).end() :]  # type: ignore[union-attr]
    bodies = (body, body.rstrip(" 】]")) if s[:1] in "【[" else (body,)  # 【相关链接】: a
    # heading in brackets, its phrase closed by the bracket as by a colon
    langs = (lang, "en") if lang == "zh" else (lang,)
    return any(_pattern(k).match(b) is not None for b in bodies for k in langs)


def is_furniture_at(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is page furniture where it stands (module doc)."""
    return is_furniture(text[start:end]) and not _inside_wrapped_bracket(text, start, end)


_OPEN_SIGNS = "(（"
_CLOSE_SIGNS = ")）"
_LOOK = 300  # characters a wrapped bracket is looked for on either side (one paragraph's)


def _inside_wrapped_bracket(text: str, start: int, end: int) -> bool:
    """Whether a bracket opened in the paragraph before ``start`` is still open there, and
    one of the next two lines closes it."""
    head = text.rfind("\n\n", max(0, start - _LOOK), start)
    before = text[head + 1 if head >= 0 else max(0, start - _LOOK) : start]
    depth = 0
    for ch in before:
        if ch in _OPEN_SIGNS:
            depth += 1
        elif ch in _CLOSE_SIGNS and depth:
            depth -= 1
    if depth == 0 or not before.endswith("\n"):
        return False
    after = text[end : end + _LOOK].split("\n", 3)[:3]  # (the rest of this line, two more)
    return any(ch in _CLOSE_SIGNS for ln in after for ch in ln)


__all__ = ["is_furniture", "is_furniture_at"]
