"""Each diagnostic code, triggered by the smallest document that shows it."""

from __future__ import annotations

import pytest

import divplan
from divplan.check.diagnostics import CODES, Locator
from divplan.check.plan_checks import _plan_after_end, _unread_tasks
from divplan.records import Unparsed

from conftest import RAW

HEAD_EN = "Notice\n\nState Council Letter [{y}] No. 9\n\nGeneral Office of the State Council\nJune 14, {y}\n\n"
HEAD_ZH = "国务院办公厅\n国办函〔{y}〕9号\n{y}年7月23日\n\n"


def en(body: str, year: int = 2017) -> divplan.Plan:
    return divplan.parse(HEAD_EN.format(y=year) + body)


def zh(body: str, year: int = 2019) -> divplan.Plan:
    return divplan.parse(HEAD_ZH.format(y=year) + body)


def codes(plan: divplan.Plan) -> list[str]:
    return [d.code for d in plan.diagnostics]


def only(plan: divplan.Plan, code: str) -> divplan.Diagnostic:
    found = [d for d in plan.diagnostics if d.code == code]
    assert len(found) == 1, plan.diagnostics
    return found[0]


def test_clean_plan_has_no_findings() -> None:
    plan = en("I. Trade\n1. Do this. (Ministry of Commerce)\n2. Do that. (Ministry of Finance)\n")
    assert codes(plan) == []


def test_dp101_gap() -> None:
    d = only(en("I. T\n1. A. (Ministry of Commerce)\n3. B. (Ministry of Finance)\n"), "DP101")
    assert d.severity == "error" and "expected 2, found 3" in d.message and d.column == 1


def test_dp102_duplicate() -> None:
    d = only(en("I. T\n1. A. (Ministry of Commerce)\n1. B. (Ministry of Finance)\n"), "DP102")
    assert "duplicated" in d.message


def test_restart_per_section_is_not_a_gap() -> None:
    plan = zh("一、甲\n1.任务。（财政部负责）\n2.任务。（商务部负责）\n二、乙\n1.任务。（财政部负责）\n")
    assert codes(plan) == []


def test_dp103_section_order() -> None:
    d = only(zh("一、甲\n1.任务。（财政部负责）\n三、乙\n2.任务。（商务部负责）\n"), "DP103")
    assert d.severity == "warning" and "三、" in d.message


def test_dp201_no_clause() -> None:
    d = only(en("I. T\n1. A. (Ministry of Commerce)\n2. B without a clause.\n"), "DP201")
    assert "item 2" in d.message


def test_dp202_unknown_with_suggestion() -> None:
    d = only(en("I. T\n1. A. (Ministry of Magic Affairs)\n"), "DP202")
    assert "Ministry of Magic Affairs" in d.message


def test_local_unit_is_not_an_unknown_department() -> None:
    assert "DP202" not in codes(zh("一、甲\n1.任务。（市财政局负责）\n"))


def test_dp203_ambiguous_by_date() -> None:
    d = only(zh("一、甲\n1.任务。（广电总局负责）\n", year=2015), "DP203")
    assert "SARFT" in d.message and "NRTA" in d.message


def test_ambiguous_alias_resolved_by_date() -> None:
    plan = zh("一、甲\n1.任务。（广电总局负责）\n", year=2019)
    assert plan.items()[0].responsibility.leads[0].id == "NRTA"
    assert codes(plan) == []


def test_dp204_not_in_period() -> None:
    d = only(en("I. T\n1. A. (State Administration for Industry and Commerce)\n", 2020), "DP204")
    assert d.severity == "warning" and "SAIC" in d.message


def test_dp205_participants_without_lead() -> None:
    plan = en("I. T\n1. A. (Relevant departments take the lead, Ministry of Finance participates)\n")
    d = only(plan, "DP205")
    assert d.severity == "error"


def test_dp206_unreadable_clause() -> None:
    # role words, and nobody to give the roles to
    d = only(zh("一、甲\n1.任务。（牵头参加）\n"), "DP206")
    assert "not understood" in d.message


def test_dp208_guess_is_reported() -> None:
    # a second 牵头 and a 参加 that govern nobody: the lead is read, and the guess is reported
    plan = zh("一、甲\n1.任务。（财政部牵头牵头参加）\n")
    d = only(plan, "DP208")
    assert d.severity == "warning" and "参加" in d.message
    r = plan.items()[0].responsibility
    assert r.reading == "inferred" and [x.id for x in r.leads] == ["MOF"]


def test_dp209_local_unit_is_info() -> None:
    d = only(zh("一、甲\n1.任务。（省财政厅牵头）\n"), "DP209")
    assert d.severity == "info" and "省财政厅" in d.message


