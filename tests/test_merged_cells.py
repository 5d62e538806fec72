"""Unit cells merged down over rows, in tables read from a PDF's layout text
(:mod:`divplan.read.merged_cells`).

A text layer cannot say a cell was merged.  Its text lands either across the line where the next
row begins (the first part in one row, the rest in the next) or in the middle of the rows it
covers; either way every row it covers takes it, as Word, Excel and HTML readers already give a
merged cell's text to every row.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from divplan.read.merged_cells import cut_between, fill_centred, join_cut_cells
from divplan.read.pdf import _tables_over
from layout_pages import items_by_number, placed_row

_CASES = [
    line.split("\t")
    for line in (Path(__file__).parent / "fixtures" / "cell_cuts.tsv")
    .read_text(encoding="utf-8")
    .splitlines()
    if line and not line.startswith("#")
]


@pytest.mark.parametrize(("expected", "first", "then"), _CASES, ids=[c[1][-12:] for c in _CASES])
def test_a_cell_is_cut_only_where_no_whole_cell_ends(expected: str, first: str, then: str) -> None:
    assert cut_between(first, then) is (expected == "cut")


def test_a_run_of_cut_cells_gives_every_row_the_whole_text() -> None:
    rows = [
        ["1", "商务部牵头，发"],
        ["2", "展改革委、交通"],
        ["3", "部配合"],
        ["4", "海关总署负责"],
    ]
    join_cut_cells(rows, [1])
    assert [r[1] for r in rows] == ["商务部牵头，发展改革委、交通部配合"] * 3 + ["海关总署负责"]


def test_rows_above_a_centred_cell_take_its_text_and_a_run_between_two_is_shared() -> None:
    rows = [[""], ["A"], [""], [""], ["B"], [""]]
    fill_centred(rows, [0], [False, True, False, False, True, False], layout=False)
    assert [r[0] for r in rows] == ["A", "A", "", "B", "B", ""]  # rows below: the carry's


def test_a_text_at_the_top_of_its_cell_gives_nothing_upwards() -> None:
    rows = [["A"], [""], ["B"], [""]]
    fill_centred(rows, [0], [False, False, False, False], layout=True)
    assert [r[0] for r in rows] == ["A", "", "B", ""]
    first = [[""], ["B"]]
    fill_centred(first, [0], [False, False], layout=True)  # a section's first row: only below
    assert first[0][0] == "B"


_AT = (1, 6, 30, 44, 58)


def _row(*cells: str) -> str:
    return placed_row(_AT, *cells)


_HEADER = _row("序号", "工作任务", "主要责任单位", "协同单位", "时间进度")


def _items(page: str) -> dict[str, str]:
    placed = _tables_over([page])
    assert placed is not None
    return items_by_number(placed.lines)


def test_a_merged_cell_cut_by_the_next_row_goes_to_both_rows() -> None:
    page = "\n".join(
        [
            _HEADER,
            "一、完善物流政策",
            _row("1", "发展城市共同配送。", "商务部牵头，发", "", "2010年底前"),
            _row("2", "推进农村流通网络。", "展改革委、交通", "", "2011年底前"),
            _row("", "建设。", "部配合", "", ""),
            _row("3", "清理收费项目。", "交通部负责", "", "持续推进"),
        ]
    )
    items = _items(page)
    for n in ("1", "2"):
        assert "牵头单位：商务部牵头，发展改革委、交通部配合" in items[n]
    assert "牵头单位：交通部负责" in items["3"] and "发展改革委" not in items["3"]


def test_a_centred_merged_cell_goes_to_the_rows_above_and_below_it() -> None:
    page = "\n".join(
        [
            _HEADER,
            "一、扩大覆盖面",
            _row("1", "推动企业建立制度。", "", "市总工会", "2010年12月底前"),
            _row("2", "开展自愿缴存试点，扩大", "", "市工商局", "2010年9月底前"),
            _row("", "覆盖范围，开展", "市住房公积金", "", ""),
            _row("", "宣传。", "管理中心", "", ""),
            _row("3", "开展执法检查。", "", "市监察局", "2010年10月底前"),
            "二、支持住房消费",
            _row("1", "调整贷款政策。", "市财政局", "", "2010年6月底前"),
            _row("2", "简化提取手续。", "", "市审计局", "2010年8月底前"),
        ]
    )
    placed = _tables_over([page])
    assert placed is not None
    lines = [t for t, _ in placed.lines if t[:1].isdigit()]
    for line in lines[:2]:  # 主要责任单位 is a lead column
        assert "牵头单位：市住房公积金管理中心" in line
    # below a cell, an empty one is carried as "same as above", which the clause reader reads
    # as the item above's units, inferred (tests/test_ditto.py)
    assert "牵头单位：同上" in lines[2]
    assert "牵头单位：市财政局" in lines[3] and "牵头单位：同上" in lines[4]


def test_rows_opening_a_section_take_a_text_below_only_as_a_centred_cell_would() -> None:
    lost = [[""], [""], [""], ["D"]]  # three rows above the section's last: cells lost, not merged
    fill_centred(lost, [0], [False] * 4, layout=True)
    assert [r[0] for r in lost] == ["", "", "", "D"]
    centred = [[""], ["D"], [""]]  # one above, one below: a cell centred over three rows
    fill_centred(centred, [0], [False] * 3, layout=True)
    assert [r[0] for r in centred] == ["D", "D", ""]


def test_a_word_hyphenated_at_a_cells_line_end_is_joined_without_a_space() -> None:
    from divplan.read.cells import join_pieces

    assert join_pieces(["County Housing and Urban-", "Rural Development Bureau"]) == (
        "County Housing and Urban-Rural Development Bureau"
    )
    assert (
        join_pieces(["Municipal Finance Bureau -", "County"]) == "Municipal Finance Bureau - County"
    )


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("主攻单位", "lead"),
        ("参办单位", "part"),
        ("參辦單位", "part"),  # (traditional forms: the unit words read simplified)
        ("Host office unit", "lead"),
        ("Ginseng office unit", "part"),  # (参办, 参 rendered as the root)
        ("各有关单位", None),  # a division piece: no column of one role
        ("Task unit", None),  # no piece
        ("Joined by", "part"),  # one role cue of the lexicon and nothing else (holdout191)
        ("Assisted by", "part"),
        ("Led by", "lead"),
        ("Joined by the ministries of the", None),  # (a cue and more words: no column name)
    ],
)
def test_a_column_named_by_words_no_row_lists_is_read_by_its_role_pieces(
    name: str, role: str | None
) -> None:
    from divplan.read.table_headers import find_header

    found = find_header(["No.", "Key tasks", name])
    assert (found.roles[2] if found else None) == role
