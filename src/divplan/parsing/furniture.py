"""Web-page furniture: the lines a site prints after an article, which end a plan.

Why: scraped plans carry the page around them — 【打印本页】【关闭窗口】, a 相关链接 list whose
titles may name a unit in brackets, a 版权所有 footer.  Lines like those look like tasks to
the clause reader ("…推进会（县商务局）") and, when the plan's items are unnumbered
paragraphs, nothing in the numbering tells them apart.  The phrases a site uses live in
``lexicon/page_furniture.tsv``; the context pass (:mod:`divplan.parsing.context`, rule 4)
ends the plan before the first such line after its first task.

Guarantee of :func:`is_furniture`: true only for a short line (at most 80 characters) that
opens, after brackets and bullets, with a phrase of the lexicon.
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


__all__ = ["is_furniture"]
