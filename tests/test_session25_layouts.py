"""Layouts met in the twenty-fifth session: the sealed sets holdout268–271.

Each test builds a small plan in one layout of the genre and checks the reading; the
phrasings themselves are records of ``fixtures/clauses.txt``.
"""

from __future__ import annotations

import divplan
from divplan.parsing.furniture import is_furniture
from divplan.read.cells import plain_row
from divplan.read.header_lines import roles_in_line
from divplan.read.pdf import _looks_tabular
from divplan.read.pdf_aligned import Piece, find_columns
from divplan.read.pdf_aligned_breaks import resumes
from item_roles import item_roles


def test_a_related_links_heading_in_brackets_and_a_filing_footer_end_the_plan() -> None:
    # a saved page: the plan's items close with sentence clauses; under them 【相关链接】 with
    # two numbered news titles, then 主办：X　版权所有　备案号：…ICP备… — the page, not the plan
    body = "\n".join(
        f"　　{n}．{task}{who}"
        for n, task, who in (
            (1, "组织编制全省循环经济发展规划。", "由省发展改革委牵头，省经委参加。"),
            (2, "开展循环经济试点。", "省经委、省发展改革委负责。"),
            (3, "推进农业废弃物资源化利用。", "由省农业厅牵头，省林业厅配合。"),
        )
    )
    text = (
        "苍圳省人民政府办公厅关于印发任务分工方案的通知\r\n苍政办发〔2006〕41号\r\n\r\n"
        "任务分工方案\r\n\r\n一、加快推进重点行业循环经济发展\r\n" + body.replace("\n", "\r\n")
        + "\r\n\r\n【相关链接】\r\n1．省发展改革委召开循环经济工作座谈会\r\n"
        "2．我省公布首批循环经济试点企业名单\r\n\r\n"
        "主办：苍圳省人民政府办公厅　　版权所有　　备案号：苍ICP备05001234号\r\n"
    )
    plan = divplan.parse(text)
    assert [item_roles(i) for i in plan.items()] == [
        ("lead", ["省发展改革委"], ["省经委"], False),
        ("joint", ["省经委", "省发展改革委"], [], False),
        ("lead", ["省农业厅"], ["省林业厅"], False),
    ]


def test_furniture_lines_are_told_from_a_plans_own_words() -> None:
    assert is_furniture("【相关链接】")
    assert is_furniture("【打印】")  # (a button's bracket kept)
    assert is_furniture("主办：苍圳省人民政府办公厅　　版权所有　　备案号：苍ICP备05001234号")
    assert not is_furniture("相关政策措施要落实到位")
    assert not is_furniture("打击侵犯版权所有行为")


def test_a_column_of_unknown_unit_words_between_named_columns_makes_a_header() -> None:
    # "No. Key task Pick-up unit Time limit": the unit column's words name no role, but it
    # ends in a unit word between a task and a deadline column (a header a text layer ran
    # together)
    assert roles_in_line("No. Key task Pick-up unit Time limit") == {"task", "resp", "deadline"}
    assert roles_in_line("No. Key task Time limit") == {"task", "deadline"}


def test_a_pdf_text_layer_set_with_spaces_is_read_as_a_table() -> None:
    # a monospaced table printed to PDF: its text layer holds the header's cells apart by runs
    # of spaces, too long a line for the header-line test; the page is still a table's
    header = "No.   Key task" + " " * 50 + "Pick-up unit" + " " * 40 + "Time limit"
    assert len(header) > 120
    assert _looks_tabular(header + "\n1     Continue to cut the rates.    Ministry of Finance")
    assert not _looks_tabular("1. Continue to cut the rates.  Ministry of Finance  by May")


def test_an_unknown_lead_label_beside_a_known_helpers_label_leads_where_its_partners_are_none() -> None:
    # each row's cell: "Mandate holder: A / Junior partners: B / Deadline: …"; one row's
    # partners are "None" — the plan shows the label beside the helpers' elsewhere: lead
    rows = (
        ("Build high-standard grain fields", "County Agriculture Bureau",
         "County Finance Bureau, County Land and Resources Bureau", "End of 2006"),
        ("Develop leading processing enterprises", "County Agricultural Industrialisation Office",
         "County Economic and Trade Bureau", "Ongoing"),
        ("Extend improved seed varieties", "County Agriculture Bureau", "None", "Ongoing"),
    )  # fmt: skip
    lines = "\n".join(
        f"{n}. {task}  Responsible units: Mandate holder: {lead}  Junior partners: {part}"
        f"  Deadline: {when}"
        for n, (task, lead, part, when) in enumerate(rows, 1)
    )
    text = (
        "Lanshan County Government Office Document [2005] No. 47\n30 November 2005\n\n"
        "Lanshan County Division of Responsibilities\n\nPart One: Developing Modern Agriculture\n"
        + lines + "\n"
    )
    plan = divplan.parse(text)
    assert [item_roles(i) for i in plan.items()] == [
        ("lead", ["County Agriculture Bureau"],
         ["County Finance Bureau", "County Land and Resources Bureau"], False),
        ("lead", ["County Agricultural Industrialisation Office"],
         ["County Economic and Trade Bureau"], False),
        ("lead", ["County Agriculture Bureau"], [], False),
    ]  # fmt: skip


