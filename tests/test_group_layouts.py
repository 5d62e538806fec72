"""Layouts that say who does a group of tasks once: a sentence after the group (以上工作由A牵头…),
and numbered tasks whose field lines stand over (1) (2) points that carry clauses of their own.

Each test is a short plan written for the layout, not taken from a corpus document.
"""

from __future__ import annotations

import pytest

import divplan
from divplan.parsing.group_scope import opens_group_sentence

from conftest import reading


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("以上工作由县水利局牵头，县财政局配合。", True),
        ("上述任务责任单位：县民政局", True),
        ("以上三项工作由县农业局负责。", True),
        ("以上工作由市民政局牽頭，市財政局配合。", True),
        ("The above tasks are led by the County Finance Bureau.", True),
        ("The tasks above are the responsibility of the County Finance Bureau.", True),
        ("Above 1-4 item work, County Agriculture Bureau, County Forestry Bureau each take", True),
        ("Items 5 to 8 above are led by the County Finance Bureau.", True),
        ("Above 2,000 tons of grain are stored.", False),
        ("Above work by Municipal Water Conservancy Bureau, Municipal Construction Bureau", True),
        ("以上率先完成试点的地区给予奖励。", False),
        ("1．以上工作", False),
        ("Above all, improve the approval process.", False),
    ],
)
def test_what_opens_a_group_sentence(line: str, opens: bool) -> None:
    assert opens_group_sentence(line, 0, len(line)) is opens


def test_a_sentence_after_a_group_gives_its_tasks_their_roles() -> None:
    # 1．… 2．… / 以上工作由A牵头，B配合，…完成。: the tasks above it take its roles and its deadline,
    # by inference; the sentence is no task and no part of the task above it; a task with its
    # own clause keeps it, and one with its own deadline keeps that
    zh = (
        "某县饮水安全工作任务分工\n\n一、供水工程\n1．新建集中供水工程3处。\n"
        "2．改造小型供水工程。\n以上工作由县水利局牵头，县财政局配合，2019年11月底前完\n成。\n"
        "3．划定水源保护区。（县生态环境局负责）\n4．清理排污口。（2019年9月底前）\n"
        "以上工作责任单位：县水利局；保障单位：各乡镇人民政府；完成时限：2019年12月底前。\n"
        "二、运行管护\n5．公布维修服务电话。\n以上工作由县水利局负责。\n"
    )
    plan = divplan.parse(zh)
    items = plan.items()
    assert [i.number for i in items] == [1, 2, 3, 4, 5]
    assert [reading(i) for i in items] == [
        ("lead", ["县水利局"], ["县财政局"], "2019年11月底前完成"),
        ("lead", ["县水利局"], ["县财政局"], "2019年11月底前完成"),
        ("sole", ["县生态环境局"], [], None),
        ("lead", ["县水利局"], ["各乡镇人民政府"], "2019年9月底前"),
        ("sole", ["县水利局"], [], None),
    ]
    assert [i.responsibility.reading for i in items] == [
        "inferred", "inferred", "exact", "inferred", "inferred"
    ]  # fmt: skip
    assert items[1].text == "改造小型供水工程。"
    notes = [d.message for d in plan.diagnostics if d.code == "DP208"]
    assert len(notes) == 4 and all("sentence after its group" in n for n in notes)
    assert not [u for u in plan.unparsed if u.kind == "trailing"]  # (the last group's too)


def test_a_group_sentence_in_traditional_chinese_and_in_english() -> None:
    zht = (
        "某市任務分工\n\n一、優撫政策\n1．按時發放撫恤補助金。（每月）\n"
        "2．建立補助標準增長機制。\n以上工作由市民政局牽頭，市財政局打好配合。\n"
    )
    assert [reading(i) for i in divplan.parse(zht).items()] == [
        ("lead", ["市民政局"], ["市財政局"], "每月"),
        ("lead", ["市民政局"], ["市財政局"], None),
    ]
    en = (
        "County Plan\n\nI. Water supply\n1. Build three water works.\n2. Repair small works.\n"
        "The above tasks are led by the County Water Resources Bureau, with the County "
        "Finance Bureau participating.\n"
    )
    assert [reading(i)[:3] for i in divplan.parse(en).items()] == [
        ("lead", ["County Water Resources Bureau"], ["County Finance Bureau"]),
        ("lead", ["County Water Resources Bureau"], ["County Finance Bureau"]),
    ]


