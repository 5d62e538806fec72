"""Layouts met in the twentieth session: the sealed sets holdout200–203.

Each test builds a small plan in one layout of the genre and checks the reading; the
phrasings themselves are records of ``fixtures/clauses.txt``.
"""

from __future__ import annotations

import divplan
from item_roles import item_roles

_roles = item_roles


def test_a_comma_separated_export_with_no_empty_cell_pair_is_read_as_its_table() -> None:
    # a sheet of two columns saved as .csv: no tab, no quotes, no ",," — only a comma ending
    # each row's first cell; its header names a task and a deadline column (时间安排)
    rows = [
        "某市人民政府办公室关于印发招商引资重点任务分工的通知,",
        "各区人民政府，市政府各部门：,",
        "现将分工印发给你们，请认真贯彻执行。,",
        "主要任务,时间安排",
        "一、优化投资环境,",
        "清理妨碍公平竞争的规定。市司法局负责。,2020年底前",
        "推行企业开办一网通办。市市场监管局牵头，市税务局参与。,持续推进",
        "二、强化要素保障,",
        "盘活存量建设用地。市自然资源局、市住建局按职责分工负责。,2021年6月底前",
    ]
    plan = divplan.parse_bytes(("\n".join(rows) + "\n").encode(), path="plan.csv")
    items = plan.items()
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "2020年底前",
        "持续推进",
        "2021年6月底前",
    ]
    assert [_roles(i) for i in items] == [
        ("sole", ["市司法局"], [], False),
        ("lead", ["市市场监管局"], ["市税务局"], False),
        ("division", ["市自然资源局", "市住建局"], [], False),
    ]


def test_tasks_each_with_a_deadline_line_labelled_by_its_time_point_share_the_field_below() -> None:
    # 办结时点：… under each task, then one 责任单位 line for the group (时点, a time point, is a
    # deadline label's time word like 时限 and 时间)
    text = (
        "某省服务业重点工作分工方案\n"
        "一、发展生产性服务业\n"
        "　　加快发展现代物流业，建设区域性配送中心。\n"
        "　　办结时点：2013年12月底前\n"
        "　　推进物流公共信息平台建设。\n"
        "　　办结时点：2014年6月底前\n"
        "　　责任单位：省发展改革委牵头，省商务厅配合。\n"
    )
    items = divplan.parse(text).items()
    assert [i.text for i in items] == [
        "加快发展现代物流业，建设区域性配送中心。",
        "推进物流公共信息平台建设。",
    ]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "2013年12月底前",
        "2014年6月底前",
    ]
    assert [_roles(i) for i in items] == [("lead", ["省发展改革委"], ["省商务厅"], False)] * 2


def test_a_field_line_cut_inside_its_others_goes_on_with_the_line_below() -> None:
    # …，余下相 / 关单位配合。: the short line closes the clause with its role word, so it is the
    # field's rest, not a task of its own
    text = (
        "某省工作分工方案\n"
        "一、发展生活性服务业\n"
        "　　加快发展养老、家政、健康服务业，鼓励社会资本举办养老机构。\n"
        "　　责任单位：省民政厅、省卫生厅、省人力资源社会保障厅按职责分工负责，其余相\n"
        "关单位配合。\n"
        "　　推动商贸流通业转型升级。\n"
        "　　责任单位：省商务厅负责。\n"
    )
    items = divplan.parse(text).items()
    assert len(items) == 2
    assert _roles(items[0]) == (
        "division",
        ["省民政厅", "省卫生厅", "省人力资源社会保障厅"],
        [],
        True,
    )


def test_a_field_line_set_in_markdown_italics_is_still_the_group_s_field() -> None:
    # *Responsibility: …* under tasks each with its own deadline paragraph, blank lines
    # between: the asterisks are Markdown's marks, not the line's words
    text = (
        "## Division of Tasks\n\n"
        "### I. Funding\n\n"
        "Exempt all rural pupils from tuition fees.\n\n"
        "Timing: End of 2007\n\n"
        "Raise per-pupil public funds year by year.\n\n"
        "Timing: Ongoing\n\n"
        "*Responsibility: the Provincial Department of Education to lead, with the Provincial "
        "Department of Finance.*\n"
    )
    items = divplan.parse_bytes(text.encode(), path="plan.md").items()
    assert [i.deadline.text if i.deadline else None for i in items] == ["End of 2007", "Ongoing"]
    assert [_roles(i) for i in items] == [
        (
            "lead",
            ["Provincial Department of Education"],
            ["Provincial Department of Finance"],
            False,
        )
    ] * 2


