"""Layouts met in the thirty-fifth session: the failures of its sealed round (holdout416–419),
read after their scoring.

Each test builds a small plan in one layout of the genre — never a copy of a set's plan — and
checks the reading, so that the rule holds for plans none of the sets holds.
"""

from __future__ import annotations

from divplan.read import read
from divplan.read.table_headers import column_role
from layout_rows import NOTICE_EN as _NOTICE_EN
from layout_rows import NOTICE_ZH as _NOTICE_ZH
from layout_rows import plan_rows as _rows
from layout_rows import row_roles as _roles
from layout_rows import section_markers as _sections


def test_numbers_and_numerals_in_lenticular_brackets_mark_items_and_sections() -> None:
    text = _NOTICE_ZH + (
        "【一】提升产业发展水平\n【1】新建高标准农田3万亩。（县农业局牵头，县财政局配合）\n"
        "【2】培育龙头企业5家。（县商务局负责）\n【二】推进乡村建设\n"
        "【1】实施农村公路改造80公里。（县交通局负责）\n"
    )
    rows = _rows(text)
    assert _sections(text) == ["【一】", "【二】"]
    assert [(r["section"], r["number"], r["numbered"]) for r in rows] == [
        (1, 1, True), (1, 2, True), (2, 1, True)
    ]
    assert [r["leads"] for r in rows] == [["?县农业局"], ["?县商务局"], ["?县交通局"]]


def test_special_item_and_pillar_headings_open_sections() -> None:
    zh = _NOTICE_ZH + (
        "专项一：降低企业经营成本\n1. 全面落实减税降费政策。（省税务局负责）\n"
        "专项二：缓解融资难题\n1. 设立纾困基金。（省财政厅负责）\n"
    )
    assert _sections(zh) == ["专项一：", "专项二："]
    en = _NOTICE_EN + (
        "Pillar One: Stabilising Spending\n1. Support households in replacing vehicles. "
        "(Ministry of Commerce)\nThe second plate: Services\n1. Help catering businesses "
        "recover. (Ministry of Culture and Tourism)\n"
    )
    assert _sections(en) == ["Pillar One:", "The second plate:"]


def test_a_column_named_for_both_roles_is_the_responsible_units() -> None:
    # 主办/协办单位: a slash or a legend tells lead from helpers in each cell, not the name
    assert column_role("主办/协办单位") == "resp"
    assert column_role("Lead/supporting units") == "resp"
    assert column_role("主协办部门") == "resp"
    assert column_role("牵头单位") == "lead"
    csv = (
        "某省关于印发若干措施重点任务分工的通知,,,\n某某重点任务分工,,,\n"
        "序号,重点任务,主办/协办单位,完成时限\n"
        "1,落实减税降费政策。,省税务局/省财政厅,2019年6月底前\n"
        "2,清理规范涉企收费。,省财政厅、省发展改革委,2019年9月底前\n"
        "3,保护企业合法权益。,省法院,长期坚持\n"
        "注：主办/协办单位栏中，斜线前为主办单位，斜线后为协办单位。,,,\n"
    )
    rows = _rows(csv, "plan.csv")
    assert [r["mode"] for r in rows] == ["lead", "joint", "sole"]
    assert rows[0]["leads"] == ["?省税务局"] and rows[0]["participants"] == ["?省财政厅"]


def test_a_slash_before_unnamed_helpers_still_marks_the_lead() -> None:
    text = _NOTICE_ZH + (
        "说明：责任单位一栏，斜线前为牵头单位，斜线后为配合单位。\n一、推进流通创新\n"
        "1. 推动实体商业创新转型。  责任单位：商务部/发展改革委、工业和信息化部\n"
        "2. 支持发展连锁经营。  责任单位：商务部/有关部门\n"
    )
    rows = _rows(text)
    assert _roles(rows[1])[:4] == ("lead", ["MOFCOM"], [], True)
    assert _roles(rows[0])[:3] == ("lead", ["MOFCOM"], ["MIIT", "NDRC"])


def test_a_mark_set_before_a_name_with_a_space_marks_that_name() -> None:
    text = _NOTICE_EN + (
        "Note: a department marked ❖ holds the lead on the task and the other departments "
        "listed support it.\nI. Taxes\n"
        "• Refine the pilot scheme.  Departments charged: ❖ Ministry of Finance, State "
        "Administration of Taxation  Delivery horizon: By end-2011\n"
        "• Clean up charges.  Departments charged: Ministry of Finance, National Development "
        "and Reform Commission  Delivery horizon: Ongoing\n"
    )
    rows = _rows(text)
    assert _roles(rows[0])[:3] == ("lead", ["MOF"], ["SAT"])
    assert rows[1]["mode"] == "joint"


