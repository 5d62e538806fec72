"""Where a plan starts (rule 4 of the context pass) when its first clauses are not read the
way its later ones are: a notice sentence that reads like a field, a first section whose
tasks carry phrasings the lexicon does not know."""

from __future__ import annotations

import divplan

_NOTICE = (
    "Notice of the General Office of the Xunlin Provincial People's Government on Issuing "
    "the Division of Tasks\n\n"
    "To implement the Opinions, the Division of Tasks is hereby issued. The last sentence of "
    "each task names the units responsible: where a unit leads and others help, the leading "
    "unit convenes the work.\n\n"
    "General Office of Xunlin Provincial People's Government\n"
    "April 19, 2021\n\n"
    "Division of Tasks\n\n"
)


def _numbers(plan: divplan.Plan) -> list[tuple[str | None, list[int | None]]]:
    return [(s.marker, [i.number for i in s.items]) for s in plan.sections]


def test_tasks_with_sentence_clauses_outweigh_a_notice_sentence_that_reads_as_a_field() -> None:
    body = (
        "I. Build the organisation\n"
        "1. Set up forest chiefs at every level. The Provincial Forestry Bureau is "
        "responsible. (By the end of June 2021)\n"
        "2. Staff the forest chief offices. The Provincial Finance Department is responsible. "
        "(By the end of 2021)\n"
        "II. Protect resources\n"
        "1. Control the occupation of forest land. The Provincial Forestry Bureau and the "
        "Provincial Natural Resources Department are responsible. (Every year)\n"
    )
    plan = divplan.parse(_NOTICE + body)
    assert _numbers(plan) == [("I.", [1, 2]), ("II.", [1])]
    first = plan.sections[0].items[0].responsibility
    assert [d.mention for d in first.leads] == ["Provincial Forestry Bureau"]
    assert all(i.responsibility.reading == "inferred" for i in plan.items())


def test_a_first_section_whose_clauses_are_unread_stays_in_the_plan() -> None:
    body = (
        "I. Build the organisation\n"
        "1. Set up forest chiefs at every level. The Provincial Forestry Bureau "
        "flibbertigibbets the others. (By the end of June 2021)\n"
        "2. Staff the forest chief offices. The Provincial Finance Department "
        "flibbertigibbets too.\n"
        "II. Protect resources\n"
        "1. Control the occupation of forest land. (Provincial Forestry Bureau)\n"
        "2. Patrol the forests in the fire season. (Provincial Forestry Bureau)\n"
    )
    plan = divplan.parse(body)
    assert _numbers(plan) == [("I.", [1, 2]), ("II.", [1, 2])]
    assert plan.sections[0].items[0].responsibility.mode is None  # unread, and said so
    assert any(d.code.startswith("DP2") for d in plan.diagnostics if "item 1" in d.message)


def test_a_heading_numbered_like_the_items_over_tasks_restarting_at_one_is_in_the_plan() -> None:
    text = (
        "一、挖掘潜力\n"
        "1．商务部、财政部合力共为：支持打造特色餐饮街区（2026年底前）。\n"
        "2．（主责：市场监管总局；次责：商务部）规范餐饮服务收费行为（持续推进）。\n"
        "二、优化环境\n"
        "1．交通运输部负责：提升旅游客运服务质量（持续推进）。\n"
        "3．加强组织保障\n"
        "1．国家发展改革委、商务部合力共为：建立统计监测制度（每季度）。\n"
        "2．财政部负责：统筹用好现有资金渠道（持续推进）。\n"
        "3．（主责：人力资源社会保障部；次责：教育部）加强职业技能培训（2026年底前）。\n"
    )
    plan = divplan.parse(text)
    assert [(s.title, len(s.items)) for s in plan.sections] == [
        ("挖掘潜力", 2), ("优化环境", 1), ("加强组织保障", 3)
    ]
    second = plan.items()[1]
    assert [d.id for d in second.responsibility.leads] == ["SAMR"]
    assert second.deadline is not None and second.deadline.text == "持续推进"
    assert second.text.startswith("规范餐饮")


def test_a_clause_less_numbered_line_after_headings_of_its_kind_heads_no_task() -> None:
    text = (
        "一、确保任务完成\n"
        "1．廉租住房\n"
        "（1）新开工廉租住房1200套。\n"
        "责任单位：市住房保障局牵头，各县人民政府配合；完成时限：2011年9月底前\n"
        "2．棚户区改造\n"
        "（1）完成城市棚户区改造3000户。\n"
        "责任单位：市住房城乡建设局负责；完成时限：2011年12月底前\n"
        "3．总体要求\n"
        "二、落实资金\n"
        "1．筹集资金\n"
        "（1）提取土地出让净收益的10%用于廉租住房。\n"
        "责任单位：市财政局；完成时限：2011年7月底前\n"
    )
    plan = divplan.parse(text)
    assert [len(s.subsections) for s in plan.sections] == [3, 1]
    assert [len(sub.items) for s in plan.sections for sub in s.subsections] == [1, 1, 0, 1]


def test_lettered_tasks_a_page_width_wrapped_close_with_a_sentence_clause() -> None:
    text = (
        "The Division of Responsibilities for energy conservation in 2011 is hereby issued to the\n"
        "district and county governments and the departments of the municipal government. Please\n"
        "organise its implementation carefully and report on the progress of each task at the end\n"
        "of each quarter to the municipal office in charge.\n"
        "\n"
        "I. Targets\n"
        "A. Break down the 2011 targets for reducing energy use per unit of GDP to each district,\n"
        "county and key enterprise. The Municipal Development and Reform Commission is responsible,\n"
        "backed up by the Municipal Statistics Bureau, by the end of July 2011.\n"
        "B. Close down outdated capacity in the cement, paper and printing and dyeing industries of\n"
        "the city. The Municipal Environmental Protection Bureau is responsible, by October 2011.\n"
        "II. Sectors\n"
        "A. Retrofit 300,000 square metres of existing public buildings and promote solar heaters\n"
        "in new buildings. The Municipal Housing Bureau is responsible, by the end of December 2011.\n"
    )
    items = divplan.parse(text).items()
    assert [i.number for i in items] == [1, 2, 1]
    assert [d.mention for d in items[0].responsibility.participants] == [
        "Municipal Statistics Bureau"
    ]
    assert items[0].text.startswith("Break down")
