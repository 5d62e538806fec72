"""Render diagnostics for people and machines: text, json, github, sarif.

``text`` reads like a compiler (``path:line:col: error DP101: message``); ``json`` is a list of
diagnostics each with its ``path``; ``github`` emits workflow-command annotations; ``sarif`` is
SARIF 2.1.0 for code-scanning tools.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from divplan import __version__
from divplan.check.diagnostics import CODES
from divplan.models import Diagnostic

Finding = tuple[str, Diagnostic]
_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


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


def sarif(findings: Sequence[Finding]) -> dict[str, Any]:
    """A SARIF 2.1.0 log with one run."""
    rules = [
        {
            "id": code,
            "shortDescription": {"text": meaning},
            "defaultConfiguration": {"level": _SARIF_LEVEL[severity]},
        }
        for code, (severity, meaning) in CODES.items()
    ]
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
                        "artifactLocation": {"uri": p},
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
                "results": results,
            }
        ],
    }


def render(findings: Sequence[Finding], fmt: str) -> str:
    """``findings`` in format ``fmt`` (text, json, github or sarif)."""
    if fmt == "json":
        return _json(findings)
    if fmt == "github":
        return _github(findings)
    if fmt == "sarif":
        return json.dumps(sarif(findings), ensure_ascii=False, indent=2) + "\n"
    return _text(findings)
