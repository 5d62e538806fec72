"""Borderless PDF tables (divplan.read.pdf_aligned, pdf_aligned_rows): columns, rows and merged
cells found from where text stands.  The pages here are built from positioned pieces of text
(10-point characters, one a character width), so each layout rule is checked on its own; whole
PDFs are checked by the genre matrix (holdout63, holdout66)."""

from __future__ import annotations

from divplan.read.pdf_aligned import Piece, find_columns
from divplan.read.pdf_aligned_breaks import cut_cell
from divplan.read.pdf_aligned_rows import table_rows

SIZE = 10.0


def line(top: float, *cells: tuple[float, str]) -> list[Piece]:
    """One line of pieces: (x, text) each, CJK characters one size wide."""
    return [Piece(x, x + SIZE * len(text), top, top + SIZE, text) for x, text in cells]


HEADER = line(100, (20, "序号"), (80, "工作任务"), (300, "牵头单位"), (400, "配合单位"))


def read(body: list[list[Piece]]) -> list[list[str]]:
    lines = [HEADER, *body]
    found = find_columns(lines)
    assert found is not None
    _, body_at, cols = found
    rows, _, _ = table_rows(lines[body_at:], cols)
    return rows


def test_columns_fall_where_no_text_crosses() -> None:
    lines = [
        HEADER,
        line(120, (25, "1"), (60, "加强监督检查工作力度"), (280, "市财政局"), (380, "市商务局")),
        line(132, (60, "确保落实到位"), (380, "市税务局")),
    ]
    found = find_columns(lines)
    assert found is not None
    _, body_at, cols = found
    assert body_at == 1
    assert cols.header.roles == ("number", "task", "lead", "part")
    assert 35 < cols.bounds[1] < 60  # after the number, before the task's text
    assert 160 < cols.bounds[2] < 280  # the lead's text starts left of its header
    assert 320 < cols.bounds[3] < 380


def test_a_header_wrapped_over_two_lines_is_joined() -> None:
    lines = [
        line(100, (20, "Serial"), (80, "Key tasks"), (300, "Lead unit"), (400, "Completion")),
        line(111, (20, "number"), (400, "time limit")),
        line(130, (25, "1"), (60, "Improve it."), (280, "Ministry of Finance"), (400, "2024")),
    ]
    found = find_columns(lines)
    assert found is not None
    _, body_at, cols = found
    assert body_at == 2
    assert cols.header.names[0] == "Serial number"
    assert cols.header.roles == ("number", "task", "lead", "deadline")


def test_a_row_is_its_task_lines_and_a_cell_beside_them() -> None:
    rows = read(
        [
            line(120, (25, "1"), (60, "加强监督检查"), (280, "市财政局"), (380, "市商务局")),
            line(132, (60, "确保落实到位"), (380, "市税务局")),
            line(160, (25, "2"), (60, "完善制度"), (280, "市民政局"), (380, "市审计局")),
        ]
    )
    assert rows == [
        ["1", "加强监督检查确保落实到位", "市财政局", "市商务局市税务局"],
        ["2", "完善制度", "市民政局", "市审计局"],
    ]


def test_a_cell_centred_on_three_rows_fills_them() -> None:
    # rows set at their tops; the lead merged over rows 1-3 prints in the middle row, lower
    rows = read(
        [
            line(120, (25, "1"), (60, "第一项任务"), (380, "市商务局")),
            line(132, (60, "第一项续行")),
            line(160, (25, "2"), (60, "第二项任务"), (380, "市审计局")),
            line(166, (280, "市财政局")),
            line(172, (60, "第二项续行")),
            line(200, (25, "3"), (60, "第三项任务"), (380, "市民政局")),
            line(212, (60, "第三项续行")),
        ]
    )
    assert [r[2] for r in rows] == ["市财政局", "市财政局", "市财政局"]


def test_an_empty_lead_under_a_filled_one_is_written_same_as_above() -> None:
    rows = read(
        [
            line(120, (25, "1"), (60, "第一项任务"), (280, "市财政局"), (380, "市商务局")),
            line(150, (25, "2"), (60, "第二项任务"), (380, "市审计局")),
        ]
    )
    assert rows[1][2] == "同上"  # a guess the clause reader reports (DP208)


def test_a_piece_across_two_columns_is_a_merged_cell() -> None:
    rows = read([line(120, (25, "1"), (60, "任务"), (280, "市财政局、市商务局按职责分工负责"))])
    assert rows[0][2] == rows[0][3] == "市财政局、市商务局按职责分工负责"


def test_a_category_centred_on_its_rows_heads_them_all() -> None:
    header = line(100, (10, "类别"), (60, "序号"), (100, "工作任务"), (300, "牵头单位"))
    body = [
        line(120, (65, "1"), (100, "甲任务"), (300, "市财政局")),
        line(140, (10, "一、甲类"), (65, "2"), (100, "乙任务"), (300, "市商务局")),
        line(160, (65, "3"), (100, "丙任务"), (300, "市民政局")),
        line(190, (10, "二、乙类"), (65, "4"), (100, "丁任务"), (300, "市审计局")),
    ]
    found = find_columns([header, *body])
    assert found is not None
    rows, _, _ = table_rows(body, found[2])
    assert [r[0] for r in rows] == ["一、甲类", "一、甲类", "一、甲类", "二、乙类"]


