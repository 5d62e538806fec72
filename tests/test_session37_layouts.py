"""Layouts met in the thirty-seventh session: what the sealed rounds 421 and 422 left unread,
and the failures of this session's round (holdout424–427), read after their scoring.

Each test builds a small plan in one layout of the genre — never a copy of a set's plan — and
checks the reading, so that the rule holds for plans none of the sets holds.
"""

from __future__ import annotations

import io
import itertools

import pytest

import divplan
from divplan.read.markdown_inline import inline_cuts
from layout_rows import NOTICE_EN as _NOTICE_EN
from layout_rows import NOTICE_ZH as _NOTICE_ZH
from layout_rows import bytes_rows, kept_text
from layout_rows import plan_rows as _rows
from layout_rows import row_roles as _roles

from gold_compare import reading


def test_a_unit_word_after_a_convening_role_names_the_lead() -> None:
    # 作为召集司局 / 担任牵头方 / 为协办科室: the role word then any unit word of the lexicon,
    # in the paragraph after its task (本项由…)
    text = _NOTICE_ZH + (
        "一、重点任务\n\n修订某项规章，完善某项制度。\n\n"
        "本项由商务部作为召集司局，财政部、海关总署以及部属有关单位参与。\n\n"
        "建立某项制度。\n\n本项由财政部担任牵头方，商务部为协办科室。\n"
    )
    rows = _rows(text)
    assert [_roles(r)[:4] for r in rows] == [
        ("lead", ["MOFCOM"], ["GAC", "MOF"], True), ("lead", ["MOF"], ["MOFCOM"], False)
    ]


def test_a_compilers_line_under_a_sheet_is_no_part_of_the_last_deadline() -> None:
    # 製表：… 填表日期：… under the last row (the bare label, no 人)
    text = _NOTICE_ZH + (
        "一、重点任务\n1. 推进某项工作。  责任单位：县农业局、县林业局\n完成时限：年底前\n"
        "2. 开展某项培训。  责任单位：县科技局\n完成时限：每季度末报送\n"
        "製表：县政府办公室 填表日期：二○○二年四月十五日\n"
    )
    rows = _rows(text)
    assert [r["deadline"] for r in rows] == ["年底前", "每季度末报送"]


def test_a_deadline_fields_own_commas_cut_no_second_deadline() -> None:
    # "Time limit: by May build it, in 2017 extend it (cities, districts)": one field, whole,
    # its bracket kept
    text = _NOTICE_EN + (
        "I. Services\n1. Build the online hall.  Time limit: Before the end of May 2016 build "
        "the platform, in 2017 extend it to the counties (cities, districts)  Lead unit: "
        "Ministry of Commerce  Supporting units: Ministry of Finance\n"
    )
    (row,) = _rows(text)
    assert _roles(row) == (
        "lead", ["MOFCOM"], ["MOF"], False,
        "Before the end of May 2016 build the platform, in 2017 extend it to the counties "
        "(cities, districts)",
    )


def test_a_holiday_of_every_year_reads_as_a_deadline_after_the_roles() -> None:
    # 每年春节、五一和国庆前: "Before every year's Spring Festival, May Day and National Day …"
    # after the last semicolon: no date in it, holidays read as no units
    text = _NOTICE_EN + (
        "I. Tasks\n1. Clean the villages.  Lead unit: Ministry of Commerce  Cooperating unit: "
        "Ministry of Finance; Before each year's Spring Festival, May Day and National Day "
        "carry it out together\n"
    )
    (row,) = _rows(text)
    assert _roles(row) == (
        "lead", ["MOFCOM"], ["MOF"], False,
        "Before each year's Spring Festival, May Day and National Day carry it out together",
    )


def test_units_to_back_up_are_read_as_participants_without_a_guess() -> None:
    text = _NOTICE_EN + (
        "I. Tasks\n1. Clean the villages (Ministry of Commerce to lead; Ministry of Finance and "
        "General Administration of Customs to back up).\n"
    )
    plan = divplan.parse(text)
    (item,) = [i for s in plan.sections for i in s.items]
    roles = item.responsibility
    assert roles is not None and roles.reading == "exact"
    assert [p.id for p in roles.participants] == ["MOF", "GAC"]


