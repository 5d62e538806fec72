"""Layouts met in the twenty-eighth session: failures of its sealed sets (holdout312–315) and
one left open by the session before (holdout306), read after their scoring.

Each test builds a small plan (or a page of positioned text) in one layout of the genre and
checks the reading; the phrasings themselves are records of ``fixtures/clauses.txt``.
"""

from __future__ import annotations

from pathlib import Path

import divplan
from divplan.read.cells import Row
from divplan.read.pdf_aligned import Piece, find_columns
from divplan.read.pdf_aligned_rows import table_rows
from divplan.read.pdf_tables import _carry_over_break
from item_roles import item_roles
from test_pdf_aligned import SIZE
from test_pdf_aligned import line as _line  # (positioned pieces, one font size a character)


def _latin(top: float, *cells: tuple[float, str]) -> list[Piece]:
    """One line of Latin text: a character half a font size wide."""
    return [Piece(x, x + SIZE * len(text) / 2, top, top + SIZE, text) for x, text in cells]


def _rows(lines: list[list[Piece]]) -> list[list[str]]:
    found = find_columns(lines)
    assert found is not None
    _, body_at, cols = found
    rows, _, _ = table_rows(lines[body_at:], cols)
    return rows


def test_a_year_a_line_cut_after_a_fields_semicolon_is_one_deadline() -> None:
    # …等；2⏎012年底前: the digit before the break is the year's, not a name's
    text = (
        "省加快发展服务业重点工作分工方案\n\n一、发展服务业\n"
        "　　1．发展社区服务和家政服务，完善社区服务网络。\n"
        "　　责任单位：省民政厅牵头，省人力资源社会保障厅、省商务厅等；2\n012年底前\n"
        "　　2．推进健康养老服务业发展，鼓励社会资本兴办养老机构。\n"
        "　　责任单位：省民政厅；持续推进\n"
    )
    plan = divplan.parse(text)
    first = plan.items()[0]
    assert first.deadline is not None and first.deadline.text == "2012年底前"
    assert [d.mention for d in first.responsibility.participants] == [
        "省人力资源社会保障厅",
        "省商务厅",
    ]
    assert not [d for d in plan.diagnostics if "「2」" in d.message]


def test_a_crawled_sheet_with_headings_in_its_first_column_and_links_below(
    tmp_path: Path,
) -> None:
    # 一、heading, in the first cell (its second empty), 1．,task rows, group rows under an
    # empty first cell, and the page's links in three cells under the last row
    body = "".join(
        f"{n}．,第{n}项任务，加强监督检查。\n"
        + (",（以上2项由财政部牵头，商务部参加）\n" if n % 2 == 0 else "")
        for n in range(1, 5)
    )
    sheet = (
        "国务院关于印发重点任务分工方案的通知\n国发〔2023〕14号\n"
        "各省、自治区、直辖市人民政府：\n现将方案印发给你们，请认真贯彻执行。\n"
        "国务院,2023年9月15日\n\n重点任务分工方案\n一、第一部分任务,\n"
        + body
        + "二、第二部分任务,\n"
        + body
        + "\n【我要纠错】,【打印】,【关闭】\n"
    )
    path = tmp_path / "plan.csv"
    path.write_text(sheet, encoding="utf-8")
    plan = divplan.parse_file(path)
    assert [s.title for s in plan.sections] == ["第一部分任务", "第二部分任务"]
    assert [item_roles(i) for i in plan.items()[:2]] == [("lead", ["财政部"], ["商务部"], False)] * 2
    assert len(plan.items()) == 8


def test_an_empty_helpers_cell_beside_a_lead_column_is_no_same_as_above() -> None:
    # 工作任务 | 牵头单位 | 共同责任单位: a lead may have no helpers; its empty cell stays empty
    rows = _rows(
        [
            _line(100, (60, "工作任务"), (300, "牵头单位"), (400, "共同责任单位")),
            _line(120, (60, "第一项任务"), (300, "市物价局"), (400, "市商务局")),
            _line(150, (60, "第二项任务"), (300, "市统计局")),
        ]
    )
    assert rows[1] == ["第二项任务", "市统计局", ""]


def test_a_deadline_at_its_rows_foot_is_not_centred_over_the_next_row() -> None:
    # the table sets its deadline cells on each row's last line; the last row's own deadline
    # is on the next page: the one above stays its row's
    lines = [_line(100, (20, "序号"), (60, "工作任务"), (300, "牵头单位"), (400, "完成时限"))]
    for n, top in enumerate((120, 170, 220), start=1):
        lines.append(_line(top, (25, str(n)), (60, "第一行任务文字"), (300, "市财政局")))
        lines.append(_line(top + 12, (60, "第二行任务文字")))
        lines.append(_line(top + 24, (60, "第三行任务文字"), (400, "持续推进")))
    lines.append(_line(270, (25, "4"), (60, "第四项任务"), (300, "市商务局")))
    rows = _rows(lines)
    assert [r[3] for r in rows] == ["持续推进", "持续推进", "持续推进", ""]


def test_a_section_row_opening_the_next_page_takes_no_same_as_above() -> None:
    # a lead cell filled at a page's foot; the next page opens with a section's row across
    # the table, then rows of their own: no merged cell runs into a new section
    header = Row(["工作任务", "牵头单位", "共同责任单位"], "page 1")
    pending = [header, Row(["第一项任务", "市质监局", "市商务局"], "page 1")]
    rows = [
        Row(["工作任务", "牵头单位", "共同责任单位"], "page 2"),
        Row(["二、加大政策扶持", "", ""], "page 2"),
        Row(["第二项任务", "市财政局", "市发展改革委"], "page 2"),
    ]
    _carry_over_break(pending, rows)
    assert list(rows[1].cells) == ["二、加大政策扶持", "", ""]