def test_points_with_clauses_of_their_own_are_the_tasks_under_a_task_line() -> None:
    # 1. Task / Responsible: A / (1) … (2) … Responsible: B: the (1) points are the items, the
    # 1. lines subsections whose field line the points without a clause take (inferred)
    text = (
        "County Plan\n\nI. Before the flood season\n1. Inspect flood control works.\n"
        "Responsible: County Water Resources Bureau. Deadline: before April 30, 2014.\n"
        "(1) Inspect all small reservoirs.\n(2) Check the slopes above villages.\n"
        "Responsible: County Land Bureau. Deadline: before April 20, 2014.\n"
        "2. Prepare materials.\nResponsible: County Flood Control Office.\n"
        "(1) Stock sandbags.\n(2) Train rescue teams (Lead: County Civil Affairs Bureau; "
        "Cooperating: County Finance Bureau).\n"
    )
    plan = divplan.parse(text)
    (section,) = plan.sections
    assert next(s.title for s in section.subsections).startswith("Inspect flood control works")
    items = plan.items()
    assert [(i.number, i.text) for i in items] == [
        (1, "Inspect all small reservoirs."),
        (2, "Check the slopes above villages."),
        (1, "Stock sandbags."),
        (2, "Train rescue teams"),
    ]
    assert [reading(i) for i in items] == [
        ("sole", ["County Water Resources Bureau"], [], "before April 30, 2014"),
        ("sole", ["County Land Bureau"], [], "before April 20, 2014"),
        ("sole", ["County Flood Control Office"], [], None),
        ("lead", ["County Civil Affairs Bureau"], ["County Finance Bureau"], None),
    ]
    assert [i.responsibility.reading for i in items] == ["inferred", "exact", "inferred", "exact"]


def test_points_inside_a_task_with_its_clause_stay_its_text() -> None:
    # 1. Task: (1) … (2) … (A牵头): points with no clause of their own are the task's words
    zh = (
        "某县任务分工\n\n一、基础设施\n1．推进农村公路建设：\n（1）新改建公路20公里；\n"
        "（2）完成危桥改造5座。（县交通局牵头，县财政局配合）\n2．推进供水工程。（县水利局负责）\n"
    )
    items = divplan.parse(zh).items()
    assert [i.number for i in items] == [1, 2]
    assert reading(items[0])[:3] == ("lead", ["县交通局"], ["县财政局"])


def test_requirements_numbered_as_points_after_the_last_task_do_not_make_it_a_heading() -> None:
    # 13．… / （一）…（三）… 报送领导小组办公室（A司）: the notice's requirements after the plan stand
    # under one task only; points are the task level only when they stand under two or more
    zh = (
        "某部工作任务分工\n\n一、稳岗\n1．落实降费政策。由人力资源社会保障部、财政部共同负责。\n"
        "2．加强就业监测。国务院有关部门按职责分工负责。\n\n各成员单位要按照以下要求抓好落实：\n"
        "（一）压实责任。牵头单位要主动担当。\n"
        "（二）按时报送进展。各成员单位于每季度末将进展报送领导小组办公室（人力资源社会保障部就业促进司）。\n"
    )
    items = divplan.parse(zh).items()
    assert [(i.number, i.text[:6]) for i in items] == [(1, "落实降费政策"), (2, "加强就业监测")]


def test_scope_words_inside_a_wrapped_sentence_are_no_group_sentence() -> None:
    text = (
        "Plan\n\nI. Services\n1. Improve the review so that all applicants can complete\n"
        "the above tasks online within ten days. (Lead: Ministry of Commerce)\n"
    )
    (item,) = divplan.parse(text).items()
    assert item.text.endswith("within ten days.")
    assert item.responsibility.reading == "exact"


def test_same_as_above_after_a_group_sentence_names_the_last_task() -> None:
    zh = (
        "某市任务分工\n\n一、改革\n1．推进审批改革。（市发展改革委牵头，市财政局配合）\n2．强化督查。\n"
        "以上工作由市政府办公室负责。\n二、保障\n3．加强法治保障。（同上）\n"
    )
    items = divplan.parse(zh).items()
    assert reading(items[2])[:3] == reading(items[0])[:3]
    notes = [d.message for d in divplan.parse(zh).diagnostics if "same as above" in d.message]
    assert notes and "item 0" not in notes[0]


def test_task_lines_that_carry_clauses_stay_tasks_when_few_have_points() -> None:
    # 1．…（A牵头） with a (1) point of its own, beside tasks without points: the numbered lines
    # are the tasks; points are the task level only when every task line heads them
    zh = (
        "某市任务分工\n\n一、改革\n1．推进审批改革。（市财政局牵头）\n（1）精简审批事项。（市政务办负责）\n"
        "2．强化事中监管。（市商务局牵头）\n（1）开展双随机抽查。（市市场监管局负责）\n"
        "3．优化纳税服务。（市税务局牵头）\n4．完善信用体系。（市发展改革委牵头）\n"
    )
    items = divplan.parse(zh).items()
    assert [reading(i)[1] for i in items] == [["市财政局"], ["市商务局"], ["市税务局"], ["市发展改革委"]]


def test_each_task_line_keeps_its_own_field_line_over_points_without_clauses() -> None:
    # points with no clause of their own are the task's words (conventions.md): each task line
    # keeps the field line under it, the second group's as much as the first's
    zh = (
        "某县任务分工\n\n一、改革\n1．推进改革\n责任单位：县财政局\n（1）精简事项。\n（2）压缩时限。\n"
        "2．加强监管\n责任单位：县市场监管局\n（1）开展抽查。\n（2）公开结果。\n"
    )
    assert [reading(i)[1] for i in divplan.parse(zh).items()] == [["县财政局"], ["县市场监管局"]]


