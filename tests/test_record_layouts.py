"""Layouts of records and fields whose words the lexicon does not know (holdout152–155).

Each test builds a small plan in one layout of the genre and checks the reading, and that the
reader says where it guessed (DP208) or could not read (DP201).  Phrasings are in
``fixtures/clauses.txt``; these are the layouts around them.
"""

from __future__ import annotations

from pathlib import Path

import divplan
from divplan.parsing.label_context import label_context
from divplan.parsing.label_roles import role_marks
from divplan.read.keyed_rows import keyed_rows
from item_roles import item_roles

_roles = item_roles


def _codes(plan: divplan.Plan, code: str) -> list[str]:
    return [d.message for d in plan.diagnostics if d.code == code]


_KEYED = (
    "类型,内容\n"
    "标题,国务院关于印发2002年市场秩序重点工作分工的通知\n"
    "文号,国发〔2002〕17号\n"
    "落款,国务院\n"
    "日期,二〇〇二年五月二十八日\n"
    "附件标题,2002年市场秩序重点工作分工\n"
    "部分,一、严厉打击制售假冒伪劣商品违法犯罪活动\n"
    "任务,开展打假专项行动，端掉一批制假窝点。\n"
    "分工,牵头部门：国家质检总局；配合部门：国家工商总局\n"
    "时限,完成时限：2002年底前\n"
    "任务,加强农业生产资料市场监管。\n"
    "分工,牵头部门：农业部；配合部门：国家质检总局\n"
    "时限,完成时限：长期坚持\n"
    "部分,二、整顿和规范财税金融秩序\n"
    "任务,严厉打击偷税骗税违法犯罪活动。\n"
    "分工,牵头部门：国家税务总局；配合部门：公安部、海关总署\n"
    "时限,完成时限：2002年底前\n"
)


def test_a_keyed_row_export_is_read_as_the_plan_its_values_spell(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(_KEYED, encoding="utf-8")
    plan = divplan.parse_file(path)
    assert [s.title for s in plan.sections] == [
        "严厉打击制售假冒伪劣商品违法犯罪活动",
        "整顿和规范财税金融秩序",
    ]
    items = plan.items()
    assert [_roles(i) for i in items] == [
        ("lead", ["国家质检总局"], ["国家工商总局"], False),
        ("lead", ["农业部"], ["国家质检总局"], False),
        ("lead", ["国家税务总局"], ["公安部", "海关总署"], False),
    ]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "2002年底前",
        "长期坚持",
        "2002年底前",
    ]


def test_a_key_that_names_a_field_column_is_kept_as_its_label() -> None:
    rows = "".join(f"任务,任务{n}。\n牵头单位,财政部\n完成时限,2020年底前\n" for n in range(1, 5))
    out = keyed_rows("类型,内容\n" + rows)
    assert out is not None
    assert "牵头单位：财政部\n完成时限：2020年底前\n" in out.text()


def test_a_two_column_table_of_tasks_is_no_keyed_export() -> None:
    rows = "".join(
        f"Build the {n}th road network link,Ministry of Transport\n" for n in range(1, 12)
    )
    assert keyed_rows("Task,Responsible unit\n" + rows) is None
    assert keyed_rows("A plan\n\nOne, two, three.\n") is None


def test_two_unknown_unit_labels_are_the_lead_and_the_helpers_in_order() -> None:
    text = (
        "Division of Tasks of Wuheng Province\n\nI. Government services\n\n"
        "1. Realize the package handling of 20 key matters  Banner-holding unit: Provincial Data"
        " Bureau  Side-wing units: Provincial Development and Reform Commission\n"
        "2. Publish the list of licensing matters  Banner-holding unit: Provincial Judicial"
        " Department  Side-wing units: Provincial Data Bureau\n"
    )
    plan = divplan.parse(text)
    assert [_roles(i) for i in plan.items()] == [
        (
            "lead",
            ["Provincial Data Bureau"],
            ["Provincial Development and Reform Commission"],
            False,
        ),
        ("lead", ["Provincial Judicial Department"], ["Provincial Data Bureau"], False),
    ]
    said = " ".join(_codes(plan, "DP208"))
    assert "Banner-holding unit" in said and "Side-wing units" in said


