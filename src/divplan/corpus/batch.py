"""Batch parsing: the whole ``divplan parse`` command, from one file to a crawl of a million.

Why a module of its own: a researcher's crawl holds hundreds of thousands of documents, so
parsing them must (1) use every core, (2) never hold more than one result at a time, (3) survive
bad files, and (4) pick up where an interrupted run stopped.  This module does exactly that and
nothing else; the parsing itself is :mod:`divplan.pipeline`'s.

How it fits together::

    expand(patterns)        files, directories and globs → an iterator of paths (lazy)
      → resume filter       drop inputs whose output is already newer (``--resume``)
      → engine              "local": in this process (``--jobs 1``) or a process pool
                            (``imap_unordered``, so results arrive as each file finishes);
                            "dask": :mod:`divplan.corpus.dask`, on a cluster
      → parse_one(path)     read, (detect), parse, serialise: one :class:`Outcome`
      → sink                stdout / one ``NAME.json`` per input / one ``plans.jsonl``

Workers receive *paths and options*, never objects: each process builds its own registry
from the ``--aliases`` paths (cached per process), so the same code serves a local pool and a
remote Dask worker.  With ``--out-dir`` and JSON output a local worker writes its file itself
and sends back only a status line, so the parent's memory does not depend on plan size.

Exit codes (cli.py's contract): 0 every file parsed; 1 some file failed (one line each on
stderr, ``divplan: PATH: reason``; the batch goes on); 2 usage errors, and an unreadable input
when it was the only one (as ``divplan parse FILE`` always did).

Module-level imports are the few standard modules cli.py already loads: ``cli.build_parser`` calls
:func:`add_arguments`, and ``divplan --version`` must stay fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal, NamedTuple, TextIO

from divplan.cli.options import error, registry_for

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext


JSONL_NAME = "plans.jsonl"
"""File that ``--format jsonl --out-dir OUT`` writes: ``OUT/plans.jsonl``."""

Status = Literal["ok", "failed", "skipped"]


class UsageError(Exception):
    """Options that do not fit together (exit code 2)."""


# ------------------------------------------------------------------------------- the options
class Options(NamedTuple):
    """What every worker needs to turn a path into output; plain data, so it pickles cheaply.

    (A ``NamedTuple`` rather than a dataclass: ``dataclasses`` imports ``inspect``, and this
    module is imported by ``divplan --version``.)
    """

    encoding: str | None = None
    aliases: tuple[str, ...] = ()
    indent: int | None = 2
    only_plans: bool = False
    out_dir: str | None = None  # set when the worker itself writes OUT/NAME.json


class Outcome(NamedTuple):
    """The result of one input file, small enough to send between processes.

    ``text`` is the JSON when the caller writes it (stdout, JSONL); it is ``None`` when the
    worker already wrote ``written``.  ``input_error`` tells unreadable input (a bad file) from
    an internal failure, which the exit code of a one-file run depends on.
    """

    path: str
    status: Status
    text: str | None = None
    written: str | None = None
    error: str | None = None
    input_error: bool = False


def target_name(path: str) -> str:
    """Output file name for ``path`` under ``--out-dir``: ``STEM.json`` (as cli.py always did)."""
    return Path(path).stem + ".json"


# ------------------------------------------------------------------------------- one file


def _read(path: str) -> bytes:
    """The file's bytes; the same one-line reasons as :func:`divplan.pipeline.parse_file`."""
    from divplan.errors import read_bytes

    return read_bytes(path)


