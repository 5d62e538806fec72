"""Analysis commands of the ``divplan`` command line: ``report``, ``table`` and ``compare``.

Kept out of :mod:`divplan.cli.app` so that the core command line does not depend on the analysis
code; :func:`register` adds the three subcommands to its parser.  Like the core commands, each
sets ``func=(args, out) -> int``; exit codes are 0 for success, 1 for ``compare --exit-code``
when the plans differ, and 2 for input that cannot be read (one line on stderr, never a
traceback) or a usage problem.

Every command takes a plan as text (parsed, like ``divplan parse``) or as the JSON that
``divplan parse`` wrote (``*.json``, loaded with :func:`divplan.analysis.tables.read_json`; on
standard input, ``-``, a JSON object is recognised by its first byte), so a corpus parsed once
can be reported on and compared without parsing it again.  ``table``'s FILE arguments are
expanded like every command's (:func:`divplan.cli.paths.inputs`: folders, globs, ``-``).  CSV
is written with a UTF-8 byte-order mark unless ``--no-bom``: without it, Excel — where most of
these tables are opened — reads UTF-8 as the local code page and garbles every Chinese name.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from divplan.models import Plan
    from divplan.names.registry import Registry

from divplan.cli.options import add_input_options, error, input_format, registry_from
from divplan.cli.paths import inputs

__all__ = ["load", "register"]


def load(
    name: str,
    *,
    encoding: str | None = None,
    registry: Registry | None = None,
    input_format: str | None = None,
) -> tuple[Plan, str | None]:
    """A plan and the decoded text its spans point into (None when unavailable).

    ``*.json`` is read as saved divplan output (its source text is looked up through
    ``source.path``); anything else is parsed as a plan.  ``-`` is standard input: saved output
    when it starts with ``{``, else a plan.  Raises :class:`~divplan.errors.InputError` for
    unreadable input.
    """
    from divplan.analysis.report import source_text
    from divplan.analysis.tables import read_json
    from divplan.corpus.jobs import STDIN, read_input, source_name
    from divplan.pipeline import parse_bytes_with_text

    if name.lower().endswith(".json"):
        plan = read_json(name)
        return plan, source_text(plan, near=name)
    data = read_input(name)
    if name == STDIN and data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:  # read_json reads files: hand it one
            saved = f"{tmp}/stdin.json"
            with open(saved, "wb") as fh:
                fh.write(data)
            plan = read_json(saved)
        return plan, source_text(plan, near=".")
    return parse_bytes_with_text(
        data,
        encoding=encoding,
        path=source_name(name),
        registry=registry,
        input_format=input_format,
    )


def _cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    from divplan.analysis.report import render
    from divplan.errors import InputError

    try:
        plan, text = load(
            args.file,
            encoding=args.encoding,
            registry=registry_from(args),
            input_format=input_format(args),
        )
    except InputError as exc:
        error(str(exc))
        return 2
    page = render(plan, text, title=args.title)
    if args.output in (None, "-"):
        out.write(page)
        return 0
    try:
        Path(args.output).write_text(page, encoding="utf-8")
    except OSError as exc:
        error(f"{args.output}: {exc.strerror or exc}")
        return 2
    return 0


def _cmd_table(args: argparse.Namespace, out: TextIO) -> int:
    from divplan.errors import InputError

    try:
        from divplan.analysis import tables as analysis

        analysis._pandas()
    except ImportError as exc:
        error(str(exc))
        return 2
    if args.format == "parquet" and args.output in (None, "-"):
        error("--format parquet writes a binary file: give -o FILE")
        return 2
    registry = registry_from(args)
    plans: list[Plan] = []
    for found in inputs(args.files):
        if found.problem:
            error(f"{found.path}: {found.problem}")
            return 2
        try:
            plans.append(
                load(
                    found.path,
                    encoding=args.encoding,
                    registry=registry,
                    input_format=input_format(args),
                )[0]
            )
        except InputError as exc:
            error(str(exc))
            return 2
    if len(plans) == 1:
        df = _single(plans[0], args.table)
    else:
        df = getattr(analysis.frames(plans), args.table)
    try:
        return _write_table(df, args.format, args.output, out, bom=args.bom)
    except ImportError as exc:  # parquet without pyarrow
        error(str(exc).splitlines()[0])
        return 2
    except OSError as exc:
        error(f"{args.output}: {exc.strerror or exc}")
        return 2


def _single(plan: Plan, table: str) -> Any:
    from divplan.analysis import tables as analysis

    if table == "items":
        return analysis.items_frame(plan)
    if table == "workload":
        return analysis.workload(plan).reset_index()
    return analysis.assignments_frame(plan)


def _write_table(df: Any, fmt: str, output: str | None, out: TextIO, *, bom: bool = True) -> int:
    to_stdout = output in (None, "-")
    if fmt == "parquet":
        df.to_parquet(output, index=False)
        return 0
    if fmt == "csv":
        text = df.to_csv(index=False, lineterminator="\n")
        if bom:
            text = "\ufeff" + text
    else:
        text = df.to_json(orient="records", lines=True, force_ascii=False)
        if text and not text.endswith("\n"):
            text += "\n"
    if to_stdout:
        out.write(text)
    else:
        Path(str(output)).write_text(text, encoding="utf-8")
    return 0


def _cmd_compare(args: argparse.Namespace, out: TextIO) -> int:
    from divplan.analysis.comparison import compare
    from divplan.errors import InputError

    registry = registry_from(args)
    try:
        fmt = input_format(args)
        old = load(args.old, encoding=args.encoding, registry=registry, input_format=fmt)[0]
        new = load(args.new, encoding=args.encoding, registry=registry, input_format=fmt)[0]
    except InputError as exc:
        error(str(exc))
        return 2
    from divplan.analysis.comparison import REWORD_THRESHOLD

    threshold = REWORD_THRESHOLD if args.threshold is None else args.threshold
    result = compare(old, new, threshold=threshold, registry=registry, on=args.on)
    out.write(result.to_json() + "\n" if args.format == "json" else result.to_text())
    if args.exit_code:
        counts = result.summary()
        return 1 if any(n for kind, n in counts.items() if kind != "unchanged") else 0
    return 0


def register(subparsers: Any) -> None:
    """Add ``report``, ``table`` and ``compare`` to the ``divplan`` subcommands.

    ``subparsers`` is what ``ArgumentParser.add_subparsers()`` returned in
    :func:`divplan.cli.app.build_parser`.  Imports nothing heavy: the parser is built on every
    start, ``divplan --version`` included.
    """
    sp = subparsers.add_parser(
        "report",
        help="write a self-contained HTML report of a plan",
        description="One HTML file, viewable offline: the source text with each clause "
        "highlighted, a department filter, a workload chart and the collaboration network.",
    )
    sp.add_argument("file", help="a plan (text) or its divplan JSON (- for standard input)")
    sp.add_argument("-o", "--output", help="HTML file to write (default: stdout)")
    sp.add_argument("--title", help="page title (default: the plan's title)")
    add_input_options(sp)
    sp.set_defaults(func=_cmd_report)

    sp = subparsers.add_parser(
        "table",
        help="write the assignments table (item × department × role)",
        description="The long table analysts pivot on; with several files, a 'plan' column "
        "says which plan each row comes from.",
    )
    sp.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="plans (text) or divplan JSON: files, folders (recursive), globs or -",
    )
    sp.add_argument(
        "--format", choices=["csv", "parquet", "jsonl"], default="csv", help="default csv"
    )
    sp.add_argument(
        "--table",
        choices=["assignments", "items", "workload"],
        default="assignments",
        help="which table (default assignments)",
    )
    sp.add_argument("-o", "--output", help="file to write (default: stdout; parquet needs -o)")
    sp.add_argument(
        "--bom",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="CSV: start with a UTF-8 byte-order mark, so Excel reads Chinese (default: yes)",
    )
    add_input_options(sp)
    sp.set_defaults(func=_cmd_table)

    sp = subparsers.add_parser(
        "compare",
        help="compare two plans: items added, removed, reworded; responsibility changes",
        description="Old departments are mapped to their successors at the new plan's date.",
    )
    sp.add_argument("old", help="the earlier plan (text or divplan JSON; - for standard input)")
    sp.add_argument("new", help="the later plan (text or divplan JSON; - for standard input)")
    sp.add_argument("--format", choices=["text", "json"], default="text", help="default text")
    sp.add_argument(
        "--exit-code",
        action="store_true",
        help="exit 1 when the plans differ (items added, removed, reworded or reassigned)",
    )
    sp.add_argument(
        "--threshold",
        type=float,
        default=None,
        help="similarity 0-100 from which an item counts as reworded (default 80)",
    )
    sp.add_argument("--on", help="date for mapping departments to successors (default: NEW's)")
    add_input_options(sp)
    sp.set_defaults(func=_cmd_compare)
