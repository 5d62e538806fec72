"""Layouts met in the twenty-first session: the sealed sets holdout212–215.

Each test builds a small plan in one layout of the genre and checks the reading; the
phrasings themselves are records of ``fixtures/clauses.txt``.
"""

from __future__ import annotations

import divplan
from divplan.read.pdf_aligned import Piece, find_columns
from divplan.read.pdf_aligned_breaks import resumes
from item_roles import item_roles

_roles = item_roles
SIZE = 10.0


def test_a_sheet_cell_quoted_across_lines_is_its_task_then_its_deadline_line() -> None:
    # headings left, tasks right under a header naming the columns (部分,工作内容): each task
    # cell quoted over two lines, the task with its clause, then its deadline field
    rows = [
        "某市人民政府办公室关于印发老旧小区整治任务分工方案的通知,",
        "各区人民政府，市政府各部门：,",
        "现将分工方案印发给你们，请认真组织实施。,",
        "某市人民政府办公室,",
        ",",
        "部分,工作内容",
        "一、摸清底数,",
        ',"开展老旧小区全面调查。由市住建局全权承办。',
        '完成时限：2012年5月底前"',
        ',"编制整治三年计划。由市住建局牵头，市发改委配合。',
        '完成时限：2012年6月底前"',
        "二、实施整治,",
        ',"改造供水管网。由市水务局、市供电公司协力负责。',
        '完成时限：2012年底前"',
    ]
    plan = divplan.parse_bytes(("\n".join(rows) + "\n").encode(), path="plan.csv")
    items = plan.items()
    assert [s.title for s in plan.sections] == ["摸清底数", "实施整治"]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "2012年5月底前",
        "2012年6月底前",
        "2012年底前",
    ]
    assert [_roles(i)[:3] for i in items] == [
        ("sole", ["市住建局"], []),
        ("lead", ["市住建局"], ["市发改委"]),
        ("joint", ["市水务局", "市供电公司"], []),
    ]


def test_a_number_column_of_bracketed_numbers_numbers_the_items_per_section() -> None:
    # a sheet's number column writes (1), (2) …, restarting under each section row
    rows = [
        "Notice on Issuing the Task Decomposition Plan of Xiwan County,,",
        "No.,Task,Responsibility",
        "I. Control high-energy industries,,",
        "(1),Strictly control new projects,Lead unit: County Development and Reform Bureau",
        "(2),Eliminate backward capacity,Lead unit: County Economic and Trade Bureau",
        "II. Save energy in key areas,,",
        "(1),Promote energy-saving design standards,Responsible unit: County Construction Bureau",
    ]
    plan = divplan.parse_bytes(("\n".join(rows) + "\n").encode(), path="plan.csv")
    assert [(s.number, [i.number for i in s.items]) for s in plan.sections] == [
        (1, [1, 2]),
        (2, [1]),
    ]
    assert plan.items()[0].text == "Strictly control new projects"


def test_a_column_named_by_a_role_s_agent_noun_is_the_lead_s() -> None:
    # "Flag-carrier" (扛旗单位): a role piece and a doer's noun, beside a helpers' column
    text = (
        "# Division of Key Tasks for Stabilising Foreign Trade\n\n"
        "| Task | Flag-carrier | Backing departments |\n"
        "|---|---|---|\n"
        "| **I. Stabilising Foreign Trade Entities** | | |\n"
        "| Expand export credit insurance. | Ministry of Finance | Ministry of Commerce |\n"
        "| Speed up export tax rebates. | State Taxation Administration | Ministry of Finance |\n"
    )
    plan = divplan.parse_bytes(text.encode(), path="plan.md")
    assert [_roles(i)[:3] for i in plan.items()] == [
        ("lead", ["Ministry of Finance"], ["Ministry of Commerce"]),
        ("lead", ["State Taxation Administration"], ["Ministry of Finance"]),
    ]