def test_a_label_read_as_the_lead_s_beside_a_helpers_field_is_the_lead_s_where_alone() -> None:
    # "Office of record:" (words the lexicon lacks): beside "Supporting units:" it is
    # the lead's field, so on the item where it stands alone it still names a lead (a lead
    # label with an empty helpers' field: mode lead), and the reading says it guessed
    text = (
        "Division of Tasks\n"
        "I. Services\n"
        "1. Extend after-school care.  Office of record: Municipal Water Bureau  "
        "Supporting units: Municipal Audit Bureau; by June 2025\n"
        "2. Open libraries to children.  Office of record: Municipal Culture Bureau; "
        "by December 2025\n"
    )
    plan = divplan.parse(text)
    items = plan.items()
    assert [_roles(i) for i in items] == [
        ("lead", ["Municipal Water Bureau"], ["Municipal Audit Bureau"], False),
        ("lead", ["Municipal Culture Bureau"], [], False),
    ]
    assert items[1].responsibility.reading == "inferred"
    assert any(
        "stands alone here" in d.message and d.code == "DP208" for d in plan.diagnostics
    )


def test_a_label_never_seen_beside_a_helpers_field_stands_alone_as_the_responsible_units_() -> None:
    # the same label on every item, never beside a helpers' field: nothing says it is the
    # lead's, so each item reads as a responsibility field alone (sole)
    text = (
        "Division of Tasks\n"
        "I. Services\n"
        "1. Extend after-school care.  Office of record: Municipal Water Bureau; "
        "by June 2025\n"
        "2. Open libraries to children.  Office of record: Municipal Culture Bureau; "
        "by December 2025\n"
    )
    items = divplan.parse(text).items()
    assert [_roles(i)[0] for i in items] == ["sole", "sole"]


def test_english_points_written_in_a_row_in_a_hard_wrapped_paragraph_are_the_tasks() -> None:
    # 一是…二是… rendered "First, … Second, …", one paragraph the page width cut, each point
    # a task with its own clause and deadline field (holdout97's layout, other words)
    text = (
        "Division of labor plan for the key work of Linshui County\n"
        "I. Improve the business environment\n"
        "First, Simplify the approval of enterprise investment projects and publish the list of\n"
        "items. County Water Bureau and County Audit Bureau are jointly responsible. Completion\n"
        "time limit: before the end of 2015. Second, Improve the rural road network and maintain\n"
        "the village roads. County Transport Bureau takes the lead, County Finance Bureau\n"
        "cooperates. Completion time limit: continuous advancement.\n"
        "II. Strengthen guarantees\n"
        "First, Train the staff of township service centres. County Personnel Bureau is\n"
        "responsible. Completion time limit: before the end of June 2015.\n"
    )
    items = divplan.parse(text).items()
    assert [(i.number, i.marker) for i in items] == [(1, "First,"), (2, "Second,"), (1, "First,")]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "before the end of 2015",
        "continuous advancement",
        "before the end of June 2015",
    ]
    assert [_roles(i) for i in items] == [
        ("joint", ["County Water Bureau", "County Audit Bureau"], [], False),
        ("lead", ["County Transport Bureau"], ["County Finance Bureau"], False),
        ("sole", ["County Personnel Bureau"], [], False),
    ]


def test_points_in_a_row_that_name_nobody_are_not_cut() -> None:
    # "First, … Second, …" in a notice's paragraph with no role word in its points: prose, one
    # block, never tasks
    from divplan.parsing.run_together import ordinal_points

    line = (
        "First, raise awareness of the plan among all staff. Second, report progress to the "
        "general office every quarter."
    )
    assert ordinal_points(line) == []
    tasks = (
        "First, Publish the list. County Water Bureau is responsible. Second, Train the staff. "
        "County Audit Bureau takes the lead. Fourth, Check the work."
    )
    assert ordinal_points(tasks) == [tasks.index("Second")]
