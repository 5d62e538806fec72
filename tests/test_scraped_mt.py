"""Machine-translated English plans as they are scraped onto web pages (holdout87's layouts):
lower-case ordinal and comma section markers, a group's clause in a bracket of its own line,
a group sentence whose scope stands inside it, a table flattened one cell per line under
English column names, a page's furniture after such a table, and a ministry that names
ministries "X Department"."""

from __future__ import annotations

from pathlib import Path

import pytest

import divplan
from divplan.read.cell_tables import AFTER


def _roles(item: divplan.Item) -> tuple[str | None, list[str], list[str]]:
    r = item.responsibility
    return r.mode, [d.id or d.mention for d in r.leads], [d.id or d.mention for d in r.participants]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("a, expand the scale of vocational education", "2, to strengthen the capacity building"),
        ("first, the flood control responsibility system", "second, hydrological forecast"),
        ("a, Logistics infrastructure construction", "b, Logistics enterprises to develop"),
    ],
)
def test_lower_case_section_markers_of_a_machine_translation(first: str, second: str) -> None:
    text = (
        "city work division of labor\n"
        f"{first}\n"
        "1. build 3 training bases.(city education bureau is responsible)\n"
        f"{second}\n"
        "2. train 500 teachers.(city personnel bureau is responsible)\n"
    )
    plan = divplan.parse(text)
    assert [len(s.items) for s in plan.sections] == [1, 1]
    assert [_roles(i)[1] for i in plan.items()] == [["city education bureau"], ["city personnel bureau"]]


def test_a_numbered_sentence_with_a_comma_is_no_section() -> None:
    # "1, Strengthen …" with a capital, or a line that ends a sentence, is no heading
    text = "Plan\nI. Work\n1. Do the task. (Ministry of Finance is responsible)\n2, the work is done.\n"
    plan = divplan.parse(text)
    assert len(plan.sections) == 1


def test_a_bracketed_clause_on_its_own_line_closes_its_group() -> None:
    text = (
        "Division of Labor for Rural Drinking Water\n"
        "I. Build projects\n"
        "1. Adjust the project plan.\n"
        "2. Give priority to high fluorine areas.\n"
        "3. Raise the centralized water supply rate.\n"
        "(The Development and Reform Commission, the Ministry of Water Resources respectively undertake)\n"
        "II. Monitor water quality\n"
        "4. Publish the results regularly. (Ministry of Health is responsible)\n"
    )
    plan = divplan.parse(text)
    items = plan.items()
    assert [_roles(i) for i in items[:3]] == [("division", ["NDRC", "MWR"], [])] * 3
    assert items[0].responsibility.reading == "inferred"
    assert _roles(items[3]) == ("sole", ["MOH"], [])


def test_a_group_sentence_with_its_scope_inside() -> None:
    text = (
        "Division of Tasks for Forest Fire Prevention\n"
        "I. Manage fire sources\n"
        "1. Set up checkpoints at the main intersections.\n"
        "2. Issue the fire danger forecast in time.\n"
        "The Provincial Forestry Department catches the total of the above work, and the "
        "Provincial Public Security Department is responsible for implementation.\n"
        "II. Fight fires early\n"
        "3. Every county builds one team.\n"
        "For the above work, unified deployment by the Provincial Fire Office, specific "
        "implementation by the people's governments of all cities and counties.\n"
    )
    items = divplan.parse(text).items()
    assert [_roles(i) for i in items[:2]] == [
        ("lead", ["Provincial Forestry Department"], ["Provincial Public Security Department"])
    ] * 2
    assert _roles(items[2]) == (
        "lead",
        ["Provincial Fire Office"],
        ["people's governments of all cities and counties"],
    )


def test_an_english_table_one_cell_per_line_ends_at_the_pages_furniture(tmp_path: Path) -> None:
    text = (
        "Division of Work for Air Pollution Control\n"
        "Serial number\nWork tasks\nMain office\nAssisting office\n"
        "I. Adjust the energy structure\n"
        "1\nStrictly control coal consumption.\nDevelopment and Reform Commission\n"
        "Energy Bureau, end of 2011\n"
        "2\nReplace coal-fired boilers.\n"
        "Ministry of Environmental Protection meets with the Ministry of Public Security\n"
        "Energy Bureau, end of 2012\n"
        "Disclaimer: This article is reproduced from the Internet.\n"
        "Previous: Weather forecast for the weekend\n"
    )
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    items = divplan.parse_file(path).items()
    assert [_roles(i) for i in items] == [
        ("lead", ["NDRC"], ["NEA"]),
        ("lead", ["MEP"], ["MPS", "NEA"]),
    ]
    assert items[1].deadline is not None and items[1].deadline.text == "end of 2012"
    assert AFTER.match("Disclaimer: This article") and not AFTER.match("Energy Bureau")


def test_a_ministry_that_calls_itself_a_department_names_ministries_so() -> None:
    # 商务部 rendered "Commerce Department": "Public Security Department" is 公安部, not one of
    # its own 司; a ministry called "Ministry of …" names its own 司 "finance department"
    def plan(issuer: str, clause: str) -> divplan.Plan:
        return divplan.parse(
            f"{issuer} about print and distribute the plan of notice\n\n"
            f"{issuer}\n2023 year 11 month 20 day\n\nDivision of Labor Plan\n\n"
            f"One, stabilize consumption\n1. Optimize car purchase management. ({clause})\n"
        )

    own = plan("Commerce Department", "Commerce Department lead, Public Security Department cooperate")
    assert _roles(own.items()[0]) == ("lead", ["MOFCOM"], ["MPS"])
    ministry = plan("the Ministry of Water Resources", "finance department is responsible")
    (lead,) = ministry.items()[0].responsibility.leads
    assert lead.id is None and lead.candidates == ["MOF"]
