"""Tables in a PDF's raw text layer (divplan.read.raw_tables): one header line, then each row's
number and task, its unit cell's lines and its deadline cell's lines in reading order."""

from __future__ import annotations

import pytest

import divplan
from divplan.read.raw_tables import header_cells, raw_table

from conftest import reading


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        ("No. Task Responsible Units Deadline", ["No.", "Task", "Responsible Units", "Deadline"]),
        ("序号 重点任务 责任单位 完成时限", ["序号", "重点任务", "责任单位", "完成时限"]),
        ("No. Task Lead unit Cooperating units Deadline", None),  # two unit columns: left alone
        ("No. 3 of the tasks is the most urgent", None),
        ("Task Responsible Units Deadline", None),  # no number column first (English)
        ("工作任务 责任单位 完成时限", ["工作任务", "责任单位", "完成时限"]),  # (rows end at
        ("工作任务 完成时限 责任单位", None),  # their deadlines: a Chinese table, deadline last)
    ],
)
def test_a_raw_header_line_names_its_columns(line: str, cells: list[str] | None) -> None:
    assert header_cells(line) == cells


_EN = """Circular on Issuing the Division of Tasks for Waste Sorting
Huaipu County Government Office
June 11, 2012
Division of Tasks for Waste Sorting in Huaipu County
No. Task Responsible Units Deadline
I. Sorting at source
1 Place sorted collection bins in all government offices
and schools of the county.
County Government
Affairs Management
Office and County
Education Bureau, in line
with their portfolios
By the end of
September
2012
2 Launch a pilot of waste sorting in 20 communities.
County Urban
Management Bureau
Ongoing
Page 1
No. Task Responsible Units Deadline
II. Treatment
1 Build a kitchen waste treatment facility.
County Development and
Reform Bureau
By the end of
June 2013
Copy to: County Party Committee Office.
"""


def test_raw_rows_are_cut_into_task_units_and_deadline() -> None:
    bodies = _EN.splitlines()
    found = raw_table(bodies, 4)
    assert found is not None
    head, end, rows, skipped = found
    assert head == ["No.", "Task", "Responsible Units", "Deadline"]
    assert [cells for _, cells in rows][:3] == [
        ["I. Sorting at source"],
        [
            "1",
            "Place sorted collection bins in all government offices\nand schools of the county.",
            "County Government Affairs Management Office and County Education Bureau, in line "
            "with their portfolios",
            "By the end of\nSeptember\n2012",
        ],
        ["2", "Launch a pilot of waste sorting in 20 communities.", "County Urban Management Bureau",
         "Ongoing"],
    ]  # fmt: skip
    assert [bodies[k] for k in skipped] == ["Page 1", "No. Task Responsible Units Deadline"]
    assert bodies[end].startswith("Copy to:")


def test_a_plan_in_a_raw_table_reads_its_items_and_loses_no_line() -> None:
    plan = divplan.parse(_EN)
    assert [s.title for s in plan.sections] == ["Sorting at source", "Treatment"]
    assert [reading(i) for i in plan.items()] == [
        ("division", ["County Government Affairs Management Office", "County Education Bureau"],
         [], "By the end of September 2012"),
        ("sole", ["County Urban Management Bureau"], [], "Ongoing"),
        ("sole", ["County Development and Reform Bureau"], [], "By the end of June 2013"),
    ]  # fmt: skip
    assert any("Page 1" in u.text for u in plan.unparsed)


def test_a_chinese_raw_table_keeps_names_written_one_per_line() -> None:
    zh = (
        "某县任务分工\n序号 重点任务 责任单位 完成时限\n一、基础设施\n1 新建公路20公里。\n市交通局\n"
        "市财政局\n2012年底前\n2 完善政务服务中心功能。\n市政务服务中\n心\n持续推进\n"
    )
    assert [reading(i) for i in divplan.parse(zh).items()] == [
        ("joint", ["市交通局", "市财政局"], [], "2012年底前"),
        ("sole", ["市政务服务中心"], [], "持续推进"),
    ]


def test_a_unit_cell_s_words_and_a_later_part_are_no_deadline() -> None:
    # "at all levels" goes on the units ("at" alone opens no deadline); 抄送：… ends the table
    en = (
        "Plan\nNo. Task Responsible Units Deadline\n1 Repair the roads.\nMinistry of Transport, local "
        "governments\nat all levels\nBy the end of 2020\n2 Build the bridges.\nMinistry of Finance\n"
        "Ongoing\nCopy to: General Office.\n"
    )
    found = raw_table(en.splitlines(), 1)
    assert found is not None
    _, end, rows, _ = found
    assert rows[0][1][2:] == [
        "Ministry of Transport, local governments at all levels", "By the end of 2020"
    ]
    assert rows[1][1][3] == "Ongoing" and en.splitlines()[end] == "Copy to: General Office."


def test_a_raw_table_s_wrapped_number_name_lone_numbers_and_one_line_rows() -> None:
    # pdftotext -raw of a borderless table: the narrow number column's name wrapped (序 / 号 …),
    # a row written whole on one line (the space between its Chinese cells is the column gap),
    # a number alone on its line with the task below it
    zh = (
        "某省促进再就业工作任务分工\n序\n号 工作任务 责任单位\n一、落实扶持政策\n"
        "1 落实税费减免政策 省地税局、省国税局负责\n2 发放再就业优惠证\n省劳动保障厅牵头，省财政厅\n配合\n"
        "3\n做好基本生活保障向\n失业保险并轨\n省劳动保障厅、省财政厅按职责分工负责\n"
    )
    assert [reading(i)[:3] for i in divplan.parse(zh).items()] == [
        ("joint", ["省地税局", "省国税局"], []),
        ("lead", ["省劳动保障厅"], ["省财政厅"]),
        ("division", ["省劳动保障厅", "省财政厅"], []),
    ]


_ZH_UNNUMBERED = """县2007年新农村建设重点工作任务分工
工作任务 责任单位 完成时限
一、基础设施
提升职业技能培训质量 县水利局牵头，县财政局、
县交通局配合
2007 年底前
强化安全生产隐患排查治理 县建设局、县卫生局各认一
块
全年
开展城乡环境综合整治行动 县农业局、县卫生局 2007 年 6 月底前
推进农村公路提档升级，完
善养护机制
县建设局 2007 年底前
抄送：县委办公室。
"""


def test_a_chinese_raw_table_without_numbers_ends_each_row_at_its_deadline() -> None:
    items = divplan.parse(_ZH_UNNUMBERED).items()
    assert [i.text for i in items] == [
        "提升职业技能培训质量", "强化安全生产隐患排查治理", "开展城乡环境综合整治行动",
        "推进农村公路提档升级，完善养护机制",
    ]
    assert [reading(i) for i in items] == [
        ("lead", ["县水利局"], ["县财政局", "县交通局"], "2007年底前"),  # (a PDF's space closed)
        ("division", ["县建设局", "县卫生局"], [], "全年"),  # (各认一块: a whole cell, no cut)
        ("joint", ["县农业局", "县卫生局"], [], "2007年6月底前"),
        ("sole", ["县建设局"], [], "2007年底前"),
    ]