def test_a_pipe_table_broken_by_a_page_goes_on_in_the_next_pages_table() -> None:
    # a converter's Markdown: each page's part of the table a table of its own, a row split
    # between them (its rest under the repeated header, the number cell empty), page lines
    # and an HTML comment between
    head = "| No. | Task and responsibility | Deadline |\n|---|---|---|\n"
    text = _NOTICE_EN + (
        "<!-- page 1 -->\n\n" + head + "| **I. Trade** | | |\n"
        "| 1 | Open the ports (Ministry of Commerce to lead; Ministry of Finance, | 2020 |\n\n"
        "*(Continued overleaf)*\n\nGazette — 2 —\n\n<!-- page 2 -->\n\n" + head +
        "|  | General Administration of Customs to back up) |  |\n"
        "| 2 | Cut the fees (Ministry of Finance) | 2021 |\n"
    )
    rows = _rows(text, path="plan.md")
    assert [_roles(r) for r in rows] == [
        ("lead", ["MOFCOM"], ["GAC", "MOF"], False, "2020"),
        ("sole", ["MOF"], [], False, "2021"),
    ]


def test_a_heading_between_two_pipe_tables_keeps_them_apart() -> None:
    # the same header under a new section's heading is a new table, not a page turn
    head = "| No. | Task | Lead | Deadline |\n|---|---|---|---|\n"
    text = _NOTICE_EN + (
        "## I. Trade\n\n" + head + "| 1 | Open the ports | Ministry of Commerce | 2020 |\n"
        "| 2 | Open the airports | Ministry of Commerce | 2020 |\n\n"
        "II. Finance\n\n" + head + "| 1 | Cut the fees | Ministry of Finance | 2021 |\n"
        "| 2 | Cut the charges | Ministry of Finance | 2021 |\n"
    )
    rows = _rows(text, path="plan.md")
    assert [(r["section"], r["number"], r["leads"]) for r in rows] == [
        (1, 1, ["MOFCOM"]), (1, 2, ["MOFCOM"]), (2, 1, ["MOF"]), (2, 2, ["MOF"])
    ]


def test_an_html_comment_in_markdown_is_cut_whole() -> None:
    body = "<!-- page 3 --> **Lead:** x <!-- a **note** -->"
    cuts = inline_cuts(body)
    kept = kept_text(body, cuts)
    assert kept == " Lead: x "
    assert all(a < b <= c for (a, b), (c, _) in itertools.pairwise(cuts))


def test_offices_of_primary_and_collateral_responsibility_as_bulleted_fields() -> None:
    # a Markdown list under each task: the office that bears the task, the offices beside it,
    # "Close out:" — labels read by their words (said), the bullets no part of the task's text
    text = _NOTICE_EN + (
        "Action Area 1: Trade\n\n1. Draw up a catalogue.\n"
        "   - Office of primary responsibility: Ministry of Finance\n"
        "   - Offices of collateral responsibility: Ministry of Commerce; General "
        "Administration of Customs\n   - Close out: end-September 2007\n\n"
        "Action Area 2: Finance\n\n1. Draw up a list.\n"
        "   - Office of primary responsibility: Ministry of Commerce\n"
        "   - Close out: end-2008\n"
    )
    plan = divplan.parse_bytes(text.encode("utf-8"), path="plan.md")
    items = [(s.title, i) for s in plan.sections for i in s.items]
    assert [(t, i.text) for t, i in items] == [
        ("Trade", "Draw up a catalogue."), ("Finance", "Draw up a list.")
    ]
    rows = reading(plan)["items"]
    assert [_roles(r) for r in rows] == [
        ("lead", ["MOF"], ["GAC", "MOFCOM"], False, "end-September 2007"),
        ("lead", ["MOFCOM"], [], False, "end-2008"),
    ]
    assert all(i.responsibility and i.responsibility.reading == "inferred" for _, i in items)


