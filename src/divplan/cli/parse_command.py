"""The ``divplan parse`` command: from one file to a crawl of a million, on the command line.

Why apart from the engine: the batch machinery (:mod:`divplan.corpus.batch`, the Dask engine
:mod:`divplan.corpus.dask`, one job in :mod:`divplan.corpus.jobs`) is a library that knows
nothing of ``argparse`` or of how errors are printed.  This module is the command: its options
(:func:`add_arguments`), their checks, the choice of engine and sink, the progress bar, the
messages and the exit code (:func:`run`).

Exit codes (the CLI's contract): 0 every file parsed; 1 some file failed (one line each on
stderr, ``divplan: PATH: reason``; the batch goes on); 2 usage errors, and an unreadable input
when it was the only one (as ``divplan parse FILE`` always did).

Module-level imports are the few standard modules :mod:`divplan.cli.app` already loads:
``build_parser`` calls :func:`add_arguments` on every start, and ``divplan --version`` must stay
fast; the engine is imported when the command runs.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from divplan.cli.options import error, input_format
from divplan.cli.paths import expand

if TYPE_CHECKING:
    from divplan.corpus.batch import Sink
    from divplan.corpus.jobs import Outcome

JSONL_NAME = "plans.jsonl"
"""File that ``--format jsonl --out-dir OUT`` writes: ``OUT/plans.jsonl``."""


class UsageError(Exception):
    """Options that do not fit together (exit code 2)."""


class _Progress:
    """A tqdm bar on stderr (only when asked for, or when stderr is a terminal)."""

    def __init__(self, enabled: bool, total: Callable[[], int]) -> None:
        self.bar = None
        if enabled:
            try:
                from tqdm import tqdm  # type: ignore[import-untyped,unused-ignore]
            except ImportError:
                return
            tqdm.monitor_interval = 0  # no monitor thread: a later fork stays safe
            self.bar = tqdm(total=total(), unit="file", file=sys.stderr, dynamic_ncols=True)

    def error(self, msg: str) -> None:
        if self.bar is not None:
            self.bar.write(f"divplan: {msg}", file=sys.stderr)
        else:
            error(msg)

    def update(self, n: int = 1) -> None:
        if self.bar is not None and n:
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# ------------------------------------------------------------------------------- the options
def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 (all cores) or more")
    return n or (os.cpu_count() or 1)


def add_arguments(sp: argparse.ArgumentParser) -> None:
    """Add the batch options to the ``parse`` subcommand and make :func:`run` its handler."""
    sp.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="parallel worker processes (0: one per core; default 1)",
    )
    sp.add_argument(
        "--format",
        choices=["json", "jsonl"],
        default=None,
        help="json: one document per input (stdout for one input, else --out-dir); "
        f"jsonl: one line per input, on stdout or into OUT/{JSONL_NAME}",
    )
    sp.add_argument(
        "--resume",
        action="store_true",
        help="with --out-dir: skip inputs whose output is newer than the input",
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
def _peek(paths: Iterator[str], n: int) -> tuple[list[str], Iterator[str]]:
    """The first ``n`` paths, and an iterator that still yields all of them."""
    import itertools

    head = list(itertools.islice(paths, n))
    return head, itertools.chain(head, paths)


def _isatty(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


def run(args: argparse.Namespace, out: TextIO) -> int:
    """The ``parse`` command: see the module docstring for outputs and exit codes."""
    try:
        return _run(args, out)
    except UsageError as exc:
        error(str(exc))
        return 2


def _run(args: argparse.Namespace, out: TextIO) -> int:
    from divplan.corpus.batch import (
        DirSink,
        JsonlSink,
        StreamSink,
        fresh_json,
        fresh_jsonl,
        jsonl_index,
        local_outcomes,
    )
    from divplan.corpus.jobs import Options, registry_for

    patterns: Sequence[str] = args.files
    jobs: int = getattr(args, "jobs", 1) or 1
    fmt: str | None = getattr(args, "format", None)
    resume: bool = getattr(args, "resume", False)
    only_plans: bool = getattr(args, "only_plans", False)
    engine: str = getattr(args, "engine", "local") or "local"
    scheduler: str | None = getattr(args, "scheduler", None)
    progress: bool | None = getattr(args, "progress", None)
    out_dir = Path(args.out_dir) if args.out_dir else None
    aliases = tuple(args.aliases or ())

    if resume and out_dir is None:
        raise UsageError("--resume needs --out-dir (it compares outputs with inputs)")
    if scheduler and engine != "dask":
        raise UsageError("--scheduler needs --engine dask")

    head, paths = _peek(expand(patterns), 2)
    single = len(head) == 1
    if fmt == "json" and out_dir is None and not single:
        raise UsageError("--format json with several inputs needs --out-dir (or use jsonl)")
    jsonl = fmt == "jsonl"
    # stdout as parse always wrote it: indented JSON for one input, JSON lines for several
    indent: int | None = None if jsonl or (out_dir is None and not single) else args.indent

    # a bad --aliases file is a usage error (app.main: exit 2): find it before any work starts
    registry_for(aliases)

    sink: Sink
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    index: dict[str, str] = {}
    if out_dir is not None and jsonl:
        jsonl_path = out_dir / JSONL_NAME
        if resume:
            index = jsonl_index(jsonl_path)
        sink = JsonlSink(jsonl_path, append=resume)
    elif out_dir is not None:
        sink = DirSink(out_dir)
    else:
        sink = StreamSink(out)

    skipped_fresh = 0

    def todo(items: Iterator[str]) -> Iterator[str]:
        nonlocal skipped_fresh
        for p in items:
            if resume and out_dir is not None:
                fresh = fresh_jsonl(p, index) if jsonl else fresh_json(p, out_dir)
                if fresh:
                    skipped_fresh += 1
                    continue
            yield p

    worker_writes = out_dir is not None and not jsonl and engine == "local"
    opts = Options(
        encoding=args.encoding,
        aliases=aliases,
        input_format=input_format(args),
        indent=indent,
        only_plans=only_plans,
        out_dir=str(out_dir) if worker_writes else None,
    )
    show = _isatty(sys.stderr) if progress is None else progress
    bar = _Progress(show, lambda: sum(1 for _ in expand(patterns)))

    if engine == "dask":
        from divplan.corpus.dask import stream_outcomes

        outcomes: Iterator[Outcome] = stream_outcomes(
            todo(paths), opts, scheduler=scheduler, workers=jobs
        )
    else:
        outcomes = local_outcomes(todo(paths), opts, jobs)

    failed = unreadable = done = not_plans = 0
    shown_fresh = 0
    try:
        for outcome in outcomes:
            # inputs skipped as up to date count towards the bar's total too
            bar.update(skipped_fresh - shown_fresh)
            shown_fresh = skipped_fresh
            done += 1
            if outcome.status == "failed":
                failed += 1
                unreadable += outcome.input_error
                bar.error(outcome.error or f"{outcome.path}: failed")
            elif outcome.status == "skipped":
                not_plans += 1
            else:
                sink.write(outcome)
            bar.update()
        bar.update(skipped_fresh - shown_fresh)
    finally:
        bar.close()
        sink.close()
    if only_plans:
        error(f"{not_plans} of {done} documents skipped: not division-of-labour plans")
    if resume and skipped_fresh:
        error(f"{skipped_fresh} inputs already up to date (--resume)")
    if failed:
        return 2 if single and unreadable == failed and done == 1 else 1
    return 0


__all__ = ["JSONL_NAME", "add_arguments", "run"]
