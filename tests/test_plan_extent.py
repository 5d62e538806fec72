"""Where a plan starts (rule 4 of the context pass) when its first clauses are not read the
way its later ones are: a notice sentence that reads like a field, a first section whose
tasks carry phrasings the lexicon does not know."""

from __future__ import annotations

import divplan

_NOTICE = (
    "Notice of the General Office of the Xunlin Provincial People's Government on Issuing "
    "the Division of Tasks\n\n"
    "To implement the Opinions, the Division of Tasks is hereby issued. The last sentence of "
    "each task names the units responsible: where a unit leads and others help, the leading "
    "unit convenes the work.\n\n"
    "General Office of Xunlin Provincial People's Government\n"
    "April 19, 2021\n\n"
    "Division of Tasks\n\n"
)


def _numbers(plan: divplan.Plan) -> list[tuple[str | None, list[int | None]]]:
    return [(s.marker, [i.number for i in s.items]) for s in plan.sections]


def test_tasks_with_sentence_clauses_outweigh_a_notice_sentence_that_reads_as_a_field() -> None:
    body = (
        "I. Build the organisation\n"
        "1. Set up forest chiefs at every level. The Provincial Forestry Bureau is "
        "responsible. (By the end of June 2021)\n"
        "2. Staff the forest chief offices. The Provincial Finance Department is responsible. "
        "(By the end of 2021)\n"
        "II. Protect resources\n"
        "1. Control the occupation of forest land. The Provincial Forestry Bureau and the "
        "Provincial Natural Resources Department are responsible. (Every year)\n"
    )
    plan = divplan.parse(_NOTICE + body)
    assert _numbers(plan) == [("I.", [1, 2]), ("II.", [1])]
    first = plan.sections[0].items[0].responsibility
    assert [d.mention for d in first.leads] == ["Provincial Forestry Bureau"]
    assert all(i.responsibility.reading == "inferred" for i in plan.items())


def test_a_first_section_whose_clauses_are_unread_stays_in_the_plan() -> None:
    body = (
        "I. Build the organisation\n"
        "1. Set up forest chiefs at every level. The Provincial Forestry Bureau "
        "flibbertigibbets the others. (By the end of June 2021)\n"
        "2. Staff the forest chief offices. The Provincial Finance Department "
        "flibbertigibbets too.\n"
        "II. Protect resources\n"
        "1. Control the occupation of forest land. (Provincial Forestry Bureau)\n"
        "2. Patrol the forests in the fire season. (Provincial Forestry Bureau)\n"
    )
    plan = divplan.parse(body)
    assert _numbers(plan) == [("I.", [1, 2]), ("II.", [1, 2])]
    assert plan.sections[0].items[0].responsibility.mode is None  # unread, and said so
    assert any(d.code.startswith("DP2") for d in plan.diagnostics if "item 1" in d.message)
