"""The legend files' trigger rows: a prefilter that must never hide a legend its rows find.

A text holding no trigger word is not searched for a legend at all (most plans hold none), so
a row naming a symbol or a style word the trigger row lacks would silently never match.
"""

from __future__ import annotations

import re

import pytest

import divplan
from divplan.mark_legends import mark_legend
from divplan.parsing.lexicon_files import holds_trigger, lang_patterns, rows
from divplan.style_legends import style_legend


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
