"""Layouts met in the twenty-seventh session: failures left open by the sets of the session
before (holdout281, holdout291) and the sealed sets of this one, read after their scoring.

Each test builds a small plan in one layout of the genre and checks the reading; the
phrasings themselves are records of ``fixtures/clauses.txt``.
"""

from __future__ import annotations

from pathlib import Path

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


def test_a_scrape_csv_of_row_ids_text_and_the_crawl_time_reads_its_text_column() -> None:
    # 段落,内容,抓取时间: an export's row ids, the page's lines, and the same crawl time on
    # every row — the time is the export's, never a deadline column
    rows = [
        "凌口市人民政府办公室关于印发重点任务分工方案的通知",
        "凌政办发〔2019〕52号",
        "凌口市人民政府办公室",
        "2019年8月15日",
        "凌口市推进夜间经济发展重点任务分工方案",
        "一、打造夜间消费场景",
        "1．规划建设3条夜间消费特色街区。（市商务局牵头，市住房城乡建设局配合）",
        "2．举办文化旅游节。（市文化广电旅游局负责）",
        "二、完善夜间配套服务",
        "1．优化夜间公交线路。（市交通运输局、市轨道交通集团按职责分工负责）",
    ]
    text = "段落,内容,抓取时间\n" + "".join(
        f"{n},{row},2019-09-03 10:21:44\n" for n, row in enumerate(rows, start=1)
    )
    items = divplan.parse(text).items()
    assert [item_roles(i)[:2] for i in items] == [
        ("lead", ["市商务局"]),
        ("sole", ["市文化广电旅游局"]),
        ("division", ["市交通运输局", "市轨道交通集团"]),
    ]
    assert all(i.deadline is None for i in items)


def test_a_running_head_of_two_lines_is_the_pages_not_the_plans() -> None:
    # a browser's print header: the page's title, then its address, over every page
    head = "2002-4-2 Ministry of Agriculture - Notice on the Division of Key Work Tasks\n"
    url = "www.agri.gov.cn/zwgk/tzgg/200203/t20020326_1234.htm\n"
    text = (
        head + url + "Division of Key Work Tasks for 2002\nI. Quality\n"
        "1. Build 100 demonstration bases.\nLead unit: Market and Economic Information "
        "Department\nSupporting units: Science and Education Department\n- 1 -\n"
        + head + url + "Time limit: End of October 2002\n"
        "2. Train 2,000 inspectors.\nLead unit: Science and Education Department\n"
        "Time limit: End of 2002\n- 2 -\n"
    )
    plan = divplan.parse(text)
    first = plan.items()[0]
    assert item_roles(first)[2] == ["Science and Education Department"]
    assert any("www.agri" in u.text for u in plan.unparsed if u.kind == "page")


def test_a_field_value_hung_under_its_label_goes_on() -> None:
    # a PDF's hanging indent: the field's value wraps onto a line set in under the label's
    text = (
        "Work Plan of Zhuolan\n\nI. Infrastructure\n\n"
        "Complete the upgrading of the ring road.\n"
        "Lead sponsor: Zhuolan Municipal Construction Commission\n"
        "Second-chair agencies: Zhuolan Municipal Transport Bureau and Zhuolan Municipal\n"
        "    Finance Bureau\n\n"
        "Extend the public bus network to the new zones.\n"
        "Lead sponsor: Zhuolan Municipal Transport Bureau\n"
        "Second-chair agencies: none\n"
    )
    items = divplan.parse(text).items()
    assert [item_roles(i) for i in items] == [
        (
            "lead",
            ["Zhuolan Municipal Construction Commission"],
            ["Zhuolan Municipal Transport Bureau", "Zhuolan Municipal Finance Bureau"],
            False,
        ),
        ("lead", ["Zhuolan Municipal Transport Bureau"], [], False),
    ]


def test_a_tables_part_rows_spelled_out_are_sections(tmp_path: Path) -> None:
    # "Part One: …" in the task column alone: a section's row, spelled in words
    text = (
        "Rongyuan Task Allocation for Stabilizing Employment in 2022\n"
        "Task,Responsibility\nPart One: Supporting market entities,\n"
        + "".join(f"Reduce premiums, round {n}.,Lead unit: Municipal Finance Bureau\n" for n in (1, 2))
        + "Part Two: Key groups,\n"
        + "".join(f"Create posts, round {n}.,Lead unit: Municipal Education Bureau\n" for n in (1, 2))
    )
    (tmp_path / "plan.csv").write_text(text, encoding="utf-8")
    plan = divplan.parse_file(tmp_path / "plan.csv")
    assert [s.title for s in plan.sections] == [
        "Supporting market entities",
        "Key groups",
    ]
    assert len(plan.items()) == 4


def test_an_issue_note_in_brackets_under_the_plan_is_no_deadline() -> None:
    text = (
        "Division of tasks 2014\n\nI. Credit\n\n1. Build the credit system. (The People's Bank"
        " of China takes the lead)\n\n(Issued on 19 September 2014)\n"
    )
    (item,) = divplan.parse(text).items()
    assert item.deadline is None
    assert item_roles(item)[1] == ["People's Bank of China"]


def test_a_column_named_with_its_unit_word_again_in_brackets_reads_by_its_words() -> None:
    # 助拳司局（单位）: the bracket says the unit's kind again; the words before it are the name
    from divplan.read.table_headers import column_role

    assert column_role("助拳司局（单位）") == "part"
    assert column_role("主盘司局") == "lead"


def test_a_one_column_sheet_whose_quoted_rows_come_under_the_notice(tmp_path: Path) -> None:
    # a sheet saved as CSV with no comma anywhere: a task cell over two lines is quoted whole,
    # the notice's rows above it hold no quote
    notice = "".join(f"通知第{n}行。\n" for n in range(1, 12))
    text = (
        notice + "谷宁省重点任务分工方案\n一、夯实数字基础设施\n"
        '"1．加快千兆光网向重点工业园区延伸覆盖，2026年新建5G\n基站8000个以上。"\n'
        "2．推进工业互联网标识解析二级节点建设。\n"
        "以上第1—2项责任分工：省发展改革委牵头，省通信管理局配合，2026年6月底前\n"
        "二、培育数字化服务生态\n"
        '"1．遴选发布数字化转型服务商目录，\n实行动态管理。"\n'
        "以上第1项责任分工：省工业和信息化厅负责，2026年9月底前\n"
    )
    (tmp_path / "plan.csv").write_text(text, encoding="utf-8")
    items = divplan.parse_file(tmp_path / "plan.csv").items()
    assert [i.text[:6] for i in items] == ["加快千兆光网", "推进工业互联", "遴选发布数字"]
