"""Layouts met in the twenty-sixth session: the sealed sets holdout284–287 and the final round
of the session before (holdout264–267), read after their scoring.

Each test builds a small plan in one layout of the genre and checks the reading; the
phrasings themselves are records of ``fixtures/clauses.txt``.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import divplan
from divplan.parsing.furniture import is_furniture
from divplan.read.markdown_inline import inline_cuts
from divplan.read.pdf_aligned import Piece, find_columns
from divplan.read.pdf_aligned_rows import table_rows
from divplan.read.table_headers import column_role, find_header
from divplan.read.text_tables import read_text_tables
from item_roles import item_roles
from layout_rows import kept_text

_NOTICE_EN = (
    "Notice of the Qinyang Municipal People's Government Office on Issuing the Division Plan\n\n"
    "Qin Zheng Ban Fa [2013] No. 41\n\n"
    "All departments of the municipal government:\n\n"
    "The plan is hereby issued to you; please implement it.\n\n"
    "Qinyang Municipal People's Government Office\n\nMay 14, 2013\n\n"
)


def test_a_menu_of_links_and_emphasised_labels_in_markdown_read_as_words(tmp_path: Path) -> None:
    # a page saved as Markdown: its menu a row of links set apart by bars (no table: a link's
    # words), its deadline labels in *emphasis* — both were marks the reader never saw past
    text = (
        "[Home](#) | [Government Affairs Open](#) | [Interaction](#) | [Service](#)\n\n"
        + _NOTICE_EN
        + "## Division Plan\n\n### I. Expand investment\n\n"
        "1. Build a project library of major service projects.\n\n"
        "   *Time limit:* by the end of 2013\n\n"
        "2. Guide private capital into logistics.\n\n"
        "   *Time limit:* ongoing\n\n"
        "> **Responsibility:** The Municipal Commerce Bureau takes the lead; the Municipal "
        "Finance Bureau participates.\n"
    )
    found = read_text_tables(text, "markdown")
    assert "[Home]" not in found.text and "Home | Government Affairs Open" in found.text
    assert "Time limit: by the end of 2013" in found.text
    (tmp_path / "plan.md").write_text(text, encoding="utf-8")
    items = divplan.parse_file(tmp_path / "plan.md").items()
    assert [item_roles(i) for i in items] == [
        ("lead", ["Municipal Commerce Bureau"], ["Municipal Finance Bureau"], False)
    ] * 2
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "by the end of 2013",
        "ongoing",
    ]


def test_markdown_marks_are_cut_and_their_words_kept() -> None:
    body = "*Time limit:* by **2024** and [the portal](http://x.cn/a) \\* 2*3"
    cuts = inline_cuts(body)
    kept = kept_text(body, cuts)
    assert kept == "Time limit: by 2024 and the portal * 2*3"
    assert inline_cuts("* a bullet, not emphasis") == []
    assert inline_cuts("![a picture](x.png)") == []  # (an image's brackets are not a link's)


def test_a_column_name_with_a_note_in_brackets_names_its_column() -> None:
    note = "Responsible bodies (where several are listed, the first-named body leads) and timeframe"
    assert column_role(note) == "resp"  # (its note's "leads" names no lead column)
    header = find_header(["Task", note])
    assert header is not None and header.roles == ("task", "resp")
    assert column_role("责任单位（排在第一位的为牵头单位）") == "resp"


def test_a_column_names_note_is_kept_and_its_lists_read_as_the_conventions_say(
    tmp_path: Path,
) -> None:
    # the note stands in the column's own name: that column's label, as a 牵头单位 column's name
    # is (conventions.md): a list under it reads with its first body leading, one body sole
    # (the thirty-ninth session's reading; joint before — holdout284's README says why)
    text = (
        _NOTICE_EN
        + "| Task | Responsible bodies (where several are listed, the first-named body leads)"
        " and timeframe |\n|---|---|\n"
        "| I. Water and soil | |\n"
        "| Launch the clean-up of black and odorous water bodies. | Department of Water "
        "Ecology, Ministry of Water Resources; by end-June 2019 |\n"
        "| Revise the emission standards. | Department of Water Ecology; by end-2019 |\n"
    )
    found = read_text_tables(text, "markdown")
    assert "Note: where several are listed, the first-named body leads" in found.text
    (tmp_path / "plan.md").write_text(text, encoding="utf-8")
    assert [item_roles(i) for i in divplan.parse_file(tmp_path / "plan.md").items()] == [
        ("lead", ["Department of Water Ecology"], ["Ministry of Water Resources"], False),
        ("sole", ["Department of Water Ecology"], [], False),
    ]


def _line(top: float, *cells: tuple[float, str]) -> list[Piece]:
    return [Piece(x, x + 6.0 * len(text), top, top + 10.0, text) for x, text in cells]


def test_a_section_row_between_tasks_takes_no_deadline_set_at_the_foot_of_the_row_above() -> None:
    # a borderless PDF table whose deadline cells stand beside their task's last line: the
    # deadline of the task before a section's heading row is that task's alone
    lines = [
        _line(100, (60, "Task"), (500, "Timeline")),
        _line(120, (60, "I. Improving infrastructure")),
        _line(140, (60, "Support county-level service centres in 200")),
        _line(152, (60, "counties (Department of Commerce piloting)"), (500, "End of 2016")),
        _line(172, (60, "II. Fostering market players")),
        _line(192, (60, "Encourage enterprises to move online")),
        _line(204, (60, "(Department of Circulation)"), (500, "Ongoing")),
    ]
    found = find_columns(lines)
    assert found is not None
    _, body_at, cols = found
    rows, _, _ = table_rows(lines[body_at:], cols)
    deadlines = {r[0].split(" (")[0][:24]: r[1] for r in rows}
    assert deadlines["II. Fostering market pla"] == ""
    assert "End of 2016" in deadlines["Support county-level ser"]


def test_a_sheet_of_task_content_with_completion_rows_under_an_empty_cell(tmp_path: Path) -> None:
    # a CSV saved from a sheet: a portal's head over the notice, "No.,Task content," and
    # each task row followed by ",Completion time: …"
    text = (
        "Mojing Provincial People's Government Portal,,Home > Disclosure\n"
        "Index number: MJ00123-2016-00033,Release date: 2016-05-11,\n"
        "Mojing Provincial People's Government General Office notice on the plan,,\n"
        "Mo Zheng Ban Han [2016] No. 33,,\n"
        "\"The people's governments of all cities, the departments of the province:\",,\n"
        "\"The plan is issued to you, please implement it.\",,\n"
        "Mojing Provincial People's Government General Office,\"May 9, 2016\",\n"
        "No.,Task content,\n"
        "\"First, strengthen the control of coal-fired pollution\",,\n"
        "1,\"Control the coal consumption. (Provincial Development and Reform Commission "
        "takes the lead, Provincial Finance Department participates)\",\n"
        ",Completion time: Before the end of 2016,\n"
        "2,Eliminate small boilers. (Provincial Environmental Protection Department is "
        "responsible),\n"
        ",Completion time: Continuous advancement,\n"
        "3,Publish the air quality ranking. (Provincial Meteorological Bureau is responsible),\n"
        ",Completion time: Annual,\n"
    )
    (tmp_path / "plan.csv").write_text(text, encoding="utf-8")
    items = divplan.parse_file(tmp_path / "plan.csv").items()
    assert [item_roles(i)[0] for i in items] == ["lead", "sole", "sole"]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "Before the end of 2016",
        "Continuous advancement",
        "Annual",
    ]


def test_a_share_line_is_page_furniture() -> None:
    assert is_furniture("Share: WeChat Weibo Print Close")
    assert is_furniture("Share to: WeChat")
    assert not is_furniture("Share the data with the provinces.")
    assert is_furniture("[Close window]  [Print this page]")
    assert not is_furniture("Print this page of the plan and send it to every township.")


def test_a_groups_field_lines_set_a_paragraph_each_close_the_tasks_above(tmp_path: Path) -> None:
    # unnumbered paragraph tasks, then the group's two fields with a blank line between them
    text = (
        _NOTICE_EN
        + "**One, Rubbish governance**\n\n"
        "Establish the rural garbage collection system in every village.\n\n"
        "Each township builds 1 garbage transfer station, equips transport vehicles.\n\n"
        "Main manuscript unit: County Environmental Protection Bureau\n\n"
        "Meeting sign unit: County Agriculture Bureau, County Housing and Construction Bureau\n\n"
        "**Two, Water environment**\n\n"
        "Carry out the dredging of rural ponds and ditches.\n\n"
        "Responsible unit: County Water Affairs Bureau\n"
    )
    (tmp_path / "plan.md").write_text(text, encoding="utf-8")
    helpers = ["County Agriculture Bureau", "County Housing and Construction Bureau"]
    assert [item_roles(i) for i in divplan.parse_file(tmp_path / "plan.md").items()] == [
        ("lead", ["County Environmental Protection Bureau"], helpers, False),
        ("lead", ["County Environmental Protection Bureau"], helpers, False),
        ("sole", ["County Water Affairs Bureau"], [], False),
    ]


def test_a_flush_line_under_a_paragraphs_indented_sentence_goes_on_with_it() -> None:
    # a PDF's text: each task's first line set in and closing its sentence; the clause runs
    # on flush left, cut by the page width
    clause = (
        "{} holds the spoon, the Planning Department, the Industrial Policy Department and the "
        "Science and Technology Department cooperate, before the end of June 2017."
    )
    leads = [f"{w} Department" for w in ("Energy Saving", "Raw Materials", "Equipment Industry")]
    leads += [f"{w} Department" for w in ("Consumer Goods", "Electronic Information", "Safety")]
    body = "".join(
        f"    Formulate the implementation opinions of the special plan number {n}.\n"
        + "\n".join(textwrap.wrap(clause.format(lead), 88))
        + "\n"
        for n, lead in enumerate(leads, 1)
    )
    items = divplan.parse(_NOTICE_EN + "I. Build the green manufacturing system\n" + body).items()
    helpers = ["Planning Department", "Industrial Policy Department"]
    helpers.append("Science and Technology Department")
    assert [item_roles(i) for i in items] == [("lead", [lead], helpers, False) for lead in leads]
    assert items[0].text.startswith("Formulate the implementation opinions")


def test_a_column_named_for_units_and_a_time_holds_the_units(tmp_path: Path) -> None:
    # a ministry's Word table: "Owning ministry | Ministries feeding in / timeframe", the second
    # column's cells "B, C; by end-2012" — the units first, no deadline column
    assert column_role("Ministries feeding in / timeframe") == "resp"
    assert column_role("Owning ministry") == "lead"
    assert column_role("Time limit") == "deadline"
    text = (
        _NOTICE_EN
        + "| No. | Task | Owning ministry | Ministries feeding in / timeframe |\n|---|---|---|---|\n"
        "| 1 | Draw up the national plan for wholesale markets. | Ministry of Commerce | National "
        "Development and Reform Commission, Ministry of Agriculture; by end-2012 |\n"
        "| 2 | Support cold-chain logistics. | Ministry of Finance | Ministry of Commerce; ongoing |\n"
    )
    (tmp_path / "plan.md").write_text(text, encoding="utf-8")
    items = divplan.parse_file(tmp_path / "plan.md").items()
    assert [item_roles(i) for i in items] == [
        (
            "lead",
            ["Ministry of Commerce"],
            ["National Development and Reform Commission", "Ministry of Agriculture"],
            False,
        ),
        ("lead", ["Ministry of Finance"], ["Ministry of Commerce"], False),
    ]
    assert [i.deadline.text if i.deadline else None for i in items] == ["by end-2012", "ongoing"]


# a plan hypothesis found (test_properties): its tasks' lines alike in length, so the text
# reads as hard-wrapped; the last section's only task cut after its first character
_CUT_AFTER_ONE = '国务院办公厅关于印发重点任务分工方案的通知\n\n国办函〔2019〕58号\n\n国务院有关部门：\n\n《重点任务分工方案》已经国务院同意，现印发给你们，请认真贯彻落实。\n\n国务院办公厅\n2019年7月23日\n\n重点任务分工方案\n\nI. 完善农村商业流通网络\n(1)健全县乡村三级商业设施。\n1.支持县城改造提升一批综合商贸服务中心和物流配送中心，开展第一批试点。（财政部负责）\n(2)健全县乡村三级商业设施。\n2.支持县城改造提升一批综合商贸服务中心和物流配送中心，开展第二批试点。（财政部负责）\n(3)健全县乡村三级商业设施。\n3.支持县城改造提升一批综合商贸服务中心和物流配送中心，开展第三批试点。（财政部负责）（2020年底前完成）\nII. 完善农村商业流通网络\n1.支持县城改造提升一批综合商贸服务中心和物流配送中心，开展第四批试点。（财政部负责）\nIII. 完善农村商业流通网络\n1.支持县城改造提升一批综合商贸服务中心和物流配送中心，开展第五批试点。（财政部负责）（2020年底前完成）\n2.支持县城改造提升一批综合商贸服务中心和物流配送中心，开展第六批试点。（财政部负责）（2020年底前完成）\n3.支持县城改造提升一批综合商贸服务中心和物流配送中心，开展第七批试点。（财政部负责）（2020年底前完成）\nIV. 完善农村商业流通网络\n1.支\n持县城改造提升一批综合商贸服务中心和物流配送中心，开展第八批试点。（财政部负责）（2020年底前完成）\n'


def test_an_item_numbered_from_one_again_under_a_heading_is_a_task_however_short() -> None:
    # "IV. …" / "1.支" / "持县城…（财政部负责）（2020年底前完成）": the tasks before it are tasks,
    # so the item that numbers from 1 again under the next heading is one too, cut by a line
    # end, not a heading over a paragraph
    items = divplan.parse(_CUT_AFTER_ONE).items()
    last = items[-1]
    assert last.text.startswith("支持县城") and "第八批试点" in last.text
    assert item_roles(last) == ("sole", ["财政部"], [], False)
    assert last.deadline is not None and last.deadline.text == "2020年底前完成"
