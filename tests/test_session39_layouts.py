"""Layouts met in the thirty-ninth session: the failures of holdout436 (tables) left from the
last session and of this session's sealed round (holdout440–443), read after their scoring.

Each test builds a small plan in one layout of the genre — never a copy of a set's plan — and
checks the reading, so that the rule holds for plans none of the sets holds.  Guards (cases
that read right before and must stay so) say so.
"""

from __future__ import annotations

import pytest

import divplan
from layout_rows import NOTICE_EN as _NOTICE_EN
from layout_rows import NOTICE_ZH as _NOTICE_ZH
from layout_rows import plan_rows as _rows
from layout_rows import row_roles as _roles

from gold_compare import reading


def _codes(text: str, path: str = "plan.txt") -> list[str]:
    plan = divplan.parse_bytes(text.encode("utf-8"), path=path)
    return [d.code for d in plan.diagnostics]


# --------------------------------------------------------------------------- group deadlines


def test_a_deadline_row_after_each_group_of_rows_dates_the_whole_group() -> None:
    # a CSV whose full-width row 时间刻度：… closes each group: every row above it since the last
    # such row takes it, said as a guess (DP214) for the rows it was not written under
    text = _NOTICE_ZH + (
        "重点任务,主办单位,协办单位\n一、化解库存,,\n"
        "落实购房补贴政策。,市住建局,市财政局\n推进货币化安置。,市国土局,市财政局\n"
        "时间刻度：2016年6月底前,,\n"
        "扩大公租房保障范围。,市房管局,市财政局\n提高公积金使用效率。,市公积金中心,—\n"
        "时间刻度：2016年9月底前,,\n"
    )
    rows = _rows(text, "plan.csv")
    assert [r["deadline"] for r in rows] == ["2016年6月底前"] * 2 + ["2016年9月底前"] * 2
    assert _codes(text, "plan.csv").count("DP214") == 2


def test_a_deadline_line_whose_label_names_its_group_is_the_groups_without_doubt() -> None:
    # 本组各项完成时限：… after a group of numbered tasks: the label's scope says so (no DP214)
    text = _NOTICE_ZH + (
        "一、产业\n1. 推进某项工作。（牵头单位：财政部；配合单位：商务部）\n"
        "2. 开展某项活动。（牵头单位：商务部；配合单位：财政部）\n"
        "本组各项完成时限：2008年12月底前\n"
    )
    rows = _rows(text)
    assert [r["deadline"] for r in rows] == ["2008年12月底前", "2008年12月底前"]
    assert "DP214" not in _codes(text)


def test_each_tasks_own_deadline_field_line_dates_only_that_task() -> None:
    # guard: a task whose fields stand a line each (牵头单位 / 配合单位 / 完成时限) dates itself;
    # the task above it without a 完成时限 line has no deadline
    text = _NOTICE_ZH + (
        "一、产业\n1. 推进某项工作。\n牵头单位：财政部\n配合单位：商务部\n"
        "2. 开展某项活动。\n牵头单位：商务部\n配合单位：财政部\n完成时限：2011年底前\n"
        "3. 健全某项机制。\n责任单位：海关总署\n完成时限：持续推进\n"
    )
    assert [r["deadline"] for r in _rows(text)] == [None, "2011年底前", "持续推进"]


def test_a_deadline_line_close_under_a_paragraph_task_is_that_tasks_own() -> None:
    # guard: tasks a blank line apart, the deadline line right under one: that task's only
    text = _NOTICE_ZH + (
        "一、产业\n\n1. 推进某项工作。（财政部、商务部负责）\n\n"
        "2. 开展某项活动。（商务部牵头，财政部参加）\n（2010年底前完成）\n\n"
        "3. 健全某项机制。（海关总署牵头，商务部参加）\n时间节点：2010年9月底前\n"
    )
    assert [r["deadline"] for r in _rows(text)] == [None, "2010年底前完成", "2010年9月底前"]


