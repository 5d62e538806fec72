"""Tasks written as paragraphs (a web page, a Word file: every line a paragraph) under
headings written like item numbers, and a task's points written "First, …; second, …"."""

from __future__ import annotations

import divplan

from conftest import reading

HEAD = (
    "Notice of the County People's Government Office on Printing the Work Plan\n"
    "Cen Zheng Ban Fa [2026] No. 6\n"
    "County People's Government Office\nFebruary 27, 2026\n"
    "Work Plan for Promoting New Energy Vehicles\n"
)
TASK = "{verb} the work on charging piles in the county. (Spearheaded by the County {body}, with support from the County Finance Bureau)\n"


def _items(text: str) -> list[tuple[int, bool, str]]:
    plan = divplan.parse(text)
    return [(s.number, it.numbered, it.text) for s in plan.sections for it in s.items]


def test_a_numbered_title_over_paragraphs_with_clauses_is_a_section() -> None:
    body = (
        "1. Promote the consumption of new energy vehicles\n"
        + TASK.format(verb="Organize", body="Commerce Bureau")
        + TASK.format(verb="Advance", body="Data Bureau")
        + "2. Speed up the construction of charging infrastructure\n"
        + TASK.format(verb="Plan", body="Development and Reform Bureau")
        + TASK.format(verb="Build", body="Transportation Bureau")
    )
    items = _items(HEAD + body)
    assert [(s, n) for s, n, _ in items] == [(1, False), (1, False), (2, False), (2, False)]
    assert items[0][2].startswith("Organize")


def test_a_numbered_title_over_one_paragraph_stays_an_item_with_its_body() -> None:
    body = "".join(
        f"{n}. Promote task {n}\n" + TASK.format(verb="Organize", body="Commerce Bureau")
        for n in (1, 2, 3)
    )
    items = _items(HEAD + body)
    assert [n for _, n, _ in items] == [True, True, True]
    assert items[0][2].startswith("Promote task 1")


def test_first_second_points_under_a_colon_are_one_task() -> None:
    body = (
        "1. Promote the consumption of new energy vehicles\n"
        + TASK.format(verb="Organize", body="Commerce Bureau")
        + "Implement the trade-in subsidy policy of the province:\n"
        + "First, simplify the procedures; second, pay within 15 days; third, strengthen the"
        " supervision of funds. (Spearheaded by the County Commerce Bureau, with support from"
        " the County Finance Bureau)\n" + TASK.format(verb="Advance", body="Data Bureau")
    )
    items = _items(HEAD + body)
    assert len(items) == 3 and {s for s, _, _ in items} == {1}
    assert items[1][2].startswith("Implement the trade-in") and "second, pay" in items[1][2]


def test_a_last_sentence_naming_only_unnamed_others_is_the_clause() -> None:
    text = (
        "国务院办公厅\n2023年5月1日\n\n分工\n\n一、任务\n"
        "1．加强就业形势监测，完善就业统计指标体系。国务院有关部门按职责分工负责。\n"
        "2．推动国有企业扩大招聘规模。由国务院国资委负责。\n"
    )
    first = divplan.parse(text).items()[0].responsibility
    assert (first.mode, first.others, first.leads, first.reading) == (
        "division",
        True,
        [],
        "inferred",
    )


def test_requirements_after_the_last_task_are_not_its_words_without_a_blank_line() -> None:
    text = (
        "国务院办公厅\n2023年5月1日\n\n分工\n\n一、任务\n"
        "1．推动国有企业扩大招聘规模。由国务院国资委负责。\n"
        "2．加强就业形势监测和分析研判。国务院有关部门按职责分工负责。\n"
        "各成员单位要按照以下要求，抓好各项任务落实：\n"
        "（一）压实工作责任。牵头单位要主动担当。\n"
        "（二）加强政策宣传。各成员单位要宣传解读政策。\n"
    )
    items = divplan.parse(text).items()
    assert items[-1].number == 2 and items[-1].responsibility.mode == "division"
    assert "以下要求" not in items[-1].text


_NUMBERED = (
    "种业工作分工方案\n\n一、强化种业创新\n"
    "1．支持开展种质资源收集保存工作。（省科技厅牵头，省农业厅参加）\n"
    "2．建设省级农作物种质资源库。（省农业厅负责）（推进时\n限：2016 年 6 月底前）\n"
    "{paragraph}\n"
    "3．建立省级救灾备荒种子储备制度。（省农业厅、省财政厅负责）\n"
)


