"""Layouts met in the thirty-eighth session: the failures of this session's sealed round
(holdout432–435), read after their scoring.

Each test builds a small plan in one layout of the genre — never a copy of a set's plan — and
checks the reading, so that the rule holds for plans none of the sets holds.
"""

from __future__ import annotations

import pytest

import divplan
from layout_rows import NOTICE_EN as _NOTICE_EN
from layout_rows import NOTICE_ZH as _NOTICE_ZH
from layout_rows import plan_rows as _rows
from layout_rows import row_roles as _roles

from gold_compare import reading


def test_a_plan_in_upper_and_lower_parts_reads_its_parts_as_sections() -> None:
    # 上篇　… / 下篇　… over 一、 headings that restart: the parts are the sections
    text = _NOTICE_ZH + (
        "上篇　年度任务\n\n一、产业\n\n▷　推进某项工作。此项由财政部负责。\n\n"
        "二、市场\n\n▷　开展某项活动。此项由商务部负责。\n\n"
        "下篇　长期工作\n\n一、机制\n\n▷　健全某项机制。此项由海关总署负责。\n"
    )
    r = reading(divplan.parse(text))
    assert [s["marker"] for s in r["sections"]] == ["上篇", "下篇"]
    assert [(i["section"], i["leads"]) for i in r["items"]] == [
        (1, ["MOF"]), (1, ["MOFCOM"]), (2, ["GAC"])
    ]


@pytest.mark.parametrize("bullet", ["▷", "➢", "○", "▶"])
def test_a_bullet_of_any_arrow_or_shape_opens_a_task_and_keeps_its_points(bullet: str) -> None:
    # ▷ / ➢ / ○ bullets are items; (1)(2) lines after one ending in a colon are its points
    text = _NOTICE_ZH + (
        f"一、重点任务\n\n{bullet}　推进某项工作，重点抓好以下工作：\n（1）建设一批园区；\n"
        f"（2）培育一批企业。\n本项工作主抓司局为规划司，财务司协同推进。\n\n"
        f"{bullet}　开展某项活动。此项由商务部负责。\n"
    )
    rows = _rows(text)
    assert [_roles(r)[:3] for r in rows] == [
        ("lead", ["?规划司"], ["?财务司"]), ("sole", ["MOFCOM"], [])
    ]


@pytest.mark.parametrize(
    ("clause", "lead", "part"),
    [
        ("本项工作主抓司局为规划司，财务司协同推进。", "?规划司", "?财务司"),
        ("牵头处室为规划处，协作处室为财务处。", "?规划处", "?财务处"),
        ("该项工作以招商局为龙头单位，财政局为协同方。", "?招商局", "?财政局"),
    ],
)
def test_a_role_and_any_unit_word_before_wei_labels_the_lead(
    clause: str, lead: str, part: str
) -> None:
    # 主抓司局为A / 协作处室为B / 以A为龙头单位: a label written with 为, any unit word; 以 … 为
    # opens the list as 由 does
    (row,) = _rows(_NOTICE_ZH + f"一、重点任务\n1. 开展某项调查。{clause}\n")
    assert _roles(row)[:3] == ("lead", [lead], [part])


def test_a_sentence_closing_with_its_scope_heads_the_tasks_below_it() -> None:
    # "A and B are jointly responsible for the items in this part." under a heading
    text = _NOTICE_EN + (
        "I. Water Sources\nThe County Health Bureau and the County Water Bureau are jointly "
        "responsible for the items in this part.\n1. Demarcate protection zones.\n"
        "Target date: by the end of September 2012\n2. Test the water quality.\n"
        "II. Tariffs\n3. Set water tariffs (County Price Bureau).\n"
    )
    rows = _rows(text)
    assert [_roles(r)[:2] for r in rows[:2]] == [
        ("joint", ["?County Health Bureau", "?County Water Bureau"])
    ] * 2
    assert rows[0]["deadline"] == "by the end of September 2012"