def test_lower_case_number_words_in_brackets_open_subsections() -> None:
    # （一） rendered "(one)" by a machine translation
    text = _NOTICE_EN + (
        "One, improve the services\n(one) deepen the reform\n"
        "Promote the one window. (Ministry of Commerce responsible)\n"
        "(two) reduce the cost\nCompress the opening time. (Ministry of Finance responsible)\n"
    )
    plan = divplan.parse(text)
    (section,) = plan.sections
    assert [(s.number, s.title) for s in section.subsections] == [
        (1, "deepen the reform"), (2, "reduce the cost")
    ]


def test_a_head_noun_alone_before_and_is_the_first_half_of_one_name() -> None:
    text = _NOTICE_EN + (
        "I. Tasks\n1. Publicise good practice.  Responsible departments: Ministry of Commerce; "
        "News and Publicity Centre; other departments concerned  Deadline: Ongoing\n"
    )
    (row,) = _rows(text)
    assert row["leads"] == ["?News and Publicity Centre", "MOFCOM"]


def test_a_verb_and_its_object_after_a_subject_names_no_body() -> None:
    # "Each township establish the … station": the task's words; the group sentence after the
    # items says who does them
    text = _NOTICE_EN + (
        "I. Safety\n1. Each township establish the supervision station, equip the staff.\n"
        "Expiry time: before the end of May 2006\n2. Sign the responsibility letters.\n"
        "Expiry time: before the end of March 2006\n"
        "The above 1-2 items: County Safety Office bear the outline, "
        "each township people's government cooperate\n"
    )
    rows = _rows(text)
    assert [_roles(r)[:3] for r in rows] == [
        ("lead", ["?County Safety Office"], ["?each township people's government"])
    ] * 2


def test_sheet_stamps_and_table_marks_of_english_exports() -> None:
    # "Export time: …" under a sheet; "(Continued table)" over a page's part of a grid;
    # "Time to completion:" inside a task's cell
    text = _NOTICE_EN + (
        "I. Tasks\n1. Report each year.  Time to completion: annually, by 30 November  "
        "Lead unit: Ministry of Commerce\n"
        "2. Check the accounts.  Lead unit: Ministry of Finance  Time limit: before the end "
        "of November\n(Continued table)\n3. Audit the funds.  Lead unit: National Audit Office"
        "  Time limit: within the year\nExport time: 2026-03-02 09:41:07\n"
    )
    rows = _rows(text)
    assert [r["deadline"] for r in rows] == [
        "annually, by 30 November", "before the end of November", "within the year"
    ]


def test_a_standing_task_said_as_never_slackening_is_its_deadline() -> None:
    text = _NOTICE_ZH + "一、任务\n1. 加强某项监管（商务部负责，常抓不懈）。\n"
    text_en = _NOTICE_EN + (
        "I. Tasks\n1. Strengthen supervision (Ministry of Commerce responsible; grasp not slack).\n"
    )
    assert [r["deadline"] for r in _rows(text)] == ["常抓不懈"]
    assert [r["deadline"] for r in _rows(text_en)] == ["grasp not slack"]


def test_every_heading_word_heads_a_section_in_all_three_readers() -> None:
    # data/heading_words.tsv feeds the line grammar, the marker's number and a table's section
    # rows: each word must open a section in each of them
    from divplan.parsing.lines import marker_number, split_lines
    from divplan.read.cells import SECTION_MARK
    from divplan.read.heading_words import heading_words

    modifier = heading_words("modifier")[0]
    for word in heading_words("part"):
        for line, number in ((f"{word} 3: Trade", 3), (f"{modifier} {word} 2: Trade", 2)):
            (found,) = split_lines(line)
            assert found.kind == "section", line
            assert found.marker is not None and marker_number(found.marker) == number, line
            assert SECTION_MARK.match(line), line
    (plain,) = split_lines("Implement Part 2 of the Law on trade")
    assert plain.kind != "section"  # (a modifier is one of the file's words, never any word)