def test_an_english_deadline_row_after_each_cluster_dates_the_cluster() -> None:
    text = _NOTICE_EN + (
        "I. Water\n"
        "• Build water schemes.  Responsible units: The Water Bureau carries this cluster.\n"
        "• Test water quality.  Responsible units: The Water Bureau carries this cluster.\n"
        "Due for delivery: by the end of October 2011\n"
        "• Repair village roads.  Responsible units: The Transport Bureau carries this cluster.\n"
        "• Add bus shelters.  Responsible units: The Transport Bureau carries this cluster.\n"
        "Due for delivery: by the end of December 2011\n"
    )
    deadlines = [r["deadline"] for r in _rows(text)]
    assert deadlines == ["by the end of October 2011"] * 2 + ["by the end of December 2011"] * 2


# --------------------------------------------------------------------------- tables


def test_a_header_over_two_rows_with_its_fields_named_below_reads_both_unit_columns() -> None:
    # 序号 | 重点任务 | 责任分工 spanning two columns, 主攻部门 | 参攻部门 in the row below (its
    # cells under the number and task empty); the header repeated mid-table is skipped
    text = _NOTICE_ZH + (
        "| 序号 | 重点任务 | 责任分工 | |\n|:---:|---|---|---|\n| | | 主攻部门 | 参攻部门 |\n"
        "| 1 | 推进某项工作。 | 财政部 | 商务部、海关总署 |\n"
        "| 序号 | 重点任务 | 责任分工 | |\n| | | 主攻部门 | 参攻部门 |\n"
        "| 2 | 开展某项活动。 | 商务部 | 财政部 |\n| 以下空白 | | | |\n"
    )
    rows = _rows(text, "plan.md")
    assert [_roles(r)[:3] for r in rows] == [
        ("lead", ["MOF"], ["GAC", "MOFCOM"]), ("lead", ["MOFCOM"], ["MOF"])
    ]


def test_a_row_under_a_header_holding_a_deadline_field_is_a_row() -> None:
    # guard: a lower row's cell 完成时限：2016年底前 is a field's value, never a column's name
    text = _NOTICE_ZH + (
        "| 序号 | 重点任务 | 责任单位 |\n|---|---|---|\n"
        "| 1 | 推进某项工作。 | 财政部牵头，商务部配合 |\n| | | 完成时限：2016年底前 |\n"
    )
    assert [_roles(r)[4] for r in _rows(text, "plan.md")] == ["2016年底前"]


def test_a_box_table_drawn_page_by_page_joins_the_row_a_page_break_cut() -> None:
    # a guard: this small table read right before too (holdout436's, whose grid the
    # header-less reader took, did not); the page turn must keep joining the cut row
    top = "┌────────┬────────┐\n│工作任务│承办单位│\n├────────┼────────┤\n"
    text = _NOTICE_ZH + (
        top + "│推进某项工作，  │财政部、商务│\n└────────┴────────┘\n\n"
        "　　－ 2 －\n\n接上表\n" + top + "│完成某项任务。  │部          │\n"
        "├────────┼────────┤\n│开展某项活动。  │海关总署    │\n└────────┴────────┘\n"
    )
    rows = _rows(text)
    assert [(_roles(r)[0], _roles(r)[1]) for r in rows] == [
        ("joint", ["MOF", "MOFCOM"]), ("sole", ["GAC"])
    ]


def test_an_unnumbered_space_table_joins_the_lines_of_a_wrapped_english_task() -> None:
    # "Task | Target month": each task wraps over lines, its month on the first; the lines of a
    # sentence left open (a bracket, a word like "in", a line opening in lower case) go on
    text = _NOTICE_EN + (
        "\nTask                                                   Target month\n\n"
        "I. Agriculture\n"
        "Complete the hardening of village roads in            October 2014\n"
        "Dongshan village (Led by the Ministry of\n"
        "Finance, with support from the Ministry of Commerce)\n\n"
        "Repair irrigation channels before the spring          March 2014\n"
        "ploughing season (Ministry of Water Resources)\n"
    )
    rows = _rows(text)
    assert [_roles(r)[::4] for r in rows] == [("lead", "October 2014"), ("sole", "March 2014")]


