"""One job of a corpus run: a path and its options in, one small :class:`Outcome` out.

Why a module of its own: both engines, the local process pool (:mod:`divplan.corpus.batch`)
and the Dask cluster (:mod:`divplan.corpus.dask`), hand workers the same job and get back the
same result.  Keeping what they share here, below both, means neither engine imports the
other; the command line (:mod:`divplan.cli.parse_command`) picks one.

Workers receive *paths and options*, never objects: each process builds its own registry from
the ``--aliases`` paths (:func:`registry_for`, cached per process), so the same code serves a
local pool and a remote Dask worker.  With ``Options.out_dir`` a worker writes its output
itself (to the target the parent named, :mod:`divplan.corpus.outputs`) and sends back only a
status, so the parent's memory does not depend on plan size.  ``-`` is standard input
(:func:`read_input`), read in the process that parses it.

Imports only standard modules the CLI already loads: the heavy ones (the pipeline, the
registry) are imported inside the functions, when a file is actually parsed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Literal, NamedTuple

if TYPE_CHECKING:
    from divplan.models import Plan
    from divplan.names.registry import Registry
    from divplan.records import Plan as PlanRecord

STDIN = "-"
"""The path that means standard input (as on every command line)."""

STDIN_NAME = "<stdin>"
"""How messages name standard input."""

Status = Literal["ok", "failed", "skipped"]


class Options(NamedTuple):
    """What every worker needs to turn a path into output; plain data, so it pickles cheaply.

    (A ``NamedTuple`` rather than a dataclass: ``dataclasses`` imports ``inspect``, and the
    command line imports this module before it starts any work.)
    """

    encoding: str | None = None
    aliases: tuple[str, ...] = ()
    indent: int | None = 2
    only_plans: bool = False
    out_dir: str | None = None  # set when the worker itself writes OUT/TARGET
    input_format: str | None = None  # None: sniffed from each file's bytes


class Outcome(NamedTuple):
    """The result of one input file, small enough to send between processes.

    ``text`` is the JSON when the caller writes it (stdout, JSONL); it is ``None`` when the
    worker already wrote ``written``.  ``input_error`` tells unreadable input (a bad file, exit
    2) from an internal failure (exit 1); ``output_error`` is an output that could not be
    written, which stops the run.  ``target`` is the output path the job was given.
    """

    path: str
    status: Status
    text: str | None = None
    written: str | None = None
    error: str | None = None
    input_error: bool = False
    target: str | None = None
    output_error: bool = False


Job = tuple[str, "str | None"]
"""What a worker is handed: an input path and its output path relative to ``--out-dir``."""


def as_job(item: str | tuple[str, str | None]) -> Job:
    """A :data:`Job` from a job or a bare path (no target: the caller writes, if anyone)."""
    return (item, None) if isinstance(item, str) else item


@cache
def registry_for(aliases: tuple[str, ...]) -> Registry:
    """The registry for these ``--aliases`` files, built once per process (workers included).

    Lives here, not in the CLI, because workers need it without any command line: a pool
    initializer or a Dask task only has the alias *paths* from :class:`Options`.
    """
    from divplan.names.registry import Registry

    reg = Registry.default()
    for path in aliases:
        reg = reg.with_aliases(path)
    return reg


def source_name(path: str) -> str:
    """How messages name ``path``: ``<stdin>`` for ``-``."""
    return STDIN_NAME if path == STDIN else path


def read_input(path: str) -> bytes:
    """The bytes of ``path`` (``-``: all of standard input); one-line :class:`InputError`s."""
    from divplan.errors import InputError, read_bytes

    if path == STDIN:
        try:
            return sys.stdin.buffer.read()
        except (OSError, ValueError, AttributeError) as exc:
            raise InputError(STDIN_NAME, f"cannot be read ({exc})") from None
    return read_bytes(path)


def load_plan(path: str, opts: Options, registry: Registry) -> Plan | str:
    """The plan in ``path`` as the Pydantic model, or why it is not one (:func:`load_record`)."""
    from divplan.records_json import to_model

    found = load_record(path, opts, registry)
    return found if isinstance(found, str) else to_model(found)


def load_record(path: str, opts: Options, registry: Registry) -> PlanRecord | str:
    """The plan in ``path`` as records, or (``opts.only_plans``) why it is not one, as a string.

    The file is read once (:func:`divplan.read.read`, any format); with ``opts.only_plans``
    its extracted text is first run through :func:`divplan.corpus.detect.detect`, and the
    verdict is on the very text the parse reads, and an empty file is not a plan either.
    Unreadable input raises ``InputError``.  Records, not models: ``divplan parse`` writes
    them without importing Pydantic (:mod:`divplan.records_json`).
    """
    from divplan.errors import InputError
    from divplan.pipeline import parse_bytes_record, parse_extracted_record
    from divplan.read import read

    if not opts.only_plans and path != STDIN:
        return parse_bytes_record(
            read_input(path),
            encoding=opts.encoding,
            path=path,
            registry=registry,
            input_format=opts.input_format,
        )
    try:
        extracted = read(
            read_input(path),
            input_format=opts.input_format,
            encoding=opts.encoding,
            path=source_name(path),
        )
    except InputError as exc:
        if opts.only_plans and exc.reason.startswith("empty input"):
            return exc.reason
        raise
    if opts.only_plans:
        from divplan.corpus.detect import detect

        found = detect(extracted.text, registry=registry)
        if not found.is_plan:
            return "; ".join(found.reasons[:2]) or "not a plan"
    # standard input has no path: ``source.path`` is null, messages say <stdin>
    return parse_extracted_record(
        extracted, path=None if path == STDIN else path, registry=registry
    )


def write_atomic(target: Path, data: bytes | str | Callable[[BinaryIO], object]) -> None:
    """Write ``data`` (or what the function ``data`` writes into the file) and a newline via
    a temporary file and a rename.

    The rename means a crash never leaves a half file that ``--resume`` would take for done;
    writing the newline separately avoids copying a document that may be hundreds of MB.
    """
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            if callable(data):
                data(fh)
            else:
                fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            fh.write(b"\n")
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def parse_one(path: str, opts: Options, target: str | None = None) -> Outcome:
    """Parse one file into an :class:`Outcome`; never raises for a bad file or a parser bug.

    A batch must never stop for one document, so every exception is caught here and becomes a
    one-line reason; only ``KeyboardInterrupt`` and ``SystemExit`` (a stopped run) pass.
    With ``opts.out_dir`` the plan is written to ``OUT/target`` (a path relative to ``OUT``)
    and documents that are not plans (``opts.only_plans``) are ``skipped`` unparsed.
    """
    from divplan.errors import InputError
    from divplan.records_json import dump, dumps

    try:
        registry = registry_for(opts.aliases)
        plan = load_record(path, opts, registry)
        if isinstance(plan, str):
            return Outcome(path, "skipped", error=plan, target=target)
        if opts.out_dir is not None and target is not None:
            out = Path(opts.out_dir, target)
            try:
                out.parent.mkdir(parents=True, exist_ok=True)
                # as Plan.model_dump_json writes it, a piece at a time: no copy of a huge text
                write_atomic(out, lambda fh: dump(plan, fh, indent=opts.indent))
            except OSError as exc:
                reason = f"{out}: cannot write: {exc.strerror or exc}"
                return Outcome(path, "failed", error=reason, target=target, output_error=True)
            return Outcome(path, "ok", written=str(out), target=target)
        text = dumps(plan, indent=opts.indent)
        return Outcome(path, "ok", text=text, target=target)
    except InputError as exc:
        return Outcome(path, "failed", error=str(exc), input_error=True, target=target)
    except Exception as exc:  # a parser bug must not stop a crawl of 100,000 files
        first = str(exc).splitlines()[0] if str(exc) else ""
        reason = f"{type(exc).__name__}: {first}" if first else type(exc).__name__
        name = source_name(path)
        return Outcome(path, "failed", error=f"{name}: internal error: {reason}", target=target)


__all__ = [
    "STDIN",
    "STDIN_NAME",
    "Job",
    "Options",
    "Outcome",
    "Status",
    "as_job",
    "load_plan",
    "load_record",
    "parse_one",
    "read_input",
    "registry_for",
    "source_name",
    "write_atomic",
]
