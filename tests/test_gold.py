"""Golden tests: every corpus document read exactly as its hand-made gold file says."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import divplan

from conftest import GOLD, RAW
from gold_compare import gold_items, reading

GOLDS = sorted(GOLD.glob("*.gold.json"))


def _load(path: Path) -> tuple[dict[str, Any], divplan.Plan]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    return gold, divplan.parse_file(RAW / gold["document"])


@pytest.fixture(scope="module", params=GOLDS, ids=[g.name.split(".gold")[0] for g in GOLDS])
def case(request: pytest.FixtureRequest) -> tuple[dict[str, Any], divplan.Plan]:
    return _load(request.param)


def test_sections(case: tuple[dict[str, Any], divplan.Plan]) -> None:
    gold, plan = case
    assert reading(plan)["sections"] == gold["sections"]


def test_subsections(case: tuple[dict[str, Any], divplan.Plan]) -> None:
    gold, plan = case
    assert reading(plan)["subsections"] == gold["subsections"]


def test_items(case: tuple[dict[str, Any], divplan.Plan]) -> None:
    gold, plan = case
    got = reading(plan)["items"]
    want = gold_items(gold)
    assert len(got) == len(want)
    for g, w in zip(got, want, strict=True):
        assert g == w, f"item {w['number']} of section {w['section']}"


def test_metadata(case: tuple[dict[str, Any], divplan.Plan]) -> None:
    gold, plan = case
    md, m = gold["metadata"], plan.metadata
    assert m.title == md["title"]
    assert m.doc_number is not None
    assert m.doc_number.text == md["doc_number"]
    assert m.doc_number.normalized == md["doc_number_normalized"]
    assert m.issuer is not None
    assert (m.issuer.id or "?" + m.issuer.mention) == md["issuer"]
    assert m.date == md["date"]
    assert m.addressees == md["addressees"]
    assert [r.text for r in m.references] == md.get("references", [])


def test_language(case: tuple[dict[str, Any], divplan.Plan]) -> None:
    gold, plan = case
    assert plan.language == gold["language"]


def test_trailing_noise(case: tuple[dict[str, Any], divplan.Plan]) -> None:
    gold, plan = case
    trailing = [u for u in plan.unparsed if u.kind == "trailing"]
    if "trailing_noise_starts_with" in gold:
        assert trailing, "trailing junk not recognised"
        assert trailing[0].text.startswith(gold["trailing_noise_starts_with"])
    # junk never enters the tree: no item text contains it
    for u in trailing:
        for item in plan.items():
            assert u.text[:30] not in item.text


def test_seed_shape() -> None:
    plan = divplan.parse_file(RAW / "sme-division-plan-2012.en.txt")
    assert len(plan.sections) == 7
    assert sum(len(s.subsections) for s in plan.sections) == 28
    assert [i.number for i in plan.items()] == list(range(1, 76))
    assert [s.marker for s in plan.sections] == ["I.", "Second,", "Third,", "Fourth,", "V.",
                                                "6.", "7."]
    leading = [u for u in plan.unparsed if u.kind == "leading"]
    assert leading and leading[0].text.startswith("Small and micro enterprise")


def test_item_text_and_spans_point_into_source() -> None:
    text = (RAW / "en-mt-2015.txt").read_text(encoding="utf-8-sig")
    plan = divplan.parse(text)
    item20 = next(i for i in plan.items() if i.number == 20)
    # the page number "- 4 -" inside item 20 is not part of its text; wraps are joined
    assert "- 4 -" not in item20.text
    assert "\n" not in item20.text
    assert item20.text.startswith("Develop the elderly tourism")
    r = item20.responsibility
    assert r.span is not None and text[r.span[0] : r.span[1]] == r.raw
    for d in r.leads:
        assert text[d.span[0] : d.span[1]].replace("\r\n", " ").replace("\n", " ") == d.mention
