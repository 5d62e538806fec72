"""Layouts met in the thirty-sixth session: the failures of its sealed round (holdout420–423),
read after their scoring.

Each test builds a small plan in one layout of the genre — never a copy of a set's plan — and
checks the reading, so that the rule holds for plans none of the sets holds.
"""

from __future__ import annotations

import io

from divplan.names.keys import normalise
from divplan.parsing.role_words import role_of_words
from layout_rows import NOTICE_EN as _NOTICE_EN
from layout_rows import NOTICE_ZH as _NOTICE_ZH
from layout_rows import bytes_rows as _bytes_rows
from layout_rows import plan_rows as _rows
from layout_rows import row_roles as _roles
from layout_rows import section_markers as _sections


def test_a_crawl_export_of_block_ids_is_read_as_the_page_it_holds() -> None:
    # block_id,text over p-01, p-02 …: a crawler's ids with a prefix and zeros, no item numbers
    lines = [
        "Notice on Issuing the Division of Tasks", "I. Opening markets",
        "Simplify the approval of foreign-invested shops.", "Lead unit: Ministry of Commerce",
        "Cooperating units: Ministry of Finance", "Publish a list of approved enterprises.",
        "Lead unit: Ministry of Finance", "Cooperating units: none",
        "Cut the fees charged at ports.", "Lead unit: General Administration of Customs",
        "Cooperating units: Ministry of Transport",
    ]
    body = "".join(f'p-{k:02d},"{line}"\n' for k, line in enumerate(lines, start=1))
    rows = _rows("block_id,text\n" + body, path="page.csv")
    assert [_roles(r)[:3] for r in rows] == [
        ("lead", ["MOFCOM"], ["MOF"]), ("lead", ["MOF"], []), ("lead", ["GAC"], ["MOT"])
    ]


def test_a_field_saying_none_in_a_paragraph_of_its_own_stays_the_tasks_field() -> None:
    text = _NOTICE_EN + (
        "I. Tasks\n\nDo this work.\n\nLead unit: Ministry of Commerce\n\n"
        "Cooperating units: n/a\n\nDo other work.\n\nLead unit: Ministry of Finance\n\n"
        "Cooperating units: Ministry of Commerce\n"
    )
    rows = _rows(text)
    assert [(r["leads"], r["participants"]) for r in rows] == [
        (["MOFCOM"], []), (["MOF"], ["MOFCOM"])
    ]


def test_a_column_named_by_its_unit_word_alone_holds_the_responsible_units() -> None:
    text = _NOTICE_EN + (
        "I. Tasks\n1. Do this work.  Departments: Ministry of Commerce; Ministry of Finance\n"
        "2. Do that work.  Agencies concerned: Ministry of Finance\n"
    )
    assert [_roles(r)[:3] for r in _rows(text)] == [
        ("joint", ["MOF", "MOFCOM"], []), ("sole", ["MOF"], [])
    ]


def test_lead_units_in_block_capitals_under_a_note_that_says_so() -> None:
    text = _NOTICE_EN + (
        "Note: lead ministries are printed in block capitals; the others support them.\n"
        "I. Tasks\n1. Do this work. (MINISTRY OF FINANCE; Ministry of Commerce)\n"
        "2. Do that work. (Ministry of Finance; MINISTRY OF COMMERCE)\n"
    )
    assert [_roles(r)[:3] for r in _rows(text)] == [
        ("lead", ["MOF"], ["MOFCOM"]), ("lead", ["MOFCOM"], ["MOF"])
    ]


def test_a_sheets_source_line_and_closing_count_are_no_tasks() -> None:
    en = (
        "No.,Task,Agencies\n1.,Do this work.,Ministry of Commerce\n2.,Do that work.,"
        "Ministry of Finance\n,Source: Ministry of Finance web portal (English).,\n"
    )
    assert [r["number"] for r in _rows(en, path="t.csv")] == [1, 2]
    zh = (
        "序号,工作任务,责任单位\n一、第一部分,,\n1,推进甲项工作。,财政部\n2,推进乙项工作。,商务部\n"
        "（全表共计2项）,,\n"
    )
    assert _sections(zh.replace(",", "\t")) == ["一、"]


