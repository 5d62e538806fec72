"""Layouts met in the thirty-third session: failures of earlier sealed rounds left open, and of
its own round, read after their scoring.

Each test builds a small plan in one layout of the genre — never a copy of a set's plan — and
checks the reading, so that the rule holds for plans none of the sets holds.
"""

from __future__ import annotations

import divplan
from item_roles import sorted_roles

_roles = sorted_roles  # (tests/item_roles.py)


def test_two_helpers_fields_and_no_lead_field_make_the_first_the_lead_s() -> None:
    # "Coordinating ministry:" (牵头部门 translated) over "Ministries to advise:": the first of
    # two helpers' labels is the lead's, said; alone on a later task, the plan's reading holds
    text = (
        "Division of Tasks\n\nI. Trade\n\n"
        "Cut the fees charged at inland ports.\n"
        "Coordinating ministry: Ministry of Commerce\n"
        "Ministries to advise: Ministry of Finance, General Administration of Customs\n\n"
        "Publish a list of port charges.\n"
        "Coordinating ministries: Ministry of Commerce and Ministry of Transport\n"
        "Ministries to advise: Ministry of Finance\n\n"
        "Shorten the clearance time of imports.\n"
        "Coordinating ministry: General Administration of Customs\n"
    )
    plan = divplan.parse(text)
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["MOFCOM"], ["GAC", "MOF"]),
        ("lead", ["MOFCOM", "MOT"], ["MOF"]),
        ("lead", ["GAC"], []),
    ]
    assert all(i.responsibility.reading == "inferred" for i in plan.items())
    said = [d.message for d in plan.diagnostics if d.code == "DP208"]
    assert len(said) == 3 and all("lead's" in m for m in said)


def test_a_helpers_field_beside_a_lead_field_stays_the_helpers() -> None:
    # the same helpers' label under a lead label: no guess, the helpers as written
    text = (
        "Division of Tasks\n\nI. Trade\n\n"
        "Cut the fees charged at inland ports.\n"
        "Lead unit: Ministry of Commerce\n"
        "Coordinating ministry: Ministry of Finance\n\n"
        "Publish a list of port charges.\n"
        "Coordinating ministry: Ministry of Transport\n"
    )
    plan = divplan.parse(text)
    first, second = plan.items()
    assert _roles(first) == ("lead", ["MOFCOM"], ["MOF"])
    assert first.responsibility.reading != "inferred"
    assert second.responsibility.leads == []  # (no plan-wide reading as the lead's)


def test_a_compound_cut_at_its_own_hyphen_keeps_it() -> None:
    # a PDF's hard wrap after "State-" and "Sub-": the compound's hyphen stays; a word cut for
    # the line ("Develop-/ment") loses the hyphen a line's end added
    text = (
        "Division of Tasks\n\n"
        "1. Lower the rent of houses for small firms. Provincial Department of Finance, Provincial\n"
        "State-owned Assets Supervision and Administration Commission are responsible.\n"
        "2. Extend loans to small firms. The Hengmu Central Sub-\n"
        "branch of the People's Bank of China takes the lead, the Provincial Department of\n"
        "Finance participates.\n"
        "3. Simplify the registration of firms. Provincial Develop-\n"
        "ment and Reform Commission is responsible.\n"
    )
    plan = divplan.parse(text)
    names = [[d.mention for d in i.responsibility.leads] for i in plan.items()]
    assert names[0][1] == "Provincial State-owned Assets Supervision and Administration Commission"
    assert names[1] == ["Hengmu Central Sub-branch of the People's Bank of China"]
    assert names[2] == ["Provincial Development and Reform Commission"]


def test_a_place_word_again_after_and_opens_a_name_of_its_own() -> None:
    # "X Sub-branch of … | and Hengmu Banking | and Insurance Regulatory Bureau": the place word
    # that opened the first name opens the second, whose own "and" joins its words
    text = (
        "Division of Tasks\n\n"
        "1. Extend loans to small firms. Hengmu Central Sub-branch of the People's Bank of China"
        " and Hengmu Banking and Insurance Regulatory Bureau jointly lead, Provincial Department"
        " of Finance participates.\n"
    )
    (item,) = plan_items(text)
    assert sorted(d.mention for d in item.responsibility.leads) == [
        "Hengmu Banking and Insurance Regulatory Bureau",
        "Hengmu Central Sub-branch of the People's Bank of China",
    ]


