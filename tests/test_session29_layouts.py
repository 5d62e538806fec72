"""Layouts met in the twenty-ninth session: failures of its sealed sets (holdout340–343) and
two left open by the session before (holdout330's page head, holdout336's dated groups),
read after their scoring.

Each test builds a small plan (or the rows of a table, or one name) in one layout of the
genre and checks the reading; the phrasings themselves are records of
``fixtures/clauses.txt``.
"""

from __future__ import annotations

from typing import Any

import divplan
from divplan.names.registry import Registry
from divplan.names.resolve import own_departments_issuer
from divplan.parsing.name_edges import run_together
from divplan.parsing.name_tails import verb_tail
from divplan.parsing.role_words import role_of_words
from divplan.read.cells import Row
from divplan.read.pdf import _spaced_header
from divplan.read.pdf_aligned import Piece, find_columns, page_lines
from divplan.read.pdf_aligned_rows import table_rows
from divplan.read.pdf_tables import _join_cut_row
from divplan.read.table_headers import column_role, find_header
from item_roles import item_roles
from test_pdf_aligned import line as _line  # (positioned pieces, one font size a character)


def test_a_later_pages_head_of_the_first_pages_two_head_lines_is_the_pages() -> None:
    # page one stacks the issuer and the document number; page two sets them on one line,
    # a wide gap between: the page's head, not a subsection (holdout330)
    text = (
        "平涛市人民政府办公室文件\n\n平政办〔2014〕52号\n\n"
        "平涛市人民政府办公室关于印发平涛市重点工作任务分工的通知\n\n"
        "各县（市、区）人民政府，市政府各部门：\n　　现将分工印发给你们，请认真贯彻执行。\n\n"
        "平涛市重点工作任务分工\n\n一、推进城镇化\n"
        "　　1．全面放开建制镇落户限制。由市公安局牵头，市发改委配合。\n"
        "　　完成时限：2014年12月底前\n\n— 1 —\n"
        "平涛市人民政府办公室文件　　平政办〔2014〕52号\n"
        "　　2．加快城市地下管网建设改造。由市住建局牵头，市水务局配合。\n"
        "　　完成时限：2014年底前\n"
        "　　3．推进智慧城市建设。由市经信委牵头，市公安局配合。\n"
        "　　完成时限：持续推进\n"
    )
    plan = divplan.parse(text)
    assert [len(s.subsections) for s in plan.sections] == [0]
    assert [i.number for i in plan.items()] == [1, 2, 3]
    assert item_roles(plan.items()[1]) == ("lead", ["市住建局"], ["市水务局"], False)


def test_dated_tasks_over_a_group_whose_field_line_wraps_take_the_groups_line() -> None:
    # task / Time limit: … (each), the group's fields after its last task, the helpers' label
    # cut by the line width ("Association blame⏎unit: …"): every task of the group is an item
    # that takes the line, said as a guess (holdout336)
    text = (
        "Division of Key Tasks for the Silver Economy\n\n"
        "I. Expand the supply of elderly care services\n"
        "Improve the network of elderly meal assistance services in urban and rural areas.\n"
        "Time limit: Before the end of 2025\n"
        "Promote the combination of medical care and elderly care.\n"
        "Time limit: Continuous advancement\n"
        "Lord blame unit: Ministry of Civil Affairs; Association blame\n"
        "unit: Ministry of Finance\n"
        "Carry out aging-friendly renovation of old residential communities.\n"
        "Time limit: Before the end of October 2025\n"
        "Develop long-term care insurance and expand the pilot cities.\n"
        "Time limit: Before the end of December 2025\n"
        "Lord blame unit: Ministry of Housing and Urban-Rural Development; Association blame\n"
        "unit: National Health Commission\n"
    )
    plan = divplan.parse(text)
    items = plan.items()
    assert len(items) == 4
    leads = [[d.id for d in i.responsibility.leads] for i in items]
    assert leads == [["MCA"], ["MCA"], ["MOHURD"], ["MOHURD"]]
    assert items[0].deadline is not None and items[0].deadline.text == "Before the end of 2025"
    assert items[0].responsibility.reading == "inferred"


