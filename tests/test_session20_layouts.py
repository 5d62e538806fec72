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


def test_a_sheet_of_one_column_beside_a_blank_one_is_read_a_row_a_line() -> None:
    # each row closed by the empty cell of a second column left blank: a row a line, the
    # bracket closing each task its clause (no table header, no quotes)
    rows = [
        "某县人民政府办公室关于印发重点工作分工方案的通知,",
        "各乡镇人民政府，县政府各部门：,",
        "现将方案印发给你们，请认真组织实施。,",
        "某县人民政府办公室,2015年3月2日",
        "某县重点工作分工方案,",
        "一、发展现代农业,",
        "推进高标准农田建设。（县农业局牵头，县财政局参加）,",
        "落实农机购置补贴。（县农机局一家承办）,",
        "二、改善农村民生,",
        "实施农村饮水安全工程。（县水利局、县卫生局按职责分工负责）,",
    ]
    plan = divplan.parse_bytes(("\n".join(rows) + "\n").encode(), path="plan.csv")
    items = plan.items()
    assert [i.text for i in items] == [
        "推进高标准农田建设。",
        "落实农机购置补贴。",
        "实施农村饮水安全工程。",
    ]
    assert [_roles(i)[:3] for i in items] == [
        ("lead", ["县农业局"], ["县财政局"]),
        ("sole", ["县农机局"], []),
        ("division", ["县水利局", "县卫生局"], []),
    ]


def test_a_sheet_of_a_number_column_with_no_header_is_read_a_row_a_line() -> None:
    # 1,task / ,Lead unit: … / ,Time limit: … with no 序号 header over the numbers
    rows = [
        "Ministry of Water Resources document,",
        '"To each department and bureau of the ministry:",',
        "Key Work Division of Labor Program,",
        "I. Save water,",
        '1,"Revise the water quota standards, and publish them."',
        ",Lead unit: Department of Planning; Support units: Department of Finance",
        ",Completion time limit: before the end of 2012",
        "2,Build the national water monitoring network.",
        ",Lead unit: Department of Hydrology",
        ",Completion time limit: continuous advancement",
        "3,Train the water-saving inspectors.",
        ",Lead unit: Department of Personnel",
    ]
    plan = divplan.parse_bytes(("\n".join(rows) + "\n").encode(), path="plan.csv")
    items = plan.items()
    assert [(i.number, i.text) for i in items] == [
        (1, "Revise the water quota standards, and publish them."),
        (2, "Build the national water monitoring network."),
        (3, "Train the water-saving inspectors."),
    ]
    assert [_roles(i)[1] for i in items] == [
        ["Department of Planning"],
        ["Department of Hydrology"],
        ["Department of Personnel"],
    ]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "before the end of 2012",
        "continuous advancement",
        None,
    ]


def test_last_sentences_read_by_the_pieces_of_their_unknown_words() -> None:
    # "one-shoulder carries" (一肩挑), "make a fist" (攥成拳), "alone carries the load": the
    # last sentence of each task is its clause once its words hold a role's piece, and the
    # opening "alone" says the load is one body's (not a lead's over others)
    text = (
        "Division of Labor Plan of Qinghe City\n"
        "I. Improve the urban infrastructure\n"
        "1. Complete the revision of the overall urban plan. Municipal Water Bureau one-shoulder"
        " carries, before the end of June 2004.\n"
        "2. Rebuild the old pipe network. Municipal Water Bureau and Municipal Gas Company make"
        " a fist, within the year.\n"
        "3. Formulate the implementation rules. Municipal Audit Bureau alone carries the load,"
        " by the end of March 2004.\n"
        "4. Renovate the old streets. Municipal Construction Bureau takes the lead, Municipal"
        " Finance Bureau participates, before the end of 2004.\n"
    )
    items = divplan.parse(text).items()
    assert [_roles(i)[:3] for i in items] == [
        ("sole", ["Municipal Water Bureau"], []),
        ("joint", ["Municipal Water Bureau", "Municipal Gas Company"], []),
        ("sole", ["Municipal Audit Bureau"], []),
        ("lead", ["Municipal Construction Bureau"], ["Municipal Finance Bureau"]),
    ]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "before the end of June 2004",
        "within the year",
        "by the end of March 2004",
        "before the end of 2004",
    ]


