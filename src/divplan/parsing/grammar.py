"""Load the Lark grammars in ``grammars/`` once per process.

The grammars are data files of the package (``divplan/parsing/grammars``), so a wheel and a
source checkout read the same files.  Every parser is LALR with the contextual
lexer (fast, and conflicts are errors), built once and reused.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from lark import Lark

_GRAMMARS = Path(__file__).resolve().parent / "grammars"


def grammar_dir() -> Path:
    """The directory holding the ``.lark`` files."""
    return _GRAMMARS


def grammar_text(name: str) -> str:
    """The source of ``grammars/<name>.lark``, its word lists put in: ``@SECTION_WORDS_EN@``
    and ``@SECTION_MODIFIED_EN@`` (``data/heading_words.tsv``, which the table reader and the
    marker reader read too, :mod:`divplan.read.heading_words`)."""
    text = (grammar_dir() / f"{name}.lark").read_text(encoding="utf-8")
    if "@SECTION_" not in text:
        return text
    from divplan.read.heading_words import modified_part, part_words

    text = text.replace("@SECTION_MODIFIED_EN@", modified_part())
    return text.replace("@SECTION_WORDS_EN@", part_words())


def build(name: str, *, strict: bool = False, **options: Any) -> Lark:
    """Build a fresh LALR parser for ``grammars/<name>.lark`` (tests use ``strict=True``)."""
    options.setdefault("lexer", "contextual")
    return Lark(grammar_text(name), parser="lalr", strict=strict, **options)


@cache
def parser(name: str, **options: Any) -> Lark:
    """The process-wide parser for ``grammars/<name>.lark``.

    Built with Lark's cache: the analysed grammar is pickled to a file in the temporary
    directory (keyed by the grammar's hash), so later processes load it instead of analysing
    it again — and skip the terminal-collision check, which costs seconds when the optional
    ``interegular`` package is installed.  Conflicts are caught by the tests, which build the
    grammars with ``strict=True``.
    """
    try:
        return build(name, cache=True, **options)
    except OSError:  # an unwritable temporary directory: build without the cache
        return build(name, **options)
