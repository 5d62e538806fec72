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


def test_a_text_without_a_needed_character_is_answered_without_a_search() -> None:
    # every Chinese label-role row ends its label with a colon (or 为, a lead by assignment):
    # the gate answers a text holding none of those at once, as the plain search would
    search = _role_label_finder("zh")
    assert search._needs is not None and {":", "："} <= search._needs
    lines = []
    for path in sorted((ROOT / "tests" / "data" / "genre").rglob("zh-*.txt"))[::6]:
        lines += path.read_text(encoding="utf-8", errors="replace").splitlines()
    bare = [ln for ln in lines if not any(c in ln for c in search._needs)]
    assert len(bare) > 500
    for line in bare[:3000]:
        assert _spans(search, line) == ([], [])
    for search in _finders():
        for line in lines[:3000]:
            gated, plain = _spans(search, line)
            assert gated == plain, line


_NEEDS = [
    (r"牵头单位[:：]", frozenset({"牵"})),  # the smallest set: one character
    (r"[a-z]{1,4}(?:单位|部门|机关)[:：]", frozenset({":", "："})),  # three first characters or the colon: the colon
    (r"(?:lead|owner)\s*:", frozenset({":"})),  # letters have case: never vouched for
    (r"[a-z]+(?:\s*:|[ \t]+[-–—](?=[ \t]))", frozenset({":", "-", "–", "—"})),  # a branch: both
    (r"(?:[ \t]+[-–—]|x)", None),  # one branch needs nothing said: the whole cannot tell
    (r"[:：]?lead", None),  # an optional character is needed by no match
    (r"(?=:)lead", None),  # a lookahead's character is not consumed
    (r"[^a]:", frozenset({":"})),
    (r"\s+", None),
]


def test_needed_characters_of_patterns() -> None:
    from divplan.parsing.needed_chars import needed_chars

    for pattern, expected in _NEEDS:
        assert needed_chars(pattern, re.IGNORECASE) == expected, pattern


def test_every_match_holds_a_character_its_row_needs() -> None:
    # the guarantee itself, on the matrix: a match of each row whose set the reader vouches for
    # consumes one of its characters
    from divplan.parsing.cue_rows import _bounded, _lang_rows
    from divplan.parsing.cues import LABELS
    from divplan.parsing.needed_chars import needed_chars

    text = "\n".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in sorted((ROOT / "tests" / "data" / "genre").rglob("*.txt"))[::5]
    )
    checked = 0
    for lang in ("zh", "en"):
        for row in _lang_rows(lang, LABELS):
            pattern = _bounded(row)
            needs = needed_chars(pattern, re.IGNORECASE)
            if needs is None:
                continue
            for m in re.finditer(pattern, text, re.IGNORECASE):
                assert any(c in m.group(0) for c in needs), (row.pattern, m.group(0))
                checked += 1
    assert checked > 1000


def test_legend_searches_find_what_a_plain_search_finds() -> None:
    # the legend files' rows searched through a gate where it pays: the same first match
    from divplan.parsing.clause_text import simplify
    from divplan.parsing.lexicon_files import lang_regexes, lang_searches

    texts = [
        p.read_text(encoding="utf-8", errors="replace")
        for p in sorted((ROOT / "tests" / "data" / "genre").rglob("*.txt"))[::7]
    ]
    gated = 0
    for name in ("mark_legends.tsv", "style_legends.tsv", "unmarked_legends.tsv"):
        plain, searches = lang_regexes(name), lang_searches(name)
        gated += sum(isinstance(s, GatedSearch) for s in searches.values())
        for text in texts:
            for lang, search in searches.items():
                subject = simplify(text) if lang == "zh" else text
                a, b = search.search(subject), plain[lang].search(subject)
                assert (a and a.span()) == (b and b.span()), (name, lang)
    assert gated >= 3  # the Chinese rows of each file go through their gate
