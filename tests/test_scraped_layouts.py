"""Scraped and pasted layouts: a chat article's copy (a blank line after every line, ornaments
◆ ■ ▲), one-character Roman numerals (Ⅰ. Ⅱ.), headings of a second marker family under the
first (Ⅰ. over A.), English hard-wrapped at a narrow width, a field line whose role words were
cut onto the next line, a clause's bracket left open by a short wrapped line, and a
responsibility line written after a group of tasks, or over it.  Each rule
is checked on a small plan, with the case it must leave alone beside it."""

from __future__ import annotations

import textwrap

import divplan
from divplan.parsing.layout_lines import ornament_lines, ornament_prefix, spaced_paste_blanks
from divplan.parsing.normalise import normalise


def _names(ds: list[divplan.Department]) -> list[str]:
    return [d.mention for d in ds]


def _lines(text: str) -> list[tuple[int, str]]:
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, line))
        at += len(line) + 1
    return out


_PASTE_LINES = [
    "某县推进电子商务工作任务分工",
    "一、完善公共服务体系",
    "1．建设县级农村电子商务公共服务中心，为企业和农户提供培训、孵化、营销等服",
    "务。（主办单位：县商务局；参办单位：县财政局、县工业园区管委会；完成时限：",
    "2020年6月底前）",
    "2．建设乡镇电商服务站和村级电商服务点，实现行政村全覆盖。（县商务局牵头，",
    "各乡镇人民政府配合；完成时限：长期坚持）",
    "3．完善县乡村三级物流配送体系，整合快递物流资源，开展农村电商共同配送工作。（县",
    "交通运输局负责；完成时限：2020年底前）",
    "二、培育市场主体",
    "1．培育本地电商龙头企业和网店，支持返乡青年、大学生开展电商创业，全年新增网",
    "店不少于200家。（县商务局负责；完成时限：长期坚持）",
]


def test_a_chat_paste_with_a_blank_line_after_every_line_reads_as_its_lines() -> None:
    text = "\n\n".join(["◆ ◆ ◆", *_PASTE_LINES[:2], "◆ ◆ ◆", *_PASTE_LINES[2:]])
    items = divplan.parse(text).items()
    assert [i.responsibility.mode for i in items] == ["lead", "lead", "sole", "sole"]
    assert _names(items[0].responsibility.participants) == ["县财政局", "县工业园区管委会"]
    assert items[0].deadline is not None and items[0].deadline.text == "2020年6月底前"
    assert all("◆" not in i.text for i in items)


def test_blank_lines_are_spacing_only_after_lines_the_width_cut() -> None:
    lines = _lines("\n\n".join(_PASTE_LINES))
    dropped = spaced_paste_blanks(lines)
    after = {lines[i - 1][1] for i in dropped}
    assert _PASTE_LINES[2] in after  # cut inside a sentence
    assert _PASTE_LINES[3] in after  # ends inside an open bracket (完成时限：)
    assert _PASTE_LINES[1] not in after  # a short heading keeps its paragraph break
    assert _PASTE_LINES[4] not in after  # the clause closed


def test_a_markdown_text_one_paragraph_a_line_keeps_its_blank_lines() -> None:
    paragraphs = [f"{n}．加强第{n}项工作，确保按期完成。（县商务局负责）" for n in range(1, 14)]
    lines = _lines("\n\n".join(["某县分工方案", *paragraphs, "---"]))
    assert spaced_paste_blanks(lines) == set()


def test_ornaments_are_furniture_and_an_ornament_before_a_marker_is_blanked() -> None:
    assert ornament_lines(_lines("◆ ◆ ◆\n▲\n一、总体要求\n★★★")) == {0, 1, 3}
    assert ornament_lines(_lines("——\n(1)")) == set()  # dashes and brackets are no ornaments
    assert ornament_prefix("■ Ⅰ. 完善农村电商公共服务体系") == 2
    assert ornament_prefix("■ 加强监管") == 0  # a bullet before a task stays a bullet
    norm = normalise("■ 一、总体要求\n")
    assert norm.text.startswith("  一、") and norm.pages  # reported, not lost


def test_one_character_roman_numerals_mark_sections_and_a_second_family_nests() -> None:
    text = (
        "某县智慧养老工作任务分工\n"
        "Ⅰ. 完善智慧养老服务设施\n"
        "A. 建设信息平台\n"
        "1) 建设县级智慧养老服务信息平台。（县民政局负责，2019年底前）\n"
        "B. 推广智能终端\n"
        "2) 为特困老年人配置智能呼叫设备。（县民政局牵头，县财政局配合）\n"
        "Ⅱ. 丰富智慧养老服务内容\n"
        "A. 发展居家养老服务\n"
        "3) 开展老年人智能技术运用培训。（县老龄办负责）\n"
    )
    plan = divplan.parse(text)
    assert [(s.marker, s.title) for s in plan.sections] == [
        ("Ⅰ.", "完善智慧养老服务设施"),
        ("Ⅱ.", "丰富智慧养老服务内容"),
    ]
    assert [len(s.subsections) for s in plan.sections] == [2, 1]
    assert [i.number for i in plan.items()] == [1, 2, 3]