def test_unnumbered_tasks_under_the_line_of_their_group() -> None:
    # 一、… / （责任分工：A牵头，B配合） / 　　task / 　　task: the line heads its group, the
    # paragraphs under it are its tasks (inferred), the last group's tasks are no trailing text
    zh = (
        "某市住房工作任务分工\n\n一、保障住房\n（责任分工：市住建局牵头，市财政局配合，2015年底前完成）\n"
        "　　新建保障性住房500套。\n　　完善住房分配制度。\n二、棚户区改造\n（责任分工：市发展改革委负责，长期）\n"
        "　　推进棚户区改造项目。\n　　落实改造资金。\n　　开展回迁安置。\n\n抄送：市委办公室。\n"
    )
    plan = divplan.parse(zh)
    items = plan.items()
    assert [i.text for i in items] == [
        "新建保障性住房500套。", "完善住房分配制度。",
        "推进棚户区改造项目。", "落实改造资金。", "开展回迁安置。",
    ]  # fmt: skip
    first, last = items[0].responsibility, items[-1].responsibility
    assert first.mode == "lead" and first.reading == "inferred"
    assert [d.mention for d in first.leads] == ["市住建局"]
    assert [d.mention for d in first.participants] == ["市财政局"]
    assert items[1].deadline is not None and items[1].deadline.text == "2015年底前完成"
    assert last.mode == "sole" and [d.mention for d in last.leads] == ["市发展改革委"]
    assert not any(u.text.startswith("　　开展") for u in plan.unparsed)


def test_field_lines_over_each_group_of_paragraphs_in_english() -> None:
    # two groups in one section, each "Responsibility: … / Deadline: …" over its tasks
    en = (
        "Division of Tasks\n\nI. Simplify approvals\n"
        "Responsibility: The Municipal Legal Affairs Office takes the lead, the Municipal Finance"
        " Bureau participates.\nDeadline: by the end of 2004\n"
        "    Review all approval items.\n    Publish the catalogue of approvals.\n"
        "Responsibility: The Municipal Price Bureau is responsible.\nDeadline: ongoing\n"
        "    Clean up fees.\n\nII. Improve services\n"
        "Responsibility: The Municipal Investment Bureau is responsible.\nDeadline: ongoing\n"
        "    Assign an official to each project.\n    Hold a quarterly meeting.\n"
    )
    items = divplan.parse(en).items()
    assert len(items) == 5
    assert [d.mention for d in items[1].responsibility.leads] == [
        "Municipal Legal Affairs Office"
    ]
    assert [d.mention for d in items[2].responsibility.leads] == ["Municipal Price Bureau"]
    assert items[2].deadline is not None and items[2].deadline.text == "ongoing"
    assert items[4].text == "Hold a quarterly meeting."
    assert all(i.responsibility.reading == "inferred" for i in items)


def test_unnumbered_paragraphs_whose_opening_words_say_who_does_them() -> None:
    # 一、… / 　　A牵头，B配合，2020年底前：task。 — paragraphs with no marker under the
    # headings, each opened by its clause, are the tasks; the notice's paragraph is not
    zh = (
        "某省人民政府办公厅关于印发某省物流降本增效分工方案的通知\n各市人民政府：\n"
        "　　现将分工方案印发给你们，请认真贯彻落实。\n某省人民政府办公厅\n2020年8月24日\n\n"
        "某省物流降本增效分工方案\n一、降低制度性成本\n"
        "　　省公安厅牵头，省交通运输厅配合，2020年12月底前：规范货车通行管理。\n"
        "　　省税务局负责，持续推进：落实仓储用地税收政策。\n"
        "二、推进设施建设\n"
        "　　牵头单位省商务厅，配合单位省邮政管理局，2020年12月底前：建设农村物流网络。\n"
        "　　省农业农村厅、省商务厅按职责分工负责，2021年3月底前：推进冷链物流设施建设。\n"
    )
    items = divplan.parse(zh).items()
    tasks = ["规范货车通行管理。", "落实仓储用地税收政策。", "建设农村物流网络。", "推进冷链物流设施建设。"]
    assert len(items) == 4  # (the opening words stay in the task's text)
    assert all(i.text.endswith(t) for i, t in zip(items, tasks, strict=True))
    assert [d.mention for d in items[2].responsibility.leads] == ["省商务厅"]
    assert [d.mention for d in items[2].responsibility.participants] == ["省邮政管理局"]
    assert items[3].responsibility.mode == "division"
    assert all(not i.numbered for i in items)


def test_a_sentence_after_unnumbered_paragraphs_gives_them_its_roles() -> None:
    # 一、… / task。 / task。 / 以上工作由A牵头，B配合。 / 完成时限：…: the paragraphs are the
    # tasks (inferred), the sentence and its deadline line are no task
    zh = (
        "某省电子商务工作任务分工\n\n一、培育市场主体\n　　支持传统企业发展电子商务。\n"
        "　　鼓励电商企业建设服务站点。\n　　以上工作由省商务厅牵头，省供销社、省邮政管理局配合。\n"
        "　　完成时限：2016年12月底前\n二、完善基础设施\n　　加快农村宽带网络建设。\n"
        "　　完善三级物流配送体系。\n　　以上工作由省发展改革委、省通信管理局按职责分工负责。\n"
    )
    items = divplan.parse(zh).items()
    assert [i.text for i in items] == [
        "支持传统企业发展电子商务。", "鼓励电商企业建设服务站点。",
        "加快农村宽带网络建设。", "完善三级物流配送体系。",
    ]  # fmt: skip
    first, last = items[1].responsibility, items[3].responsibility
    assert first.mode == "lead" and first.reading == "inferred"
    assert [d.mention for d in first.participants] == ["省供销社", "省邮政管理局"]
    assert items[0].deadline is not None and items[0].deadline.text == "2016年12月底前"
    assert last.mode == "division"


