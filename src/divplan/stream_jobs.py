"""Parts of a large document read in worker processes (``divplan stream --jobs N``).

Why: one core reads about a megabyte a second, so a 100 MB dump takes minutes.  The parts of
:mod:`divplan.stream` are independent but for one thing: a part numbers its sections,
subsections and unnumbered items on from the parts before it.  That numbering is needed only
by the second, cheap half of a parse (:func:`divplan.pipeline.assemble_part`); the costly first
half (:func:`~divplan.pipeline.read_structure`: normalising, the outline, every clause) needs
nothing from the other parts.  So each worker reads the structure of its part while the parts
before it are still being read, then waits for their numbering, passes its own on at once (it
follows from the outline: :func:`divplan.assemble.numbering_of`), assembles, and sends its
records back.

Guarantees:
- the records, and their order, are those of the one-process reading (tested);
- memory stays bounded: each worker holds one part, and a part's records are written before
  the worker gets another part;
- workers are started with ``spawn`` (the same on every platform, and nothing of the parent's
  memory is copied) and are stopped when the records are consumed, abandoned or fail; a
  failure in a worker is raised here as :class:`WorkerError` (its first line says why, the
  worker's traceback follows), also when the worker has stopped before it was sent its next
  message;
- Ctrl-C is the parent's alone: workers are born ignoring SIGINT (as the batch's are), so an
  interrupted ``divplan stream --jobs`` stops them and exits 130 without a traceback.

Protocol, per worker: it receives a part ``(text, chars, lines, date, first)``, reads its
structure, then receives the numbering of the parts before it (None for the first part) and
answers twice: the numbering after its part, then the part's records.  The parent passes each
numbering on to the next part's worker before it reads the records, and gives a worker its
next part only once it has taken that worker's records, so that no two processes ever wait
on each other with full pipes.
"""

from __future__ import annotations

import multiprocessing
import signal
import traceback
from collections.abc import Iterator
from multiprocessing.connection import Connection
from typing import Any, NamedTuple

from divplan.assemble import Numbering, numbering_of
from divplan.names.registry import Registry
from divplan.stream import Record


class Job(NamedTuple):
    """What every part of one document shares."""

    registry: Registry
    encoding: str
    digest: str
    path: str | None
    length: int  # of the whole text
    source: dict[str, Any] | None  # overrides of the plan's source
    as_lines: bool  # records go back as JSON lines, one string per part, rather than dicts


def _work(conn: Connection, job: Job) -> None:
    """A worker's loop: parts in, numbering and records out, until it is sent None."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from divplan.pipeline import _collector_paused, assemble_part, read_structure
    from divplan.stream import head_record, part_records, record_line

    while True:
        message = conn.recv()
        if message is None:
            return
        text, chars, lines, date, first = message
        try:
            with _collector_paused():
                reading = read_structure(text, job.registry, date)
                before: Numbering | None = conn.recv()
                seen = before or Numbering()
                # the next part needs only the numbering, known from the outline: it goes out
                # before this part's models are built, so assemblies overlap too
                conn.send(("numbering", numbering_of(reading.tree, seen)))
                plan = assemble_part(reading, job.encoding, job.digest, job.path, before)
            head = [head_record(plan, job.length, job.source)] if first else []
            dicts = [*head, *part_records(plan, text, chars, lines, seen)]
            records: list[Record] | str = (
                "".join(record_line(r) for r in dicts) if job.as_lines else dicts
            )
            del plan, reading, dicts
        except Exception:  # passed to the parent, which raises it
            conn.send(("error", traceback.format_exc()))
            return
        conn.send(("records", records))
        del records


class WorkerError(RuntimeError):
    """A stream worker failed or stopped: the first line says why, the rest is its traceback."""


def _answer(conn: Connection, expected: str) -> Any:
    try:
        kind, payload = conn.recv()
    except (EOFError, OSError):
        raise WorkerError("a stream worker stopped without an answer") from None
    if kind == "error":
        last = payload.strip().splitlines()[-1] if payload.strip() else "unknown error"
        raise WorkerError(f"a stream worker failed: {last}\n{payload}")
    assert kind == expected, kind
    return payload


def _send(conn: Connection, message: Any) -> None:
    """Send to a worker; one that has stopped (it failed on its part) says why, if it can."""
    try:
        conn.send(message)
    except OSError:  # a broken pipe: the worker sent its error and stopped
        _answer(conn, "numbering")
        raise WorkerError("a stream worker stopped") from None


class Workers:
    """``jobs`` worker processes, started at once (they load while the caller probes the
    text), used for one document by :meth:`records`, stopped by :meth:`close`."""

    def __init__(self, jobs: int, job: Job) -> None:
        context = multiprocessing.get_context("spawn")
        self.workers: list[tuple[Any, Connection]] = []
        self.finished = False
        try:  # born ignoring SIGINT: no window before _work sets it
            previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        except ValueError:  # not the main thread: signals are not ours to set
            previous = None
        try:
            for _ in range(jobs):
                ours, theirs = context.Pipe()
                process = context.Process(target=_work, args=(theirs, job), daemon=True)
                process.start()
                theirs.close()
                self.workers.append((process, ours))
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)

    def records(
        self, text: str, parts: list[tuple[int, int]], date: str | None
    ) -> Iterator[Record | str]:
        """The records of ``parts`` of ``text``, in order (a part's JSON lines as one string
        when the job says so)."""
        workers = self.workers[: len(parts)]
        lines_before = [0]
        for start, end in parts[:-1]:
            lines_before.append(lines_before[-1] + text.count("\n", start, end))

        def give(k: int) -> None:
            start, end = parts[k]
            conn = workers[k % len(workers)][1]
            _send(conn, (text[start:end], start, lines_before[k], date if start else None, k == 0))

        for k in range(len(workers)):
            give(k)
        _send(workers[0][1], None)  # the first part numbers from nothing
        for k in range(len(parts)):
            conn = workers[k % len(workers)][1]
            seen: Numbering = _answer(conn, "numbering")
            if k + 1 < len(parts):
                _send(workers[(k + 1) % len(workers)][1], seen)
            records: list[Record] | str = _answer(conn, "records")
            if k + len(workers) < len(parts):
                give(k + len(workers))
            if isinstance(records, str):
                yield records
            else:
                yield from records
            del records
        self.finished = True

    def close(self) -> None:
        """Stop the workers: told to when idle, else (abandoned, failed) terminated."""
        for process, conn in self.workers:
            if self.finished and process.is_alive():
                conn.send(None)
            else:  # a worker may be half-way through a part
                process.terminate()
            conn.close()
        for process, _ in self.workers:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
        self.workers = []


__all__ = ["WorkerError", "Workers"]
