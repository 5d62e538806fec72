"""Clause phrasings beyond the fixture file: variants seen in provincial and official texts."""

from __future__ import annotations

import pytest

import divplan


def read(clause: str) -> tuple[str | None, list[str], list[str], bool]:
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in clause)
    if zh:
        text = f"国务院办公厅\n2019年7月23日\n\n一、测试\n1. 任务内容。（{clause}）\n"
    else:
        text = f"General Office of the State Council\nJune 14, 2017\n\nI. Test\n1. Do the task. ({clause})\n"
    r = divplan.parse(text).items()[0].responsibility
    return (
        r.mode,
        [d.id or "?" + d.mention for d in r.leads],
        [d.id or "?" + d.mention for d in r.participants],
        r.others,
    )


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("财政部牵头负责", ("lead", ["MOF"], [], False)),
        ("财政部负责，商务部配合", ("lead", ["MOF"], ["MOFCOM"], False)),
        ("财政部会同税务总局等部门负责", ("lead", ["MOF"], ["SAT"], True)),
        ("财政部、商务部等部门按职责分工负责", ("division", ["MOF", "MOFCOM"], [], True)),
        ("责任单位：财政部、商务部", ("joint", ["MOF", "MOFCOM"], [], False)),
        ("牵头单位：财政部  责任单位：商务部", ("lead", ["MOF"], ["MOFCOM"], False)),
        ("To be led by the Ministry of Finance", ("lead", ["MOF"], [], False)),
        (
            "Ministry of Finance leading, Ministry of Commerce participating",
            ("lead", ["MOF"], ["MOFCOM"], False),
        ),
        (
            "Ministry of Finance as the lead department, with Ministry of Commerce",
            ("lead", ["MOF"], ["MOFCOM"], False),
        ),
        (
            "Led by the Ministry of Finance, with the participation of the Ministry of Commerce",
            ("lead", ["MOF"], ["MOFCOM"], False),
        ),
        (
            "The Ministry of Finance takes the lead in cooperation with the Ministry of Commerce",
            ("lead", ["MOF"], ["MOFCOM"], False),
        ),
        (
            "Lead: Ministry of Finance; Participants: Ministry of Commerce, Ministry of Education",
            ("lead", ["MOF"], ["MOFCOM", "MOE"], False),
        ),
        (
            "Ministry of Finance in conjunction with Ministry of Commerce",
            ("lead", ["MOF"], ["MOFCOM"], False),
        ),
        (
            "Ministry of Finance, with Ministry of Commerce participating",
            ("lead", ["MOF"], ["MOFCOM"], False),
        ),
        (
            "The Ministry of Finance is responsible, and the Ministry of Commerce participates",
            ("lead", ["MOF"], ["MOFCOM"], False),
        ),
        ("Ministries of Finance and Commerce", ("joint", ["MOF", "MOFCOM"], [], False)),
        (
            "State Council Leading Group for Promoting the Development of Small and Medium Enterprises",
            ("sole", ["LGSME"], [], False),
        ),
    ],
)
def test_phrasing(clause: str, expected: tuple[str | None, list[str], list[str], bool]) -> None:
    assert read(clause) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("财政部，教育部负责", ("joint", ["MOF", "MOE"], [], False)),
        ("国家发展改革委牵头，财政部，教育部参加", ("lead", ["NDRC"], ["MOF", "MOE"], False)),
        ("商务部，财政部负责，教育部参加", ("lead", ["MOFCOM", "MOF"], ["MOE"], False)),
    ],
)
def test_names_keep_the_order_written(
    clause: str, expected: tuple[str | None, list[str], list[str], bool]
) -> None:
    # a list without a role word before one with it: the first-named stays first (an analyst's
    # "first lead" is the first name written)
    assert read(clause) == expected
