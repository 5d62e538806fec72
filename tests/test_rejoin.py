"""Rejoin: the text a reader sees, rebuilt from the original characters of a cut stretch."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from divplan.parsing.rejoin import rejoin


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("Strengthen the\nsupervision", "Strengthen the supervision"),
        ("Develop-\nment", "Development"),  # a word cut for the line: its hyphen goes
        ("Out-of-\ncapacity", "Out-of-capacity"),  # a compound cut at its own hyphen
        ("加强监\n督管理", "加强监督管理"),  # Chinese sets no space at a line's end
        ("2015 年 9 月", "2015年9月"),  # the space a PDF sets between digits and Chinese
        ("全 国 工 商 联", "全国工商联"),  # a PDF's letter-spacing
        ("202\n1年底前", "2021年底前"),  # a number cut by a Chinese line's end
        # a page's end (a text layer's form feed) inside a deadline or a sentence
        ("2019 \f年底前", "2019年底前"),
        ("by the end\f of 2019", "by the end of 2019"),
        ("Develop-\fment", "Development"),
        ("A\r\nB", "A B"),
    ],
)
def test_rejoin(raw: str, shown: str) -> None:
    assert rejoin(raw) == shown


@given(st.text(alphabet="ab 年\n\f\t", max_size=30))
def test_rejoined_text_is_one_line_without_a_page_break(raw: str) -> None:
    shown = rejoin(raw)
    assert "\n" not in shown and "\f" not in shown
    assert shown == shown.strip()
