"""Layouts met in the twenty-second session: the sealed sets holdout224–227.

Each test builds a small plan in one layout of the genre and checks the reading; the
phrasings themselves are records of ``fixtures/clauses.txt``.
"""

from __future__ import annotations

import divplan
from item_roles import item_roles

_roles = item_roles


def test_a_general_offices_plan_names_its_bodys_own_departments() -> None:
    # a ministry's general office issues the plan: "Water Resources Department" is the
    # ministry's own department (水资源司), never the Ministry of Water Resources
    text = (
        "General Office of the Ministry of Water Resources\n"
        "Notice on Issuing the Division of Labour for Key Water Tasks in 2004\n"
        "All departments and bureaus of the Ministry:\n"
        "The division of labour is hereby issued.\n"
        "General Office of the Ministry of Water Resources\n"
        "March 2, 2004\n"
        "I. Water resources\n"
        "1. Compile the national water resources plan.\n"
        "Chief-handling unit: Water Resources Department\n"
        "Helping-handle units: Hydrology Bureau, Ministry of Finance\n"
        "2. Revise the water-drawing permit rules.\n"
        "Chief-handling unit: Policy and Regulation Department\n"
    )
    plan = divplan.parse(text)
    first = plan.items()[0].responsibility
    assert [d.mention for d in first.leads] == ["Water Resources Department"]
    assert first.leads[0].id is None  # (its own department: no registry id)
    assert "MWR" in first.leads[0].candidates  # (the reading it was not given, kept to audit)
    assert [d.id for d in first.participants] == [None, "MOF"]


def test_a_field_of_unknown_words_after_a_deadline_field_names_bodies_holding_and() -> None:
    # a sheet's task cell ends with its deadline field, the unit column renders as a field of
    # words the lexicon lacks ("Shoulder unit:"), its first body's name holding "and"
    rows = [
        "Notice on the Division of Labour for Cultural Consumption,,",
        "Serial number,Key tasks,Shoulder unit",
        "I. Improve supply,,",
        '1,"Support original cultural products.',
        'Cash-in time: Continuous advancement","Industry Development Department"',
        '2,"Encourage radio and television programmes on consumption.',
        'Cash-in time: Before the end of June 2020",'
        '"National Radio and Television Administration, Ministry of Culture and Tourism"',
    ]
    plan = divplan.parse_bytes(("\n".join(rows) + "\n").encode(), path="plan.csv")
    items = plan.items()
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "Continuous advancement",
        "Before the end of June 2020",
    ]
    assert _roles(items[1]) == (
        "joint",
        ["National Radio and Television Administration", "Ministry of Culture and Tourism"],
        [],
        False,
    )


def test_a_label_a_line_break_cuts_still_opens_its_field() -> None:
    # a PDF's hard-wrapped lines cut "Department in / command:" after the task's sentence
    text = (
        "Division of Responsibilities for the Service Sector\n"
        "I. Producer services\n"
        "1. Develop modern logistics hubs along the river corridor. Department in\n"
        "command: Provincial Development and Reform Commission.\n"
        "Wing departments: Provincial Department of Transport, Provincial Department of Commerce.\n"
        "2. Support software firms.\n"
        "Department in command: Provincial Department of Science and Technology.\n"
    )
    items = divplan.parse(text).items()
    assert _roles(items[0]) == (
        "lead",
        ["Provincial Development and Reform Commission"],
        ["Provincial Department of Transport", "Provincial Department of Commerce"],
        False,
    )


def test_an_english_tasks_only_sentence_names_no_body_by_its_opening_words() -> None:
    # rows of tasks, then one row of fields for the group above it: a task's only sentence
    # ("Guide the financial institutions to …") is no clause of its own
    rows = [
        "Key work division of labour programme,",
        "Serial number,Key work",
        ",I. Control high energy industries",
        "1,Guide the financial institutions to increase the credit support for energy saving.",
        "2,Strictly control loans to enterprises that do not meet the industry policy.",
        ",Steering-oar unit: People's Bank of China; Rear-guard units: China Banking "
        "Regulatory Commission; Time limit: before the end of June 2008",
    ]
    plan = divplan.parse_bytes(("\n".join(rows) + "\n").encode(), path="plan.csv")
    items = plan.items()
    assert [_roles(i)[:3] for i in items] == [
        ("lead", ["People's Bank of China"], ["China Banking Regulatory Commission"]),
        ("lead", ["People's Bank of China"], ["China Banking Regulatory Commission"]),
    ]


