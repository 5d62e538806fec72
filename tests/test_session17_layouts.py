"""Layouts and guards met in the sealed sets holdout164–167.

Each test builds a small plan in one layout of the genre and checks the reading; the
phrasings themselves are records of ``fixtures/clauses.txt``.
"""

from __future__ import annotations

import divplan


def _roles(item: divplan.Item) -> tuple[str | None, list[str], list[str], bool]:
    r = item.responsibility
    return r.mode, [d.mention for d in r.leads], [d.mention for d in r.participants], r.others


def test_a_pipe_table_with_headings_written_without_pipes() -> None:
    # a portal's text dump: the header row and the task rows in pipes, each section's heading
    # a line of its own between them; the headings were read as the table's end
    text = (
        "Xidang County 2013 Key Work Division of Responsibility\n\n"
        "No. | Task | Responsible unit\n"
        "I. Promote the steady growth of the economy\n"
        "1 | Complete the fixed asset investment. | County Development and Reform Bureau\n"
        "2 | Introduce 20 projects. | County Investment Promotion Bureau takes the lead, "
        "County Finance Bureau participates\n"
        "II. Improve the people's livelihood\n"
        "3 | Add 5000 new urban posts. | County Human Resources Bureau\n"
        "\nXidang County People's Government Office issued on February 28, 2013\n"
    )
    plan = divplan.parse(text)
    assert [s.title for s in plan.sections] == [
        "Promote the steady growth of the economy",
        "Improve the people's livelihood",
    ]
    items = plan.items()
    assert [i.number for i in items] == [1, 2, 3]
    assert _roles(items[1]) == (
        "lead",
        ["County Investment Promotion Bureau"],
        ["County Finance Bureau"],
        False,
    )
    assert _roles(items[2])[1] == ["County Human Resources Bureau"]


def test_a_known_deadline_label_cut_by_a_line_end_is_no_label_of_unknown_words() -> None:
    # 完⏎成时限：: the line cut 完成时限 (known); 成时限： alone ends in a time word, but is no
    # deadline label of its own, and 完 is no body's name
    text = (
        "一、测试\n（一）做好某项工作。\n"
        "责任单位：各市人民政府、省市场监管局按管辖权限分别负责；完\n成时限：持续推进\n"
    )
    item = divplan.parse(text).items()[0]
    assert _roles(item) == ("division", ["各市人民政府", "省市场监管局"], [], False)
    assert item.deadline is not None and item.deadline.text == "持续推进"


def test_a_deadline_field_beside_a_label_of_unknown_words_is_not_a_second_who_field() -> None:
    # "Tasked bodies:" alone with a value is the responsible units' field; the "Deadline:"
    # after it is a field, but not one of who does the task (it would make the first of two)
    text = (
        "I. Test\n1. Do the work.\n"
        "Tasked bodies: Ministry of Finance (pace-setter); State Taxation Administration  "
        "Deadline: By the end of 2019\n"
    )
    item = divplan.parse(text).items()[0]
    assert _roles(item) == (
        "lead",
        ["Ministry of Finance"],
        ["State Taxation Administration"],
        False,
    )
    assert item.deadline is not None and item.deadline.text == "By the end of 2019"
    notes = [d.message for d in divplan.parse(text).diagnostics if d.code == "DP208"]
    assert any("responsible, the one field" in n for n in notes)