def test_a_group_line_with_a_second_label_after_a_comma_closes_its_paragraphs() -> None:
    # 责任分工：A主力负责，配责单位：B、C，2026年6月底前 under two task paragraphs: the colon
    # of 配责单位： is a label's, so the line is the group's fields, not a task (holdout342)
    text = (
        "生态环境部重点任务分工方案\n\n一、持续深入打好蓝天保卫战\n\n"
        "　　加快推进重点行业超低排放改造。\n\n"
        "　　强化重污染天气应对，完善区域应急联动机制。\n\n"
        "　　责任分工：大气环境司主力负责，配责单位：综合司、科技与财务司，2026年6月底前\n\n"
        "　　推进挥发性有机物综合治理。\n\n"
        "　　责任分工：法规与标准司牵头，环境影响评价与排放管理司参与，2026年底前\n"
    )
    plan = divplan.parse(text)
    items = plan.items()
    assert [i.text for i in items] == [
        "加快推进重点行业超低排放改造。",
        "强化重污染天气应对，完善区域应急联动机制。",
        "推进挥发性有机物综合治理。",
    ]
    assert item_roles(items[0]) == ("lead", ["大气环境司"], ["综合司", "科技与财务司"], False)
    assert items[1].deadline is not None and items[1].deadline.text == "2026年6月底前"


def test_a_legend_that_bold_marks_the_lead_makes_a_shared_list_a_said_guess() -> None:
    # 说明：…加粗者为牵头部门: the text keeps no bold, so a shared list may hide its lead —
    # read as written, marked inferred and said (DP208), never silently (holdout340)
    text = (
        "国务院重点工作部门分工意见\n\n说明：「责任部门」一栏中加粗者为牵头部门，其余部门配合。\n\n"
        "一、稳定经济增长\n"
        "1．加大公共财政支出力度。（责任部门：财政部、国家发展改革委）\n"
        "2．实施稳健的货币政策。（责任部门：人民银行）\n"
    )
    plan = divplan.parse(text)
    first, second = plan.items()
    assert first.responsibility.mode == "joint" and first.responsibility.reading == "inferred"
    assert any(d.code == "DP208" and "加粗" in d.message for d in plan.diagnostics)
    assert second.responsibility.reading != "inferred"  # (one body: nothing hidden)
    plain = divplan.parse(text.replace("说明：「责任部门」一栏中加粗者为牵头部门，其余部门配合。", ""))
    assert plain.items()[0].responsibility.reading != "inferred"


def test_a_header_row_whose_names_a_text_layer_set_one_space_apart() -> None:
    # "Task Designated principal Second-tier agencies": some split of the words names a task
    # column and a field column; a sentence or a line with punctuation is never tried
    assert _spaced_header("Task Designated principal Second-tier agencies")
    assert _spaced_header("Key task Lead unit Deadline")
    assert not _spaced_header("Improve the supply of elderly care services")
    assert not _spaced_header("Task: Lead unit, Deadline")


def test_a_column_named_by_a_roles_own_noun() -> None:
    # "Designated principal": a role's noun heads it, standing for the units
    assert column_role("Designated principal") == "lead"
    assert column_role("Main content") is None  # ("main" is no noun of a role's)


def test_a_section_heading_opening_a_page_is_no_rest_of_a_cut_row() -> None:
    # the last row of page one ends with no full stop (an English table's tasks never do);
    # page two opens with "III. …" alone: a heading, not the rest of that row (holdout246)
    header = Row(["Task", "Primary carrier", "Secondary carriers", "Timeframe"], "page 1")
    pending = [header, Row(["Install household biogas digesters", "County Energy Office", "",
                            "End of 2007"], "page 1")]  # fmt: skip
    rows = [
        Row(["III. Advancing Rural Social Programs", "", "", ""], "page 2"),
        Row(["Waive tuition fees in rural schools", "County Education Bureau", "", ""], "page 2"),
    ]
    _join_cut_row(pending, rows)
    assert pending[-1].cells[0] == "Install household biogas digesters"
    assert len(rows) == 2


def test_a_translated_name_in_the_year_one_body_took_over_from_another() -> None:
    # "Food and Drug Administration" renders SFDA's name and CFDA's: in 2013, the year CFDA
    # took over from SFDA, it means CFDA (as a shared name does)
    reg = Registry.default()
    assert reg.resolve("Food and Drug Administration", on=2013).id == "CFDA"
    assert reg.resolve("Food and Drug Administration", on=2010).id == "SFDA"


def test_a_letter_in_a_roles_words_after_a_name() -> None:
    # "… Technology stands the C position" (站C位): the C is the phrasing's, not the name's
    name = "Ministry of Science and Technology stands the C position"
    assert verb_tail(name) == len("Ministry of Science and Technology")
    assert verb_tail("Department of Commerce and Trade") is None


