"""Decoding and normalisation keep offsets exact."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from divplan.errors import InputError
from divplan.parsing.normalise import normalise
from divplan.read.decode import decode

TEXT = "国办函〔2019〕58号\n一、完善（一）\n1．支持（商务部牵头）\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("gb18030"), "gb18030"),
    ],
)
def test_decode(data: bytes, encoding: str) -> None:
    d = decode(data)
    assert d.text == TEXT
    assert d.encoding == encoding


def test_decode_forced_encoding() -> None:
    assert decode(TEXT.encode("gbk"), encoding="gbk").text == TEXT


@pytest.mark.parametrize("data", [b"", b"\x00\x00\x00\x01", b"abc\xff\xffdef"])
def test_decode_refuses_unreadable(data: bytes) -> None:
    with pytest.raises(InputError) as info:
        decode(data, source="x.txt")
    assert str(info.value).startswith("x.txt: ")
    assert "\n" not in str(info.value)


def test_normalise_guarantees() -> None:
    src = "a\r\nb（１）\r\n— 2 —\r\nc\u200bd\u3000e\n"
    n = normalise(src)
    assert n.text == "a\nb(1)\ncd e\n"
    assert n.pages == [(src.index("—"), src.index("—") + 5)]
    for i, ch in enumerate(n.text):
        o = n.offset(i)
        assert src[o] == ch or (ch == "\n" and src[o] in "\r\n") or ch.translate(
            {0xFF11: "1"}) == ch


def test_repeated_page_header_is_removed() -> None:
    src = (
        "一、甲\n1.任务（财政部负责）\n— 1 —\n某某文件\n2.任务（财政部负责）\n"
        "某某文件\n— 2 —\n3.任务（财政部负责）\n"
    )
    n = normalise(src)
    assert "某某文件" not in n.text
    assert len(n.pages) == 4


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab （）１,\r\n—-3\u200b\u3000财")), max_size=80))
def test_offset_map_round_trips(src: str) -> None:
    n = normalise(src)
    prev = -1
    for i, ch in enumerate(n.text):
        o = n.offset(i)
        if ch == "\n" and i + 1 < len(n.text) and n.offset(i + 1) == o:
            continue  # a break inserted before a marker of a run-together line (guarantee 4)
        assert o > prev  # monotone
        prev = o
        orig = src[o]
        assert orig == ch or (orig in "\r\n" and ch == "\n") or ord(orig) - 0xFEE0 == ord(ch) or (
            orig == "\u3000" and ch == " ")
    s, e = n.span(0, len(n.text))
    assert 0 <= s <= e <= len(src)


def test_a_letter_spaced_line_loses_its_spaces_and_maps_back() -> None:
    from divplan.parsing.normalise import normalise

    text = "　　2 ． 鼓 励 民 间 资 本 参 与 水 利 工 程 建 设 。 （ 水 利 部 牵 头 ， 财 政 部 参 加 ）\n普通 文本 2019 年\n"
    norm = normalise(text)
    first, second = norm.text.splitlines()
    assert first.strip() == "2.鼓励民间资本参与水利工程建设。(水利部牵头,财政部参加)"
    assert second == "普通 文本 2019 年"  # an ordinary line keeps its spaces
    s, e = norm.span(first.index("水利部"), first.index("水利部") + 3)
    assert text[s:e].replace(" ", "") == "水利部"


def test_a_letter_spaced_plan_reads_its_clause() -> None:
    import divplan

    text = (
        "一、任务\n　　1．做好一件事。（商务部负责）\n"
        "　　2 ． 鼓 励 民 间 资 本 参 与 水 利 工 程 建 设 。 （ 水 利 部 牵 头 ， 全 国 工 商 联 参 加 ）\n"
    )
    item = divplan.parse(text).items()[1]
    assert item.number == 2 and [d.id for d in item.responsibility.leads] == ["MWR"]
    assert [d.mention for d in item.responsibility.participants] == ["全国工商联"]


def _letter_spaced_everywhere(line: str) -> set[int]:
    """The letter-spacing rule without the normaliser's prefilter: every space looked at."""
    import re

    cjk = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
    singles = [
        k
        for k in range(1, len(line) - 1)
        if line[k] == " "
        and line[k - 1] != " "
        and line[k + 1] != " "
        and (cjk.match(line[k - 1]) or cjk.match(line[k + 1]))
        and (cjk.match(line[k - 1]) or line[k - 1].isalnum())
        and (cjk.match(line[k + 1]) or line[k + 1].isalnum())
    ]
    if len(singles) < 5 or len(singles) * 2 < len(cjk.findall(line)):
        return set()
    return set(singles)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=list("财政部牵头 \u3000a1．、。x（"), max_size=40))
