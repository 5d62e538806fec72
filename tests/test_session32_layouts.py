"""Layouts met in the thirty-second session: failures of its first sealed round (holdout384–387),
read after their scoring.

Each test builds a small plan in one layout of the genre — never a copy of a set's plan — and
checks the reading, so that the rule holds for plans none of the sets holds.
"""

from __future__ import annotations

import divplan
from divplan.parsing.inner_clauses import inner_clause
from divplan.read.box_tables import boxed_as_grid
from item_roles import sorted_roles

_roles = sorted_roles  # (tests/item_roles.py)


def _deadlines(plan: divplan.Plan) -> list[str | None]:
    return [i.deadline.text if i.deadline else None for i in plan.items()]


def test_a_clause_set_as_the_task_s_second_paragraph_is_the_task_s() -> None:
    # 1. task / (blank) / A takes the lead, B cooperates. / (blank) / Time limit: …, task by
    # task: the paragraph that is only a clause belongs to the task above it, never a task
    text = (
        "Division of Tasks\n\nI. Roads\n\n1. Repair the bridges damaged by the floods.\n\n"
        "The County Transport Bureau takes the lead, the County Finance Bureau cooperates.\n\n"
        "Completion time limit: before the end of June 2010\n\n"
        "2. Replant the damaged orchards.\n\n"
        "The County Forestry Bureau assumes the main responsibility, the County Finance Bureau"
        " dispatches personnel to participate.\n\n"
        "Completion time limit: before the end of May 2010\n\n"
        "II. Housing\n\n3. Rebuild the houses of families in difficulty.\n\n"
        "The County Civil Affairs Bureau is responsible.\n\n"
        "Completion time limit: before the end of December 2010\n"
    )
    plan = divplan.parse(text)
    assert [len(s.items) for s in plan.sections] == [2, 1]
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["County Transport Bureau"], ["County Finance Bureau"]),
        ("lead", ["County Forestry Bureau"], ["County Finance Bureau"]),
        ("sole", ["County Civil Affairs Bureau"], []),
    ]
    assert _deadlines(plan) == [
        "before the end of June 2010",
        "before the end of May 2010",
        "before the end of December 2010",
    ]


def test_a_clause_inside_a_paragraph_s_sentence_with_its_deadline_line_under_it() -> None:
    # unnumbered prose tasks, the clause between commas (by 由, or the body's name first),
    # a 完成时限 line under each: tasks, never a notice; words in quotation marks name no one
    text = (
        "某市2021年重点工作任务分工\n\n一、粮食生产\n"
        "　　稳定粮食播种面积，由市农业农村局牵头，市财政局配合，确保面积稳定。\n"
        "　　完成时限：2021年春耕前\n"
        "　　实施农村供水工程，市水利局负责，农村自来水普及率提高到90%。\n"
        "　　完成时限：2021年12月底前\n"
        "　　推进数字乡村建设，由市委网信办、市工业和信息化局共同负责，实现光纤全覆盖。\n"
        "　　完成时限：2021年9月底前\n"
    )  # (three tasks at least: rule 2 of the context pass)
    plan = divplan.parse(text)
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["市农业农村局"], ["市财政局"]),
        ("sole", ["市水利局"], []),
        ("joint", ["市委网信办", "市工业和信息化局"], []),
    ]
    assert _deadlines(plan) == ["2021年春耕前", "2021年12月底前", "2021年9月底前"]
    registry = divplan.Registry.default()
    quoted = "落实“在国务院领导下，由地方政府负责、分级管理”的管理体制，确保工资按时发放。"
    assert inner_clause(quoted, 0, len(quoted), registry) is None
    verb_first = "落实贷款政策，推动金融机构加大对运输企业的信贷支持，缓解资金压力。"
    assert inner_clause(verb_first, 0, len(verb_first), registry) is None  # (no body first)


def test_a_label_of_what_is_asked_whose_value_says_who_does_it() -> None:
    # 落实要求：A牵头，B配合，date — the label names the task's demand, its value is the
    # clause: read (inferred, said), never the task's text
    plan = divplan.parse(
        "一、政策\n1. 制定发放管理办法。\n落实要求：财政部牵头，税务总局做好衔接配合，2002年12月底前\n"
        "2. 制定减免办法。\n落实要求：财政部、税务总局负责，2002年12月底前\n"
    )
    items = list(plan.items())
    assert [_roles(i) for i in items] == [
        ("lead", ["MOF"], ["SAT"]),
        ("joint", ["MOF", "SAT"], []),
    ]
    assert all(i.responsibility.reading == "inferred" for i in items)
    assert _deadlines(plan) == ["2002年12月底前", "2002年12月底前"]
    assert any("落实要求" in d.message for d in plan.diagnostics if d.code == "DP208")


