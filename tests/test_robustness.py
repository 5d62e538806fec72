"""Input of any shape yields a Plan (or the one documented input error), in bounded work.

Sizes here are the ones that run in seconds; the 100 MB file and 100,000 items are measured
by ``benchmarks/robustness.py`` (time and peak memory), not by timed tests.
"""

from __future__ import annotations

import codecs

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import divplan
from divplan.errors import InputError

from conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")


def _spans_ok(plan: divplan.Plan) -> None:
    n = plan.source.length
    for item in plan.items():
        assert 0 <= item.span[0] <= item.span[1] <= n
    for u in plan.unparsed:
        assert 0 <= u.span[0] <= u.span[1] <= n
    for d in plan.diagnostics:
        assert 0 <= d.span[0] <= d.span[1] <= n and d.line >= 1 and d.column >= 1


def test_single_5mb_line() -> None:
    plan = divplan.parse("x" * 5_000_000)
    assert plan.items() == []
    assert [d.code for d in plan.diagnostics] == ["DP401"]
    assert plan.unparsed[0].span == (0, 5_000_000)


def test_ten_thousand_nested_parentheses() -> None:
    text = "一、甲\n1. Task " + "(" * 10_000 + "Ministry of Finance" + ")" * 10_000 + "\n"
    plan = divplan.parse(text)
    assert [i.number for i in plan.items()] == [1]
    _spans_ok(plan)


def test_only_numbers_and_dots() -> None:
    text = "".join(f"{i}.\n" for i in range(1, 20_001)) + "....\n" * 1000 + "1.2.3.4.5\n" * 1000
    plan = divplan.parse(text)
    assert all(i.responsibility.mode is None for i in plan.items())
    _spans_ok(plan)


def test_many_items_same_clause() -> None:
    # five sections of 1,000 items each, numbering restarting per section (four-digit items
    # are markers; 1900-2099 would read as years, so the numbers stay below them)
    text = "".join(
        f"{s}. T\n" + "".join(f"{i}. Task {i}. (Ministry of Finance)\n" for i in range(1, 1001))
        for s in ("I", "II", "III", "IV", "V")
    )
    plan = divplan.parse(text)
    assert len(plan.items()) == 5000
    assert all(i.numbered for i in plan.items())
    assert {d.id for i in plan.items() for d in i.responsibility.leads} == {"MOF"}


def test_mixed_encodings_in_one_file() -> None:
    data = (
        "一、甲\n1.任务".encode()
        + "中文".encode("gbk")
        + ("。（财政部负责）\n2.任务。（商务部负责）\n" + "说明文字。" * 40 + "\n").encode()
    )
    plan = divplan.parse_bytes(data)  # UTF-8 with a GBK word: kept, bad bytes replaced
    assert plan.source.encoding == "utf-8"
    assert plan.diagnostics[0].code == "DP001"
    assert [i.number for i in plan.items()] == [1, 2]
    assert [d.id for d in plan.items()[0].responsibility.leads] == ["MOF"]
    _spans_ok(plan)


def test_utf16_without_bom_is_refused_or_read() -> None:
    data = "一、甲\n1.任务。（财政部负责）\n".encode("utf-16-le")
    with pytest.raises(InputError):
        divplan.parse_bytes(data)  # NUL bytes without a BOM: not a text document


def test_crlf_bom_and_full_width_markers() -> None:
    text = "一、甲\r\n１．任务。（财政部负责）\r\n２．任务。（商务部负责）\r\n"
    plan = divplan.parse_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    assert [i.number for i in plan.items()] == [1, 2]
    assert plan.source.length == len(text)
    item = plan.items()[1]
    assert text[item.span[0] : item.span[1]] == "２．任务。（商务部负责）"


_PIECES = st.sampled_from(
    [
        "\n",
        "\r\n",
        "(",
        ")",
        "（",
        "）",
        "1.",
        "12、",
        "(3)",
        "（一）",
        "一、",
        "I.",
        "Second,",
        "Ministry of Finance",
        "财政部",
        "牵头",
        "负责",
        "takes the lead",
        ", ",
        "、",
        "etc.",
        "等",
        " ",
        "— 2 —",
        "\u200b",
        "\ufeff",
        "Notice",
        "国办函〔2019〕58号",
        "2019年7月23日",
        "x" * 50,
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_fuzz_parse_never_raises_and_is_deterministic(text: str) -> None:
    first = divplan.parse(text)
    _spans_ok(first)
    assert divplan.parse(text).model_dump_json() == first.model_dump_json()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzz_mutated_seed(data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(SEED_TEXT) - 3000))
    piece = list(SEED_TEXT[start : start + 3000])
    for _ in range(data.draw(st.integers(1, 20))):
        pos = data.draw(st.integers(0, len(piece) - 1))
        piece[pos] = data.draw(st.sampled_from(["(", ")", "\n", "", "1.", "and", ",", "I."]))
    text = "".join(piece)
    plan = divplan.parse(text)
    _spans_ok(plan)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_fuzz_bytes_only_input_error(data: bytes) -> None:
    try:
        plan = divplan.parse_bytes(data)
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        _spans_ok(plan)


def test_overlapping_cues_of_a_machine_translated_opening_clause_do_not_crash() -> None:
    # the words before a task read as a clause (parse_clause never raises): a clause whose
    # deadline runs into the task ("…, before the end of November 2010: Promote …, give
    # priority to the river sections of the towns"); a cue overlapped the next one, and the
    # name between them was asked for a span that ends before it starts
    from divplan.names.registry import Registry
    from divplan.parsing.clauses import parse_clause

    text = (
        "The Provincial Department of Water Resources takes the lead, the Provincial Department"
        " of Land and Resources with the match, before the end of November 2010: Promote the "
        "treatment of small and medium-sized rivers, give priority to the river sections of the"
        " towns"
    )
    reading = parse_clause(text, 0, len(text), Registry.default())
    assert [r.mention for r in reading.leads][:1] == ["Provincial Department of Water Resources"]