def test_a_legends_word_mark_in_brackets_marks_the_lead_and_only_under_its_legend() -> None:
    legend_en = (
        'Description: in the column of the responsible units, the unit marked with "[Main]" '
        "in front is the lead unit, the other units are the cooperation units.\n\n"
    )
    body_en = (
        "I. Tasks\n1. Renew the equipment.  Responsible units: [Main] Ministry of Commerce, "
        "Ministry of Finance, General Administration of Customs  Deadline: 2025\n"
    )
    assert [_roles(r)[:3] for r in _rows(_NOTICE_EN + legend_en + body_en)] == [
        ("lead", ["MOFCOM"], ["GAC", "MOF"])
    ]
    legend_zh = "说明：责任单位栏中标注【主】的为牵头单位，其余为配合单位。\n\n"
    body_zh = "一、任务\n1. 推进设备更新。  责任单位：【主】商务部、财政部、海关总署\n"
    assert [_roles(r)[:3] for r in _rows(_NOTICE_ZH + legend_zh + body_zh)] == [
        ("lead", ["MOFCOM"], ["GAC", "MOF"])
    ]
    # no legend: a bracketed lead label before a list is the field's label, all of it leads
    plain = "一、任务\n1. 推进设备更新。  责任单位：【牵头】商务部、财政部\n"
    assert [_roles(r)[:3] for r in _rows(_NOTICE_ZH + plain)] == [
        ("lead", ["MOF", "MOFCOM"], [])
    ]


def test_other_units_described_by_their_part_and_each_for_its_own_field() -> None:
    text = _NOTICE_ZH + (
        "一、任务\n1. 推进医养结合。（商务部牵头，财政部及其他应参与部门积极跟进）\n"
        "2. 扩大债券发行。發展改革委、人民銀行就各自分管領域負責，其他對口部門協同出力。\n"
    )
    rows = _rows(text)
    assert [_roles(r)[:4] for r in rows] == [
        ("lead", ["MOFCOM"], ["MOF"], True), ("division", ["NDRC", "PBC"], [], True)
    ]


def test_a_deadline_line_under_a_task_whose_opening_words_say_who() -> None:
    # 由A负责，鼓励…。⏎持续推进: the clause opens the task, the deadline stands on its last line
    text = _NOTICE_ZH + (
        "一、任务\n1. 由商务部负责，鼓励金融机构创新信贷产品，减少企业过桥融资。\n持续推进\n"
        "2. 完善考核机制。由财政部负责。\n2014年10月底前完成\n"
    )
    plan = divplan.parse(text)
    items = [i for s in plan.sections for i in s.items]
    assert [(i.deadline.text if i.deadline else None) for i in items] == [
        "持续推进", "2014年10月底前完成"
    ]
    assert items[0].text.endswith("融资。")


def test_units_whose_concurrence_is_sought_take_part() -> None:
    text = _NOTICE_EN + (
        "I. Finance\nRaise the tolerance for bad loans. (Ministry of Finance, with the "
        "concurrence of the People's Bank of China; by year-end 2008)\n"
    )
    assert [_roles(r) for r in _rows(text)] == [("lead", ["MOF"], ["PBC"], False, "by year-end 2008")]


def test_tracks_by_letter_and_a_group_sentence_naming_the_tasks_above() -> None:
    text = _NOTICE_EN + (
        "Track A — Industry\nDraw up the list of plants.\nDeliverable by: end-December 2018\n"
        "Revise the catalogue.\nDeliverable by: end-March 2019\n"
        "Responsibility for the two tasks above vests in the Ministry of Industry and "
        "Information Technology, with the National Development and Reform Commission as "
        "secondaries.\nTrack B — Energy\nSecure the gas supply.\nDeliverable by: end-2018\n"
        "Responsibility for the task above vests jointly in the National Development and "
        "Reform Commission and the National Energy Administration.\n"
    )
    plan = divplan.parse(text)
    assert [s.title for s in plan.sections] == ["Industry", "Energy"]
    assert [_roles(r) for r in reading(plan)["items"]] == [
        ("lead", ["MIIT"], ["NDRC"], False, "end-December 2018"),
        ("lead", ["MIIT"], ["NDRC"], False, "end-March 2019"),
        ("joint", ["NDRC", "NEA"], [], False, "end-2018"),
    ]


