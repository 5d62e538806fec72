"""The gated search of the lexicon's label alternations (divplan.parsing.gated_search) finds
what a plain search of the same alternation finds: same start, same end, on the genre matrix's
text, on generated text made of label words, and on rows that may open on a space."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from divplan.parsing.cue_rows import _labels_of_kinds, _role_label_finder
from divplan.parsing.cues import _label_finder
from divplan.parsing.firstchars import first_strings
from divplan.parsing.gated_search import GatedSearch

from conftest import ROOT


def _spans(search: GatedSearch, text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Every match of ``search`` from every start the callers use (the position after the
    last match's start), through the gate and plainly."""
    gated, plain = [], []
    for finder, out in ((search.search, gated), (search.whole.search, plain)):
        pos = 0
        while (m := finder(text, pos)) is not None:
            out.append((m.start(), m.end()))
            pos = m.start() + 1
    return gated, plain


def _finders() -> list[GatedSearch]:
    kinds = frozenset({"label_lead", "label_part", "label_resp", "others"})
    return [
        f(lang)
        for lang in ("zh", "en")
        for f in (_label_finder, _role_label_finder, lambda lang: _labels_of_kinds(kinds, lang))
    ]


def test_the_gate_finds_what_a_plain_search_finds_on_the_matrix() -> None:
    lines = []
    for path in sorted((ROOT / "tests" / "data" / "genre").rglob("*.txt"))[::4]:
        text = path.read_text(encoding="utf-8", errors="replace")
        lines += [line for line in text.splitlines() if ":" in line or "：" in line]
    assert len(lines) > 1000
    finders = _finders()
    found = 0
    for line in lines:
        for search in finders:
            gated, plain = _spans(search, line)
            assert gated == plain, line
            found += len(gated)
    assert found > 500  # the lines hold labels: the comparison saw matches, not only misses


_WORDS = [
    "牵头单位：", "配合单位：", "责任单位:", "完成时限：", "协办处室 ：", "财政局", "、", "\n",
    " Lead unit:", "Leading department -", " Cooperating units:", "Responsible units :",
    "Hold the total unit:", "the lead unit is", " Bureau", "  ", "\t", ";", "（", "Banner unit：",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=10))
def test_the_gate_finds_what_a_plain_search_finds_on_label_soup(words: list[str]) -> None:
    text = "".join(words)
    for search in _finders():
        gated, plain = _spans(search, text)
        assert gated == plain, text


def test_a_row_that_may_open_on_a_space_is_tried_as_a_whole() -> None:
    rows = [r"\s*lead:", r"(?:the\s+)?owner:"]
    assert first_strings(rows[0], re.IGNORECASE) == frozenset({"lea"})  # the scanner's view
    assert first_strings(rows[0], re.IGNORECASE, from_spaces=True) is None  # a search's
    search = GatedSearch(rows, re.IGNORECASE)
    text = "x   Lead: A; the Owner: B"
    spans = [(1, 9), (2, 9), (3, 9), (4, 9), (13, 23), (17, 23)]
    assert _spans(search, text) == (spans, spans)
    assert [m.group(0) for m in search.finditer(text)] == ["   Lead:", "the Owner:"]
    assert search.fullmatch("the owner:") is not None and search.match(text, 4) is not None
