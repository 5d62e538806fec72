"""The local batch engine: many files through a process pool, results streamed to a sink.

Why a module of its own: a researcher's crawl holds hundreds of thousands of documents, so
parsing them must (1) use every core, (2) never hold more than one result at a time, (3) survive
bad files, and (4) pick up where an interrupted run stopped.  This module provides the pieces
for that; the parsing of one file is :mod:`divplan.corpus.jobs`' and the ``divplan parse``
command that wires the pieces together is :mod:`divplan.cli.parse_command`.

How it fits together::

    jobs (lazy)             (path, target) from divplan.cli.paths and divplan.corpus.outputs
      → resume filter       fresh_json / fresh_jsonl + jsonl_index (``--resume``)
      → engine              local_outcomes: in this process (one job) or a process pool
                            (``imap_unordered``, so results arrive as each file finishes);
                            the Dask engine, divplan.corpus.dask, yields the same Outcomes
      → parse_one(path)     divplan.corpus.jobs: read, (detect), parse, serialise, write
      → sink                StreamSink (stdout) / DirSink (``OUT/TARGET``) / JsonlSink

Ctrl-C: workers ignore SIGINT (only the parent decides to stop), and when the parent stops —
interrupted, or its consumer closed the stream — it terminates them with SIGTERM, which a
worker turns into ``SystemExit`` so that the temporary file of a write in progress is removed
(:func:`divplan.corpus.jobs.write_atomic`); no worker prints a traceback.

This module does not import the Dask engine, nor the Dask engine this one: both build on
:mod:`divplan.corpus.jobs`.  Module-level imports are standard modules only; the command line
imports this module when ``divplan parse`` runs, never for ``divplan --version``.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, TextIO

from divplan.corpus.jobs import (
    Job,
    Options,
    Outcome,
    as_job,
    parse_one,
    registry_for,
    write_atomic,
)

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext
    from multiprocessing.pool import Pool
    from types import FrameType


# ------------------------------------------------------------------------------- resume
def _mtime_ns(path: str) -> int | None:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


def fresh_json(path: str, output: Path, *, newer_than: int = 0) -> bool:
    """``--resume`` for JSON output: ``output`` exists and is newer than the input.

    ``newer_than`` (ns) is a further time it must be newer than: the parser's data files, for
    an output with no digest on record (:mod:`divplan.corpus.outputs`).
    """
    src = _mtime_ns(path)
    out = _mtime_ns(str(output))
    return src is not None and out is not None and out > src and out > newer_than


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


# ------------------------------------------------------------------------------- the engine
_WORKER_OPTS: Options | None = None


def _exit_quietly(signum: int, frame: FrameType | None) -> None:
    """SIGTERM once: a second one (the pool's own terminate may send it) must not cut short
    the clean-up the first began (a temporary file being removed)."""
    signal.signal(signum, signal.SIG_IGN)
    raise SystemExit(128 + signum)


def _init_worker(opts: Options) -> None:
    """Pool initializer: signals as above, the options, this process's registry."""
    global _WORKER_OPTS
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_quietly)
    _WORKER_OPTS = opts
    registry_for(opts.aliases)


def _work(job: Job) -> Outcome:
    assert _WORKER_OPTS is not None
    return parse_one(job[0], _WORKER_OPTS, job[1])


def _warm(opts: Options) -> None:
    """Import the pipeline and build the grammars before forking, so workers start warm."""
    from divplan.pipeline import parse_record

    registry = registry_for(opts.aliases)
    text = "关于印发分工方案的通知\n一、任务\n1.推进改革。（财政部负责）\n"
    parse_record(text, registry=registry)


def _mp_context() -> BaseContext:
    """``fork`` where it is safe (Linux, one thread: workers inherit warm grammars), else spawn."""
    import multiprocessing as mp
    import threading

    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return mp.get_context("fork")
    return mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")