def test_field_lines_under_a_subsection_title_give_its_items_their_roles() -> None:
    # （一）title / 责任单位：… / 完成时限：… / 1．… 2．…: the lines are the group's, the items
    # under the title take them (inferred); the title is no task
    zh = (
        "某市重点工作分工方案\n\n一、优化发展环境\n（一）完善政策体系\n责任单位：市科技局、市交通局分块包干\n"
        "完成时限：长期坚持\n1．加快职业院校建设。\n2．加强生态环境保护。\n（二）健全工作机制\n"
        "责任单位：市农业局牵头，市地税局配合\n完成时限：持续推进\n3．推动信贷支持。\n"
    )
    items = divplan.parse(zh).items()
    assert [i.number for i in items] == [1, 2, 3]
    assert items[0].responsibility.mode == "division" and items[0].responsibility.reading == "inferred"
    assert [d.mention for d in items[2].responsibility.leads] == ["市农业局"]
    assert items[2].deadline is not None and items[2].deadline.text == "持续推进"


def test_a_group_sentence_closed_by_its_deadline_in_brackets() -> None:
    # 上述第1至3项由A抓总负责，B、C配合（2003年6月底前）。: the bracket is its deadline
    zh = (
        "某县农业工作任务分工\n\n一、农业生产\n1．推广良种。\n2．建设农田。\n3．发展合作社。\n"
        "上述第1至3项由县农业局抓总负责，县财政局、县物价局配合（2003年6月底前）。\n"
    )
    items = divplan.parse(zh).items()
    assert len(items) == 3
    r = items[2].responsibility
    assert [d.mention for d in r.participants] == ["县财政局", "县物价局"]
    assert items[2].deadline is not None and items[2].deadline.text == "2003年6月底前"


def test_a_sentence_leading_its_group_in_with_a_colon() -> None:
    # "I. … / Convened by A, with contributions from B: / 1. … 2. … / C shall be responsible
    # for the following: / 3. …": each line heads the tasks under it (inferred)
    en = (
        "Division of Responsibilities\n\nI. Business environment\n"
        "Convened by the Municipal Market Regulation Bureau, with contributions from the\n"
        "Municipal Taxation Bureau:\n1. Reduce the time to start a business.\n"
        "2. Implement the one-license reform.\n"
        "The Municipal Housing Bureau shall be responsible for the following:\n"
        "3. Approve construction permits within 45 days.\n"
    )
    items = divplan.parse(en).items()
    assert [i.number for i in items] == [1, 2, 3]
    first, last = items[1].responsibility, items[2].responsibility
    assert [d.mention for d in first.leads] == ["Municipal Market Regulation Bureau"]
    assert [d.mention for d in first.participants] == ["Municipal Taxation Bureau"]
    assert first.reading == "inferred"
    assert [d.mention for d in last.leads] == ["Municipal Housing Bureau"]
    assert items[1].text == "Implement the one-license reform."


def test_opening_words_read_by_a_role_piece_and_a_deadline_line_under_them() -> None:
    # 县发改局主持推进，县扶贫办配合：task。 / 完成时限：…: 主持推进 (not in the lexicon) read by
    # its 主, the paragraph a task, the line under it its deadline
    zh = (
        "某县重点工作责任分工\n\n一、脱贫攻坚\n"
        "    县发改局主持推进，县扶贫办、县国土资源局配合：实施易地扶贫搬迁。\n    完成时限：2016年12月底前\n"
        "    县农业局负责，县林业局配合：发展特色扶贫产业。\n    完成时限：2016年10月底前\n"
        "    县教育局负责：落实学生资助政策。\n    完成时限：每学期\n"
    )
    items = divplan.parse(zh).items()
    assert len(items) == 3
    r = items[0].responsibility
    assert [d.mention for d in r.leads] == ["县发改局"] and r.reading == "inferred"
    assert items[0].deadline is not None and items[0].deadline.text == "2016年12月底前"


def test_an_indented_short_task_after_a_field_line_is_a_task_of_its_own() -> None:
    # 　　task。 / 责任单位：A、B合力共推 / 　　实施电网改造。 / 责任单位：C: the short indented
    # sentence is the next task, not the rest of the field's list
    zh = (
        "某县重点工作分工方案\n\n一、基础设施\n    开展农村人居环境整治。\n责任单位：县住建局、县环保局合力共推\n"
        "    实施电网改造。\n责任单位：县供电公司\n    推进饮水安全工程。\n牵头单位：县水利局\n配合单位：县卫计局\n"
    )
    items = divplan.parse(zh).items()
    assert [i.text for i in items] == ["开展农村人居环境整治。", "实施电网改造。", "推进饮水安全工程。"]
    assert [d.mention for d in items[1].responsibility.leads] == ["县供电公司"]