def test_scan_damage_years_specks_page_marks_and_obligation_words() -> None:
    # 2 017年 (a year a PDF spaced), 丶 alone (a speck), 【第2頁 OCR…】 (an OCR's page mark),
    # 〔时限〕 (a label in tortoise-shell brackets), 限于/務於 before the date
    text = _NOTICE_ZH + (
        "一、任务\n1. 编制专项规划。\n抓总司局：商务部\n联办司局：财政部\n限于2011年9月底前完成\n丶\n"
        "【第2頁　OCR識別率96.8%】\n2. 研究制定产业政策。（财政部牵头，商务部参加）\n〔时限〕2015年6月底前\n"
        "3. 整合涉农资金。  责任单位：商务部、财政部；2 017年6月底前\n"
    )
    plan = divplan.parse(text)
    assert [s.title for s in plan.sections] == ["任务"]
    assert [(r["leads"], r["deadline"]) for r in reading(plan)["items"]] == [
        (["MOFCOM"], "限于2011年9月底前完成"), (["MOF"], "2015年6月底前"),
        (["MOF", "MOFCOM"], "2017年6月底前"),
    ]


def test_a_box_table_of_heavy_lines_an_ocr_read_with_broken_borders() -> None:
    rows = [
        "┏━━┳━━━━━━━━━━┳━━━━━━━━┓", "┃序號┃工作任務　　　　　┃責成單位　　　┃",
        "┣━━╋━━━━━━━━━━╋━━━━━━━━┫", "丨1　 ┃完成飲水工程建設　┃商務部（總攬），┃",
        "|　　┃　　　　　　　　　丨財政部　　　　┃", "┣━━╋━━━━━━━━━━╋━━━━━━━━┫",
        "┃2　 |建立水質檢測制度　┃財政部　　　　丨", "┗━━┻━━━━━━━━━━┻━━━━━━━━┛",
    ]
    text = _NOTICE_ZH + "標注“總攬”的單位要主動協調。\n\n" + "\n".join(rows) + "\n"
    assert [_roles(r)[:3] for r in _rows(text)] == [
        ("lead", ["MOFCOM"], ["MOF"]), ("sole", ["MOF"], [])
    ]


def test_an_ocr_export_of_page_line_text_and_confidence_columns() -> None:
    lines = [
        "国务院关于重点工作部门分工的意见", "", "一、保持经济平稳较快发展",
        "1．实施积极的财政政策。（财政部牵头，发展改革委、税务总局参加）", "2011年年内兑现",
        "2．实施稳健的货币政策。（人民银行牵头，银监会参加）", "全年持续推进",
        "3．稳定价格总水平。（发展改革委负责）", "全年持续推进", "二、加快转变发展方式",
        "1．加强农业基础设施建设。（水利部负责）", "2011年汛前完成",
    ]
    body = "".join(
        f"{1 + k // 7},{1 + k % 7},{t},0.{90 + k % 9}\n" for k, t in enumerate(lines)
    )
    rows = _rows("页码,行号,识别文本,置信度\n" + body, path="ocr.csv")
    assert [(r["leads"], r["deadline"]) for r in rows] == [
        (["MOF"], "2011年年内兑现"), (["PBC"], "全年持续推进"), (["NDRC"], "全年持续推进"),
        (["MWR"], "2011年汛前完成"),
    ]


