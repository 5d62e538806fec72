"""The per-document span memo (divplan.parsing.text_memo): answers as the function's own,
forgotten on another text, bounded, and dropped when a document is done."""

from __future__ import annotations

from collections.abc import Callable

from divplan.parsing import text_memo
from divplan.parsing.cues import find_label


def _counting() -> tuple[list[tuple[str, int, int | None]], Callable[[str, int, int | None], str]]:
    calls: list[tuple[str, int, int | None]] = []

    @text_memo.span_memo(limit=3)
    def ask(text: str, start: int = 0, end: int | None = None) -> str:
        calls.append((text, start, end))
        return text[start:end]

    return calls, ask


def test_a_repeated_question_about_the_same_text_is_answered_from_memory() -> None:
    calls, ask = _counting()
    text = "牵头单位：财政部"
    assert ask(text, 0, 4) == "牵头单位"
    assert ask(text, 0, 4) == "牵头单位"
    assert len(calls) == 1


def test_another_text_object_is_asked_afresh_even_when_equal() -> None:
    calls, ask = _counting()
    first = "".join(["Lead", ": A"])
    second = "".join(["Lead", ": A"])
    assert first == second and first is not second
    ask(first, 0, 4)
    ask(second, 0, 4)
    ask(first, 0, 4)
    assert len(calls) == 3  # (one text held at a time: the first was forgotten)


def test_the_memo_starts_again_at_its_limit() -> None:
    calls, ask = _counting()
    text = "abcdefgh"
    for k in range(5):
        ask(text, k, k + 1)
    ask(text, 0, 1)  # (forgotten when the memo filled up)
    assert len(calls) == 6


def test_forget_drops_the_text_a_memo_holds() -> None:
    calls, ask = _counting()
    text = "abc"
    ask(text, 0, 1)
    text_memo.forget()
    ask(text, 0, 1)
    assert len(calls) == 2


def test_find_label_answers_as_before_whether_asked_once_or_again() -> None:
    text = "1. 加快建设。  牵头单位：财政部  配合单位：商务部\n2. 推进改革。"
    first = find_label(text, 0, len(text))
    assert first is not None and text[first[0] : first[1]] == "牵头单位："
    assert find_label(text, 0, len(text)) == first
    assert find_label(text, first[1], len(text)) is not None
    assert find_label(text, text.index("2."), len(text)) is None
