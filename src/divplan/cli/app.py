"""The ``divplan`` command: ``main(argv) -> int``; data to stdout, messages to stderr.

Exit codes, the same in every command: 0 success, nothing found; 1 findings (``validate``: an
error; ``compare --exit-code``: the plans differ; ``parse``: a document the parser failed on);
2 a usage error, or input that could not be read (a missing file, an empty or binary one, an
argument naming no file), reported in one line each on stderr, never a traceback; 130 when
interrupted (Ctrl-C).  ``-`` reads standard input wherever a file is taken, ``-V`` is
``--version``, and ``[tool.divplan]`` in the nearest ``pyproject.toml`` fills options the command
line left unset (:mod:`divplan.cli.config`).

Heavy imports are deferred into the commands so that ``divplan --version`` starts fast.  Here:
the parser, ``main`` and the small commands (``unresolved``, ``text``, ``schema``).  ``parse``
is :mod:`divplan.cli.parse_command` (it drives the corpus engine), ``validate`` is
:mod:`divplan.cli.validate`, and ``report`` / ``table`` / ``compare`` are
:mod:`divplan.cli.analysis`; every command reads its FILE arguments through
:func:`divplan.cli.paths.inputs`.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import sys
from collections.abc import Sequence
from typing import TextIO

from divplan import __version__
from divplan.cli.analysis import register as register_analysis
from divplan.cli.options import add_input_options, error, input_format
from divplan.cli.parse_command import add_arguments as add_parse_arguments
from divplan.cli.paths import inputs
from divplan.cli.stream_command import register as register_stream
from divplan.cli.validate import register as register_validate

INTERRUPTED = 130
"""Exit code after Ctrl-C (128 + SIGINT), as shells report it."""

#: The commands that read plans, and so need the whole pipeline (see :func:`_load_pipeline`).
_READING = frozenset({"parse", "validate", "stream", "unresolved"})


def _load_pipeline(use_caches: bool) -> None:
    """Import the pipeline with the cyclic collector paused, then freeze what it made.

    Why: importing the models, grammars and lexicons allocates a few hundred thousand objects
    and no garbage, yet the collector walks them again and again while they are made: ~35 ms
    of a one-plan ``divplan parse`` (about 15 %, ``benchmarks/bench.py``, cold row).  Frozen,
    they are also skipped by every later collection of a long batch.

    With ``use_caches`` (the command run as a process), the compiled patterns and the warm
    registry of the last run are used (:mod:`divplan.regex_cache`,
    :mod:`divplan.names.registry_cache`): ~110 ms of the ~300 ms of a one-plan parse.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        if use_caches:
            from divplan import regex_cache
            from divplan.names import registry_cache

            regex_cache.install()  # before the parser's modules compile their patterns
            registry_cache.enable()
        import divplan.pipeline  # noqa: F401
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def _save_caches() -> None:
    """Keep what this run built for the next one (:mod:`divplan.cache`), after the output.

    Only what a file lacked is written, so a run that met nothing new writes nothing; stdout
    is flushed first, so that whoever reads the output never waits for the cache.
    """
    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()
    from divplan import regex_cache
    from divplan.names import registry, registry_cache

    try:
        regex_cache.save()
        if registry._default_registry.cache_info().currsize:  # the default registry was used
            registry_cache.save(registry.Registry.default())
    except Exception:  # a cache never fails a command that did its work
        pass


def _cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    from divplan.schema import schema_json

    out.write(schema_json() + "\n")
    return 0


def _cmd_unresolved(args: argparse.Namespace, out: TextIO) -> int:
    from divplan.corpus.jobs import Options, load_plan, registry_for
    from divplan.errors import InputError
    from divplan.names.unresolved import collect, to_tsv

    opts = Options(
        encoding=args.encoding, aliases=tuple(args.aliases or ()), input_format=input_format(args)
    )
    registry = registry_for(opts.aliases)
    plans = []
    status = 0
    for found in inputs(args.files):
        if found.problem:
            error(f"{found.path}: {found.problem}")
            status = 2
            continue
        try:
            plan = load_plan(found.path, opts, registry)
        except InputError as exc:
            error(str(exc))
            status = 2
            continue
        if not isinstance(plan, str):
            plans.append(plan)
    out.write(to_tsv(collect(plans), registry))
    return status


def _cmd_text(args: argparse.Namespace, out: TextIO) -> int:
    from divplan.corpus.jobs import read_input, source_name
    from divplan.errors import InputError
    from divplan.read import read

    try:
        extracted = read(
            read_input(args.file),
            input_format=input_format(args),
            encoding=args.encoding,
            path=source_name(args.file),
        )
    except InputError as exc:
        error(str(exc))
        return 2
    out.write(extracted.text)
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests)."""
    from divplan.cli.options import non_negative

    p = argparse.ArgumentParser(
        prog="divplan", description="Parse division-of-labour plans (分工方案) into JSON."
    )
    p.add_argument("-V", "--version", action="version", version=f"divplan {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    sp = sub.add_parser("parse", help="parse plans to JSON")
    sp.add_argument(
        "files", nargs="+", metavar="FILE", help="files, folders (recursive), globs or -"
    )
    add_input_options(sp)
    sp.add_argument(
        "--out-dir",
        help="write one JSON file per input into this folder, mirroring the inputs' folders",
    )
    sp.add_argument(
        "--indent", type=non_negative, default=2, help="JSON indent for --format json (default 2)"
    )
    add_parse_arguments(sp)

    register_validate(sub)
    register_stream(sub)

    sp = sub.add_parser("unresolved", help="list unresolved and fuzzy department mentions (TSV)")
    sp.add_argument(
        "files", nargs="+", metavar="FILE", help="files, folders (recursive), globs or -"
    )
    add_input_options(sp)
    sp.set_defaults(func=_cmd_unresolved)

    sp = sub.add_parser(
        "text",
        help="print the text read from a file (what every span points into)",
        description="Exactly the text divplan parses: a web page, Word, Excel or PDF file as "
        "lines, tables rendered as labelled items; plain text as decoded.",
    )
    sp.add_argument("file", help="an input file (- for standard input)")
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
        if args.command != "schema":
            from divplan.cli.config import apply

            apply(args)
        # the on-disk caches only when run as a command (argv from the process): a call
        # from Python (tests, notebooks) leaves that process's ``re`` module and registry alone
        use_caches = argv is None and args.command in _READING
        if args.command in _READING:
            _load_pipeline(use_caches)
        status = int(args.func(args, sys.stdout))
        if use_caches:
            _save_caches()
        return status
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        error("interrupted")
        return INTERRUPTED
    except OSError as exc:
        error(f"{getattr(exc, 'filename', '') or ''}: {exc.strerror or exc}")
        return 2
    except ValueError as exc:  # usage errors, bad --aliases files and [tool.divplan] tables
        error(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