def test_unknown_labels_a_line_each_read_in_order_but_not_across_items() -> None:
    text = (
        "1. Improve the farmland.\n   Vanward unit: County Agriculture Bureau\n"
        "   Sidecar units: County Finance Bureau\n"
        "2. Protect cultivated land.\n   Vanward unit: County Natural Resources Bureau\n"
    )
    at = text.index("Vanward unit:")
    assert label_context(text, at, at + len("Vanward unit:")) == "first"
    at = text.index("Sidecar units:")
    assert label_context(text, at, at + len("Sidecar units:")) == "second"
    line = "• Responsible by Farmland Management Department: Carry out the spot check"
    at = line.index("by")  # (a clause opening its task, "A: task", is no field)
    assert label_context(line, at, line.index(":") + 1) is None


def test_an_unknown_unit_label_alone_is_the_responsible_field() -> None:
    text = (
        "白岩省2011年醫改重點工作分工\n\n一、加快健全基本醫療保障制度\n\n"
        "1. 城鎮居民醫保補助標準提高到每人每年200元。  履責單位：省財政廳、省衛生廳  完成时限：2011年7月底前\n"
        "2. 全面推開尿毒症等8類大病保障工作。  履責單位：省衛生廳  完成时限：2011年底前\n"
    )
    plan = divplan.parse(text)
    assert [_roles(i) for i in plan.items()] == [
        ("joint", ["省財政廳", "省衛生廳"], [], False),
        ("sole", ["省衛生廳"], [], False),
    ]
    assert all(i.responsibility.reading == "inferred" for i in plan.items())
    meta = "索引号：GK  Issuing agency:  General Office of Shaopu Provincial People's Government"
    at = meta.index("Issuing")  # (a page's metadata field names who published it: no unit)
    assert label_context(meta, at, meta.index("agency:") + len("agency:")) is None


def test_paragraphs_in_the_layout_of_the_read_tasks_are_tasks_though_unread() -> None:
    text = (
        "国务院关于印发重点工作分工方案的通知\n\n重点工作分工方案\n\n一、推进研发设计服务业发展\n"
        "鼓励企业向研发设计环节延伸。由工业和信息化部牵头，科技部参加。\n完成时限：2014年底前\n"
        "研究制定加快科技服务业发展的若干政策。科技部包圆。\n完成时限：2014年12月底前\n"
        "扩大研发费用加计扣除政策适用范围。由财政部牵头，税务总局参加。\n完成时限：2015年6月底前\n"
        "二、促进现代物流健康发展\n"
        "加快建设区域性物流中心。由发展改革委牵头，交通运输部参加。\n完成时限：持续推进\n"
        "完善城市配送车辆通行管理。商务部、公安部对对碰。\n完成时限：2015年底前\n"
    )
    plan = divplan.parse(text)
    items = plan.items()
    assert [i.text[:6] for i in items] == [
        "鼓励企业向研",
        "研究制定加快",
        "扩大研发费用",
        "加快建设区域",
        "完善城市配送",
    ]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "2014年底前",
        "2014年12月底前",
        "2015年6月底前",
        "持续推进",
        "2015年底前",
    ]
    assert [i.responsibility.mode for i in items] == ["lead", None, "lead", "lead", None]
    assert len(_codes(plan, "DP201")) == 2  # (said, not lost)


def test_a_lead_mark_of_unknown_words_is_read_by_its_pieces_not_a_deadlines() -> None:
    found = role_marks("Ministry of Commerce (pace-setter); Ministry of Finance")
    assert [(at, kind) for at, (_, kind, _) in found.items()] == [(21, "lead_mark")]
    assert role_marks("Ministry of Commerce (first half of 2020), Ministry of Finance") == {}
    assert role_marks("Ministry of Commerce (pace-setter)") == {}  # (one name: nothing to mark)