def test_dp404_task_lines_outside_items() -> None:
    # a layout the reader missed: task-like lines (marker + clause) that no item covers
    plan = divplan.parse("一、甲\n1.任务。（财政部牵头）\n")
    tasks = "".join(f"{n}. 第{n}项工作要认真落实。（商务部负责）\n" for n in range(2, 9))
    text = "一、甲\n1.任务。（财政部牵头）\n" + "＊" * 40 + "\n" + tasks
    found = list(_unread_tasks(plan, Locator(text), plan.items()))
    assert [d.code for d in found] == ["DP404"] and found[0].severity == "error"
    assert "7 lines" in found[0].message
    assert list(_unread_tasks(plan, Locator("一、甲\n1.任务。（财政部牵头）\n"), plan.items())) == []


def test_dp207_fuzzy_is_a_warning() -> None:
    # a typo read as a known body is a guess: it must be seen (a wrong guess with no warning
    # is the worst outcome), though it does not fail `validate` as an error would
    plan = en("I. T\n1. A. (Minstry of Commerce)\n")
    d = only(plan, "DP207")
    assert d.severity == "warning" and "MOFCOM" in d.message
    assert plan.items()[0].responsibility.leads[0].status == "fuzzy"


def test_dp301_stray_text_inside_plan() -> None:
    plan = en("I. T\n1. A. (Ministry of Commerce)\n\nA stray remark in the middle.\n\n"
              "2. B. (Ministry of Finance)\n")
    d = only(plan, "DP301")
    assert "stray remark" in d.message
    assert [u.kind for u in plan.unparsed] == ["other"]


def test_dp302_a_lone_unmarked_heading() -> None:
    plan = zh("一、甲\n农村生活污水治理\n1.推进改革。（财政部负责）\n2.加强监管。（商务部负责）\n")
    d = only(plan, "DP302")
    assert "农村生活污水治理" in d.message and d.severity == "warning"
    two = zh("一、甲\n稳定粮食生产\n1.推进。（财政部负责）\n加强市场监管\n2.监管。（商务部负责）\n")
    assert "DP302" not in codes(two)


def test_dp303_a_plan_going_on_after_its_read_end() -> None:
    # rows the layout reader did not know, after the one item it read, fall outside the plan:
    # more headings and numbered lines there must not vanish in silence
    tail = "II. Dust control\n4 | Cover the site dust. | County Housing Bureau\n" + (
        "5 | Ban open burning. | County Agriculture Bureau\n"
    )
    text = "I. T\n1. A. (Ministry of Commerce)\n" + tail
    plan = en(text)
    at = text.index("II.")
    plan.unparsed = [Unparsed(kind="trailing", text=tail, span=(at, len(text)))]
    found = list(_plan_after_end(plan, Locator(text)))
    assert [d.code for d in found] == ["DP303"] and "2 numbered lines" in found[0].message
    plan.unparsed = [Unparsed(kind="trailing", text="Cc: all bureaus\n1. Printed", span=(at, at))]
    assert list(_plan_after_end(plan, Locator(text))) == []  # (a signature's lines: none)


def test_dp213_an_item_with_no_task_text() -> None:
    # a field line read as an item, its tasks paragraphs apart from it (no headings, no title
    # over the paragraphs to bound them: they are not taken for its group's tasks): the
    # reading must not look clean
    text = "　　加强监管。\n　　规范秩序。\n牵头单位：市商务局　　配合单位：市财政局\n"
    plan = zh(text)
    empty = [i for i in plan.items() if not i.text.strip()]
    assert empty and "DP213" in codes(plan)
    assert "DP213" not in codes(zh("一、甲\n1.推进改革。（财政部负责）\n"))


def test_dp401_no_items() -> None:
    plan = divplan.parse("Just some news.\nNothing assigned here.\n")
    assert codes(plan) == ["DP401"] and plan.sections == []


@pytest.mark.parametrize(("head", "code"), [("国务院办公厅\n国办函〔2019〕9号\n\n", "DP402"),
                                            ("国务院办公厅\n2019年7月23日\n\n", "DP403")])
def test_dp402_dp403_notice(head: str, code: str) -> None:
    plan = divplan.parse(head + "一、甲\n1.任务。（财政部负责）\n")
    assert codes(plan) == [code]


def test_dp001_mixed_encodings() -> None:
    data = ("一、甲\n1.任务。（财政部负责）\n" + "说明。" * 20 + "\n").encode() + "中文\n".encode("gbk")
    d = divplan.parse_bytes(data).diagnostics[0]
    assert d.code == "DP001" and d.severity == "warning" and d.line == 4


def test_guessed_encoding_is_dp002() -> None:
    """Bytes too short to tell Big5 from GB18030: read, and the doubt reported."""
    from divplan.pipeline import parse_bytes

    plan = parse_bytes("經濟部負責\n".encode("big5"))
    found = [d for d in plan.diagnostics if d.code == "DP002"]
    assert len(found) == 1 and found[0].severity == "warning"


