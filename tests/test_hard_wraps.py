"""Every corpus plan hard-wrapped at a fixed line width (as text copied out of a PDF or an
e-mail is) reads as its gold: headings, items and roles survive the cuts."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

import divplan

from conftest import GOLD, RAW
from gold_compare import gold_items, reading

FIELDS = ("number", "section", "subsection", "mode", "leads", "participants", "others")
GOLDS = sorted(GOLD.glob("*.gold.json"))


def _wrapped(text: str, width: int) -> str:
    return "\n".join(
        "\n".join(textwrap.wrap(line, width)) if line.strip() else "" for line in text.splitlines()
    )


@pytest.mark.parametrize("gold_path", GOLDS, ids=[g.name.split(".")[0] for g in GOLDS])
def test_hard_wrapped_plan_reads_as_gold(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (RAW / gold["document"]).read_text(encoding="utf-8-sig")
    widths = (30, 42) if gold["language"] != "en" else (60, 72, 80)
    want = [{f: it[f] for f in FIELDS} for it in gold_items(gold)]
    for width in widths:
        got = reading(divplan.parse(_wrapped(text, width)))["items"]
        assert [{f: it[f] for f in FIELDS} for it in got] == want, width


_WORK_REPORT = (
    "国务院关于落实《政府工作报告》重点工作部门分工的意见\n\n国发〔2016〕20号\n\n"
    "一、保持经济运行在合理区间\n\n（一）积极的财政政策要加大力度。\n\n"
    "　　今年拟安排财政赤字2.18万亿元，比去年增加5600亿元，赤字率提高到3%。（财政部负责）"
    "全面实施营改增，从5月1日起将试点范围扩大到建筑业、房地产业、金融业、生活服务业。"
    "（财政部、税务总局负责）统筹运用公开市场操作、利率、准备金率、再贷款等各类货币政策工具，"
    "保持流动性合理充裕。（人民银行牵头，银监会、证监会、保监会参加）\n"
)


@pytest.mark.parametrize("width", [27, 33, 36, 41])
def test_a_work_reports_clauses_split_its_paragraph_at_any_wrap(width: int) -> None:
    # sentences that each close with their own clause in one paragraph: wherever the page cut
    # the lines (inside a clause, right before its bracket), each sentence is an item
    want = reading(divplan.parse(_WORK_REPORT))["items"]
    assert [it["leads"] for it in want] == [["MOF"], ["MOF", "SAT"], ["PBC"]]
    got = reading(divplan.parse(_wrapped(_WORK_REPORT, width)))["items"]
    assert [{f: it[f] for f in FIELDS} for it in got] == [{f: it[f] for f in FIELDS} for it in want]


def test_a_date_in_the_next_sentence_is_not_the_clauses_deadline() -> None:
    # …（财政部负责）全面实施营改增，从5月1日起…: a task that names a date, not a deadline phrase
    # opening the text after the clause (…（A负责）2024年底前完成。)
    plan = divplan.parse(_wrapped(_WORK_REPORT, 36))
    assert len(plan.items()) == 3
    late = divplan.parse(
        _WORK_REPORT.replace("全面实施营改增，", "2016年底前完成。全面实施营改增，")
    )
    assert "（财政部负责）2016年底前完成" in late.items()[0].text  # not cut off its clause


def test_fields_opening_a_subsection_item_go_on_over_a_wrap() -> None:
    # "(a) Lead unit: …; Cooperating units: Municipal | Development and Reform Commission …"
    items = "".join(
        f"({chr(97 + k)}) Lead unit: Municipal Tourism Bureau; Cooperating units: Municipal "
        f"Development and Reform Commission, Municipal Finance Bureau. Task: Establish the "
        f"tourism development committee number {k + 1} and improve its coordination.\n"
        for k in range(6)
    )
    text = "Division of Labor Plan\n\nA. Deepen the reform\n" + items
    for width in (60, 72):
        got = reading(divplan.parse(_wrapped(text, width)))["items"]
        assert len(got) == 6
        assert all(
            it["participants"]
            == ["?Municipal Development and Reform Commission", "?Municipal Finance Bureau"]
            for it in got
        ), width


def test_a_name_cut_at_a_field_lines_end_goes_on_before_the_next_label() -> None:
    # 配合单位：民政部、各省级医疗 | 保障局　完成时限：持续推进 (a Word file printed to PDF)
    text = (
        "国家医疗保障局\n2026年2月11日\n\n分工\n\n一、完善医疗保障制度\n"
        "1．完善大病保险和医疗救助制度，健全防范化解因病返贫致贫长效机制。\n"
        "牵头单位：待遇保障司　配合单位：民政部、金融监管总局、各省级医疗\n"
        "保障局　完成时限：持续推进\n"
        "2．推进长期护理保险制度建设。\n"
        "牵头单位：待遇保障司　配合单位：民政部、国家卫生健康委、人力资源\n"
        "社会保障部　完成时限：2026年12月底前\n"
    )
    got = reading(divplan.parse(text))["items"]
    assert got[0]["participants"] == ["?各省级医疗保障局", "MCA", "NFRA"]
    assert got[1]["participants"] == ["MCA", "MOHRSS", "NHC"]
    assert [it["deadline"] for it in got] == ["持续推进", "2026年12月底前"]


def test_page_numbers_set_alone_far_from_the_margin_are_page_lines() -> None:
    # a PDF's layout text: "1", "2" centred at the pages' feet, inside the list of tasks
    text = (
        "Division of Tasks\n\nI. Develop modern agriculture\n"
        "1. Build farmland.  Responsible units: County Agriculture Bureau\n" + " " * 45 + "1\n"
        "2. Support cooperatives.  Responsible units: County Finance Bureau\n"
        "3. Extend crop varieties.  Responsible units: County Agriculture Bureau\n"
        + " "
        * 45
        + "2\n"
        "4. Build a testing centre.  Responsible units: County Quality Bureau\n"
    )
    plan = divplan.parse(text)
    assert [(s.number, [i.number for i in s.items], len(s.subsections)) for s in plan.sections] == [
        (1, [1, 2, 3, 4], 0)
    ]


_AMONG_TASKS = (  # found by tests/test_properties.py: "6. 支持…服务中" reads like a heading
    "I. 完善农村商业流通网络\n"
    "(1)健全县乡村三级商业设施。\n"
    "1.支持县城改造提升一批综合商贸服务中心和物流配送中心，开展第一批试点。（财政部负责）（2020年底前完成）\n"
    "\n"
    "— 2 —\n"
    "\n"
    "(2)健全县乡村三级商业设施。\n"
    "2.支持县城改造提升一批综合商贸服务中心和物流配送中心，开展第二批试点。（财政部负责）（2020年底前完成）\n"
    "\n"
    "— 3 —\n"
    "\n"
    "(3)健全县乡村三级商业设施。\n"
    "3.支持县城改造提升一批综合商贸服务中心和物流配送中心，开展第三批试点。（财政部负责）（2020年底前完成）\n"
    "\n"
    "— 4 —\n"
    "\n"
    "II. 完善农村商业流通网络\n"
    "(1)健全县乡村三级商业设施。\n"
    "4.支持县城改造提升一批综合商贸服务中心和物流配送中心，开展第四批试点。（财政部负责）（2020年底前完成）\n"
    "\n"
    "— 5 —\n"
    "\n"
    "(2)健全县乡村三级商业设施。\n"
    "5.支持县城改造提升一批综合商贸服务中心和物流配送中心，开展第五批试点。（财政部负责）（2020年底前完成）\n"
    "\n"
    "— 6 —\n"
    "\n"
    "(3)健全县乡村三级商业设施。\n"
    "6. 支持县城改造提升一批综合商贸服务中\n"
    "心和物流配送中心，开展第六批试点。（财政部负责）（2020年底前完成）\n"
    "\n"
    "Cut-resistant steel gloves, wholesale price, free shipping worldwide! Contact us today.\n"
    "\n"
    "相关文章：\n"
    "1. State Council issues opinions on promoting rural consumption\n"
    "2. State Council issues opinions on promoting rural consumption\n"
)


def test_an_item_cut_like_a_heading_among_tasks_is_still_a_task() -> None:
    # short and without punctuation, "6. 支持…服务中" looks like a heading over a paragraph that
    # closes with a clause; but it numbers on from items that are tasks, so it is one too
    items = divplan.parse(_AMONG_TASKS).items()
    assert [i.number for i in items] == [1, 2, 3, 4, 5, 6]
    assert [d.id for d in items[5].responsibility.leads] == ["MOF"]
    assert items[5].text.startswith("支持县城改造提升一批综合商贸服务中心和物流配送中心")


def test_a_page_width_is_found_under_a_few_wider_lines() -> None:
    # a ministry's PDF at 26–27 characters a line, its title and notice lines set wider: the
    # field line cut inside its list goes on on the next line, which is no heading
    body = "".join(
        f"{n}．落实第{n}项重点工作任务，将年度调控任务分解下\n达到各省份并按月调度进展。\n"
        f"统筹协调单位：畜牧兽医局；配合单位：发展规划司、各\n省级农业农村部门（2026年{n}月底前）\n"
        for n in range(1, 10)
    )
    text = (
        "农业农村部办公厅关于印发二〇二六年生猪稳产保供重点工作任务分工的通知\n"
        "各省、自治区、直辖市及计划单列市农业农村（农牧）厅（局、委）：\n"
        "为做好二〇二六年生猪稳产保供工作，现将重点工作任务分工印发给你们。\n"
        "2026年2月12日\n\n一、稳定生猪基础产能\n" + body
    )
    items = reading(divplan.parse(text))["items"]
    assert len(items) == 9
    assert all(it["participants"] == ["?发展规划司", "?各省级农业农村部门"] for it in items)
    assert all(it["leads"] == ["?畜牧兽医局"] for it in items)


def test_latin_text_wrapped_narrow_counts_lines_a_long_word_short_as_cut() -> None:
    from divplan.parsing.hard_wraps import wrap_width
    from divplan.parsing.lines import split_lines

    words = "Complete a citywide survey of intangible cultural heritage and build archives. "
    text = textwrap.fill(words * 12, 28)
    width = wrap_width(text, split_lines(text))
    assert width is not None and width <= 28 - 12  # "a digital archive of" (20) was cut
