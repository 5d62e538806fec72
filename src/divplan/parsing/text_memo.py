"""A memo of a pure question about a span of the document being read.

Why: the structure pass asks the same questions of the same spans again and again — whether
a line opens with a field label, where the first label of a window is — from the block
builder, the item runs and the clause reader each in turn (29,000 label searches over 11,500
distinct windows in a hundred matrix plans: a quarter of a warm parse).  A function of
``(text, start, end)`` whose answer depends only on those and on the lexicon (compiled once
per process) can answer a repeated question from memory.

Guarantees: the answer is the function's own (it is called on a miss, with the same
arguments, and its result is kept as returned, so results must be immutable); the memo holds
one text at a time — a call with another text object forgets everything, so memory never grows
with a corpus and a batch's documents never meet — and at most ``limit`` answers for it
(then it starts again), so a 100 MB document's memory stays bounded.  Texts are told apart by
identity, the cheap test that never confuses two texts: an equal text in a new object only
misses.  :func:`forget` drops every memo's text (the pipeline calls it when a document is
done, so no memo keeps a finished document alive).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Protocol, TypeVar

_T = TypeVar("_T")
_T_co = TypeVar("_T_co", covariant=True)


class _Asked(Protocol[_T_co]):
    """A question about ``text[start:end]`` (the whole text by default)."""

    def __call__(self, text: str, start: int = 0, end: int | None = None) -> _T_co: ...
_MEMOS: list[Callable[[], None]] = []  # every memo's way to forget


def span_memo(limit: int = 65536) -> Callable[[_Asked[_T]], _Asked[_T]]:
    """A decorator: the function of ``(text, start, end)`` with answers kept for its text."""

    def decorate(func: _Asked[_T]) -> _Asked[_T]:
        held: list[object] = [None]  # the text whose answers ``memo`` holds
        memo: dict[tuple[int, int | None], _T] = {}

        @wraps(func)
        def asked(text: str, start: int = 0, end: int | None = None) -> _T:
            if held[0] is not text or len(memo) >= limit:
                memo.clear()
                held[0] = text
            key = (start, end)
            try:
                return memo[key]
            except KeyError:
                answer = memo[key] = func(text, start, end)
                return answer

        def forget() -> None:
            memo.clear()
            held[0] = None

        _MEMOS.append(forget)
        return asked

    return decorate


def forget() -> None:
    """Drop every memo's text and answers (a document is done)."""
    for each in _MEMOS:
        each()


__all__ = ["forget", "span_memo"]