def test_a_mark_before_a_name_after_by_and_a_marked_body_alone() -> None:
    # 标◈的为牵头单位: the mark opens the name it stands before (由◈A、B / B、◈C), never
    # the name before the separator; one marked body alone leads (a 牵头 label's reading)
    plan = divplan.parse(
        "方案\n注：标◈的部门为牵头单位，其余为参加单位。\n一、服务\n"
        "1. 发展社区服务。由◈民政部、财政部负责。\n"
        "2. 增加托育供给。由国家卫生健康委、◈国家发展改革委负责。\n"
        "3. 优化景区管理。由◈文化和旅游部负责。\n"
    )
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["MCA"], ["MOF"]),
        ("lead", ["NDRC"], ["NHC"]),
        ("lead", ["MCT"], []),
    ]


def test_a_lead_sentence_then_a_divided_sentence() -> None:
    # 此项工作由A牵头。B、C按职责分工负责。: the divided side takes part beside the lead
    plan = divplan.parse(
        "一、金融\n1．发展金融服务业。此项工作由财政部牵头。人民银行、税务总局按职责分工负责。\n"
        "2．发展旅游业。此项工作由文化和旅游部负责。\n"
    )
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["MOF"], ["PBC", "SAT"]),
        ("sole", ["MCT"], []),
    ]


def test_an_english_forward_scope_line_and_each_task_s_own_deadline_sentence() -> None:
    # "The tasks in this part are led by A unless otherwise noted, and B cooperates." over
    # tasks closing with "Completed before …": the line's roles, the task's own deadline;
    # a task with its own bracket keeps it
    text = (
        "Division of Key Tasks\n\nI. Agriculture\n\n"
        "The tasks in this part are led by the County Agriculture Bureau unless otherwise noted,"
        " and the County Finance Bureau, the County Science and Technology Bureau cooperate.\n\n"
        "1. Build three demonstration bases. Completed before the end of September 2006.\n\n"
        "2. Train 2000 households. Completed before the Mid-Autumn Festival.\n\n"
        "3. Immunise the livestock. (Responsible by County Animal Husbandry Bureau) Long-term"
        " adherence.\n"
    )
    plan = divplan.parse(text)
    lead = ("lead", ["County Agriculture Bureau"],
            ["County Finance Bureau", "County Science and Technology Bureau"])  # fmt: skip
    assert [_roles(i) for i in plan.items()] == [lead, lead, ("sole", ["County Animal Husbandry Bureau"], [])]
    assert _deadlines(plan)[:2] == [
        "Completed before the end of September 2006",
        "Completed before the Mid-Autumn Festival",
    ]


def test_fields_under_a_task_whose_labels_no_lexicon_holds() -> None:
    # Lead department: A / Shared with: B, C / Finish by: date — a line shaped as a field
    # under a field line is one more field (its label guessed by its role's piece or its date)
    text = (
        "Division of Tasks\n\nI. Supply\n"
        "\tBuild day-care centres in urban communities.\n"
        "Lead department: Municipal Civil Affairs Bureau\n"
        "Shared with: Municipal Finance Bureau, Municipal Planning Bureau\n"
        "Finish by: end of December 2014\n"
        "\tEncourage private capital to run care homes.\n"
        "Lead department: Municipal Civil Affairs Bureau\n"
        "Shared with: Municipal Land and Resources Bureau\n"
        "Finish by: end of September 2014\n"
    )
    plan = divplan.parse(text)
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["Municipal Civil Affairs Bureau"],
         ["Municipal Finance Bureau", "Municipal Planning Bureau"]),
        ("lead", ["Municipal Civil Affairs Bureau"], ["Municipal Land and Resources Bureau"]),
    ]  # fmt: skip
    assert _deadlines(plan) == ["end of December 2014", "end of September 2014"]
    assert not [d for d in plan.diagnostics if d.code == "DP301"]