def test_unmarked_tasks_each_closed_by_a_sentence_and_a_deadline_line() -> None:
    # a county's list: no item numbers, each task line closing with who does it (同负其责 is
    # joint by its piece 同负), a 时间要求 line under each
    text = (
        "某县2004年农业农村工作任务分解\n"
        "一、加强农田水利建设\n"
        "  完成小型水库除险加固5座。县水利局、县财政局同负其责。\n"
        "  时间要求：2004年汛前\n"
        "  新修机耕道30公里。县农业局牵头，县交通局作为协奏部门。\n"
        "  时间要求：2004年底\n"
        "  推广节水灌溉面积1万亩。县水利局牵头，县农业局、县财政局作为协奏部门。\n"
        "  时间要求：2004年10月底\n"
        "二、促进农民增收\n"
        "  落实粮食直补资金。县财政局、县粮食局同负其责。\n"
        "  时间要求：2004年6月底\n"
        "  扶持农民专业合作组织。县农业局牵头，县工商局等单位作为协奏部门。\n"
        "  时间要求：2004年底\n"
    )
    items = divplan.parse(text).items()
    assert [i.text for i in items][:2] == ["完成小型水库除险加固5座。", "新修机耕道30公里。"]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "2004年汛前",
        "2004年底",
        "2004年10月底",
        "2004年6月底",
        "2004年底",
    ]
    assert [_roles(i) for i in items] == [
        ("joint", ["县水利局", "县财政局"], [], False),
        ("lead", ["县农业局"], ["县交通局"], False),
        ("lead", ["县水利局"], ["县农业局", "县财政局"], False),
        ("joint", ["县财政局", "县粮食局"], [], False),
        ("lead", ["县农业局"], ["县工商局"], True),
    ]


def test_a_web_footer_of_links_after_a_table_is_no_unit() -> None:
    # a mirrored page's footer under the last row: 主辦：…　網站地圖　|　聯繫我們
    text = (
        "# 某省減輕農民負擔工作任務分工\n\n"
        "| 工作任務 | 牽頭單位 | 配合單位 |\n"
        "|---|---|---|\n"
        "| 調整鄉鎮財政體制 | 省財政廳 | 省民政廳 |\n"
        "| 開展減負監督檢查 | 省減負辦 | 省監察廳、其餘部門 |\n\n"
        "---\n"
        "主辦：某省人民政府辦公廳　　網站地圖　|　聯繫我們\n"
    )
    items = divplan.parse_bytes(text.encode(), path="plan.md").items()
    assert [_roles(i)[:3] for i in items][-1] == ("lead", ["省減負辦"], ["省監察廳"])


def test_a_running_head_atop_the_next_page_is_no_row_of_the_table() -> None:
    # "State Council Gazette No. 19, 2023" over page two's rows: one run of words across the
    # columns with no marker is the page's, the rows resume under it
    header = [
        Piece(20, 50, 100, 110, "No."),
        Piece(80, 120, 100, 110, "Task"),
        Piece(400, 490, 100, 110, "Time limit"),
    ]
    first = [
        Piece(25, 35, 120, 130, "1"),
        Piece(80, 300, 120, 130, "Support consumption."),
        Piece(400, 480, 120, 130, "Ongoing"),
    ]
    found = find_columns([header, first])
    assert found is not None
    page = [
        [Piece(20, 360, 30, 40, "State Council Gazette No. 19, 2023")],
        [Piece(25, 35, 60, 70, "1"), Piece(80, 300, 60, 70, "Reduce risks."), Piece(400, 480, 60, 70, "Ongoing")],
    ]
    assert resumes(page, found[2]) == 1
    heading = [[Piece(20, 360, 30, 40, "III. Prevent and defuse financial risks")], page[1]]
    assert resumes(heading, found[2]) == 0  # (a section row across the columns is the table's)


def test_a_sheet_s_notice_written_in_its_text_column_under_the_header_is_text() -> None:
    # 序號,內容 first; the notice's lines in the text column, number cells empty; then the
    # plan's rows: the notice is no section and no item
    rows = [
        "序號,內容",
        ",白沙市人民政府辦公室關於印發重點工作分工方案的通知",
        ",白政辦發〔2016〕33號",
        ",各區人民政府，市政府各部門：",
        ",白沙市人民政府辦公室",
        ",白沙市2016年重點工作分工方案",
        "一、,推進農業轉移人口市民化",
        "1.,全面放開城區落戶限制，簡化戶口遷移手續。",
        ",首問單位：市公安局；輔責主體：市發改委、市人社局；2016年9月底前完成",
        "2.,開展農民工職業技能培訓。",
        ",首問單位：市人社局；輔責主體：有關單位；2016年12月底前完成",
        "二、,提升城市綜合承載能力",
        "1.,加快城區棚戶區改造。",
        ",首問單位：市住建局；輔責主體：市規劃局；2016年12月底前完成",
    ]
    plan = divplan.parse_bytes(("\n".join(rows) + "\n").encode(), path="plan.csv")
    assert [s.title for s in plan.sections] == ["推進農業轉移人口市民化", "提升城市綜合承載能力"]
    assert [_roles(i)[:3] for i in plan.items()] == [
        ("lead", ["市公安局"], ["市發改委", "市人社局"]),
        ("lead", ["市人社局"], []),
        ("lead", ["市住建局"], ["市規劃局"]),
    ]