def test_a_footer_of_fields_set_apart_by_pipes_ends_the_last_task() -> None:
    item = (
        "8. Expand the import of advanced technology. The Development and Reform Commission"
        " carries the banner, with the Ministry of Commerce and the Ministry of Finance as"
        " wingmen; continue to advance.\n"
    )
    footer = (
        "Source: translated from Chinese | Tags: foreign trade, export tax rebate | Previous:"
        " Notice on stabilizing employment | Next: Opinions on the reform of the medical system\n"
    )
    head = "Division of Key Tasks for Stabilizing Foreign Trade\n\nI. Policy support\n\n"
    with_blank = divplan.parse(head + item + "\n" + footer).items()
    without = divplan.parse(head + item + footer).items()
    assert [_roles(i) for i in without] == [_roles(i) for i in with_blank]
    assert _roles(without[0]) == (
        "lead",
        ["Development and Reform Commission"],
        ["Ministry of Commerce", "Ministry of Finance"],
        False,
    )


def test_a_heading_numbered_like_the_items_between_them_is_a_section() -> None:
    text = (
        "Division of Tasks for the Urban Living Environment\n"
        "1. Upgrading Old Communities\n"
        "1. Complete a survey of old communities. The Municipal Housing Bureau is responsible,"
        " by the end of September 2019.\n"
        "2. Introduce property management. The Municipal Housing Bureau is responsible, on a"
        " continuing basis.\n"
        "2. Improving Municipal Infrastructure\n"
        "3. Rebuild 45 kilometres of pipelines. The Municipal Water Affairs Bureau is"
        " responsible, by the end of November 2019.\n"
        "4. Add 3,000 public parking spaces. The Municipal Public Security Bureau is responsible,"
        " by the end of December 2019.\n"
    )
    plan = divplan.parse(text)
    assert [s.title for s in plan.sections] == [
        "Upgrading Old Communities",
        "Improving Municipal Infrastructure",
    ]
    assert [[i.number for i in s.items] for s in plan.sections] == [[1, 2], [3, 4]]
    assert plan.sections[0].items[1].responsibility.mode == "sole"


def test_labelled_fields_inside_a_bracket_that_is_a_fields_whole_value() -> None:
    text = (
        "淩浦省推進社會主義新農村建設重點工作分工\n一、發展現代農業\n"
        "1. 穩定發展糧食生產，落實糧食直補政策。  责任单位：（牽頭單位：省農業廳；配合單位：省財政廳、"
        "省糧食局；2006年6月底前）\n"
        "2. 推廣農村沼氣，新建戶用沼氣池5萬口。  责任单位：（責任單位：省農業廳、省財政廳；2006年10月底前）\n"
    )
    items = divplan.parse(text).items()
    assert [_roles(i) for i in items] == [
        ("lead", ["省農業廳"], ["省財政廳", "省糧食局"], False),
        ("joint", ["省農業廳", "省財政廳"], [], False),
    ]


def test_a_column_of_unknown_unit_words_is_read_through_its_label_and_said() -> None:
    from divplan.read.table_headers import find_header

    header = find_header(["No.", "Key tasks", "Carry-out units"])
    assert header is not None and header.roles == ("number", "task", None)  # (named below)
    assert find_header(["Name", "Address", "Contact unit"]) is None
    text = (
        "Division of Labor Plan for the Key Tasks of Trade in 2019\n\n"
        "| No. | Key tasks | Carry-out units |\n|---|---|---|\n"
        "| 1 | Expand the import of consumer goods. Time node: Continuously promote |"
        " Department of Foreign Trade (rope head), Ministry of Finance |\n"
        "| 2 | Cultivate 100 upgrading bases. | Department of Foreign Trade |\n"
    )
    plan = divplan.parse(text)
    items = plan.items()
    assert [_roles(i) for i in items] == [
        ("lead", ["Department of Foreign Trade"], ["Ministry of Finance"], False),
        ("sole", ["Department of Foreign Trade"], [], False),
    ]
    assert items[0].deadline is not None and items[0].deadline.text == "Continuously promote"
    assert all(i.responsibility.reading == "inferred" for i in items)
    assert any("Carry-out units" in m for m in _codes(plan, "DP208"))