def test_a_bracket_pair_named_in_the_legend_marks_the_lead_under_a_qualified_label() -> None:
    text = _NOTICE_ZH + (
        "说明：用黑括号【】括注的为牵头单位，其余为配合单位。\n一、任务\n"
        "1．推进甲项工作。\n责任单位（含牵头）：县农业局、【县财政局】\n"
        "2．推进乙项工作。\n责任单位（含配合）：县商务局、县财政局\n"
    )
    assert [_roles(r)[:3] for r in _rows(text)] == [
        ("lead", ["?县财政局"], ["?县农业局"]), ("joint", ["?县商务局", "?县财政局"], [])
    ]


def test_a_mark_said_to_stand_before_the_lead_in_traditional_characters() -> None:
    text = (
        "某某關於印發任務分工的通知\n\n任務分工\n"
        "說明：本表以「＃」置於部門名稱之前，其餘為配合部門。\n一、任務\n"
        "1．推進甲項工作。（＃財政部、商務部）\n2．推進乙項工作。（財政部、＃商務部）\n"
    )
    assert [_roles(r)[:3] for r in _rows(text)] == [
        ("lead", ["MOF"], ["MOFCOM"]), ("lead", ["MOFCOM"], ["MOF"])
    ]


def test_taiwan_wording_of_a_department_resolves_and_a_helper_sentence_reads() -> None:
    assert normalise("國家智慧財產權局") == normalise("国家知识产权局")
    assert role_of_words("协同责任") == ("participant", "协同")  # (协同|责任, not 协|同责)
    text = _NOTICE_ZH + (
        "一、任务\n1．推进甲项工作。此项由财政部为首席责任部门，商务部为协同责任部门。\n"
    )
    assert _roles(_rows(text)[0])[:3] == ("lead", ["MOF"], ["MOFCOM"])


def test_word_for_word_lead_and_each_within_its_remit() -> None:
    en = _NOTICE_EN + (
        "I. Tasks\n1. Do this work. This item by the county finance bureau palm the general, "
        "the county audit bureau accompany handle.\n"
    )
    assert _roles(_rows(en)[0])[:3] == (
        "lead", ["?county finance bureau"], ["?county audit bureau"]
    )
    zh = _NOTICE_ZH + "一、任务\n1．推进甲项工作。（县财政局、县审计局各依所司）\n"
    assert _roles(_rows(zh)[0])[:3] == ("division", ["?县审计局", "?县财政局"], [])


def test_a_merged_number_cell_over_a_tasks_field_and_deadline_rows() -> None:
    openpyxl = __import__("pytest").importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    rows = [
        ("序号", "工作任务及责任分工"), (1, "推进甲项工作。"), (None, "牵头单位：县财政局"),
        (None, "配合单位：县审计局"), (None, "——2012年6月底前交账"), (2, "推进乙项工作。"),
        (None, "牵头单位：县商务局"), (None, "配合单位：无"), (None, "——按季落实"),
    ]
    for row in rows:
        ws.append(row)
    ws.merge_cells("A2:A5")
    ws.merge_cells("A6:A9")
    buf = io.BytesIO()
    wb.save(buf)
    got = _bytes_rows(buf.getvalue(), "plan.xlsx")
    assert [(r["number"], *_roles(r)[:3], r["deadline"]) for r in got] == [
        (1, "lead", ["?县财政局"], ["?县审计局"], "2012年6月底前交账"),
        (2, "lead", ["?县商务局"], [], "按季落实"),
    ]


def test_a_titles_continuation_and_a_translated_page_count_are_page_lines() -> None:
    zh = _NOTICE_ZH + (
        "一、任务\n1．推进甲项工作。（财政部负责）\n某某工作任务分工方案（续上页）\n"
        "2．推进乙项工作。（商务部负责）\n"
    )
    assert [r["leads"] for r in _rows(zh)] == [["MOF"], ["MOFCOM"]]
    en = _NOTICE_EN + (
        "I. Tasks\n1. Do this work. (Ministry of Finance, Ministry of\n\n"
        "No. 3 page, total 5 pages\n\nCommerce; within the year in place)\n"
    )
    assert _roles(_rows(en)[0]) == (
        "joint", ["MOF", "MOFCOM"], [], False, "within the year in place"
    )


def test_a_unit_columns_cell_that_labels_its_own_fields() -> None:
    text = _NOTICE_EN + (
        "I. Tasks\n1. Do this work.  Responsible units: Portfolio lead: Ministry of Finance  "
        "Contributing ministries: Ministry of Commerce\n"
    )
    assert _roles(_rows(text)[0])[:3] == ("lead", ["MOF"], ["MOFCOM"])


