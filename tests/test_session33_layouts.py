"""Layouts met in the thirty-third session: failures of earlier sealed rounds left open, and of
its own round, read after their scoring.

Each test builds a small plan in one layout of the genre — never a copy of a set's plan — and
checks the reading, so that the rule holds for plans none of the sets holds.
"""

from __future__ import annotations

import divplan
from item_roles import sorted_roles

_roles = sorted_roles  # (tests/item_roles.py)


def test_two_helpers_fields_and_no_lead_field_make_the_first_the_lead_s() -> None:
    # "Coordinating ministry:" (牵头部门 translated) over "Ministries to advise:": the first of
    # two helpers' labels is the lead's, said; alone on a later task, the plan's reading holds
    text = (
        "Division of Tasks\n\nI. Trade\n\n"
        "Cut the fees charged at inland ports.\n"
        "Coordinating ministry: Ministry of Commerce\n"
        "Ministries to advise: Ministry of Finance, General Administration of Customs\n\n"
        "Publish a list of port charges.\n"
        "Coordinating ministries: Ministry of Commerce and Ministry of Transport\n"
        "Ministries to advise: Ministry of Finance\n\n"
        "Shorten the clearance time of imports.\n"
        "Coordinating ministry: General Administration of Customs\n"
    )
    plan = divplan.parse(text)
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["MOFCOM"], ["GAC", "MOF"]),
        ("lead", ["MOFCOM", "MOT"], ["MOF"]),
        ("lead", ["GAC"], []),
    ]
    assert all(i.responsibility.reading == "inferred" for i in plan.items())
    said = [d.message for d in plan.diagnostics if d.code == "DP208"]
    assert len(said) == 3 and all("lead's" in m for m in said)


def test_a_helpers_field_beside_a_lead_field_stays_the_helpers() -> None:
    # the same helpers' label under a lead label: no guess, the helpers as written
    text = (
        "Division of Tasks\n\nI. Trade\n\n"
        "Cut the fees charged at inland ports.\n"
        "Lead unit: Ministry of Commerce\n"
        "Coordinating ministry: Ministry of Finance\n\n"
        "Publish a list of port charges.\n"
        "Coordinating ministry: Ministry of Transport\n"
    )
    plan = divplan.parse(text)
    first, second = plan.items()
    assert _roles(first) == ("lead", ["MOFCOM"], ["MOF"])
    assert first.responsibility.reading != "inferred"
    assert second.responsibility.leads == []  # (no plan-wide reading as the lead's)


def test_a_compound_cut_at_its_own_hyphen_keeps_it() -> None:
    # a PDF's hard wrap after "State-" and "Sub-": the compound's hyphen stays; a word cut for
    # the line ("Develop-/ment") loses the hyphen a line's end added
    text = (
        "Division of Tasks\n\n"
        "1. Lower the rent of houses for small firms. Provincial Department of Finance, Provincial\n"
        "State-owned Assets Supervision and Administration Commission are responsible.\n"
        "2. Extend loans to small firms. The Hengmu Central Sub-\n"
        "branch of the People's Bank of China takes the lead, the Provincial Department of\n"
        "Finance participates.\n"
        "3. Simplify the registration of firms. Provincial Develop-\n"
        "ment and Reform Commission is responsible.\n"
    )
    plan = divplan.parse(text)
    names = [[d.mention for d in i.responsibility.leads] for i in plan.items()]
    assert names[0][1] == "Provincial State-owned Assets Supervision and Administration Commission"
    assert names[1] == ["Hengmu Central Sub-branch of the People's Bank of China"]
    assert names[2] == ["Provincial Development and Reform Commission"]


def test_a_place_word_again_after_and_opens_a_name_of_its_own() -> None:
    # "X Sub-branch of … | and Hengmu Banking | and Insurance Regulatory Bureau": the place word
    # that opened the first name opens the second, whose own "and" joins its words
    text = (
        "Division of Tasks\n\n"
        "1. Extend loans to small firms. Hengmu Central Sub-branch of the People's Bank of China"
        " and Hengmu Banking and Insurance Regulatory Bureau jointly lead, Provincial Department"
        " of Finance participates.\n"
    )
    (item,) = plan_items(text)
    assert sorted(d.mention for d in item.responsibility.leads) == [
        "Hengmu Banking and Insurance Regulatory Bureau",
        "Hengmu Central Sub-branch of the People's Bank of China",
    ]


def plan_items(text: str) -> list[divplan.Item]:
    return list(divplan.parse(text).items())