def _write_atomic(target: Path, data: bytes | str) -> None:
    """Write ``data`` and a newline via a temporary file and a rename.

    The rename means a crash never leaves a half file that ``--resume`` would take for done;
    writing the newline separately avoids copying a document that may be hundreds of MB.
    """
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            fh.write(b"\n")
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def parse_one(path: str, opts: Options) -> Outcome:
    """Parse one file into an :class:`Outcome`; never raises for a bad file or a parser bug.

    A batch must never stop for one document, so every exception is caught here and becomes a
    one-line reason.  With ``opts.only_plans`` the text is first run through
    :func:`divplan.corpus.detect.detect` and documents that are not plans are ``skipped`` unparsed.
    """
    from divplan.errors import InputError
    from divplan.pipeline import parse_bytes, parse_file

    try:
        registry = registry_for(opts.aliases)
        if opts.only_plans:
            from divplan.corpus.detect import detect
            from divplan.read.decode import decode

            data = _read(path)
            found = detect(decode(data, opts.encoding, source=path).text, registry=registry)
            if not found.is_plan:
                return Outcome(path, "skipped", error="; ".join(found.reasons[:2]))
            plan = parse_bytes(data, encoding=opts.encoding, path=path, registry=registry)
            del data
        else:
            plan = parse_file(path, encoding=opts.encoding, registry=registry)
        if opts.out_dir is not None:
            # bytes straight from the serializer: no str copy of a possibly huge document
            raw = plan.__pydantic_serializer__.to_json(plan, indent=opts.indent)
            del plan
            target = Path(opts.out_dir) / target_name(path)
            _write_atomic(target, raw)
            return Outcome(path, "ok", written=str(target))
        text = plan.model_dump_json(indent=opts.indent)
        return Outcome(path, "ok", text=text)
    except InputError as exc:
        return Outcome(path, "failed", error=str(exc), input_error=True)
    except Exception as exc:  # a parser bug must not stop a crawl of 100,000 files
        first = str(exc).splitlines()[0] if str(exc) else ""
        reason = f"{type(exc).__name__}: {first}" if first else type(exc).__name__
        return Outcome(path, "failed", error=f"{path}: internal error: {reason}")


# ------------------------------------------------------------------------------- inputs
_GLOB_CHARS = frozenset("*?[")


def expand(patterns: Iterable[str]) -> Iterator[str]:
    """Input paths, lazily: files as given, directories' files (sorted), glob matches (sorted).

    A directory contributes the files directly inside it, as cli.py always did; recurse with a
    glob (``'crawl/**/*.html'``, quoted so the shell leaves it alone).  A name that neither
    exists nor matches anything is passed on as it is, so it fails as "no such file".
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


def _mtime_ns(path: str) -> int | None:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


def fresh_json(path: str, out_dir: Path) -> bool:
    """``--resume`` for JSON output: ``OUT/NAME.json`` exists and is newer than the input."""
    src = _mtime_ns(path)
    out = _mtime_ns(str(out_dir / target_name(path)))
    return src is not None and out is not None and out > src


def _sha256(path: str) -> str | None:
    import hashlib

    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


def jsonl_index(path: Path) -> dict[str, str]:
    """``source.path → source.sha256`` of the records already in a JSONL output.

    Reads one line at a time and decodes only each record's ``source`` object, so a resumed
    run over a multi-gigabyte file stays fast and small.  A final line cut off by a crash is
    removed, so the appended records start on a line of their own.
    """
    import json

    index: dict[str, str] = {}
    if not path.exists():
        return index
    decoder = json.JSONDecoder()
    good_end = 0
    with open(path, "rb") as fh:
        for raw in fh:
            if not raw.endswith(b"\n"):
                break  # a torn last line
            good_end += len(raw)
            line = raw.decode("utf-8", "replace")
            at = line.find('"source":')
            try:
                if at >= 0:
                    source, _ = decoder.raw_decode(line, at + len('"source":'))
                else:
                    source = json.loads(line).get("source", {})
            except (ValueError, AttributeError):
                continue
            if isinstance(source, dict) and source.get("path"):
                index[str(source["path"])] = str(source.get("sha256", ""))
    if good_end < path.stat().st_size:
        with open(path, "r+b") as fh:
            fh.truncate(good_end)
    return index


def fresh_jsonl(path: str, index: dict[str, str]) -> bool:
    """``--resume`` for JSONL output: the input already has a record and has not changed since.

    One JSONL file has one mtime for many records, so "newer than the input" is decided per
    record from the input's SHA-256, which every record carries in ``source.sha256``.
    """
    known = index.get(path)
    return known is not None and known == _sha256(path)


# ------------------------------------------------------------------------------- engines
_WORKER_OPTS: Options | None = None


def _init_worker(opts: Options) -> None:
    """Pool initializer: keep the options, build this process's registry from the alias paths."""
    global _WORKER_OPTS
    _WORKER_OPTS = opts
    registry_for(opts.aliases)