def test_a_paragraph_with_its_own_clause_among_numbered_items_is_an_unnumbered_item() -> None:
    text = _NUMBERED.format(
        paragraph="制种基地所在市县要把制种基地建设纳入本地发展规划。（制种基地所在市县人民政府负责）"
    )
    plan = divplan.parse(text)
    items = plan.items()
    assert [(i.number, i.numbered) for i in items] == [(1, True), (2, True), (1, False), (3, True)]
    assert [d.mention for d in items[2].responsibility.leads] == ["制种基地所在市县人民政府"]
    # a deadline label cut by a line end is one label; a PDF's digit spacing is closed
    assert items[1].deadline is not None and items[1].deadline.text == "2016年6月底前"


def test_a_note_or_a_bracketed_line_among_numbered_items_is_no_item() -> None:
    for paragraph in (
        "说明：各牵头部门于每月5日前将进展情况报领导小组办公室（设在省农业厅）",
        "【发布日期：2015-03-14】【省政府办公厅】",
    ):
        items = divplan.parse(_NUMBERED.format(paragraph=paragraph)).items()
        assert [(i.number, i.numbered) for i in items] == [(1, True), (2, True), (3, True)]


def test_a_clause_closing_the_tasks_only_sentence_after_a_comma_is_read() -> None:
    # 任务，…，由A牵头，B配合，6月底前完成。: the words after a comma that are wholly a clause
    # close the task's one sentence; read inferred, the task's own words never read as names
    zh = (
        "某市节能工作任务分工\n\n一、重点领域节能\n"
        "1. 抓好工业节能，对重点企业实行能耗目标管理，由市经委牵头，市发改委配合，6月底前完成。\n"
        "2. 健全节能责任制。抓好建筑节能，新建建筑执行节能设计标准，由市建设局负责。\n"
        "3. 开展节能宣传周活动，普及节能知识，市委宣传部牵头，市经委等部门配合。\n"
        "4. Publish the energy figures each quarter, with the Ministry of Finance taking the lead"
        " and the Ministry of Commerce participating.\n"
    )
    plan = divplan.parse(zh)
    items = plan.items()
    assert [reading(i) for i in items] == [
        ("lead", ["市经委"], ["市发改委"], "6月底前完成"),
        ("sole", ["市建设局"], [], None),
        ("lead", ["市委宣传部"], ["市经委"], None),
        ("lead", ["Ministry of Finance"], ["Ministry of Commerce"], None),
    ]
    assert all(i.responsibility.reading == "inferred" for i in items)
    assert items[0].responsibility.span is not None
    s, e = items[0].responsibility.span
    assert zh[s:e].startswith("由市经委牵头")


def test_a_first_point_the_width_cut_onto_a_line_start_stays_in_its_task() -> None:
    # "First, …; second, …" written in a task's running text: the page's width happened to cut
    # the line right before "First," — no heading, the points and the clause stay the task's
    en = (
        "Division of Labor Plan for Key Tasks\n\nI. Protect market entities\n\n"
        "1. Standardize supervision involving enterprises. First, fully implement the\n"
        "random supervision; second, implement the list of minor violations. Led by the\n"
        "Municipal Market Supervision Administration, the Municipal Finance Bureau cooperates.\n\n"
        "2. Strengthen the protection of intellectual property rights in the whole city.\n"
        "First, build a rapid protection center for intellectual property\n"
        "rights; second, crack down on infringement and counterfeiting.\n"
        "The Municipal Public Security Bureau and the Municipal Intermediate People's\n"
        "Court claim according to responsibilities.\n\n"
        "II. Reduce costs\n\nFirst, cut the price of electricity. (Municipal Finance Bureau)\n"
    )
    plan = divplan.parse(en)
    assert [s.title for s in plan.sections] == ["Protect market entities", "Reduce costs"]
    items = plan.items()
    assert "First, build a rapid protection center" in items[1].text
    assert reading(items[1])[:2] == (
        "division", ["Municipal Public Security Bureau", "Municipal Intermediate People's Court"]
    )


def test_points_in_one_paragraph_each_closing_with_its_own_clause_are_tasks() -> None:
    # 一是…，由A牵头，B配合，6月底前完成；二是…，由C负责，全年；… in one paragraph: each point
    # names who does it, so each is a task (numbered as written); points that share one clause
    # at the paragraph's end stay one task
    zh = (
        "某市节能降耗工作任务分工意见\n\n一、抓好重点领域节能\n"
        "一是抓好工业节能，实行能耗目标管理，由市经委牵头，市发改委配合，6月底前完成；"
        "二是抓好建筑节能，执行节能设计标准，由市建设局负责，全年；"
        "三是抓好交通节能，淘汰老旧车辆，由市交通局、市公安局照职分办，年底前。\n"
        "二、强化节能管理\n"
        "1．健全统计制度。一是建立监测制度；二是按季度公布能耗。（市统计局牵头，市经委配合）\n"
    )
    plan = divplan.parse(zh)
    items = plan.items()
    assert [reading(i) for i in items] == [
        ("lead", ["市经委"], ["市发改委"], "6月底前完成"),
        ("sole", ["市建设局"], [], "全年"),
        ("division", ["市交通局", "市公安局"], [], "年底前"),
        ("lead", ["市统计局"], ["市经委"], None),
    ]
    assert [i.number for i in items] == [1, 2, 3, 1]
    assert "二是按季度公布能耗" in items[3].text


