"""Layouts met in the twenty-third session: the sealed sets holdout236–239 and older plans'
failures.

Each test builds a small plan in one layout of the genre and checks the reading; the
phrasings themselves are records of ``fixtures/clauses.txt``.
"""

from __future__ import annotations

import divplan
from item_roles import item_roles

_roles = item_roles


def _forward_groups(heads: tuple[str, str, str]) -> str:
    return (
        f"{heads[0]}Strictly control new capacity\n"
        "Lead unit: Ministry of Finance; Co-do unit: Ministry of Commerce\n"
        "1. Implement capacity replacement for cement.\n"
        "2. Revise the replacement measures.\n"
        "Lead unit: Ministry of Ecology and Environment\n"
        "3. Supervise energy saving of building-material firms.\n"
        f"{heads[1]}Promote new technology\n"
        "Lead unit: Ministry of Science and Technology\n"
        "1. Tackle low-carbon cement.\n"
        "2. Publish a technology directory.\n"
        f"{heads[2]}Strengthen support\n"
        "Lead unit: National Development and Reform Commission\n"
        "1. Improve emission accounting standards.\n"
    )


def test_sections_numbered_with_a_comma_mark_over_dotted_tasks_restarting_under_each() -> None:
    # a translation of 一、 as "1、": sections in a style of their own over tasks numbered
    # 1. 2. … from 1 under each, each group's field line above its tasks
    plan = divplan.parse(_forward_groups(("1、", "2、", "3、")))
    assert [s.title for s in plan.sections] == [
        "Strictly control new capacity",
        "Promote new technology",
        "Strengthen support",
    ]
    assert [[i.number for i in s.items] for s in plan.sections] == [[1, 2, 3], [1, 2], [1]]
    items = plan.items()
    assert _roles(items[1]) == ("lead", ["Ministry of Finance"], ["Ministry of Commerce"], False)
    assert _roles(items[2]) == ("lead", ["Ministry of Ecology and Environment"], [], False)
    assert _roles(items[4])[1] == ["Ministry of Science and Technology"]
    assert _roles(items[5])[1] == ["National Development and Reform Commission"]


def test_comma_marked_tasks_with_dotted_points_inside_keep_their_tasks() -> None:
    # 1、 tasks that bear their own clauses, 1. 2. the points inside one: no sections made
    text = (
        "1、Implement capacity replacement for cement (Ministry of Finance takes the lead).\n"
        "2、Revise the replacement measures:\n"
        "1. review the ratios;\n"
        "2. publish the rules.\n"
        "(Ministry of Commerce takes the lead)\n"
        "3、Supervise energy saving (Ministry of Ecology and Environment takes the lead).\n"
    )
    plan = divplan.parse(text)
    assert not [s for s in plan.sections if s.title]
    assert [i.number for i in plan.items()] == [1, 2, 3]
    assert [_roles(i)[1] for i in plan.items()] == [
        ["Ministry of Finance"],
        ["Ministry of Commerce"],
        ["Ministry of Ecology and Environment"],
    ]


def test_a_csv_rows_first_cell_quoted_over_two_lines_stays_one_row() -> None:
    # a sheet saved as CSV: the task cell holds its deadline on a line of its own, so the
    # row's first line is an open quote and no comma
    rows = [
        "Division of labour plan for manufacturing",
        "Key tasks,Main-carry unit,Side-carry unit",
        "I. Strengthen innovation,,",
        '"Organise the industrial foundation project.',
        'Completion time: before the end of December 2023",Ministry of Finance,'
        '"National Development and Reform Commission, Ministry of Commerce"',
        '"Support national manufacturing innovation centres.',
        'Completion time: continuous promotion",Ministry of Science and Technology,'
        "Ministry of Finance",
    ]
    plan = divplan.parse_bytes(("\n".join(rows) + "\n").encode(), path="plan.csv")
    items = plan.items()
    assert [i.text.split(".")[0] for i in items] == [
        "Organise the industrial foundation project",
        "Support national manufacturing innovation centres",
    ]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "before the end of December 2023",
        "continuous promotion",
    ]
    assert _roles(items[0])[1:3] == (
        ["Ministry of Finance"],
        ["National Development and Reform Commission", "Ministry of Commerce"],
    )


def test_a_pages_footer_after_a_tab_table_is_no_part_of_its_last_row() -> None:
    # the page's source line and buttons stand a blank line under a table of a dozen rows
    units = ["市环保局", "市经信委", "市住建局", "市公安局", "市交通运输局", "市农委"]
    rows = [
        f"推进第{n}项大气污染防治工作\t{units[n % 6]}\t{units[(n + 1) % 6]}、市财政局"
        for n in range(1, 12)
    ]
    text = (
        "汾水市大气污染防治行动计划重点任务分工表\n\n"
        "工作任务\t执总单位\t兜办单位\n"
        "一、调整能源结构\t\t\n"
        + "\n".join(rows)
        + "\n禁止露天焚烧秸秆\t市农委\t各县（市、区）人民政府\n\n"
        "来源：汾水市人民政府网　　发布时间：2015-04-08　　【字体：大 中 小】　【打印】　【关闭】\n"
    )
    plan = divplan.parse_bytes(text.encode(), path="plan.txt")
    last = plan.items()[-1]
    assert len(plan.items()) == 12
    assert _roles(last)[2] == ["各县（市、区）人民政府"]
    assert last.deadline is None