def test_a_two_column_table_whose_lines_run_on_evenly_is_cut_where_deadlines_begin() -> None:
    # Key tasks | Time limit, no number column, every line one leading apart (a plotting
    # library's table): each deadline stands at its row's first line, under a line that
    # closed the row above; a section's heading is a row of its own
    lines = [_latin(100, (20, "Key tasks"), (400, "Time limit"))]
    top = 112.0
    texts = [
        ("I. Increase income", None),
        ("Raise the wages of workers in", "Ongoing"),
        ("all sectors. (Ministry of Finance)", None),
        ("Stabilize the stock market and", "End of 2025"),
        ("the bond market. (CSRC takes the lead)", None),
        ("II. Improve the environment", None),
        ("Crack down on fraud. (SAMR alone)", "End of June 2025"),
    ]
    for task, deadline in texts:
        cells = [(20.0, task)] + ([(400.0, deadline)] if deadline else [])
        lines.append(_latin(top, *cells))
        top += 12
    rows = _rows(lines)
    assert [r[0] for r in rows] == [
        "I. Increase income",
        "Raise the wages of workers in all sectors. (Ministry of Finance)",
        "Stabilize the stock market and the bond market. (CSRC takes the lead)",
        "II. Improve the environment",
        "Crack down on fraud. (SAMR alone)",
    ]
    assert [r[1] for r in rows] == ["", "Ongoing", "End of 2025", "", "End of June 2025"]


def test_a_publication_note_under_the_last_field_line_is_no_part_of_a_name() -> None:
    text = (
        "Division of Tasks for Developing the Service Industry\n\nI. Key tasks\n"
        "1. Set up the special fund of the service industry  Lead unit: Municipal Finance "
        "Bureau  Supporting units: Municipal Development and Reform Commission\n"
        "2. Guarantee the land use of service projects  Lead unit: Municipal Land and "
        "Resources Bureau  Supporting units: Municipal Planning Bureau\n"
        "(This piece was publicly released on July 16, 2009)\n"
    )
    last = divplan.parse(text).items()[-1]
    assert [d.mention for d in last.responsibility.participants] == ["Municipal Planning Bureau"]


def test_a_field_line_whose_label_bracket_says_the_first_leads_closes_the_task_above() -> None:
    # unnumbered tasks, each with a field line under it; the label's bracket (lead listed
    # first) is no end of the fields before a task (the colon after it is the label's own)
    text = (
        "Division of Tasks for Stabilizing Employment\n\nI. Supporting Enterprises\n"
        "Extend the phased reduction of social insurance premiums for enterprises.\n"
        "Responsible departments (lead listed first): Ministry of Human Resources and Social "
        "Security; Ministry of Finance; State Taxation Administration\n"
        "Expand the enrolment of higher vocational colleges.\n"
        "Responsible departments: Ministry of Education, Ministry of Human Resources and "
        "Social Security\n"
    )
    items = divplan.parse(text).items()
    assert [i.text for i in items] == [
        "Extend the phased reduction of social insurance premiums for enterprises.",
        "Expand the enrolment of higher vocational colleges.",
    ]
    assert item_roles(items[0]) == (
        "lead",
        ["Ministry of Human Resources and Social Security"],
        ["Ministry of Finance", "State Taxation Administration"],
        False,
    )


def test_an_english_deadline_on_its_own_line_after_a_fields_semicolon_is_the_items() -> None:
    text = (
        "Division of Tasks of the Province\n\nI. Maintain steady growth\n"
        "Increase the overall planning and integration of financial funds.\n"
        "    Operate-plate unit: Provincial Department of Finance\n"
        "    Cooperate units: Provincial Development and Reform Commission and other relevant "
        "units;\n    completed before the end of December 2010\n"
        "Widen the financing channels of small and micro enterprises.\n"
        "    Operate-plate unit: Provincial Department of Finance\n"
        "    Cooperate units: Provincial Development and Reform Commission;\n"
        "    completed before the end of November 2010\n"
    )
    items = divplan.parse(text).items()
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "completed before the end of December 2010",
        "completed before the end of November 2010",
    ]


def test_a_sheet_whose_units_column_is_named_for_bearing_responsibility(tmp_path: Path) -> None:
    # 工作任务,担责情况 (how responsibility is borne): the units' column; a star marks the lead
    sheet = (
        "冠麓市招商引资工作任务分解\n注：“担责情况”栏中标*的为牵头单位\n工作任务,担责情况\n"
        "一、优化投资环境,\n"
        "清理规范涉及外来投资企业的行政审批事项,市法制办*、市监察局、市发改委\n"
        "设立投资服务中心，实行“一站式”受理,市行政服务中心\n"
        "整顿涉企收费和检查行为,市监察局*、市物价局、市纠风办\n"
        "二、创新招商方式,\n"
        "开展以商招商、产业链招商,市招商局、市经委\n"
        "编制重点招商项目册，建立项目库,市发改委*、市招商局\n"
    )
    path = tmp_path / "plan.csv"
    path.write_text(sheet, encoding="utf-8")
    items = divplan.parse_file(path).items()
    assert [item_roles(i)[:2] for i in items] == [
        ("lead", ["市法制办"]),
        ("sole", ["市行政服务中心"]),
        ("lead", ["市监察局"]),
        ("joint", ["市招商局", "市经委"]),
        ("lead", ["市发改委"]),
    ]
