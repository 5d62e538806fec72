"""Tables in a PDF's layout text, and the lines around them (:mod:`divplan.read.text_tables`,
:mod:`divplan.read.space_columns`, :mod:`divplan.read.pdf`).

- A header row a text extractor ran together ("Key work Responsible unit Completion time") makes
  a page worth reading in layout mode; a sentence naming two columns does not.
- A clause written across two unit columns starts under the first: a wide gap before it is no
  empty cell when the cell sits where the full rows put that column.
- A signature line under the table, after blank lines, is no row.
- A section heading numbered like an item ("2. Comprehensive treatment") between numbered rows is
  a heading, not the rest of the row above.
- A field line cut inside a name ("… departments: County") goes on to the next line.
- A table with no number column whose tasks carry their numbers ("1．指导…"): a line without
  one is the row above wrapped; a long task that left one space before its units (a squeezed
  gap) splits where the other rows' units start, between Chinese characters only.
"""

from __future__ import annotations

import divplan
from divplan.read.header_lines import roles_in_line
from divplan.read.pdf import _looks_tabular, _tables_over
from divplan.read.space_columns import squeezed_gaps
from layout_pages import items_by_number

from conftest import reading


def test_a_header_run_together_names_its_columns_and_a_sentence_does_not() -> None:
    assert {"task", "resp"} <= roles_in_line("Key work Responsible unit Completion time")
    assert _looks_tabular("Serial\nnumber\nKey work Responsible unit Completion time")
    sentence = "各责任单位要会同配合实施单位细化工作措施，每月5日前报送完成情况。"
    assert roles_in_line(sentence) == set()
    assert not _looks_tabular(sentence)


_HEADER = " No.          Task                                   Lead unit      Cooperating units"


def _row(number: str, task: str, lead: str, part: str) -> str:
    return f"  {number:<3}{task:<45}{lead:<15}{part}".rstrip()


PAGE = "\n".join(
    [
        _HEADER,
        "I. Total water use",
        _row("1", "Set the total water use targets.", "County Water", "County Finance"),
        _row("", "", "Resources", "Bureau"),
        _row("", "", "Bureau", ""),
        _row("2", "Include the targets in assessments.", "County Water Resources", ""),
        _row("", "", "Bureau taking the lead and", ""),
        _row("", "", "County Finance Bureau", ""),
        _row("", "", "cooperating", ""),
        "2. Water saving in key sectors",
        _row("3", "Build efficient irrigation.", "County Agriculture", ""),
        _row("", "", "Bureau", ""),
        "",
        "",
        "",
        "General Office of Duoshan County People's Government       Printed on May 6, 2019",
    ]
)


def test_a_clause_across_both_unit_columns_stays_in_the_first() -> None:
    placed = _tables_over([PAGE])
    assert placed is not None
    two = items_by_number(placed.lines)["2"]
    assert "Lead unit: County Water Resources Bureau taking the lead and County Finance" in two
    assert "Supporting units" not in two


def test_a_heading_numbered_like_an_item_between_rows_is_a_heading() -> None:
    placed = _tables_over([PAGE])
    assert placed is not None
    texts = [t for t, _ in placed.lines]
    assert any(t.endswith("2. Water saving in key sectors") and not t[:1].isdigit() for t in texts)
    assert "Water saving" not in items_by_number(placed.lines)["2"]


def test_a_signature_line_after_blank_lines_under_the_table_is_no_row() -> None:
    placed = _tables_over([PAGE])
    assert placed is not None
    assert sorted(items_by_number(placed.lines)) == ["1", "2", "3"]
    assert "Printed on" not in items_by_number(placed.lines)["3"]


def test_a_field_line_cut_inside_a_name_goes_on_to_the_next_line() -> None:
    text = (
        "General Office of Jialou County People's Government\nMay 20, 2005\n\nDivision Plan\n\n"
        "1. Build the rural network\n"
        "(1) Build 120 farm stores in administrative villages.\n"
        "Lead department: County Commerce Bureau. Co-operating departments: County\n"
        "Supply and Marketing Cooperative, Township People's Governments, before the end of\n"
        "November 2005.\n"
        "(2) Build a county distribution center.(County Commerce Bureau, before the end of 2005)\n"
    )
    item = divplan.parse(text).items()[0]
    parts = [d.mention for d in item.responsibility.participants]
    assert parts == ["County Supply and Marketing Cooperative", "Township People's Governments"]
    assert item.deadline is not None and item.deadline.text == "before the end of November 2005"


def test_a_piece_set_short_of_the_next_column_stays_in_the_cell_before() -> None:
    from divplan.read.space_columns import nearest_cells

    starts = [1, 4, 26, 38]
    body = "    内投放新能源公交车   30辆。      局配合实施"
    assert nearest_cells(body, starts, 1) == ["", "内投放新能源公交车 30辆。", "局配合实施", ""]
    wrapped = "               查询、缴费、领取待遇等服务功能"  # a task line set left of its column
    assert nearest_cells(wrapped, [4, 19, 60], 1)[1] == "查询、缴费、领取待遇等服务功能"