def plan_items(text: str) -> list[divplan.Item]:
    return list(divplan.parse(text).items())


def test_enclosed_markers_read_as_their_plain_twins() -> None:
    # ㈠ … (subsections) and ⒈ ⒉ … (items), one character each, as a web page sets them
    text = (
        "某市工作任务分工\n一、健全体系\n㈠明确责任\n"
        "⒈将食品安全纳入考核。（市食安办牵头，市绩效办参加）\n"
        "⒉充实基层监管力量。（市编办负责）\n㈡加强能力\n"
        "⒊推进监管所建设。（市财政局负责）\n"
    )
    plan = divplan.parse(text)
    (section,) = plan.sections
    assert [len(s.items) for s in section.subsections] == [2, 1]
    assert [i.number for i in plan.items()] == [1, 2, 3]


def test_a_page_line_of_n_of_m_is_page_furniture() -> None:
    # a PDF-to-text copy's "-- 1 of 3 --" between tasks: no task text, no lost group line
    text = (
        "Division of Tasks\n\nI. Trade\n\n1. Upgrade county distribution centres.\n\n"
        "2. Renovate township commercial centres.\n\n"
        "Leading organ: Ministry of Commerce; supporting organs: Ministry of Finance.\n\n"
        "-- 1 of 3 --\n\n3. Extend express delivery to all villages.\n\n"
        "Leading organ: State Post Bureau; supporting organs: Ministry of Transport.\n"
    )
    plan = divplan.parse(text)
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["MOFCOM"], ["MOF"]),
        ("lead", ["MOFCOM"], ["MOF"]),
        ("lead", ["SPB"], ["MOT"]),
    ]
    assert all("of 3" not in i.text for i in plan.items())


def test_a_flat_export_s_document_columns_are_written_once() -> None:
    # an open-data export: every row repeats the issuer, number and date; a chapter column
    # groups the tasks; the date is no task's deadline
    header = "发文机关,文号,成文日期,章节,序号,重点任务"
    rows = [
        "国务院办公厅,国办函〔2021〕88号,2021-10-15,第二章　健全体系,1,编制综合规划（住房城乡建设部牵头，自然资源部参加）",
        "国务院办公厅,国办函〔2021〕88号,2021-10-15,,2,推进管廊建设（住房城乡建设部、国家发展改革委按职责分工负责）",
        "国务院办公厅,国办函〔2021〕88号,2021-10-15,第四章　强化监管,1,建设监测平台（住房城乡建设部负责）",
    ]
    plan = divplan.parse_bytes("\n".join([header, *rows]).encode(), path="export.csv")
    assert [len(s.items) for s in plan.sections] == [2, 1]
    assert [i.deadline for i in plan.items()] == [None, None, None]
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["MOHURD"], ["MNR"]),
        ("division", ["MOHURD", "NDRC"], []),
        ("sole", ["MOHURD"], []),
    ]
    assert all("国办函" not in i.text for i in plan.items())


def test_a_leader_column_names_a_person_and_the_task_keeps_its_bracket() -> None:
    # 牵头领导 holds a vice mayor, never a lead body; the task cell's own deadline line
    # comes after its bracket, which stays the clause
    header = "序号,重点工作任务及责任单位,牵头领导,备注"
    rows = [
        '1,"清理行政审批事项。（市编办牵头，市法制办配合）\n完成时间节点：2017年6月底前",张立新副市长,',
        '2,"压缩企业开办时间。（市工商局负责）\n完成时间节点：2017年9月底前",刘海副市长,',
    ]
    plan = divplan.parse_bytes("\n".join([header, *rows]).encode(), path="table.csv")
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["市编办"], ["市法制办"]),
        ("sole", ["市工商局"], []),
    ]
    assert [i.deadline.text if i.deadline else None for i in plan.items()] == [
        "2017年6月底前",
        "2017年9月底前",
    ]