def test_a_delimited_rows_unit_cell_is_whole_though_it_ends_in_words() -> None:
    text = (
        "寿城县创建卫生县城工作任务分解表\n"
        "工作任务,责任单位,完成时限\n"
        "一、市容环境卫生,,\n"
        "改造城区公厕20座。,县建设局、县环卫所各耕其田,2007年9月底前\n"
        "整治背街小巷卫生死角。,城关镇人民政府,长期坚持\n"
    )
    items = divplan.parse(text).items()
    assert [[d.mention for d in i.responsibility.leads] for i in items] == [
        ["县建设局", "县环卫所"],
        ["城关镇人民政府"],
    ]


def test_a_chinese_heading_does_not_run_into_the_task_sentence_under_it() -> None:
    text = (
        "国务院关于促进中部地区崛起的重点工作分工\n"
        "一、加强能源原材料基地和交通运输枢纽建设\n"
        "有序推进大型煤炭基地建设。\n"
        "加快电网建设，推进跨区域电力输送。\n"
        "责任单位：国家发展改革委、国家电监会；完成时限：持续推进\n"
    )
    plan = divplan.parse(text)
    assert [s.title for s in plan.sections] == ["加强能源原材料基地和交通运输枢纽建设"]
    assert [i.text for i in plan.items()] == [
        "有序推进大型煤炭基地建设。",
        "加快电网建设，推进跨区域电力输送。",
    ]


def test_a_field_line_the_page_cut_inside_a_name_goes_on_to_its_last_words() -> None:
    text = (
        "Division of Key Tasks for Rural Black and Odorous Water Bodies\n\n"
        "I. Implement classified treatment\n"
        "Control the source of pollution, cut off sewage entering rivers.\n"
        "Promote the resource utilization of livestock and poultry manure.\n"
        "Responsible units: Ministry of Agriculture and Rural Affairs, Ministry of Natural\n"
        "Resources, National Health Commission each hold its own gate.\n\n"
        "II. Strengthen long-term management\n"
        "Encourage villagers to join the daily maintenance.\n"
        "Responsible units: Ministry of Water Resources, Supervision Department\n"
        "Investigate and punish the violations.\n"
    )
    items = divplan.parse(text).items()
    assert [d.mention for d in items[0].responsibility.leads] == [
        "Ministry of Agriculture and Rural Affairs",
        "Ministry of Natural Resources",
        "National Health Commission",
    ]
    assert items[0].responsibility.mode == "division"
    assert "Investigate and punish the violations." not in [
        d.mention for i in items for d in i.responsibility.leads
    ]


def test_an_export_of_numbered_paragraph_rows_is_read_as_its_paragraphs() -> None:
    rows = [
        "Division of Labor Opinions on the Key Work of the Departments",
        "First, Maintain the economic operation in a reasonable range",
        "1. Implement a proactive fiscal policy. The Ministry of Finance takes the lead, the"
        " People's Bank of China participates, before the end of June 2016.",
        "2. Resolve the excess capacity of steel. The Ministry of Industry and Information"
        " Technology is responsible, before the end of 2016.",
        "Second, Deepen innovation-driven development",
        "3. Implement major science and technology projects. The Ministry of Science and"
        " Technology is responsible, continuous promotion.",
        "4. Promote mass entrepreneurship. The Ministry of Human Resources and Social Security"
        " is responsible, before the end of 2016.",
        "State Council",
        "March 2016",
    ]
    text = "para_id,text\n" + "".join(f'{n},"{r}"\n' for n, r in enumerate(rows, 1))
    plan = divplan.parse(text)
    assert [i.number for i in plan.items()] == [1, 2, 3, 4]
    assert [len(s.items) for s in plan.sections] == [2, 2]
    assert plan.items()[0].responsibility.mode == "lead"
    assert keyed_rows(text.replace("2,", "7,", 1)) is None  # (ids that do not run: no export)


