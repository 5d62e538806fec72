"""A labelled line's parts end where its next field begins, a name's odd last words are said,
and a table copied one cell per line into a web page or Word file is read as a table.

- ``Responsible units: A leads, B strengthen cooperation  Deadline: …``: a role word the lexicon
  knows at the end of a part ("…|$)" in ``cues.tsv``) also ends it before the next label.
- An English name that ends in lower-case words that are neither its head noun nor a level word
  ("B Bureau strengthen somethingelse") is still read, and the reading says it guessed.
- A web page whose 分工表 was flattened to one paragraph per cell (序号 / 重点任务 / 责任单位 …)
  is cut back into rows, numbers restarting in each section and the page's own lines under it
  (标签：…) left out of the last row.
"""

from __future__ import annotations

import pytest

import divplan
from divplan.parsing.cues import label_role
from divplan.parsing.name_edges import odd_tail
from divplan.parsing.name_tails import verb_tail

_EN = "General Office of the State Council\nJune 14, 2006\n\nDivision Plan\n\nI. Test\n"


def _one(line: str) -> divplan.Item:
    items = divplan.parse(_EN + line + "\n").items()
    assert len(items) == 1
    return items[0]


def test_a_role_word_ends_its_part_before_the_next_field() -> None:
    item = _one(
        "1. Do the task.  Responsible units: Municipal Land and Resources Bureau is the first"
        " responsible unit, Municipal Planning Bureau strengthen cooperation  Deadline: End of 2006"
    )
    r = item.responsibility
    assert r.mode == "lead" and r.reading == "exact"
    assert [d.mention for d in r.participants] == ["Municipal Planning Bureau"]
    assert item.deadline is not None and item.deadline.text == "End of 2006"


@pytest.mark.parametrize(
    ("name", "odd"),
    [
        ("Municipal Planning Bureau strengthen somethingelse", True),
        ("County Tea Office takes the specific", True),
        ("Municipal Planning Bureau", False),
        ("people's governments of all towns", False),
        ("relevant departments directly under the county", False),
        ("Ministry of Finance", False),
        ("市财政局", False),
    ],
)
def test_a_names_last_word_that_no_name_ends_with_is_odd(name: str, odd: bool) -> None:
    assert odd_tail(name) is odd


def test_words_nobody_knew_after_a_name_are_cut_from_it_and_said_to_be_a_guess() -> None:
    plan = divplan.parse(
        _EN + "1. Do the task. (A Bureau leads, B Bureau strengthen somethingelse)\n"
    )
    r = plan.items()[0].responsibility
    assert r.reading == "inferred"
    assert [d.mention for d in r.participants] == ["B Bureau"]
    said = [d.message for d in plan.diagnostics if d.code == "DP208"]
    assert len(said) == 1 and "「strengthen somethingelse」 not understood" in said[0]


@pytest.mark.parametrize(
    ("name", "cut"),
    [
        ("Development and Reform Commission joint advance", "Development and Reform Commission"),
        ("City Health Bureau leading grasp total", "City Health Bureau"),
        ("Office of the leading group for poverty alleviation", None),  # a name's own words
        ("people's governments of all counties concerned", None),
        ("Municipal Planning Bureau", None),
        ("市财政局齐心", None),  # (English only)
    ],
)
def test_unknown_words_after_a_head_noun_are_cut_as_a_phrasing(name: str, cut: str | None) -> None:
    at = verb_tail(name)
    assert (name[:at] if at is not None else None) == cut


_PAGE = """<html><body><div class="nav">首页 政务公开</div>
<p>澂南省2014年重点任务分工</p>
<p>序號</p><p>重點任務</p><p>責任單位</p><p>完成時限</p>
<p>一、提升服務能力</p>
<p>1</p><p>推進標準化建設。</p><p>省衛生計生委為主，省財政廳配合</p><p>2014年12月底前</p>
<p>2</p><p>建設綜合服務區。</p><p>省中醫藥管理局負責</p><p>持續推進</p>
<p>二、加強人才培養</p>
<p>1</p><p>實施人才培養工程。</p><p>省教育廳牽頭，省財政廳參加</p><p>2014年10月底前</p>
<p>2</p><p>開展傳承工作。</p><p>省中醫藥管理局負責</p><p>持續推進</p>
<p>標籤：中醫藥</p>
</body></html>"""


def test_a_table_flattened_to_one_paragraph_per_cell_is_read_as_rows() -> None:
    pytest.importorskip("lxml")
    plan = divplan.parse_bytes(_PAGE.encode("utf-8"), path="plan.html")
    assert [[i.number for i in s.items] for s in plan.sections] == [[1, 2], [1, 2]]
    items = plan.items()
    last = items[-1]
    assert last.deadline is not None and last.deadline.text == "持續推進"
    assert [d.mention for d in last.responsibility.leads] == ["省中醫藥管理局"]
    assert items[2].responsibility.mode == "lead"