def test_rows_under_a_number_column_of_section_numerals_only_are_unnumbered_items() -> None:
    # the number column writes I., II. for the sections and nothing beside the tasks
    rows = [
        "Notice on the Rural Living Environment Key Work Division Plan,,",
        "Serial number,Key tasks,Time limit",
        "I.,Rural domestic waste treatment,",
        ",Build a waste collection system. The County Housing Bureau shoulders the whole.,End of June 2019",
        ",Carry out waste classification pilots. The County Finance Bureau shoulders the whole.,End of October 2019",
        "II.,Toilet revolution,",
        ",Renovate household toilets. The County Agriculture Bureau and the County Health Commission are responsible.,End of November 2019",
    ]
    plan = divplan.parse_bytes(("\n".join(rows) + "\n").encode(), path="plan.csv")
    items = plan.items()
    assert [(i.number, i.numbered) for i in items] == [(1, False), (2, False), (3, False)]
    assert [_roles(i)[:2] for i in items] == [
        ("sole", ["County Housing Bureau"]),
        ("sole", ["County Finance Bureau"]),
        ("joint", ["County Agriculture Bureau", "County Health Commission"]),
    ]


def test_etc_before_a_lower_case_word_ends_no_sentence_of_a_task_s_clause() -> None:
    # "… B, C etc. units participate.": the last sentence is the whole clause
    text = (
        "I. Expand service consumption\n"
        "1. Develop elderly care services. Ministry of Civil Affairs takes the lead, Ministry of "
        "Commerce, National Health Commission etc. units participate.\n"
        "2. Rectify unfair contract terms. State Administration for Market Regulation, Ministry "
        "of Commerce etc. units are responsible.\n"
    )
    items = divplan.parse(text).items()
    assert [_roles(i) for i in items] == [
        ("lead", ["Ministry of Civil Affairs"], ["Ministry of Commerce", "National Health Commission"], True),
        ("joint", ["State Administration for Market Regulation", "Ministry of Commerce"], [], True),
    ]


def test_a_page_s_blocks_exported_with_their_tags_read_as_the_page() -> None:
    # block,tag,text: a scraper's rows, numbered 1, 2, 3 … with the element's tag between
    rows = [
        "block,tag,text",
        "1,nav,Home | Government Affairs Open | Notice Announcement",
        "2,h1,Notice of Xiaoshen County People's Government Office on the Division of Work Plan",
        "3,p,Xiao Zheng Ban Fa [2006] No. 17",
        "4,p,General Office of Xiaoshen County People's Government",
        "5,h2,Xiaoshen County Division of Work Plan",
        "6,h3,I. Develop modern agriculture",
        '7,p,"Expand high-quality rice. County Agriculture Bureau takes the lead, County Finance '
        'Bureau participates."',
        "8,p,Promote science into households. Responsible by County Science and Technology Bureau.",
        "9,h3,II. Increase farmers income",
        "10,p,Implement the grain subsidy. County Finance Bureau and County Agriculture Bureau are "
        "responsible.",
    ]
    plan = divplan.parse_bytes(("\n".join(rows) + "\n").encode(), path="plan.csv")
    assert [s.title for s in plan.sections] == ["Develop modern agriculture", "Increase farmers income"]
    assert [_roles(i)[:3] for i in plan.items()] == [
        ("lead", ["County Agriculture Bureau"], ["County Finance Bureau"]),
        ("sole", ["County Science and Technology Bureau"], []),
        ("joint", ["County Finance Bureau", "County Agriculture Bureau"], []),
    ]