def test_group_sentences_machine_translated_and_counted() -> None:
    text = _NOTICE_EN + (
        "One, strengthen the infrastructure\n\nSpeed up the distribution centres.\n\n"
        "Promote the standard pallets.\n\n"
        "More than 2 items by the Ministry of Commerce take the lead, Ministry of Finance "
        "cooperate, before the end of 2014 do the knot.\n\n"
        "Two, perfect the policy\n\nImplement the land-use tax policy.\n\n"
        "The said 1 items, Ministry of Finance, Ministry of Transport according to the "
        "division of responsibilities responsible, within the year do the knot.\n\n"
        "Three, statistics\n\nEstablish the statistical index system.\n\n"
        "This item by the National Bureau of Statistics responsible, continuous advancement.\n"
    )
    rows = _rows(text)
    assert [_roles(r)[:3] for r in rows] == [
        ("lead", ["MOFCOM"], ["MOF"]),
        ("lead", ["MOFCOM"], ["MOF"]),
        ("division", ["MOF", "MOT"], []),
        ("sole", ["NBS"], []),
    ]


def test_chinese_group_sentences_by_count_numbers_and_all() -> None:
    text = _NOTICE_ZH + (
        "一、基础设施\n　　1．完成农村公路通达工程600公里。\n　　2．新建集中供水工程45处。\n"
        "　　（此二项由市交通局、市水利局按职责分工负责）\n二、社会事业\n"
        "　　3．落实两免一补政策。\n　　4．提高公用经费保障水平。\n"
        "　　（以上两项俱由市教育局牵头，市财政局参加）\n三、医改\n"
        "　　5．开展家庭医生签约服务。\n　　6．提升基层服务能力。\n"
        "　　第5条至第6条合并由基层卫生司承接，医政医管局配合，2016年12月底前成文。\n"
    )
    rows = _rows(text)
    assert [_roles(r)[:3] for r in rows] == [
        ("division", ["?市交通局", "?市水利局"], []),
        ("division", ["?市交通局", "?市水利局"], []),
        ("lead", ["?市教育局"], ["?市财政局"]),
        ("lead", ["?市教育局"], ["?市财政局"]),
        ("lead", ["?基层卫生司"], ["?医政医管局"]),
        ("lead", ["?基层卫生司"], ["?医政医管局"]),
    ]


def test_a_deadline_line_under_a_sentence_clause_is_its_deadline() -> None:
    text = _NOTICE_EN + (
        "Part One: Spending\n"
        "1. Remove restrictions on the transfer of used cars. The Ministry of Commerce and the\n"
        "   Ministry of Public Security are jointly responsible.\n   By the end of 2023.\n\n"
        "2. Support households in replacing vehicles. Responsibility lies principally with the\n"
        "   Ministry of Commerce, with the Ministry of Finance in support.\n"
        "   To land by the end of September 2023.\n"
    )
    rows = _rows(text)
    assert _roles(rows[0]) == ("joint", ["MOFCOM", "MPS"], [], False, "By the end of 2023")
    assert _roles(rows[1]) == (
        "lead", ["MOFCOM"], ["MOF"], False, "To land by the end of September 2023"
    )


def test_a_traditional_deadline_line_under_each_task_closes_it() -> None:
    text = "關於印發某項工作分工方案的通知\n\n某項工作分工方案\n說明：部門名稱後加註■者為牽頭部門。\n" + (
        "一、推進設備更新\n　　實施節能降碳技術改造。（工業和信息化部■、國家發展改革委）\n　　2024年底前\n"
        "　　加快市政設施設備更新。（住房城鄉建設部■、財政部）\n　　持續推進\n"
        "　　推進農業機械淘汰更新。（交通運輸部、農業農村部）\n　　2024年12月底前\n"
    )
    rows = _rows(text)
    assert [r["deadline"] for r in rows] == ["2024年底前", "持續推進", "2024年12月底前"]
    assert [r["mode"] for r in rows] == ["lead", "lead", "joint"]