def test_a_group_sentence_on_the_items_listed_before_it_bears_them() -> None:
    # 前列各項，責任歸屬：… after 第一項 … 第二項 … (the items listed before: 前列)
    text = _NOTICE_ZH + (
        "一、学习宣传\n第一項　组织开展某项学习活动。\n第二項　举办某项专题讲座。\n"
        "前列各項，责任单位：司法部牵头，教育部参加。\n"
    )
    rows = _rows(text)
    assert [(r["number"], _roles(r)[:3]) for r in rows] == [
        (1, ("lead", ["MOJ"], ["MOE"])), (2, ("lead", ["MOJ"], ["MOE"]))
    ]


def test_action_headings_are_sections_over_a_table() -> None:
    # 行動一：… / 行動二：… over pipe tables of 領跑單位 / 跟跑單位 columns
    text = _NOTICE_ZH + "".join(
        f"### 行動{n}：某项行动\n\n| 重点任务 | 牵头单位 | 配合单位 |\n| --- | --- | --- |\n"
        f"| 推进某项工作。 | {a} | {b} |\n| 开展某项活动。 | {b} | {a} |\n\n"
        for n, a, b in (("一", "财政部", "商务部"), ("二", "海关总署", "司法部"))
    )
    r = reading(divplan.parse_bytes(text.encode(), path="plan.md"))
    assert [s["marker"] for s in r["sections"]] == ["行動一：", "行動二："]
    assert [(i["section"], i["leads"]) for i in r["items"]] == [
        (1, ["MOF"]), (1, ["MOFCOM"]), (2, ["GAC"]), (2, ["MOJ"])
    ]


def test_its_one_headings_and_a_numbered_run_through_group_headings() -> None:
    # "Its one, …" (其一, word for word) sections; (1) headings with the clause over items
    # numbered 1, 2 / 3, 4 on through them; an item's own inline (1)(2)(3) points
    text = _NOTICE_EN + (
        "Its one, speed up the water works\n"
        "(1) Expand the supply (Ministry of Finance hang commander, Ministry of Commerce "
        "cooperate)\n1. Start the plant expansion.\n"
        "2. Reconstruct the network, the key points are: (1) the north; (2) the east; "
        "(3) the station area.\n"
        "(2) Perfect the drainage (Ministry of Commerce hang commander, Ministry of Finance "
        "cooperate)\n3. Construct the main pipe.\n4. Push forward the second plant.\n"
        "Its two, rectify the traffic order\n5. Carry out the rectification (Ministry of "
        "Transport is responsible).\n6. Build the signal lamps (Ministry of Transport is "
        "responsible).\n7. Standardize the parking (Ministry of Finance is responsible).\n"
    )
    rows = _rows(text)
    assert [(r["section"], r["subsection"], r["number"]) for r in rows] == [
        (1, 1, 1), (1, 1, 2), (1, 2, 3), (1, 2, 4), (2, None, 5), (2, None, 6), (2, None, 7)
    ]
    assert [r["leads"][0] for r in rows] == ["MOF", "MOF", "MOFCOM", "MOFCOM", "MOT", "MOT",
                                             "MOF"]  # fmt: skip


@pytest.mark.parametrize("word", ["辦結時程", "完成時程"])
def test_a_schedule_word_names_a_deadline_label_and_column(word: str) -> None:
    # 時程 (a Taiwanese office's schedule): a field label's and a table column's time word
    fields = _rows(_NOTICE_ZH + f"一、重点任务\n1. 推进某项工作。  {word}：2015年10月底前  "
                   "责任单位：财政部、商务部\n")  # fmt: skip
    table = _rows(_NOTICE_ZH + f"一、重点任务\n\n| 重点任务 | {word} |\n| --- | --- |\n"
                  "| 推进某项工作。（财政部牵头，商务部参加） | 2023年12月底前 |\n"
                  "| 开展某项活动。（商务部负责） | 长期坚持 |\n", "plan.md")  # fmt: skip
    assert [r["deadline"] for r in (*fields, *table)] == [
        "2015年10月底前", "2023年12月底前", "长期坚持"
    ]