# --------------------------------------------------------------------------- deadlines and cues


def test_a_tasks_last_sentence_that_is_a_deadline_is_its_deadline() -> None:
    text = _NOTICE_ZH + (
        "一、总体\n1. 加快制定配套细则。2010年6月底前出台  责任单位：财政部牵头，商务部参加\n"
        "2. 清理不合理收费。长期坚持  责任单位：财政部\n"
    )
    assert [r["deadline"] for r in _rows(text)] == ["2010年6月底前出台", "长期坚持"]


def test_an_english_tasks_last_line_that_is_a_deadline_is_its_deadline() -> None:
    text = _NOTICE_EN + (
        "I. General\n1. Speed up the rules. Introduced before the end of June 2010  "
        "Responsible units: Ministry of Finance takes the lead, Ministry of Commerce participates\n"
        "2. Clean up the charges. Adhere to for a long time  Responsible units: Ministry of Finance\n"
    )
    assert [r["deadline"] for r in _rows(text)] == [
        "Introduced before the end of June 2010", "Adhere to for a long time"
    ]


def test_bracketed_deadline_lines_under_paragraph_tasks_before_a_group_sentence() -> None:
    # unnumbered paragraphs, each with its deadline in brackets on the next line, a group
    # sentence (以上两项任务由…) after them: the tasks keep their deadlines, the sentence's roles
    text = _NOTICE_ZH + (
        "一、扩大供给\n\n　　支持家政服务业发展。\n\n　　（2026年9月底前）\n\n"
        "　　推动餐饮业发展。\n\n　　（持续推进）\n\n"
        "　　以上两项任务由商务部牵头，财政部、海关总署配合。\n"
    )
    rows = _rows(text)
    assert [(_roles(r)[1], _roles(r)[4]) for r in rows] == [
        (["MOFCOM"], "2026年9月底前"), (["MOFCOM"], "持续推进")
    ]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("(Ministry of Finance takes the lead, and the State Council concerned departments"
         " participate)", ("lead", ["MOF"], [], True)),
        ("(Ministry of Finance takes the lead, county straight relevant departments participate)",
         ("lead", ["MOF"], [], True)),
        ("This is a matter for the Ministry of Commerce.", ("sole", ["MOFCOM"], [], False)),
        ("This work is hosted by the Ministry of Finance and co-organized by the Ministry of"
         " Commerce.", ("lead", ["MOF"], ["MOFCOM"], False)),
    ],
)
def test_english_phrasings_of_this_round(clause: str, expected: tuple[object, ...]) -> None:
    text = _NOTICE_EN + f"I. General\n1. Carry out the reform. {clause}\n"
    assert _roles(_rows(text)[0])[:4] == expected


def test_organizing_authority_labels_the_lead() -> None:
    text = _NOTICE_EN + (
        "I. General\n1. Carry out the reform.  Organizing authority: Ministry of Finance"
        "  Supporting units: Ministry of Commerce\n"
    )
    assert _roles(_rows(text)[0])[:3] == ("lead", ["MOF"], ["MOFCOM"])


def test_state_relevant_ministries_after_deng_are_unnamed_others() -> None:
    text = _NOTICE_ZH + "一、总体\n1. 推进某项工作。（财政部牵头，商务部、海关总署等国家有关部委参与）\n"
    assert _roles(_rows(text)[0])[:4] == ("lead", ["MOF"], ["GAC", "MOFCOM"], True)