def test_an_ordinal_heading_over_a_wrapped_paragraph_keeps_its_task() -> None:
    # "Third," heads a section; a short line under it, then a line in lower case: the task's
    # paragraph a page width cut, not the heading's sentence going on (found by hypothesis)
    text = (
        "I. Improve the commercial network\n"
        "Support county towns in upgrading service centres, starting with batch 1. "
        "(Ministry of Finance)\n"
        "Second, Improve the commercial network\n"
        "Support county towns in upgrading service centres, starting with batch 2. "
        "(Ministry of Finance)\n"
        "Third, Improve the commercial network\n"
        "Support\n"
        "county towns in upgrading service centres, starting with batch 3. (Ministry of Finance)\n"
    )
    plan = divplan.parse(text)
    assert [len(s.items) for s in plan.sections] == [1, 1, 1]
    assert [_roles(i)[:2] for i in plan.items()] == [("sole", ["Ministry of Finance"])] * 3


def test_a_grid_table_without_a_header_row_reads_as_tasks_beside_their_clauses() -> None:
    # a console's or pandoc's grid table, no header row: task | who does it, with a deadline;
    # section headings between the tables
    border = "+" + "-" * 44 + "+" + "-" * 60 + "+"
    text = "\n".join([
        "Division Table of Key Tourism Tasks",
        "I. Improve tourism infrastructure",
        border,
        "| Speed up the construction of roads         | Municipal Transport Bureau beat the head, |",
        "|                                            | Municipal Finance Bureau cooperate, by the end of 2017 |",
        border,
        "| Implement the tourism toilet revolution    | Municipal Tourism Bureau responsible, long-term |",
        border,
        "II. Enrich tourism products",
        border,
        "| Develop the rural tourism                  | Municipal Agriculture Committee is responsible |",
        border,
        "| Hold the tea culture tourism festival      | Municipal Culture Bureau takes the lead, Municipal Tourism Bureau cooperates |",
        border,
        "",
    ])  # fmt: skip
    plan = divplan.parse(text)
    assert [s.title for s in plan.sections] == [
        "Improve tourism infrastructure",
        "Enrich tourism products",
    ]
    items = plan.items()
    assert [i.text for i in items] == [
        "Speed up the construction of roads",
        "Implement the tourism toilet revolution",
        "Develop the rural tourism",
        "Hold the tea culture tourism festival",
    ]
    assert [_roles(i)[:3] for i in items] == [
        ("lead", ["Municipal Transport Bureau"], ["Municipal Finance Bureau"]),
        ("sole", ["Municipal Tourism Bureau"], []),
        ("sole", ["Municipal Agriculture Committee"], []),
        ("lead", ["Municipal Culture Bureau"], ["Municipal Tourism Bureau"]),
    ]
    assert items[0].deadline is not None and items[0].deadline.text == "by the end of 2017"


def test_a_pipe_table_of_names_without_role_words_is_left_as_text() -> None:
    # a header-less pipe table whose cells name bodies but say nothing of who does what (a
    # contacts list): no plan table is inferred from it
    text = (
        "Contacts\n"
        "| Municipal Finance Bureau | 0000-1234 |\n"
        "| Municipal Tourism Bureau | 0000-5678 |\n"
    )
    assert divplan.parse(text).items() == []


def test_a_deadline_label_of_unknown_words_under_a_task_is_its_deadline() -> None:
    # "Cancellation time:" (销号时间, word for word): the words before a known time label, at
    # the line's start, are the label's; the task's sentence clause is read above it
    text = (
        "First, Maintain the stable development of the economy\n"
        "1. Implement the prudent monetary policy. The People's Bank of China takes the lead, "
        "the National Development and Reform Commission participates.\n"
        "Cancellation time: end of the year\n"
        "2. Keep prices stable. The National Development and Reform Commission special duty.\n"
        "Cancellation time: the whole year\n"
    )
    items = divplan.parse(text).items()
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "end of the year",
        "the whole year",
    ]
    assert [i.text for i in items] == [
        "Implement the prudent monetary policy.",
        "Keep prices stable.",
    ]
    assert [_roles(i)[:2] for i in items] == [
        ("lead", ["People's Bank of China"]),
        ("sole", ["National Development and Reform Commission"]),
    ]