def test_a_sheets_notice_rows_under_an_empty_cell_then_numbered_tasks_read_as_lines() -> None:
    # a CSV saved from a sheet: the notice's rows each under an empty first cell, then 一、 and
    # 1． in the first column and the task or its field lines beside them
    rows = [
        ",国发〔2021〕38号", ",国务院关于印发冷链物流设施建设重点任务分工的通知",
        ",各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", ",现将重点任务分工印发给你们。",
        ",国务院", ",2021年11月15日", ",冷链物流设施建设重点任务分工", "一、,完善冷链物流设施网络",
        "1．,布局建设一批国家骨干冷链物流基地。", ",主稿部门：国家发展改革委",
        ",会签部门：交通运输部、商务部，2022年6月底前", "2．,加快农产品产地仓储保鲜冷链设施建设。",
        ",主稿部门：农业农村部", ",会签部门：财政部，持续推进", "3．,健全冷链物流标准体系。",
        ",主稿部门：市场监管总局", ",会签部门：（无），2022年底前",
    ]  # fmt: skip
    plan = divplan.parse_bytes("\n".join(rows).encode(), path="plan.csv")
    assert [item_roles(i) for i in plan.items()] == [
        ("lead", ["国家发展改革委"], ["交通运输部", "商务部"], False),
        ("lead", ["农业农村部"], ["财政部"], False),
        ("lead", ["市场监管总局"], [], False),
    ]


def test_a_column_named_by_its_unit_word_and_a_participle_is_the_responsible_units() -> None:
    rows = "".join(
        f"<tr><td>{n}</td><td>{task}</td><td>{who}</td></tr>"
        for n, task, who in (
            (1, "Support retailers in adjusting their formats.",
             "Ministry of Commerce (primary), National Development and Reform Commission"),
            (2, "Guide the development of commercial complexes.",
             "Ministry of Housing and Urban-Rural Development, Ministry of Commerce"),
            (3, "Promote convenience stores in communities.", "Ministry of Commerce"),
        )
    )  # fmt: skip
    html = (
        "<html><body><h1>Circular of the General Office of the State Council on the Division of "
        "Key Tasks</h1><p>Guo Ban Han [2016] No. 91</p><p>November 28, 2016</p><table>"
        "<tr><th>No.</th><th>Key task</th><th>Agencies tasked</th></tr>"
        f"<tr><td colspan='3'>I. Adjusting business formats</td></tr>{rows}</table></body></html>"
    )
    plan = divplan.parse_bytes(html.encode(), path="plan.html")
    assert [item_roles(i) for i in plan.items()] == [
        ("lead", ["Ministry of Commerce"], ["National Development and Reform Commission"], False),
        ("joint", ["Ministry of Housing and Urban-Rural Development", "Ministry of Commerce"], [],
         False),
        ("sole", ["Ministry of Commerce"], [], False),
    ]  # fmt: skip
    assert all(i.responsibility.reading == "inferred" for i in plan.items())  # (said as a guess)


def test_a_responsible_column_named_with_a_leads_word_is_the_leads() -> None:
    # "Total-responsibility unit | Auxiliary-bear unit": the first column's 总 makes it the
    # lead's, even on a row whose helpers' cell is empty (a lead column: mode lead)
    rows = "".join(
        f"<tr><td>{task}</td><td>{lead}</td><td>{part}</td></tr>"
        for task, lead, part in (
            ("Compress the time of starting an enterprise.", "Municipal Market Supervision "
             "Administration", "Municipal Public Security Bureau; before the end of June 2019"),
            ("Improve the land supply for key projects.", "Municipal Natural Resources and "
             "Planning Bureau", ""),
        )
    )  # fmt: skip
    html = (
        "<html><body><h1>Notice on the Key Task Division of Labor Program</h1>"
        "<p>Lan Zheng Ban Fa [2019] No. 12</p><p>April 8, 2019</p><table><tr><th>Key task</th>"
        "<th>Total-responsibility unit</th><th>Auxiliary-bear unit</th></tr>"
        f"<tr><td colspan='3'>I. Deepen the reform</td></tr>{rows}</table></body></html>"
    )
    plan = divplan.parse_bytes(html.encode(), path="plan.html")
    assert [item_roles(i) for i in plan.items()] == [
        ("lead", ["Municipal Market Supervision Administration"],
         ["Municipal Public Security Bureau"], False),
        ("lead", ["Municipal Natural Resources and Planning Bureau"], [], False),
    ]  # fmt: skip


