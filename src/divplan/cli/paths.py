"""The one place where the command line turns FILE arguments into input paths.

Why one function: every command that takes several inputs (``parse``, ``validate``,
``unresolved``, ``table``) used to read its arguments its own way, so a glob that ``parse``
accepted was "no such file" for ``validate``.  Now they all call :func:`expand`, and a FILE
argument means the same everywhere.

Imports only standard modules the CLI loads anyway (``glob`` only once paths are expanded):
:mod:`divplan.cli.app` imports this module on every start, ``divplan --version`` included.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

_GLOB_CHARS = frozenset("*?[")


def expand(patterns: Iterable[str]) -> Iterator[str]:
    """Input paths, lazily: files as given, directories' files (sorted), glob matches (sorted).

    A directory contributes the files directly inside it, as the command line always did;
    recurse with a glob (``'crawl/**/*.html'``, quoted so the shell leaves it alone).  A name
    that neither exists nor matches anything is passed on as it is, so it fails as "no such
    file".  Lazy, so that a crawl of a million files starts at once and is never held in memory.
    """
    import glob

    for pattern in patterns:
        path = Path(pattern)
        if path.is_dir():
            with os.scandir(path) as it:
                names = sorted(e.name for e in it if e.is_file())
            yield from (str(path / n) for n in names)
        elif not path.exists() and _GLOB_CHARS.intersection(pattern):
            matches = sorted(m for m in glob.iglob(pattern, recursive=True) if os.path.isfile(m))
            yield from matches if matches else [pattern]
        else:
            yield pattern


__all__ = ["expand"]