def test_a_sheet_of_one_cell_a_row_reads_its_headings_and_paragraphs() -> None:
    text = (
        "岁禾县2025年和美乡村建设重点任务分工方案\n"
        "一、人居环境整治,\n"
        ",推进农村生活污水治理，新增治理行政村12个。\n"
        ",开展村庄清洁行动，建立农村生活垃圾收运处置长效机制。\n"
        ",牵头单位：县农业农村局；配合单位：县住建局、各乡镇人民政府\n"
        "二、乡村产业发展,\n"
        ",培育壮大特色种养业，打造茶叶、油茶两条全产业链。\n"
        ",发展农村电商，建设县级电商公共服务中心。\n"
        ",牵头单位：县商务局；配合单位：县农业农村局\n"
    )
    plan = divplan.parse(text)
    assert [s.title for s in plan.sections] == ["人居环境整治", "乡村产业发展"]
    assert [_roles(i)[:2] for i in plan.items()] == [
        ("lead", ["县农业农村局"]),
        ("lead", ["县农业农村局"]),
        ("lead", ["县商务局"]),
        ("lead", ["县商务局"]),
    ]
    assert keyed_rows("One, two, three.\nA plan, as prose, with commas.\n" * 5) is None


def test_field_rows_under_each_task_of_a_sheet_and_an_empty_one() -> None:
    text = (
        "国务院2022年重点工作分工方案\n"
        "序号\t重点工作及责任单位\n"
        "一、稳定宏观经济大盘\t\n"
        "1\t实施新的组合式税费支持政策，加大增值税留抵退税力度\n"
        "\t打总单位：财政部\n"
        "\t呼应单位：税务总局、人民银行\n"
        "2\t强化安全生产责任落实，深入开展安全生产专项整治\n"
        "\t打总单位：应急管理部\n"
        "\t呼应单位：\n"
        "二、推动绿色低碳发展\t\n"
        "3\t加强耕地保护，严守耕地红线\n"
        "\t打总单位：自然资源部\n"
        "\t呼应单位：农业农村部\n"
    )
    plan = divplan.parse(text)
    assert [s.title for s in plan.sections] == ["稳定宏观经济大盘", "推动绿色低碳发展"]
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["财政部"], ["税务总局", "人民银行"], False),
        ("lead", ["应急管理部"], [], False),
        ("lead", ["自然资源部"], ["农业农村部"], False),
    ]
    from divplan.read.table_headers import find_header

    header = find_header(["序号", "重点工作及责任单位"])  # (its tasks hold their units)
    assert header is not None and header.roles == ("number", "task")


def test_a_sheet_of_markers_and_texts_under_a_number_column() -> None:
    text = (
        "序號,內容\n"
        ",柘林縣人民政府辦公室關於印發鄉村振興重點工作任務分工的通知\n"
        ",經縣政府同意，現將任務分工印發給你們，請認真貫徹落實。\n"
        ",柘林縣2024年鄉村振興重點工作任務分工\n"
        "一、,抓好糧食和重要農產品穩產保供\n"
        "1,落實糧食安全黨政同責（縣農業農村局牽頭，縣財政局配合）\n"
        "2,實施高標準農田建設項目（縣農業農村局負責）\n"
        "二、,推進鄉村產業發展\n"
        "1,培育壯大茶葉特色產業（縣商務局牽頭，縣農業農村局配合）\n"
        "2,發展鄉村旅遊（縣文化廣電旅遊體育局負責）\n"
    )
    plan = divplan.parse(text)
    assert [s.title for s in plan.sections] == ["抓好糧食和重要農產品穩產保供", "推進鄉村產業發展"]
    assert [(i.number, _roles(i)[0]) for i in plan.items()] == [
        (1, "lead"),
        (2, "sole"),
        (1, "lead"),
        (2, "sole"),
    ]