def test_the_table_ends_at_a_page_number_and_at_a_line_across_it() -> None:
    body = [
        line(120, (25, "1"), (60, "任务"), (280, "市财政局"), (380, "市商务局")),
        line(150, (20, "抄送：市委各部门，市人大常委会办公室，市政协办公室。")),
        line(170, (25, "2"), (60, "任务"), (280, "市财政局"), (380, "市商务局")),
    ]
    lines = [HEADER, *body]
    found = find_columns(lines)
    assert found is not None
    rows, used, _ = table_rows(lines[found[1] :], found[2])
    assert len(rows) == 1 and used == 1
    rows, used, _ = table_rows([body[0], line(400, (240, "第 1 页")), body[2]], found[2])
    assert len(rows) == 1 and used == 1


def test_no_header_no_table() -> None:
    lines = [line(100, (20, "为贯彻落实《意见》，现将分工印发给你们。"))]
    assert find_columns(lines) is None


def test_unit_cells_of_rows_set_too_close_to_part_are_split_at_the_next_task() -> None:
    # a sheet's rows: no wider gap between rows than between a cell's lines; the numbers and
    # the tasks part them, and the unit cells are cut where the next task begins
    rows = read(
        [
            line(120, (25, "1"), (60, "第一项任务"), (280, "市财政局"), (380, "市商务局、市")),
            line(132, (60, "第一项续行"), (380, "税务局")),
            line(144, (25, "2"), (60, "第二项任务"), (280, "市民政局"), (380, "市审计局")),
        ]
    )
    assert [r[3] for r in rows] == ["市商务局、市税务局", "市审计局"]


def test_a_section_heading_in_the_number_column_alone_is_a_row_of_its_own() -> None:
    # 三、… printed in the narrow number column between two rows: a section row, not text of
    # the rows above and below it
    rows = read(
        [
            line(120, (25, "7"), (60, "开展护理保险试点。"), (280, "市人社局")),
            line(150, (20, "三、保障")),
            line(180, (25, "8"), (60, "纳入用地计划。"), (280, "市国土局")),
        ]
    )
    assert [r[0] for r in rows] == ["7", "三、保障", "8"]
    assert rows[0][1] == "开展护理保险试点。" and rows[2][1] == "纳入用地计划。"
    assert len({c for c in rows[1] if c}) == 1  # one text across the row: a heading


def test_a_cell_line_split_by_a_wider_gap_stays_one_row() -> None:
    # 训，全年培训 | 5000 (a font change for the digits leaves a gap inside the task's line)
    rows = read(
        [
            line(120, (25, "9"), (60, "加强护理员培"), (280, "市民政局、市人")),
            line(132, (60, "训，全年培训"), (122, "5000"), (280, "社局")),
            line(144, (60, "人次。")),
            line(170, (25, "10"), (60, "开展专项行动。"), (280, "市民政局")),
        ]
    )
    assert [r[0] for r in rows] == ["9", "10"]
    assert rows[0][1] == "加强护理员培训，全年培训5000人次。"
    assert rows[0][2] == "市民政局、市人社局"


def test_a_unit_cell_taller_than_the_last_task_is_all_the_table_s() -> None:
    lines = [
        HEADER,
        line(120, (25, "1"), (60, "开展专项行动。"), (280, "市民政局牵头，")),
        line(132, (280, "市公安局、市卫")),
        line(144, (280, "生委配合")),
    ]
    found = find_columns(lines)
    assert found is not None
    _, body_at, cols = found
    rows, used, _ = table_rows(lines[body_at:], cols)
    assert rows[0][2] == "市民政局牵头，市公安局、市卫生委配合"
    assert used == 3  # (no line of the cell is left as page text after the table)


def test_a_unit_cell_the_page_break_cut_opens_the_next_page_as_a_row_of_its_own() -> None:
    # "… China Southern Power Grid Co.," / page break / "Ltd., all provincial people's
    # governments" over the next row: a row of that cell alone, which the page joiner puts
    # back on the row above (divplan.read.pdf_tables)
    found = find_columns([HEADER, line(120, (25, "1"), (60, "任务"), (280, "市财政局"))])
    assert found is not None
    cols = found[2]
    page = [
        line(60, (280, "市商务局")),
        line(90, (25, "2"), (60, "第二项任务"), (280, "市民政局")),
    ]
    cut, at = cut_cell(page, 0, cols)
    assert cut == [["", "", "市商务局", ""]] and at == 1
    assert cut_cell(page, 1, cols) == ([], 1)  # (a row with a task is no cut cell)