def test_a_note_line_after_the_last_task_is_no_part_of_its_sentence_clause() -> None:
    # tasks each closed by a sentence naming who; a note on the departments' names under them
    text = (
        "2014年工作要点任务分工\n"
        "1. 推进公立医院综合改革试点。体改司负责。\n"
        "2. 推进人口健康信息化建设。规划司、统计信息中心及有关司局各担其纲。\n"
        "注：各司局名称以委机关职能配置方案为准。\n"
    )
    plan = divplan.parse(text)
    last = plan.items()[-1]
    assert "注" not in last.text
    assert _roles(last)[1] == ["规划司", "统计信息中心"]


def test_a_clause_said_between_commas_inside_the_tasks_sentence() -> None:
    # prose items name who does them in the middle of their sentence, opening with 由
    text = (
        "国务院办公厅\n二○○八年十月十五日\n\n重点工作分工\n\n一、加强基础设施建设\n"
        "1．加快批发市场升级改造，由商务部牵头，财政部、农业部参加，逐步建立以批发市场为核心的流通网络。\n"
        "2．由商务部负责，组织实施市场工程，改造一批农贸市场。\n"
    )
    plan = divplan.parse(text)
    first = plan.items()[0]
    assert _roles(first) == ("lead", ["商务部"], ["财政部", "农业部"], False)
    assert first.deadline is None
    assert first.text.endswith("逐步建立以批发市场为核心的流通网络。")  # (the task's words after the clause stay)
    assert first.responsibility.reading == "inferred"


def test_a_time_field_of_words_the_lexicon_lacks_is_the_deadline() -> None:
    # 时效要求： after each task, the group's units on a line under its tasks
    text = (
        "一、提升政务服务效能\n"
        "1. 推行一网通办  时效要求：2021年6月底前\n"
        "2. 企业开办压缩至1个工作日  时效要求：2021年3月底前\n"
        "牵头单位：市政务服务中心；协同方：市大数据局\n"
    )
    plan = divplan.parse(text)
    assert [i.deadline.text if i.deadline else None for i in plan.items()] == [
        "2021年6月底前",
        "2021年3月底前",
    ]
    assert _roles(plan.items()[1])[1] == ["市政务服务中心"]


def test_a_csv_of_two_columns_whose_second_holds_each_tasks_bracketed_clause() -> None:
    # "Task,Division of work and time requirement": a long English header of two names, the
    # second a clause column (分工及时间要求), each cell the bracket of who and by when
    rows = [
        "Division of Work for the Key Tasks in 2002,",
        "Task,Division of work and time requirement",
        "I. Cracking down on counterfeit goods,",
        'Close down dens that produce counterfeit goods.,"(Keystone department: Ministry of '
        'Agriculture; Countersigning departments: Ministry of Health; by the end of June 2002)"',
        'Investigate unlicensed wholesale outlets.,"(Keystone department: Ministry of Health; '
        'Countersigning departments: Ministry of Finance; throughout the year)"',
    ]
    plan = divplan.parse_bytes(("\n".join(rows) + "\n").encode(), path="plan.csv")
    items = plan.items()
    assert len(items) == 2
    assert _roles(items[0])[1:3] == (["Ministry of Agriculture"], ["Ministry of Health"])
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "by the end of June 2002",
        "throughout the year",
    ]


def test_primary_and_secondary_columns_name_the_lead_and_the_helpers() -> None:
    # column names of words no header list holds: "Primary carrier", "Secondary carriers"
    text = (
        "No.\tTask\tPrimary carrier\tSecondary carriers\tTimeframe\n"
        "1\tExpand the grain demonstration areas\tCounty Agriculture Bureau\t"
        "County Finance Bureau\tEnd of September 2007\n"
        "2\tBuild standardized livestock farms\tCounty Animal Husbandry Bureau\t\tEnd of 2007\n"
    )
    plan = divplan.parse_bytes(text.encode(), path="plan.txt")
    items = plan.items()
    assert _roles(items[0]) == (
        "lead", ["County Agriculture Bureau"], ["County Finance Bureau"], False
    )
    assert _roles(items[1])[:2] == ("lead", ["County Animal Husbandry Bureau"])


