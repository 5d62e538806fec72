"""The ``divplan`` command: ``main(argv) -> int``; data to stdout, messages to stderr.

Exit codes: 0 success; 1 a document has errors (``validate``) or a file failed in a batch;
2 usage errors and input that cannot be read at all (one line on stderr, never a traceback).
Heavy imports are deferred into the commands so that ``divplan --version`` starts fast.

Here: the parser, ``main`` and the small commands (``validate``, ``unresolved``, ``text``,
``schema``).
``parse`` is :mod:`divplan.cli.parse_command` (it drives the corpus engine) and ``report`` /
``table`` / ``compare`` are :mod:`divplan.cli.analysis`; every command that takes several
files reads them through :func:`divplan.cli.paths.expand`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from divplan import __version__
from divplan.cli.analysis import register as register_analysis
from divplan.cli.options import add_input_options, error, input_format, registry_from
from divplan.cli.parse_command import add_arguments as add_parse_arguments
from divplan.cli.paths import expand

if TYPE_CHECKING:
    from divplan.models import Diagnostic


def _cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    from divplan.schema import schema_json

    out.write(schema_json() + "\n")
    return 0


def _cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    from divplan.check.formats import render
    from divplan.errors import InputError
    from divplan.pipeline import parse_file

    registry = registry_from(args)
    findings: list[tuple[str, Diagnostic]] = []
    unreadable = False
    for name in expand(args.files):
        try:
            plan = parse_file(
                name, encoding=args.encoding, registry=registry, input_format=input_format(args)
            )
        except InputError as exc:
            error(str(exc))
            unreadable = True
            continue
        findings.extend((name, d) for d in plan.diagnostics)
    if args.strict:
        findings = [
            (p, d.model_copy(update={"severity": "error"}) if d.severity == "warning" else d)
            for p, d in findings
        ]
    shown = [(p, d) for p, d in findings if args.verbose or d.severity != "info"]
    out.write(render(shown, args.format))
    if unreadable:
        return 2
    return 1 if any(d.severity == "error" for _, d in findings) else 0


def _cmd_unresolved(args: argparse.Namespace, out: TextIO) -> int:
    from divplan.errors import InputError
    from divplan.names.unresolved import collect, to_tsv
    from divplan.pipeline import parse_file

    registry = registry_from(args)
    plans = []
    status = 0
    for name in expand(args.files):
        try:
            plans.append(
                parse_file(
                    name, encoding=args.encoding, registry=registry, input_format=input_format(args)
                )
            )
        except InputError as exc:
            error(str(exc))
            status = 1
    out.write(to_tsv(collect(plans), registry))
    return status


def _cmd_text(args: argparse.Namespace, out: TextIO) -> int:
    from divplan.errors import InputError
    from divplan.read import read_file

    try:
        extracted = read_file(args.file, input_format=input_format(args), encoding=args.encoding)
    except InputError as exc:
        error(str(exc))
        return 2
    out.write(extracted.text)
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests)."""
    p = argparse.ArgumentParser(
        prog="divplan", description="Parse division-of-labour plans (分工方案) into JSON."
    )
    p.add_argument("--version", action="version", version=f"divplan {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("files", nargs="+", help="input files, directories or globs")
        add_input_options(sp)

    sp = sub.add_parser("parse", help="parse plans to JSON")
    common(sp)
    sp.add_argument("--out-dir", help="write one NAME.json per input into this directory")
    sp.add_argument("--indent", type=int, default=2, help="JSON indent (default 2)")
    add_parse_arguments(sp)

    sp = sub.add_parser("validate", help="check plans; exit 1 on errors")
    common(sp)
    sp.add_argument("--strict", action="store_true", help="treat warnings as errors")
    sp.add_argument("--verbose", action="store_true", help="also show info findings")
    sp.add_argument(
        "--format",
        choices=["text", "json", "github", "sarif"],
        default="text",
        help="output format (default text)",
    )
    sp.set_defaults(func=_cmd_validate)

    sp = sub.add_parser("unresolved", help="list unresolved and fuzzy department mentions (TSV)")
    common(sp)
    sp.set_defaults(func=_cmd_unresolved)

    sp = sub.add_parser(
        "text",
        help="print the text read from a file (what every span points into)",
        description="Exactly the text divplan parses: a web page, Word, Excel or PDF file as "
        "lines, tables rendered as labelled items; plain text as decoded.",
    )
    sp.add_argument("file", help="an input file")
    add_input_options(sp)
    sp.set_defaults(func=_cmd_text)

    sp = sub.add_parser("schema", help="print the JSON Schema of the output")
    sp.set_defaults(func=_cmd_schema)
    register_analysis(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help, --version and usage errors
        return int(exc.code) if isinstance(exc.code, int) else 2
    try:
        return int(args.func(args, sys.stdout))
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        error("interrupted")
        return 2
    except OSError as exc:
        error(f"{getattr(exc, 'filename', '') or ''}: {exc.strerror or exc}")
        return 2
    except ValueError as exc:  # bad --aliases files and similar user input
        error(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
