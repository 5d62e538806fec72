"""Shared paths for the tests."""

from __future__ import annotations

import functools
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
STRUCTURED = ROOT / "data" / "structured"
GOLD = ROOT / "tests" / "gold"
SEED = RAW / "sme-division-plan-2012.en.txt"

sys.path.insert(0, str(Path(__file__).resolve().parent))


@functools.cache
def gold(name: str) -> dict[str, Any]:
    """The gold reading of corpus document ``name`` (file stem, e.g. ``zh-sc-2019``)."""
    data: dict[str, Any] = json.loads((GOLD / f"{name}.gold.json").read_text(encoding="utf-8"))
    return data


@functools.cache
def plan(name: str) -> Any:
    """The parsed corpus document ``name`` (parsed once per test session)."""
    import divplan

    return divplan.parse_file(RAW / gold(name)["document"])


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run a divplan command through the real parser: (exit code, stdout, stderr)."""
    from divplan.cli.app import build_parser

    args = build_parser().parse_args(argv)
    out = io.StringIO()
    rc = int(args.func(args, out))
    return rc, out.getvalue(), capsys.readouterr().err
