"""Cell cuts: whether a cell's text was cut inside a name where a line or a row ends.

Why a module of its own: a table's cell is cut by its width (a PDF's line, a spreadsheet's
wrapped cell: 市政务服务中 | 心) and by a row's end (a merged cell printed across the line where
the next row begins: 商务部牵头，发 | 展改革委…).  Both are told the same way, from which
characters and words a whole cell, or a name, can end and begin with (``cell_ends.tsv``); the
cell readers (:mod:`divplan.read.cells`), the merged-cell finder
(:mod:`divplan.read.merged_cells`) and the block rules use it.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

_CJK = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z'’-]*)\s*$")
# the capitalised words (and the small words between them) that end a text: its last name
# ("and" parts two names of a list: "County Price Bureau and County Power")
_NAME_RUN = re.compile(r"[A-Z][A-Za-z'’-]*(?:\s+(?:(?:of|for|the|&)\s+)*[A-Z][A-Za-z'’-]*)*\s*$")
# capitalised words opening a line and ending at a head word ("Supply Company, …"), not a
# name going on after it ("State Administration of Grain" is a name of its own)
_HEAD_RUN = re.compile(r"\s*((?:[A-Z][A-Za-z'’-]*\s+){0,2}[A-Z][A-Za-z'’-]*)(?!\s+(?:of\b|[A-Z]))")


@cache
def _ends() -> dict[str, frozenset[str]]:
    """kind → its values, from ``cell_ends.tsv`` (characters for zh kinds, words for en)."""
    data = files("divplan.read").joinpath("cell_ends.tsv").read_text(encoding="utf-8")
    out: dict[str, set[str]] = {}
    for raw in data.splitlines():
        if not raw.strip() or raw.startswith(("#", "kind\t")):
            continue
        kind, lang, value = raw.split("\t")[:3]
        bucket = out.setdefault(kind, set())
        whole = kind == "role_tail"  # (a word, not characters)
        bucket.update(value if lang == "zh" and not whole else [value.lower()])
    return {k: frozenset(v) for k, v in out.items()}


def cut_between(first: str, then: str) -> bool:
    """Whether a cell whose text is ``first`` was cut, and goes on as ``then`` in the next row."""
    first, then = first.rstrip(), then.lstrip()
    if not first or not then:
        return False
    ends = _ends()
    if then.rstrip("。.;；,， ").lower() in ends["role_tail"]:
        return True  # "协办" alone: the rest of the cell before
    last = first[-1]
    if last in ends["cut_char"] or first.endswith((",", "，")):
        return True
    if _CJK.match(last):
        return (
            last not in ends["end_char"]
            and then[0] not in ends["start_char"]
            and not _ends_with_role_word(first)  # (…各认一块 / 县农业局…: two rows' cells)
        )
    end = _LAST_WORD.search(first)
    nxt = [w.lower() for w in _WORD.findall(then[:60])]
    if end is None:
        return False  # ends with a number or a bracket: whole
    word = end.group(1)
    tail = word.lower()
    if tail in ends["open_word"] or (word[0].isupper() and tail in ends["level_word"]):
        return True
    if not nxt or tail in ends["head_word"] | ends["time_word"] or not word[0].isupper():
        return False
    own_name = nxt[1:2] == ["of"] and nxt[2:3] != ["china"]  # "Ministry of Transport"
    if own_name:
        return False
    if nxt[0] in ends["head_word"]:
        return True
    # "… County Power" / "Supply Company, …": the capitalised words opening the next line
    # reach a head word before anything else, so they end the name left open above — when
    # that name has no head word yet ("Department of Rural Economy" is whole)
    run = _NAME_RUN.search(first)
    if run is not None and any(w.lower() in ends["head_word"] for w in _WORD.findall(run.group())):
        return False
    head = _HEAD_RUN.match(then)
    return head is not None and head.group(1).split()[-1].lower() in ends["head_word"]


def sentence_cut(first: str, then: str) -> bool:
    """Whether English task text ``first`` was cut by its cell's width and goes on as ``then``
    (a row without number or fields under it in an unnumbered table): ``first`` closes no
    sentence, and leaves a bracket open, ends on a word that cannot end one ("… roads in"), or
    ``then`` opens in lower case ("… the tea / plantation base …")."""
    first, then = first.rstrip(), then.lstrip()
    if not first or not then or not first[-1].isascii() or first[-1] in ".;:!?)]":
        return False
    words = first.split()
    return (
        first.count("(") > first.count(")")
        or words[-1].lower() in _ends()["open_word"]
        or then[0].islower()
    )


def _ends_with_role_word(cell: str) -> bool:
    """Whether a Chinese cell closes with a role word of the lexicon (…分包负责, …各认一块): a
    clause's end, however its last character reads."""
    from divplan.parsing.clause_text import simplify  # (the parser's data, read lazily)
    from divplan.parsing.cues import ROLE_KINDS, scan

    text = simplify(cell)
    return any(c.kind in ROLE_KINDS and c.end == len(text) for c in scan(text))


__all__ = ["cut_between"]
