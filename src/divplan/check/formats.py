"""Render diagnostics for people and machines: text, json, github, sarif.

``text`` reads like a compiler (``path:line:col: error DP101: message``); ``json`` is a list of
diagnostics each with its ``path``; ``github`` emits workflow-command annotations; ``sarif`` is
SARIF 2.1.0 for code-scanning tools.

SARIF is read by tools far from the command line (GitHub code scanning shows a rule's help
next to every alert and resolves paths against the repository), so each rule carries its
meaning from :data:`divplan.check.diagnostics.CODES` and a link to the README's table, and
artifact paths are relative to a root (the current directory unless ``root`` is given) under
the ``%SRCROOT%`` base id, never absolute paths of the machine that ran the check.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from divplan import __version__
from divplan.check.diagnostics import CODES
from divplan.models import Diagnostic

Finding = tuple[str, Diagnostic]
_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}

HELP_URI = "https://github.com/divplan/divplan#diagnostic-codes"
"""Where a SARIF rule's help points: the README's table of diagnostic codes."""

SRCROOT = "%SRCROOT%"


def _text(findings: Sequence[Finding]) -> str:
    return "".join(
        f"{p}:{d.line}:{d.column}: {d.severity} {d.code}: {d.message}\n" for p, d in findings
    )


def _json(findings: Sequence[Finding]) -> str:
    rows = [{"path": p, **d.model_dump()} for p, d in findings]
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def _escape_github(s: str, prop: bool = False) -> str:
    s = s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        s = s.replace(":", "%3A").replace(",", "%2C")
    return s


def _github(findings: Sequence[Finding]) -> str:
    level = {"error": "error", "warning": "warning", "info": "notice"}
    return "".join(
        f"::{level[d.severity]} file={_escape_github(p, True)},line={d.line},col={d.column},"
        f"title={d.code}::{_escape_github(d.message)}\n"
        for p, d in findings
    )


def _rule(code: str, severity: str, meaning: str) -> dict[str, Any]:
    text = f"{code} ({severity} by default): {meaning}."
    return {
        "id": code,
        "name": code,
        "shortDescription": {"text": meaning},
        "fullDescription": {"text": text},
        "help": {
            "text": f"{text} See {HELP_URI}",
            "markdown": f"**{code}** ({severity} by default): {meaning}. "
            f"[All divplan diagnostic codes]({HELP_URI})",
        },
        "helpUri": HELP_URI,
        "defaultConfiguration": {"level": _SARIF_LEVEL[severity]},
    }


def _artifact(path: str, root: Path) -> dict[str, Any]:
    """``path`` relative to ``root`` (under ``%SRCROOT%``), or an absolute ``file:`` URI."""
    if path.startswith("<"):  # <stdin>
        return {"uri": quote(path.strip("<>"))}
    full = Path(os.path.abspath(path))
    try:
        rel = full.relative_to(root)
    except ValueError:
        return {"uri": full.as_uri()}
    return {"uri": quote(rel.as_posix()), "uriBaseId": SRCROOT}


def sarif(
    findings: Sequence[Finding], root: str | os.PathLike[str] | None = None
) -> dict[str, Any]:
    """A SARIF 2.1.0 log with one run; paths relative to ``root`` (default: the current dir)."""
    base = Path(os.path.abspath(root if root is not None else os.getcwd()))
    rules = [_rule(code, severity, meaning) for code, (severity, meaning) in CODES.items()]
    index = {code: i for i, code in enumerate(CODES)}
    results = [
        {
            "ruleId": d.code,
            "ruleIndex": index[d.code],
            "level": _SARIF_LEVEL[d.severity],
            "message": {"text": d.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": _artifact(p, base),
                        "region": {
                            "startLine": d.line,
                            "startColumn": d.column,
                            "charOffset": d.span[0],
                            "charLength": max(0, d.span[1] - d.span[0]),
                        },
                    }
                }
            ],
        }
        for p, d in findings
    ]
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "divplan",
                        "version": __version__,
                        "informationUri": "https://github.com/divplan/divplan",
                        "rules": rules,
                    }
                },
                "originalUriBaseIds": {SRCROOT: {"uri": base.as_uri().rstrip("/") + "/"}},
                "results": results,
            }
        ],
    }


def render(
    findings: Sequence[Finding], fmt: str, *, root: str | os.PathLike[str] | None = None
) -> str:
    """``findings`` in format ``fmt`` (text, json, github or sarif; ``root``: see :func:`sarif`)."""
    if fmt == "json":
        return _json(findings)
    if fmt == "github":
        return _github(findings)
    if fmt == "sarif":
        return json.dumps(sarif(findings, root), ensure_ascii=False, indent=2) + "\n"
    return _text(findings)