def test_a_bracketed_line_scoping_the_tasks_below_it() -> None:
    # 一、… / （以下任务由A牵头，B为跟办单位） / 1．… 2．… / （以下任务由C、D分条认领） / 3．…: each
    # line heads the tasks under it
    zh = (
        "某市电子商务重点任务分工方案\n\n一、基础设施\n（以下任务由市商务局牵头，市交通运输局为跟办单位）\n"
        "1．建设三级物流配送体系。\n完成时限：2017年12月底前\n2．建设物流分拨中心。\n"
        "（以下任务由市经济和信息化委、市通信管理办公室按职责分工负责）\n3．推进宽带网络提速降费。\n"
    )
    items = divplan.parse(zh).items()
    assert [i.number for i in items] == [1, 2, 3]
    first, last = items[1].responsibility, items[2].responsibility
    assert [d.mention for d in first.leads] == ["市商务局"] and first.reading == "inferred"
    assert [d.mention for d in first.participants] == ["市交通运输局"]
    assert last.mode == "division"


@pytest.mark.parametrize(
    "line",
    [
        "此组任务：县教育局牵头，县财政局跟进协作，2005年底前完成。",
        "本部分工作由县教育局领跑推进，县财政局配合，\n2005年底前完成。",  # (wrapped by the page)
    ],
)
def test_an_unbracketed_line_scoping_the_paragraphs_below_it(line: str) -> None:
    # 一、… / 此组任务：A牵头，B跟进协作，…完成。 / task。 / task。 / 二、… / task。由C负责。: the
    # line's paragraphs take its roles and deadline, by inference; a section without such a
    # line keeps its paragraphs' own last sentences; the line itself is no task
    zh = (
        "某县教育工作分工方案\n\n一、经费保障\n" + line + "\n全面落实经费保障机制。一是纳入预算；二是提高标准。\n"
        "实施远程教育工程。\n二、教师队伍\n加强教师队伍建设。由县人事局负责，2005年9月底前完成。\n"
        "核定教职工编制。由县编办负责，2005年8月底前完成。\n完善教师培训制度。由县教育局负责，持续推进。\n"
    )
    items = divplan.parse(zh).items()
    assert [i.text[:4] for i in items] == ["全面落实", "实施远程", "加强教师", "核定教职", "完善教师"]
    first = items[0].responsibility
    assert [d.mention for d in first.leads] == ["县教育局"] and first.reading == "inferred"
    assert [d.mention for d in first.participants] == ["县财政局"]
    assert items[1].deadline is not None and items[1].deadline.text == "2005年底前完成"
    assert [d.mention for d in items[3].responsibility.leads] == ["县编办"]


def test_a_forward_line_is_no_group_line_when_it_goes_on_to_a_task() -> None:
    # 本部分工作要突出重点。…: a paragraph of several sentences opening with the same words
    # says nothing of who does the paragraphs below it
    from divplan.names.registry import Registry
    from divplan.parsing.group_scope import read_group_sentence

    text = "本部分工作由县教育局牵头。要突出重点，加强统筹。"
    assert read_group_sentence(text, 0, len(text), Registry.default()) is None


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        ("Provincial Development and Reform Commission pick head, Provincial Transportation "
         "Department, the Provincial Land Resources Department cooperate.",
         "Provincial Development and Reform Commission"),
        ("由省发展改革委牵头，省交通运输厅、省国土资源厅配合。", "省发展改革委"),
    ],
)
def test_a_paragraph_wholly_a_clause_closes_the_group_above_it(sentence: str, lead: str) -> None:
    # 1. … 2. … / "A pick head, B, C cooperate." (no "The above work" before it) / 3. … /
    # Subject of responsibility: D: the sentence is the group's, not a task; the tasks above it
    # take its roles by inference, not the field line of the task after it
    zh = lead.startswith("省")
    heading, task = ("一、基础设施\n", "建设物流园区。") if zh else ("I. Infrastructure\n", "Build parks.")
    field = "责任单位：省交通运输厅\n" if zh else "Subject of responsibility: Provincial Railway Office\n"
    text = (
        ("物流业重点工作分工方案\n\n" if zh else "Logistics key work division of labor program\n\n")
        + heading + f"1. {task}\n\n2. {task}\n\n{sentence}\n\n3. {task}\n\n{field}"
    )
    plan = divplan.parse(text)
    items = plan.items()
    assert len(items) == 3
    assert [d.mention for d in items[0].responsibility.leads] == [lead]
    assert items[1].responsibility.reading == "inferred" and len(items[1].responsibility.participants) == 2
    assert items[2].responsibility.reading == "exact"
    assert any(d.code == "DP208" and "sentence after its group" in d.message for d in plan.diagnostics)


def test_opening_words_cut_by_the_page_after_their_colon_go_on_with_their_task() -> None:
    # A牵引负责，B配合，2025年12月底前： / 推动…。(a PDF's line ends after the colon): one
    # paragraph, its opening words the clause; a line leading tasks in (…完成以下工作：) is not
    text = (
        "某市重点任务分工\n\n一、设备更新\n"
        "市工业和信息化局牵引负责，市发展改革委、市财政局配合，2025年12月底前：\n"
        "推动工业企业实施设备更新项目不少于80个。\n\n"
        "市交通运输局负责，持续推进：推进老旧营运柴油货车淘汰更新。\n\n"
        "市商务局负责，2025年6月底前：开展汽车以旧换新补贴。\n"
    )
    items = divplan.parse(text).items()
    assert len(items) == 3 and "推动工业企业" in items[0].text  # (the opening words stay in it)
    first = items[0].responsibility
    assert [d.mention for d in first.leads] == ["市工业和信息化局"]
    assert items[0].deadline is not None and items[0].deadline.text == "2025年12月底前"