def test_a_participle_and_by_as_a_field_label_is_read_by_its_words_not_as_a_deadline() -> None:
    # "Fronted by: A / Working with: B; by the end of …": "by:" closes the label, no deadline's
    text = (
        "Xun Zheng Ban Fa [2010] No. 8\n15 March 2010\n\nDivision of Responsibilities for 2010\n\n"
        "Part I: Improving school conditions\n\n"
        "1. Complete the renovation of dilapidated school buildings.\n"
        "   Fronted by: County Education Bureau\n"
        "   Working with: County Finance Bureau; by the end of August 2010\n\n"
        "2. Secure land for two new urban primary schools.\n"
        "   Fronted by: County Land and Resources Bureau\n"
        "   Working with: County Planning Bureau; by the end of October 2010\n"
    )
    plan = divplan.parse(text)
    items = plan.items()
    assert [item_roles(i) for i in items] == [
        ("lead", ["County Education Bureau"], ["County Finance Bureau"], False),
        ("lead", ["County Land and Resources Bureau"], ["County Planning Bureau"], False),
    ]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "by the end of August 2010",
        "by the end of October 2010",
    ]


def test_a_running_head_repeated_atop_each_page_is_no_row_of_a_borderless_table() -> None:
    # "Lanquan Municipal People's Government Gazette 2019 No. 4" in the task column over page
    # two's rows, as over page one: the page's, the rows resume under it
    header = [
        Piece(20, 120, 100, 110, "Key task"),
        Piece(300, 420, 100, 110, "Responsible unit"),
        Piece(450, 520, 100, 110, "Time limit"),
    ]
    first = [
        Piece(20, 200, 120, 130, "Support consumption."),
        Piece(300, 420, 120, 130, "Municipal Commerce Bureau"),
        Piece(450, 520, 120, 130, "Ongoing"),
    ]
    found = find_columns([header, first])
    assert found is not None
    head = "Lanquan Municipal Gazette 2019 No. 4"
    page = [
        [Piece(20, 200, 30, 40, head)],
        [Piece(20, 200, 60, 70, "Reduce risks."), Piece(300, 420, 60, 70, "Municipal Finance "
         "Bureau"), Piece(450, 520, 60, 70, "Ongoing")],
    ]  # fmt: skip
    assert resumes(page, found[2], {head}) == 1
    assert resumes(page, found[2]) == 0  # (unknown as a page's head: a task's line)


def test_a_csv_of_notice_lines_then_numbered_tasks_with_their_field_rows_reads_its_fields() -> None:
    # the notice written a line a row (no delimiter), then 1.,task / ,Sit-village unit: A
    lines = [
        "Environmental Water Letter [2024] No. 41", "",
        '"All departments (bureaus) of the ministry:"', "",
        "Ministry of Ecology and Environment", "2024-03-22", "",
        "Division of Labor Plan for the Key Tasks of 2024", "",
        "I. Continuously promote the protection of key river basins",
        '1.,"Deepen the protection of the Yangtze River ecological environment."',
        ",Sit-village unit: Department of Water Ecological Environment",
        ",Follow-village units: Department of Ecological Environment Law Enforcement",
        "2.,Strengthen the comprehensive treatment of key lakes.",
        ",Sit-village unit: Department of Water Ecological Environment",
        ",Follow-village units: /",
        "3.,Promote the treatment of black and odorous water bodies.",
        ",Sit-village unit: Department of Soil Ecological Environment",
        ",Follow-village units: Ministry of Housing and Urban-Rural Development",
    ]  # fmt: skip
    plan = divplan.parse_bytes("\n".join(lines).encode(), path="plan.csv")
    assert [item_roles(i) for i in plan.items()] == [
        ("lead", ["Department of Water Ecological Environment"],
         ["Department of Ecological Environment Law Enforcement"], False),
        ("lead", ["Department of Water Ecological Environment"], [], False),
        ("lead", ["Department of Soil Ecological Environment"],
         ["Ministry of Housing and Urban-Rural Development"], False),
    ]  # fmt: skip