def test_a_fields_label_set_in_bold_in_markdown_is_a_label() -> None:
    text = (
        "潌溪縣人民政府辦公室\n\n2021年7月16日\n\n重點任務分工\n\n一、完善補償\n\n"
        "1、落實公益林生態效益補償政策。\n\n"
        "**責任單位：**縣林業局牽頭，縣財政局予以配合，2021年6月底前。\n"
    )
    item = divplan.parse(text).items()[0]
    assert [d.mention for d in item.responsibility.leads] == ["縣林業局"]
    assert [d.mention for d in item.responsibility.participants] == ["縣財政局"]
    assert item.deadline is not None and item.deadline.text == "2021年6月底前"


def test_a_number_one_space_before_its_task_and_a_task_set_apart_make_one_row() -> None:
    from divplan.read.space_columns import space_cells, split_number

    body = " 1 建立农村供水动态监测机制，发现问题  立即           省水利厅负责组织协调"
    cells = [c for _, c in split_number(space_cells(body, 1), 3)]
    assert cells == ["1", "建立农村供水动态监测机制，发现问题立即", "省水利厅负责组织协调"]


def test_a_wrapped_task_line_with_a_gap_in_it_continues_its_row() -> None:
    header = " 序号   主要任务                              责任单位"
    page = "\n".join(
        [
            header,
            "二、发展现代物流",
            " 5  培育一批第三方物流企业，支持港口企业向综合       省商务厅为责任主",
            "    物流服务商转型。                    体，省交通厅、省财",
            "    对年营业收入超过  1亿元的港口物流企业，由省     政厅配合",
            "    财政给予奖励。",
            " 6  规划建设沿江物流园区。                  省商务厅负责",
        ]
    )
    placed = _tables_over([page])
    assert placed is not None
    items = items_by_number(placed.lines)
    assert sorted(items) == ["5", "6"]
    assert "1亿元的港口物流企业" in items["5"]
    assert "省商务厅为责任主体，省交通厅、省财政厅配合" in items["5"]