def test_an_english_clause_sentence_between_the_task_s_sentences() -> None:
    # task. clause. more of the task: the middle sentence that opens with a body's name and
    # is wholly a clause is the item's, said
    text = (
        "Division of Tasks\n\n1. Rebuild Binhe Road. The Municipal Housing Bureau takes the"
        " lead, Municipal Planning Bureau to fit, before the end of October 2013 to complete."
        " Traffic diversion should be done well during construction.\n"
        "2. Start the sewage plant. The Municipal Water Affairs Bureau is responsible, before"
        " National Day to complete. Its daily capacity reaches 80,000 tons.\n"
    )
    plan = divplan.parse(text)
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["Municipal Housing Bureau"], ["Municipal Planning Bureau"]),
        ("sole", ["Municipal Water Affairs Bureau"], []),
    ]
    assert all(i.responsibility.reading == "inferred" for i in plan.items())
    assert [i.deadline.text if i.deadline else None for i in plan.items()] == [
        "before the end of October 2013 to complete",
        "before National Day to complete",
    ]


def test_under_an_order_legend_a_lone_body_is_said_to_be_a_guess() -> None:
    # "the unit arranged in the front is the lead unit": a list read as written (shared) and
    # a lone body read as sole, each said
    text = (
        "Division of Tasks\n\nNote: In the responsibility column, the unit arranged in the front"
        " is the lead unit, and the rest are the cooperation units.\n\nOne, Approval\n"
        "1. Clean up the approval items.  Responsible units: Municipal Legal Office, Municipal"
        " Supervision Bureau\n2. Open the service hall.  Responsible units: Municipal Service"
        " Center\n"
    )
    plan = divplan.parse(text)
    first, second = plan.items()
    assert first.responsibility.mode == "joint" and second.responsibility.mode == "sole"
    assert first.responsibility.reading == second.responsibility.reading == "inferred"


def test_a_word_file_s_underlined_bodies_lead_under_its_legend(tmp_path: object) -> None:
    # a Word table marking the lead by underlining, its legend saying so: read by the runs
    import io

    import docx

    d = docx.Document()
    d.add_paragraph("Division of Tasks")
    d.add_paragraph("Note: The unit with underline in the responsible unit column is the lead unit.")
    t = d.add_table(rows=3, cols=3)
    for c, v in enumerate(("No.", "Task", "Responsible unit")):
        t.cell(0, c).text = v
    for r, (task, marked, rest) in enumerate(
        [("Cut capacity.", "Department of Raw Materials Industry", ", NDRC"),
         ("Save energy.", "Department of Energy Conservation", ", Ministry of Finance")],
        start=1,
    ):  # fmt: skip
        t.cell(r, 0).text = str(r)
        t.cell(r, 1).text = task
        p = t.cell(r, 2).paragraphs[0]
        p.add_run(marked).underline = True
        p.add_run(rest)
    buf = io.BytesIO()
    d.save(buf)
    plan = divplan.parse_bytes(buf.getvalue(), path="plan.docx")
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["Department of Raw Materials Industry"], ["NDRC"]),
        ("lead", ["Department of Energy Conservation"], ["MOF"]),
    ]


def test_a_mark_grid_of_tasks_by_bodies_reads_its_marks() -> None:
    # bodies as columns, ● under the lead and ○ under a helper (a legend over it); with one
    # kind of mark only, the marked bodies share the task
    grid = (
        "说明：“●”为牵头单位，“○”为配合单位。\n重点任务,发展改革委,商务部,财政部\n"
        "一、扩大消费\n1.促进汽车消费,,●,○\n2.发展夜间经济,○,●,○\n"
    )
    plan = divplan.parse_bytes(grid.encode(), path="grid.csv")
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["MOFCOM"], ["MOF"]),
        ("lead", ["MOFCOM"], ["MOF", "NDRC"]),
    ]
    ticks = (
        "| Key tasks | Ministry of Commerce | Ministry of Finance |\n|---|---|---|\n"
        "| 1. Expand consumption | √ | √ |\n| 2. Open night markets | √ |  |\n"
    )
    plan = divplan.parse_bytes(ticks.encode(), path="grid.md")
    assert [_roles(i) for i in plan.items()] == [
        ("joint", ["MOF", "MOFCOM"], []),
        ("sole", ["MOFCOM"], []),
    ]


