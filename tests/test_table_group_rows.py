"""Tables and lines that say who does a group, or how its columns are named (:mod:`divplan.read
.tables`, :mod:`divplan.read.table_headers`, :mod:`divplan.parsing.deadline_lines`).

- A header naming a number, a task and a remarks column is a plan table's header: its task
  cells carry their own clauses ("… Leading office unit is A, push unit is B.").
- A row whose only text is a field label in the task column ("Responsible units: A take the
  lead, B helping hand") is the line over its group's rows, not a task.
- A deadline field alone ("Time limit: The whole year") a blank line under a group's sentence
  is that sentence's deadline, not a task of the next group; a short task right under a
  deadline field (完成时限：持续推进 / 完善…政策。) is a task, not the rest of the field.
- A group's field line cut before a word in lower case ("… as the coordinating / authority,
  with …") goes on onto that line.

Each plan here is written for the layout, not taken from a corpus document.
"""

from __future__ import annotations

import io

import divplan
from divplan.read.table_headers import find_header

from conftest import reading


def _xlsx(rows: list[list[str]]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append([c or None for c in r])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_a_number_a_task_and_remarks_name_a_plan_table() -> None:
    header = find_header(["Serial number", "Work tasks", "Remarks"])
    assert header is not None and header.roles == ("number", "task", "note")
    assert find_header(["Serial number", "Work tasks"]) is None  # (two names: a text's words)


def test_tasks_of_a_table_with_remarks_carry_their_clauses_and_numbers() -> None:
    plan = divplan.parse_bytes(
        _xlsx(
            [
                ["Key work division of labor plan", "", ""],
                ["Serial number", "Work tasks", "Remarks"],
                ["One, strengthen the innovation ability", "", ""],
                ["1", "Build the innovation center. Leading office unit is Municipal Industry "
                 "Bureau, push unit is Municipal Finance Bureau.", ""],
                ["2", "Cultivate the testing platform. Municipal Science Bureau is responsible.", ""],
            ]
        ),
        path="plan.xlsx",
    )  # fmt: skip
    items = plan.items()
    assert [(i.number, i.numbered) for i in items] == [(1, True), (2, True)]
    assert items[0].text.startswith("Build the innovation center.")
    assert reading(items[0])[:3] == (
        "lead", ["Municipal Industry Bureau"], ["Municipal Finance Bureau"]
    )
    assert reading(items[1])[:2] == ("sole", ["Municipal Science Bureau"])


def test_a_row_of_a_field_label_alone_stands_over_its_group() -> None:
    plan = divplan.parse_bytes(
        _xlsx(
            [
                ["County key tasks breakdown table", ""],
                ["Task", "Time limit"],
                ["I. Water conservancy projects", ""],
                ["Responsible units: County Water Bureau take the lead, County Finance Bureau "
                 "helping hand", ""],
                ["Complete the reinforcement of 6 small reservoirs", "Before the end of June 2012"],
                ["Dredge 40 kilometers of irrigation channels", "Before the end of October 2012"],
                ["II. Farmland protection", ""],
                ["Responsible units: County Agriculture Bureau, County Forestry Bureau co-shoulder", ""],
                ["Newly build 5000 mu of high-yield farmland", "Before the end of November 2012"],
            ]
        ),
        path="plan.xlsx",
    )  # fmt: skip
    items = plan.items()
    assert [i.text for i in items] == [
        "Complete the reinforcement of 6 small reservoirs",
        "Dredge 40 kilometers of irrigation channels",
        "Newly build 5000 mu of high-yield farmland",
    ]
    for item in items[:2]:
        assert reading(item)[:3] == ("lead", ["County Water Bureau"], ["County Finance Bureau"])
    assert reading(items[2])[:2] == ("joint", ["County Agriculture Bureau", "County Forestry Bureau"])
    assert reading(items[0])[3] == "Before the end of June 2012"


def test_a_deadline_field_under_a_group_sentence_is_its_deadline() -> None:
    text = (
        "Key work division of labor plan\n\n"
        "I. Consolidate the results\n\n"
        "Maintain the continuity of macroeconomic policies.\n\n"
        "Eliminate backward production capacity.\n\n"
        "The Development and Reform Commission is the collar office unit, the Ministry of "
        "Finance follow and cooperate.\n\n"
        "Time limit: The whole year\n\n"
        "II. Improve people's livelihood\n\n"
        "Build affordable housing.\n\n"
        "Responsible for the Ministry of Housing and Urban-Rural Development.\n\n"
        "Time limit: Before the end of the year\n\n"
        "Promote the reform of public hospitals.\n\n"
        "The Health Ministry is the collar office unit, the Ministry of Finance follow and "
        "cooperate.\n\n"
        "Time limit: Before the end of June\n"
    )
    items = divplan.parse(text).items()
    assert [i.text.rstrip(".") for i in items] == [
        "Maintain the continuity of macroeconomic policies",
        "Eliminate backward production capacity",
        "Build affordable housing",
        "Promote the reform of public hospitals",
    ]
    assert [reading(i)[3] for i in items] == [
        "The whole year", "The whole year", "Before the end of the year", "Before the end of June"
    ]
    assert reading(items[2])[0] == "sole" and reading(items[3])[0] == "lead"


def test_a_short_task_under_a_deadline_field_is_a_task_of_its_own() -> None:
    text = (
        "三、优化消费环境\n"
        "加大消费品质量安全监管力度。\n"
        "责任单位：市场监管总局负责\n"
        "完成时限：持续推进\n"
        "完善促进消费的税收政策。\n"
        "责任单位：财政部、税务总局负责\n"
        "完成时限：2020年底前\n"
    )
    items = divplan.parse(text).items()
    assert [i.text for i in items] == ["加大消费品质量安全监管力度。", "完善促进消费的税收政策。"]
    assert [reading(i)[3] for i in items] == ["持续推进", "2020年底前"]


def test_a_group_s_field_line_cut_before_a_word_in_lower_case_goes_on() -> None:
    text = (
        "I. Expanding the Consumption of Goods\n"
        "Responsibility: The Liyao Municipal Bureau of Commerce as the coordinating\n"
        "authority, with the Municipal Finance Bureau participating.\n"
        "1. Organise four city-wide promotional campaigns for automobiles.\n"
        "Timeline: by the end of December 2023\n"
        "2. Support the trade-in of old household appliances.\n"
        "Timeline: by the end of June 2023\n"
    )
    items = divplan.parse(text).items()
    assert len(items) == 2
    for item in items:
        assert reading(item)[:3] == (
            "lead", ["Liyao Municipal Bureau of Commerce"], ["Municipal Finance Bureau"]
        )


def test_a_pasted_two_column_csv_header_heads_its_rows() -> None:
    text = (
        "市2017年民生实事工作任务分工\n"
        "任务,责任分工及工作内容\n"
        "一、公共服务,\n"
        '"市财政局牵头，市教育局配合：扩大普惠性学前教育资源",\n'
        '"市财政局、市商务局按职责分工负责：健全困难群众救助保障体系",\n'
        "二、产业发展,\n"
        '"市市场监管局负责：规范农村集体资产管理",\n'
    )
    items = divplan.parse(text).items()
    assert [i.text.split("：")[-1] for i in items] == [
        "扩大普惠性学前教育资源", "健全困难群众救助保障体系", "规范农村集体资产管理"
    ]  # (a task's opening words stay in its text)
    assert [reading(i)[0] for i in items] == ["lead", "division", "sole"]


def test_a_sheet_of_numbers_and_tasks_alone_is_a_table_its_group_rows_unnumbered() -> None:
    # a spreadsheet's cells are unambiguous: "Serial number | Work tasks" heads its rows, each
    # task cell closing with its clause; a row without a number that scopes the rows above is
    # their group's sentence, not a numbered task
    plan = divplan.parse_bytes(
        _xlsx(
            [
                ["County 2009 Work Task Decomposition", ""],
                ["Serial number", "Work tasks"],
                ["One, Rural drinking water safety", ""],
                ["1", "Build 20 water supply projects. The County Water Bureau is responsible."],
                ["2", "Strengthen water source protection."],
                ["3", "Do well water quality monitoring."],
                ["", "The above work is led by the County Health Bureau, with the County Water "
                 "Bureau participating."],
            ]
        ),
        path="plan.xlsx",
    )  # fmt: skip
    items = plan.items()
    assert [(i.number, i.numbered) for i in items] == [(1, True), (2, True), (3, True)]
    assert reading(items[0])[:2] == ("sole", ["County Water Bureau"])
    for item in items[1:]:
        assert reading(item)[:3] == ("lead", ["County Health Bureau"], ["County Water Bureau"])