def test_a_grid_tables_last_row_of_one_cell_is_kept() -> None:
    grid = _NOTICE_ZH + (
        "+----+----------------+--------+--------+\n"
        "|序号|重点任务        |牵头单位|会同部门|\n"
        "+----+----------------+--------+--------+\n"
        "|1   |开展试点示范。  |财政部  |商务部  |\n"
        "+----+----------------+--------+--------+\n"
        "|办成时限：2020年底前                  |\n"
        "+----+----------------+--------+--------+\n"
        "|2   |加强统计监测。  |统计局  |商务部  |\n"
        "+----+----------------+--------+--------+\n"
        "|办成时限：2020年3月底前               |\n"
        "+--------------------------------------+\n\n抄送：党中央各部门。\n"
    )
    assert "2020年3月底前" in read(grid.encode("utf-8"), path="plan.txt").text
    assert [r["deadline"] for r in _rows(grid)] == ["2020年底前", "2020年3月底前"]


def test_a_print_footer_is_no_deadline() -> None:
    text = _NOTICE_ZH.replace("关于", "關於") + (
        "一、深化改革\n• 推行企業開辦一窗通辦。（2022年6月底前辦畢）  責任單位：縣市場監管局\n"
        "• 建立投訴處理機制。（2022年5月底前辦畢）  責任單位：縣紀委監委\n"
        "列印日期：2022/4/12 09:31 第 1 頁，共 1 頁\n"
    )
    assert [r["deadline"] for r in _rows(text)] == ["2022年6月底前辦畢", "2022年5月底前辦畢"]


def test_field_lines_under_a_heading_are_its_groups_fields_not_its_title() -> None:
    text = _NOTICE_EN + (
        "Part 1: Integrating medical care with elderly care services\n"
        "Owning bureau: County Health Bureau\nBureaus consulted: County Finance Bureau\n"
        "Require every nursing home to set up an on-site clinic.\n"
        "Provide annual health checks for residents aged 65 and over.\n"
        "Copied to: the County Committee of the CPC.\n"
    )
    rows = _rows(text)
    assert _sections(text) == ["Part 1:"]
    assert [_roles(r)[:3] for r in rows] == [
        ("lead", ["?County Health Bureau"], ["?County Finance Bureau"])
    ] * 2


def test_a_groups_line_under_a_subsection_heading_belongs_to_the_plan() -> None:
    text = _NOTICE_EN + (
        "I. Reducing Institutional Costs\n(i) Improving the Supply of Land\n"
        "Tasks in this group are led by the Ministry of Natural Resources, with the\n"
        "participation of the Ministry of Finance.\n"
        "1. Guarantee land for logistics facilities.\n(H2 2021)\n"
        "(ii) Easing Restrictions on Freight Vehicles\n"
        "Tasks in this group fall to the Ministry of Public Security.\n"
        "2. Improve urban access for delivery vehicles.\n(Ongoing)\n"
    )
    rows = _rows(text)
    assert _sections(text) == ["I."]
    assert [_roles(r) for r in rows] == [
        ("lead", ["MNR"], ["MOF"], False, "H2 2021"),
        ("sole", ["MPS"], [], False, "Ongoing"),
    ]


def test_english_deadline_phrasings_of_the_round() -> None:
    text = _NOTICE_EN + (
        "I. Energy\n"
        "1. Promote efficient motors.  Time request: Normalization advance  Responsible "
        "units: Ministry of Finance\n"
        "2. Renovate dilapidated houses.  Time request: Rolling implementation  Responsible "
        "units: Ministry of Housing and Urban-Rural Development\n"
        "3. Expand vocational enrolment.  Responsible units: Ministry of Education; before "
        "the year is out\n"
    )
    assert [r["deadline"] for r in _rows(text)] == [
        "Normalization advance", "Rolling implementation", "before the year is out"
    ]


def test_a_merged_cells_bold_lead_holds_in_every_row_it_spans() -> None:
    # a unit column merged down over three tasks (rowspan): its bold is the lead's in each
    page = (
        "<html><body><h1>某部关于印发重点工作分工方案的通知</h1>\n"
        "<p>说明：经办司局栏中，以粗体字标示的为主办司局，其余为协办司局。</p>\n"
        "<table>\n<tr><th>序号</th><th>重点工作</th><th>经办司局</th></tr>\n"
        "<tr><td>1</td><td>开展确权登记试点。</td><td rowspan=\"3\"><strong>经管司</strong>、"
        "财务司、法规司</td></tr>\n"
        "<tr><td>2</td><td>扶持家庭农场。</td></tr>\n"
        "<tr><td>3</td><td>推进合作社建设。</td></tr>\n</table></body></html>\n"
    )
    rows = _rows(page, "plan.html")
    assert [_roles(r)[:3] for r in rows] == [("lead", ["?经管司"], ["?法规司", "?财务司"])] * 3
