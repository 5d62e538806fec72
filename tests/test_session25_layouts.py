"""Layouts met in the twenty-fifth session: the sealed sets holdout268–271.

Each test builds a small plan in one layout of the genre and checks the reading; the
phrasings themselves are records of ``fixtures/clauses.txt``.
"""

from __future__ import annotations

import divplan
from divplan.parsing.furniture import is_furniture
from divplan.read.pdf import _looks_tabular
from divplan.read.table_headers import roles_in_line
from item_roles import item_roles


def test_a_related_links_heading_in_brackets_and_a_filing_footer_end_the_plan() -> None:
    # a saved page: the plan's items close with sentence clauses; under them 【相关链接】 with
    # two numbered news titles, then 主办：X　版权所有　备案号：…ICP备… — the page, not the plan
    body = "\n".join(
        f"　　{n}．{task}{who}"
        for n, task, who in (
            (1, "组织编制全省循环经济发展规划。", "由省发展改革委牵头，省经委参加。"),
            (2, "开展循环经济试点。", "省经委、省发展改革委负责。"),
            (3, "推进农业废弃物资源化利用。", "由省农业厅牵头，省林业厅配合。"),
        )
    )
    text = (
        "苍圳省人民政府办公厅关于印发任务分工方案的通知\r\n苍政办发〔2006〕41号\r\n\r\n"
        "任务分工方案\r\n\r\n一、加快推进重点行业循环经济发展\r\n" + body.replace("\n", "\r\n")
        + "\r\n\r\n【相关链接】\r\n1．省发展改革委召开循环经济工作座谈会\r\n"
        "2．我省公布首批循环经济试点企业名单\r\n\r\n"
        "主办：苍圳省人民政府办公厅　　版权所有　　备案号：苍ICP备05001234号\r\n"
    )
    plan = divplan.parse(text)
    assert [item_roles(i) for i in plan.items()] == [
        ("lead", ["省发展改革委"], ["省经委"], False),
        ("joint", ["省经委", "省发展改革委"], [], False),
        ("lead", ["省农业厅"], ["省林业厅"], False),
    ]


def test_furniture_lines_are_told_from_a_plans_own_words() -> None:
    assert is_furniture("【相关链接】")
    assert is_furniture("【打印】")  # (a button's bracket kept)
    assert is_furniture("主办：苍圳省人民政府办公厅　　版权所有　　备案号：苍ICP备05001234号")
    assert not is_furniture("相关政策措施要落实到位")
    assert not is_furniture("打击侵犯版权所有行为")


def test_a_column_of_unknown_unit_words_between_named_columns_makes_a_header() -> None:
    # "No. Key task Pick-up unit Time limit": the unit column's words name no role, but it
    # ends in a unit word between a task and a deadline column (a header a text layer ran
    # together)
    assert roles_in_line("No. Key task Pick-up unit Time limit") == {"task", "resp", "deadline"}
    assert roles_in_line("No. Key task Time limit") == {"task", "deadline"}


def test_a_pdf_text_layer_set_with_spaces_is_read_as_a_table() -> None:
    # a monospaced table printed to PDF: its text layer holds the header's cells apart by runs
    # of spaces, too long a line for the header-line test; the page is still a table's
    header = "No.   Key task" + " " * 50 + "Pick-up unit" + " " * 40 + "Time limit"
    assert len(header) > 120
    assert _looks_tabular(header + "\n1     Continue to cut the rates.    Ministry of Finance")
    assert not _looks_tabular("1. Continue to cut the rates.  Ministry of Finance  by May")


def test_an_unknown_lead_label_beside_a_known_helpers_label_leads_where_its_partners_are_none() -> None:
    # each row's cell: "Mandate holder: A / Junior partners: B / Deadline: …"; one row's
    # partners are "None" — the plan shows the label beside the helpers' elsewhere: lead
    rows = (
        ("Build high-standard grain fields", "County Agriculture Bureau",
         "County Finance Bureau, County Land and Resources Bureau", "End of 2006"),
        ("Develop leading processing enterprises", "County Agricultural Industrialisation Office",
         "County Economic and Trade Bureau", "Ongoing"),
        ("Extend improved seed varieties", "County Agriculture Bureau", "None", "Ongoing"),
    )  # fmt: skip
    lines = "\n".join(
        f"{n}. {task}  Responsible units: Mandate holder: {lead}  Junior partners: {part}"
        f"  Deadline: {when}"
        for n, (task, lead, part, when) in enumerate(rows, 1)
    )
    text = (
        "Lanshan County Government Office Document [2005] No. 47\n30 November 2005\n\n"
        "Lanshan County Division of Responsibilities\n\nPart One: Developing Modern Agriculture\n"
        + lines + "\n"
    )
    plan = divplan.parse(text)
    assert [item_roles(i) for i in plan.items()] == [
        ("lead", ["County Agriculture Bureau"],
         ["County Finance Bureau", "County Land and Resources Bureau"], False),
        ("lead", ["County Agricultural Industrialisation Office"],
         ["County Economic and Trade Bureau"], False),
        ("lead", ["County Agriculture Bureau"], [], False),
    ]  # fmt: skip
