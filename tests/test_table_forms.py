"""Table forms a crawl meets beside pipe and tab tables: pandoc's simple tables (columns under
a rule of dashes) in Markdown and text, ASCII grid tables (+----+), a single task column whose
cells hold each task's clause; and group sentences and page furniture around tasks."""

from __future__ import annotations

from pathlib import Path

import divplan
from divplan.read import read_file


def _read(tmp_path: Path, name: str, text: str) -> divplan.Plan:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return divplan.parse_file(path)


def _roles(item: divplan.Item) -> tuple[str | None, list[str], list[str]]:
    r = item.responsibility
    return r.mode, [d.mention for d in r.leads], [d.mention for d in r.participants]


_SIMPLE = """# 某省某某工作任务分工表

### 一、车辆管理

序号  工作任务                          责任单位                            完成时限
----  --------------------------------  ----------------------------------  --------------
1     对接送学生的客车进行全面清查。    省公安厅牵头，省交通厅、省教育厅配合  2003年10月底前
2     开行学生早晚班车。                省交通厅负责                        2003年12月底前

### 二、学校管理

序号  工作任务                          责任单位                            完成时限
----  --------------------------------  ----------------------------------  --------------
3     开展交通安全教育。                省教育厅、省公安厅按职责分工负责    每学期开学前
"""


def test_pandoc_simple_tables_in_markdown_and_text(tmp_path: Path) -> None:
    for name in ("plan.md", "plan.txt"):
        plan = _read(tmp_path, name, _SIMPLE)
        items = plan.items()
        assert [i.number for i in items] == [1, 2, 3], name
        assert _roles(items[0]) == ("lead", ["省公安厅"], ["省交通厅", "省教育厅"])
        assert items[2].deadline is not None and items[2].deadline.text == "每学期开学前"
        assert all("--" not in i.text for i in items)


_GRID = """Division of tasks

+--------+--------------------------------+---------------------------------------------+------------------+
| No.    | Main tasks                     | Responsible unit                            | Completion time  |
+========+================================+=============================================+==================+
| I. Strict access                                                                                          |
+--------+--------------------------------+---------------------------------------------+------------------+
| 1      | Develop kindergarten standards | Municipal Education Bureau takes the lead,  | End of 2012      |
|        |                                | Municipal Finance Bureau cooperates         |                  |
+--------+--------------------------------+---------------------------------------------+------------------+
| 2      | Inspect private kindergartens  | Municipal Education Bureau                  | End of 2012      |
+--------+--------------------------------+---------------------------------------------+------------------+
"""


def test_an_ascii_grid_table_is_read_as_a_table(tmp_path: Path) -> None:
    plan = _read(tmp_path, "plan.txt", _GRID)
    items = plan.items()
    assert [i.number for i in items] == [1, 2]
    assert _roles(items[1]) == ("sole", ["Municipal Education Bureau"], [])
    assert plan.sections[0].title == "Strict access"


def test_a_task_column_that_holds_each_task_s_clause_makes_a_table() -> None:
    text = (
        "某县某某工作任务分工\n"
        "序号\t工作任务及责任分工\n"
        "一、完善服务网络\n"
        "1\t编制全县助餐点布局方案。（县民政局牵头，各乡镇人民政府配合；2024年6月底前）\n"
        "2\t建设老年食堂。（县民政局、县住建局负责；2024年12月底前）\n"
    )
    items = divplan.parse(text).items()
    assert [i.number for i in items] == [1, 2]
    assert _roles(items[0]) == ("lead", ["县民政局"], ["各乡镇人民政府"])


def test_two_of_the_above_tasks_is_a_group_sentence_and_fields_may_follow_a_comma() -> None:
    text = (
        "一、提升设施\n"
        "1．完善旅游标识。\n"
        "2．推进厕所改造。\n"
        "以上两项工作由县文化和旅游局牵头，各镇人民政府配合。\n"
        "3．建设导览平台。\n"
        "以上工作，牵头责任部门：县文化和旅游局；配合部门：县交通运输局；完成时限：2021年12月底前完成。\n"
    )
    items = divplan.parse(text).items()
    assert [_roles(i) for i in items[:2]] == [("lead", ["县文化和旅游局"], ["各镇人民政府"])] * 2
    assert _roles(items[2]) == ("lead", ["县文化和旅游局"], ["县交通运输局"])
    assert all(i.responsibility.reading == "inferred" for i in items)
    assert "以上" not in items[1].text


def test_a_document_footer_line_ends_the_last_task() -> None:
    text = (
        "一、资源化利用\n"
        "1．【市建委牵头，市质监局参与】推广使用再生骨料和再生砖。\n"
        "完成时限：2009年起\n"
        "抄送：市委办公室，市人大常委会办公室。\n"
    )
    item = divplan.parse(text).items()[0]
    assert item.deadline is not None and item.deadline.text == "2009年起"
    assert "抄送" not in item.text


