"""Layouts met in the thirty-fourth session: holdout409's failures left open, and those of its
own sealed round (holdout412–415), read after their scoring.

Each test builds a small plan in one layout of the genre — never a copy of a set's plan — and
checks the reading, so that the rule holds for plans none of the sets holds.
"""

from __future__ import annotations

import io

import divplan
from divplan.read.measure_columns import measured_lines, text_column
from divplan.read.table_headers import column_role
from item_roles import sorted_roles

_roles = sorted_roles  # (tests/item_roles.py)


def _ocr_export(rows: list[tuple[str, str]]) -> bytes:
    out = io.StringIO()
    out.write("识别文本,置信度\n")
    for text, score in rows:
        out.write(f"{text},{score}\n")
    return out.getvalue().encode("utf-8")


_OCR_ROWS = [
    ("某市人民政府办公室关于印发某市环境整治工作任务分工的通知", "0.951"),
    ("某政办〔2005〕12号", "0.902"),
    ("各区人民政府，市政府各部门：", "0.944"),
    ("现将《某市环境整治工作任务分工》印发给你们，请认真组织实施。", "0.930"),
    ("某市人民政府办公室", "0.962"),
    ("二〇〇五年三月一日", "0.958"),
    ("一、市容整治", "0.931"),
    ("拆除城区违章建筑，规范门头招牌。", "0.949"),
    ("牵头单位：市城管局", "0.936"),
    ("参加单位：市规划局、市工商局", "0.611"),
    ("整治占道经营，取缔马路市场。", "0.928"),
    ("牵头单位：市工商局", "0.977"),
    ("参加单位：市公安局", "0.905"),
]


def test_an_ocr_export_is_read_as_its_text_column() -> None:
    # one recognised line a row beside its confidence: the numbers measure, they name nobody
    plan = divplan.parse_bytes(_ocr_export(_OCR_ROWS), path="plan.csv")
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["市城管局"], ["市工商局", "市规划局"]),
        ("lead", ["市工商局"], ["市公安局"]),
    ]
    text = measured_lines(_ocr_export(_OCR_ROWS).decode("utf-8"))
    assert text is not None and "0.9" not in text.text() and "置信度" not in text.text()


