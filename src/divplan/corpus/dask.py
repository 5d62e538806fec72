"""Parse a corpus on a Dask cluster (the optional ``divplan[dask]`` extra).

Why: a crawl of hundreds of thousands of documents outgrows one machine.  Dask is what
research groups already run (a laptop's ``LocalCluster``, a university cluster via
dask-jobqueue, a cloud cluster), so divplan plugs into it rather than bringing a scheduler.

Two ways in:

``parse_paths(paths) -> dask.bag.Bag``
    one record per input, for analysis in Dask itself::

        from dask.distributed import Client
        from divplan.corpus.dask import parse_paths, plans
        Client("tcp://scheduler:8786")
        bag = parse_paths(glob.glob("crawl/**/*.txt", recursive=True), only_plans=True)
        plans(bag).map(lambda p: p["metadata"]["issuer"]).frequencies().compute()

``divplan parse FILES… --engine dask [--scheduler ADDRESS]``
    the command line (:func:`stream_outcomes`): results come back one chunk at a time
    as chunks finish and are written like a local run's, so the output is identical.

Workers receive paths and options (:class:`divplan.corpus.jobs.Options`), never parsed objects,
and build their registry from the ``--aliases`` paths themselves; the input paths (and alias
files) must therefore be readable on the workers under the same names (a shared file system),
and divplan must be installed there.  The job itself (:func:`divplan.corpus.jobs.parse_one`) is
the one the local engine runs, which is why both import :mod:`divplan.corpus.jobs` and neither
imports the other.

Name clash: this module is ``divplan.corpus.dask``; ``dask`` itself is always imported absolutely
(``import dask.bag``) and lazily, inside the functions, so ``import divplan.corpus.dask`` neither
shadows the real package nor needs it installed until a function is called.
"""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from divplan.corpus.jobs import Job, Options, Outcome, as_job, parse_one

if TYPE_CHECKING:
    import dask.bag as db

DEFAULT_CHUNK = 8
"""Paths per task: large enough to amortise scheduling (~1 ms per task), small to stream."""


def _record(outcome: Outcome) -> dict[str, Any]:
    return {
        "path": outcome.path,
        "status": outcome.status,
        "plan": json.loads(outcome.text) if outcome.text is not None else None,
        "error": outcome.error,
    }


def _ship(opts: Options) -> dict[str, Any]:
    """Options as a plain dict: Dask walks tuples in task arguments, dicts of data are inert."""
    return {**opts._asdict(), "aliases": list(opts.aliases)}


def _unship(data: dict[str, Any]) -> Options:
    return Options(**{**data, "aliases": tuple(data["aliases"])})


def _parse_partition(paths: Iterable[str], opts: dict[str, Any]) -> list[dict[str, Any]]:
    options = _unship(opts)
    return [_record(parse_one(p, options)) for p in paths]


def parse_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    encoding: str | None = None,
    aliases: Iterable[str | os.PathLike[str]] = (),
    only_plans: bool = False,
    partition_size: int = DEFAULT_CHUNK,
    input_format: str | None = None,
) -> db.Bag:
    """A bag with one record per path: ``{"path", "status", "plan", "error"}``.

    ``status`` is ``"ok"`` (``plan`` is the parsed plan as JSON-compatible data, exactly
    ``json.loads(plan.model_dump_json())``), ``"failed"`` (``error`` is the one-line reason the
    command line prints) or ``"skipped"`` (``only_plans`` and :func:`divplan.corpus.detect.detect`
    said it is not a plan).  Nothing is computed until the bag is.
    """
    import dask.bag

    bags: Any = dask.bag  # dask's own annotations are partial: treat its API as untyped
    opts = Options(
        encoding=encoding,
        aliases=tuple(os.fspath(a) for a in aliases),
        indent=None,
        only_plans=only_plans,
        input_format=input_format,
    )
    names = [os.fspath(p) for p in paths]
    bag = bags.from_sequence(names, partition_size=max(1, partition_size))
    out: db.Bag = bag.map_partitions(_parse_partition, _ship(opts))
    return out


def plans(bag: db.Bag) -> db.Bag:
    """Only the parsed plans of a :func:`parse_paths` bag (failed and skipped inputs dropped)."""
    untyped: Any = bag
    out: db.Bag = untyped.filter(lambda r: r["status"] == "ok").pluck("plan")
    return out


def _parse_chunk(jobs: list[list[str | None]], opts: dict[str, Any]) -> list[Outcome]:
    options = _unship(opts)
    return [parse_one(str(path), options, target) for path, target in jobs]


def stream_outcomes(
    jobs: Iterable[Job | str],
    opts: Options,
    *,
    scheduler: str | None = None,
    workers: int = 1,
    chunk: int = DEFAULT_CHUNK,
) -> Iterator[Outcome]:
    """Outcomes of ``(path, target)`` jobs (or bare paths) parsed on a cluster, as chunks finish.

    For ``--engine dask``; the client writes each ``target`` (workers may not see ``OUT``).

    Submits chunks in a sliding window (a few per worker thread) and yields each chunk's
    outcomes as soon as it completes, releasing it at once: neither the client nor the cluster
    ever holds more than the window, however long the input.  Without ``scheduler`` a
    ``LocalCluster`` of ``workers`` single-threaded processes is started for the run.
    """
    import dask.distributed

    dd: Any = dask.distributed  # untyped API, see parse_paths
    shipped = _ship(opts._replace(out_dir=None))  # the client writes: workers may not see OUT
    cluster: Any = None
    if scheduler:
        client = dd.Client(scheduler)
    else:
        cluster = dd.LocalCluster(
            n_workers=max(1, workers), threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = dd.Client(cluster)
    try:
        threads = max(1, sum(client.nthreads().values()))
        window = 2 * threads
        # plain lists, not tuples: Dask walks tuples in task arguments
        pairs = (as_job(j) for j in jobs)
        chunks = ([[p, t] for p, t in c] for c in _batched(pairs, max(1, chunk)))
        pending = dd.as_completed()
        for c in itertools.islice(chunks, window):
            pending.add(client.submit(_parse_chunk, c, shipped, pure=False))
        for future in pending:
            outcomes: list[Outcome] = future.result()
            future.release()
            nxt = next(chunks, None)
            if nxt is not None:
                pending.add(client.submit(_parse_chunk, nxt, shipped, pure=False))
            yield from outcomes
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _batched(items: Iterable[Job], n: int) -> Iterator[tuple[Job, ...]]:
    it = iter(items)
    while batch := tuple(itertools.islice(it, n)):
        yield batch


__all__ = ["parse_paths", "plans", "stream_outcomes"]