def test_english_hard_wrapped_at_a_narrow_width_keeps_its_items() -> None:
    items = [
        "(1) Complete a citywide survey of intangible cultural heritage and build a digital"
        " archive. (Championed by the Municipal Bureau of Culture, with the Municipal Bureau"
        " of Finance; by year-end 2017)",
        "(2) Make video records of the skills of elderly representative transmitters."
        " (Municipal Bureau of Culture; long-term)",
        "(3) Publish the fourth batch of the municipal list of representative items."
        " (Municipal Bureau of Culture and the county governments, severally; by year-end"
        " 2017)",
    ]
    body = ["Division of Responsibilities", "Ⅰ. Surveys and records", *items]
    text = "\n".join(textwrap.fill(p, 28) for p in body * 2)
    plan = divplan.parse(text)
    got = [(i.number, i.responsibility.mode) for i in plan.items()]
    assert got[:3] == [(1, "lead"), (2, "sole"), (3, "division")]


def test_role_words_cut_onto_the_next_line_stay_with_the_field() -> None:
    text = (
        "某省旅游工作分工\n\n一、规范市场秩序\n\n"
        "1．建立全省旅游投诉统一受理平台。\n责任单位：省旅游委牵头，省物价局、省工商局\n"
        "配合跟进（2017年底前）\n\n"
        "2．推行旅游合同示范文本。\n责任单位：省工商局（2017年6月底前）\n附件2\n"
    )
    items = divplan.parse(text).items()
    assert items[0].deadline is not None and items[0].deadline.text == "2017年底前"
    assert _names(items[0].responsibility.participants) == ["省物价局", "省工商局"]
    assert items[1].deadline is not None and items[1].deadline.text == "2017年6月底前"


def test_a_responsibility_line_after_a_group_of_tasks_covers_the_group() -> None:
    text = (
        "某省城市管理工作任务分工\n\n一、科学规划设摊点位\n"
        "1．指导各市划定临时设摊经营区域和时段。\n"
        "2．利用城市边角地设置便民疏导点。\n"
        "3．建立设摊点位动态调整机制。\n"
        "责任单位：省住房城乡建设厅牵头，省商务厅配合；完成时限：2025年8月底前\n"
        "二、规范经营秩序\n"
        "4．对食品摊贩实行登记管理。（省市场监管局负责）\n"
    )
    plan = divplan.parse(text)
    items = plan.items()
    for item in items[:3]:
        assert _names(item.responsibility.leads) == ["省住房城乡建设厅"]
        assert item.deadline is not None and item.deadline.text == "2025年8月底前"
    assert [i.responsibility.reading for i in items[:3]] == ["inferred", "inferred", "exact"]
    notes = [d.message for d in plan.diagnostics if d.code == "DP208"]
    assert any("item 1" in m and "closes the group" in m for m in notes)
    assert _names(items[3].responsibility.leads) == ["省市场监管局"]


def test_responsibility_lines_over_their_groups_cover_the_tasks_below_them() -> None:
    # a line right under the heading, before the first task, says the plan writes each group's
    # line over it: the line after task 2 opens the next group (tasks 3 and 4), not task 2's
    paras = [
        "某市防汛工作任务分工",
        "一、健全防汛责任体系",
        "责任单位：市应急管理局牵头，市水务局配合；完成时限：2019年4月底前",
        "1．落实以行政首长负责制为核心的防汛责任制。",
        "2．修订完善市级防汛应急预案。",
        "责任单位：市水务局、市气象局联合推动；完成时限：2019年5月底前",
        "3．建立雨情水情信息共享机制。",
        "4．开展城市易涝点联合排查。",
        "二、加强工程设施建设",
        "责任单位：市水务局负责；完成时限：2019年6月底前",
        "1．加快病险水库除险加固。",
        "责任单位：市住房城乡建设局、市城管局联合推动；完成时限：2019年10月底前",
        "2．实施城区排水管网改造。",
    ]
    plan = divplan.parse("\n\n".join(paras))  # (paragraphs apart, as a web page's are)
    got = [
        (_names(i.responsibility.leads), i.deadline.text if i.deadline else None)
        for i in plan.items()
    ]
    first = (["市应急管理局"], "2019年4月底前")
    second = (["市水务局", "市气象局"], "2019年5月底前")
    third = (["市水务局"], "2019年6月底前")
    fourth = (["市住房城乡建设局", "市城管局"], "2019年10月底前")
    assert got == [first, first, second, second, third, fourth]
    assert {i.responsibility.reading for i in plan.items()} == {"inferred"}
    assert plan.items()[1].text == "修订完善市级防汛应急预案。"


