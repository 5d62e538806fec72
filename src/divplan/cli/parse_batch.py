"""One run of ``divplan parse``: inputs → names and ``--resume`` → engine → sink → exit code.

Why apart from :mod:`divplan.cli.parse_command` (the options): this is where a batch decides
what it must never do — write two inputs to one name (:mod:`divplan.corpus.outputs` names them;
inputs from several arguments are checked for meeting names before anything is written),
trust an output made with other options (``--resume`` compares digests), go on writing into a
folder it cannot write (one error, exit 2, at once), or leave workers and temporary files
behind when interrupted (the engine, :mod:`divplan.corpus.batch`, stops them; ``--resume``
sweeps what a killed run left).  Imported when ``divplan parse`` runs, never for ``--version``.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from divplan.cli.options import UsageError, error, input_format
from divplan.cli.paths import STDIN, glob_root, inputs
from divplan.corpus.batch import (
    DirSink,
    JsonlSink,
    Sink,
    StreamSink,
    fresh_json,
    fresh_jsonl,
    jsonl_index,
    local_outcomes,
)
from divplan.corpus.jobs import Job, Options, Outcome, registry_for
from divplan.corpus.outputs import Manifest, Namer, collisions, data_mtime_ns, digest

MAX_CLASHES = 5
"""Colliding pairs named before a run is refused (the rest are counted)."""


def _isatty(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


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


def _root(pattern: str) -> str:
    """The root an argument's outputs mirror from (see :mod:`divplan.cli.paths`)."""
    if os.path.isdir(pattern):
        return os.path.realpath(pattern)
    if not os.path.exists(pattern) and any(c in pattern for c in "*?["):
        return os.path.realpath(glob_root(pattern))
    return os.path.realpath(os.path.dirname(pattern) or ".")


def _prepare(out_dir: Path) -> None:
    """Create ``out_dir`` and make sure a file can be written there, before any work starts."""
    import tempfile

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".divplan-probe-", dir=out_dir)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise UsageError(f"{out_dir}: cannot write here: {exc.strerror or exc}") from None