def test_a_sentence_wholly_a_clause_under_a_heading_heads_the_tasks_below_it() -> None:
    # I. … / "A as principal, with B in support; to be completed by …." / 1. … 2. …: the
    # sentence names who does the numbered tasks under it, which name no one themselves
    text = (
        "Division of Tasks for Stabilizing Foreign Trade\n\nI. Strengthening trade promotion\n"
        "The Department of Foreign Trade as principal, with the Trade Development Bureau in "
        "support; to be completed by the end of 2023.\n\n"
        "1. Support enterprises in attending overseas trade fairs.\n\n"
        "2. Run the import and export fairs to a high standard.\n\n"
        "II. Stabilizing trade in key products\nThe Department of Foreign Trade and the Department "
        "of Commerce, each in charge of its own area; to be completed by the end of March 2024.\n\n"
        "3. Expand exports of automobiles.\n"
    )
    items = divplan.parse(text).items()
    assert [i.number for i in items] == [1, 2, 3]
    first = items[1].responsibility
    assert [d.mention for d in first.leads] == ["Department of Foreign Trade"]
    assert [d.mention for d in first.participants] == ["Trade Development Bureau"]
    assert first.reading == "inferred" and items[2].responsibility.mode == "division"


@pytest.mark.parametrize(
    "line",
    ["本组任务由县水利局牵头，县财政局配合。", "此类任务由县财政局、县农经站按职责分工负责。",
     "本組任務由市民政局牽頭，市財政局配合。", "这些工作由县水利局负责。",
     "此部分任务，县农业农村局站前台，县卫生健康局做后盾。"],
)  # fmt: skip
def test_this_groups_words_open_a_group_sentence(line: str) -> None:
    assert opens_group_sentence(line, 0, len(line))


def test_this_groups_sentence_after_numbered_tasks_closes_them() -> None:
    # 1. … / 完成时限：… / 本组任务由A牵头，B配合。: "this group's tasks" after the group, as
    # 以上工作; the numbered tasks above keep their own deadlines, the sentence is no task
    zh = (
        "某县数据工作任务分工\n\n一、数据产权\n\n1. 研究制定数据登记办法。\n\n完成时限：2024年12月底前\n\n"
        "2. 完善数据交易规则。\n\n完成时限：2025年6月底前\n\n本组任务由县数据局牵头，县财政局配合。\n\n"
        "二、数据设施\n\n3. 推进算力网建设。\n\n完成时限：持续推进\n\n"
        "本组任务由县发展改革局、县工业和信息化局各自履责。\n"
    )
    plan = divplan.parse(zh)
    items = plan.items()
    assert [(s.number, i.number) for s in plan.sections for i in s.items] == [(1, 1), (1, 2), (2, 3)]
    assert [reading(i) for i in items] == [
        ("lead", ["县数据局"], ["县财政局"], "2024年12月底前"),
        ("lead", ["县数据局"], ["县财政局"], "2025年6月底前"),
        ("division", ["县发展改革局", "县工业和信息化局"], [], "持续推进"),
    ]


def test_opening_word_tasks_and_group_sentences_share_one_plan() -> None:
    # a section of tasks whose opening words are their clause (A牵头，B配合：task), then
    # sections of clause-less paragraphs each closed by a group's sentence: the group's tasks
    # count as tasks when rule 2 weighs the opening-word paragraphs (they are no notice's)
    zh = (
        "某县农业工作目标任务分工意见\n\n一、推进结构调整\n"
        "县农业局牵头，县财政局配合：建设无公害蔬菜生产基地。\n县畜牧局负责：建设标准化养殖小区五个。\n"
        "二、加强基础设施\n抓好冬春农田水利基本建设。\n实施土地整理项目。\n继续实施退耕还林工程。\n"
        "以上几项工作由县水利局牵头，县林业局配合。\n"
        "三、减轻农民负担\n深化农村税费改革。\n规范涉农收费。\n加强村级财务管理。\n"
        "此类任务由县财政局、县农经站按职责分工负责。\n"
    )
    plan = divplan.parse(zh)
    items = plan.items()
    assert [(s.number, i.number) for s in plan.sections for i in s.items] == [(1, 1), (1, 2)] + [
        (2, n) for n in (3, 4, 5)] + [(3, n) for n in (6, 7, 8)]  # fmt: skip
    assert [reading(i)[:3] for i in items] == [
        ("lead", ["县农业局"], ["县财政局"]), ("sole", ["县畜牧局"], []),
    ] + [("lead", ["县水利局"], ["县林业局"])] * 3 + [
        ("division", ["县财政局", "县农经站"], [])] * 3  # fmt: skip


