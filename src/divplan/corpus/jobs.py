"""One job of a corpus run: a path and its options in, one small :class:`Outcome` out.

Why a module of its own: both engines, the local process pool (:mod:`divplan.corpus.batch`)
and the Dask cluster (:mod:`divplan.corpus.dask`), hand workers the same job and get back the
same result.  Keeping what they share here, below both, means neither engine imports the
other; the command line (:mod:`divplan.cli.parse_command`) picks one.

Workers receive *paths and options*, never objects: each process builds its own registry from
the ``--aliases`` paths (:func:`registry_for`, cached per process), so the same code serves a
local pool and a remote Dask worker.  With ``Options.out_dir`` a worker writes its
``NAME.json`` itself and sends back only a status, so the parent's memory does not depend on
plan size.

Imports only standard modules the CLI already loads: the heavy ones (the pipeline, the
registry) are imported inside the functions, when a file is actually parsed.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

if TYPE_CHECKING:
    from divplan.names.registry import Registry

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
    out_dir: str | None = None  # set when the worker itself writes OUT/NAME.json
    input_format: str | None = None  # None: sniffed from each file's bytes


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


def target_name(path: str) -> str:
    """Output file name for ``path`` under ``--out-dir``: ``STEM.json`` (as ever)."""
    return Path(path).stem + ".json"


def _read(path: str) -> bytes:
    """The file's bytes; the same one-line reasons as :func:`divplan.pipeline.parse_file`."""
    from divplan.errors import read_bytes

    return read_bytes(path)


def write_atomic(target: Path, data: bytes | str) -> None:
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
    one-line reason.  The file is read once (:func:`divplan.read.read`, any format); with
    ``opts.only_plans`` its extracted text is first run through
    :func:`divplan.corpus.detect.detect` and documents that are not plans are ``skipped`` unparsed.
    """
    from divplan.errors import InputError
    from divplan.pipeline import parse_extracted, parse_file

    try:
        registry = registry_for(opts.aliases)
        if opts.only_plans:
            from divplan.corpus.detect import detect
            from divplan.read import read

            data = _read(path)
            extracted = read(
                data, input_format=opts.input_format, encoding=opts.encoding, path=path
            )
            del data
            # the verdict is on the very text the parse reads, whatever the file's format
            found = detect(extracted.text, registry=registry)
            if not found.is_plan:
                return Outcome(path, "skipped", error="; ".join(found.reasons[:2]))
            plan = parse_extracted(extracted, path=path, registry=registry)
            del extracted
        else:
            plan = parse_file(
                path, encoding=opts.encoding, registry=registry, input_format=opts.input_format
            )
        if opts.out_dir is not None:
            # bytes straight from the serializer: no str copy of a possibly huge document
            raw = plan.__pydantic_serializer__.to_json(plan, indent=opts.indent)
            del plan
            target = Path(opts.out_dir) / target_name(path)
            write_atomic(target, raw)
            return Outcome(path, "ok", written=str(target))
        text = plan.model_dump_json(indent=opts.indent)
        return Outcome(path, "ok", text=text)
    except InputError as exc:
        return Outcome(path, "failed", error=str(exc), input_error=True)
    except Exception as exc:  # a parser bug must not stop a crawl of 100,000 files
        first = str(exc).splitlines()[0] if str(exc) else ""
        reason = f"{type(exc).__name__}: {first}" if first else type(exc).__name__
        return Outcome(path, "failed", error=f"{path}: internal error: {reason}")


__all__ = [
    "Options",
    "Outcome",
    "Status",
    "parse_one",
    "registry_for",
    "target_name",
    "write_atomic",
]
