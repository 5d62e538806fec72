"""Layouts and guards met in the sealed sets holdout165 and holdout176–179.

Each test builds a small plan in one layout of the genre and checks the reading; the
phrasings themselves are records of ``fixtures/clauses.txt``.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import divplan
from item_roles import item_roles

_roles = item_roles


def test_a_plan_without_headings_whose_group_lines_follow_their_paragraphs() -> None:
    # the notice, its issuer and date, the plan's title, then indented task paragraphs, each
    # group closed by the field line that says who does it: the first group's paragraphs are
    # the plan's (not the notice's), and the title line is no part of the first task
    text = (
        "某市人民政府办公室关于印发某市创建卫生城市工作分工方案的通知\n"
        "各区人民政府，市政府各部门：\n"
        "　　现将《某市创建卫生城市工作分工方案》印发给你们，请认真贯彻执行。\n"
        "某市人民政府办公室\n"
        "2010年4月12日\n"
        "某市创建卫生城市工作分工方案\n"
        "　　全面整治城区主次干道环境卫生。\n"
        "　　加强背街小巷垃圾清运。\n"
        "　　牵头单位：市城管局　　配合单位：市环保局　　完成时限：2010年6月底前\n"
        "　　开展农贸市场标准化改造。\n"
        "　　规范流动摊点经营秩序。\n"
        "　　牵头单位：市工商局　　配合单位：市商务局\n"
    )
    plan = divplan.parse(text)
    items = plan.items()
    assert [i.text for i in items] == [
        "全面整治城区主次干道环境卫生。",
        "加强背街小巷垃圾清运。",
        "开展农贸市场标准化改造。",
        "规范流动摊点经营秩序。",
    ]
    assert [_roles(i) for i in items] == [
        ("lead", ["市城管局"], ["市环保局"], False),
        ("lead", ["市城管局"], ["市环保局"], False),
        ("lead", ["市工商局"], ["市商务局"], False),
        ("lead", ["市工商局"], ["市商务局"], False),
    ]
    assert [i.deadline.text if i.deadline else None for i in items[:2]] == ["2010年6月底前"] * 2
    assert plan.metadata.title is not None and "分工方案" in plan.metadata.title


def _wrapped(paragraphs: list[str], width: int = 80) -> str:
    return "\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n"


def test_a_hard_wrapped_english_plan_without_headings_and_group_field_lines() -> None:
    # a PDF's text: a title-case title over the first task's sentence; a field line whose last
    # label's value the page put on the next line; a short last line of a field's list, then
    # the next task's sentence (a field's value that ends a body's name, then a sentence)
    text = _wrapped(
        [
            "Notice of the State Council on Issuing the Division of Key Tasks for the Care of "
            "the Elderly",
            "All ministries and commissions of the State Council and all directly affiliated "
            "institutions: The Division of Key Tasks is hereby issued to you. Please implement "
            "it conscientiously in light of actual conditions.",
            "State Council",
            "April 3, 2025",
            "Division of Key Tasks for Promoting the High-quality Development of Elderly Care",
            "Expand the supply of community elderly care meal services and support the opening "
            "of elderly canteens in qualified communities.",
            "Promote the renovation of existing residential buildings and install elevators "
            "where conditions permit in every city.",
        ]
    ) + (
        "Lead unit: Ministry of Civil Affairs; Participating units:\n"
        "Ministry of Housing and Urban-Rural Development, Ministry of Finance and other\n"
        "relevant departments\n"
    ) + _wrapped(
        [
            "Improve the long-term care insurance system and expand the pilot scope in an "
            "orderly manner across the country.",
            "Include qualified elderly care institutions in the designated scope of medical "
            "insurance and settle their bills.",
        ]
    ) + "Lead unit: National Healthcare Security Administration; Participating units:\n" + (
        "National Health Commission\n"
    )
    plan = divplan.parse(text)
    items = plan.items()
    assert len(items) == 4
    assert items[0].text.startswith("Expand the supply")
    assert [_roles(i) for i in items] == [
        (
            "lead",
            ["Ministry of Civil Affairs"],
            ["Ministry of Housing and Urban-Rural Development", "Ministry of Finance"],
            True,
        ),
    ] * 2 + [
        (
            "lead",
            ["National Healthcare Security Administration"],
            ["National Health Commission"],
            False,
        )
    ] * 2


def test_a_header_line_whose_last_column_names_units_in_unknown_words() -> None:
    # a PDF's header row run together: the known names cover its head, the tail ends in a
    # unit word (the one column of who does the task); a sentence naming a task is none
    from divplan.read.header_lines import roles_in_line

    assert roles_in_line("No. Key task Burden-carrying unit") == {"task", "resp"}
    assert roles_in_line("序号 重点任务 挑大梁单位") == {"number", "task", "resp"}
    assert roles_in_line("We must carry out the key task of the unit") == set()


def test_a_column_named_for_tasks_and_their_units_holds_both() -> None:
    from divplan.read.table_headers import column_role

    assert column_role("Key tasks and division of responsibilities") == "task"
    assert column_role("Task content and responsible units") == "task"
    assert column_role("主要任务与责任部门") == "task"
    assert column_role("Responsibility and deadline") == "resp"  # (no task in it)


def test_a_lone_units_column_of_words_with_no_role_piece_is_who_does_it() -> None:
    # "Load-bearing unit" (承担单位): "load" is a lead's piece only as "the load" ("shoulders
    # the load"), so the one units column is who does the task, read as a guess and said
    text = (
        "Task\tLoad-bearing unit\n"
        "I. Rural garbage governance\n"
        "Build the garbage transfer stations.\tCounty Housing and Urban-Rural Development Bureau\n"
        "Clean up the stock garbage.\tCounty Water Resources Bureau, County Transportation Bureau\n"
    )
    plan = divplan.parse(text)
    assert [_roles(i)[0] for i in plan.items()] == ["sole", "joint"]
    assert all(i.responsibility.reading == "inferred" for i in plan.items())


def test_a_csv_whose_task_column_holds_each_task_and_its_clause(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Division of labor plan for key tasks of foreign trade,,\n"
        "No.,Key tasks and division of responsibilities,Time limit\n"
        "I. Stabilize the supply of key production factors,,\n"
        '1,"Coordinate the supply of coal for exporters (National Development and Reform '
        'Commission takes the lead, Ministry of Finance participates)",By the end of June 2022\n'
        '2,"Support foreign trade enterprises (Ministry of Commerce)",Continuous advancement\n',
        encoding="utf-8",
    )
    items = divplan.parse_file(path).items()
    assert [_roles(i)[:2] for i in items] == [
        ("lead", ["National Development and Reform Commission"]),
        ("sole", ["Ministry of Commerce"]),
    ]
    assert items[1].deadline is not None and items[1].deadline.text == "Continuous advancement"


def test_a_name_whose_words_run_into_each_other_is_said() -> None:
    # two cells of a PDF whose characters ran together: the name is read, and the reading says
    # it cannot vouch for it (not a silent guess)
    text = (
        "一、测试\n"
        "1. Fully implement the negative list.  Lead unit: Provincial Development and "
        "ReforPmrovincial Department of Commission\n"
    )
    plan = divplan.parse(text)
    notes = [d.message for d in plan.diagnostics if d.code == "DP208"]
    assert any("run into each other" in n for n in notes)


def test_a_field_line_next_to_page_numbers_twice_is_no_running_head() -> None:
    # a text with no blank lines: each page ends with a group's deadline field right above its
    # page number, and the two fields differ only in their digits — fields, not a page's foot
    text = (
        "一、甲\n"
        "1．推进某项工作。\n"
        "　　责任分工：市科技局牵头，市教育局配合。\n"
        "　　完成时限：2021年10月底前\n"
        "— 2 —\n"
        "二、乙\n"
        "1．推进另一项工作。\n"
        "　　责任分工：市商务局负责。\n"
        "　　完成时限：2021年11月底前\n"
        "— 3 —\n"
        "三、丙\n"
        "1．再推进一项工作。\n"
        "　　责任分工：市财政局负责。\n"
    )
    items = divplan.parse(text).items()
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "2021年10月底前",
        "2021年11月底前",
        None,
    ]


def test_a_deadline_row_under_a_tables_units_is_the_row_above_s() -> None:
    # a text table whose units cell goes on in the next row with the deadline, labelled: the
    # row above's deadline, not a new task whose unit field is "Completion time: …" (the
    # column named in words no row lists keeps its name as its cells' label)
    text = (
        "Task\tLoad-bearing unit\n"
        "I. Rural garbage governance\n"
        "Build the garbage transfer stations.\tCounty Housing and Urban-Rural Development Bureau\n"
        "\tCompletion time: End of October 2019\n"
        "Clean up the stock garbage.\tCounty Water Resources Bureau, County Transportation Bureau\n"
        "\tCompletion time: End of May 2019\n"
    )
    items = divplan.parse(text).items()
    assert [_roles(i)[:2] for i in items] == [
        ("sole", ["County Housing and Urban-Rural Development Bureau"]),
        ("joint", ["County Water Resources Bureau", "County Transportation Bureau"]),
    ]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "End of October 2019",
        "End of May 2019",
    ]


def test_field_lines_each_a_line_under_a_group_with_labels_new_to_the_lexicon() -> None:
    # a group's fields one a line: a lead label of unknown words, a helpers' label of unknown
    # words ("Fellow departments:", whose words also make unnamed others), a deadline: one
    # field block, the name above the helpers' line whole
    text = (
        "I. Building the market network\n"
        "Upgrade 300 wholesale markets with cold-chain facilities.\n"
        "Build 50 regional distribution centres.\n"
        "Spearheading department: Department of Market System Development\n"
        "Fellow departments: Ministry of Finance, National Development and Reform Commission\n"
        "Time limit: By the end of 2012\n"
    )
    items = divplan.parse(text).items()
    assert len(items) == 2
    assert [_roles(i) for i in items] == [
        (
            "lead",
            ["Department of Market System Development"],
            ["Ministry of Finance", "National Development and Reform Commission"],
            False,
        )
    ] * 2
    assert [i.deadline.text if i.deadline else None for i in items] == ["By the end of 2012"] * 2


def test_a_task_opening_with_a_bodys_name_and_a_colon_is_no_field_after_a_deadline() -> None:
    # "Province Finance Department: arrange …" opens a task (its clause its opening words),
    # though a deadline field stands above it: no field of the group above
    text = (
        "One, Construction of water supply engineering\n"
        "Province Water Resources Department grasp the head, Province Development and Reform "
        "Commission cooperate: carry out the rural water supply project of 320 villages.\n"
        "Completion time: The end of December 2016\n"
        "Province Housing Department, Province Water Resources Department sub-grasp: extend the "
        "pipe network to the nearby villages.\n"
        "Completion time: The end of 2017\n"
        "Province Finance Department: arrange the provincial subsidy funds for the counties.\n"
        "Completion time: The end of June 2016\n"
    )
    items = divplan.parse(text).items()
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "The end of December 2016",
        "The end of 2017",
        "The end of June 2016",
    ]
    assert _roles(items[2])[:2] == ("sole", ["Province Finance Department"])


def test_headings_numbered_like_items_over_paragraphs_whose_last_sentence_is_the_clause() -> None:
    # a web page's "## 1. Heading" over paragraphs: each paragraph a task, its last sentence
    # the clause, a deadline field under it; the numbered lines are the sections
    text = (
        "# Division of Tasks\n\n"
        "## 1. Optimize the development environment\n\n"
        "Fully implement the negative list for market access. The Municipal Development and "
        "Reform Commission takes the lead, the Municipal Justice Bureau participates.\n\n"
        "Completion time limit: By the end of October 2025\n\n"
        "Standardize administrative inspections. The Municipal Justice Bureau is responsible.\n\n"
        "Completion time limit: Long-term adherence\n\n"
        "## 2. Strengthen factor guarantee\n\n"
        "Increase loans to private enterprises. The Municipal Financial Office takes the lead, "
        "the Municipal Finance Bureau participates.\n\n"
        "Completion time limit: By the end of 2025\n"
    )
    plan = divplan.parse(text)
    assert [s.title for s in plan.sections] == [
        "Optimize the development environment",
        "Strengthen factor guarantee",
    ]
    items = plan.items()
    assert [_roles(i)[:2] for i in items] == [
        ("lead", ["Municipal Development and Reform Commission"]),
        ("sole", ["Municipal Justice Bureau"]),
        ("lead", ["Municipal Financial Office"]),
    ]
    assert items[1].deadline is not None and items[1].deadline.text == "Long-term adherence"


def test_a_csv_of_numbers_and_content_with_field_rows_under_each(tmp_path: Path) -> None:
    # 序号,内容: a number and a content column; each task's fields are rows of their own
    path = tmp_path / "plan.csv"
    path.write_text(
        "落实政策措施部门分工,\n"
        "序号,内容\n"
        ",一、促进农民增加收入\n"
        "1,对种粮农民实行直接补贴。\n"
        ",领抓单位：财政部\n"
        ",配套部门：发展改革委、粮食局\n"
        ",完成时限：2004年3月底前\n"
        "2,降低农业税税率。\n"
        ",领抓单位：财政部\n"
        ",配套部门：税务总局\n"
        ",完成时限：2004年6月底前\n",
        encoding="utf-8",
    )
    items = divplan.parse_file(path).items()
    assert [_roles(i)[:2] for i in items] == [("lead", ["财政部"]), ("lead", ["财政部"])]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "2004年3月底前",
        "2004年6月底前",
    ]


def test_indented_field_lines_under_an_item_with_labels_new_to_the_lexicon() -> None:
    # an official translation's fields, each a line set in under its task: the helpers' and
    # the deadline's labels are words no row lists; the name above them stays whole
    text = (
        "I. Relaxing Market Access\n\n"
        "1. Draw up the rules opening infrastructure to non-public investment.\n"
        "    Principal body: National Development and Reform Commission\n"
        "    In association with: Ministry of Finance, Ministry of Commerce\n"
        "    Timing: By the end of 2005\n\n"
        "2. Revise the registration rules for non-public enterprises.\n"
        "    Principal body: State Administration for Industry and Commerce\n"
        "    In association with: none\n"
        "    Timing: By the end of September 2005\n"
    )
    items = divplan.parse(text).items()
    assert [_roles(i)[:2] for i in items] == [
        ("lead", ["National Development and Reform Commission"]),
        ("lead", ["State Administration for Industry and Commerce"]),
    ]
    assert items[0].deadline is not None and items[0].deadline.text == "By the end of 2005"


def test_a_pipe_tables_numbered_row_never_continues_the_cell_above() -> None:
    # a unit cell that ends without closing (…；2004年9月底前提出意见) and the next row's, which
    # has its number: two rows' cells, not one cut across them
    text = (
        "序号|工作任务|牵头部门|配合部门\n"
        "一、加强市场体系建设|||\n"
        "1|发展农产品连锁经营|商务部|发展改革委；2004年9月底前提出意见\n"
        "2|规范农产品市场秩序|工商总局|公安部、商务部；持续推进\n"
    )
    items = divplan.parse(text).items()
    assert [_roles(i)[2] for i in items] == [["发展改革委"], ["公安部", "商务部"]]