def test_words_nobody_knew_after_a_known_chinese_name_are_read_apart() -> None:
    plan = divplan.parse("一、任务\n1．推进某项工作。（交通运输部、公安部齐步推动，2020年底前）\n")
    r = plan.items()[0].responsibility
    assert [d.id for d in r.leads] == ["MOT", "MPS"] and r.reading == "inferred"
    said = [d.message for d in plan.diagnostics if d.code == "DP208"]
    assert len(said) == 1 and "「齐步推动」 not understood" in said[0]


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("主战单位：", "label_lead"),
        ("协战单位：", "label_part"),
        ("Main battle unit:", "label_lead"),
        ("Help run units:", "label_part"),
        ("主攻主体：", "label_lead"),  # 主体, a unit word too
        ("佐理单位：", "label_part"),  # 佐 (assist), 襄, 陪, 伴, 随, 援: helpers' pieces
        ("压阵单位：", "label_lead"),  # 龙头 (the dragon's head), 掌, 压阵, 坐镇: leaders'
        ("陪跑单位：", "label_part"),
        ("各有关单位：", None),  # 各: a division piece, no label role (an addressee line)
        ("主协单位：", None),  # pieces of two roles
        ("the following units:", None),  # no piece
    ],
)
def test_a_label_the_lexicon_does_not_know_is_read_by_its_words(
    label: str, kind: str | None
) -> None:
    found = label_role(label)
    assert (found[0] if found else None) == kind
    if found:
        assert label.rstrip(":：") in found[1]  # the guess names the label


def test_fields_under_labels_nobody_wrote_before_are_read_and_said_to_be_guessed() -> None:
    plan = divplan.parse(
        _EN
        + "Repair the bridges.\nMain battle unit: County Transportation Bureau\n"
        "Assist battle units: County Finance Bureau, County Water Bureau\n"
        "Completion time limit: before the end of 2006\n"
        "Pave the roads.\nMain battle unit: County Highway Station\n"
        "Completion time limit: long-term\n"
    )
    items = plan.items()
    assert len(items) == 2
    r = items[0].responsibility
    assert r.mode == "lead" and r.reading == "inferred"
    assert [d.mention for d in r.leads] == ["County Transportation Bureau"]
    assert [d.mention for d in r.participants] == ["County Finance Bureau", "County Water Bureau"]
    assert items[0].deadline is not None and items[0].deadline.text == "before the end of 2006"
    said = [d.message for d in plan.diagnostics if d.code == "DP208"]
    assert any("「Main battle unit:」" in m and "read as lead" in m for m in said), said
    assert any("「Assist battle units:」" in m for m in said), said


@pytest.mark.parametrize("gap", ["  ", "\n", "\u3000"])
def test_a_label_of_unknown_words_after_a_space_ends_the_field_before_it(gap: str) -> None:
    # 主攻单位：A  协攻单位：B (a table's row written as fields): the second label, known by its
    # words only, opens a field of its own, not a word of A's name
    plan = divplan.parse(f"一、任务\n1．编制规划。主攻单位：财政部{gap}协攻单位：国家发展改革委、环境保护部\n")
    r = plan.items()[0].responsibility
    assert [d.id for d in r.leads] == ["MOF"]
    assert [d.id for d in r.participants] == ["NDRC", "MEP"]


def test_a_quoted_list_inside_a_name_gives_no_role_guess() -> None:
    # 全国推行“双随机、一公开”监管工作部际联席会议: the 、 inside quotes is no list separator, so
    # the words before it (…双随机, 随 a helper's piece) are no name's tail read as a role
    from divplan.names.registry import Registry
    from divplan.parsing.clauses import parse_clause

    text = "全国推行“双随机、一公开”监管工作部际联席会议按职责分工负责"
    reading = parse_clause(text, 0, len(text), Registry.default())
    assert reading.mode == "division" and not reading.participants
    assert [r.mention for r in reading.leads] == ["全国推行“双随机、一公开”监管工作部际联席会议"]


def test_a_task_s_words_after_its_opening_clause_give_no_role_guess() -> None:
    # A牵头，B、C参加，建立湿地保护部门协调机制，…: the task opens with words ending like a body's
    # name (…部门) before a helper's piece (协调): no body, so no participant is guessed there
    text = (
        "一、加强湿地保护\n"
        "1．湿地保护管理中心牵头，环境保护部、农业部参加，建立湿地保护部门协调机制，"
        "定期研究解决湿地保护重大问题。（长期坚持）\n"
        "2．市商务局主导推进，市经信委、市财政局配合，开展消费季活动。（2020年底前）\n"
    )
    first, second = divplan.parse(text).items()
    assert [d.mention for d in first.responsibility.participants] == ["环境保护部", "农业部"]
    assert [d.mention for d in second.responsibility.leads] == ["市商务局"]
    assert [d.mention for d in second.responsibility.participants] == ["市经信委", "市财政局"]