def test_a_task_without_a_clause_followed_by_a_bracketed_clause_is_no_group() -> None:
    text = (
        "某省工作分工\n\n一、重点任务\n"
        "1．指导各市划定临时设摊经营区域和时段。\n"
        "2．利用城市边角地设置便民疏导点。（省住房城乡建设厅负责）\n"
    )
    items = divplan.parse(text).items()
    assert items[0].responsibility.mode is None  # reported (DP201), not guessed


_NARROW = """Intangible Heritage Plan

I. Transmission
(1) Support workshops for
intangible cultural heritage
in rural tourism villages.
(Municipal Tourism Bureau
and Municipal Bureau of
Agriculture,
severally; long-term)
(2) Hold the festival every
year. (Municipal Bureau of
Commerce; long-term)
"""


def test_a_bracket_left_open_by_a_short_wrapped_line_goes_on() -> None:
    # "Agriculture," is far shorter than the wrap width, yet the clause's bracket is open and
    # the next line closes it: the task goes on, and that line is no heading
    plan = divplan.parse(_NARROW)
    first, second = plan.items()
    assert first.responsibility.mode == "division"
    assert _names(first.responsibility.leads) == [
        "Municipal Tourism Bureau",
        "Municipal Bureau of Agriculture",
    ]
    assert first.deadline is not None and first.deadline.text == "long-term"
    assert [s.title for s in plan.sections[0].subsections] == []
    assert _names(second.responsibility.leads) == ["Municipal Bureau of Commerce"]


def test_a_group_line_covers_tasks_that_carry_only_their_own_deadlines() -> None:
    # each task closes with a deadline bracket and no clause; the line after the group says who
    # does them all: the tasks take its roles (inferred) and keep their own deadlines
    text = (
        "Division of Tasks for Rural Roads in Some County\n\n"
        "I. Build roads\n"
        "1. Harden the roads of all villages. (H1 2026)\n"
        "2. Repair the bridges on county roads. (by the end of October 2026)\n"
        "Delivery partners: the County Transport Bureau, the County Finance Bureau.\n"
        "II. Keep roads\n"
        "3. Hire one road keeper per village. (County Transport Bureau is responsible)\n"
    )
    plan = divplan.parse(text)
    items = plan.items()
    for item in items[:2]:
        assert _names(item.responsibility.leads) == [
            "County Transport Bureau",
            "County Finance Bureau",
        ]
    assert [i.deadline.text if i.deadline else None for i in items[:2]] == [
        "H1 2026",
        "by the end of October 2026",
    ]
    assert items[0].responsibility.reading == "inferred"
    assert any("item 1" in d.message and "closes the group" in d.message for d in plan.diagnostics)
    assert _names(items[2].responsibility.leads) == ["County Transport Bureau"]


def test_an_indented_bracketed_line_over_a_group_covers_its_tasks() -> None:
    # a portal page indents every paragraph (　　); the group's line is bracketed and each task
    # closes with its own deadline field: the tasks take the line's roles and keep their deadlines
    text = (
        "某县优化纳税服务工作任务分工方案\n一、简化办税流程\n"
        "　　（责任单位：县国税局牵头，县财政局配合）\n"
        "　　1．全面清理涉税审批事项。完成时限：2013年6月底前。\n"
        "　　2．推行税务登记一窗式办理。完成时限：2013年9月底前。\n"
        "二、拓展办税渠道\n"
        "　　3．设立综合办税窗口。（县政务服务中心负责）\n"
    )
    items = divplan.parse(text).items()
    for item in items[:2]:
        assert _names(item.responsibility.leads) == ["县国税局"]
        assert _names(item.responsibility.participants) == ["县财政局"]
        assert item.responsibility.reading == "inferred"
    assert [i.deadline.text if i.deadline else None for i in items[:2]] == [
        "2013年6月底前",
        "2013年9月底前",
    ]
    assert _names(items[2].responsibility.leads) == ["县政务服务中心"]


def test_a_paragraph_with_field_lines_among_numbered_items_is_an_unnumbered_task() -> None:
    # Markdown sets a blank line between a task and its field line; a paragraph without a
    # number, written like the numbered tasks around it, is a task of its own
    text = (
        "Some County Sewage Treatment Task Division Plan\n\n"
        "I. Complete facilities\n\n"
        "1. Build sewage treatment facilities in 25 villages.\n\n"
        "Responsible unit: County Ecological Environment Bureau; Completion time: Before the end of 2024\n\n"
        "Combine sewage treatment with the toilet revolution in every village.\n\n"
        "Responsible unit: County Agriculture Bureau; Completion time: Continuous promotion\n\n"
        "2. Extend the urban sewage network to nearby villages.\n\n"
        "Responsible unit: County Water Resources Bureau; Completion time: Before the end of 2025\n"
    )
    items = divplan.parse(text).items()
    assert [(i.number, i.numbered) for i in items] == [(1, True), (1, False), (2, True)]
    assert items[1].text.startswith("Combine sewage treatment")
    assert _names(items[1].responsibility.leads) == ["County Agriculture Bureau"]
    assert _names(items[0].responsibility.leads) == ["County Ecological Environment Bureau"]
