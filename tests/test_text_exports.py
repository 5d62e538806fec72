"""Plans as analysts copy them out of other tools: a spreadsheet exported as comma-separated
text, a Markdown field list, a machine translation's numbered tasks under (1) headings.

Each test is a short plan written for the layout, not taken from a corpus document.
"""

from __future__ import annotations

import divplan
from divplan.read.text_tables import read_text_tables


def _roles(item: divplan.Item) -> tuple[str | None, list[str], list[str]]:
    r = item.responsibility
    return r.mode, [d.id or d.mention for d in r.leads], [d.id or d.mention for d in r.participants]


_CSV_HEADER_FIRST = (
    "序号,工作任务,责任单位及完成时限\n"
    "某部2002年工作要点任务分工\n"
    "部机关各司局：\n"
    "现将任务分工印发给你们，请认真贯彻落实。\n"
    "某部\n"
    "2002-02-20\n\n"
    "某部2002年工作要点任务分工\n"
    "一、推进结构调整\n"
    "1,制定区域布局规划。,发展计划司主办落实，种植业管理司随同办理（2002年6月底前）\n"
    "2,推进优质粮食生产。,种植业管理司负责（2002年全年）\n"
    "二、提高质量安全水平\n"
    "1,实施无公害食品行动计划。,市场与经济信息司负责（2002年全年）\n"
)


def test_a_spreadsheet_header_exported_above_the_notice_still_heads_its_rows() -> None:
    # 序号,工作任务,责任单位 on the first line, then the notice, then the rows "1,…,…": the rows
    # are the header's table, though lines without its commas stand between
    tables = read_text_tables(_CSV_HEADER_FIRST)
    assert tables.tables >= 1  # (a section row between rows may start another)
    items = divplan.parse(_CSV_HEADER_FIRST).items()
    assert [i.text for i in items] == ["制定区域布局规划。", "推进优质粮食生产。", "实施无公害食品行动计划。"]
    assert [d.mention for d in items[1].responsibility.leads] == ["种植业管理司"]
    assert items[0].deadline is not None and items[0].deadline.text == "2002年6月底前"


def test_a_row_of_the_same_width_without_a_header_above_is_no_table() -> None:
    # no header line anywhere: a line that happens to split into numbered cells stays text
    text = "通知\n1,开展调研,形成报告\n2,召开会议,部署工作\n"
    assert read_text_tables(text).text == text


def test_a_markdown_field_list_keeps_its_bullets_out_of_deadlines_and_names() -> None:
    # **1.** 主要任务：… / - 牵头单位：A / - 承办时限：… / - 配合单位：B, C: the bullet of the next
    # field line joins no deadline ("2025年10月底前 -") and no name; 承办时限 is a deadline label
    text = (
        "# 某县重点任务分工\n\n### 一、农村供水\n\n"
        "**1.** 主要任务：推进城乡供水一体化。\n\n- 牵头单位：县发展改革局\n- 承办时限：2025年10月底前\n"
        "- 配合单位：县水利局、县城投公司\n\n"
        "**2.** 主要任务：开展水源地保护排查。\n\n- 责任单位：县生态环境分局、县水利局同担共抓\n"
        "- 承办时限：2025年6月底前\n"
    )
    first, second = divplan.parse_bytes(text.encode("utf-8"), path="plan.md").items()
    assert _roles(first) == ("lead", ["县发展改革局"], ["县水利局", "县城投公司"])
    assert first.deadline is not None and first.deadline.text == "2025年10月底前"
    assert _roles(second) == ("joint", ["县生态环境分局", "县水利局"], [])
    assert second.deadline is not None and second.deadline.text == "2025年6月底前"


