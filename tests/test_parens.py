"""Bracket depth: the fast walk (over the brackets only) against the plain walk it replaced."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from divplan.parsing.parens import OPENER, bracket_depth

_OPENS = set(OPENER.values())


def _walk(text: str) -> list[int]:
    out, d = [], 0
    for ch in text:
        if ch in OPENER and d > 0:
            d -= 1
        out.append(d)
        if ch in _OPENS:
            d += 1
    return out


@given(st.text(alphabet="ab(（)）[]【】 名", max_size=40))
def test_bracket_depth_is_the_plain_walk(text: str) -> None:
    assert bracket_depth(text) == _walk(text)


def test_bracket_depth_of_a_name_with_a_list_inside() -> None:
    assert bracket_depth("各县（市、区）政府") == [0, 0, 0, 1, 1, 1, 0, 0, 0]  # its brackets outside