def test_the_letter_spacing_prefilter_changes_nothing(line: str) -> None:
    """The prefilter (a count of spaces beside CJK, in C) skips only lines the rule leaves."""
    from divplan.parsing.normalise import _letter_spaced

    assert _letter_spaced(line) == _letter_spaced_everywhere(line)


def test_a_journal_running_head_with_its_own_page_number_is_a_page_line() -> None:
    # the Gazette prints the page number inside the head, on alternating sides
    head_odd = "No. 25, 2020     GAZETTE OF THE STATE COUNCIL     17"
    head_even = "18     GAZETTE OF THE STATE COUNCIL     No. 25, 2020"
    src = f"{head_odd}\nI. Tasks\n1. Do it. (The Ministry of\n\n{head_even}\n\nFinance is responsible)\n"
    n = normalise(src)
    assert "GAZETTE" not in n.text
    assert len(n.pages) == 2
    # one such line alone, or a text-table row that does not recur, stays text
    single = "Total     Ministry of Finance     2024\n1. Task\n"
    assert normalise(single).text == single


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("【责任单位】镇扶贫工作站　【完成时限】4月底前", " 责任单位：镇扶贫工作站  完成时限：4月底前"),
        ("【責任單位】鎮衛生院", " 責任單位：鎮衛生院"),
        ("[Lead unit] Municipal Bureau", " Lead unit: Municipal Bureau"),
        ("【加强基层治理】", "【加强基层治理】"),  # a heading in brackets is no label
        ("【疫情防控】黄坪镇致全镇群众的一封信", "【疫情防控】黄坪镇致全镇群众的一封信"),
    ],
)
def test_a_label_in_brackets_reads_as_a_label_in_place(line: str, expected: str) -> None:
    n = normalise(line)
    assert n.text == expected
    assert len(n.text) == len(line)
    assert n.span(0, len(n.text)) == (0, len(line))


def test_field_lines_ending_in_a_year_are_no_running_heads() -> None:
    src = "".join(
        f"{n}. Task.\nLead unit:  Municipal Bureau\nDeadline:   {2023 + n}\n" for n in (1, 2, 3)
    )
    n = normalise(src)
    assert n.pages == []
    assert n.text == src


def test_a_bare_page_number_inside_a_cut_sentence_is_a_page_line() -> None:
    src = "5.发展畜牧水产业,全年出栏生猪38万头,做\n\n2\n\n好禽流感防控工作。（县畜牧局负责）\n"
    n = normalise(src)
    assert "\n2\n" not in n.text and len(n.pages) == 1
    listed = "一、甲\n\n2\n\n乙。\n"  # after a closed sentence: not a cut, left as written
    assert normalise(listed).text == listed


def test_a_deadline_sentence_after_a_clause_is_not_a_new_task() -> None:
    src = "1. 完善价格机制。（省发展改革委牵头，省财政厅配合）长期坚持。\n"
    assert normalise(src).text.count("\n") == 1  # no task starts at 长期坚持
    two = "甲任务。（财政部负责）乙任务。（商务部负责）\n"
    assert normalise(two).text == "甲任务。(财政部负责)\n乙任务。(商务部负责)\n"


def test_a_browser_s_print_header_and_footer_are_page_lines() -> None:
    # a web page printed to PDF: "12/4/26, 5:02 PM" (with the page's title, or not) and
    # "file:///…/plan.html 1/2" at each page's foot; a sentence with a date stays text
    src = (
        "1. Cut the time to start a business. (A is responsible)\n"
        "12/4/26, 5:02 PM\nfile:///tmp/plan.html 1/2\n"
        "2. Halve the permit time. (B is responsible)\n"
        "12/4/26, 5:02 PM Division of Responsibilities\n"
        "On 12/4/26, 5:02 PM the meeting began.\n"
    )
    n = normalise(src)
    assert "5:02 PM\n" not in n.text and "file:" not in n.text
    assert "Division of Responsibilities" not in n.text
    assert "the meeting began" in n.text
    assert len(n.pages) == 3


def test_blank_lines_by_a_page_break_go_in_a_text_that_sets_no_other() -> None:
    # a PDF's text layer: no blank line between paragraphs anywhere, but one between the
    # browser's print header and footer; dropped with them, the task's body stays with its
    # title line (3．…。 / body), though the line before the break closes a sentence
    src = (
        "一、完善规划体系\n1．编制中长期发展规划。\n做好与国土规划的衔接。由规划司负责。\n"
        "3．制定服务标准体系框架。\n12/4/26, 7:09 PM\n\nfile:///tmp/plan.html 1/3\n"
        "梳理现行服务标准。由运输司负责。\n"
    )
    n = normalise(src)
    assert "框架。\n梳理" in n.text
    # a text that sets its paragraphs apart keeps the blank line by the break
    spaced = src.replace("\n1．", "\n\n1．").replace("\n3．", "\n\n3．")
    assert "框架。\n\n梳理" in normalise(spaced).text