def test_formal_numerals_plates_and_task_groups_head_sections() -> None:
    # 壹、貳、 (a formal document), "Plate one:" (板块一), 任务一： over tasks that restart
    for text in (
        "分工方案\n壹、加大力度\n1. 積極的財政政策。（財政部牽頭，國家發展改革委參加）\n"
        "貳、激發活力\n2. 推進要素市場化配置改革。（國家發展改革委負責）\n",
        "Division of Tasks\nPlate one: Grain\n1. Stabilise the grain area.  Undertaking bureau:"
        " Department of Crop Production\nPlate two: Animal husbandry\n1. Control epidemics."
        "  Undertaking bureau: Bureau of Animal Husbandry\n",
        "分工方案\n任务一：推进体系建设\n1.建立协调机制。（综合规划司牵头，政策研究室参加）\n"
        "任务二：深化改革\n1.推进公路管理体制改革。（公路局负责）\n",
    ):
        plan = divplan.parse(text)
        assert [len(s.items) for s in plan.sections] == [1, 1], text[:20]
        assert all(i.responsibility.leads for i in plan.items())


def test_a_masthead_under_a_page_number_is_the_next_page_s_head() -> None:
    # — 1 — / 交通运输部文件 between a section heading and its tasks: no subsection
    text = (
        "交通运输部文件\n\n分工方案\n\n任务一：推进体系建设\n　　1.建立协调机制，统筹规划编制。（综合规划司牵头，"
        "政策研究室参加）\n\n任务二：加强安全监管\n\n— 1 —\n交通运输部文件\n"
        "　　1.完善安全生产监管体制。（安全监督司牵头，有关司局参加）\n"
    )
    plan = divplan.parse(text)
    assert [len(s.items) for s in plan.sections] == [1, 1]
    assert all(not s.subsections for s in plan.sections)


def test_a_group_row_of_a_csv_applies_to_the_rows_above() -> None:
    # 以上均由A牵头，B参加。 in a task column under its tasks; 完成年限 a deadline column
    rows = [
        "工作任務,完成年限",
        "一、完善服務體系,",
        "普及日常健身。,持續推進",
        "發展戶外運動。,2017年底前",
        "以上均由體育總局牽頭，國家發展改革委參加。,",
        "二、培育市場主體,",
        "支持企業發展。,2017年",
        "以上均由財政部負責。,",
    ]
    plan = divplan.parse_bytes("\n".join(rows).encode(), path="plan.csv")
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["GASS"], ["NDRC"]),
        ("lead", ["GASS"], ["NDRC"]),
        ("sole", ["MOF"], []),
    ]
    assert [i.deadline.text if i.deadline else None for i in plan.items()] == [
        "持續推進",
        "2017年底前",
        "2017年",
    ]


def test_a_crawl_s_paragraph_export_reads_as_its_text_column() -> None:
    # doc_id,url,pub_date,para_idx,text: one paragraph a row, the ids counted from 0
    head = "doc_id,url,pub_date,para_idx,text"
    paras = [
        "国务院办公厅关于印发加快转变农业发展方式重点工作分工方案的通知",
        "国办函〔2015〕102号",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        "现将有关重点工作分工方案印发给你们。",
        "国务院办公厅",
        "2015年10月12日",
        "加快转变农业发展方式重点工作分工方案",
        "一、增强粮食生产能力",
        "大规模推进高标准农田建设。",
        "实施耕地质量保护与提升行动。",
        "上述几项工作由国土资源部、农业部牵头，财政部参加。",
    ]
    rows = [f"gov_1,http://www.gov.cn/x.htm,2015-10-19,{k},{p}" for k, p in enumerate(paras)]
    plan = divplan.parse_bytes("\n".join([head, *rows]).encode(), path="crawl.csv")
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["MLR", "MOA"], ["MOF"]),
        ("lead", ["MLR", "MOA"], ["MOF"]),
    ]