def test_a_section_heading_at_a_pages_foot_is_no_task_the_page_break_cut() -> None:
    # a borderless PDF table with no number column: the last row of page 1 is a heading alone,
    # the first row of page 2 a task of its own (holdout244's provincial plan)
    from divplan.read.cells import Row
    from divplan.read.pdf_tables import _join_cut_row

    header = Row(["Task", "Deadline"], "page 1")
    pending = [header, Row(["III. Strengthening support for rural revitalization", ""], "p1")]
    rows = [Row(["Raise the share of land income spent on agriculture.", "By end-June 2021"], "p2")]
    _join_cut_row(pending, rows)
    assert len(rows) == 1
    assert pending[-1].cells[0] == "III. Strengthening support for rural revitalization"


def test_the_plans_closing_words_to_everyone_are_no_part_of_its_last_task() -> None:
    # tasks closed by a sentence naming who; a line to all regions and departments under them
    text = (
        "国务院\n2025年3月1日\n\n重点任务分工\n\n一、强化安全保障\n"
        "1．健全安全评估制度。由国家网信办统其成，公安部辅之。\n"
        "2．规范产品和服务的市场秩序。市场监管总局独司其事。\n"
        "各地区、各部门要加强协调配合，确保各项任务落到实处。\n"
    )
    plan = divplan.parse(text)
    last = plan.items()[-1]
    assert "各地区" not in last.text and "各地区" not in (last.responsibility.raw or "")
    assert _roles(last) == ("sole", ["市场监管总局"], [], False)


def test_a_pipe_table_of_fields_alone_under_a_group_is_its_field_line() -> None:
    # a group's units set as a one-row pipe table with no task column, labels of words the
    # lexicon lacks (主手单位 / 协挑单位)
    text = (
        "一、改善饮水条件\n实施饮水解困工程，年内解决3万人饮水困难。\n对已建供水站开展水质检测。\n\n"
        "| 主手单位 | 协挑单位 | 完成时限 |\n|---|---|---|\n"
        "| 县水利局 | 县卫生局、县财政局 | 2002年10月底前 |\n\n"
        "二、整治管网\n整治乡镇供水管网，降低漏损率。\n\n"
        "| 主手单位 | 协挑单位 | 完成时限 |\n|---|---|---|\n| 县住建局 | 县财政局 | 持续推进 |\n"
    )
    plan = divplan.parse_bytes(text.encode(), path="plan.txt")
    items = plan.items()
    assert [_roles(i)[:3] for i in items] == [
        ("lead", ["县水利局"], ["县卫生局", "县财政局"]),
        ("lead", ["县水利局"], ["县卫生局", "县财政局"]),
        ("lead", ["县住建局"], ["县财政局"]),
    ]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "2002年10月底前", "2002年10月底前", "持续推进"
    ]


def test_unnumbered_tasks_keep_their_places_when_a_clause_says_who_in_unknown_words() -> None:
    # paragraphs each closed by a 由 sentence; the second's words no lexicon holds: still a
    # task of its own (no shift of the tasks after it), read as a guess; a year a line cut
    text = (
        "一、市容环境\n"
        "　　整治主次干道两侧违规广告牌匾。该项由市城管局牵头，市规划局参加，2013年6月底前完成。\n"
        "　　推进城中村环境卫生整治。由市住建局、市环保局步调如一，持续推进。\n"
        "　　新建和改造公共厕所50座。该项由市城管局负责，201\n3年10月底前完成。\n"
    )
    plan = divplan.parse(text)
    items = plan.items()
    assert len(items) == 3
    assert _roles(items[1])[1] == ["市住建局", "市环保局"]
    assert items[1].responsibility.reading == "inferred"
    assert _roles(items[2])[:2] == ("sole", ["市城管局"])
    assert items[2].deadline is not None and items[2].deadline.text.replace("\n", "") == (
        "2013年10月底前完成"
    )


def test_a_column_of_small_numbers_under_a_name_no_list_holds_numbers_the_rows() -> None:
    # "Item | Task | Responsibility": "Item" names a task as often as a number, so its cells
    # say which (a heading's row merged across the columns holds no cell of its own)
    html = (
        "<html><body><p>Allocation of Tasks for Improving the Urban Living Environment</p>"
        "<table><tr><th>Item</th><th>Task</th><th>Responsibility</th></tr>"
        '<tr><td colspan="3">Part One: Urban Infrastructure</td></tr>'
        "<tr><td>1</td><td>Renovate the old water supply network.</td>"
        "<td>Municipal Water Affairs Bureau</td></tr>"
        "<tr><td>2</td><td>Build four sewage pumping stations.</td>"
        "<td>Municipal Construction Commission</td></tr></table></body></html>"
    )
    plan = divplan.parse_bytes(html.encode(), path="plan.html")
    assert [(i.number, i.numbered) for i in plan.items()] == [(1, True), (2, True)]
    assert _roles(plan.items()[1])[1] == ["Municipal Construction Commission"]