def test_a_table_drawn_in_box_characters_with_cells_wrapped_over_lines() -> None:
    text = (
        "某县重点工作任务分工\n\n"
        "┌──┬────────────┬──────────┬───────┐\n"
        "│序號│工作任務            │責任單位          │完成時間要求│\n"
        "├──┴────────────┴──────────┴───────┤\n"
        "│一、培育龍頭企業                                      │\n"
        "├──┬────────────┬──────────┬───────┤\n"
        "│1 │扶持加工企業技術改造│縣農業局（牽頭）、縣│2002年12月底前│\n"
        "│  │和擴大規模。        │財政局            │       │\n"
        "├──┼────────────┼──────────┼───────┤\n"
        "│2 │落實稅收優惠政策。  │縣財政局、縣國土資源│2002年6月底前 │\n"
        "│  │                    │局                │       │\n"
        "└──┴────────────┴──────────┴───────┘\n"
    )
    grid = boxed_as_grid(text)
    assert grid is not None and len(grid) == len(text) and "│" not in grid
    assert boxed_as_grid("一、任务\n1. 制定办法（财政部负责）\n") is None
    plan = divplan.parse(text)
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["縣農業局"], ["縣財政局"]),
        ("joint", ["縣國土資源局", "縣財政局"], []),
    ]
    assert next(i.text for i in plan.items()) == "扶持加工企業技術改造和擴大規模。"


def test_a_roman_numeral_with_a_colon_heads_a_section() -> None:
    plan = divplan.parse(
        "Plan\nI.: Infrastructure\n1. Build base stations (Ministry of Finance takes the lead)\n"
        "II: Services\n1. Connect hospitals (National Health Commission takes the lead)\n"
    )
    assert [(s.number, s.title, len(s.items)) for s in plan.sections] == [
        (1, "Infrastructure", 1),
        (2, "Services", 1),
    ]


def test_a_word_a_line_s_end_cut_with_a_hyphen_goes_on_the_field() -> None:
    # "… National Develop- / ment and Reform Commission" after a field that reads as closed
    text = (
        "Division of Labour\n\nSupport the enterprises.\nLeading unit: Ministry of Finance\n"
        "Participating units: Ministry of Commerce, National Develop-\n"
        "ment and Reform Commission\nDeadline: Before the end of 2005\n\n"
        "Improve credit services.\nLeading unit: People's Bank of China\n"
        "Participating units: Ministry of Finance\nDeadline: Before the end of 2005\n"
    )
    plan = divplan.parse(text)
    assert _roles(next(iter(plan.items()))) == ("lead", ["MOF"], ["MOFCOM", "NDRC"])


def test_a_group_sentence_naming_the_items_it_covers() -> None:
    # "Responsibility for items 1 to 2: A takes the lead, with B participating." and "…
    # for items 3 and 4 falls on C." after the items they name
    text = (
        "Division of Tasks\n\nI. Waste\n1. Extend the collection system.\n"
        "2. Close the dumping sites.\nResponsibility for items 1 to 2: the County Housing Bureau"
        " takes the lead, with the County Finance Bureau participating.\n"
        "II. Toilets\n3. Convert household toilets.\n4. Set up an emptying service.\n"
        "Responsibility for items 3 and 4 falls on the County Agriculture Bureau.\n"
    )
    plan = divplan.parse(text)
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["County Housing Bureau"], ["County Finance Bureau"]),
        ("lead", ["County Housing Bureau"], ["County Finance Bureau"]),
        ("sole", ["County Agriculture Bureau"], []),
        ("sole", ["County Agriculture Bureau"], []),
    ]


def test_a_ditto_mark_in_a_lead_column_takes_the_lead_above() -> None:
    text = (
        "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t整治城区扬尘。\t市环保局\t市建设局\t2018年6月底前\n"
        "2\t淘汰黄标车。\t〃\t市公安局、市交通运输局\t2018年10月底前\n"
    )
    plan = divplan.parse(text)
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["市环保局"], ["市建设局"]),
        ("lead", ["市环保局"], ["市交通运输局", "市公安局"]),
    ]


# -- round 2 (holdout392–395)