def test_a_two_column_csv_of_markers_and_paragraphs_with_a_blank_row_is_read() -> None:
    # I.,heading / ,task with its clause sentence / ,Timing target: … — a blank row (",") and
    # a document-number row of two cells among them
    text = (
        "Circular on Issuing the Division of Tasks,\nDoc. No.,Shang Fa [2004] No. 86\n"
        ",To all departments:\n,\"We hereby issue the division of tasks, please act on it.\"\n"
        ",Ministry of Commerce\n,15 March 2004\n,\n,Division of Tasks\n"
        "I.,Domestic demand\n,\"Study a plan, and select pilot counties. This is a matter for"
        " the Ministry of Finance.\"\n,Timing target: by the end of June 2004\n"
        ",\"Improve the monitoring system. This is a matter for the Ministry of Commerce.\"\n"
        ",Timing target: throughout the year\n"
        "II.,Market order\n,\"Crack down on fakes. This is a matter for the General"
        " Administration of Customs.\"\n,Timing target: by the end of 2004\n"
    )
    rows = _rows(text, "plan.csv")
    assert [(_roles(r)[1], _roles(r)[4]) for r in rows] == [
        (["MOF"], "by the end of June 2004"), (["MOFCOM"], "throughout the year"),
        (["GAC"], "by the end of 2004"),
    ]


def test_a_browser_print_header_in_a_chinese_locale_is_page_furniture() -> None:
    # "2024/10/14 09:31", the page's title, its address and "1/2" at each page's head and foot
    head = "2024/10/14 09:31\nSome page title - Translated\n\nhttps://example.gov.cn/a.htm\n"
    text = head + "1/2\n" + _NOTICE_EN + (
        "I. General\n1. Carry out the reform. This work is hosted by the Ministry\n"
        + head + "2/2\nof Finance and co-organized by the Ministry of Commerce.\n"
    )
    assert _roles(_rows(text)[0])[:3] == ("lead", ["MOF"], ["MOFCOM"])


# --------------------------------------------------------------------------- second round


@pytest.mark.parametrize(
    "legend",
    [
        "Note: ◆ signifies the lead agency; the other agencies listed provide input.",
        "Note: With ▲ number is the lead unit, the rest are the cooperating units.",
        "Explanation: the unit affix ◆ is the lead unit, the other units are cooperation units.",
    ],
)
def test_a_legend_of_a_mark_after_a_name_in_more_wordings(legend: str) -> None:
    mark = "▲" if "▲" in legend else "◆"
    text = _NOTICE_EN + legend + (
        f"\nI. General\n1. Carry out the reform. (Ministry of Finance {mark}, Ministry of"
        " Commerce)\n2. Improve the system. (Ministry of Commerce, Ministry of Finance)\n"
    )
    rows = _rows(text)
    assert _roles(rows[0])[:3] == ("lead", ["MOF"], ["MOFCOM"])
    assert _roles(rows[1])[0] == "joint"


@pytest.mark.parametrize(
    "sentence",
    ["这两项任务由商务部牵头，财政部配合。", "本部分所列任务由商务部牵头，财政部配合。"],
)
def test_a_sentence_after_paragraph_tasks_naming_them_as_a_group(sentence: str) -> None:
    # (这两项任务由… read right before too, a guard; 本部分所列任务由… did not)
    text = _NOTICE_ZH + (
        "一、扩大消费\n　　推进某项工作。\n　　开展某项活动。\n　　" + sentence + "\n"
        "二、优化环境\n　　健全某项机制。海关总署负责。\n"
    )
    assert [_roles(r)[:3] for r in _rows(text)] == [
        ("lead", ["MOFCOM"], ["MOF"]), ("lead", ["MOFCOM"], ["MOF"]), ("sole", ["GAC"], [])
    ]