def test_a_markdown_copy_of_fields_a_paragraph_each_and_its_page_anchors() -> None:
    # <span id="page-2-0"></span> (a converter's anchor), the document number alone as the
    # next page's head, a deadline line a paragraph of its own under the fields
    text = "人社部發〔2009〕37號\n\n" + _NOTICE_ZH + (
        "\n## 一、任務\n\n1．鼓勵企業穩定崗位。\n\n**掛帥司局**：商務部\n\n**協理司局**：財政部\n\n"
        "務於2009年4月底前出台具體辦法\n\n2．開展職工培訓。\n\n**掛帥司局**：財政部\n\n"
        "**協理司局**：商務部\n\n— 2 —\n\n<span id=\"page-2-0\"></span>\n\n人社部發〔2009〕37號\n\n"
        "務於2009年12月底前完成\n"
    )
    rows = _rows(text, path="plan.md")
    assert [(r["leads"], r["deadline"]) for r in rows] == [
        (["MOFCOM"], "務於2009年4月底前出台具體辦法"), (["MOF"], "務於2009年12月底前完成")
    ]


def test_helpers_who_hit_the_next_hand_and_a_deadline_requirement() -> None:
    text = _NOTICE_EN + (
        "I. Tasks\n1. Build the service hall.  Lead unit: Ministry of Commerce  Cooperating: "
        "Ministry of Finance and the various banks in the county hit the next hand  "
        "Deadline requirement: Before the end of the year\n"
    )
    assert [_roles(r) for r in _rows(text)] == [
        ("lead", ["MOFCOM"], ["?various banks in the county", "MOF"], False,
         "Before the end of the year")
    ]
    zh = _NOTICE_ZH + "一、任务\n1. 加强质量监督。  牵头单位：商务部  会同单位：财政部；全程跟踪\n"
    assert [_roles(r) for r in _rows(zh)] == [("lead", ["MOFCOM"], ["MOF"], False, "全程跟踪")]


def test_a_deadline_line_under_an_unnumbered_task_in_word_for_word_english() -> None:
    # 年底前到位 / 5月底前到位 rendered "Before the end of the year arrive position." on the
    # line under each paragraph task: the task's deadline, no task of its own
    text = _NOTICE_EN + (
        "One, develop agriculture\n"
        "    The following 2 work: Ministry of Agriculture and Rural Affairs tugs the head, "
        "Ministry of Finance heel in.\n"
        "    Stabilize the grain sown area, push the fine seed subsidy.\n"
        "    Before the end of May arrive position.\n"
        "    Build 5 vegetable production bases.\n"
        "    Before the end of the year arrive position.\n"
    )
    rows = _rows(text)
    assert [r["deadline"] for r in rows] == [
        "Before the end of May arrive position", "Before the end of the year arrive position"
    ]


def test_scopes_over_the_items_below_and_above_in_chinese() -> None:
    # 下開各項：/ 本段各項： over a group's tasks; 以上諸項，概由…: after them; 第壹部分 / 第一大項 /
    # 第二方面 as sections
    text = _NOTICE_ZH + (
        "第壹部分　培育主體\n下開各項：商務部承擔主責，財政部參與。\n1．鼓勵家庭農場發展。\n"
        "見效時限：2016年12月底前\n第一大項　優化環境\n（一）破除壁壘\n"
        "　　本段各項：財政部牽頭，商務部對口協助，2023年12月底前到位。\n　　2．落實負面清單。\n"
        "第二方面　推動更新\n3．推進電梯更新。\n4．推進管網更新。\n以上諸項，概由海關總署牽頭，商務部參加，2007年10月底前告竣。\n"
    )
    plan = divplan.parse(text)
    assert [s.title for s in plan.sections] == ["培育主體", "優化環境", "推動更新"]
    assert [_roles(r)[:3] for r in reading(plan)["items"]] == [
        ("lead", ["MOFCOM"], ["MOF"]), ("lead", ["MOF"], ["MOFCOM"]),
        ("lead", ["GAC"], ["MOFCOM"]), ("lead", ["GAC"], ["MOFCOM"]),
    ]


