"""Tasks written as paragraphs (a web page, a Word file: every line a paragraph) under
headings written like item numbers, and a task's points written "First, …; second, …"."""

from __future__ import annotations

import divplan

HEAD = (
    "Notice of the County People's Government Office on Printing the Work Plan\n"
    "Cen Zheng Ban Fa [2026] No. 6\n"
    "County People's Government Office\nFebruary 27, 2026\n"
    "Work Plan for Promoting New Energy Vehicles\n"
)
TASK = "{verb} the work on charging piles in the county. (Spearheaded by the County {body}, with support from the County Finance Bureau)\n"


def _items(text: str) -> list[tuple[int, bool, str]]:
    plan = divplan.parse(text)
    return [(s.number, it.numbered, it.text) for s in plan.sections for it in s.items]


def test_a_numbered_title_over_paragraphs_with_clauses_is_a_section() -> None:
    body = (
        "1. Promote the consumption of new energy vehicles\n"
        + TASK.format(verb="Organize", body="Commerce Bureau")
        + TASK.format(verb="Advance", body="Data Bureau")
        + "2. Speed up the construction of charging infrastructure\n"
        + TASK.format(verb="Plan", body="Development and Reform Bureau")
        + TASK.format(verb="Build", body="Transportation Bureau")
    )
    items = _items(HEAD + body)
    assert [(s, n) for s, n, _ in items] == [(1, False), (1, False), (2, False), (2, False)]
    assert items[0][2].startswith("Organize")


def test_a_numbered_title_over_one_paragraph_stays_an_item_with_its_body() -> None:
    body = "".join(
        f"{n}. Promote task {n}\n" + TASK.format(verb="Organize", body="Commerce Bureau")
        for n in (1, 2, 3)
    )
    items = _items(HEAD + body)
    assert [n for _, n, _ in items] == [True, True, True]
    assert items[0][2].startswith("Promote task 1")


def test_first_second_points_under_a_colon_are_one_task() -> None:
    body = (
        "1. Promote the consumption of new energy vehicles\n"
        + TASK.format(verb="Organize", body="Commerce Bureau")
        + "Implement the trade-in subsidy policy of the province:\n"
        + "First, simplify the procedures; second, pay within 15 days; third, strengthen the"
        " supervision of funds. (Spearheaded by the County Commerce Bureau, with support from"
        " the County Finance Bureau)\n" + TASK.format(verb="Advance", body="Data Bureau")
    )
    items = _items(HEAD + body)
    assert len(items) == 3 and {s for s, _, _ in items} == {1}
    assert items[1][2].startswith("Implement the trade-in") and "second, pay" in items[1][2]


def test_a_last_sentence_naming_only_unnamed_others_is_the_clause() -> None:
    text = (
        "国务院办公厅\n2023年5月1日\n\n分工\n\n一、任务\n"
        "1．加强就业形势监测，完善就业统计指标体系。国务院有关部门按职责分工负责。\n"
        "2．推动国有企业扩大招聘规模。由国务院国资委负责。\n"
    )
    first = divplan.parse(text).items()[0].responsibility
    assert (first.mode, first.others, first.leads, first.reading) == (
        "division",
        True,
        [],
        "inferred",
    )


def test_requirements_after_the_last_task_are_not_its_words_without_a_blank_line() -> None:
    text = (
        "国务院办公厅\n2023年5月1日\n\n分工\n\n一、任务\n"
        "1．推动国有企业扩大招聘规模。由国务院国资委负责。\n"
        "2．加强就业形势监测和分析研判。国务院有关部门按职责分工负责。\n"
        "各成员单位要按照以下要求，抓好各项任务落实：\n"
        "（一）压实工作责任。牵头单位要主动担当。\n"
        "（二）加强政策宣传。各成员单位要宣传解读政策。\n"
    )
    items = divplan.parse(text).items()
    assert items[-1].number == 2 and items[-1].responsibility.mode == "division"
    assert "以下要求" not in items[-1].text