def test_paragraph_tasks_under_subheadings_closed_by_this_aspects_sentence() -> None:
    # （一） headings over unnumbered tasks, each with its deadline line, then 本方面任务由…
    # after them: the sentence closes its group (no line over the next heading's tasks)
    text = _NOTICE_ZH + (
        "一、基础设施\n（一）完善网络\n建设一批机场。\n完成时限：2026年12月底前\n"
        "布局起降场站。\n完成时限：2026年10月底前\n本方面任务由商务部扛起牵头责任，财政部予以协同。\n"
        "（二）建设体系\n布设监视雷达。\n完成时限：2026年9月底前\n"
        "本方面任务由海关总署、财政部共同负责。\n"
    )
    rows = _rows(text)
    assert [(_roles(r)[:3], _roles(r)[4]) for r in rows] == [
        (("lead", ["MOFCOM"], ["MOF"]), "2026年12月底前"),
        (("lead", ["MOFCOM"], ["MOF"]), "2026年10月底前"),
        (("joint", ["GAC", "MOF"], []), "2026年9月底前"),
    ]
    assert "DP214" not in _codes(text)


def test_a_group_heading_word_with_its_forward_line_in_brackets() -> None:
    # guard: 第一组 / （本组任务由A、B按职责分工负责） over a table: the line is the group's
    text = _NOTICE_ZH + (
        "一、农机\n\n第一组\n\n（本组任务由农业农村部、财政部按职责分工负责）\n\n"
        "| 序号 | 重点任务 | 完成时限 |\n| --- | --- | --- |\n| 1 | 落实补贴政策。 | 2019年3月底前 |\n"
        "| 2 | 推进示范县建设。 | 2020年底前 |\n"
    )
    rows = _rows(text, "plan.md")
    assert [_roles(r)[:2] for r in rows] == [("division", ["MARA", "MOF"])] * 2


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("由财政部承担牵头任务，商务部配合，推进某项工作。", ("lead", ["MOF"], ["MOFCOM"])),
        ("开展某项培训，由财政部与商务部一同推进。", ("joint", ["MOF", "MOFCOM"], [])),
    ],
)
def test_chinese_phrasings_of_the_second_round(clause: str, expected: tuple[object, ...]) -> None:
    # (由A承担牵头任务 at a sentence's start read right before too, a guard; 一同推进 did not)
    text = _NOTICE_ZH + (  # (a plan of sentence clauses: three paragraphs, each with one)
        f"一、总体\n　　{clause}\n　　健全某项机制。此项由海关总署负责。\n"
        "　　完善某项制度。此项由财政部负责。\n"
    )
    assert _roles(_rows(text)[0])[:3] == expected


def test_a_sheets_maker_line_over_its_table_is_no_task() -> None:
    # "Tabulation unit: A, Tabulation date: …" (制表单位：) over the rows: page furniture
    text = (
        "Notice on Issuing the Division of Key Work,\n,\nDivision of Key Work,\n"
        "Tabulation unit: Policy Department,Tabulation date: February 2026\n"
        "Work tasks and division of responsibilities,Remarks\nI. Data infrastructure,\n"
        "\"Build the computing network.\",\nLead handling unit: Ministry of Finance,\n"
        "\"Collaborative implementation unit: Relevant departments in the bureau\",\n"
        "(Before the end of June 2026),\n"
        "\"Build data spaces.\",\nLead handling unit: Ministry of Commerce,\n"
        "\"Collaborative implementation unit: Ministry of Finance\",\n"
        "(Before the end of September 2026),\n"
    )
    rows = _rows(text, "plan.csv")
    assert [_roles(r)[:4] for r in rows] == [
        ("lead", ["MOF"], [], True), ("lead", ["MOFCOM"], ["MOF"], False)
    ]


def test_a_column_entrusted_to_with_liaising_with() -> None:
    text = _NOTICE_EN + (
        "No.,Task,Entrusted to\nI. General,,\n"
        "1,Carry out the reform.,\"Ministry of Finance, liaising with the Ministry of Commerce\"\n"
        "2,Improve the system.,Ministry of Commerce\n"
    )
    assert [_roles(r)[:3] for r in _rows(text, "plan.csv")] == [
        ("lead", ["MOF"], ["MOFCOM"]), ("sole", ["MOFCOM"], [])
    ]