def test_black_body_and_bold_narrow_a_led_list() -> None:
    # "the units in black body are the lead units" (黑体): bold read in HTML; a Markdown
    # list led by two with one in bold: the bold one leads
    html = (
        "<html><body><p>Note: In the responsible unit column, the units in black body are the"
        " lead units, and the other units are the cooperating units.</p><table>"
        "<tr><td>No.</td><td>Task</td><td>Responsible unit</td></tr>"
        "<tr><td>1</td><td>Build hubs.</td><td><strong>Provincial Development and Reform"
        " Commission</strong>, Provincial Department of Finance</td></tr></table></body></html>"
    )
    plan = divplan.parse_bytes(html.encode(), path="plan.html")
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["Provincial Development and Reform Commission"], ["Provincial Department of Finance"])
    ]
    md = (
        "> 说明：标粗的为牵头司局，其余为参与单位。\n\n### 一、优化服务\n\n"
        "1. 推行分时段预约诊疗。本项由**医政司**、规划司负责，相关直属单位参与。\n"
    )
    plan = divplan.parse_bytes(md.encode(), path="plan.md")
    assert [_roles(i) for i in plan.items()] == [("lead", ["医政司"], ["规划司"])]


def test_html_character_references_left_in_a_text_read_as_their_characters() -> None:
    # a page saved as text keeping &nbsp; before each paragraph: the markers still open lines,
    # the group's bracket is still a clause, and the spans point into the text as given
    text = (
        "分工方案\n&nbsp;&nbsp;一、加快造林绿化\n&nbsp;&nbsp;（一）大力开展植树造林\n"
        "&nbsp;&nbsp;全年完成造林任务。\n&nbsp;&nbsp;推进防护林体系工程建设。\n"
        "&nbsp;&nbsp;（以上工作由造林绿化管理司牵头，发展规划与资金管理司参加）\n"
    )
    plan = divplan.parse(text)
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["造林绿化管理司"], ["发展规划与资金管理司"]),
        ("lead", ["造林绿化管理司"], ["发展规划与资金管理司"]),
    ]
    first = next(iter(plan.items())).responsibility.leads[0]
    assert text[first.span[0] : first.span[1]] == "造林绿化管理司"


def test_a_county_level_leader_s_line_names_a_person() -> None:
    # 县级联系领导：秦志远 under a task is no department and no task
    text = (
        "某县重点任务分工方案\n一、推进厕所革命\n1. 稳步推进农村户厕改造。（县农业农村局牵头，县财政局配合）\n"
        "县级联系领导：秦志远\n完成时限：2024年11月底前\n"
        "2. 开展问题厕所摸排整改。（各乡镇人民政府负责）\n县级联系领导：梁文博\n"
        "完成时限：2024年6月底前\n"
    )
    plan = divplan.parse(text)
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["县农业农村局"], ["县财政局"]),
        ("sole", ["各乡镇人民政府"], []),
    ]


def test_a_legend_of_a_mark_brought_after_the_name() -> None:
    # "Bring △ is the lead unit" (带△的为牵头单位, machine-translated), △ after the name
    text = (
        "Division of tasks\n(Note: Bring △ is the lead unit, the same below)\nI. Logistics\n"
        "1. Compile the layout planning of the logistics parks. (Provincial Development and"
        " Reform Commission△, Provincial Department of Commerce, within three months)\n"
        "2. Support the port logistics hub. (Provincial Department of Transportation,"
        " Provincial Department of Commerce△, before the end of 2013)\n"
    )
    plan = divplan.parse(text)
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["Provincial Development and Reform Commission"], ["Provincial Department of Commerce"]),
        ("lead", ["Provincial Department of Commerce"], ["Provincial Department of Transportation"]),
    ]


def test_a_leader_s_line_last_under_a_task_leaves_its_bracket_the_clause() -> None:
    # 牵头领导：A as the item's last line: set aside, the bracket above it closes the task; a
    # line holding the fields beside the leader's label stays the clause
    text = (
        "某县重点任务分工方案\n一、推进厕所革命\n1. 稳步推进农村户厕改造。（县农业农村局牵头，县财政局配合）\n"
        "牵头领导：秦志远\n2. 开展问题厕所摸排整改。（各乡镇人民政府负责）\n县级联系领导：梁文博\n"
        "3. 开展村庄清洁行动。\n【责任领导】李建国　【责任单位】县城管局（牵头）、各乡镇人民政府\n"
    )
    plan = divplan.parse(text)
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["县农业农村局"], ["县财政局"]),
        ("sole", ["各乡镇人民政府"], []),
        ("lead", ["县城管局"], ["各乡镇人民政府"]),
    ]