def _start_pool(ctx: BaseContext, jobs: int, opts: Options) -> Pool:
    """A pool whose workers are born ignoring SIGINT (no window before the initializer runs)."""
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: signals are not ours to set
        return ctx.Pool(jobs, initializer=_init_worker, initargs=(opts,))
    try:
        return ctx.Pool(jobs, initializer=_init_worker, initargs=(opts,))
    finally:
        signal.signal(signal.SIGINT, previous)


def _stop(pool: Pool, grace: float = 3.0) -> None:
    """Stop the workers now, in bounded time: SIGTERM (they clean up), SIGKILL after ``grace``.

    ``Pool.terminate`` alone can wait for ever: it joins its handler threads and workers with
    no timeout, and its worker handler may start new workers while the old ones stop.  So it
    runs in a thread of its own (it first tells the worker handler to start no more), while
    this thread signals every worker the pool holds, old or new, until none is left.
    """
    import threading
    import time

    stopper = threading.Thread(target=pool.terminate, name="divplan-pool-stop", daemon=True)
    stopper.start()
    told: set[int | None] = set()
    deadline = time.monotonic() + grace
    while True:
        alive = [w for w in list(getattr(pool, "_pool", [])) if w.exitcode is None]
        if not alive:
            break
        late = time.monotonic() > deadline
        for w in alive:
            if late:
                w.kill()
            elif w.pid not in told:
                told.add(w.pid)
                w.terminate()
        if time.monotonic() > deadline + grace:  # killed and still there: not ours to wait on
            break
        time.sleep(0.01)
    stopper.join(1.0)


def local_outcomes(items: Iterable[Job | str], opts: Options, jobs: int = 1) -> Iterator[Outcome]:
    """Outcomes as each file finishes: in this process for one job, else a process pool.

    ``imap_unordered`` with ``chunksize=1`` hands out one path at a time and yields each
    result the moment it is ready, so one slow document never holds back the others and the
    parent holds at most the few results in transit.  However the stream ends — exhausted,
    closed by its consumer, or interrupted — no worker outlives it.  ``items`` are
    :data:`~divplan.corpus.jobs.Job` pairs or bare paths.
    """
    jobs_ = (as_job(i) for i in items)
    if jobs <= 1:
        for path, target in jobs_:
            yield parse_one(path, opts, target)
        return
    ctx = _mp_context()
    if ctx.get_start_method() == "fork":
        _warm(opts)
    pool = _start_pool(ctx, jobs, opts)
    finished = False
    try:
        yield from pool.imap_unordered(_work, jobs_, chunksize=1)
        finished = True
    finally:
        if finished:
            pool.close()
            pool.join()
        else:
            _stop(pool)


# ------------------------------------------------------------------------------- sinks
class Sink:
    """Where finished outcomes go; one instance per run."""

    def write(self, outcome: Outcome) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def close(self) -> None:
        return None


class StreamSink(Sink):
    """Each document and a newline on a stream (``--format`` decides its shape), flushed."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, outcome: Outcome) -> None:
        if outcome.text is not None:
            self.out.write(outcome.text)
            self.out.write("\n")
            self.out.flush()


class DirSink(Sink):
    """``OUT/TARGET``: usually written by the worker already; written here otherwise (Dask)."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir

    def write(self, outcome: Outcome) -> None:
        if outcome.text is not None and outcome.target is not None:
            out = self.out_dir / outcome.target
            out.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(out, outcome.text)


class JsonlSink(Sink):
    """One JSON lines file, one record per line, appended to under ``--resume``."""

    def __init__(self, path: Path, append: bool) -> None:
        self.fh: IO[str] = open(path, "a" if append else "w", encoding="utf-8")  # noqa: SIM115

    def write(self, outcome: Outcome) -> None:
        if outcome.text is not None:
            self.fh.write(outcome.text)
            self.fh.write("\n")
            self.fh.flush()

    def close(self) -> None:
        self.fh.close()


__all__ = [
    "DirSink",
    "Job",
    "JsonlSink",
    "Sink",
    "StreamSink",
    "fresh_json",
    "fresh_jsonl",
    "jsonl_index",
    "local_outcomes",
]