def test_a_unit_column_whose_name_says_the_first_listed_leads() -> None:
    # "Unit(s) accountable (lead unit first)": a list reads lead (the first) and helpers, one
    # body alone sole
    text = _NOTICE_EN + (
        "No.\tTask\tUnit(s) accountable (lead unit first)\n"
        "1\tCarry out the reform.\tMinistry of Finance, Ministry of Commerce\n"
        "2\tImprove the system.\tGeneral Administration of Customs\n"
    )
    assert [_roles(r)[:3] for r in _rows(text)] == [
        ("lead", ["MOF"], ["MOFCOM"]), ("sole", ["GAC"], [])
    ]


def test_a_bare_deadline_line_under_a_paragraph_task_is_its_deadline() -> None:
    text = _NOTICE_ZH + (
        "一、整顿秩序\n　　开展专项整治。财政部为责任司局，商务部配合。\n　　2003年第三季度末以前\n"
        "　　巩固整治成果。商务部为责任司局。\n　　长期坚持\n"
        "　　完善管理制度。海关总署为责任司局。\n　　2003年底以前见成效\n"
    )
    assert [_roles(r)[4] for r in _rows(text)] == [
        "2003年第三季度末以前", "长期坚持", "2003年底以前见成效"
    ]


@pytest.mark.parametrize(
    ("header", "deadline"),
    [("Finish the term", "Dynamic advancement"), ("Complete by", "Long-term adherence")],
)
def test_deadline_columns_and_values_of_machine_translations(header: str, deadline: str) -> None:
    text = _NOTICE_EN + (
        f"| No. | Key tasks | Agencies | {header} |\n|---|---|---|---|\n"
        f"| 1 | Carry out the reform. | Ministry of Finance | {deadline} |\n"
        "| 2 | Improve the system. | Ministry of Commerce | Before the end of 2004 |\n"
    )
    assert [_roles(r)[4] for r in _rows(text, "plan.md")] == [deadline, "Before the end of 2004"]


# --------------------------------------------------------------------------- final round


def test_a_grid_of_role_words_under_bodies_columns() -> None:
    # 重点任务 | 完成时限 | body | body | body, each cell 牵 or 参 (标"牵"字的为牵头部门)
    text = _NOTICE_ZH + (
        "| 重点任务 | 完成时限 | 财政部 | 商务部 | 海关总署 |\n|---|---|---|---|---|\n"
        "| 推进某项工作 | 2023年底前 | 牵 | 参 | |\n| 开展某项活动 | 持续推进 | 参 | | 牵 |\n"
        "| 健全某项机制 | 持续推进 | | 牵 | |\n"
    )
    rows = _rows(text, "plan.md")
    assert [_roles(r)[:3] for r in rows] == [
        ("lead", ["MOF"], ["MOFCOM"]), ("lead", ["GAC"], ["MOF"]), ("lead", ["MOFCOM"], [])
    ]


def test_sub_table_captions_are_sections_and_a_tables_note_keeps_its_points() -> None:
    text = _NOTICE_ZH + (
        "分表一：扩大供给\n1. 推进某项工作（财政部牵头，商务部配合）\n"
        "表注：1. 学位数以年底规模为基数测算。\n2. 配套办法由商务部另行制定。\n"
        "分表二：加强队伍\n3. 开展某项活动（海关总署负责）\n"
    )
    r = reading(divplan.parse(text))
    assert [s["title"] for s in r["sections"]] == ["扩大供给", "加强队伍"]
    assert [(i["section"], i["number"]) for i in r["items"]] == [(1, 1), (2, 3)]


