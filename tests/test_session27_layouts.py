"""Layouts met in the twenty-seventh session: failures left open by the sets of the session
before (holdout281, holdout291) and the sealed sets of this one, read after their scoring.

Each test builds a small plan in one layout of the genre and checks the reading; the
phrasings themselves are records of ``fixtures/clauses.txt``.
"""

from __future__ import annotations

import divplan
from divplan.parsing.rejoin import rejoin
from item_roles import item_roles

_HEAD_EN = (
    "Division of Tasks for Supporting Small and Micro Enterprises\n\n"
    "I. Key tasks\n\n"
)


def test_a_field_line_cut_before_a_names_head_noun_goes_on() -> None:
    # a hard-wrapped text: the responsibility field's line ends in "the Legislative Affairs"
    # (capitalised words with no head noun: no body's whole name) and the next line opens
    # with the head noun, "Office of the State Council", then the division words — one field
    wide = "x" * 60
    text = (
        _HEAD_EN
        + f"  Clean up the regulations that restrict small enterprises {wide}\n"
        "and strengthen the supervision of the implementation of the policies.\n\n"
        "Responsibility: The Ministry of Human Resources and Social Security, the\n"
        "Ministry of Industry and Information Technology, the Legislative Affairs\n"
        "Office of the State Council each tills its own acre.\n"
        "Time limit: Continuous advancement\n\n"
        + "".join(
            f"  Task {n} supports the entrepreneurship bases of small enterprises {wide}\n"
            "and the training of their employees in every province and city.\n\n"
            "Responsibility: The Ministry of Finance holds the plate, the Ministry of\n"
            "Commerce cooperates.\nTime limit: Before the end of 2012\n\n"
            for n in range(2, 7)
        )
    )
    items = divplan.parse(text).items()
    first = items[0].responsibility
    assert [d.id for d in first.leads] == ["MOHRSS", "MIIT", "LAO"]
    assert items[0].deadline is not None
    assert items[0].deadline.text == "Continuous advancement"


def test_a_hyphen_before_a_head_noun_at_a_line_end_stays() -> None:
    # "Sub-⏎bureau": the line's end fell after a compound's own hyphen, which stays; a word
    # cut for the line ("Develop-⏎ment") loses the hyphen the cut added
    assert rejoin("the County Ecology and Environment Sub-\nbureau and") == (
        "the County Ecology and Environment Sub-bureau and"
    )
    assert rejoin("the State Com-\nmission Office") == "the State Commission Office"
    assert rejoin("National Develop-\nment and Reform") == "National Development and Reform"
    text = (
        "Implementation Plan of Qiaodian County\n\n1. Improve rural household toilets in 40 "
        "villages. The\nCounty Agriculture and Rural Affairs Bureau, the County Ecology and "
        "Environment Sub-\nbureau and the County Health Commission are responsible according "
        "to their respective\nduties.\n\n2. Build 12 new sewage stations. The County Housing "
        "and Urban-Rural Development Bureau takes the lead.\n"
    )
    item = divplan.parse(text).items()[0]
    assert item_roles(item)[1] == [
        "County Agriculture and Rural Affairs Bureau",
        "County Ecology and Environment Sub-bureau",
        "County Health Commission",
    ]