def test_bold_marks_the_lead_where_the_reader_sees_bold() -> None:
    # 注：…以粗体标出的为牵头部门 over a Markdown or an HTML table: the bodies set in bold lead
    # (read inferred, said); a list with none in bold stays shared; a plain text keeps the note
    md = (
        "# 分工\n\n注：责任部门中以粗体标出的为牵头部门。\n\n"
        "| 序号 | 工作任务 | 责任部门 | 完成时限 |\n| --- | --- | --- | --- |\n"
        "| 1 | 落实补贴。 | **财政部**、农业部 | 2004年6月底前 |\n"
        "| 2 | 降低税率。 | 税务总局、**财政部** | 2004年内 |\n"
        "| 3 | 保护耕地。 | 国土资源部、监察部 | 2004年内 |\n"
    )
    plan = divplan.parse_bytes(md.encode("utf-8"), path="plan.md")
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["MOF"], ["MOA"]),
        ("lead", ["MOF"], ["SAT"]),
        ("joint", ["MLR", "MOS"], []),
    ]
    assert [i.responsibility.reading for i in plan.items()][:2] == ["inferred", "inferred"]
    page = (
        "<html><body><p>注：责任部门中以粗体标出的为牵头部门。</p><table>"
        "<tr><td>序号</td><td>工作任务</td><td>责任部门</td></tr>"
        "<tr><td>1</td><td>落实补贴。</td><td><b>财政部</b>、农业部</td></tr>"
        "<tr><td>2</td><td>降低税率。</td><td><strong>税务总局</strong>、财政部</td></tr>"
        "</table></body></html>"
    )
    html_plan = divplan.parse_bytes(page.encode("utf-8"), path="plan.html")
    assert [_roles(i) for i in html_plan.items()] == [
        ("lead", ["MOF"], ["MOA"]),
        ("lead", ["SAT"], ["MOF"]),  # (财政部 bold in row 1, plain in row 2)
    ]
    plain = divplan.parse(md.replace("**", "").replace("# 分工", "分工"))
    assert all(i.responsibility.mode == "joint" for i in plain.items())
    assert any("type styles" in d.message for d in plain.diagnostics)


def test_a_slash_a_bracket_pair_and_a_delta_as_legends_marks() -> None:
    slash = divplan.parse(
        "说明：责任单位栏中“/”前为牵头单位，“/”后为参加单位。\n序号\t工作任务\t责任单位\n"
        "1\t严格控制投资规模。\t发展改革委/国土资源部、统计局\n2\t实行稳健货币政策。\t人民银行\n"
    )
    assert [_roles(i) for i in slash.items()] == [
        ("lead", ["NDRC"], ["MLR", "NBS"]),
        ("sole", ["PBC"], []),
    ]
    pair = divplan.parse(
        "说明：责任部门栏中加【】的为牵头部门，其余为参加部门。\n一、就业\n"
        "1. 加强技能培训。责任单位：【人力资源社会保障部】、财政部\n"
        "2. 规范劳务派遣。责任单位：人力资源社会保障部、全国总工会\n"
    )
    assert [_roles(i) for i in pair.items()] == [
        ("lead", ["MOHRSS"], ["MOF"]),
        ("joint", ["ACFTU", "MOHRSS"], []),
    ]
    delta = divplan.parse(
        "Explanation: the unit with \"Δ\" is the lead unit, the rest is the cooperation units.\n"
        "I. Roads\n1. Clean the streets. (Municipal Urban Management Bureau Δ, Municipal Planning"
        " Bureau)\n2. Repair the lamps. (Municipal Construction Bureau, Municipal Finance Bureau)\n"
    )
    assert [_roles(i) for i in delta.items()] == [
        ("lead", ["Municipal Urban Management Bureau"], ["Municipal Planning Bureau"]),
        ("joint", ["Municipal Construction Bureau", "Municipal Finance Bureau"], []),
    ]


def test_a_delimited_row_cut_by_a_line_break_inside_its_task_cell() -> None:
    plan = divplan.parse(
        "序号\t工作任务\t责任部门\t计划进度\n一、权益\t\t\t\n"
        "1\t建立工资保障机制，\n在建设领域推行保证金制度\t住房城乡建设部、财政部\t2011年12月底前\n"
        "2\t扩大工伤保险覆盖面\t人力资源社会保障部\t持续推进\n"
    )
    items = list(plan.items())
    assert [_roles(i) for i in items] == [
        ("joint", ["MOF", "MOHURD"], []),
        ("sole", ["MOHRSS"], []),
    ]
    assert items[0].text == "建立工资保障机制，在建设领域推行保证金制度"


def test_a_bulleted_note_in_brackets_is_no_task() -> None:
    plan = divplan.parse(
        "Part I. Funds\n• Raise the subsidy.  Deadline: 2006\nLeading agency: Provincial Department"
        " of Finance\n• (Note: the tasks of Part I were adjusted in December 2005.)\n"
        "Part II. Buildings\n• Survey the schools.  Deadline: 2006\nLeading agency: Provincial"
        " Department of Education\n"
    )
    assert [len(s.items) for s in plan.sections] == [1, 1]


