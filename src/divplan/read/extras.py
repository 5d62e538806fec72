"""Optional extras: the one-line error when a reader's library is not installed.

Why: the core install stays light (the README's first command needs no extra), so HTML, Word,
Excel and PDF readers import their libraries only when such a file is read.  A missing library
must never surface as a traceback: :func:`need` turns the ``ImportError`` into
:class:`MissingExtra`, an :class:`~divplan.errors.InputError` whose message names the extra to
install, which every command already prints on one line (exit 2).
"""

from __future__ import annotations

import importlib
from types import ModuleType

from divplan.errors import InputError

#: format → (the extra that brings its reader, what the message calls the file)
EXTRAS: dict[str, tuple[str, str]] = {
    "html": ("html", "HTML"),
    "docx": ("office", ".docx"),
    "xlsx": ("office", ".xlsx"),
    "pdf": ("pdf", ".pdf"),
}


class MissingExtra(InputError):
    """A reader's library is not installed; the message is the whole line to print."""

    def __init__(self, fmt: str) -> None:
        extra, what = EXTRAS[fmt]
        super().__init__("divplan", "")
        self.extra = extra
        self.reason = f"reading {what} needs the '{extra}' extra: pip install 'divplan[{extra}]'"
        self.args = (self.reason,)

    def __str__(self) -> str:
        return self.reason


def need(module: str, fmt: str) -> ModuleType:
    """Import ``module`` for reading ``fmt``, or raise :class:`MissingExtra`."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtra(fmt) from None


def optional(module: str) -> ModuleType | None:
    """Import ``module`` when it is installed, else None: a library that makes a reader better
    (pdfplumber's ruled tables) but that the reader can do without."""
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


__all__ = ["EXTRAS", "MissingExtra", "need", "optional"]
