"""Ruled tables of a PDF read from their drawn cells (:mod:`divplan.read.pdf_grids`).

A 分工表 printed to PDF keeps its borders; the cells they draw say what the text layer cannot:
a category merged down beside the numbers, a clause merged across both unit columns, a row cut
by a page break, a merged cell's text a page break pushed below the last border.  The PDFs are
three of the sealed genre set holdout61 (LibreOffice from Excel and Word, Chromium from a page).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from divplan.read import pdf_grids
from divplan.read.cells import Row
from divplan.read.header_lines import names_columns
from divplan.read.pdf_grids import Grid, _overflow, ruled_parts
from divplan.read.pdf_tables import _carry_over_break, _join_cut_row, _spread, _within
from divplan.read.tables import DITTO

pytest.importorskip("pdfplumber")

_SET = Path(__file__).parent / "data" / "genre" / "holdout61"


def _grids(name: str) -> list[list[list[str]]]:
    parts = ruled_parts((_SET / name).read_bytes())
    assert parts is not None
    return [p.grid.rows for p in parts if p.grid is not None]


def test_a_merged_cell_gives_its_text_to_every_slot_it_covers() -> None:
    first = _grids("zh-min-2013.pdf")[0]
    assert first[0] == ["类别", "序号", "工作任务", "牵头单位", "配合单位"]
    assert [row[0] for row in first[1:]] == ["一、扩大资源"] * 4  # a category merged down
    assert first[2][3] == first[1][3] == "基础教育一司"  # a lead cell merged down
    assert first[3][3] == first[3][4]  # a clause merged across both unit columns
    assert first[3][3].startswith("财务司、基础教育一司并列牵头")


def test_a_row_cut_by_the_page_break_is_one_row_and_text_outside_stays_text() -> None:
    parts = ruled_parts((_SET / "en-official-sc-2025.pdf").read_bytes())
    assert parts is not None
    lines = [line for p in parts for line in p.lines]
    assert any(line.startswith("Circular of the General Office") for line in lines)
    tables = [p for p in parts if p.grid is not None and p.grid.rows[0][0] == "Serial No."]
    assert len(tables) == 1 and tables[0].page == 1  # the next page's part has no header
    assert tables[0].grid is not None
    assert tables[0].grid.rows[-1][0] == "3"  # the cut row, closed at the column rules' ends


def test_a_category_pushed_below_the_last_border_goes_back_into_its_cell() -> None:
    first, second = _grids("zh-city-2005.pdf")
    assert first[-1][:2] == ["二、通行秩序", "4"]
    assert [row[0] for row in second[:2]] == ["二、通行秩序"] * 2


def test_the_cut_rows_second_part_is_joined_cell_by_cell() -> None:
    header = Row(["序号", "重点任务", "牵头单位", "配合单位"], "page 1")
    pending = [header, Row(["1", "建设市级平台，", "市发展改", "市财政局"], "page 1")]
    rows = [
        Row(["序号", "重点任务", "牵头单位", "配合单位"], "page 2"),  # the header repeated
        Row(["", "2025年底前完成。", "革委", "市财政局"], "page 2"),
        Row(["2", "开展检查。", "市市场监管局", ""], "page 2"),
    ]
    _join_cut_row(pending, rows)
    assert pending[-1].cells == ["1", "建设市级平台，2025年底前完成。", "市发展改革委", "市财政局"]
    assert [r.cells[0] for r in rows] == ["序号", "2"]


def test_without_a_number_column_a_task_left_in_mid_sentence_is_cut() -> None:
    header = Row(["Category", "Key tasks", "Responsible unit"], "page 1")
    pending = [header, Row(["I.", "Formulate the catalog of green packaging for", "A Bureau"], "p1")]
    rows = [Row(["", "express delivery.", "(lead), B Bureau"], "page 2")]
    _join_cut_row(pending, rows)
    assert pending[-1].cells[1] == "Formulate the catalog of green packaging for express delivery."
    assert rows == []
    pending = [header, Row(["I.", "Formulate the catalog.", "A Bureau"], "page 1")]
    rows = [Row(["", "Set up recycling points.", "B Bureau"], "page 2")]
    _join_cut_row(pending, rows)  # the task ended with its sentence: the next row is a row
    assert len(rows) == 1


def test_a_task_whose_deadline_field_follows_its_sentence_ended_before_the_break() -> None:
    # 禁止露天焚烧秸秆…。完成时限：2013年11月底前 (the deadline under the task, in its cell):
    # the task ended; the next page's first row is a row of its own (holdout190)
    header = Row(["重点工作", "担责单位"], "page 1")
    pending = [header, Row(["推进秸秆综合利用。完成时限：2013年11月底前", "市农业局"], "p1")]
    rows = [Row(["建立重污染天气应急预案。完成时限：2013年10月底前", "市环保局"], "page 2")]
    _join_cut_row(pending, rows)
    assert len(rows) == 1 and pending[-1].cells[1] == "市农业局"
    pending = [header, Row(["推进秸秆综合利用，完成时限", "市农业局"], "p1")]  # (mid-sentence)
    rows = [Row(["：2013年11月底前", ""], "page 2")]
    _join_cut_row(pending, rows)
    assert rows == []


def test_a_first_row_with_its_number_is_a_row_of_its_own() -> None:
    pending = [Row(["序号", "重点任务", "牵头单位"], "page 1"), Row(["1", "甲", "市商务局"], "p")]
    rows = [Row(["2", "乙", "市财政局"], "page 2")]
    _join_cut_row(pending, rows)
    assert len(rows) == 1 and pending[-1].cells == ["1", "甲", "市商务局"]


def _chars(text: str, x: float, top: float) -> list[dict[str, object]]:
    return [
        {"text": ch, "x0": x + 10 * k, "x1": x + 10 * k + 9, "top": top, "bottom": top + 10}
        for k, ch in enumerate(text)
    ]


def test_only_lines_inside_one_empty_column_are_taken_from_under_the_table() -> None:
    rows = [["一、甲", "1", "任务", "市商务局"], ["", "2", "任务", "市财政局"]]
    xs = [0.0, 40.0, 60.0, 300.0, 400.0]
    below = _chars("二、通", 2, 500) + _chars("行秩序", 2, 515) + _chars("第 1 页", 150, 540)
    taken = _overflow(rows, xs, below)
    assert rows[1][0] == "二、通行秩序"
    assert len(taken) == 6  # the page number is left to the page's text


def test_a_line_across_columns_is_not_taken() -> None:
    rows = [["", "2", "任务", "市财政局"]]
    xs = [0.0, 40.0, 60.0, 300.0, 400.0]
    assert _overflow(rows, xs, _chars("附件：清单说明文字很长", 2, 500)) == set()
    assert rows[0][0] == ""


def test_without_pdfplumber_the_text_layer_reads_the_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_grids, "optional", lambda name: None)
    assert ruled_parts((_SET / "zh-min-2013.pdf").read_bytes()) is None


def test_a_pdf_without_ruled_tables_gives_none() -> None:
    seed_like = next((Path(__file__).parent / "data" / "genre").glob("holdout62/*.pdf"))
    assert ruled_parts(seed_like.read_bytes()) is None


def test_a_lead_cell_merged_over_the_break_is_same_as_above_on_the_next_page() -> None:
    header = Row(["序号", "重点任务", "责任单位", "协同单位"], "page 1")
    pending = [header, Row(["1", "甲", "市交通运输局", "市财政局"], "page 1")]
    rows = [Row(["2", "乙", "", "漳陵海事局"], "page 2"), Row(["3", "丙", "市商务局", ""], "page 2")]
    _carry_over_break(pending, rows)
    assert rows[0].cells[2] == DITTO["zh"] and rows[1].cells[2] == "市商务局"


def test_a_next_page_without_a_rule_between_two_columns_is_spread_over_them() -> None:
    rules = [0.0, 40.0, 80.0, 300.0, 400.0, 500.0]
    merged = Grid([["7", "任务", "甲主抓，乙协抓"]], 0.0, 10.0, [40.0, 80.0, 300.0, 500.0])
    merged.rows[0].insert(0, "三、保障")
    merged.xs.insert(0, 0.0)
    assert _within(rules, merged.xs)
    assert _spread(merged, rules) == [["三、保障", "7", "任务", "甲主抓，乙协抓", "甲主抓，乙协抓"]]
    assert not _within(rules, [0.0, 150.0])


def test_header_cells_on_lines_of_their_own_ask_for_the_drawn_cells() -> None:
    assert names_columns(["Serial", "number Reform Matters Responsible Unit Remarks"])
    assert names_columns(["序号", "重点任务", "牵头单位", "配合单位"])
    assert not names_columns(["各区人民政府，市政府各部门：", "现将方案印发给你们，请认真落实。"])


def test_a_category_merged_over_the_cut_row_is_whole_in_the_rows_below_it() -> None:
    header = Row(["No.", "Category", "Tasks", "Responsible Units"], "page 1")
    pending = [header, Row(["1", "I. Hazard Survey and", "Complete the", "County Land Bureau"], "p1")]
    rows = [
        Row(["", "Monitoring", "re-survey.", ""], "page 2"),
        Row(["2", "Monitoring", "Assign monitors.", "County Land Bureau"], "page 2"),
    ]
    _join_cut_row(pending, rows)
    assert pending[-1].cells[1] == "I. Hazard Survey and Monitoring"
    assert pending[-1].cells[2] == "Complete the re-survey."
    assert rows[0].cells[1] == "I. Hazard Survey and Monitoring"