def test_a_group_s_sentence_run_into_its_last_task_closes_the_whole_group() -> None:
    # a PDF's text sets no blank line: "3. Build … kindergarten. / County Education Bureau lead
    # the title, …" reads as the last task's own sentence; the tasks above it have none, so it
    # is the group's sentence, for all of them (inferred, DP208); a group whose tasks each have
    # a clause keeps them
    en = (
        "Jinpu County 2011 Practical Matters Task Division\n"
        "One, Education\n1. Complete the reinforcement of 12 school buildings.\n"
        "2. Implement the nutrition improvement plan.\n3. Build 3 township central kindergartens.\n"
        "County Education Bureau lead the title, County Finance Bureau play cooperation.\n"
        "Two, Health\n4. Raise the subsidy standard. (County Health Bureau is responsible)\n"
        "5. Build village clinics.\nCounty Civil Affairs Bureau is responsible.\n"
    )
    plan = divplan.parse(en)
    items = plan.items()
    assert [reading(i)[:3] for i in items] == [
        ("lead", ["County Education Bureau"], ["County Finance Bureau"])] * 3 + [
        ("sole", ["County Health Bureau"], []), ("sole", ["County Civil Affairs Bureau"], []),
    ]  # fmt: skip
    assert [i.responsibility.reading for i in items[:2]] == ["inferred", "inferred"]


def test_numbered_tasks_with_sentence_clauses_share_a_plan_with_group_sentences() -> None:
    # 1. task. A is responsible. / (2) … 1. task. / 2. task. / The above tasks are by B lead …:
    # the tasks that bear only their group's sentence do not hide the others' last-sentence
    # clauses from rule 2
    en = (
        "Division of Labor Scheme for Rural Drinking Water Safety\nMain tasks\n"
        "I. Speed up the construction\n(1) Project planning\n"
        "1. Complete the rural drinking water safety plan. By Municipal Water Affairs Bureau"
        " lead running, Municipal Health Bureau cooperate, before the end of May 2011.\n"
        "2. Do a good job in the examination of the projects. Municipal Development and Reform"
        " Commission is responsible, before the end of June 2011.\n"
        "(2) Construction and quality\n1. Strengthen the quality supervision of the projects.\n"
        "2. Organize the acceptance of completed projects.\n"
        "The above tasks are by Municipal Water Affairs Bureau lead running, Municipal Quality"
        " Supervision Bureau cooperate, before the end of December 2011.\n"
    )
    items = divplan.parse(en).items()
    assert [reading(i)[:2] for i in items] == [
        ("lead", ["Municipal Water Affairs Bureau"]),
        ("sole", ["Municipal Development and Reform Commission"]),
        ("lead", ["Municipal Water Affairs Bureau"]), ("lead", ["Municipal Water Affairs Bureau"]),
    ]  # fmt: skip


def test_this_group_s_line_after_clause_less_tasks_closes_them_not_the_next_group() -> None:
    # 本组事项由A牵头… reads either way (this group: the one above, or the one below); after
    # tasks that no line over them covered, and before tasks opened by their own clauses, it is
    # the sentence after its group
    zh = (
        "某省扩大内需任务分工方案\n一、加快项目建设\n"
        "1.省发展改革委扛主责，省财政厅配合：推进重点项目前期工作。\n完成时限：2010年12月底前\n"
        "二、扩大居民消费\n2.推进家电下乡工作。\n完成时限：2010年6月底前\n"
        "3.建设农村商品流通网络。\n完成时限：2010年9月底前\n"
        "本组事项由省商务厅牵头，省财政厅配合。\n"
        "4.省民政厅负责：提高城乡低保补助标准。\n完成时限：2010年6月底前\n"
    )
    items = divplan.parse(zh).items()
    assert [reading(i)[:3] for i in items] == [
        ("lead", ["省发展改革委"], ["省财政厅"]), ("lead", ["省商务厅"], ["省财政厅"]),
        ("lead", ["省商务厅"], ["省财政厅"]), ("sole", ["省民政厅"], []),
    ]  # fmt: skip


def test_one_task_s_own_last_sentence_reads_beside_groups_closed_by_sentences() -> None:
    text = (
        "三、优化发展环境\n"
        "1．全面清理涉及民营企业的行政审批事项。\n"
        "2．严禁向民营企业乱收费、乱罚款和乱摊派。\n"
        "以上工作由各市州人民政府、省直有关部门按责认领。\n"
        "3．加大对民营企业的金融支持。由省金融办牵头，省财政厅、省地税局配合。\n"
        "抄送：省委各部门。\n"
    )
    items = divplan.parse(text).items()
    assert len(items) == 3
    assert reading(items[2])[:3] == ("lead", ["省金融办"], ["省财政厅", "省地税局"])


def test_a_bracket_paragraph_after_a_blank_line_closes_the_tasks_above_it() -> None:
    text = (
        "One, Promote the development of preschool education\n\n"
        "1. Formulate the three-year action plan for preschool education.\n\n"
        "2. Establish a subsidy system for preschool children.\n\n"
        "(Provincial Education Department pulls the total, Provincial Finance Department "
        "participate; by the end of 2010)\n\n"
        "3. Build and renovate 300 township central kindergartens.\n\n"
        "(Provincial Education Department is responsible; by the end of December 2010)\n"
    )
    items = divplan.parse(text).items()
    assert len(items) == 3
    for item in items[:2]:
        assert reading(item) == (
            "lead", ["Provincial Education Department"], ["Provincial Finance Department"],
            "by the end of 2010",
        )
    assert reading(items[2])[:2] == ("sole", ["Provincial Education Department"])


