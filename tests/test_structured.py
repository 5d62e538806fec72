"""data/structured/ is exactly what `divplan parse data/raw/* --out-dir data/structured` writes."""

from __future__ import annotations

import os

import pytest

import divplan

from conftest import RAW, ROOT, STRUCTURED

RAWS = sorted(RAW.iterdir())


@pytest.mark.parametrize("raw", RAWS, ids=[r.name for r in RAWS])
def test_structured_is_fresh(raw: os.PathLike[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    name = os.path.relpath(raw, ROOT)
    plan = divplan.parse_file(name)
    target = STRUCTURED / (os.path.splitext(os.path.basename(name))[0] + ".json")
    regenerate = "run: divplan parse data/raw/* --out-dir data/structured"
    assert target.exists(), f"{target} missing: {regenerate}"
    assert target.read_text(encoding="utf-8") == plan.model_dump_json(indent=2) + "\n", (
        f"{target} is stale: {regenerate}"
    )


def test_every_structured_file_has_a_source() -> None:
    stems = {r.stem for r in RAWS}
    assert {s.stem for s in STRUCTURED.glob("*.json")} == stems
