"""Coverage of the real corpus: every file in ``data/raw`` is accounted for, character by
character, by the plan divplan reads from it (tree, notice, title, unparsed segments), and the
spans it reports point at what they claim to."""

from __future__ import annotations

from pathlib import Path

import pytest

import divplan
from divplan.models import Plan
from divplan.read.decode import decode

from spans import bad_spans, uncovered

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
FILES = sorted(p for p in RAW.iterdir() if p.is_file())


@pytest.fixture(scope="module", params=FILES, ids=[p.name for p in FILES])
def parsed(request: pytest.FixtureRequest) -> tuple[str, Plan]:
    path: Path = request.param
    plan = divplan.parse_file(path)
    text = decode(path.read_bytes(), None, source=str(path)).text
    return text, plan


def test_corpus_is_there() -> None:
    assert len(FILES) >= 7


def test_spans_in_bounds(parsed: tuple[str, Plan]) -> None:
    text, plan = parsed
    assert plan.source.length == len(text)
    assert bad_spans(plan) == []


def test_every_character_is_covered(parsed: tuple[str, Plan]) -> None:
    text, plan = parsed
    assert uncovered(text, plan) == []


def test_unparsed_text_is_the_source_slice(parsed: tuple[str, Plan]) -> None:
    text, plan = parsed
    for u in plan.unparsed:
        assert u.text == text[u.span[0] : u.span[1]], u.kind


def test_item_spans_point_at_the_item(parsed: tuple[str, Plan]) -> None:
    text, plan = parsed
    items = plan.items()
    assert items
    for item in items:
        s, e = item.span
        written = text[s:e]
        if item.numbered:
            assert item.marker is not None
            assert written.startswith(item.marker), (item.number, written[:20])
        r = item.responsibility
        if r.raw is not None:
            assert r.raw in written, (item.number, r.raw)
            assert r.span is not None and text[r.span[0] : r.span[1]] == r.raw
            assert s <= r.span[0] <= r.span[1] <= e