def test_a_field_label_right_after_a_closing_bracket_and_an_english_label_s_full_width_colon() -> None:
    plan = divplan.parse(
        "一、饮水\n1. 实施饮水工程（县水利局牵头，县财政局配合）达标时间：2005年11月底前\n"
        "2. 开展水质监测（县卫生局负责）达标时间：每季度\n"
    )
    assert _deadlines(plan) == ["2005年11月底前", "每季度"]
    english = divplan.parse(
        "I. Energy\n1. Issue the benchmark values.\nMain responsibility bureau：Ministry of"
        " Commerce\nAssistant departments：Ministry of Finance; before the end of June 2014\n"
        "2. Eliminate backward capacity.\nMain responsibility bureau：Ministry of Finance\n"
    )
    assert [_roles(i) for i in english.items()] == [
        ("lead", ["MOFCOM"], ["MOF"]),
        ("lead", ["MOF"], []),
    ]


def test_a_running_foot_a_blank_line_away_from_the_page_number() -> None:
    foot = "Qinghe Provincial People's Government Gazette    2008 Issue 13"
    text = (
        f"{foot}\n\n- 1 -\nNotice on the division of tasks\n\nI. Funds\n"
        "1. Set up the guidance fund. The Provincial Department of\n"
        f"{foot}\n\n- 2 -\nFinance and the Provincial Development and Reform Commission, each doing"
        " its part.\n2. Cut the fees. The Provincial Price Bureau is responsible.\n"
    )
    plan = divplan.parse(text)
    first = next(iter(plan.items()))
    assert sorted(d.mention for d in first.responsibility.leads) == [
        "Provincial Department of Finance",
        "Provincial Development and Reform Commission",
    ]


def test_a_list_that_stops_on_its_comma_is_said_to_be_cut() -> None:
    plan = divplan.parse(
        "I. Targets\n1. Include the targets in the assessment  Responsible units: Provincial"
        " Department of Personnel lead the work,  Deadline: End of 2008\n"
        "2. Check the boilers  Responsible units: Provincial Quality Bureau lead the work,"
        " Provincial Economic Commission cooperate  Deadline: End of 2008\n"
    )
    first, second = plan.items()
    assert first.responsibility.reading == "inferred"
    assert any("ends on a separator" in d.message for d in plan.diagnostics)
    assert _roles(second) == (
        "lead", ["Provincial Quality Bureau"], ["Provincial Economic Commission"]
    )  # fmt: skip


def test_the_issuer_and_date_under_the_last_task_are_no_part_of_it() -> None:
    plan = divplan.parse(
        "I. Logistics\n1. Build the stations. The Comprehensive Planning Department takes the"
        " lead, the Ministry of Finance cooperates.\n2. Promote the brands. The Transport Services"
        " Department takes the lead, the provincial transportation departments cooperate.\n"
        "General Office of the Ministry of Transport\nIssued on April 13, 2023\n"
    )
    last = list(plan.items())[-1]
    assert "General Office" not in last.text
    assert last.responsibility.mode == "lead"


# -- the final round (holdout388–391), after its first scoring


def test_a_caret_and_a_bracket_pair_marked_in_words_and_an_english_slash_legend() -> None:
    caret = divplan.parse(
        "Note: units marked ^ take the lead; other units listed work with them.\nI. Coal\n"
        "1. Cap coal use (Provincial Energy Administration^, Provincial Finance Department)\n"
    )
    assert _roles(next(iter(caret.items()))) == (
        "lead", ["Provincial Energy Administration"], ["Provincial Finance Department"]
    )  # fmt: skip
    pair = divplan.parse(
        "說明：責任單位中用【】標註的為牽頭單位，其餘為配合單位。\n一、取暖\n"
        "1．編制清潔取暖方案。（【城市建設司】、標準定額司，2020年6月底前）\n"
    )
    assert _roles(next(iter(pair.items()))) == ("lead", ["城市建設司"], ["標準定額司"])
    slash = divplan.parse(
        "Note: In the responsible unit column, the unit before the slash is the leading unit.\n"
        "No.\tWork tasks\tResponsible unit\n1\tStabilise grain output.\tProvincial Department"
        " of Agriculture / Provincial Department of Finance, Provincial Grain Bureau\n"
        "2\tRepair the canals.\tProvincial Water Resources Department\n"
    )
    assert _roles(next(iter(slash.items()))) == (
        "lead", ["Provincial Department of Agriculture"],
        ["Provincial Department of Finance", "Provincial Grain Bureau"],
    )  # fmt: skip


