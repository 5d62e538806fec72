"""Reading the lexicon files that are a language and a pattern per row (deadlines, page furniture).

Why one reader: each such file has the same shape — ``#`` comments, a header row, then
``lang<TAB>pattern<TAB>note`` — and a bad row must fail the same way, naming the file and
line, whichever file it is in.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from divplan.parsing.gated_search import GatedSearch


def rows(name: str) -> list[tuple[str, list[str]]]:
    """The data rows of ``lexicon/<name>``: each as a place to name in an error
    (``lexicon/<name>:<line>``) and its tab-separated columns — comments (``#``), blank lines
    and the header row (the first other row) left out."""
    text = files("divplan.parsing").joinpath(f"lexicon/{name}").read_text(encoding="utf-8")
    out: list[tuple[str, list[str]]] = []
    header = False
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header:
            header = True
            continue
        out.append((f"lexicon/{name}:{n}: bad row {line[:60]!r}", line.split("\t")))
    return out


def lang_patterns(name: str, langs: tuple[str, ...] = ("zh", "en")) -> dict[str, list[str]]:
    """The patterns of ``lexicon/<name>`` by language (``any`` rows go to every language)."""
    by_lang: dict[str, list[str]] = {lang: [] for lang in langs}
    for bad, cols in rows(name):
        if cols[0] in _WORD_ROWS:
            continue  # (a prefilter's words, :func:`holds_trigger`; a list, :func:`row_words`)
        if len(cols) < 2 or (cols[0] not in by_lang and cols[0] != "any"):
            raise ValueError(bad)
        for lang in langs if cols[0] == "any" else (cols[0],):
            by_lang[lang].append(f"(?:{cols[1]})")
    return by_lang


@cache
def lang_regexes(name: str) -> dict[str, re.Pattern[str]]:
    """The rows of ``lexicon/<name>`` as one case-insensitive alternation per language, compiled
    once (remarks, group scope: files whose rows are matched at a text's start)."""
    return {
        lang: re.compile("|".join(rows), re.IGNORECASE)
        for lang, rows in lang_patterns(name).items()
    }


@cache
def lang_searches(name: str) -> dict[str, GatedSearch | re.Pattern[str]]:
    """:func:`lang_regexes`, each searched through a gate where the gate pays
    (:attr:`GatedSearch.selective`: rows that open with Chinese characters or signs): the same
    first match, for the files whose rows are searched for anywhere in a whole text (legends)."""
    out: dict[str, GatedSearch | re.Pattern[str]] = {}
    for lang, patterns in lang_patterns(name).items():
        gated = GatedSearch(patterns, re.IGNORECASE) if patterns else None
        out[lang] = gated if gated is not None and gated.selective else lang_regexes(name)[lang]
    return out


_WORD_ROWS = frozenset({"trigger", "bold", "capitals", "sign"})  # rows of words, not patterns


@cache
def row_words(name: str, kind: str) -> frozenset[str]:
    """The words of the ``kind`` rows of ``lexicon/<name>`` (space-separated, as written)."""
    return frozenset(w for _, cols in rows(name) if cols[0] == kind for w in cols[1].split())


@cache
def _triggers(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ``trigger`` rows' words of ``lexicon/<name>`` (space-separated): Chinese and symbols
    as written, Latin words in lower case."""
    words = [w for bad, cols in rows(name) if cols[0] == "trigger" for w in cols[1].split()]
    return tuple(w for w in words if not w.isascii() or not w.isalpha()), tuple(
        w.lower() for w in words if w.isascii() and w.isalpha()
    )


def holds_trigger(name: str, text: str) -> bool:
    """Whether ``text`` holds one of the ``trigger`` words of ``lexicon/<name>``: the plain
    strings one of which every match of the file's patterns holds, so that a text with none
    is searched no further (most plans hold no legend).  A file with no trigger row: always."""
    plain, latin = _triggers(name)
    if not plain and not latin:
        return True
    if any(w in text for w in plain):
        return True
    low = text.lower() if latin else ""  # (once, not once a word)
    return any(w in low for w in latin)


def _trigger_hits(name: str, text: str) -> list[tuple[int, int]]:
    """Every place of a trigger word in ``text`` (start, end), in order, a Latin word only at
    the start of a word (the rows' words open words: "bold", "underlin", "lead"): each found by
    ``str.find`` in the text lowered once (one regex of all the words, case folded, tried at
    every place, cost more than the searches it spared)."""
    plain, latin = _triggers(name)
    low = text.lower() if latin else text
    if len(low) != len(text):  # (a letter whose lower case is longer: look case by case)
        low, latin = text, tuple(w for word in latin for w in (word, word.upper(), word.title()))
    hits = []
    for words, subject, starts in ((plain, text, False), (latin, low, True)):
        for w in words:
            at = subject.find(w)
            while at >= 0:
                if not starts or at == 0 or not subject[at - 1].isalpha():
                    hits.append((at, at + len(w)))  # (a Latin word only where a word starts:
                at = subject.find(w, at + 1)  # the rows' words do; "red" in "required" not)
    return sorted(hits)


def trigger_windows(name: str, text: str) -> list[tuple[int, int]] | None:
    """Where in ``text`` a match of ``lexicon/<name>``'s patterns can lie: each line holding a
    ``trigger`` word with the line before it and the line after it (a note a line's end cut),
    overlapping windows merged, in order; ``None`` for a file with no trigger row.

    Why: an English row opens with a common word ("lead", "units") that ``re`` tries at every
    place of the text, and the legends' searches of whole plans were a fifth of a parse; the
    trigger words are rare lines.  Each window opens on the newline before its first line and
    closes after the newline of its last, so a row's ``(?:^|\\s)`` and ``$`` see the line ends
    a search of the whole text sees."""
    if not any(_triggers(name)):
        return None
    out: list[tuple[int, int]] = []
    size = len(text)
    for at, to in _trigger_hits(name, text):
        own = text.rfind("\n", 0, at)  # (the newline before the trigger's line)
        start = max(text.rfind("\n", 0, own), 0) if own > 0 else 0
        end_own = text.find("\n", to)
        end_next = text.find("\n", end_own + 1) if end_own >= 0 else -1
        end = size if end_next < 0 else end_next + 1
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


@cache
def word_lists(name: str) -> dict[str, tuple[str, ...]]:
    """The words of ``lexicon/<name>`` by kind (``kind<TAB>word<TAB>note`` rows): word lists a
    rule consults (which words carry a name on, which end one), kept in data like the cues."""
    by_kind: dict[str, list[str]] = {}
    for bad, cols in rows(name):
        if len(cols) < 2 or not cols[0] or not cols[1] or cols[1] != cols[1].strip():
            raise ValueError(bad)
        by_kind.setdefault(cols[0], []).append(cols[1])
    return {kind: tuple(words) for kind, words in by_kind.items()}


@cache
def unit_words(lang: str) -> str:
    """The unit words of ``name_words.tsv`` (``unit`` rows) in ``lang`` as one alternation,
    longest first: what ``{UNIT}`` stands for in a ``cues.tsv`` pattern, so that a label's unit
    word is listed once for the label cues, the label reader and the name reader."""
    words = [w for w in word_lists("name_words.tsv")["unit"] if w.isascii() == (lang == "en")]
    return "(?:{})".format("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@cache
def time_words(lang: str) -> str:
    """The time words of ``name_words.tsv`` (``time`` rows, regular-expression pieces) in
    ``lang`` as one alternation, longest first: what ``{TIME}`` stands for in a ``cues.tsv``
    pattern and what a deadline label of unknown words ends in (label_roles.TIME_WORD)."""
    every = word_lists("name_words.tsv")["time"]
    words = [w for w in every if lang == "any" or w.isascii() == (lang == "en")]
    return "(?:{})".format("|".join(sorted(words, key=len, reverse=True)))


__all__ = [
    "holds_trigger",
    "lang_patterns",
    "lang_regexes",
    "lang_searches",
    "row_words",
    "rows",
    "time_words",
    "trigger_windows",
    "unit_words",
    "word_lists",
]