def test_table_captions_numbered_one_dash_two_over_each_table() -> None:
    # "Table 1-1 <TAB> title" over each table of a tab-separated sheet: its section
    head = "No.\tTask\tResponsible units\n"
    text = _NOTICE_EN + (
        "Table 1-1\tFunding\t\n" + head + "1\tCarry out the reform.\tMinistry of Finance\n"
        "2\tImprove the system.\tMinistry of Commerce\n\t\t\n"
        "Table 1-2\tSchools\t\n" + head + "1\tBuild the schools.\tMinistry of Education\n"
        "2\tTrain the teachers.\tMinistry of Education\n"
    )
    rows = _rows(text)
    assert [(r["section"], r["number"], r["leads"]) for r in rows] == [
        (1, 1, ["MOF"]), (1, 2, ["MOFCOM"]), (2, 1, ["MOE"]), (2, 2, ["MOE"])
    ]


def test_a_csv_of_sub_tables_with_the_header_repeated_after_a_page_turn() -> None:
    text = _NOTICE_EN + (
        "Sub-table 1: Industry,\nWork tasks,Remarks\n"
        "\"Control the growth of heavy industry (Ministry of Finance takes the lead, Ministry of"
        " Commerce participates)\nTime limit: Continuous advancement\",\n"
        "- 2 -,\nConnect the previous page,\nWork tasks,Remarks\n"
        "\"Eliminate backward capacity (General Administration of Customs)\nTime limit: Before"
        " the end of 2008\",\n"
        "Sub-table 2: Projects,\nWork tasks,Remarks\n"
        "\"Implement the energy projects (Ministry of Commerce)\nTime limit: Before the end of"
        " 2008\",\n"
    )
    rows = _rows(text, "plan.csv")
    assert [(r["section"], _roles(r)[1]) for r in rows] == [
        (1, ["MOF"]), (1, ["GAC"]), (2, ["MOFCOM"])
    ]


def test_a_browser_header_of_a_date_alone_is_page_furniture() -> None:
    head = "2012/3/5\nSome Town People's Government - Notices\n\nhttp://www.example.gov.cn/a.html\n"
    text = head + "1/2\n" + _NOTICE_EN + (
        "I. Agriculture\n Stabilize the sown area of grain.\n(Before the end of October 2012)\n"
        " Dredge the small ponds.\n(Before the end of May 2012)\n"
        " The work in this piece: the Ministry of Agriculture and Rural Affairs takes the lead,"
        " the Ministry of Finance and the relevant stations and\n"
        + head + "2/2\ninstitutes cooperate.\n"
    )
    rows = _rows(text)
    assert [_roles(r) for r in rows] == [
        ("lead", ["MARA"], ["MOF"], True, "Before the end of October 2012"),
        ("lead", ["MARA"], ["MOF"], True, "Before the end of May 2012"),
    ]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ("Responsible bureau (lead): Ministry of Finance\nCoordinating bureaus: Ministry of"
         " Commerce", ("lead", ["MOF"], ["MOFCOM"])),
        ("牵头局办：财政部\n责任局办：商务部、海关总署", ("lead", ["MOF"], ["GAC", "MOFCOM"])),
    ],
)
def test_lead_labels_of_the_final_round(fields: str, expected: tuple[object, ...]) -> None:
    notice = _NOTICE_ZH if fields.startswith("牵") else _NOTICE_EN
    text = notice + f"I. General\n1. Carry out the reform.\n{fields}\n2. Improve it.\n{fields}\n"
    assert _roles(_rows(text)[0])[:3] == expected


def test_a_note_naming_the_column_whose_first_listed_body_leads() -> None:
    # 注：“责任部门及完成时限”栏中排列第一的部门为牵头部门: that column's label (said, inferred)
    text = _NOTICE_ZH + (
        "注：“责任部门及完成时限”栏中排列第一的部门为牵头部门，其他部门为参加部门。\n"
        "| 序号 | 工作任务 | 责任部门及完成时限 |\n|---|---|---|\n"
        "| 1 | 推进某项工作。 | 财政部、商务部；2008年底前 |\n| 2 | 开展某项活动。 | 海关总署；持续推进 |\n"
    )
    rows = _rows(text, "plan.md")
    assert [_roles(r)[:3] for r in rows] == [("lead", ["MOF"], ["MOFCOM"]), ("sole", ["GAC"], [])]