def test_focus_areas_with_no_part_above_them_are_the_plans_sections() -> None:
    task = (
        "{}. The Ministry of Commerce carries the lead, assisted by the Ministry of Finance and "
        "other utility operators; delivery due by the close of 2026.\n\n"
    )
    text = _NOTICE_EN + (
        "Focus area 1: Housing\n\n" + task.format("Renovate the compounds")
        + task.format("Retrofit the lifts") + "Focus area 2: Funding\n\n"
        + task.format("Set up a fund") + task.format("Streamline the approvals")
    )
    plan = divplan.parse(text)
    assert [(s.number, s.title) for s in plan.sections] == [(1, "Housing"), (2, "Funding")]
    assert [_roles(r) for r in reading(plan)["items"]] == [
        ("lead", ["MOFCOM"], ["MOF"], True, "delivery due by the close of 2026")
    ] * 4


def test_word_for_word_renderings_of_fu_ze_ling_xian_and_hui_ban() -> None:
    # 负责 as "negative responsibility", 领衔 as "heads the title", 会办 as "join-handle", 厅 as
    # "Hall"
    text = _NOTICE_EN + (
        "I. Tasks\n1. Encourage the investors. The Ministry of Commerce, the Ministry of Civil "
        "Affairs common negative responsibility.\n2. Streamline the licences. By the Provincial "
        "Judicial Hall heads the title, the Provincial Commerce Hall join-handle, within 2021 year "
        "complete.\n"
    )
    assert [_roles(r) for r in _rows(text)] == [
        ("joint", ["MCA", "MOFCOM"], [], False, None),
        ("lead", ["?Provincial Judicial Hall"], ["?Provincial Commerce Hall"], False,
         "within 2021 year complete"),
    ]


def test_a_sheets_escaped_line_ends_and_a_group_line_naming_its_items() -> None:
    # _x000D_ (a carriage return a writer escaped twice) inside a cell; "The above items 1-2:
    # A bears the total duty, B cooperate do" (负总责 / 配合做, word for word)
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [
        ["Notice on Issuing the Division of Tasks"], ["Division of Tasks for the Opinions"],
        ["I. Infrastructure"], ["1. Build the airports."], ["Time limit: End of June 2025"],
        ["2. Build the network."], ["Time limit: End of 2025"],
        ["The above items 1-2: Ministry of Transport bears the total duty, Ministry of "
         "Commerce,_x000D_\nMinistry of Finance cooperate do."],
    ]:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    rows = bytes_rows(buf.getvalue(), "plan.xlsx")
    assert [_roles(r) for r in rows] == [
        ("lead", ["MOT"], ["MOF", "MOFCOM"], False, "End of June 2025"),
        ("lead", ["MOT"], ["MOF", "MOFCOM"], False, "End of 2025"),
    ]


def test_item_numbers_restarting_with_their_sections_are_no_line_counter() -> None:
    # 序号,内容 whose numbers restart in each section: no OCR export's line counter (no page
    # column changes where they restart), the numbers kept as the items'
    from divplan.read.measure_columns import text_column

    rows = [["序号", "内容"]] + [[str(n), f"任务{n}"] for n in (1, 2, 3, 4, 1, 2, 3, 1, 2)]
    assert text_column(rows) is None
    ocr = [["页码", "行号", "识别文本"]] + [
        [str(p), str(n), "文字"] for p, n in ((1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (2, 3),
                                            (3, 1), (3, 2), (3, 3))
    ]
    assert text_column(ocr) == 2


def test_items_numbered_di_n_xiang_under_bureau_labels() -> None:
    # 第1项　… items; 领办科局：/ 配办科局：/ 责任科局： (科局, a county's bureaus, a unit word)
    text = _NOTICE_ZH + (
        "一、发展现代农业\n第1项　实施优质粮食工程。\n领办科局：商务部\n配办科局：财政部\n"
        "第2项　加强科技推广。\n责任科局：财政部、商务部\n"
    )
    rows = _rows(text)
    assert [(r["number"], _roles(r)[:3]) for r in rows] == [
        (1, ("lead", ["MOFCOM"], ["MOF"])), (2, ("joint", ["MOF", "MOFCOM"], []))
    ]