def test_a_piece_inside_a_longer_piece_of_another_role_is_that_pieces_word() -> None:
    # "the lone owner": sole (joint's "lone owner"), not the lead's "owner"
    assert role_of_words("is the lone owner of this task") == ("joint", "lone owner")
    assert role_of_words("the owner") == ("lead", "owner")


def _rows_under(header: list[Piece], body: list[list[Piece]]) -> list[list[str]]:
    """The rows a borderless table's reader makes of ``body`` under ``header``."""
    found = find_columns([header, *body])
    assert found is not None
    _, body_at, cols = found
    rows, _, _ = table_rows([header, *body][body_at:], cols)
    return rows


def _no_number_rows(body: list[list[Piece]]) -> list[list[str]]:
    return _rows_under(_line(100, (60, "工作任务"), (320, "责任单位"), (480, "完成时限")), body)


def test_a_cells_lines_a_little_over_the_usual_gap_with_rows_clearly_further() -> None:
    # no number column; a cell's lines 0.92 font sizes apart, rows 1.5 apart: two spacings,
    # so the cell's lines stay one row (holdout266, each line read as a row before)
    tops = [130.0, 149.2, 178.4, 197.6, 226.8, 246.0]
    body = [
        _line(tops[0], (60, "清理和取消针对农民进城务工的歧视性规定和"), (320, "劳动保障部、公安部"),
              (480, "年底前")),
        _line(tops[1], (60, "不合理收费，简化各种手续。"), (320, "建设部")),
        _line(tops[2], (60, "改革户籍管理制度，推进小城镇户籍管理改革，"), (320, "公安部"),
              (480, "持续")),
        _line(tops[3], (60, "不得将暂住证作为前提条件。")),
        _line(tops[4], (60, "规范职业中介机构行为，严厉打击非法中介，"), (320, "工商总局"),
              (480, "持续")),
        _line(tops[5], (60, "保护农民工合法权益。")),
    ]  # fmt: skip
    rows = _no_number_rows(body)
    assert [r[0] for r in rows] == [
        "清理和取消针对农民进城务工的歧视性规定和不合理收费，简化各种手续。",
        "改革户籍管理制度，推进小城镇户籍管理改革，不得将暂住证作为前提条件。",
        "规范职业中介机构行为，严厉打击非法中介，保护农民工合法权益。",
    ]
    assert rows[0][1] == "劳动保障部、公安部建设部"  # (the units' cell over two lines, one row)


def test_evenly_spaced_lines_whose_tasks_open_set_in_are_cut_at_the_indent() -> None:
    # every line the same distance apart; each task's first line set in (　　): the indent,
    # not the gap, opens a row, and the deadline at the row's foot stays with it (holdout217)
    body = [
        _line(130 + 20 * k, (60, text), *([(480, due)] if due else []))
        for k, (text, due) in enumerate([
            ("一、发展现代农业", ""),
            ("\u3000\u3000稳定粮食播种面积，粮食总产达到18万吨。（县农业局牵头，县财", ""),
            ("政局、县农机局参与）", "10月底前"),
            ("\u3000\u3000新建无公害农产品基地3个。（县农业", ""),
            ("局、县畜牧局负责）", "12月底前"),
        ])
    ]  # fmt: skip
    header = _line(100, (60, "工作任务及责任单位"), (480, "完成时限"))
    rows = _rows_under(header, body)
    tasks = [r for r in rows if r[0].lstrip("\u3000").startswith(("稳定", "新建"))]
    assert len(tasks) == 2
    assert tasks[0][0].endswith("县农机局参与）") and tasks[0][1] == "10月底前"
    assert tasks[1][0].endswith("县畜牧局负责）") and tasks[1][1] == "12月底前"


def test_a_deadline_line_in_the_task_column_closes_its_row() -> None:
    # no number column, lines evenly spaced: 任务。/ 完成时限：… closes the task's cell, the
    # line under it opens the next row, its units beside it (holdout348)
    body = [
        _line(130, (60, "一、深化改革")),
        _line(146, (60, "全面推行证明事项告知承诺制。"), (320, "省司法厅（牵头），")),
        _line(162, (60, "完成时限：2020年6月底前"), (320, "省直有关部门")),
        _line(178, (60, "将企业开办时间压减至3个工作日。"), (320, "省市场监管局、")),
        _line(194, (60, "完成时限：2020年9月底前"), (320, "省税务局同责承办")),
        _line(210, (60, "深化工程建设项目审批制度改革。"), (320, "省住房城乡建设厅")),
        _line(226, (60, "完成时限：2020年12月底前")),
    ]
    header = _line(100, (60, "重点任务"), (320, "责任分派"))
    rows = _rows_under(header, body)
    tasks = [r for r in rows if "完成时限" in r[0]]
    assert [r[0] for r in tasks] == [
        "全面推行证明事项告知承诺制。完成时限：2020年6月底前",
        "将企业开办时间压减至3个工作日。完成时限：2020年9月底前",
        "深化工程建设项目审批制度改革。完成时限：2020年12月底前",
    ]
    assert [r[1] for r in tasks] == [
        "省司法厅（牵头），省直有关部门",
        "省市场监管局、省税务局同责承办",
        "省住房城乡建设厅",
    ]


