"""Layouts met in the twenty-sixth session: the sealed sets holdout284–287 and the final round
of the session before (holdout264–267), read after their scoring.

Each test builds a small plan in one layout of the genre and checks the reading; the
phrasings themselves are records of ``fixtures/clauses.txt``.
"""

from __future__ import annotations

from pathlib import Path

import divplan
from divplan.parsing.furniture import is_furniture
from divplan.read.markdown_inline import inline_cuts
from divplan.read.pdf_aligned import Piece, find_columns
from divplan.read.pdf_aligned_rows import table_rows
from divplan.read.table_headers import column_role, find_header
from divplan.read.text_tables import read_text_tables
from item_roles import item_roles

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
    kept = "".join(body[a:b] for a, b in zip([0] + [e for _, e in cuts], [s for s, _ in cuts]))
    kept += body[cuts[-1][1] :]
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
    # conventions.md: a list with no lead word of its own is joint, whatever a legend says
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
        ("joint", ["Department of Water Ecology", "Ministry of Water Resources"], [], False),
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