def test_a_section_heading_from_the_number_column_across_the_task_s_is_a_row_of_its_own() -> None:
    # "Two, Upgrade service consumption" (二、… in a machine translation; a merged row) starting in the number column and running on over the
    # task column, beside no unit cell: a section row, not a task without a number
    found = find_columns([HEADER, line(120, (25, "4"), (80, "推进县域商业体系建设。"), (300, "市商务局"))])
    assert found is not None
    page = [  # the next page: no header, the table goes on in the columns found above
        line(30, (80, "完善乡镇商贸中心。")),  # (the last task's last line)
        [Piece(20, 200, 60, 60 + SIZE, "Two, Upgrade service consumption")],  # (narrow Latin
        # letters: from the number column over the task's, short of the units')
        line(85, (25, "1"), (80, "发展养老托育服务。"), (300, "市民政局")),
    ]
    rows, _, _ = table_rows(page, found[2], True)
    assert [r[0] for r in rows][-2:] == ["Two, Upgrade service consumption", "1"]
    assert rows[-1][1] == "发展养老托育服务。" and rows[-1][2] == "市民政局"
    assert len({c for c in rows[-2] if c}) == 1  # one text across the row: a heading


def test_a_section_row_under_a_wrapped_header_is_the_body_s_and_keeps_no_number() -> None:
    # 序 / 號 wrapped in a narrow number column; the section's row under it runs from the number
    # column over the task's; rows set a third of a line apart, closer than a cell's leading
    lines = [
        line(100, (20, "序"), (80, "重点任务"), (300, "责任单位")),
        line(112, (20, "号")),
        [Piece(20, 120, 124, 124 + SIZE, "一、优化审批服务")],
        line(137, (25, "1"), (80, "全面推行承诺制，"), (300, "市发展改革委负责")),
        line(148, (80, "压减审批时限。")),
        line(161, (25, "2"), (80, "推进工程建设项目"), (300, "市住建局负责")),
        line(172, (80, "审批制度改革。")),
    ]
    found = find_columns(lines)
    assert found is not None
    _, body_at, cols = found
    assert body_at == 2 and cols.header.names[0] == "序 号"  # the section row is no header's
    rows, _, _ = table_rows(lines[body_at:], cols)
    assert [r[0] for r in rows] == ["一、优化审批服务", "1", "2"]
    assert rows[1][1:] == ["全面推行承诺制，压减审批时限。", "市发展改革委负责"]
    assert rows[2][1:] == ["推进工程建设项目审批制度改革。", "市住建局负责"]


def test_an_english_section_heading_across_the_table_may_run_to_twice_a_chinese_one() -> None:
    found = find_columns([HEADER, line(120, (25, "4"), (80, "推进县域商业体系建设。"), (300, "市商务局"))])
    assert found is not None
    heading = "Third, optimize the consumption environment"  # (44 characters: over 40)
    page = [
        [Piece(20, 260, 60, 60 + SIZE, heading)],
        line(85, (25, "1"), (80, "发展养老托育服务。"), (300, "市民政局")),
    ]
    rows, _, _ = table_rows(page, found[2], True)
    assert rows[0] == [heading] * 4  # a heading's row: no unit written "same as above"
    assert rows[1][:3] == ["1", "发展养老托育服务。", "市民政局"]


def test_a_section_row_under_a_task_s_wrapped_line_is_not_that_cell_s_next_line() -> None:
    # 加强…公共服 / 务 (a task cut mid-word, no sentence end) and, a cell's line gap under it,
    # 二、强化… set from the number column on: a cell's own lines never reach into the column
    # left of it, so this is the next section's row, not the task's third line (holdout96)
    rows = read(
        [
            line(120, (25, "4"), (80, "加强基础设施和公共服"), (300, "市交通局负责")),
            line(132, (80, "务")),
            [Piece(20, 140, 144, 144 + SIZE, "二、强化发展支撑")],
            line(170, (25, "5"), (80, "培养乡村带头人。"), (300, "市人社局负责")),
        ]
    )
    assert [r[0] for r in rows] == ["4", "二、强化发展支撑", "5"]
    assert rows[0][1] == "加强基础设施和公共服务"
    assert len({c for c in rows[1] if c}) == 1  # one text across the row: a heading


def test_a_section_mark_alone_in_the_task_column_takes_no_row_s_first_line() -> None:
    # 一、调整优化能源结构 alone on its line in the task column, a cell's line gap over the
    # first line of a row whose units stand beside it: a section's row, not that task's first
    # line (holdout190)
    lines = [
        line(100, (80, "重点工作"), (300, "责任单位")),  # (no number or category column)
        line(120, (80, "二、调整能源结构")),
        line(132, (80, "淘汰燃煤锅炉。"), (300, "市环保局")),
        line(160, (80, "扩大供气范围。"), (300, "市住建局")),
    ]
    found = find_columns(lines)
    assert found is not None
    _, body_at, cols = found
    rows, _, _ = table_rows(lines[body_at:], cols)
    assert [r[0] for r in rows] == ["二、调整能源结构", "淘汰燃煤锅炉。", "扩大供气范围。"]
    assert [r[1] for r in rows][1:] == ["市环保局", "市住建局"]
