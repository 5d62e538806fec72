"""The one place where the command line turns FILE arguments into inputs.

Why one function: every command that takes files used to read its arguments its own way, so a
glob that ``parse`` accepted was "no such file" for ``validate``, and ``validate plans/`` did
not look inside subfolders and passed having checked nothing.  Now they all call
:func:`inputs` (or :func:`expand` for the paths alone), and a FILE argument means the same
everywhere:

- ``-`` is standard input;
- a directory is every file below it, recursively, in sorted order, hidden files and folders
  (``.git``) skipped;
- a pattern with ``*``, ``?`` or ``[`` that names no existing file is a glob (``**`` recurses;
  quote it so the shell leaves it alone); a folder it matches is walked like a directory
  (unless the pattern has ``**``, which already reaches every file);
- anything else is a file, passed on as it is (a missing one then fails as "no such file").

An argument that names no file at all (an empty folder, a glob matching nothing) is reported as
an :class:`Input` with a ``problem``, which every command prints and exits 2 for: "checked 0
files" is never a success.  Each input also carries the *root* its output name mirrors under
``--out-dir`` (:mod:`divplan.corpus.outputs`).

Imports only standard modules (``glob`` once paths are expanded): :mod:`divplan.cli.app`
imports this module on every start, ``divplan --version`` included.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import NamedTuple

STDIN = "-"
"""The FILE argument that means standard input."""

_GLOB_CHARS = frozenset("*?[")


class Input(NamedTuple):
    """One input of a command: a file path (or ``-``), its root, and what is wrong, if anything."""

    path: str
    root: str
    problem: str | None = None


def _walk(top: str, exclude: str | None) -> Iterator[str]:
    """Files below ``top``, sorted, hidden names and the ``exclude`` folder skipped."""
    for folder, dirs, files in os.walk(top):
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".")
            and (exclude is None or os.path.realpath(os.path.join(folder, d)) != exclude)
        )
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(folder, name)


def glob_root(pattern: str) -> str:
    """The folder before a glob's first wildcard: ``crawl/**/*.html`` → ``crawl``."""
    head: list[str] = []
    for part in pattern.replace(os.sep, "/").split("/"):
        if _GLOB_CHARS.intersection(part):
            break
        head.append(part)
    if not head:
        return "."
    root = "/".join(head)
    return root or "/"


def inputs(patterns: Iterable[str], *, exclude: str | None = None) -> Iterator[Input]:
    """The inputs the FILE arguments name, lazily (a crawl of a million files starts at once).

    ``exclude`` is a folder never to read from (``--out-dir`` inside an input folder).
    """
    import glob

    skip = os.path.realpath(exclude) if exclude else None
    for pattern in patterns:
        if pattern == STDIN:
            yield Input(STDIN, ".")
        elif os.path.isdir(pattern):
            found = False
            for path in _walk(pattern, skip):
                found = True
                yield Input(path, pattern)
            if not found:
                yield Input(pattern, pattern, "no files in this folder")
        elif _GLOB_CHARS.intersection(pattern) and not os.path.exists(pattern):
            root = glob_root(pattern)
            found = False
            deep = "**" in pattern
            for match in sorted(glob.iglob(pattern, recursive=True)):
                if os.path.isdir(match):
                    if deep:
                        continue
                    for path in _walk(match, skip):
                        found = True
                        yield Input(path, root)
                elif os.path.isfile(match):
                    found = True
                    yield Input(match, root)
            if not found:
                yield Input(pattern, root, "no files match")
        else:
            yield Input(pattern, os.path.dirname(pattern) or ".")


def expand(patterns: Iterable[str]) -> Iterator[str]:
    """Only the paths of :func:`inputs` (an argument naming nothing is passed on as it is)."""
    for found in inputs(patterns):
        yield found.path


__all__ = ["STDIN", "Input", "expand", "glob_root", "inputs"]
