"""A clause in one cell merged across the unit columns of a table (:mod:`divplan.read.tables`).

Word, Excel and HTML give a merged cell's text to every column it covers, so the lead and the
participating column hold the same clause.  It is written once, under no lead label: its own
words say who leads (A牵头，B配合) or that nobody does (A、B齐抓落实 is joint).  A row whose
columns differ keeps the lead column's label.
"""

from __future__ import annotations

import divplan
from divplan.read.tables import Row, TableState, render_table

_HEADER = Row(["序号", "重点任务", "牵头单位", "配合单位"], "row 1")


def _rendered(*rows: list[str]) -> list[str]:
    lines = render_table([_HEADER, *(Row(r, f"row {n}") for n, r in enumerate(rows, 2))], TableState())
    assert lines is not None
    return [line.text for line in lines]


def _plan(lines: list[str]) -> divplan.Plan:
    return divplan.parse("国务院办公厅\n2020年5月6日\n\n分工方案\n\n一、任务\n" + "\n".join(lines) + "\n")


def test_a_clause_merged_across_is_written_once_under_no_lead_label() -> None:
    (line,) = _rendered(["1", "开展专项检查。", "市市场监管局、市粮食局齐抓落实", "市市场监管局、市粮食局齐抓落实"])
    assert line.count("齐抓落实") == 1 and "牵头单位" not in line
    item = _plan([line]).items()[0]
    assert item.responsibility.mode == "joint"


def test_a_merged_clause_naming_its_lead_reads_lead() -> None:
    (line,) = _rendered(["1", "开展专项检查。", "市商务局牵头，市财政局配合", "市商务局牵头，市财政局配合"])
    r = _plan([line]).items()[0].responsibility
    assert r.mode == "lead"
    assert [d.mention for d in r.leads] == ["市商务局"]
    assert [d.mention for d in r.participants] == ["市财政局"]


def test_separate_unit_cells_keep_the_lead_columns_label() -> None:
    (line,) = _rendered(["1", "开展专项检查。", "市商务局、市财政局", "市税务局"])
    assert "牵头单位：市商务局、市财政局" in line
    r = _plan([line]).items()[0].responsibility
    assert r.mode == "lead" and len(r.leads) == 2


def test_unit_columns_named_by_words_the_header_list_had_not_met() -> None:
    # 配办单位 / 主承单位 (table_header_words.tsv): participant and lead columns
    header = Row(["序号", "重点任务", "主承单位", "配办单位"], "row 1")
    lines = render_table([header, Row(["1", "开展专项检查。", "县农业局", "县工商局"], "row 2")], TableState())
    assert lines is not None
    item = _plan([lines[0].text]).items()[0]
    assert [d.mention for d in item.responsibility.leads] == ["县农业局"]
    assert [d.mention for d in item.responsibility.participants] == ["县工商局"]