def test_dp003_a_text_layer_whose_glyphs_lost_their_characters() -> None:
    # a PDF made without its font: every ideograph of its text layer is one character
    from divplan.read.glyph_damage import damaged_glyphs

    damaged = "国国国国国国国国\n国国国国2020国58国\n" + "国国国国国国国国国国国国国国国国国国\n" * 4
    assert damaged_glyphs(damaged) == ("国", 1.0)
    plain = (RAW / "zh-sc-2019.txt").read_text(encoding="utf-8")
    assert damaged_glyphs(plain) is None
    assert damaged_glyphs("国国国") is None  # too few to tell
    found = [d for d in divplan.parse_bytes(damaged.encode()).diagnostics if d.code == "DP003"]
    assert len(found) == 1 and found[0].severity == "error" and "「国」" in found[0].message
    assert not [d for d in divplan.parse_bytes(plain.encode()).diagnostics if d.code == "DP003"]


def test_every_code_is_exercised_here() -> None:
    import inspect
    import sys

    source = inspect.getsource(sys.modules[__name__])
    for code in CODES:
        assert f'"{code}"' in source, code


def test_two_names_read_as_one_body_in_two_roles_are_reported() -> None:
    # a ministry's own "Department of Finance" beside the Ministry of Finance: one reading
    # collapses them, so the reader says it guessed
    plan = en("I. T\n1. A. (Department of Finance in conjunction with the Ministry of Finance)\n")
    r = plan.items()[0].responsibility
    assert r.reading == "inferred"
    assert any(d.code == "DP208" and "both read as MOF" in d.message for d in plan.diagnostics)
    same = en("I. T\n1. A. (The Ministry of Finance in conjunction with the Ministry of Finance)\n")
    assert not any("both read as" in d.message for d in same.diagnostics)


def test_dp210_department_of_beside_the_plans_own_departments() -> None:
    # a ministry's plan names its own departments; "Department of Finance" among them is as
    # likely its own as MOF, so the registry reading is kept and said to be a guess
    body = (
        "I. T\n1. A. (Department of Comprehensive Planning takes the lead)\n"
        "2. B. (Department of Finance takes the lead, the People's Bank of China participates)\n"
    )
    d = only(en(body), "DP210")
    assert d.severity == "warning" and "MOF" in d.message and "Comprehensive Planning" in d.message
    # without departments of its own the plan's "Department of Finance" is MOF, said plainly
    plain = en("I. T\n1. A. (Department of Finance takes the lead)\n")
    assert "DP210" not in codes(plain) and plain.items()[0].responsibility.leads[0].id == "MOF"


def test_dp211_units_spilled_into_a_task_text_are_said_to_be_misread() -> None:
    # a table's rows cut at the wrong lines: one row's units end another row's task text, and
    # the fields that row has are read as its clause — the item says its reading may be wrong
    body = (
        "I. T\n1. Revise the Regulations on Housing Provident Fund. National Audit Office leads;"
        " Housing and  Responsible units: Ministry of Supervision  Deadline: Every year\n"
    )
    d = only(en(body, 2014), "DP211")
    assert d.severity == "warning" and "National Audit Office leads" in d.message
    # a task naming a body led by another ends with its own words: not flagged
    plain = (
        "I. T\n1. Set up a joint meeting led by the Ministry of Finance.  Responsible units:"
        " Ministry of Commerce  Deadline: End of 2014\n"
        "2. Expand coverage. (Ministry of Finance leads, Ministry of Commerce participates)\n"
    )
    assert "DP211" not in codes(en(plain, 2014))
    assert "DP211" not in codes(zh("一、甲\n1. 建立由发展改革委牵头的部际联席会议制度。  责任单位：商务部\n"))


def test_dp212_a_unit_name_holding_a_list_separator_is_flagged() -> None:
    # a list whose second member drops its level ("Municipal Bureau of Agriculture, Finance")
    # reads as one unknown unit: the reader says it may be two
    body = "I. T\n1. A. (Municipal Water Bureau takes the lead, Municipal Bureau of Agriculture, Finance participate)\n"
    d = only(en(body, 2008), "DP212")
    assert d.severity == "warning" and "Agriculture, Finance" in d.message
    # a list inside a name's own brackets, and names read apart, are not flagged
    assert "DP212" not in codes(zh("一、甲\n1. 建立制度。（各县（市、区）人民政府负责）\n"))
    assert "DP212" not in codes(en("I. T\n1. A. (Municipal Water Bureau, Municipal Price Bureau)\n", 2008))


def test_dp214_a_deadline_line_applied_to_the_tasks_of_its_group() -> None:
    # a plan that closes its groups with a deadline line: the tasks above take it, said
    body = (
        "一、甲\n1. 推进改革。（财政部牵头，商务部参加）\n2. 完善制度。（商务部负责）\n"
        "完成时限：2019年6月底前\n3. 建立机制。（海关总署负责）\n4. 开展试点。（财政部负责）\n"
        "完成时限：2019年12月底前\n"
    )
    plan = zh(body)
    found = [d for d in plan.diagnostics if d.code == "DP214"]
    assert [d.severity for d in found] == ["warning", "warning"]
    assert "item 1" in found[0].message and "item 2" in found[0].message
    # a plan that dates each task on its own line, one task without, is left as it is
    own = "一、甲\n\n1. 推进改革。（财政部负责）\n\n2. 完善制度。（商务部负责）\n完成时限：2019年6月底前\n"
    assert "DP214" not in codes(zh(own))