def test_a_bracketed_field_line_over_each_group_is_the_group_s_line() -> None:
    text = (
        "一、规范采购\n"
        "（责任单位：县卫生局）\n"
        "1．参加全省药品集中招标采购。\n"
        "2．建立药品集中采购目录。\n"
        "（责任单位：县卫生局、县药监局按职责分工负责）\n"
        "3．加强配送企业资质审核。\n"
        "4．建立药品质量抽检制度。\n"
    )
    items = divplan.parse(text).items()
    assert [_roles(i) for i in items] == [("sole", ["县卫生局"], [])] * 2 + [
        ("division", ["县卫生局", "县药监局"], [])
    ] * 2
    assert all(i.responsibility.reading == "inferred" for i in items)


def test_a_range_of_the_tasks_above_opens_a_group_sentence() -> None:
    text = (
        "一、健全体系\n"
        "1．明确县级责任。\n"
        "2．明确乡级责任。\n"
        "以上第1—2项：市交通运输局牵头，市财政局配合，2023年6月底前完成。\n"
        "3．落实养护资金。\n"
        "以上第3项：市财政局负责。\n"
    )
    items = divplan.parse(text).items()
    assert [_roles(i) for i in items[:2]] == [("lead", ["市交通运输局"], ["市财政局"])] * 2
    assert items[0].deadline is not None and items[0].deadline.text == "2023年6月底前完成"
    assert _roles(items[2]) == ("sole", ["市财政局"], [])


def test_a_group_sentence_may_be_written_in_brackets() -> None:
    text = (
        "一、扩大开放\n"
        "1．培育外贸新业态。\n"
        "2．扩大跨境电商规模。\n"
        "（以上工作由市商务局、市科技局抱团推进，2023年12月底前完成）\n"
    )
    items = divplan.parse(text).items()
    assert [_roles(i) for i in items] == [("joint", ["市商务局", "市科技局"], [])] * 2
    assert items[1].deadline is not None and items[1].deadline.text == "2023年12月底前完成"


def test_a_long_field_line_set_in_bold_over_a_group_in_markdown(tmp_path: Path) -> None:
    text = (
        "## I. Food safety\n\n"
        "**Responsibility: General Administration of Customs is the main responsibility unit, "
        "Ministry of Health and Ministry of Agriculture are the cooperating side.**\n\n"
        "1. Strengthen the inspection of imported food at every port of entry (December 2007).\n\n"
        "2. Publish the list of unqualified imported food each quarter (December 2007).\n"
    )
    items = _read(tmp_path, "plan.md", text).items()
    assert [_roles(i)[0] for i in items] == ["lead", "lead"]
    assert sorted(d.id or "" for d in items[0].responsibility.participants) == ["MOA", "MOH"]


def test_markdown_escapes_read_as_the_sign_they_escape(tmp_path: Path) -> None:
    # a converter writes "1\." so that the number opens no Markdown list; the plan's item 1
    # is still item 1; spans point into the text read (``divplan text``), which maps each
    # piece of it back to the file
    text = (
        "## 某县工作任务分工方案\n\n**一、整治人居环境**\n\n"
        "1\\. 县农业农村局牵头，县卫生健康局配合——开展村庄清洁行动。完成时限：每季度。\n\n"
        "2\\. 县交通运输局负责——实施农村公路提质改造。完成时限：2023年11月底前。\n"
    )
    plan = _read(tmp_path, "plan.md", text)
    items = plan.items()
    assert [(i.number, i.numbered) for i in items] == [(1, True), (2, True)]
    assert [_roles(i)[1] for i in items] == [["县农业农村局"], ["县交通运输局"]]
    read = read_file(tmp_path / "plan.md")
    start, end = items[1].span
    assert read.text[start:end].startswith("2. 县交通运输局负责")
    (piece,) = [s for s in read.segments if s.start <= start < s.end]
    assert piece.offset is not None
    assert text[piece.offset + start - piece.start :].startswith("2\\. 县交通运输局")


def test_a_roman_section_marker_without_a_space_opens_a_section() -> None:
    # "II.Saving water and land": a scraped machine translation sets no space after the dot
    text = (
        "Division of tasks for saving resources in Some City\n"
        "I.Saving energy\n"
        "1. Carry out energy audits. (Municipal Economic Commission is responsible)\n"
        "II.Saving water and land\n"
        "2. Implement water quotas. (Municipal Water Affairs Bureau is responsible)\n"
    )
    plan = divplan.parse(text)
    assert [s.title for s in plan.sections] == ["Saving energy", "Saving water and land"]
    assert [len(s.items) for s in plan.sections] == [1, 1]


