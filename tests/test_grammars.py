"""The grammars build without conflicts (strict mode) and classify what they should."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lark import Lark
from lark.lexer import Lexer

from divplan.parsing.grammar import build, grammar_dir
from divplan.parsing.lines import split_lines


class _NoLexer(Lexer):
    def __init__(self, conf: object) -> None:
        pass

    def lex(self, data: object) -> object:  # pragma: no cover - not used
        return iter(())


@pytest.mark.parametrize("name", ["lines"])
def test_grammar_is_conflict_free(name: str) -> None:
    assert isinstance(build(name, strict=True), Lark)


def test_outline_grammar_is_conflict_free() -> None:
    assert isinstance(build("outline", strict=True, lexer=_NoLexer), Lark)


def test_grammars_are_data_files() -> None:
    assert {p.stem for p in grammar_dir().glob("*.lark")} >= {"lines", "outline"}


@pytest.mark.parametrize(
    ("line", "kind", "number"),
    [
        ("I. Further increase", "section", 1),
        ("XII. Twelve", "section", 12),
        ("Second, efforts", "section", 2),
        ("One, improve", "section", 1),
        ("three, Promote pollution remediation", "section", 3),  # 三、 machine-translated
        ("one, two or three bodies", "text", None),  # lower case, no capital after: a sentence
        ("Part II Tasks", "section", 2),
        ("一、完善", "section", 1),
        ("十二、完善", "section", 12),
        ("第三部分 任务", "section", 3),
        ("(1) Implement", "subsection", 1),
        ("(十一)加大", "subsection", 11),
        ("(b) second", "subsection", 2),
        ("12. Strengthen", "item", 12),
        ("3、推进", "item", 3),
        ("4) Do it", "item", 4),
        ("2012. was a year", "text", None),
        ("1.5 billion yuan", "text", None),
        ("In 2012 the", "text", None),
        ("Island of", "text", None),
    ],
)
def test_line_markers(line: str, kind: str, number: int | None) -> None:
    (got,) = split_lines(line + "\n")
    assert got.kind == kind
    assert got.number == number


def test_cue_lexicon_rows_are_valid() -> None:
    # every row has a known kind and language and compiles; a bad row fails at load
    from divplan.parsing import cues

    rows = cues._rows()
    assert len(rows) > 40
    assert {r.kind for r in rows} <= set(cues.KINDS)
    assert {r.kind for r in rows} >= {"lead_after", "lead_before", "part_after", "label_lead"}


def test_name_word_lists_are_data_and_bad_rows_fail(tmp_path: Path, monkeypatch: Any) -> None:
    # the words that decide where a name ends live in lexicon/name_words.tsv, every kind the
    # name-tail rule consults is there, and a row with a missing word fails naming its line
    from divplan.parsing import lexicon_files

    words = lexicon_files.word_lists("name_words.tsv")
    assert {"en_goes_on", "zh_local", "zh_section", "zh_tail"} <= set(words)
    assert {"zh_branch", "en_role_prep", "en_lent_head", "en_org"} <= set(words)
    assert "bureau" in words["en_org"] and "press" not in words["en_org"]
    assert "for" in words["en_goes_on"] and "机关" in words["zh_tail"]
    assert "直属" in words["zh_branch"] and "Ministry of" in words["en_lent_head"]
    bad = tmp_path / "lexicon"
    bad.mkdir()
    (bad / "broken.tsv").write_text("# c\nkind\tword\tnote\nzh_tail\t\tno word\n", encoding="utf-8")
    monkeypatch.setattr(lexicon_files, "files", lambda _pkg: tmp_path)
    with pytest.raises(ValueError, match=r"lexicon/broken.tsv:3: bad row"):
        lexicon_files.word_lists.__wrapped__("broken.tsv")


@pytest.mark.parametrize(
    ("words", "role"),
    [
        ("主筹", "lead"),
        ("助理推进", "participant"),
        ("分路推进", "div"),
        ("hold the head", "lead"),
        ("assist the desk", "participant"),
        ("respectively shoulder", "div"),
        ("jointly", "joint"),  # (they share it; not "join", a helper's piece)
        ("共同挑担", "joint"),
        ("share the load", "joint"),
        ("shared across the partnership", None),  # ("shared" is no piece: a task's words)
        ("head assist", None),  # pieces of two roles: no guess
        ("积极主动", None),  # 主动 is no lead piece
    ],
)
def test_left_over_words_give_the_one_role_their_pieces_say(words: str, role: str | None) -> None:
    from divplan.parsing.role_words import role_of_words

    found = role_of_words(words)
    assert (found[0] if found else None) == role