def test_none_as_a_fields_value_names_no_one_over_a_deadline_line() -> None:
    # 協辦站所：無 / 長期堅持: 無 names no one though a bare deadline line follows; 站所 units
    text = _NOTICE_ZH + (
        "一、重点任务\n1. 开展某项排查。\n主辦站所：鎮環保辦\n協辦站所：無\n長期堅持\n"
        "2. 开展某项活动。\n主辦站所：鎮婦聯\n協辦站所：鎮黨政辦\n2020年12月底前完成\n"
    )
    rows = _rows(text)
    assert [_roles(r) for r in rows] == [
        ("lead", ["?鎮環保辦"], [], False, "長期堅持"),
        ("lead", ["?鎮婦聯"], ["?鎮黨政辦"], False, "2020年12月底前完成"),
    ]


@pytest.mark.parametrize(
    "deadline",
    ["Grain in Ear ago completes", "the end of October 2006 ago completes",
     "this plan prints and distributes 2 months inside completes", "perennial insisting"],
)  # fmt: skip
def test_word_for_word_deadlines_close_a_field_line(deadline: str) -> None:
    # "…; Grain in Ear ago completes" (芒种前完成): 前 as "ago", 内 as "inside", 常年坚持
    text = _NOTICE_EN + (
        "One, Agriculture\n1. Stabilize the grain sown area.\nLead unit: County Agriculture "
        f"Bureau; Cooperation unit: County Finance Bureau; {deadline}\n"
    )
    (row,) = _rows(text)
    assert _roles(row) == (
        "lead", ["?County Agriculture Bureau"], ["?County Finance Bureau"], False, deadline
    )


def test_a_deadline_naming_a_body_before_ago_is_no_deadline_of_ago() -> None:
    # "A the end of March ago allocates …": a body's name before 前 — not read as a deadline
    text = _NOTICE_EN + (
        "One, Health\n1. Expand the pilot.\nLead unit: County Health Bureau; Cooperation "
        "unit: County Civil Affairs Bureau; County Finance Bureau the end of March ago "
        "allocates the fund\n"
    )
    (row,) = _rows(text)
    assert row["deadline"] is None or row["deadline"].startswith("County Finance Bureau")


def test_a_bracket_a_paragraph_left_open_goes_on_onto_the_next_line() -> None:
    # an unnumbered task whose bracket of fields the page cut twice, the last line opening in
    # lower case ("Ministry / of Public Security)"): one task, its clause and deadline in it
    # (found by tests/test_properties.py's span invariant)
    text = (
        "I. Improve the commercial network\nImprove the credit guarantee system, starting "
        "with batch 1. (Lead unit: Ministry of Commerce; Responsible\nunits: Ministry of "
        "Finance, Ministry\nof Public Security) (to be completed by the end of 2020)\n"
    )
    plan = divplan.parse(text)
    (item,) = plan.items()
    r = item.responsibility
    assert r.span is not None and item.span[0] <= r.span[0] <= r.span[1] <= item.span[1]
    assert (r.mode, [d.id for d in r.leads], sorted(d.id or "" for d in r.participants)) == (
        "lead", ["MOFCOM"], ["MOF", "MPS"]
    )


@pytest.mark.parametrize(
    "clause",
    [
        "Ministry of Finance to superintend, with the Ministry of Commerce and the General "
        "Administration of Customs in a subsidiary role",
        "Ministry of Finance hang commander, Ministry of Commerce, General Administration of "
        "Customs cooperate",
    ],
)
def test_english_lead_words_of_official_and_word_for_word_translations(clause: str) -> None:
    # "A to superintend, with B in a subsidiary role" (an official translation of A牵头，B参加)
    # and "A hang commander" (A挂帅, word for word)
    (row,) = _rows(_NOTICE_EN + f"I. Services\n1. Build the online hall. ({clause})\n")
    assert _roles(row)[:3] == ("lead", ["MOF"], ["GAC", "MOFCOM"])
    (item,) = divplan.parse(_NOTICE_EN + f"I. S\n1. Build it. ({clause})\n").items()
    assert item.responsibility.reading == "exact"