def test_a_markdown_quote_over_a_group_is_the_groups_field_line(tmp_path: Path) -> None:
    # "> 承办科室：A；协办科室：B" over the group: the quote mark is no part of the line
    text = (
        "### 2003年养老服务工作任务分工\n\n**一、加强社会福利机构建设**\n\n"
        "> 承办科室：社会福利科；协办科室：计划财务科\n\n"
        "1. 完成市社会福利院改扩建工程。  \n   完成时限：2003年10月底\n\n"
        "2. 开展一次等级评定。  \n   完成时限：2003年9月底\n"
    )
    items = _read(tmp_path, "plan.md", text).items()
    assert [_roles(i) for i in items] == [("lead", ["社会福利科"], ["计划财务科"])] * 2
    deadlines = [i.deadline.text if i.deadline else None for i in items]
    assert deadlines == ["2003年10月底", "2003年9月底"]


def test_fields_opening_an_item_end_at_a_full_stop_or_a_colon() -> None:
    # 1. 权责单位：A（主办）、B（协办）。task / 2. 牵头单位：A；协理单位：B：task。完成时限：…
    text = (
        "国务院办公厅\n2014年7月8日\n\n重要政策措施分工\n\n一、构建体系\n"
        "1. 权责单位：教育部（主办）、人力资源社会保障部（协办）。研究制定体系建设规划。\n"
        "完成时限：2014年9月底前\n"
        "2. 牵头单位：教育部；协理单位：财政部：建立经费投入机制。完成时限：2015年底。\n"
        "3. 教育部牵头，人力资源社会保障部参加。完善考试招生制度。\n"
    )
    items = divplan.parse(text).items()
    moe, mohrss = "教育部", "人力资源社会保障部"
    assert [_roles(i) for i in items] == [
        ("lead", [moe], [mohrss]),
        ("lead", [moe], ["财政部"]),
        ("lead", [moe], [mohrss]),
    ]
    assert [i.text for i in items[:2]] == ["研究制定体系建设规划。", "建立经费投入机制。"]
    assert items[2].responsibility.reading == "inferred"  # (opening words: a sentence, a guess)
    deadlines = [i.deadline.text if i.deadline else None for i in items]
    assert deadlines == ["2014年9月底前", "2015年底", None]


def test_markdown_bold_item_numbers_and_bullet_fields(tmp_path: Path) -> None:
    # **1.** Task / - Responsibility: … / - Timeframe: …: the bold marks no part of the number,
    # the next field's bullet no part of the names above it
    text = (
        "## 1. Improving the library network\n\n"
        "**1.** Ensure that every county has a public library.\n"
        "- Responsibility: Provincial Department of Culture and Tourism, in coordination with the "
        "Provincial Department of Housing and Urban-Rural Development and other relevant departments\n"
        "- Timeframe: ongoing\n\n"
        "**2.** Build a county-level central library system.\n"
        "- Responsibility: Provincial Department of Finance\n"
        "- Timeframe: by end-2021\n"
    )
    items = _read(tmp_path, "plan.md", text).items()
    assert [(i.number, i.numbered) for i in items] == [(1, True), (2, True)]
    assert _roles(items[0]) == (
        "lead",
        ["Provincial Department of Culture and Tourism"],
        ["Provincial Department of Housing and Urban-Rural Development"],
    )
    assert items[0].responsibility.others
    assert items[1].deadline is not None and items[1].deadline.text == "by end-2021"


def test_a_table_with_no_header_row_is_read_by_what_its_cells_hold(tmp_path: Path) -> None:
    # a portal page's table with its header row left out: numbered rows, a task cell, a cell
    # that opens with a body's name, a deadline cell — a plan table all the same
    html = (
        "<html><body><table><tr><td>Index No.</td><td>0012-2019-00031</td><td>Release date</td>"
        "<td>2019-07-05</td></tr></table>"
        "<h2>Key Work Task Division</h2><h3>I. Hierarchical treatment</h3>"
        "<table><tr><td>1</td><td>Promote the county medical community construction</td>"
        "<td>Provincial Health Commission, Provincial Medical Security Bureau share the burden"
        "</td><td>End of December 2019</td></tr>"
        "<tr><td>2</td><td>Perfect the family doctor signing service</td>"
        "<td>Provincial Health Commission</td><td>Continuous advance</td></tr></table>"
        "</body></html>"
    )
    items = _read(tmp_path, "plan.html", html).items()
    assert [i.text for i in items] == [
        "Promote the county medical community construction",
        "Perfect the family doctor signing service",
    ]
    assert [(i.responsibility.mode, i.deadline.text if i.deadline else None) for i in items] == [
        ("joint", "End of December 2019"), ("sole", "Continuous advance"),
    ]  # fmt: skip


def test_a_headerless_table_of_other_things_is_no_plan_table() -> None:
    from divplan.read.headerless import infer_header

    assert infer_header([["Index No.", "0012", "Release date", "2019-07-05"]]) is None
    assert infer_header([["1", "Apples", "3 kg"], ["2", "Pears", "5 kg"]]) is None
