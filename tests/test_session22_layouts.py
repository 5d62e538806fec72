"""Layouts met in the twenty-second session: the sealed sets holdout224–227.

Each test builds a small plan in one layout of the genre and checks the reading; the
phrasings themselves are records of ``fixtures/clauses.txt``.
"""

from __future__ import annotations

import divplan
from item_roles import item_roles

_roles = item_roles


def test_a_general_offices_plan_names_its_bodys_own_departments() -> None:
    # a ministry's general office issues the plan: "Water Resources Department" is the
    # ministry's own department (水资源司), never the Ministry of Water Resources
    text = (
        "General Office of the Ministry of Water Resources\n"
        "Notice on Issuing the Division of Labour for Key Water Tasks in 2004\n"
        "All departments and bureaus of the Ministry:\n"
        "The division of labour is hereby issued.\n"
        "General Office of the Ministry of Water Resources\n"
        "March 2, 2004\n"
        "I. Water resources\n"
        "1. Compile the national water resources plan.\n"
        "Chief-handling unit: Water Resources Department\n"
        "Helping-handle units: Hydrology Bureau, Ministry of Finance\n"
        "2. Revise the water-drawing permit rules.\n"
        "Chief-handling unit: Policy and Regulation Department\n"
    )
    plan = divplan.parse(text)
    first = plan.items()[0].responsibility
    assert [d.mention for d in first.leads] == ["Water Resources Department"]
    assert first.leads[0].id is None  # (its own department: no registry id)
    assert "MWR" in first.leads[0].candidates  # (the reading it was not given, kept to audit)
    assert [d.id for d in first.participants] == [None, "MOF"]


def test_a_field_of_unknown_words_after_a_deadline_field_names_bodies_holding_and() -> None:
    # a sheet's task cell ends with its deadline field, the unit column renders as a field of
    # words the lexicon lacks ("Shoulder unit:"), its first body's name holding "and"
    rows = [
        "Notice on the Division of Labour for Cultural Consumption,,",
        "Serial number,Key tasks,Shoulder unit",
        "I. Improve supply,,",
        '1,"Support original cultural products.',
        'Cash-in time: Continuous advancement","Industry Development Department"',
        '2,"Encourage radio and television programmes on consumption.',
        'Cash-in time: Before the end of June 2020",'
        '"National Radio and Television Administration, Ministry of Culture and Tourism"',
    ]
    plan = divplan.parse_bytes(("\n".join(rows) + "\n").encode(), path="plan.csv")
    items = plan.items()
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "Continuous advancement",
        "Before the end of June 2020",
    ]
    assert _roles(items[1]) == (
        "joint",
        ["National Radio and Television Administration", "Ministry of Culture and Tourism"],
        [],
        False,
    )


def test_a_label_a_line_break_cuts_still_opens_its_field() -> None:
    # a PDF's hard-wrapped lines cut "Department in / command:" after the task's sentence
    text = (
        "Division of Responsibilities for the Service Sector\n"
        "I. Producer services\n"
        "1. Develop modern logistics hubs along the river corridor. Department in\n"
        "command: Provincial Development and Reform Commission.\n"
        "Wing departments: Provincial Department of Transport, Provincial Department of Commerce.\n"
        "2. Support software firms.\n"
        "Department in command: Provincial Department of Science and Technology.\n"
    )
    items = divplan.parse(text).items()
    assert _roles(items[0]) == (
        "lead",
        ["Provincial Development and Reform Commission"],
        ["Provincial Department of Transport", "Provincial Department of Commerce"],
        False,
    )


def test_an_english_tasks_only_sentence_names_no_body_by_its_opening_words() -> None:
    # rows of tasks, then one row of fields for the group above it: a task's only sentence
    # ("Guide the financial institutions to …") is no clause of its own
    rows = [
        "Key work division of labour programme,",
        "Serial number,Key work",
        ",I. Control high energy industries",
        "1,Guide the financial institutions to increase the credit support for energy saving.",
        "2,Strictly control loans to enterprises that do not meet the industry policy.",
        ",Steering-oar unit: People's Bank of China; Rear-guard units: China Banking "
        "Regulatory Commission; Time limit: before the end of June 2008",
    ]
    plan = divplan.parse_bytes(("\n".join(rows) + "\n").encode(), path="plan.csv")
    items = plan.items()
    assert [_roles(i)[:3] for i in items] == [
        ("lead", ["People's Bank of China"], ["China Banking Regulatory Commission"]),
        ("lead", ["People's Bank of China"], ["China Banking Regulatory Commission"]),
    ]


def test_an_ordinal_heading_over_a_wrapped_paragraph_keeps_its_task() -> None:
    # "Third," heads a section; a short line under it, then a line in lower case: the task's
    # paragraph a page width cut, not the heading's sentence going on (found by hypothesis)
    text = (
        "I. Improve the commercial network\n"
        "Support county towns in upgrading service centres, starting with batch 1. "
        "(Ministry of Finance)\n"
        "Second, Improve the commercial network\n"
        "Support county towns in upgrading service centres, starting with batch 2. "
        "(Ministry of Finance)\n"
        "Third, Improve the commercial network\n"
        "Support\n"
        "county towns in upgrading service centres, starting with batch 3. (Ministry of Finance)\n"
    )
    plan = divplan.parse(text)
    assert [len(s.items) for s in plan.sections] == [1, 1, 1]
    assert [_roles(i)[:2] for i in plan.items()] == [("sole", ["Ministry of Finance"])] * 3