def test_a_number_column_that_counts_rows_is_no_measure() -> None:
    # 序号,内容: numbers that count the rows are the item numbers, never left out here
    rows = [["序号", "内容"]] + [[str(k), f"第{k}项任务"] for k in range(1, 11)]
    assert text_column(rows) is None
    pages = [["text", "page"]] + [[f"line {k}", str(1 + k // 5)] for k in range(12)]
    assert text_column(pages) == 0  # (a page number repeated over its lines: a measure)


def test_a_scope_then_a_label_heads_the_tasks_below() -> None:
    # （本部分责任司局：A（牵头），B）: this part's units, a label after the scope
    text = (
        "关于印发某某分工的通知\n"
        "一、市场监测\n（本部分责任单位：商务部（牵头），财政部）\n"
        "1．完善监测体系。\n完成时限：2008年6月底前\n2．健全储备制度。\n"
        "二、扩大消费\n（本节责任部门：发展改革委、商务部）\n3．实施市场工程。\n"
    )
    plan = divplan.parse(text)
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["MOFCOM"], ["MOF"]),
        ("lead", ["MOFCOM"], ["MOF"]),
        ("joint", ["MOFCOM", "NDRC"], []),
    ]
    assert all(i.responsibility.reading == "inferred" for i in plan.items())


def test_a_site_footer_of_host_and_operator_is_no_field() -> None:
    # 主办：X　承办：Y under the last task: the site's, never that task's fields
    text = (
        "关于印发某某分工的通知\n一、服务业\n"
        "1．放宽市场准入。由市工商局牵头，市直有关部门配合。\n\n---\n\n"
        "主办：某市人民政府办公室　　承办：某市信息中心\n地址：某市人民路88号　　邮编：411100\n"
    )
    (item,) = divplan.parse(text).items()
    assert _roles(item) == ("lead", ["市工商局"], [])
    assert item.responsibility.others


def test_a_mark_legend_that_names_only_the_helpers_role() -> None:
    # "◆ denotes the owning unit; the other units assist": the mark's words unknown, the
    # others said to assist — the marked unit leads; a list with no mark stays shared
    text = (
        "Division of Tasks\n"
        "Note: ◆ denotes the owning unit for the task; the other units listed with it assist.\n"
        "I. Design\n"
        "1. Support design centres. (Ministry of Industry and Information Technology ◆,"
        " Ministry of Finance)\n"
        "2. Train designers. (Ministry of Education, Ministry of Finance)\n"
    )
    first, second = divplan.parse(text).items()
    assert _roles(first) == ("lead", ["MIIT"], ["MOF"])
    assert _roles(second) == ("joint", ["MOE", "MOF"], [])


def test_a_deadline_row_under_a_task_is_its_deadline_not_a_section() -> None:
    # a sheet that writes each task's deadline in a row of its own under it (Q4 2015,
    # Ongoing, 2026年9月底前交卷): the task's, never a section heading
    csv = (
        "No.,Task,Units responsible\n"
        "I. Design,,\n"
        "1,Support design centres.,Ministry of Finance\n"
        ",Q4 2015,\n"
        "2,Train designers.,Ministry of Education\n"
        ",Ongoing,\n"
        "II. Finance,,\n"
        "3,Open a design fund.,Ministry of Finance\n"
        ",H1 2016,\n"
    )
    plan = divplan.parse_bytes(csv.encode("utf-8"), path="plan.csv")
    assert [s.title for s in plan.sections] == ["Design", "Finance"]
    assert [i.deadline.text if i.deadline else None for i in plan.items()] == [
        "Q4 2015", "Ongoing", "H1 2016",
    ]
    zh = (
        "序号,重点任务,落实司局\n一、执法,,\n1,修订处罚文件。,财政部\n,2026年9月底前交卷,\n"
        "2,推行非现场执法。,商务部\n,全年持续推进,\n"
    )
    plan = divplan.parse_bytes(zh.encode("utf-8"), path="plan.csv")
    assert len(plan.sections) == 1
    assert [i.deadline.text if i.deadline else None for i in plan.items()] == [
        "2026年9月底前交卷", "全年持续推进",
    ]


def test_capitals_stand_in_for_bold_when_a_legend_says_so() -> None:
    # a plain text that cannot show bold sets the lead in capitals and says so
    text = (
        "Division of Tasks\n"
        "[Note: bold type cannot be shown here, so lead units are set in capitals.]\n"
        "I. Air\n"
        "1. Close small boilers. Responsible: MINISTRY OF ECOLOGY AND ENVIRONMENT, Ministry of"
        " Finance\n"
        "2. Cut coal use. Responsible: National Development and Reform Commission, National"
        " Energy Administration\n"
    )
    first, second = divplan.parse(text).items()
    assert first.responsibility.mode == "lead"
    assert [d.mention for d in first.responsibility.leads] == [
        "MINISTRY OF ECOLOGY AND ENVIRONMENT"
    ]
    assert [d.id for d in first.responsibility.participants] == ["MOF"]
    assert second.responsibility.mode == "joint"  # (no capitals: the list stays shared)


def test_a_bracket_inside_an_unnumbered_task_is_its_clause() -> None:
    # prose tasks that name their bodies in a bracket inside the sentence, the task going on
    text = (
        "某县工作任务分工\n一、招商\n"
        "\u3000\u3000建立招商项目库（县计委带总，县经贸局、县财政局协办），项目库实行动态管理。\n"
        "\u3000\u3000组织参加重大经贸活动，全年引进资金3亿元以上（县外经局负责）。\n"
        "\u3000\u3000组建县行政服务中心（县编委办带总，县人事局协办），实行一站式服务（含立项、审批）。\n"
    )
    items = divplan.parse(text).items()
    assert [_roles(i) for i in items] == [
        ("lead", ["县计委"], ["县经贸局", "县财政局"]),
        ("sole", ["县外经局"], []),
        ("lead", ["县编委办"], ["县人事局"]),
    ]
    assert items[0].responsibility.reading == "inferred"


def test_a_deadline_line_with_a_date_is_no_signature() -> None:
    # "Before October 15, 2018" under a task holds a date, yet dates the task, not the notice:
    # the tasks above it stay the plan's
    text = (
        "Notice on the division of tasks\nFirst, ensure the supply\n"
        "Build the pipe network. (Lead unit: Ministry of Finance; Participating units: Ministry"
        " of Commerce)\nBefore winter\n"
        "Sign the gas contract. (Lead unit: Ministry of Commerce)\nBefore October 15, 2018\n"
        "Second, promote\nBuild the plant. (Lead unit: Ministry of Commerce)\nBefore winter\n"
    )
    items = divplan.parse(text).items()
    assert [(_roles(i), i.deadline.text if i.deadline else None) for i in items] == [
        (("lead", ["MOF"], ["MOFCOM"]), "Before winter"),
        (("lead", ["MOFCOM"], []), "Before October 15, 2018"),
        (("lead", ["MOFCOM"], []), "Before winter"),
    ]


def test_ordinal_parts_are_sections() -> None:
    # "The first part, …" (第一部分, word for word) heads a section; items restart under each
    text = (
        "Division of tasks\nThe first part, energy saving\n"
        "1. Close small plants. Lead unit: Ministry of Finance\n"
        "The second part, pollution reduction\n"
        "1. Build sewage plants. Lead unit: Ministry of Commerce\n"
    )
    plan = divplan.parse(text)
    assert [s.number for s in plan.sections] == [1, 2]
    assert [s.title for s in plan.sections] == ["energy saving", "pollution reduction"]


def test_task_group_words_number_sections() -> None:
    text = (
        "某省稳外贸任务分工\n任务群一\u3000稳住外贸基本盘\n1．支持企业拓市场。（商务厅牵头，财政厅配合）\n"
        "任务群二\u3000培育外贸新动能\n2．培育跨境电商。（商务厅负责）\n"
    )
    plan = divplan.parse(text)
    assert [s.title for s in plan.sections] == ["稳住外贸基本盘", "培育外贸新动能"]
    assert [len(s.items) for s in plan.sections] == [1, 1]


def test_a_sheet_of_task_rows_and_two_field_cells_is_one_column() -> None:
    # a two-column CSV whose tasks fill one cell (the other left empty) and whose fields fill
    # two: each filled cell a line, the trailing comma no list going on
    csv = (
        "某市重点任务分工的通知,\n某政办〔2016〕5号,\n各区人民政府：,\n某市人民政府办公室,\n"
        "2016年5月23日,\n,\n一、化解过剩产能,\n严格控制新增产能。,\n"
        "主攻单位：财政部,协攻单位：商务部；2016年9月底前完成\n"
        "二、防范金融风险,\n规范地方金融组织。,\n责任单位：人民银行、银监会；常态推进,\n"
        "加强政府债务管理。,\n责任单位：财政部；2016年11月底前完成,\n"
    )
    plan = divplan.parse_bytes(csv.encode("utf-8"), path="plan.csv")
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["MOF"], ["MOFCOM"]),
        ("joint", ["CBRC", "PBC"], []),
        ("sole", ["MOF"], []),
    ]