def test_a_last_sentence_of_names_alone_is_read_as_responsible_and_says_so() -> None:
    # "…. The County Civil Affairs Bureau." after the task: names alone (a local body's by its
    # level word, or the registry's), read as responsible, a guess the reading says; a task's
    # own last sentence ending in a body-like noun is no clause
    en = (
        "Division of Responsibilities for Rural Work\n\nI. Social undertakings\n\n"
        "1. Implement the minimum living guarantee. The County Civil Affairs Bureau.\n\n"
        "2. Exempt school fees for poor families. The Ministry of Finance.\n\n"
        "3. Improve rural services. Build a township service center.\n"
    )
    plan = divplan.parse(en)
    items = plan.items()
    assert [reading(i)[:2] for i in items] == [
        ("sole", ["County Civil Affairs Bureau"]), ("sole", ["Ministry of Finance"]), (None, []),
    ]  # fmt: skip
    assert items[0].responsibility.reading == "inferred"
    notes = [d.message for d in plan.diagnostics if d.code == "DP208"]
    assert any("names bodies alone" in m for m in notes)


def test_a_paragraph_closed_by_its_own_bracket_is_a_task_never_a_group_s_sentence() -> None:
    # "Expand consumption … (County Commerce Bureau, as the convenor, with B; throughout the
    # year)." reads whole as a sentence clause too (its task words before the bracket make a
    # body-like "name"); its own bracket says it is a task, not a sentence closing a group
    en = (
        "Division of Tasks for 2026\n\nI. Stabilising growth\n"
        "Clear overdue payments owed to private enterprises (The County Finance Bureau is"
        " charged with this task; by the end of June 2026).\n"
        "Expand consumption of household appliances (County Commerce Bureau, as the\n"
        "convenor, with the County Market Regulation Bureau; throughout the year).\n"
        "Open 20 community elderly canteens (County Civil Affairs Bureau; by the end of 2026).\n"
    )
    items = divplan.parse(en).items()
    assert [reading(i)[:3] for i in items] == [
        ("sole", ["County Finance Bureau"], []),
        ("lead", ["County Commerce Bureau"], ["County Market Regulation Bureau"]),
        ("sole", ["County Civil Affairs Bureau"], []),
    ]


def test_a_sentence_of_helpers_between_an_item_s_field_lines_is_the_item_s() -> None:
    # Principal department: A / "The B and the C shall contribute." / Time frame: …: the
    # sentence between the fields names the helpers; the deadline after it is the item's too;
    # "The above work is …" after a deadline field is the group's sentence, not the item's
    en = (
        "Division of Responsibilities for Promoting Employment\n\nI. Employment policies\n"
        "1. Extend the tax relief for laid-off workers.\n"
        "Principal department: State Administration of Taxation\n"
        "The Ministry of Finance and the Ministry of Commerce shall contribute.\n"
        "Time frame: by the end of 2004\n"
        "2. Simplify registration for the self-employed.\n"
        "Principal department: State Administration for Industry and Commerce\n"
        "Time frame: by the end of July 2004\n"
    )
    items = divplan.parse(en).items()
    assert [reading(i) for i in items] == [
        ("lead", ["State Administration of Taxation"], ["Ministry of Finance",
         "Ministry of Commerce"], "by the end of 2004"),
        ("lead", ["State Administration for Industry and Commerce"], [], "by the end of July 2004"),
    ]  # fmt: skip
    assert items[0].responsibility.reading == "exact"


def test_a_full_stop_set_without_its_space_still_ends_the_task_s_sentence() -> None:
    # "…in fruit, vegetable and tea.The Planting Department plays the main role, …": a
    # translation that dropped the space after the full stop; the clause is the last sentence
    en = (
        "Division of Tasks\n\nI. Fertilizer and pesticide use\n"
        "1. Deepen the action of zero growth in fertilizer use in fruit and tea.The Planting"
        " Management Department plays the main role, the Finance Department cooperates,"
        " by the end of 2017.\n"
    )
    (item,) = divplan.parse(en).items()
    assert reading(item) == (
        "lead", ["Planting Management Department"], ["Finance Department"], "by the end of 2017"
    )
    assert item.text.endswith("fruit and tea.")