def test_a_deadline_row_in_brackets_under_its_task_in_a_sheet() -> None:
    text = (
        "序号\t工作任务\t责任单位\n一、种植业\t\t\n1\t扩大小麦种植。\t县农业局\n\t（二○一二年九月底前）\t\n"
        "2\t建设蔬菜基地。\t县农业局\n\t（秋粮入库前）\t\n"
    )
    got = _rows(text, path="plan.tsv")
    assert [r["deadline"] for r in got] == ["二○一二年九月底前", "秋粮入库前"]
    assert _sections(text) == ["一、"]


def test_stems_and_bracketed_blocks_open_sections_and_a_dash_line_is_the_deadline() -> None:
    text = _NOTICE_ZH + (
        "甲、工业\n1．推进甲项工作。此项由县经贸局负责，县财政局协同。\n——全年持续推进\n"
        "乙、农业\n1．推进乙项工作。此项由县农业局负责。\n——2012年立秋前完成首批\n"
        "笫1页\n"
    )
    assert _sections(text) == ["甲、", "乙、"]
    assert [r["deadline"] for r in _rows(text)] == ["全年持续推进", "2012年立秋前完成首批"]
    blocks = _NOTICE_ZH + (
        "【板块一】工业\n推进甲项工作。（县经贸局负责）\n【板块二】农业\n推进乙项工作。（县农业局负责）\n"
    )
    assert _sections(blocks) == ["【板块一】", "【板块二】"]


def test_a_row_a_page_break_split_goes_on_under_the_repeated_header() -> None:
    text = (
        "序号,工作任务,主办厅局,协办厅局,完成时间\n一、集聚发展,,,,\n"
        "1,规划建设一批集聚区，引导企业向集聚区集中，,省发展改革委,省建设厅、省国土资源厅、,2006年底前\n"
        "（续上表）,,,,\n序号,工作任务,主办厅局,协办厅局,完成时间\n"
        ",对入驻企业给予扶持,,省商务厅、各市人民政府,\n"
        "2,整顿市场秩序。,同前,省工商局,全年\n"
    )
    got = _rows(text, path="plan.csv")
    assert [(r["number"], *_roles(r)[:3]) for r in got] == [
        (1, "lead", ["?省发展改革委"], ["?各市人民政府", "?省商务厅", "?省国土资源厅", "?省建设厅"]),
        (2, "lead", ["?省发展改革委"], ["?省工商局"]),
    ]


def test_a_sentence_naming_a_military_district_and_an_events_deadline() -> None:
    text = (
        "某某關於印發任務分工的通知\n\n任務分工\n一、任務\n"
        "1．做好防汛物資儲備。由省防汛辦主導辦理，省民政廳、省軍區等協辦其事。\n"
        "2．建設雨量站。由省水利廳、省氣象局共同負責，汛期結束前完成全部站點調\n試。\n"
    )
    got = _rows(text)
    assert _roles(got[0])[:4] == ("lead", ["?省防汛辦"], ["?省民政廳", "?省軍區"], True)
    assert got[1]["deadline"] == "汛期結束前完成全部站點調試"  # (the line break joined)


def test_a_document_number_alone_under_a_page_number_is_the_pages() -> None:
    text = _NOTICE_ZH + (
        "一、任务\n1．完成城市总体规划修编工作，报省政府审批。此项由市规划局负责，市国土资源局、市建委协\n"
        "第1页\n某政〔2012〕15号\n同用力。\n"
    )
    assert _roles(_rows(text)[0])[:3] == ("lead", ["?市规划局"], ["?市国土资源局", "?市建委"])


def test_a_start_date_as_a_window_and_a_full_width_page_count_between_fields() -> None:
    en = _NOTICE_EN + (
        "I. Tasks\n1. Lower the rate.  Delivery window: From 1 May 2019  Responsible units: "
        "Ministry of Finance\n"
    )
    assert _rows(en)[0]["deadline"] == "From 1 May 2019"
    zh = (
        "某某關於印發任務分工的通知\n\n任務分工\n一、任務\n"
        "　　推進甲項工作。\n　　主承部門：財政部\n　　協承部門：商務部\n　　辦妥時限：2005年底前\n"
        "　　推進乙項工作。\n　　主承部門：人民銀行\n\n第1頁／共3頁\n\n"
        "　　協承部門：—\n　　辦妥時限：2005年9月底前\n"
    )
    assert [r["deadline"] for r in _rows(zh)] == ["2005年底前", "2005年9月底前"]