def _work(path: str) -> Outcome:
    assert _WORKER_OPTS is not None
    return parse_one(path, _WORKER_OPTS)


def _warm(opts: Options) -> None:
    """Import the pipeline and build the grammars before forking, so workers start warm."""
    from divplan.pipeline import parse

    registry = registry_for(opts.aliases)
    parse("关于印发分工方案的通知\n一、任务\n1.推进改革。（财政部负责）\n", registry=registry)


def _mp_context() -> BaseContext:
    """``fork`` where it is safe (Linux, one thread: workers inherit warm grammars), else spawn."""
    import multiprocessing as mp
    import threading

    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return mp.get_context("fork")
    return mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")


def local_outcomes(paths: Iterable[str], opts: Options, jobs: int = 1) -> Iterator[Outcome]:
    """Outcomes as each file finishes: in this process for one job, else a process pool.

    ``imap_unordered`` with ``chunksize=1`` hands out one path at a time and yields each
    result the moment it is ready, so one slow document never holds back the others and the
    parent holds at most the few results in transit.
    """
    if jobs <= 1:
        for path in paths:
            yield parse_one(path, opts)
        return
    ctx = _mp_context()
    if ctx.get_start_method() == "fork":
        _warm(opts)
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(opts,)) as pool:
        yield from pool.imap_unordered(_work, paths, chunksize=1)


# ------------------------------------------------------------------------------- sinks
class _Sink:
    """Where finished outcomes go; one instance per run."""

    def write(self, outcome: Outcome) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def close(self) -> None:
        return None


class _StreamSink(_Sink):
    """JSON (one input) or JSON lines (several) on stdout, flushed per document."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, outcome: Outcome) -> None:
        if outcome.text is not None:
            self.out.write(outcome.text)
            self.out.write("\n")
            self.out.flush()


class _DirSink(_Sink):
    """``OUT/NAME.json``: usually written by the worker already; written here otherwise (Dask)."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir

    def write(self, outcome: Outcome) -> None:
        if outcome.text is not None:
            _write_atomic(self.out_dir / target_name(outcome.path), outcome.text)


class _JsonlSink(_Sink):
    """``OUT/plans.jsonl``, one record per line, appended under ``--resume``."""

    def __init__(self, path: Path, append: bool) -> None:
        self.fh: IO[str] = open(path, "a" if append else "w", encoding="utf-8")  # noqa: SIM115

    def write(self, outcome: Outcome) -> None:
        if outcome.text is not None:
            self.fh.write(outcome.text)
            self.fh.write("\n")
            self.fh.flush()

    def close(self) -> None:
        self.fh.close()


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


# ------------------------------------------------------------------------------- the command
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
    # stdout keeps cli.py's behaviour: indented JSON for one input, JSON lines for several
    indent: int | None = None if jsonl or (out_dir is None and not single) else args.indent

    # a bad --aliases file is a usage error (cli.main: exit 2): find it before any work starts
    registry_for(aliases)

    sink: _Sink
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    index: dict[str, str] = {}
    if out_dir is not None and jsonl:
        jsonl_path = out_dir / JSONL_NAME
        if resume:
            index = jsonl_index(jsonl_path)
        sink = _JsonlSink(jsonl_path, append=resume)
    elif out_dir is not None:
        sink = _DirSink(out_dir)
    else:
        sink = _StreamSink(out)

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


__all__ = [
    "JSONL_NAME",
    "Options",
    "Outcome",
    "add_arguments",
    "expand",
    "local_outcomes",
    "parse_one",
    "run",
]
