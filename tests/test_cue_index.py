"""The cue scanner's first-character index (divplan.parsing.firstchars) changes nothing.

The scanner tries only the lexicon rows that can begin with the character found; these tests
compare it with trying every row everywhere, on the clauses of the corpus and the genre matrix
and on generated text made of cue words, and check the first-character reader on the regular
expression shapes the lexicon uses.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from divplan import regex_cache
from divplan.parsing import cues
from divplan.parsing.clause_text import simplify
from divplan.parsing.cue_index import row_index
from divplan.parsing.cues import ROLE_KINDS, scan
from divplan.parsing.firstchars import first_chars, first_strings

from conftest import ROOT


def _every_row(text: str) -> list[tuple[str, int, int]]:
    """The scan without the index: every row tried at every word start."""
    return [(c.kind, c.start, c.end) for c in cues._scan(text, every_row=True)]


def _scan(text: str) -> list[tuple[str, int, int]]:
    return [(c.kind, c.start, c.end) for c in cues.scan(text)]


def test_the_index_finds_what_every_row_finds_on_the_corpus() -> None:
    clauses = []
    for path in sorted((ROOT / "tests" / "data" / "genre").rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        clauses += [simplify(m.group(1)) for m in re.finditer(r"[（(]([^（）()\n]{1,300})[)）]", text)]
    assert len(clauses) > 1000
    for clause in clauses:
        assert _scan(clause) == _every_row(clause), clause


_WORDS = [
    "牵头", "负责", "配合", "参加", "会同", "按职责分工负责", "有关部门", "成员单位", "、", "，",
    "财政部", "商务部", "牵头单位：", "完成时限：", "分别", "等", " takes the lead", " with",
    " participating", " and", " respectively", " responsible", "Ministry of Finance", ", ",
    " in conjunction with", " Lead unit:", " relevant departments", " are responsible",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12))
def test_the_index_finds_what_every_row_finds_on_cue_soup(words: list[str]) -> None:
    text = "".join(words)
    assert _scan(text) == _every_row(text)


def test_first_chars_of_the_shapes_the_lexicon_uses() -> None:
    assert first_chars("牵头|负责") == frozenset("牵负")
    assert first_chars("(?:按|依)(?:职责)?分工") == frozenset("按依")
    assert first_chars(r"\s*(?:each|both)\s+x", re.IGNORECASE) == frozenset("ebEB")
    assert first_chars(r"(?:the\s+)?lead") == frozenset("tl")
    assert first_chars(r"[a-c]x") == frozenset("abc")
    assert first_chars(r"\w+") is None  # a class it cannot list: the row is always tried
    assert first_chars(r"(?:x)?") is None  # may match nothing
    assert first_chars(r"[^a]") is None


def test_first_strings_key_the_index_on_up_to_three_characters() -> None:
    assert first_strings("牵头|负责") == frozenset({"牵头", "负责"})
    assert first_strings("(?:按|依)(?:职责)?分工") == frozenset({"按职责", "按分工", "依职责", "依分工"})
    assert first_strings(r"takes?\s+the\s+lead", re.IGNORECASE) == frozenset({"tak"})
    assert first_strings(r"(?:the\s+)?Lead", re.IGNORECASE) == frozenset({"the", "lea"})
    assert first_strings(r"is\s+responsible", re.IGNORECASE) == frozenset({"is"})  # \s+ ends it
    assert first_strings(r"[a-b]x?", re.IGNORECASE) == frozenset({"a", "ax", "b", "bx"})
    assert first_strings(r"(?:ab)*c") == frozenset({"aba", "abc", "c"})
    assert first_strings(r"É", re.IGNORECASE) is None  # a cased letter outside ASCII
    assert first_strings(r"x?") is None  # may match nothing


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abAB牵头 ", min_size=1, max_size=8))
def test_every_match_begins_with_one_of_the_first_strings(text: str) -> None:
    shapes = [r"(?:ab)+牵?", r"a\s*b|头", r"(?:a|b){2,3}牵头", r"[ab]\s+b", r"a(?:b|牵)*"]
    for shape in shapes:
        strings = first_strings(shape, re.IGNORECASE)
        assert strings is not None
        for at in range(len(text)):
            if text[at].isspace():
                continue
            if re.compile(shape, re.IGNORECASE).match(text, at):
                assert any(text[at:].lower().startswith(s) for s in strings), (shape, text, at)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("市财政局为主 完成时限：2023年底", True),  # a label follows: the part ends
        ("市财政局为主，市税务局配合", True),  # a comma follows
        ("市财政局为主", True),  # the end
        ("市财政局为主 2023年底", False),  # words follow, no label
    ],
)
def test_a_part_ends_before_the_next_field_label(text: str, found: bool) -> None:
    # "…|$" in a row holds before a field label: scan() ends the text such a row sees there
    kinds = [(c.kind, c.text) for c in cues.scan(text)]
    assert (("lead_after", "为主") in kinds) is found, kinds


def test_rows_do_not_carry_the_labels_in_their_code() -> None:
    # the labels once written into each row's "the part ends here" made rows of tens of
    # thousands of words (a second to compile the lexicon, 8 MB of pattern cache)
    if not regex_cache.supported():
        pytest.skip("this Python's re internals are not the ones regex_cache knows")
    for lang in ("zh", "en"):
        index = row_index(lang)
        sizes = [len(regex_cache.arguments(index.pattern(n).pattern, re.IGNORECASE)[2])
                 for n in range(len(index.rows))]
        assert max(sizes) < 4000, (lang, max(sizes))
        assert any(index.ended), lang


@pytest.mark.parametrize(
    "clause",
    [
        "provincial health department is the main, provincial department of finance is "
        "supplemented",
        "the County Education Bureau and the County Transport Bureau jointly responsible",
        "Ministry of Commerce takes the lead, Ministry of Finance participates",
        "县教育局、县住建局协力落实",
        "市供热办牵头，市民政局配合",
    ],
)
@pytest.mark.parametrize("after", ["  ", " (by end-June 2010)", "\n"])
def test_a_part_ends_the_same_before_spaces_or_a_bracket(clause: str, after: str) -> None:
    # a row's "the part ends here" holds at the end of a clause and before spaces and the
    # deadline's bracket that close a labelled line ("… is supplemented (by end-June 2010)")
    def kinds(text: str) -> list[tuple[str, int, int]]:
        return [(c.kind, c.start, c.end) for c in scan(text) if c.end <= len(clause)]

    assert kinds(clause + after) == kinds(clause)
    assert any(c.kind in ROLE_KINDS for c in scan(clause))


def test_every_row_says_where_it_can_begin() -> None:
    # the scanner passes over a word start no row can begin with (most characters of a
    # Chinese name) only when every row's first characters are known: a row written as
    # "X?\s*Y" hides them (write "(?:X\s*)?Y")
    for lang in ("zh", "en"):
        index = row_index(lang)
        assert index.first is not None, [
            index.rows[n].pattern for n in index._always
        ]