def test_a_csv_of_tasks_left_and_their_field_rows_right_reads_each_task() -> None:
    rows = [
        "工业和信息化部办公厅关于印发重点工作分工方案的通知,", "工信厅规〔2013〕57号,",
        "部机关各司局，各直属单位：,", "工业和信息化部办公厅,", "2013年4月8日,", ",",
        "重点工作分工方案,", "一、加强统筹规划和政策引导,",
        "组织编制新一代信息技术等行业专项规划。,", ",秉办单位：规划司",
        ",配合单位：电子信息司、装备工业司，2013年6月底前完成",
        "研究制定促进战略性新兴产业发展的产业政策。,", ",秉办单位：产业政策司",
        ",配合单位：政策法规司，2013年12月底前完成",
        "建立战略性新兴产业运行监测制度。,", ",责任单位：运行监测协调局、规划司各尽其分",
        ",完成时限：持续推进", "实施宽带中国工程。,", ",秉办单位：通信发展司",
        ",配合单位：电信管理局，持续推进",
    ]  # fmt: skip
    plan = divplan.parse_bytes("\n".join(rows).encode(), path="plan.csv")
    assert [item_roles(i) for i in plan.items()] == [
        ("lead", ["规划司"], ["电子信息司", "装备工业司"], False),
        ("lead", ["产业政策司"], ["政策法规司"], False),
        ("division", ["运行监测协调局", "规划司"], [], False),
        ("lead", ["通信发展司"], ["电信管理局"], False),
    ]


def test_a_table_rows_bare_number_and_text_are_a_numbered_task() -> None:
    assert plain_row(["1", "鞏固擴大基本醫療保障覆蓋面（人力資源社會保障部負責）。"]) == (
        "1．鞏固擴大基本醫療保障覆蓋面（人力資源社會保障部負責）。"
    )
    assert plain_row(["2", "Improve the credit system (Ministry of Finance)."]).startswith("2. ")
    assert plain_row(["1", "3人"]) == "1  3人"  # (a count beside a number: no task)
    assert plain_row(["1", "市财政局", "张三"]) == "1  市财政局  张三"


def test_columns_named_by_agent_nouns_are_the_leads_and_the_helpers() -> None:
    # "Task | Coordinator-in-chief | Co-signers": no unit word but the agent nouns; the first
    # the lead's column, the second the helpers', by their order (said as a guess)
    rows = "".join(
        f"<tr><td>{task}</td><td>{lead}</td><td>{part}</td></tr>"
        for task, lead, part in (
            ("Upgrade one hundred wholesale markets", "Department of Market System Development",
             "Ministry of Finance; by end-June 2012"),
            ("Improve commercial networks in rural areas", "Department of Circulation Industry "
             "Development", "Ministry of Finance, Ministry of Agriculture; by end-2012"),
        )
    )  # fmt: skip
    html = (
        "<html><body><h1>Division of Tasks for the Ministry of Commerce Work Plan 2012</h1>"
        "<p>Shang Ban Yun Fa [2012] No. 45</p><p>16 April 2012</p><table><tr><th>Task</th>"
        "<th>Coordinator-in-chief</th><th>Co-signers</th></tr>"
        f"<tr><td colspan='3'>I. Improving Circulation Networks</td></tr>{rows}</table></body></html>"
    )
    plan = divplan.parse_bytes(html.encode(), path="plan.html")
    items = plan.items()
    assert [item_roles(i) for i in items] == [
        ("lead", ["Department of Market System Development"], ["Ministry of Finance"], False),
        ("lead", ["Department of Circulation Industry Development"],
         ["Ministry of Finance", "Ministry of Agriculture"], False),
    ]  # fmt: skip
    assert all(i.responsibility.reading == "inferred" for i in items)


def test_the_plans_closing_words_to_everyone_are_no_part_of_the_last_task() -> None:
    text = (
        "Guo Fa [2023] No. 5\nApril 10, 2023\n\nDivision of Key Tasks\n\nI. Stabilise growth\n"
        "1. Restore consumption. The Ministry of Commerce is responsible.\n"
        "2. Promote green development. The Ministry of Natural Resources, the Ministry of Water"
        " Resources each grasps one pass.\n"
        "All regions and departments should attach great importance and implement the tasks.\n"
        "State Council\nApril 10, 2023\n"
    )
    plan = divplan.parse(text)
    assert [item_roles(i) for i in plan.items()] == [
        ("sole", ["Ministry of Commerce"], [], False),
        ("division", ["Ministry of Natural Resources", "Ministry of Water Resources"], [], False),
    ]
