"""``[tool.divplan]`` in the nearest ``pyproject.toml``: a project's defaults for every command.

Why: a repository that gates its plans in CI and in pre-commit wants one place for the codes it
ignores, its alias file and its encoding, rather than the same flags repeated in the workflow,
the hook and every shell history::

    [tool.divplan]
    select = ["DP1", "DP2"]      # codes or prefixes (validate)
    ignore = ["DP209"]
    strict = true                # warnings are errors (validate)
    encoding = "gb18030"
    input-format = "auto"
    aliases = ["plans/local-departments.tsv"]   # relative to the pyproject.toml

Which file: walking up from the current directory, the first ``pyproject.toml`` that has a
``[tool.divplan]`` table (as ruff finds ``[tool.ruff]``).  An option given on the command line
replaces the file's value.  A key this module does not know, or a value of the wrong type, is a
usage error (exit 2), so that a typo never silently turns a check off.

Only files that mention ``[tool.divplan`` are parsed (``tomllib``, Python 3.11+; ``tomli`` on
3.10), so a command in a project without the table pays one small read per parent directory.
"""

from __future__ import annotations

import argparse
import importlib
import os
from pathlib import Path
from typing import Any

from divplan.cli.options import INPUT_FORMATS

#: key → (argparse destination, expected type)
KEYS: dict[str, tuple[str, type]] = {
    "select": ("select", list),
    "ignore": ("ignore", list),
    "strict": ("strict", bool),
    "encoding": ("encoding", str),
    "input-format": ("input_format", str),
    "aliases": ("aliases", list),
}


class ConfigError(ValueError):
    """A ``[tool.divplan]`` table that cannot be used (reported in one line, exit 2)."""


def find(start: str | os.PathLike[str] | None = None) -> tuple[Path, dict[str, Any]] | None:
    """The nearest ``pyproject.toml`` with a ``[tool.divplan]`` table, and that table."""
    here = Path(start or os.getcwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        try:
            text = candidate.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if "[tool.divplan" not in text:
            continue
        try:
            toml: Any = importlib.import_module("tomllib")
        except ImportError:  # Python 3.10
            try:
                toml = importlib.import_module("tomli")
            except ImportError:
                msg = f"{candidate}: reading [tool.divplan] needs tomli on Python 3.10"
                raise ConfigError(msg) from None
        try:
            data = toml.loads(text)
        except ValueError as exc:
            raise ConfigError(f"{candidate}: {exc}") from None
        table = data.get("tool", {}).get("divplan")
        if isinstance(table, dict):
            return candidate, table
    return None


def apply(args: argparse.Namespace, start: str | os.PathLike[str] | None = None) -> Path | None:
    """Fill the options ``args`` left unset from the nearest ``[tool.divplan]``; its path."""
    found = find(start)
    if found is None:
        return None
    path, table = found
    for key, raw in table.items():
        value: Any = raw
        if key not in KEYS:
            known = ", ".join(KEYS)
            raise ConfigError(f"{path}: unknown key {key!r} in [tool.divplan] (known: {known})")
        dest, kind = KEYS[key]
        wrong = not isinstance(raw, kind)
        if isinstance(raw, list):
            wrong = wrong or not all(isinstance(v, str) for v in raw)
        if wrong:
            raise ConfigError(f"{path}: [tool.divplan] {key} must be a {_kind(kind)}")
        if key == "input-format" and value not in INPUT_FORMATS:
            raise ConfigError(f"{path}: [tool.divplan] input-format must be one of {INPUT_FORMATS}")
        if key == "aliases":
            value = [str(path.parent / v) for v in value]
        if hasattr(args, dest) and getattr(args, dest) in (None, []):
            setattr(args, dest, value)
    return path


def _kind(kind: type) -> str:
    return {list: "list of strings", bool: "boolean", str: "string"}[kind]


__all__ = ["KEYS", "ConfigError", "apply", "find"]
