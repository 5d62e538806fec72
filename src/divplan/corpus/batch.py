"""The local batch engine: many files through a process pool, results streamed to a sink.

Why a module of its own: a researcher's crawl holds hundreds of thousands of documents, so
parsing them must (1) use every core, (2) never hold more than one result at a time, (3) survive
bad files, and (4) pick up where an interrupted run stopped.  This module provides the pieces
for that; the parsing of one file is :mod:`divplan.corpus.jobs`' and the ``divplan parse``
command that wires the pieces together is :mod:`divplan.cli.parse_command`.

How it fits together::

    paths (lazy)            from divplan.cli.paths.expand
      → resume filter       fresh_json / fresh_jsonl + jsonl_index (``--resume``)
      → engine              local_outcomes: in this process (one job) or a process pool
                            (``imap_unordered``, so results arrive as each file finishes);
                            the Dask engine, divplan.corpus.dask, yields the same Outcomes
      → parse_one(path)     divplan.corpus.jobs: read, (detect), parse, serialise
      → sink                StreamSink (stdout) / DirSink (``NAME.json``) / JsonlSink

This module does not import the Dask engine, nor the Dask engine this one: both build on
:mod:`divplan.corpus.jobs`.  Module-level imports are standard modules only; the command line
imports this module when ``divplan parse`` runs, never for ``divplan --version``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, TextIO

from divplan.corpus.jobs import Options, Outcome, parse_one, registry_for, target_name, write_atomic

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext


# ------------------------------------------------------------------------------- resume
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


# ------------------------------------------------------------------------------- the engine
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
class Sink:
    """Where finished outcomes go; one instance per run."""

    def write(self, outcome: Outcome) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def close(self) -> None:
        return None


class StreamSink(Sink):
    """JSON (one input) or JSON lines (several) on a stream, flushed per document."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, outcome: Outcome) -> None:
        if outcome.text is not None:
            self.out.write(outcome.text)
            self.out.write("\n")
            self.out.flush()


class DirSink(Sink):
    """``OUT/NAME.json``: usually written by the worker already; written here otherwise (Dask)."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir

    def write(self, outcome: Outcome) -> None:
        if outcome.text is not None:
            write_atomic(self.out_dir / target_name(outcome.path), outcome.text)


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
    "JsonlSink",
    "Sink",
    "StreamSink",
    "fresh_json",
    "fresh_jsonl",
    "jsonl_index",
    "local_outcomes",
]