def test_a_tables_continuation_mark_over_its_next_page_is_page_furniture() -> None:
    # （续表） atop the next page (a form feed before it), then the header again: no subsection
    text = (
        "农业部重点工作分工\r\n"
        "重点工作\t领办主体\t助推主体\r\n"
        "一、推进现代农业建设\t\t\r\n"
        "加快农业科技创新体系建设\t科技教育司\t科技部、财政部\r\n"
        "加强动物防疫体系建设\t畜牧业司\t部内有关司局\r\n"
        "\r\n— 2 —\r\n"
        "\f（续表）\r\n"
        "重点工作\t领办主体\t助推主体\r\n"
        "加强小型农田水利建设\t发展计划司\t水利部\r\n"
    )
    plan = divplan.parse(text)
    assert [(s.title, [sub.title for sub in s.subsections]) for s in plan.sections] == [
        ("推进现代农业建设", [])
    ]
    assert [_roles(i)[:3] for i in plan.items()][-1] == ("lead", ["发展计划司"], ["水利部"])


def test_a_two_column_record_sheet_under_its_header_keys_each_task() -> None:
    # 欄目,內容: 一、 rows for sections, 工作任務 rows for tasks, fields under an empty key
    rows = [
        "某市2013年重點工作任務分工的通知,",
        "某政辦〔2013〕18號,",
        "某市人民政府辦公室,",
        "欄目,內容",
        "一、,穩增長",
        "工作任務,全年安排市級重點項目120個。",
        ",主抓方：市發改委",
        ",配合方：市財政局",
        "工作任務,擴大消費需求。",
        ",主抓方：市商務局",
        "二、,惠民生",
        "工作任務,新增城鎮就業3.5萬人。",
        ",責任單位：市人社局",
    ]
    plan = divplan.parse_bytes(("\n".join(rows) + "\n").encode(), path="plan.csv")
    assert [s.title for s in plan.sections] == ["穩增長", "惠民生"]
    assert [_roles(i)[:3] for i in plan.items()] == [
        ("lead", ["市發改委"], ["市財政局"]),
        ("lead", ["市商務局"], []),
        ("sole", ["市人社局"], []),
    ]


def test_a_table_row_across_the_columns_opening_with_a_field_is_its_group_s_line() -> None:
    # <td colspan=3>Responsible unit: …</td> after each group of rows
    html = (
        "<html><body><h1>Task Division Plan of Gongyang County</h1><table>"
        "<tr><th>No.</th><th>Task</th><th>Deadline</th></tr>"
        "<tr><td colspan='3'>I. Expanding effective investment</td></tr>"
        "<tr><td>1</td><td>Plan 45 key projects.</td><td>End of December 2025</td></tr>"
        "<tr><td>2</td><td>Strive for special bonds.</td><td>End of June 2025</td></tr>"
        "<tr><td colspan='3'>Responsible unit: County Development and Reform Bureau</td></tr>"
        "<tr><td colspan='3'>II. Promoting rural revitalization</td></tr>"
        "<tr><td>3</td><td>Build high-standard farmland.</td><td>End of November 2025</td></tr>"
        "<tr><td colspan='3'>Responsible unit: County Agriculture Bureau</td></tr>"
        "</table></body></html>"
    )
    plan = divplan.parse_bytes(html.encode(), path="plan.html")
    assert [s.title for s in plan.sections] == [
        "Expanding effective investment",
        "Promoting rural revitalization",
    ]
    assert [_roles(i)[:2] for i in plan.items()] == [
        ("sole", ["County Development and Reform Bureau"]),
        ("sole", ["County Development and Reform Bureau"]),
        ("sole", ["County Agriculture Bureau"]),
    ]


def test_a_sheet_with_no_header_numbering_its_tasks_1_dot_reads_its_rows() -> None:
    # 1.,task / ,field line: the number column's cells write their dot
    rows = [
        "国务院关于印发促进中小企业融资重点工作任务分工的通知,",
        "国函〔2015〕87号,",
        "国务院　2015年5月14日,",
        "一、拓宽融资渠道,",
        "1.,引导银行业金融机构单列小微企业信贷计划。",
        "2.,扩大信贷资产证券化试点规模。",
        ",挂点部门：中国人民银行；配合部门：财政部",
        "二、降低融资成本,",
        "3.,落实小微企业贷款税收优惠政策。",
        ",责任部门：财政部、国家税务总局",
    ]
    plan = divplan.parse_bytes(("\n".join(rows) + "\n").encode(), path="plan.csv")
    items = plan.items()
    assert [i.number for i in items] == [1, 2, 3]
    assert [_roles(i)[:3] for i in items][1:] == [
        ("lead", ["中国人民银行"], ["财政部"]),
        ("joint", ["财政部", "国家税务总局"], []),
    ]