class Batch:
    """The options of one ``divplan parse`` run, checked; :meth:`run` does it.

    ``jsonl_name`` is the file ``--format jsonl --out-dir OUT`` writes (given by
    :mod:`divplan.cli.parse_command`, which documents it, so that this module imports nothing
    of the command's).
    """

    def __init__(self, args: argparse.Namespace, jsonl_name: str = "plans.jsonl") -> None:
        self.jsonl_name = jsonl_name
        self.patterns: list[str] = list(args.files)
        self.fmt: str = getattr(args, "format", None) or "json"
        self.jobs: int = getattr(args, "jobs", 1) or 1
        self.resume: bool = getattr(args, "resume", False)
        self.engine: str = getattr(args, "engine", "local") or "local"
        self.scheduler: str | None = getattr(args, "scheduler", None)
        self.progress: bool | None = getattr(args, "progress", None)
        self.out_dir = Path(args.out_dir) if args.out_dir else None
        self.jsonl = self.fmt == "jsonl"
        stdin = STDIN in self.patterns
        if self.resume and self.out_dir is None:
            raise UsageError("--resume needs --out-dir (it compares outputs with inputs)")
        if self.scheduler and self.engine != "dask":
            raise UsageError("--scheduler needs --engine dask")
        if stdin and self.out_dir is not None:
            raise UsageError("standard input (-) has no name to write under --out-dir")
        if stdin and self.engine == "dask":
            raise UsageError("standard input (-) cannot be sent to Dask workers")
        if stdin:
            self.jobs = 1  # stdin is read by the process that parses it: this one
        aliases = tuple(args.aliases or ())
        self.opts = Options(
            encoding=args.encoding,
            aliases=aliases,
            input_format=input_format(args),
            indent=None if self.jsonl else args.indent,
            only_plans=getattr(args, "only_plans", False),
            out_dir=str(self.out_dir)
            if self.out_dir is not None and not self.jsonl and self.engine == "local"
            else None,
        )
        # what a record-less output under --out-dir was made with (see divplan.corpus.outputs)
        self.default_options = (
            not aliases and self.opts.encoding is None and self.opts.input_format is None
        ) and (self.jsonl or self.opts.indent == 2)
        self.exclude = str(self.out_dir) if self.out_dir is not None else None
        self.skipped_fresh = 0
        self.problems = 0

    # ------------------------------------------------------------------ before any work
    def _check_names(self, namer: Namer) -> None:
        """Refuse a run where inputs of different roots would be written to one name."""
        roots = {_root(p) for p in self.patterns if p != STDIN}
        if len(roots) < 2:
            return  # one root: names are one-to-one (divplan.corpus.outputs.output_name)
        pairs = (
            (i.path, namer(i.path, i.root))
            for i in inputs(self.patterns, exclude=self.exclude)
            if not i.problem
        )
        clashes = list(itertools.islice(collisions(pairs), MAX_CLASHES))
        if not clashes:
            return
        assert self.out_dir is not None
        for first, second, target in clashes:
            error(f"{first} and {second} would both be written to {self.out_dir / target}")
        raise UsageError(
            "nothing written: name the folder that holds them instead (its subfolders are "
            "mirrored under --out-dir), or parse them in separate runs"
        )

    def _jobs(self, namer: Namer, manifest: Manifest | None, run_digest: str) -> Iterator[Job]:
        """The jobs to hand out, lazily: names given, fresh outputs skipped (``--resume``)."""
        out_dir = self.out_dir
        index: dict[str, str] = {}
        if self.resume and out_dir is not None and self.jsonl:
            index = jsonl_index(out_dir / self.jsonl_name)
        newer = data_mtime_ns() if self.resume else 0  # an output must be newer than the data
        for found in inputs(self.patterns, exclude=self.exclude):
            if found.problem:
                error(f"{found.path}: {found.problem}")
                self.problems += 1
                continue
            path = found.path
            if out_dir is None:
                yield path, None
                continue
            if self.jsonl:
                key = ("jsonl", path)
                target = None
            else:
                target = namer(path, found.root)
                key = ("json", target)
            if self.resume:
                assert manifest is not None
                made = manifest.get(*key)
                if self.jsonl:
                    fresh = made == run_digest and fresh_jsonl(path, index)
                elif made is None:  # made by a run that kept no record: the default options
                    output = out_dir / str(target)
                    fresh = self.default_options and fresh_json(path, output, newer_than=newer)
                else:
                    fresh = made == run_digest and fresh_json(path, out_dir / str(target))
                if fresh:
                    self.skipped_fresh += 1
                    continue
            if manifest is not None and manifest.recording:
                manifest.record(*key, Manifest.PENDING)
            yield path, target

    # ------------------------------------------------------------------ the run
    def run(self, out: TextIO) -> int:
        """Parse every input; the exit code (see :mod:`divplan.cli.parse_command`)."""
        registry_for(self.opts.aliases)  # a bad --aliases file: exit 2 before any work
        out_dir = self.out_dir
        namer = Namer()
        manifest: Manifest | None = None
        run_digest = ""
        sink: Sink
        if out_dir is not None:
            if not self.jsonl:
                self._check_names(namer)  # before anything is created or written
            _prepare(out_dir)
            manifest = Manifest(out_dir)
            if self.resume:
                from divplan.corpus.outputs import sweep_temporary

                manifest.load()
                sweep_temporary(out_dir)
            manifest.recording = self.jsonl or not self.default_options or manifest.path.exists()
            if manifest.recording or self.resume:
                run_digest = digest(
                    encoding=self.opts.encoding,
                    input_format=self.opts.input_format,
                    indent=self.opts.indent,
                    aliases=self.opts.aliases,
                )
            if self.jsonl:
                sink = JsonlSink(out_dir / self.jsonl_name, append=self.resume)
            else:
                sink = DirSink(out_dir)
        else:
            sink = StreamSink(out)

        show = _isatty(sys.stderr) if self.progress is None else self.progress
        bar = _Progress(
            show,
            lambda: sum(1 for i in inputs(self.patterns, exclude=self.exclude) if not i.problem),
        )
        todo = self._jobs(namer, manifest, run_digest)
        outcomes: Iterator[Outcome]
        if self.engine == "dask":
            from divplan.corpus.dask import stream_outcomes

            outcomes = stream_outcomes(todo, self.opts, scheduler=self.scheduler, workers=self.jobs)
        else:
            outcomes = local_outcomes(todo, self.opts, self.jobs)

        failed = unreadable = done = not_plans = shown_fresh = 0
        stopped = False
        try:
            for outcome in outcomes:
                # inputs skipped as up to date count towards the bar's total too
                bar.update(self.skipped_fresh - shown_fresh)
                shown_fresh = self.skipped_fresh
                done += 1
                if outcome.status == "failed":
                    bar.error(outcome.error or f"{outcome.path}: failed")
                    if outcome.output_error:
                        stopped = True
                        break
                    failed += 1
                    unreadable += outcome.input_error
                elif outcome.status == "skipped":
                    not_plans += 1
                else:
                    sink.write(outcome)
                    if manifest is not None and manifest.recording:
                        key = ("jsonl", outcome.path) if self.jsonl else ("json", outcome.target)
                        manifest.record(key[0], str(key[1]), run_digest)
                bar.update()
            bar.update(self.skipped_fresh - shown_fresh)
        finally:
            close = getattr(outcomes, "close", None)
            if close is not None:
                close()  # stops the workers when the loop ended early
            bar.close()
            sink.close()
            if manifest is not None:
                manifest.close()
        if stopped:
            error("stopped: the output could not be written")
            return 2
        if self.opts.only_plans:
            error(f"{not_plans} of {done} documents skipped: not division-of-labour plans")
        if self.resume and self.skipped_fresh:
            error(f"{self.skipped_fresh} inputs already up to date (--resume)")
        if unreadable or self.problems:
            return 2
        return 1 if failed else 0


__all__ = ["Batch"]