def test_a_numbered_task_whose_last_sentence_says_who_does_it_is_no_heading() -> None:
    # I. … / (1) … / 1. task. A is responsible. / 2. task. B is responsible. / (2) …: the 2.
    # would be the next section's number, but a task that names who does it heads nothing
    text = (
        "Rural Water Division of Labor Program\n\n"
        "I. Speed up the construction\n(1) Planning\n"
        "1. Complete the rural drinking water plan. By Municipal Water Affairs Bureau lead "
        "running, Municipal Health Bureau cooperate, before the end of May 2011 completed.\n"
        "2. Simplify the approval procedures. Municipal Development and Reform Commission is "
        "responsible, before the end of June 2011.\n"
        "(2) Construction\n"
        "1. Strengthen the quality supervision. Municipal Quality Supervision Bureau is "
        "responsible, throughout the year.\n"
    )
    plan = divplan.parse(text)
    assert len(plan.sections) == 1
    items = plan.items()
    assert len(items) == 3
    assert _roles(items[0]) == (
        "lead", ["Municipal Water Affairs Bureau"], ["Municipal Health Bureau"]
    )
    assert _roles(items[1])[1] == ["Municipal Development and Reform Commission"]


def test_a_numbered_title_row_of_a_table_without_a_number_column_is_a_heading() -> None:
    # Task,Responsible units / "1. Education" / rows / "2. Social assistance" / rows: the second
    # title row is a section, not an item taking the row above's units as "same as above"
    text = (
        "Division of Responsibilities for 2018 Livelihood Projects\n"
        "Task,Responsible units,\n"
        '"1. Education and health",,\n'
        '"Expand kindergarten places","The County Education Bureau shall see to this; by August 2018",\n'
        '"Train village doctors","The County Health Bureau is responsible; by October 2018",\n'
        '"2. Social assistance",,\n'
        '"Raise subsistence allowances","The County Civil Affairs Bureau shall see to this; by April 2018",\n'
    )
    plan = divplan.parse(text)
    assert len(plan.sections) == 2
    titles = [s.title or "" for s in plan.sections]
    assert titles[0].endswith("health") and titles[1].endswith("Social assistance")
    items = plan.items()
    assert len(items) == 3
    assert _roles(items[0]) == ("sole", ["County Education Bureau"], [])
    assert _roles(items[2]) == ("sole", ["County Civil Affairs Bureau"], [])


def test_a_group_sentence_with_its_scope_inside_closes_the_tasks_above_it() -> None:
    # task. / task. / "A shall see to the above tasks, aided by B, to be completed by …."
    text = (
        "Division of Work for Reducing Enterprise Burdens\n\nI. Clearing charges\n"
        "Abolish unlawful charges on enterprises.\n"
        "Ban compulsory subscriptions imposed on enterprises.\n"
        "The Provincial Price Bureau shall see to the above tasks, aided by the Provincial "
        "Department of Finance, to be completed by the end of December 2002.\n"
        "II. Supervision\nOpen a hotline for complaints.\n"
        "The Provincial Economic and Trade Commission is responsible for the above, to be "
        "completed by the end of November 2002.\n"
    )
    items = divplan.parse(text).items()
    assert len(items) == 3
    assert _roles(items[1]) == (
        "lead", ["Provincial Price Bureau"], ["Provincial Department of Finance"]
    )
    assert items[1].responsibility.reading == "inferred"
    assert _roles(items[2]) == ("sole", ["Provincial Economic and Trade Commission"], [])


def test_a_comma_separated_table_of_numbers_and_tasks_alone_reads_the_tasks_clauses() -> None:
    # serial number,key work: no unit column, each task cell closes with its clause in
    # brackets — a delimited export's rows are unambiguous, so its two columns are a table
    csv = (
        "Division of tasks for food safety,,,\n"
        "serial number,key work,,\n"
        '"I. Source governance",,,\n'
        '1,"Carry out spot checks (Municipal Commerce Bureau takes the lead, Municipal Health'
        ' Bureau participates, before the end of June 2009)",,\n'
        '2,"Clean up illegal slaughter points (Responsible by Municipal Commerce Bureau,'
        ' continue to advance)",,\n'
    )
    items = divplan.parse(csv).items()
    assert [i.number for i in items] == [1, 2]
    assert [_roles(i) for i in items] == [
        ("lead", ["Municipal Commerce Bureau"], ["Municipal Health Bureau"]),
        ("sole", ["Municipal Commerce Bureau"], []),
    ]
    assert items[0].text == "Carry out spot checks"