def test_a_group_line_naming_its_items_before_a_dash() -> None:
    plan = divplan.parse(
        "I. Investment\n1. Revise the catalogue.  Deadline: By the end of June 2004\n"
        "2. Hold the fair.  Deadline: Within 2004\nItems 1 to 2 — Lead: Ministry of Commerce;"
        " Support: Ministry of Finance\n"
    )
    assert [_roles(i) for i in plan.items()] == [("lead", ["MOFCOM"], ["MOF"])] * 2
    assert _deadlines(plan) == ["By the end of June 2004", "Within 2004"]


def test_a_markdown_table_of_one_cell_a_paragraph() -> None:
    # a page converted to Markdown: 序号 / 工作任务 / 办理司局 / 完成时限, each cell a paragraph
    cells = ["序号", "工作任务", "办理司局", "完成时限", "一、合作医疗", "1", "总结试点经验。",
             "农村卫生管理司", "2004年6月底前", "2", "加强疾病防控。", "疾病控制司", "持续推进"]  # fmt: skip
    md = "# 分工\n\n" + "\n\n".join(cells) + "\n"
    plan = divplan.parse_bytes(md.encode("utf-8"), path="plan.md")
    assert [_roles(i) for i in plan.items()] == [
        ("sole", ["农村卫生管理司"], []),
        ("sole", ["疾病控制司"], []),
    ]
    assert _deadlines(plan) == ["2004年6月底前", "持续推进"]


def test_a_csv_of_a_group_column_over_tasks_whose_cells_hold_clause_and_deadline() -> None:
    csv_text = (
        "类别,重点工作\n"
        '一、简政放权,"全面清理市级行政审批事项，公布保留事项目录（市编办牵头，市法制办配合）'
        '\n兑现时间：2017年6月底前"\n'
        ',"推行多证合一登记制度改革，压缩企业开办时间（市工商局牵头，市质监局配合）'
        '\n兑现时间：2017年10月底前"\n'
    )
    plan = divplan.parse_bytes(csv_text.encode("utf-8"), path="plan.csv")
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["市编办"], ["市法制办"]),
        ("lead", ["市工商局"], ["市质监局"]),
    ]
    assert _deadlines(plan) == ["2017年6月底前", "2017年10月底前"]


# -- round 3 (holdout396–399)


def test_a_semicolon_separated_export_and_a_flattened_table_with_no_number_column() -> None:
    ssv = (
        '"Task";"Lead unit";"Participating units"\n'
        '"Expand night-time consumption.";"Municipal Commerce Bureau";"Municipal Finance Bureau"\n'
        '"Hold sports events.";"Municipal Sports Bureau";"Municipal Public Security Bureau"\n'
    )
    plan = divplan.parse_bytes(ssv.encode("utf-8"), path="plan.csv")
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["Municipal Commerce Bureau"], ["Municipal Finance Bureau"]),
        ("lead", ["Municipal Sports Bureau"], ["Municipal Public Security Bureau"]),
    ]
    flat = divplan.parse(
        "某省重点工作分工\n\n主要任务\n责任厅局\n推进时序\n一、淘汰落后产能\n"
        "关停小火电机组30万千瓦。\n省经委牵头，省环保局参加\n2008年底前\n"
        "实行差别电价。\n省物价局、省电力公司\n2008年6月底前\n二、重点领域节能\n"
        "推广新型墙体材料。\n省建设厅牵头，省质监局参加\n持续推进\n"
    )
    assert [_roles(i) for i in flat.items()] == [
        ("lead", ["省经委"], ["省环保局"]),
        ("joint", ["省物价局", "省电力公司"], []),
        ("lead", ["省建设厅"], ["省质监局"]),
    ]
    assert _deadlines(flat) == ["2008年底前", "2008年6月底前", "持续推进"]