def test_responsible_main_body_names_the_units() -> None:
    # 责任主体 word for word: the units' column, no lead's "main"
    assert column_role("Responsible main body") == "resp"
    assert column_role("Main office") == "lead"


def test_all_by_after_the_tasks_above_is_no_name() -> None:
    # 以上两项，统由A归口，B佐办: 统 (all) before 由 is the scope's word, no body
    text = (
        "某县任务分工\n一、农业\n1．推进良种补贴。\n2．建设高标准农田。\n"
        "以上两项，统由县农业局归口，县财政局、县水利局佐办，2006年10月底前竣事。\n"
        "二、交通\n3．改造农村公路。\n上述第3项，统由县交通局归口，年内竣事。\n"
    )
    items = divplan.parse(text).items()
    assert [_roles(i) for i in items] == [
        ("lead", ["县农业局"], ["县水利局", "县财政局"]),
        ("lead", ["县农业局"], ["县水利局", "县财政局"]),
        ("sole", ["县交通局"], []),
    ]
    assert [i.deadline.text for i in items if i.deadline] == [
        "2006年10月底前竣事", "2006年10月底前竣事", "年内竣事",
    ]


def test_named_english_subsections_number_across_sections() -> None:
    # "Action line 1:" (a translation's named subsection), numbered across the sections;
    # "Phase 1:" and "Article 2:" open no subsection
    text = (
        "Division of Tasks\nI. Industry\nAction line 1: Steel\n"
        "1. Close small furnaces. Lead unit: Ministry of Industry and Information Technology\n"
        "Action line 2: Coal\n2. Cut coal use. Lead unit: National Energy Administration\n"
        "II. Transport\nAction line 3: Freight\n"
        "3. Shift freight to rail. Lead unit: Ministry of Transport\n"
        "Phase 1: Rail first. Lead unit: Ministry of Transport\n"
    )
    plan = divplan.parse(text)
    assert [[sub.number for sub in s.subsections] for s in plan.sections] == [[1, 2], [3]]
    assert [sub.title for s in plan.sections for sub in s.subsections] == [
        "Steel", "Coal", "Freight",
    ]


def test_a_long_english_deadline_line_closes_its_task() -> None:
    # "Within the year to be effective" (年内见效, 31 characters) under a task's bracket: its
    # deadline; words after a bracket that open with no deadline phrase are no bare deadline
    text = (
        "Notice on the division of tasks\nFirst, ensure the supply\n"
        "Sign the gas contract. (Lead unit: Ministry of Commerce)\n"
        "Within the year to be effective\n"
        "Overhaul the boilers. (Lead unit: Ministry of Finance)\nBefore winter\n"
    )
    items = divplan.parse(text).items()
    assert [(_roles(i), i.deadline.text if i.deadline else None) for i in items] == [
        (("lead", ["MOFCOM"], []), "Within the year to be effective"),
        (("lead", ["MOF"], []), "Before winter"),
    ]
    table = (
        "No.\tTask\tResponsible unit\nI. Funds\t\t\n"
        "1\tSet up a guiding fund.\tMinistry of Finance (head) and wait for related units;"
        " every year\n"
    )
    (item,) = divplan.parse(table).items()
    assert item.deadline is not None and item.deadline.text == "every year"
    assert item.responsibility.others
