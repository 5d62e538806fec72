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
def gold_ids(name: str) -> dict[str, Any]:
    """The gold of ``name`` with the registry's ids where the gold writes '?name'.

    Golds follow the reference table (conventions.md): a body it lacks is '?' and its name.
    The registry has added bodies since (edition 2: 中央编办, China Meteorological
    Administration …); analyses key a department by its id, so their expected values do too.
    """
    from divplan.names.registry import Registry

    reg = Registry.default()
    data = json.loads(json.dumps(gold(name)))
    on = (data.get("metadata") or {}).get("date")

    def key(k: str) -> str:
        if not k.startswith("?"):
            return k
        found = reg.resolve(k[1:], on=on).id
        return found if found is not None and reg.get(found).added > 1 else k

    for it in data["items"]:
        it["leads"] = [key(k) for k in it["leads"]]
        it["participants"] = [key(k) for k in it["participants"]]
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


def divplan_process(*args: str) -> Any:
    """``python -m divplan ARGS`` in a session of its own, to be sent Ctrl-C by the tests.

    SIGINT is put back to its default in the child: a shell that runs pytest in the background
    without job control (``pytest &`` in a script, as some CI runners do) starts it with SIGINT
    ignored, and a child inherits that, so Python would never raise KeyboardInterrupt and a
    Ctrl-C test would fail for the launcher's sake, not the code's.
    """
    import signal
    import subprocess

    def _default_sigint() -> None:
        signal.signal(signal.SIGINT, signal.SIG_DFL)

    return subprocess.Popen(
        [sys.executable, "-m", "divplan", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=_default_sigint,
    )


def reading(item: Any) -> tuple[str | None, list[str], list[str], str | None]:
    """An item's mode, leads and participants as written, and deadline: what a test of a
    layout or a phrasing compares."""
    r = item.responsibility
    deadline = item.deadline.text if item.deadline else None
    return r.mode, [d.mention for d in r.leads], [d.mention for d in r.participants], deadline