def test_a_running_head_printed_once_inside_a_cut_sentence_is_the_page_s() -> None:
    # a two-page PDF's text: the page number, then the second page's running head, then a
    # blank line, all inside a clause the page cut ("… Municipal Finance Bureau and / — 1 — /
    # Qinghe Municipal Government Office Document / (blank) / Municipal Audit Bureau …")
    text = (
        "Division of Labor Plan of Qinghe City\n\n"
        "I. Strengthen the social management\n"
        "1. Create 8,000 urban jobs and help laid-off workers to be re-employed.\n"
        "Municipal Labor Bureau takes the lead, Municipal Finance Bureau and\n\n"
        "— 1 —\n"
        "Qinghe Municipal Government Office Document\n\n"
        "Municipal Audit Bureau participate, before the end of December 2002.\n"
        "2. Expand the coverage of the minimum living guarantee. Municipal Civil Affairs\n"
        "Bureau takes the lead, Municipal Finance Bureau participates, before the end of 2002.\n"
    )
    items = divplan.parse(text).items()
    assert _roles(items[0])[:3] == (
        "lead",
        ["Municipal Labor Bureau"],
        ["Municipal Finance Bureau", "Municipal Audit Bureau"],
    )


def test_an_english_footer_of_the_date_a_document_was_issued_is_page_furniture() -> None:
    # "X General Office March 21, 2005 issued" (…印发) under the last task: no line of it
    text = (
        "Division of Tasks of the Ministry of Water Resources\n"
        "I. Save water\n"
        "1. Publish the water quotas. Department of Planning takes the lead, Department of"
        " Finance participates, before the end of 2005.\n"
        "2. Strengthen the publicity. General Office, Department of Policy each guard their"
        " gate, all year round.\n"
        "Ministry of Water Resources General Office March 21, 2005 issued\n"
    )
    items = divplan.parse(text).items()
    assert _roles(items[1])[:2] == ("division", ["General Office", "Department of Policy"])
    assert items[1].deadline is not None and items[1].deadline.text == "all year round"


def test_a_field_line_set_in_bold_after_a_group_of_numbered_tasks_is_the_group_s() -> None:
    # **责任分工：**… after 1. … 2. …: Markdown's marks before the label do not make the line
    # the last task's own clause
    text = (
        "## 一、稳增长\n\n"
        "1. 保持固定资产投资合理增长。\n"
        "2. 加快城市基础设施建设。\n\n"
        "**责任分工：**水利部牵头，财政部、审计署参加，2013年9月底前完成。\n\n"
        "3. 清理规范行政事业性收费。\n\n"
        "**责任分工：**财政部负责，2013年底前完成。\n"
    )
    items = divplan.parse_bytes(text.encode(), path="plan.md").items()
    assert [_roles(i)[:3] for i in items] == [
        ("lead", ["水利部"], ["财政部", "审计署"]),
        ("lead", ["水利部"], ["财政部", "审计署"]),
        ("sole", ["财政部"], []),
    ]


def test_a_task_opening_with_a_verb_the_deadline_words_hold_is_no_deadline() -> None:
    # 启动… / 出台… opening a task's sentence (启动高校哲学社会科学繁荣计划。) is no deadline line
    # under a field line whose value is a whole deadline; the verb after a date still closes
    # it (2019年启动, 6月底前出台), and alone it is one (（启动）)
    from divplan.parsing.deadlines import deadline_first, is_deadline

    for task in ("启动高校哲学社会科学繁荣计划。", "出台高校收费管理办法。"):
        assert not deadline_first(task)
        assert not is_deadline(task)
    for deadline in ("2019年启动", "6月底前出台", "启动"):
        assert deadline_first(deadline)
        assert is_deadline(deadline)