def test_a_pipe_tables_cells_are_whole() -> None:
    # a units cell that ends with a body's name and the next row's that opens with one are two
    # rows' cells, never one cell cut over two rows (holdout351)
    text = (
        "Division of key tasks of Dongyang County in 2008\n\n"
        "| Key work | Lead unit | Supporting units |\n|---|---|---|\n"
        "| **I. Develop modern agriculture** | | |\n"
        "| Support farmer cooperatives | County Agriculture Office | County Industry and"
        " Commerce Bureau, County Rural Credit Cooperative |\n"
        "| Carry out labour transfer training | County Labor Bureau | County Education Bureau |\n"
    )
    plan = divplan.parse(text)
    parts = [[d.mention for d in i.responsibility.participants] for i in plan.items()]
    assert parts == [
        ["County Industry and Commerce Bureau", "County Rural Credit Cooperative"],
        ["County Education Bureau"],
    ]



def _chars(x: float, text: str, top: float = 100.0, width: float = 5.0) -> list[dict[str, Any]]:
    """A run of characters as pdfplumber gives them, drawn left to right from ``x``."""
    return [
        {"x0": x + k * width, "x1": x + (k + 1) * width, "top": top, "bottom": top + 8,
         "text": ch}
        for k, ch in enumerate(text)
    ]  # fmt: skip


def test_two_runs_set_over_each_other_stay_two_pieces() -> None:
    # a header's "Serial number" printed across "Work task" (the second run starts inside the
    # first): two pieces, never one of interleaved letters (holdout287)
    chars = [*_chars(48, "Serial number"), *_chars(101, "Work task"),
             *_chars(339, "Responsibility units")]  # fmt: skip
    (line,) = page_lines(chars)
    assert [p.text for p in line] == ["Serial number", "Work task", "Responsibility units"]
    drawn_backwards = list(reversed(_chars(48, "Work task")))  # (a run drawn right to left:
    (line,) = page_lines(drawn_backwards)  # each character its own run, joined by the gap)
    assert [p.text for p in line] == ["Work task"]


def test_names_of_two_cells_run_together_are_said() -> None:
    # a PDF's overlapping cells: a lead cell's name before the helpers' with no separator, or
    # a task's words before a name — said as doubtful (DP208), not read in silence
    assert run_together("Provincial Development and Reform Commission State Grid Power Company")
    assert run_together("Implement one open supervision Provincial Market Supervision Bureau")
    assert not run_together("Office of the Provincial Government")
    assert not run_together("each county People's Government")
    assert not run_together("Beijing Municipal Commission of Development and Reform")


def test_a_column_named_for_a_roles_units_and_a_time() -> None:
    # 配抓司局及时限: the helpers' departments (司局, a unit's noun) and their deadline in one
    # cell: the helpers' column, never a deadline column (holdout354)
    assert column_role("配抓司局及时限") == "part"


def test_a_ministrys_general_office_named_after_it_issues_for_the_ministry() -> None:
    # "Ministry of Railways General Office" (a translation's order): the departments the plan
    # names are the ministry's own ("Science and Technology Department" is no MOST)
    reg = Registry.default()
    issuer = reg.resolve("Ministry of Railways General Office", on=2003)
    assert own_departments_issuer(issuer, reg, "2003-05-20") == "MOR"