def test_page_furniture_after_unmarked_tasks_ends_the_plan_before_a_related_list() -> None:
    text = (
        "一、控制增量\n"
        "市发展改革委牵头，市环保局配合：严格控制高耗能行业新建项目。\n"
        "时限：2007年底前\n"
        "市经委牵头，市电业局配合：加快淘汰落后产能。\n"
        "时限：2007年11月底前\n"
        "市委宣传部牵头，市教育局配合：加强节能减排宣传教育。\n"
        "时限：全年\n"
        "【打印本页】【关闭窗口】 分享到：\n"
        "相关文章\n"
        "1. 我市召开节能减排工作会议\n"
        "2. 市2006年节能工作情况通报\n"
        "主办：市人民政府办公室 | 网站地图 | 联系我们\n"
    )
    items = divplan.parse(text).items()
    assert [reading(i)[1] for i in items] == [["市发展改革委"], ["市经委"], ["市委宣传部"]]
    assert [reading(i)[3] for i in items] == ["2007年底前", "2007年11月底前", "全年"]


def test_a_field_line_after_a_task_opens_the_next_group_where_lines_stand_over_groups() -> None:
    # the first line stands under its heading over two tasks with no unit field of their own:
    # a later field line after a task is the next group's line, not that task's field
    text = (
        "II. Farmland and forest protection\n"
        "Responsible units: County Agriculture Bureau, County Forestry Bureau co-shoulder\n"
        "• Newly build 5000 mu of high-yield farmland  Deadline: Before the end of November 2012\n"
        "• Promote water-saving irrigation technology  Deadline: Throughout the year\n"
        "Responsible units: the township people's governments\n"
        "• Organize farmers to invest labor in small water conservancy  Deadline: Throughout "
        "the year\n"
        "• Establish management teams for small water projects  Deadline: Before the end of "
        "September 2012\n"
    )
    items = divplan.parse(text).items()
    assert len(items) == 4
    both = ["County Agriculture Bureau", "County Forestry Bureau"]
    assert [reading(i)[:2] for i in items] == [("joint", both)] * 2 + [
        ("sole", ["township people's governments"])
    ] * 2


def test_a_heading_s_points_with_their_own_clauses_are_its_tasks() -> None:
    # 一、title。一是…（A负责…）；二是…: the heading's sentence ends its title; the first point
    # is a task as the others are, though the page width cut the paragraph
    text = (
        "一、提升收运能力。一是在公共机构全面推行垃圾强制分类（市机关事务管理\n"
        "局牵头，市城管局配合，2019年6月底前完成）；二是配齐分类收集容器\n"
        "（市城管局负责，2019年9月底前完成）。\n"
    )
    items = divplan.parse(text).items()
    assert [reading(i)[1] for i in items] == [["市机关事务管理局"], ["市城管局"]]
    assert divplan.parse(text).sections[0].title == "提升收运能力。"


def test_the_last_group_s_paragraphs_stand_apart_as_the_others_do() -> None:
    # blank lines part every paragraph (a Markdown page): the last group's tasks under its line
    # are the plan's, up to the CC line, not text after it
    text = (
        "一、去产能\n\n责任单位：市发展改革委牵头，市财政局配合\n\n依法关停落后钢铁产能。\n\n"
        "做好职工安置工作。\n\n二、降成本\n\n责任单位：市财政局负责\n\n"
        "落实营业税改征增值税政策。\n\n清理规范涉企收费。\n\n抄送：有关单位\n"
    )
    items = divplan.parse(text).items()
    assert [i.text for i in items][-2:] == ["落实营业税改征增值税政策。", "清理规范涉企收费。"]
    assert [reading(i)[1] for i in items] == [["市发展改革委"]] * 2 + [["市财政局"]] * 2


def test_sentences_wholly_a_clause_head_the_paragraphs_below_them() -> None:
    # under each heading a sentence that is nothing but a clause, then unnumbered task
    # paragraphs; one further down heads the next group (as the first did), not the group above
    text = (
        "I. Improving Logistics Infrastructure\n"
        "Lead responsibility shall rest with the Ministry of Transport; the Ministry of Finance "
        "shall assist.\n"
        "Accelerate the construction of a multi-modal transport network.\n"
        "Guarantee land for logistics projects included in the national plan.\n"
        "II. Lowering Logistics Costs\n"
        "The National Development and Reform Commission shall act as the coordinating body, "
        "with the Ministry of Commerce contributing.\n"
        "Clean up and regulate charges levied on logistics enterprises.\n"
        "The Ministry of Finance and the State Administration of Taxation shall be responsible "
        "according to their respective duties.\n"
        "Improve the value-added tax policies for logistics enterprises.\n"
    )
    items = divplan.parse(text).items()
    assert [i.text[:12] for i in items] == [
        "Accelerate t", "Guarantee la", "Clean up and", "Improve the "
    ]
    assert [[d.id for d in i.responsibility.leads] for i in items] == [
        ["MOT"], ["MOT"], ["NDRC"], ["MOF", "SAT"]
    ]
