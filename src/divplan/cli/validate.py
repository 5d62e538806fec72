"""The ``divplan validate`` command: the CI gate.

Why a module of its own: a gate must never pass having checked nothing, and must be tunable
without editing the workflow.  So: FILE arguments are expanded like every command's
(:func:`divplan.cli.paths.inputs`: folders recurse, globs expand, ``-`` is stdin) and an
argument naming no file is exit 2; ``--only-plans`` skips documents that are not plans (a
README among the files a pre-commit hook is given); ``--select`` / ``--ignore`` keep or drop
codes by prefix (``DP2`` is every clause and department code), also from ``[tool.divplan]``
(:mod:`divplan.cli.config`); and one summary line on stderr says what was checked (unless no
document could be read at all: then the one-line errors are the report, and the exit is 2).

Exit codes: 0 no error among the findings kept; 1 an error (``--strict``: a warning too);
2 a usage error, or an input that could not be read or an argument that named no file (the
other inputs are still checked and reported).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from divplan.cli.options import add_input_options, error, input_format, split_codes
from divplan.cli.paths import inputs

if TYPE_CHECKING:
    from divplan.models import Diagnostic


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``validate`` to the ``divplan`` subcommands (imports nothing heavy)."""
    sp = sub.add_parser(
        "validate",
        help="check plans; exit 1 on errors",
        description="Check plans: numbering, clauses, departments.  Exit 0 clean, 1 errors, "
        "2 usage errors or unreadable input (or an argument naming no file).",
    )
    sp.add_argument(
        "files", nargs="+", metavar="FILE", help="files, folders (recursive), globs or -"
    )
    add_input_options(sp)
    sp.add_argument(
        "--strict",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="treat warnings as errors (default: [tool.divplan] strict, else no)",
    )
    sp.add_argument(
        "--select",
        action="append",
        metavar="CODES",
        help="report only these codes or prefixes, comma-separated (DP2,DP401; repeatable)",
    )
    sp.add_argument(
        "--ignore",
        action="append",
        metavar="CODES",
        help="never report these codes or prefixes (applied after --select)",
    )
    sp.add_argument(
        "--only-plans",
        action="store_true",
        help="skip documents that are not division-of-labour plans (counted in the summary)",
    )
    sp.add_argument("--verbose", action="store_true", help="also show info findings")
    sp.add_argument("-q", "--quiet", action="store_true", help="no summary line on stderr")
    sp.add_argument(
        "--format",
        choices=["text", "json", "github", "sarif"],
        default="text",
        help="output format (default text)",
    )
    sp.add_argument(
        "--sarif-root",
        metavar="DIR",
        help="SARIF paths are relative to DIR (default: the current directory)",
    )
    sp.set_defaults(func=run)


def _chosen(code: str, select: Sequence[str], ignore: Sequence[str]) -> bool:
    if select and not any(code.startswith(p) for p in select):
        return False
    return not any(code.startswith(p) for p in ignore)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def run(args: argparse.Namespace, out: TextIO) -> int:
    """``divplan validate``: see the module docstring."""
    from divplan.check.formats import render
    from divplan.corpus.jobs import Options, load_plan, registry_for, source_name
    from divplan.errors import InputError

    select = split_codes(args.select or ())
    ignore = split_codes(args.ignore or ())
    opts = Options(
        encoding=args.encoding,
        aliases=tuple(args.aliases or ()),
        input_format=input_format(args),
        only_plans=args.only_plans,
    )
    registry = registry_for(opts.aliases)
    findings: list[tuple[str, Diagnostic]] = []
    checked = unreadable = not_plans = 0
    for found in inputs(args.files):
        if found.problem:
            error(f"{found.path}: {found.problem}")
            unreadable += 1
            continue
        name = source_name(found.path)
        try:
            plan = load_plan(found.path, opts, registry)
        except InputError as exc:
            error(str(exc))
            unreadable += 1
            continue
        if isinstance(plan, str):
            not_plans += 1
            continue
        checked += 1
        findings.extend((name, d) for d in plan.diagnostics if _chosen(d.code, select, ignore))
    if args.strict:
        findings = [
            (p, d.model_copy(update={"severity": "error"}) if d.severity == "warning" else d)
            for p, d in findings
        ]
    shown = [(p, d) for p, d in findings if args.verbose or d.severity != "info"]
    out.write(render(shown, args.format, root=args.sarif_root))
    errors = sum(1 for _, d in findings if d.severity == "error")
    if not args.quiet and (checked or not_plans):  # nothing read: the error lines say it all
        warnings = sum(1 for _, d in findings if d.severity == "warning")
        extra = [_plural(unreadable, "unreadable input")] if unreadable else []
        if not_plans:
            extra.append(f"{not_plans} not {'a plan' if not_plans == 1 else 'plans'}, skipped")
        tail = f" ({', '.join(extra)})" if extra else ""
        error(
            f"checked {_plural(checked, 'file')}: {_plural(errors, 'error')}, "
            f"{_plural(warnings, 'warning')}{tail}"
        )
    if unreadable:
        return 2
    return 1 if errors else 0


__all__ = ["register", "run"]
