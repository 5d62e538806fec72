"""The legend files' trigger rows: a prefilter that must never hide a legend its rows find.

A text holding no trigger word is not searched for a legend at all (most plans hold none), so
a row naming a symbol or a style word the trigger row lacks would silently never match.
"""

from __future__ import annotations

import re

import pytest

from divplan.mark_legends import mark_legend
from divplan.parsing.lexicon_files import holds_trigger, lang_patterns, rows
from divplan.style_legends import style_legend


def _trigger_words(name: str) -> set[str]:
    return {w for _, cols in rows(name) if cols[0] == "trigger" for w in cols[1].split()}


def test_every_symbol_a_mark_legend_names_is_a_trigger() -> None:
    symbols: set[str] = set()
    for patterns in lang_patterns("mark_legends.tsv").values():
        for pattern in patterns:
            for cls in re.findall(r"\(\[([^\]]+)\]\)", pattern):  # (group 1: the symbol)
                symbols |= set(cls)
    assert symbols, "the mark legends' patterns name their symbols in a class"
    assert symbols <= _trigger_words("mark_legends.tsv")


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
    text = "（财政部牵头，商务部参加）"
    assert not holds_trigger("mark_legends.tsv", text)
    assert not holds_trigger("style_legends.tsv", text)
    assert mark_legend(text) is None and style_legend(text) is None
