"""The legend files' trigger rows: a prefilter that must never hide a legend its rows find.

A text holding no trigger word is not searched for a legend at all (most plans hold none), so
a row naming a symbol or a style word the trigger row lacks would silently never match.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import divplan
from divplan.mark_legends import mark_legend
from divplan.parsing.lexicon_files import holds_trigger, lang_patterns, rows, trigger_windows
from divplan.style_legends import legend_note, style_legend


def _trigger_words(name: str) -> set[str]:
    return {w for _, cols in rows(name) if cols[0] == "trigger" for w in cols[1].split()}


def test_every_mark_legend_row_names_a_trigger_word() -> None:
    # the symbol is open (any sign of the arrows, maths, shapes, stars, dingbats): the trigger
    # is the role word every row's match holds, in either script
    words = _trigger_words("mark_legends.tsv")
    assert {"牵头", "牽頭", "lead"} <= words
    for lang, patterns in lang_patterns("mark_legends.tsv").items():
        for pattern in patterns:
            assert any(w in pattern for w in words), (lang, pattern)


@pytest.mark.parametrize("symbol", ["⊙", "◎", "■", "□", "▼", "✓", "☑", "◉", "※", "★", "＊", "†"])
def test_a_mark_legend_of_any_sign_is_found(symbol: str) -> None:
    for note in (f"注：责任单位中名称后标“{symbol}”者为牵头单位，其余为配合单位。",
                 f"註：標{symbol}的為牽頭單位。", f"(Note: marked {symbol} for the lead department)"):
        assert holds_trigger("mark_legends.tsv", note)
        assert mark_legend(note) == symbol, note


def test_a_name_never_keeps_a_mark_sign_at_its_end() -> None:
    plan = divplan.parse(
        "注：标“⊙”者为牵头单位。\n一、融资\n1. 推动担保体系建设。（中小企业司⊙、财务司、财政部）\n"
    )
    (item,) = plan.items()
    assert [d.mention for d in item.responsibility.leads] == ["中小企业司"]
    assert [d.mention for d in item.responsibility.participants] == ["财务司", "财政部"]


@pytest.mark.parametrize(
    "note",
    [
        "（标※的为牵头单位，其余为参与单位）",
        "注：带★者为牵头部门。",
        "† marks the agency in charge.",
        "Lead agencies are marked with an asterisk (*).",
    ],
)
def test_a_mark_legend_passes_its_trigger(note: str) -> None:
    assert holds_trigger("mark_legends.tsv", note)
    assert mark_legend(note) is not None


@pytest.mark.parametrize(
    "note",
    [
        "说明：「责任部门」一栏中加粗者为牵头部門。",
        "說明：下劃線標註的為牽頭單位。",
        "Lead agencies are shown in bold.",
        "The agency underlined leads.",
        "Agencies in red type are in charge.",
    ],
)
def test_a_style_legend_passes_its_trigger(note: str) -> None:
    assert holds_trigger("style_legends.tsv", note)
    assert style_legend(note) is not None


def test_a_text_with_no_trigger_is_not_searched() -> None:
    text = "（财政部、商务部按职责分工负责）"
    assert not holds_trigger("mark_legends.tsv", text)
    assert not holds_trigger("style_legends.tsv", text)
    assert mark_legend(text) is None and style_legend(text) is None


def test_the_mark_prefilter_holds_every_sign_a_mark_legend_accepts() -> None:
    # mark_legend() searches only a text holding one of MARK_SIGN's signs: a row accepting a
    # sign the prefilter lacks would silently never match
    from divplan.mark_legends import MARK_SIGN

    classes = [
        cls
        for patterns in lang_patterns("mark_legends.tsv").values()
        for pattern in patterns
        for cls in re.findall(r"\(\[([^\]]+)\]\)", pattern)  # (group 1: the sign)
    ]
    assert classes, "the mark legends' patterns name their signs in a class"
    for cls in classes:
        accepted = re.compile(f"[{cls}]")
        signs = [chr(c) for c in range(0x10000) if accepted.fullmatch(chr(c))]
        assert all(MARK_SIGN.fullmatch(ch) for ch in signs), cls


_EN_NOTES = [
    ("mark_legends.tsv", "† marks the agency in charge."),
    ("mark_legends.tsv", "Lead agencies are marked with an asterisk (*)."),
    ("mark_legends.tsv", "Units marked ◉ take the lead."),
    ("mark_legends.tsv", "the unit before the slash is the leading unit, and the rest assist."),
    ("style_legends.tsv", "Lead agencies are shown in bold."),
    ("style_legends.tsv", "Units in capital letters take the lead."),
    ("order_legends.tsv", "Where two or more units are listed, the unit in first place leads."),
    ("unmarked_legends.tsv", "Lists without a mark are handled by the units named according"
     " to their respective duties."),
]  # fmt: skip
_FILLER = [
    "1. Reduce red tape for small firms (the Ministry of Finance takes the lead).",
    "Each department shall report on its functions and duties, not later than June.",
    "2. Improve capital markets; notes are required of every unit in charge.",
    "The following tasks are listed without delay.",
]


@settings(max_examples=60, deadline=None)
@given(
    note=st.sampled_from(_EN_NOTES),
    before=st.lists(st.sampled_from(_FILLER), max_size=6),
    after=st.lists(st.sampled_from(_FILLER), max_size=6),
    cut=st.integers(min_value=0, max_value=200),
)
def test_the_english_rows_are_searched_near_their_triggers_only_and_miss_nothing(
    note: tuple[str, str], before: list[str], after: list[str], cut: int
) -> None:
    # legend_note() searches English rows only around the lines holding a trigger word
    # (trigger_windows): a note among task lines, its line cut once by a page's width, is
    # found where a search of the whole text finds it, and nothing else is
    name, words = note
    spaces = [k for k, ch in enumerate(words) if ch == " "]
    k = spaces[cut % len(spaces)]
    wrapped = words[:k] + "\n" + words[k + 1 :]
    rows_en = re.compile("|".join(lang_patterns(name)["en"]), re.IGNORECASE)
    for line in (words, wrapped):  # (some rows cross a line's end, some do not: as they are)
        text = "\n".join([*before, line, *after]) + "\n"
        whole, found = rows_en.search(text), legend_note(name, text)
        assert line is wrapped or whole is not None
        assert (found and found.span()) == (whole and whole.span()), (line, found, whole)


def test_trigger_windows_keep_the_lines_around_each_trigger_line() -> None:
    text = "a\nb\nnothing here\nc lead d\ne\nf\ng\nh\nbold\n"
    windows = trigger_windows("style_legends.tsv", text)  # (bold: a style word; "lead" not)
    assert windows == [(text.index("\nh\n"), len(text))]
    lines = trigger_windows("mark_legends.tsv", text)  # ("lead": the line before and after)
    assert lines == [(text.index("\nnothing"), text.index("f\n"))]
    assert trigger_windows("mark_legends.tsv", "misleading words\n") == []  # (a word's start)


_LEGEND_FILES = ["mark_legends.tsv", "style_legends.tsv", "order_legends.tsv",
                 "unmarked_legends.tsv"]  # fmt: skip


def _examples(lang: str, note: str) -> list[str]:
    if lang == "zh":
        return [note.split(" ")[0]]  # (a Chinese row's note opens with its example)
    quoted = re.findall(r'"((?:[^"\\]|\\.)+)"', note) + re.findall(r"'([^']{12,})'", note)
    return [q.replace('\\"', '"') for q in quoted]


@pytest.mark.parametrize("name", _LEGEND_FILES)
def test_every_legend_rows_own_example_is_found(name: str) -> None:
    # each row's example (its note column) passes the trigger and the windows: a row whose
    # words the trigger row lacks would be found only in a text holding a trigger elsewhere
    checked = 0
    for _, cols in rows(name):
        if cols[0] not in ("zh", "en") or len(cols) < 3:
            continue
        for example in _examples(cols[0], cols[2]):
            if re.search(cols[1], example, re.IGNORECASE):
                checked += 1
                assert legend_note(name, example) is not None, example
    assert checked


@pytest.mark.parametrize("name", _LEGEND_FILES)
def test_a_latin_trigger_word_opens_a_word_wherever_a_row_holds_it(name: str) -> None:
    # trigger_windows() finds a Latin trigger word only where a word starts ("red" not in
    # "required"): a row holding it inside a word ("forefront") must list that word too
    latin = [w for w in _trigger_words(name) if w.isascii() and w.isalpha()]
    for _, cols in rows(name):
        if cols[0] == "trigger":
            continue
        for w in latin:
            for m in re.finditer(re.escape(w), cols[1], re.IGNORECASE):
                inside = m.start() > 0 and cols[1][m.start() - 1].isalpha()
                assert not inside or any(
                    o.endswith(w) and cols[1][: m.end()].lower().endswith(o.lower())
                    for o in latin
                ), (w, cols[1][max(0, m.start() - 12) : m.end()])
