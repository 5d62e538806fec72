"""Layouts and guards met in the sealed sets holdout164–167.

Each test builds a small plan in one layout of the genre and checks the reading; the
phrasings themselves are records of ``fixtures/clauses.txt``.
"""

from __future__ import annotations

from pathlib import Path

import divplan
from item_roles import item_roles

_roles = item_roles


def test_a_pipe_table_with_headings_written_without_pipes() -> None:
    # a portal's text dump: the header row and the task rows in pipes, each section's heading
    # a line of its own between them; the headings were read as the table's end
    text = (
        "Xidang County 2013 Key Work Division of Responsibility\n\n"
        "No. | Task | Responsible unit\n"
        "I. Promote the steady growth of the economy\n"
        "1 | Complete the fixed asset investment. | County Development and Reform Bureau\n"
        "2 | Introduce 20 projects. | County Investment Promotion Bureau takes the lead, "
        "County Finance Bureau participates\n"
        "II. Improve the people's livelihood\n"
        "3 | Add 5000 new urban posts. | County Human Resources Bureau\n"
        "\nXidang County People's Government Office issued on February 28, 2013\n"
    )
    plan = divplan.parse(text)
    assert [s.title for s in plan.sections] == [
        "Promote the steady growth of the economy",
        "Improve the people's livelihood",
    ]
    items = plan.items()
    assert [i.number for i in items] == [1, 2, 3]
    assert _roles(items[1]) == (
        "lead",
        ["County Investment Promotion Bureau"],
        ["County Finance Bureau"],
        False,
    )
    assert _roles(items[2])[1] == ["County Human Resources Bureau"]


def test_a_known_deadline_label_cut_by_a_line_end_is_no_label_of_unknown_words() -> None:
    # 完⏎成时限：: the line cut 完成时限 (known); 成时限： alone ends in a time word, but is no
    # deadline label of its own, and 完 is no body's name
    text = (
        "一、测试\n（一）做好某项工作。\n"
        "责任单位：各市人民政府、省市场监管局按管辖权限分别负责；完\n成时限：持续推进\n"
    )
    item = divplan.parse(text).items()[0]
    assert _roles(item) == ("division", ["各市人民政府", "省市场监管局"], [], False)
    assert item.deadline is not None and item.deadline.text == "持续推进"


def test_a_deadline_field_beside_a_label_of_unknown_words_is_not_a_second_who_field() -> None:
    # "Tasked bodies:" alone with a value is the responsible units' field; the "Deadline:"
    # after it is a field, but not one of who does the task (it would make the first of two)
    text = (
        "I. Test\n1. Do the work.\n"
        "Tasked bodies: Ministry of Finance (pace-setter); State Taxation Administration  "
        "Deadline: By the end of 2019\n"
    )
    item = divplan.parse(text).items()[0]
    assert _roles(item) == (
        "lead",
        ["Ministry of Finance"],
        ["State Taxation Administration"],
        False,
    )
    assert item.deadline is not None and item.deadline.text == "By the end of 2019"
    notes = [d.message for d in divplan.parse(text).diagnostics if d.code == "DP208"]
    assert any("responsible, the one field" in n for n in notes)


def test_a_sheet_of_one_column_saved_as_csv(tmp_path: Path) -> None:
    # each row one cell, quoted whole where a comma stands in it: the quoting is the export's,
    # not the plan's ("Tactical echo units: A, B" read with its quotes lost the lead)
    text = (
        'Guo Fa [2017] No. 41\r\n""\r\nState Council\r\n2017-07-06\r\n""\r\n'
        "Division of key work for promoting rural industries\r\n"
        "I. Optimize the layout of rural industries\r\n"
        "Formulate the plan of rural industrial parks.\r\n"
        '"Lead unit: National Development and Reform Commission; Tactical echo units: '
        'Ministry of Finance, Ministry of Land and Resources"\r\n'
        "Time limit: By the end of 2017\r\n"
        "Develop the processing of agricultural products.\r\n"
        '"Lead unit: Ministry of Agriculture; Tactical echo units: China Food and Drug '
        'Administration, Ministry of Commerce"\r\n'
        "Time limit: Before the end of June 2018\r\n"
    )
    path = tmp_path / "plan.csv"
    path.write_bytes(text.encode("utf-8"))
    items = divplan.parse_file(str(path)).items()
    assert len(items) == 2
    assert _roles(items[0]) == (
        "lead",
        ["National Development and Reform Commission"],
        ["Ministry of Finance", "Ministry of Land and Resources"],
        False,
    )
    assert items[1].deadline is not None and items[1].deadline.text == "Before the end of June 2018"


