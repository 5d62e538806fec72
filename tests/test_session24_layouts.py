"""Layouts met in the twenty-fourth session: the sealed sets holdout252–255 and older plans'
failures.

Each test builds a small plan in one layout of the genre and checks the reading; the
phrasings themselves are records of ``fixtures/clauses.txt``.
"""

from __future__ import annotations

from pathlib import Path

import divplan
from divplan.read.pdf_aligned import Block, Piece
from divplan.read.pdf_aligned_blocks import joined_by_numbers
from item_roles import item_roles

_NOTICE = "国务院办公厅关于印发重点任务分工方案的通知\n国办函〔2009〕58号\n国务院办公厅\n2009年5月14日\n\n"


def test_a_cells_field_lines_stay_fields_when_the_page_breaks_them_with_br() -> None:
    # 挑头方：A<br/>助力方：B in one cell: each line a field of its own, not 「A助力方：」 a name
    rows = "".join(
        f"<tr><td>{task}</td><td>挑头方：{lead}<br/>助力方：{part}</td><td>{when}</td></tr>"
        for task, lead, part, when in (
            ("深化改革，新增重点事项12项。", "市政务服务管理局", "市数据局", "2025年6月底前"),
            ("推行企业开办一网通办。", "市市场监管局", "市公安局、市税务局", "2025年3月底前"),
        )
    ) + "<tr><td>建设政务服务便民热线。</td><td>挑头方：市政务服务管理局</td><td>2025年4月底前</td></tr>"
    # (the third cell's label alone: the lead's, as the plan writes it beside helpers elsewhere)
    html = (
        "<html><body><h1>燕林市人民政府办公室关于印发分工方案的通知</h1><p>燕政办发〔2025〕9号</p>"
        "<p>2025年2月26日</p><table><tr><th>重点任务</th><th>责任分工</th><th>完成时限</th></tr>"
        f"<tr><td colspan='3'>一、提升政务服务效能</td></tr>{rows}</table></body></html>"
    )
    plan = divplan.parse_bytes(html.encode(), path="plan.html")
    items = plan.items()
    assert [item_roles(i) for i in items] == [
        ("lead", ["市政务服务管理局"], ["市数据局"], False),
        ("lead", ["市市场监管局"], ["市公安局", "市税务局"], False),
        ("lead", ["市政务服务管理局"], [], False),
    ]
    assert items[1].responsibility.reading == "inferred"  # (labels no list holds: a guess)


def test_a_column_of_unknown_words_with_a_star_marking_each_rows_lead() -> None:
    # 任务归属 names no column any list knows; its cells are lists of bodies, ★ after the lead
    text = (
        _NOTICE + "| 序号 | 工作任务 | 任务归属 | 完成时限 |\n| --- | --- | --- | --- |\n"
        "| **一、完善农村流通网络** | | | |\n"
        "| 1 | 深入实施万村千乡市场工程。 | 商务部★、财政部、供销总社 | 2009年12月底前 |\n"
        "| 2 | 加快农村邮政物流建设。 | 邮政局、供销总社 | 2009年12月底前 |\n"
    )
    plan = divplan.parse_bytes(text.encode(), path="plan.md")
    items = plan.items()
    assert [item_roles(i) for i in items] == [
        ("lead", ["商务部"], ["财政部", "供销总社"], False),
        ("joint", ["邮政局", "供销总社"], [], False),
    ]
    assert [i.deadline.text if i.deadline else None for i in items] == ["2009年12月底前"] * 2


def test_a_labelled_note_under_a_table_is_no_part_of_its_last_row() -> None:
    # holdout252's sheet: its last row, a blank row, then 注：… naming the columns — the
    # table's note, not more of the last row's unit cell (which ends in a name, no stop)
    plan = divplan.parse_file(Path(__file__).parent / "data/genre/holdout252/zh-sc-2013.xlsx")
    last = plan.items()[-1]
    assert item_roles(last) == ("lead", ["国家统计局"], ["发展改革委", "中国物流与采购联合会"], False)
    assert "注" not in last.text and "注" not in (last.responsibility.raw or "")


def _piece(x0: float, top: float, text: str, col: int) -> Piece:
    p = Piece(x0, x0 + 10 * len(text), top, top + 8.0, text)
    p.cols = (col,)
    return p


def test_a_borderless_table_as_loose_in_its_cells_as_between_rows_is_read_by_its_numbers() -> None:
    # every line 16 points below the last (a cell's lines as far apart as rows): the number
    # column alone says where a row begins; the lines under each number go on its cells
    lines = [
        ("1", "Accelerate the construction of major", "Provincial Development and Reform"),
        ("", "projects in transportation.", "Commission (main heart bone), Provincial"),
        ("", "", "Energy Bureau; by the end of 2021"),
        ("2", "Make good use of special bonds of", "Provincial Department of Finance (main"),
        ("", "local governments.", "heart bone); long-term adherence"),
        ("", "", ""),
        ("3", "Promote the renovation of old areas,", "Provincial Department of Housing and"),
        ("", "and start 1,500 communities.", "Urban-Rural Development; by October 2021"),
    ]
    blocks = []
    numbers = []
    for k, line in enumerate(lines):
        for col, text in enumerate(line):
            if text:
                b = Block([_piece(10.0 + 200 * col, 100.0 + 16.4 * k, text, col)], (col,))
                blocks.append(b)
                if col == 0:
                    numbers.append(b)
    rows = joined_by_numbers(blocks, numbers, 1, 8.0)
    tasks = [b.text() for b in rows if b.cols == (1,)]
    units = [b.text() for b in rows if b.cols == (2,)]
    assert tasks == [
        "Accelerate the construction of major projects in transportation.",
        "Make good use of special bonds of local governments.",
        "Promote the renovation of old areas, and start 1,500 communities.",
    ]
    assert len(units) == 3 and units[0].endswith("by the end of 2021")
    # rows of one line each, a heading between them: no row's wrapped lines, nothing joined
    single = [b for b in blocks if b.cols != (1,) or b.top in {n.top for n in numbers}]
    assert joined_by_numbers(single, numbers, 1, 8.0) == single


def test_a_pipe_table_without_outer_pipes_over_blank_lines_and_set_in_deadline_lines() -> None:
    # "No. | Key work | Carry-flag unit | Help-belt unit", a blank line, a heading, rows each
    # with an indented "Completion time limit:" line under it: one table
    text = (
        "Notice of the General Office of the State Council on the Division of Labor Plan\n"
        "Guo Ban Han [2013] No. 87\nAugust 20, 2013\n\n"
        "No. | Key work | Carry-flag unit | Help-belt unit\n\n"
        "I. Promote energy-saving technology\n"
        "1 | Formulate the development plan | National Development and Reform Commission | "
        "Ministry of Finance\n    Completion time limit: By the end of 2013\n"
        "2 | Improve energy efficiency standards | Ministry of Finance | National Development "
        "and Reform Commission\n    Completion time limit: Before the end of June 2014\n"
    )
    items = divplan.parse_bytes(text.encode(), path="plan.txt").items()
    assert [item_roles(i)[:3] for i in items] == [
        ("lead", ["National Development and Reform Commission"], ["Ministry of Finance"]),
        ("lead", ["Ministry of Finance"], ["National Development and Reform Commission"]),
    ]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "By the end of 2013",
        "Before the end of June 2014",
    ]
