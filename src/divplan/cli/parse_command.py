"""The ``divplan parse`` command: from one file to a crawl of a million, on the command line.

Why apart from the engine: the batch machinery (:mod:`divplan.corpus.batch`, the Dask engine
:mod:`divplan.corpus.dask`, one job in :mod:`divplan.corpus.jobs`) is a library that knows
nothing of ``argparse`` or of how errors are printed.  This module is the command's face: its
options (:func:`add_arguments`) and its entry (:func:`run`); one run — the checks of the
options, output names and ``--resume``, the engine and sink, the progress bar, the messages and
the exit code — is :class:`divplan.cli.parse_batch.Batch`.

Output (``--format``, never the number of inputs, decides its shape): ``json`` (the default)
writes each plan as one indented JSON object — on stdout one after the other, so ``divplan parse
ONE_FILE`` prints exactly one object; under ``--out-dir`` one file each, named by
:mod:`divplan.corpus.outputs` (the inputs' folders mirrored, no two inputs on one name: inputs
from several arguments that would meet are refused before anything is written).  ``jsonl``
writes one compact line per plan, on stdout or into ``OUT/plans.jsonl``.

Exit codes (the CLI's contract): 0 every file parsed; 1 the parser failed on some document
(one line each on stderr, ``divplan: PATH: reason``; the batch goes on); 2 usage errors, an
input that could not be read or an argument naming no file (reported, the batch goes on), an
output that could not be written (the batch stops at once); 130 interrupted (Ctrl-C: the
workers are stopped, their temporary files removed).

Module-level imports are the few standard modules :mod:`divplan.cli.app` already loads:
``build_parser`` calls :func:`add_arguments` on every start, and ``divplan --version`` must stay
fast; the engine is imported when the command runs.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from divplan.cli.options import UsageError, add_jobs_option, error

JSONL_NAME = "plans.jsonl"
"""File that ``--format jsonl --out-dir OUT`` writes: ``OUT/plans.jsonl``."""


# ------------------------------------------------------------------------------- the options
def add_arguments(sp: argparse.ArgumentParser) -> None:
    """Add the batch options to the ``parse`` subcommand and make :func:`run` its handler."""
    add_jobs_option(sp, "parallel worker processes")
    sp.add_argument(
        "--format",
        choices=["json", "jsonl"],
        default="json",
        help="json (default): each plan one indented JSON object, on stdout one after the "
        f"other or one file each under --out-dir; jsonl: one line per plan, on stdout or "
        f"into OUT/{JSONL_NAME}",
    )
    sp.add_argument(
        "--resume",
        action="store_true",
        help="with --out-dir: skip inputs whose output is newer than the input and was made "
        "with the same options and registry",
    )
    sp.add_argument(
        "--only-plans",
        action="store_true",
        help="skip documents that are not division-of-labour plans (counted at the end)",
    )
    sp.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="local processes (default) or a Dask cluster (needs divplan[dask])",
    )
    sp.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler address (default: a local cluster of --jobs workers)",
    )
    sp.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: when stderr is a terminal)",
    )
    sp.set_defaults(func=run)


# ------------------------------------------------------------------------------- the command
def run(args: argparse.Namespace, out: TextIO) -> int:
    """The ``parse`` command: see the module docstring for outputs and exit codes."""
    from divplan.cli.parse_batch import Batch

    try:
        return Batch(args, JSONL_NAME).run(out)
    except UsageError as exc:
        error(str(exc))
        return 2


__all__ = ["JSONL_NAME", "UsageError", "add_arguments", "run"]
