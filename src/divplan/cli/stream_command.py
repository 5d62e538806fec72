"""The ``divplan stream`` command: one large document, one JSON line per record, as it is read.

Why a command of its own and not a ``parse --format``: ``parse`` writes whole plans (one JSON
object, or one line per plan, a contract analysts already rely on); a 100 MB dump does not fit
that shape in bounded memory.  ``stream`` writes the records of :mod:`divplan.stream` — a
``plan`` line first, then ``section``, ``subsection``, ``item``, ``unparsed`` and ``diagnostic``
lines — each flushed as its part is read, to stdout or ``-o FILE``; :func:`divplan.read_records`
builds the plan back.

Exit codes: 0 written; 1 a part failed in a ``--jobs`` worker (one line on stderr; nothing is
left at ``-o``); 2 a usage error or an input that could not be read (one line on stderr), or an
output that could not be written.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterable
from typing import TextIO

from divplan.cli.options import (
    add_input_options,
    add_jobs_option,
    error,
    input_format,
    positive,
    registry_from,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``stream`` to the ``divplan`` subcommands (imports nothing heavy)."""
    sp = sub.add_parser(
        "stream",
        help="parse one large document part by part: a JSON line per record, as it is read",
        description="Parse one document in parts of --part-chars characters (cut before a "
        "section heading) and write JSON lines as each part is read: a plan line, then "
        "section, subsection, item, unparsed and diagnostic lines.  Memory depends on the "
        "part size, not on the document.",
    )
    sp.add_argument("file", help="an input file (- for standard input)")
    add_input_options(sp)
    sp.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    sp.add_argument(
        "--part-chars",
        type=positive,
        default=None,
        metavar="N",
        help="least characters in a part (default 1048576; smaller texts are parsed whole)",
    )
    add_jobs_option(sp, "read N parts at once in worker processes, writing the same lines")
    sp.set_defaults(func=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Write the records of ``args.file`` (see the module docstring for exit codes)."""
    from divplan.corpus.jobs import read_input, source_name
    from divplan.errors import InputError
    from divplan.read import read
    from divplan.stream import PART_CHARS, iter_jsonl

    name = source_name(args.file)
    try:
        data = read_input(args.file)
        extracted = read(data, input_format=input_format(args), encoding=args.encoding, path=name)
    except InputError as exc:
        error(str(exc))
        return 2
    del data
    registry = registry_from(args)
    records = iter_jsonl(
        extracted.text,
        registry=registry,
        path=name,
        encoding=extracted.encoding,
        part_chars=args.part_chars or PART_CHARS,
        source={"sha256": extracted.sha256, "format": extracted.format, "size": extracted.size},
        jobs=args.jobs,
    )
    from divplan.stream_jobs import WorkerError

    target = args.output
    try:
        if target is None or target == "-":
            _write(records, out)
            return 0
        partial = f"{target}.tmp"
        try:
            with open(partial, "w", encoding="utf-8") as fh:
                _write(records, fh)
            os.replace(partial, target)
        except BaseException:
            if os.path.exists(partial):
                os.remove(partial)
            raise
    except WorkerError as exc:  # a part failed in a worker: one line, its cause
        error(f"{name}: {str(exc).splitlines()[0]}")
        return 1
    return 0


def _write(chunks: Iterable[str], out: TextIO) -> None:
    """Chunks of whole JSON lines; the first (the plan line, or with ``--jobs`` the whole first
    part) is flushed at once, then the buffer goes out as it fills, so a reader downstream sees
    the items of the first parts while later parts are being read."""
    first = True
    for chunk in chunks:
        out.write(chunk)
        if first:
            out.flush()
            first = False
    out.flush()


__all__ = ["register", "run"]