def test_a_table_column_named_in_unit_words_new_to_the_lexicon_keeps_its_place() -> None:
    # No. | Task | Principal actor | Co-actors: the second unit column, named in words the
    # lexicon lacks, is written after the lead's field, in its column's place, and read as the
    # helpers' beside it
    text = (
        "<html><body><p>Division of Tasks</p><p>I. Employment</p><table>"
        "<tr><th>No.</th><th>Task</th><th>Principal actor</th><th>Co-actors</th></tr>"
        "<tr><td>1</td><td>Refund insurance premiums to enterprises.</td>"
        "<td>Ministry of Water Resources</td>"
        "<td>Ministry of Finance, National Audit Office; by the end of 2020</td></tr>"
        "<tr><td>2</td><td>Extend the deferral of contributions.</td>"
        "<td>Ministry of Finance</td><td>National Audit Office; ongoing</td></tr>"
        "</table></body></html>"
    )
    items = divplan.parse_bytes(text.encode(), path="plan.html").items()
    assert [_roles(i)[:3] for i in items] == [
        ("lead", ["Ministry of Water Resources"], ["Ministry of Finance", "National Audit Office"]),
        ("lead", ["Ministry of Finance"], ["National Audit Office"]),
    ]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "by the end of 2020",
        "ongoing",
    ]


def test_a_sheet_under_the_notice_s_rows_is_read_from_the_header_naming_its_columns() -> None:
    # Category,Work tasks under the notice's rows: headings left, tasks right (each with its
    # clause in brackets, commas quoted inside), a row a line
    rows = [
        "General Office of Qinghe Municipal People's Government notice,",
        "Qing Zheng Ban Fa [2014] No. 9,",
        '"To all departments of the municipal government:",',
        '"The plan is hereby issued to you, please earnestly implement it.",',
        "General Office of Qinghe Municipal People's Government,",
        '"February 25, 2014",',
        ",",
        "Qinghe City Division of Tasks,",
        "Category,Work tasks",
        "I. Reduce emissions,",
        ',"Transform the coal-fired units (Municipal Water Bureau takes the lead, '
        'Municipal Audit Bureau participates, before the end of June 2014)"',
        ',"Eliminate small boilers (Municipal Finance Bureau one-hand grasp, by the end of 2014)"',
        "II. Control vehicle pollution,",
        ',"Eliminate old vehicles (Municipal Public Security Bureau, Municipal Transport Bureau '
        'split troops guard the pass, long-term adherence)"',
    ]
    plan = divplan.parse_bytes(("\n".join(rows) + "\n").encode(), path="plan.csv")
    items = plan.items()
    assert [i.text for i in items] == [
        "Transform the coal-fired units",
        "Eliminate small boilers",
        "Eliminate old vehicles",
    ]
    assert [_roles(i)[0] for i in items] == ["lead", "sole", "division"]
    assert [s.title for s in plan.sections] == ["Reduce emissions", "Control vehicle pollution"]


def test_a_number_column_s_name_under_the_notice_s_rows_heads_no_line() -> None:
    # Serial number,Work content under the notice: the numbered rows are the items and the
    # header's words no line of the plan
    rows = [
        "Qinghe City People's Government Office Document,",
        "Qing Zheng Ban [2009] No. 12,",
        '"Each county (district) people\'s government, city government each department:",',
        "Qinghe City People's Government Office,\"March 4, 2009\"",
        ",",
        "Qinghe City 2009 Key Work Division of Labor Plan,",
        "Serial number,Work content",
        "I.,Keep the economy growing",
        "1,Complete fixed assets investment of 32 billion yuan.",
        ",Main-catch unit: City Water Bureau  Deputy-hand unit: City Audit Bureau",
        ",Completion time: end of December 2009",
        "2,Newly start 50 key projects in the year.",
        ",Main-catch unit: City Finance Bureau  Deputy-hand unit: City Tax Bureau",
        ",Completion time: end of October 2009",
        "3,Expand home appliance sales in the countryside.",
        ",Main-catch unit: City Commerce Bureau",
        ",Completion time: whole year",
    ]
    plan = divplan.parse_bytes(("\n".join(rows) + "\n").encode(), path="plan.csv")
    items = plan.items()
    assert [(i.number, i.responsibility.leads[0].mention) for i in items] == [
        (1, "City Water Bureau"),
        (2, "City Finance Bureau"),
        (3, "City Commerce Bureau"),
    ]
    assert "Serial number" not in plan.sections[0].title
