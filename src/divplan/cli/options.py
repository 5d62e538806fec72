"""What every ``divplan`` command shares: input options, the registry they select, errors.

Kept apart from :mod:`divplan.cli.app` so that command modules (:mod:`divplan.cli.analysis`,
:mod:`divplan.cli.parse_command`) use the same options and messages without importing the CLI
itself.  Printing errors is the CLI's business, so :func:`error` is here; the registry cache is
not (workers need it without a command line), so :func:`registry_from` asks
:func:`divplan.corpus.jobs.registry_for`.  Imports nothing heavy: ``divplan --version`` loads
this module.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from divplan.names.registry import Registry


#: what ``--input-format`` accepts (divplan.read.INPUT_FORMATS; spelled out here so that
#: building the parser imports no reader)
INPUT_FORMATS = ("auto", "text", "html", "docx", "pdf", "xlsx", "tsv", "markdown")


class UsageError(ValueError):
    """Options that do not fit together or values out of range: one line, exit 2."""


def _at_least(value: str, least: int) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < least:
        raise argparse.ArgumentTypeError(f"must be {least} or more, not {n}")
    return n


def non_negative(value: str) -> int:
    """An ``argparse`` type: a whole number ≥ 0 (``--indent -1`` is a usage error)."""
    return _at_least(value, 0)


def positive(value: str) -> int:
    """An ``argparse`` type: a whole number ≥ 1 (``--part-chars 0`` is a usage error)."""
    return _at_least(value, 1)


def job_count(value: str) -> int:
    """``--jobs``: worker processes, 0 for one per core."""
    return _at_least(value, 0) or (os.cpu_count() or 1)


def add_jobs_option(sp: argparse.ArgumentParser, what: str) -> None:
    """``-j/--jobs N`` (0: one per core; default 1): ``what`` says what the workers do."""
    sp.add_argument(
        "-j", "--jobs", type=job_count, default=1, metavar="N",
        help=f"{what} (0: one per core; default 1)",
    )  # fmt: skip


def split_codes(values: Sequence[str]) -> tuple[str, ...]:
    """``--select`` / ``--ignore`` values: comma-separated codes or prefixes, each checked.

    ``DP2`` means every code that starts with it; a prefix that matches no code is a usage
    error (a typo must not silently select nothing or ignore nothing).
    """
    from divplan.check.diagnostics import CODES

    codes: list[str] = []
    for value in values:
        for part in value.split(","):
            code = part.strip().upper()
            if not code:
                continue
            if not any(c.startswith(code) for c in CODES):
                raise UsageError(f"unknown diagnostic code or prefix {part.strip()!r}")
            codes.append(code)
    return tuple(codes)


def add_input_options(sp: argparse.ArgumentParser) -> None:
    """``--encoding``, ``--input-format`` and ``--aliases``: what every reading command takes.

    Their defaults are ``None`` so that ``[tool.divplan]`` (:mod:`divplan.cli.config`) can
    fill what the command line left unset.
    """
    sp.add_argument("--encoding", help="force an input encoding (default: detect)")
    sp.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        default=None,
        help="read every input as this format (default auto: sniffed from the bytes; "
        "text: the decoded text exactly, tables not rendered)",
    )
    sp.add_argument(
        "--aliases",
        action="append",
        metavar="TSV",
        help="extra departments/aliases/bans, same columns as departments.tsv (repeatable)",
    )


def registry_from(args: argparse.Namespace) -> Registry:
    """The registry the command line asked for (built once per process and alias list)."""
    from divplan.corpus.jobs import registry_for

    aliases: Sequence[str] = getattr(args, "aliases", None) or ()
    return registry_for(tuple(aliases))


def input_format(args: argparse.Namespace) -> str | None:
    """The ``--input-format`` asked for, None for auto (commands without the option: auto)."""
    value: str | None = getattr(args, "input_format", None)
    return None if value in (None, "auto") else value


def error(msg: str) -> None:
    """One line on stderr, prefixed like every divplan message."""
    print(f"divplan: {msg}", file=sys.stderr)
