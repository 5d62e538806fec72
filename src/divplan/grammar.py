"""Load the Lark grammars in ``grammars/`` once per process.

The grammars are data files.  In a wheel they are shipped inside the package
(``divplan/grammars``); in a source checkout or an editable install they are read from the
repository's top-level ``grammars/`` directory.  Every parser is LALR with the contextual
lexer (fast, and conflicts are errors), built once and reused.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from lark import Lark

_HERE = Path(__file__).resolve().parent
_CANDIDATES = (_HERE / "grammars", _HERE.parent.parent / "grammars")


def grammar_dir() -> Path:
    """The directory holding the ``.lark`` files (packaged copy first)."""
    for cand in _CANDIDATES:
        if (cand / "lines.lark").is_file():
            return cand
    raise FileNotFoundError(
        "divplan grammars not found (looked in: " + ", ".join(str(c) for c in _CANDIDATES) + ")"
    )


def grammar_text(name: str) -> str:
    """The source of ``grammars/<name>.lark``."""
    return (grammar_dir() / f"{name}.lark").read_text(encoding="utf-8")


def build(name: str, *, strict: bool = False, **options: Any) -> Lark:
    """Build a fresh LALR parser for ``grammars/<name>.lark`` (tests use ``strict=True``)."""
    options.setdefault("lexer", "contextual")
    return Lark(grammar_text(name), parser="lalr", strict=strict, **options)


@cache
def parser(name: str) -> Lark:
    """The process-wide parser for ``grammars/<name>.lark``."""
    return build(name)