def test_a_deadline_field_a_blank_line_under_a_task_paragraph() -> None:
    # unnumbered paragraphs, each with its deadline field a blank line below; one closes with
    # a sentence whose phrasing the lexicon lacks ("… hangs the commander, B close fit."): its
    # field is still the task's, not a stray line after it
    text = (
        "I. Improve rural e-commerce infrastructure\n\n"
        "Accelerate rural broadband. The Provincial Communications Administration takes the "
        "lead, and the Provincial Economic and Information Commission cooperates.\n\n"
        "Completion time limit: Before the end of 2017\n\n"
        "Build a logistics system. Provincial Department of Commerce hangs the commander, "
        "Provincial Postal Administration close fit.\n\n"
        "Completion time limit: Before the end of 2018\n\n"
        "Train rural e-commerce talent. The Provincial Department of Human Resources takes "
        "the lead, and the Provincial Department of Commerce cooperates.\n\n"
        "Completion time limit: Every year\n"
    )
    items = divplan.parse(text).items()
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "Before the end of 2017",
        "Before the end of 2018",
        "Every year",
    ]


def test_a_unit_line_a_blank_line_under_a_table_of_tasks_and_deadlines() -> None:
    # 序号 | 重点任务 | 完成时限 rows, then the group's unit line after a blank line: every row of
    # the table above takes it (a guess, said)
    text = (
        "一、扎实推进高标准农田建设\n\n"
        "| 序号 | 重点任务 | 完成时限 |\n|---|---|---|\n"
        "| 1 | 全年建设高标准农田1亿亩 | 2022年12月底前 |\n"
        "| 2 | 分解下达年度建设任务 | 2022年4月底前 |\n\n"
        "牵头司局：农田建设管理司；配合司局：计划财务司、发展规划司\n\n"
        "二、提升建设质量\n\n"
        "| 序号 | 重点任务 | 完成时限 |\n|---|---|---|\n"
        "| 3 | 修订技术标准 | 2022年9月底前 |\n\n"
        "牵头司局：科技教育司\n"
    )
    items = divplan.parse(text).items()
    assert [_roles(i)[1] for i in items] == [["农田建设管理司"], ["农田建设管理司"], ["科技教育司"]]
    assert items[0].responsibility.reading == "inferred"
    assert items[0].deadline is not None and items[0].deadline.text == "2022年12月底前"


def test_field_lines_under_items_with_a_lead_label_new_to_the_lexicon() -> None:
    # 主责领办：A　配合单位：B　截止节点：…, a line under each numbered task
    text = (
        "一、强化外贸企业服务保障\n"
        "　　1.保障外贸企业正常生产经营和物流畅通。\n"
        "　　主责领办：交通运输部　配合单位：商务部、海关总署　截止节点：2022年10月底前\n"
        "　　2.帮助外贸企业稳订单拓市场。\n"
        "　　主责领办：商务部　配合单位：有关部门　截止节点：持续推进\n"
    )
    items = divplan.parse(text).items()
    assert [_roles(i) for i in items] == [
        ("lead", ["交通运输部"], ["商务部", "海关总署"], False),
        ("lead", ["商务部"], [], True),
    ]
    assert items[1].deadline is not None and items[1].deadline.text == "持续推进"
