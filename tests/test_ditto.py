""""Same as above" (同上, ditto): a clause or field whose value is the item above's units.

- A field or bracket that says only 同上 / "same as above" takes every role of the last item
  above that named anyone; a lead field that says it takes that item's leads beside the
  item's own participants.  Either way the reading is ``inferred`` with a DP208 naming the
  item whose roles were applied: the reader guessed, and says so.
- 同上年 / 同上期 ("over the same period of the year before") are no ditto.
- With no item above, a ditto names no one, and a DP208 says so.
- A text table's empty lead cell under a filled one (a merged cell, or an empty one: a text
  cannot tell) is rendered "same as above", so its row is read the same way.
"""

from __future__ import annotations

import divplan
from divplan.parsing.cues import scan
from divplan.read.tables import DITTO

_HEAD = "某某工作分工方案\n\n一、重点任务\n"


def _items(text: str) -> list[divplan.Item]:
    return divplan.parse(text).items()


def _names(ds: list[divplan.Department]) -> list[str]:
    return [d.mention for d in ds]


def test_a_field_saying_same_as_above_takes_the_roles_of_the_item_above() -> None:
    plan = divplan.parse(
        _HEAD + "1．建立制度。\n责任分工：市生态环境局负责实施，市水务局全力支持。\n"
        "2．清理项目。\n责任分工：同上。完成时限：2020年9月底前。\n"
    )
    first, second = plan.items()
    assert second.responsibility.mode == "lead"
    assert _names(second.responsibility.leads) == ["市生态环境局"]
    assert _names(second.responsibility.participants) == ["市水务局"]
    assert second.responsibility.reading == "inferred"
    assert first.responsibility.reading == "exact"
    assert second.deadline is not None and second.deadline.text == "2020年9月底前"
    said = [d for d in plan.diagnostics if d.code == "DP208" and "item 1's roles" in d.message]
    assert len(said) == 1 and "item 2" in said[0].message


def test_a_bracket_or_an_english_ditto_reads_the_same() -> None:
    zh = _items(_HEAD + "1．甲。（财政部牵头，商务部参加）\n2．乙。（同上）\n")
    assert zh[1].responsibility.mode == "lead"
    assert [d.id for d in zh[1].responsibility.leads] == ["MOF"]
    assert [d.id for d in zh[1].responsibility.participants] == ["MOFCOM"]
    en = _items(
        "Plan\n\nI. Tasks\n1. Do one. (Ministry of Finance takes the lead)\n"
        "2. Do two. (Responsible units: same as above)\n3. Do three. (Ditto)\n"
    )
    assert [[d.id for d in i.responsibility.leads] for i in en] == [["MOF"]] * 3
    assert [i.responsibility.reading for i in en] == ["exact", "inferred", "inferred"]


def test_a_lead_field_saying_ditto_keeps_the_items_own_participants() -> None:
    items = _items(
        _HEAD + "1．甲。\n牵头单位：财政部\n配合单位：商务部\n"
        "2．乙。\n牵头单位：同上\n配合单位：市场监管总局\n"
    )
    r = items[1].responsibility
    assert r.mode == "lead" and [d.id for d in r.leads] == ["MOF"]
    assert [d.id for d in r.participants] == ["SAMR"]
    assert r.reading == "inferred"


def test_the_same_period_of_last_year_is_no_ditto() -> None:
    assert not [c for c in scan("比同上年增长10%") if c.kind == "ditto"]
    assert not [c for c in scan("同上期相比") if c.kind == "ditto"]
    items = _items(_HEAD + "1．甲。（财政部负责）\n2．产值比同上年增长。（商务部负责）\n")
    assert [d.id for d in items[1].responsibility.leads] == ["MOFCOM"]
    assert items[1].responsibility.reading == "exact"


def test_a_ditto_with_no_item_above_names_no_one_and_says_so() -> None:
    plan = divplan.parse(_HEAD + "1．甲。（同上）\n2．乙。（财政部负责）\n")
    assert plan.items()[0].responsibility.mode is None
    assert any(d.code == "DP208" and "after no clause" in d.message for d in plan.diagnostics)


def test_the_rendered_ditto_words_are_ditto_cues() -> None:
    for words in DITTO.values():
        assert [c.kind for c in scan(words)] == ["ditto"]


def test_a_text_tables_empty_lead_cell_under_a_filled_one_is_read_as_a_guess() -> None:
    header = "序号    工作任务                      牵头单位          配合单位"
    rows = [
        "1       建立统一的数据共享平台。      市数据局          市财政局",
        "2       完善数据目录管理制度。                            市司法局",
    ]
    plan = divplan.parse("\n".join(["数据工作分工表", "", header, *rows]) + "\n")
    first, second = plan.items()
    assert _names(first.responsibility.leads) == ["市数据局"]
    assert _names(second.responsibility.leads) == ["市数据局"]
    assert _names(second.responsibility.participants) == ["市司法局"]
    assert (first.responsibility.reading, second.responsibility.reading) == ("exact", "inferred")


def test_two_clauses_run_together_in_a_cell_are_read_as_a_guess() -> None:
    """A table read from a page's layout may join the unit cells of several rows: "A is
    responsible B and C, per their respective duties D takes charge …" reads as one clause, but
    a list right after a role word, with no punctuation between, and two lists each told to lead
    or answer, say that two clauses were run together."""
    clause = (
        "(Responsible units: Provincial Market Supervision Administration is responsible"
        " Provincial Emergency Management Department and Provincial Public Security Department,"
        " per their respective duties)"
    )
    plan = divplan.parse(f"Plan\n\nI. Tasks\n1. Inspect night markets. {clause}\n")
    assert plan.items()[0].responsibility.reading == "inferred"
    assert any("run together" in d.message for d in plan.diagnostics)
    one = "(Provincial Department of Commerce takes the lead, Provincial Department of Finance participates)"
    plan = divplan.parse(f"Plan\n\nI. Tasks\n1. Inspect night markets. {one}\n")
    assert plan.items()[0].responsibility.reading == "exact"


def test_a_deadline_alone_on_the_line_after_a_field_drops_its_full_stop() -> None:
    text = (
        "Plan\n\nI. Tasks\n(1) Publish the annual report.\n"
        "Responsible units: Department of Vocational and Adult Education is responsible,\n"
        "annually.\n(2) Do more.\nResponsible units: Ministry of Finance, by 2019.\n"
    )
    first = divplan.parse(text).items()[0]
    assert first.deadline is not None and first.deadline.text == "annually"
