"""Every corpus plan hard-wrapped at a fixed line width (as text copied out of a PDF or an
e-mail is) reads as its gold: headings, items and roles survive the cuts."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

import divplan

from conftest import GOLD, RAW
from gold_compare import gold_items, reading

FIELDS = ("number", "section", "subsection", "mode", "leads", "participants", "others")
GOLDS = sorted(GOLD.glob("*.gold.json"))


def _wrapped(text: str, width: int) -> str:
    return "\n".join(
        "\n".join(textwrap.wrap(line, width)) if line.strip() else "" for line in text.splitlines()
    )


@pytest.mark.parametrize("gold_path", GOLDS, ids=[g.name.split(".")[0] for g in GOLDS])
def test_hard_wrapped_plan_reads_as_gold(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (RAW / gold["document"]).read_text(encoding="utf-8-sig")
    widths = (30, 42) if gold["language"] != "en" else (60, 72, 80)
    want = [{f: it[f] for f in FIELDS} for it in gold_items(gold)]
    for width in widths:
        got = reading(divplan.parse(_wrapped(text, width)))["items"]
        assert [{f: it[f] for f in FIELDS} for it in got] == want, width
