"""Abbreviations a document defines for itself resolve through their full names; a body
written with a second name in brackets is said to be a guess; a document's own numbered
headings above the plan are not its items."""

from __future__ import annotations

import divplan
from divplan.names.abbreviations import defined

HEAD = "General Office of the State Council\nDecember 27, 2018\n\nDivision of Labour\n\n"


def test_a_key_and_a_bracket_define_abbreviations() -> None:
    text = (
        "Abbreviations: GAS – General Administration of Sport; MOF – Ministry of Finance.\n"
        "The work falls to SAMR, MPS and the Ministry of Emergency Management (MEM).\n"
    )
    found = defined(text)
    assert found["GAS"] == ("General Administration of Sport",)
    assert "Ministry of Emergency Management" in found["MEM"]  # where the name begins is
    assert found["MEM"][0] != "Ministry of Emergency Management"  # unsure: longest first
    assert "SAMR" not in found and defined("No definitions here.") == {}


def test_a_defined_abbreviation_resolves_through_its_full_name() -> None:
    key = "GAS – General Administration of Sport; CFA – Chinese Football Association.\n"
    body = "I. Events\n1. Reform the approval of events. (GAS takes the lead, CFA participates)\n"
    item = divplan.parse(HEAD + key + body).items()[0]
    assert [(d.mention, d.id) for d in item.responsibility.leads] == [("GAS", "GASS")]
    assert [(d.mention, d.id) for d in item.responsibility.participants] == [("CFA", None)]
    plain = divplan.parse(HEAD + body).items()[0]  # no key: GAS is nobody the registry knows
    assert plain.responsibility.leads[0].id is None


def test_a_second_name_in_brackets_is_a_guess() -> None:
    body = "一、任务\n1．推进能源项目。（省发展改革委（省能源局）牵头，省财政厅配合）\n"
    r = (
        divplan.parse("省人民政府办公厅\n2020年5月1日\n\n分工方案\n\n" + body)
        .items()[0]
        .responsibility
    )
    assert r.reading == "inferred" and [d.mention for d in r.leads] == ["省发展改革委（省能源局）"]
    county = divplan.parse(
        "省人民政府办公厅\n2020年5月1日\n\n分工方案\n\n一、任务\n1．推进。（各县（市、区）人民政府负责）\n"
    )
    assert county.items()[0].responsibility.reading == "exact"


def test_a_memos_numbered_headings_above_the_plan_are_not_items() -> None:
    memo = (
        "CLIENT MEMORANDUM\nDate: 9 January 2019\n"
        "1. Background\nIn December 2018 the General Office issued a circular.\n"
        "2. The tasks\nTable 1 sets out the tasks.\n"
        "I. Enriching the supply of events\n"
        "1. Reform the approval of events. (The Ministry of Finance takes the lead)\n"
        "2. Develop professional leagues. (The Ministry of Commerce is responsible)\n"
        "II. Venues\n3. Open public venues. (The Ministry of Finance is responsible)\n"
    )
    plan = divplan.parse(memo)
    assert [(s.number, [i.number for i in s.items]) for s in plan.sections] == [
        (1, [1, 2]),
        (2, [3]),
    ]


def test_a_chinese_short_name_the_notice_defines_resolves_through_its_full_name() -> None:
    text = (
        "国务院办公厅\n2017年3月1日\n\n为行文简便，分工方案中国家食品药品监督管理总局简称\n"
        "“食药总局”，交通运输部简称“交通部”。\n\n分工方案\n\n一、任务\n"
        "1．加强食品安全监管。（食药总局牵头，交通部参加）\n"
    )
    r = divplan.parse(text).items()[0].responsibility
    assert [d.id for d in r.leads] == ["CFDA"] and [d.id for d in r.participants] == ["MOT"]
    assert [d.mention for d in r.leads] == ["食药总局"]  # as written


def test_a_local_units_short_name_is_never_the_national_body() -> None:
    # 省卫生计生委 short for 省卫生和计划生育委员会: its full name, cut at any point, must not
    # make the province's commission the national one (NHFPC)
    text = (
        "省人民政府办公厅\n2015年5月1日\n\n省卫生和计划生育委员会简称“省卫生计生委”。\n\n"
        "分工方案\n\n一、任务\n1．推进医养结合。（省卫生计生委牵头，省民政厅配合）\n"
    )
    lead = divplan.parse(text).items()[0].responsibility.leads[0]
    assert lead.id is None and lead.mention == "省卫生计生委"


def test_a_short_name_the_notice_gives_a_local_unit_stays_that_unit() -> None:
    # the city's 市发展和改革委员会 shortened to 发改委 (also an alias of NDRC): the city's
    text = (
        "市人民政府办公室\n2015年5月1日\n\n为简便起见，方案中市发展和改革委员会简称“发改委”。\n\n"
        "分工方案\n\n一、任务\n1．推进项目建设。（发改委牵头，市财政局配合）\n"
    )
    lead = divplan.parse(text).items()[0].responsibility.leads[0]
    assert lead.id is None and lead.mention == "发改委"
    plain = divplan.parse(text.replace("为简便起见，方案中市发展和改革委员会简称“发改委”。", ""))
    assert plain.items()[0].responsibility.leads[0].id == "NDRC"  # undefined: the alias