def test_field_lines_whose_labels_open_with_a_roles_word() -> None:
    # "Coordinating lead:" / "Implementing partners:" under each task, set in: field lines
    # (the role's word modifies the label), so each task is an item with its fields
    # (holdout344, every item lost in silence before)
    text = (
        "Division of Tasks for the Service Industry\n\nI. Expanding the Service Industry\n\n"
        "Formulate a medium- and long-term plan for the service industry.\n"
        "    Coordinating lead: National Development and Reform Commission\n"
        "    Implementing partners: Ministry of Finance; Ministry of Commerce\n"
        "    Timeline: by the end of 2007\n\n"
        "Relax market access to service sectors.\n"
        "    Coordinating lead: Ministry of Commerce\n"
        "    Implementing partners: State Administration for Industry and Commerce\n"
        "    Timeline: by June 2008\n"
    )
    plan = divplan.parse(text)
    items = plan.items()
    assert [i.text for i in items] == [
        "Formulate a medium- and long-term plan for the service industry.",
        "Relax market access to service sectors.",
    ]
    leads = [[d.id for d in i.responsibility.leads] for i in items]
    parts = [[d.id for d in i.responsibility.participants] for i in items]
    assert leads == [["NDRC"], ["MOFCOM"]] and parts == [["MOF", "MOFCOM"], ["SAIC"]]


def test_a_legend_that_a_symbol_marks_the_lead_is_applied_and_no_task() -> None:
    # （标※的为牵头单位，其余为参与单位） over the tasks: the legend names no body (no item), and
    # each list's body with the ※ leads, the rest take part — said as a guess (holdout344)
    text = (
        "稳就业保市场主体重点任务分工方案\n（标※的为牵头单位，其余为参与单位）\n一、加大援企稳岗力度\n"
        "加大对重点行业企业的稳岗支持。（国家发展改革委※、财政部、人力资源社会保障部按职责分工负责）\n"
        "完成时限：2020年6月底前\n"
        "落实减税降费政策。（财政部、税务总局各负其责）\n完成时限：2020年底前\n"
    )
    plan = divplan.parse(text)
    first, second = plan.items()
    r = first.responsibility
    assert r.mode == "lead" and r.reading == "inferred"
    assert [d.id for d in r.leads] == ["NDRC"] and [d.id for d in r.participants] == [
        "MOF",
        "MOHRSS",
    ]
    assert second.responsibility.mode == "division"  # (no mark in its list: as written)
    assert any(d.code == "DP208" and "※" in d.message for d in plan.diagnostics)


def test_columns_named_first_and_second_position() -> None:
    # 一号位 / 二号位 (the first and the second seat): the lead's and the helpers' columns
    header = find_header(["工作任务", "一号位", "二号位"])
    assert header is not None and header.roles == ("task", "lead", "part")


def test_an_items_first_line_cut_after_one_character_under_a_heading() -> None:
    text = (  # (test_properties' failing example, as it generated it)
        '国务院办公厅关于印发重点任务分工方案的通知\n\n国办函〔2019〕58号\n\n国'
        '务院有关部门：\n\n《重点任务分工方案》已经国务院同意，现印发给你们，请认真贯'
        '彻落实。\n\n国务院办公厅\n2019年7月23日\n\n重点任务分工方案\n\nI. '
        '完善农村商业流通网络\n1.支持县城改造提升一批综合商贸服务中心和物流配送中心'
        '，开展第一批试点。（财政部负责）（2020年底前完成）\n\n— 2 —\n\n2.'
        '支持县城改造提升一批综合商贸服务中心和物流配送中心，开展第二批试点。（财政部'
        '负责）（2020年底前完成）\n3.支\n持县城改造提升一批综合商贸服务中心和物'
        '流配送中心，开展第三批试点。（财政部负责）\n\n— 3 —\n\nII. 完善农村'
        '商业流通网络\n1.支\n持县城改造提升一批综合商贸服务中心和物流配送中心，开展'
        '第四批试点。（财政部负责）\n\n— 4 —\n\n2.支持县城改造提升一批综合商贸'
        '服务中心和物流配送中心，开展第五批试点。（财政部负责）（2020年底前完成）'
        '\n\n— 5 —\n\nIII. 完善农村商业流通网络\n1.支持县城改造提升一批综'
        '合商贸服务中心和物流配送中心，开展第六批试点。（财政部负责）\n\n— 6 —\n'
        '\nIV. 完善农村商业流通网络\n1.支持县城改造提升一批综合商贸服务中心和物'
        '流配送中心，开展第七批试点。（财政部负责）（2020年底前完成）\n\n— 7 '
        '—\n\nV. 完善农村商业流通网络\n1.支持县城改造提升一批综合商贸服务中心和'
        '物流配送中心，开展第八批试点。（财政部负责）（2020年底前完成）\n\n— 8'
        ' —\n\n'
    )
    plan = divplan.parse(text)
    assert all(i.responsibility.mode == "sole" for i in plan.items())