@pytest.mark.parametrize(
    ("name", "doubted"),
    [
        ("Provincial Administration for Market Regulation Provincial Data Administration", True),
        ("Zeling Provincial Data Administration", False),
        ("Provincial Branch of the Provincial Bank", False),
    ],
)
def test_the_level_word_twice_marks_two_names_run_together(name: str, doubted: bool) -> None:
    # two cells' names joined in a column of aligned text: the name opens with its level word
    # and says it again before a capital (not after "of the": one body's name)
    from divplan.parsing.name_edges import run_together

    assert run_together(name) is doubted


def test_a_zones_plan_whose_bureaus_carry_no_level_word_is_detected() -> None:
    # 招商局, 规划建设局: a development zone's bureaus, named as bodies are though no level
    # word opens them and the registry knows none; a phrasing the scan's cues lack (以A为龙头单位)
    tasks = "".join(
        f"{n}．开展第{n}项工作。该项工作以{a}为龙头单位，{b}为协同方。\n"
        for n, a, b in ((1, "招商局", "经济发展局"), (2, "规划建设局", "财政局"),
                        (3, "国土分局", "规划建设局"), (4, "科技局", "招商局"))
    )  # fmt: skip
    text = "某开发区管委会关于印发2002年重点工作分工的通知\n\n一、招商引资\n" + tasks
    from divplan.corpus.detect import _second_opinion

    reasons: list[str] = []
    assert _second_opinion(text, None, 0.3, reasons) == 1.5  # (+0.5: the bodies are bodies)
    assert "8 of 8 departments resolve" in reasons[-1]


def test_a_taiwan_reposts_word_for_data_resolves_the_body() -> None:
    # 國家資料局: a Taiwan repost writes 資料 for 数据 (regional_words.tsv), the body is NDA
    text = "國務院辦公廳關於印發某項工作分工的通知\n\n某項工作分工\n一、資料\n" + (
        "1. 推進公共資料開放。（國家資料局牽頭，財政部參加）\n"
    )
    plan = divplan.parse(text.replace("某項工作分工\n", "某項工作分工\n2026年3月1日\n"))
    (item,) = plan.items()
    assert [d.id for d in item.responsibility.leads] == ["NDA"]


def test_a_forward_line_before_bullets_written_without_a_space() -> None:
    # 下述各项由A牵头，B、C等局委配合： over □开展… / √加强… bullets with no space after them
    text = _NOTICE_ZH + (
        "一、重点整治\n（一）道路交通\n下述各项由公安部牵头，交通运输部、应急管理部等局委配合：\n"
        "□开展道路交通安全专项整治。\n□集中整治违法载人问题。\n（二）校园安全\n"
        "下述各项由教育部负责：\n√开展学校周边隐患排查。\n√加强校车安全监管。\n"
    )
    rows = _rows(text)
    assert [(r["subsection"], _roles(r)[:4]) for r in rows] == [
        (1, ("lead", ["MPS"], ["MEM", "MOT"], True)),
        (1, ("lead", ["MPS"], ["MEM", "MOT"], True)),
        (2, ("sole", ["MOE"], [], False)),
        (2, ("sole", ["MOE"], [], False)),
    ]


def test_task_no_markers_number_the_items() -> None:
    # "Task No. 1. …" (an official translation's item marker)
    text = _NOTICE_EN + (
        "I. Standards\nTask No. 1. Establish a standards system. (Ministry of Finance)\n"
        "Task No. 2. Build the testing system. (Ministry of Commerce)\n"
    )
    rows = _rows(text)
    assert [(r["number"], r["numbered"], r["leads"]) for r in rows] == [
        (1, True, ["MOF"]), (2, True, ["MOFCOM"])
    ]


def test_the_first_aspect_headings_are_sections() -> None:
    # "The first aspect, …" (第一方面, word for word) over items restarting at 1
    text = _NOTICE_EN + "".join(
        f"The {nth} aspect, strengthen the work\n1. Do one thing. The {body} is responsible.\n"
        f"   Completion limit: before the end of 2014\n"
        for nth, body in (("first", "Ministry of Finance"), ("second", "Ministry of Commerce"))
    )
    rows = _rows(text)
    assert [(r["section"], r["number"], r["leads"]) for r in rows] == [
        (1, 1, ["MOF"]), (2, 1, ["MOFCOM"])
    ]