def test_a_section_heading_run_into_the_headers_first_label_is_a_heading() -> None:
    from divplan.read.space_columns import heading_in_header

    labels = ["一、完善信息基础设施序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
    assert heading_in_header(labels, ("序号", "No.")) == "一、完善信息基础设施"
    assert labels[0] == "序号"
    assert heading_in_header(["序号", "工作任务"], ("序号",)) is None


def test_a_header_label_wrapped_over_three_lines_is_one_label() -> None:
    page = "\n".join(
        [
            "Serial            Main tasks                        Responsible unit           Completion time",
            "numb",
            "  er",
            "1.Building night consumption carriers",
            "   1      Build ten demonstration blocks.          Provincial Department of   December 2019",
            "                                                   Commerce takes charge",
            "   2      Open night markets.                      Provincial Department of   June 2019",
            "                                                   Culture and Tourism",
        ]
    )
    placed = _tables_over([page])
    assert placed is not None
    items = items_by_number(placed.lines)
    assert sorted(items) == ["1", "2"]
    assert "Responsible units: Provincial Department of Commerce takes charge" in items["1"]
    assert items["2"].endswith("Deadline: June 2019")


# A two-column table in a PDF's layout text (one column a character), numbers typed in the
# task cells, the header's labels centred over their columns, deadlines as lines of their own
# under the unit column, and one row whose long task left a single space before its units.
_SQUEEZED = """某部关于印发重点工作任务分工的通知

各司局：
  现将任务分工印发给你们，请认真抓好落实。

         工作任务                 责任单位

一、加快补齐工程短板

1．指导各地编制 2019 年度农村饮水安 农村水利水电司统筹推动，规划计划
全巩固提升实施方案，全年完成工程投    司、财务司跟进推动
资和受益人口目标。
                     完成时限：2019 年 4 月底前

2．会同国家发展改革委、财政部加大    规划计划司、财务司分口落实
中央资金支持，向贫困地区倾斜。
                     完成时限：2019 年 6 月底前

3．全面解决贫困人口饮水安全问题，    农村水利水电司统筹推动，水库移民
逐县核查饮水安全达标情况。        司、监督司跟进推动

                     完成时限：2019 年 12 月底前

二、强化运行管护

4．督促各地配备水质净化消毒设施设    农村水利水电司负责
备，开展水质巡检。
                     完成时限：持续推进
"""


def test_a_layout_table_numbered_in_its_task_cells_reads_its_wrapped_rows() -> None:
    plan = divplan.parse(_SQUEEZED)
    got = [(i.number, *reading(i)) for i in plan.items()]
    assert got == [
        (1, "lead", ["农村水利水电司"], ["规划计划司", "财务司"], "2019年4月底前"),
        (2, "division", ["规划计划司", "财务司"], [], "2019年6月底前"),
        (3, "lead", ["农村水利水电司"], ["水库移民司", "监督司"], "2019年12月底前"),
        (4, "sole", ["农村水利水电司"], [], "持续推进"),
    ]
    assert plan.items()[0].text.endswith("全年完成工程投资和受益人口目标。")


def test_a_single_space_is_a_cell_gap_only_at_a_learned_column_between_chinese() -> None:
    rows = [
        "2．会同国家发展改革委、财政部加大    规划计划司、财务司分口落实",
        "3．全面解决贫困人口饮水安全问题，    农村水利水电司统筹推动",
        "1．指导各地编制 2019 年度农村饮水安 农村水利水电司统筹推动",  # the gap squeezed
        "Strengthen the supervision of the w ork of the Ministry",  # English: never split
        "逐县核查饮水安全达标情况。",  # a wrapped line that reaches no column
    ]
    assert squeezed_gaps(rows, 0, 2) == {
        2: "1．指导各地编制 2019 年度农村饮水安  农村水利水电司统筹推动"
    }
    assert squeezed_gaps(rows[2:], 0, 2) == {}  # no full row to learn the column from


_NARROW_SECTIONS = """某省人民政府办公厅关于印发工作任务分工的通知
各市人民政府：
现将任务分工印发给你们，请认真组织落实。
                                                     某省人民政府办公厅
                                                      2003年8月5日

                       某省改善医疗服务工作任务分工
    序号                  工作任务                             责任单位            完成时限

一、改善门
诊服务流程

1        全省二级以上医院推行门诊预约挂号，开设电话预约服务。         省卫生厅                2003 年 12 月底前

2        简化门诊就医流程，合理设置挂号、收费窗口。                   省卫生厅、省物价局      2003 年 10 月底前



                                    第1页
3        在医院门诊大厅设置导医台和便民服务设施。                     省卫生厅、省残联        2003 年 10 月底前

二、规范医
疗收费

4        全面实行医疗服务价格公示制度。                               省物价局                2003 年 8 月底前
"""


def test_a_section_row_wrapped_in_the_number_column_is_one_heading() -> None:
    # 一、改善门 / 诊服务流程 in a narrow number column: one section, not two (the second given a
    # marker of its own); a page number between rows is no cell of the row under it
    plan = divplan.parse(_NARROW_SECTIONS)
    assert [s.title for s in plan.sections] == ["改善门诊服务流程", "规范医疗收费"]
    assert [len(s.items) for s in plan.sections] == [3, 1]
    assert reading(plan.items()[2])[1] == ["省卫生厅", "省残联"]


def test_section_headings_with_rows_between_stay_apart_whatever_their_source_line() -> None:
    # a PDF grid's rows all come from one page ("page 2"): a category heading after rows is a
    # section of its own; only a heading right after a heading, no row between, is its wrap
    from divplan.read.tables import Row, TableState, render_table

    rows = [
        Row(["类别", "序号", "工作任务", "责任单位"], "page 2"),
        Row(["夜间消费载体", "1", "建设示范街区。", "省商务厅"], "page 2"),
        Row(["夜间消费业态", "2", "发展夜间旅游。", "省文化和旅游厅"], "page 2"),
    ]
    lines = render_table(rows, TableState())
    assert lines is not None
    assert [ln.text for ln in lines if ln.text.startswith(("一、", "二、"))] == [
        "一、夜间消费载体",
        "二、夜间消费业态",
    ]


def test_two_unmarked_heading_rows_in_a_row_are_two_sections() -> None:
    # only a short marked heading (一、改善门) can be the first line of one a column cut
    from divplan.read.tables import Row, TableState, render_table

    rows = [
        Row(["序号", "工作任务", "责任单位"], "line 1"),
        Row(["重点任务"], "line 2"),
        Row(["营商环境"], "line 3"),
        Row(["1", "精简审批事项。", "市政务办"], "line 4"),
    ]
    lines = render_table(rows, TableState())
    assert lines is not None
    assert [ln.text for ln in lines][:2] == ["一、重点任务", "二、营商环境"]


def test_a_spreadsheet_exported_as_comma_separated_text() -> None:
    # a 分工表 saved as CSV and pasted as text: the rows read as the table's, the notice's
    # lines (with the export's trailing commas) as text
    text = (
        "某省人民政府办公厅关于印发物流业重点任务分工的通知,,,\n某政办发〔2012〕63号,,,\n"
        "各市人民政府：,,,\n某省人民政府办公厅,,,\n2012年8月27日,,,\n,,,\n"
        "序号,重点任务,责任分工,完成时限\n一、完善物流基础设施,,,\n"
        "1,规划建设示范物流园区,省发展改革委牵头，省国土资源厅配合,2012年12月底前\n"
        '2,"推进货运站场与公路枢纽衔接",省交通运输厅负责,2013年6月底前\n'
    )
    items = divplan.parse(text).items()
    assert [i.number for i in items] == [1, 2]
    assert [d.mention for d in items[0].responsibility.leads] == ["省发展改革委"]
    assert [d.mention for d in items[0].responsibility.participants] == ["省国土资源厅"]
    assert items[1].deadline is not None and items[1].deadline.text == "2013年6月底前"