def test_a_note_under_a_delimited_table_ends_it_and_a_column_of_when_it_is_finished() -> None:
    csv_text = (
        "No.,Key tasks,Remarks\nI. Network,,\n"
        '1,"Build the logistics nodes. State Post Bureau takes the lead, Ministry of Commerce'
        ' ties in.",\n2,"Carry small parcels on buses. Ministry of Transport bears the duty.",\n'
        ",,\nNote: 1. The Ministry will supervise the tasks.,,\n"
        "2. Provincial departments shall report by 15 December.,,\n"
        "Prepared by: General Office of the Ministry,,Printed: 2017-04-12\n"
    )
    plan = divplan.parse_bytes(csv_text.encode("utf-8"), path="plan.csv")
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["SPB"], ["MOFCOM"]),
        ("sole", ["MOT"], []),
    ]
    page = divplan.parse(
        "No.\tTasks\tTo be finished within\nI. Income\n1\tRaise wages. (National Development"
        " and Reform Commission takes the lead)\tEnd of June 2025\n2\tCut fees. (Ministry of"
        " Finance takes the lead)\tOngoing\n"
    )
    assert _deadlines(page) == ["End of June 2025", "Ongoing"]


def test_a_group_line_for_this_section_after_its_table() -> None:
    md = (
        "### 一、基础设施\n\n| 序号 | 工作任务 | 完成时限 |\n|---|---|---|\n"
        "| 1 | 加快高速公路建设。 | 2009年6月底前 |\n| 2 | 实施水库除险加固。 | 2009年雨季来临前 |\n\n"
        "本节各项任务，由省发展改革委牵头，省交通运输厅、省水利厅参加。\n\n"
        "### 二、民生\n\n| 序号 | 工作任务 | 完成时限 |\n|---|---|---|\n"
        "| 3 | 扩大就业。 | 2009年全年 |\n| 4 | 提高低保标准。 | 2009年底前 |\n\n"
        "本节各项任务，由省民政厅、省财政厅按职责分工负责。\n"
    )
    plan = divplan.parse_bytes(md.encode("utf-8"), path="plan.md")
    lead = ("lead", ["省发展改革委"], ["省交通运输厅", "省水利厅"])
    divided = ("division", ["省民政厅", "省财政厅"], [])
    assert [_roles(i) for i in plan.items()] == [lead, lead, divided, divided]


def test_a_ticked_legend_and_a_later_page_s_head_of_issuer_and_document_number() -> None:
    ticked = divplan.parse(
        "Note: the unit ticked with ☑ is the leading unit, and other units are coordinating.\n"
        "I. Trade\n1. Speed up tax refunds. (☑Provincial State Tax Bureau, Provincial"
        " Department of Finance)\n2. Expand credit insurance. (Provincial Department of"
        " Commerce, Provincial Department of Finance)\n"
    )
    assert [_roles(i) for i in ticked.items()] == [
        ("lead", ["Provincial State Tax Bureau"], ["Provincial Department of Finance"]),
        ("joint", ["Provincial Department of Commerce", "Provincial Department of Finance"], []),
    ]
    text = (
        "中华人民共和国农业部\n农发〔2004〕3号\n\n关于印发重点工作分工方案的通知\n\n一、畜牧\n"
        "　　推进畜禽良种工程。（畜牧业司负责）\n　　办结日期：2004年全年\n"
        "　　健全动物疫病防控体系。（兽医局牵头，商务部参加）\n　　办结日期：持续推进\n\n"
        "— 1 —\n农业部文件　农发〔2004〕3号\n\n"
        "　　加强兽药质量监管。（兽医局、畜牧业司按职责分工负责）\n　　办结日期：2004年10月底\n"
        "　　加快农垦企业改革。（农垦局负责）\n　　办结日期：2004年12月底\n"
    )
    plan = divplan.parse(text)
    assert len(list(plan.items())) == 4
    assert not any("农业部文件" in i.text for i in plan.items())


def test_a_stop_after_a_word_written_short_ends_no_sentence() -> None:
    # "… take the lead, Provincial Dev. & Reform Commission, … cooperate.": "Dev." is a word
    # of a name (names/abbreviated_words.tsv), not a sentence's end, so the whole clause reads
    plan = divplan.parse(
        "I. Credit\n3. Increase the loan support. Pantan Central Sub-branch of People's Bank"
        " takes the lead, Provincial Dev. & Reform Commission, Provincial Finance Department"
        " cooperate.\n"
    )
    assert _roles(next(iter(plan.items()))) == (
        "lead", ["Pantan Central Sub-branch of People's Bank"],
        ["Provincial Dev. & Reform Commission", "Provincial Finance Department"],
    )  # fmt: skip