def test_the_issuers_line_over_the_date_signs_and_is_no_tasks_text() -> None:
    # the last task's sentence clause, then the issuer (国务院) over the date: its signature
    text = (
        "国务院关于落实政府工作报告重点工作部门分工的意见\n"
        "一、农业\n"
        "1．继续推进退耕还林还草。林业局负责，持续推进。\n"
        "2．推进国家科技创新体系建设。科技部、教育部按职责分工负责，2002年底前。\n"
        "国务院\n"
        "二〇〇二年四月二日\n"
    )
    items = divplan.parse(text).items()
    assert items[-1].text == "推进国家科技创新体系建设。"
    assert _roles(items[-1])[:2] == ("division", ["科技部", "教育部"])


def test_bold_markdown_labels_hold_their_colon_inside_the_emphasis() -> None:
    # **首攬單位：**A；**扶旗單位：**B, a group's field line under its tasks in Markdown
    text = (
        "## 任務分工\n\n"
        "### 一、推動文旅消費擴容提質\n\n"
        "打造夜間文旅消費集聚區。\n\n"
        "推出一批精品旅遊線路。\n\n"
        "**首攬單位：**省文化和旅遊廳；**扶旗單位：**省發展改革委、省商務廳\n\n"
        "發放文旅消費券。\n\n"
        "**首攬單位：**省商務廳；**扶旗單位：**省財政廳\n"
    )
    plan = divplan.parse_bytes(text.encode(), path="plan.md")
    assert [_roles(i)[:3] for i in plan.items()] == [
        ("lead", ["省文化和旅遊廳"], ["省發展改革委", "省商務廳"]),
        ("lead", ["省文化和旅遊廳"], ["省發展改革委", "省商務廳"]),
        ("lead", ["省商務廳"], ["省財政廳"]),
    ]


def test_a_sheets_group_line_ending_a_name_is_no_part_of_the_next_task() -> None:
    # one-column sheet rows: tasks with their deadline rows, then 以上任务 and the group's
    # fields; the next row's task sentence is a task of its own, not the field's rest
    rows = [
        "某市2021年优化营商环境重点任务分工方案",
        "一、提升政务服务效能",
        "推行企业开办“一网通办”，实现全程网上办理。",
        "完成时限：2021年6月底前",
        "以上任务  首棒单位：市政务服务局；跟棒单位：市市场监管局、市住建局",
        "推进不动产登记、交易、缴税“一窗受理、并行办理”。",
        "完成时限：2021年12月底前",
        "以上任务  首棒单位：市自然资源局；跟棒单位：—",
    ]
    plan = divplan.parse_bytes(("\n".join(rows) + "\n").encode(), path="plan.csv")
    items = plan.items()
    assert [i.text for i in items] == [
        "推行企业开办“一网通办”，实现全程网上办理。",
        "推进不动产登记、交易、缴税“一窗受理、并行办理”。",
    ]
    assert [_roles(i)[:3] for i in items] == [
        ("lead", ["市政务服务局"], ["市市场监管局", "市住建局"]),
        ("lead", ["市自然资源局"], []),
    ]


def test_the_notices_title_names_the_issuer_whose_own_departments_the_plan_names() -> None:
    # no signature: "Notice of the General Office of the Ministry of Agriculture on …" says
    # whose plan it is, and its "Department of Finance" is the ministry's own (财务司)
    text = (
        "Notice of the General Office of the Ministry of Agriculture on Issuing the Division of "
        "Labour of Key Tasks for Product Quality in 2007\n"
        "All departments and bureaus of the Ministry:\n"
        "The division of labour is now issued to you.\n"
        "I. Standards\n"
        "1. Revise the residue standards. (Lead unit: Department of Finance; Supporting units: "
        "Ministry of Finance)\n"
        "2. Publish the monitoring results. (Lead unit: Department of Market and Economic "
        "Information)\n"
    )
    first = divplan.parse(text).items()[0].responsibility
    assert [(d.mention, d.id) for d in first.leads] == [("Department of Finance", None)]
    assert [d.id for d in first.participants] == ["MOF"]
