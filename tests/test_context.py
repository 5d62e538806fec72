"""The context pass: each documented decision, on the smallest document that needs it."""

from __future__ import annotations

from pathlib import Path

import pytest

import divplan

from conftest import reading

NOTICE = "国务院办公厅关于印发某某分工方案的通知\n国办函〔2019〕9号\n各有关部门：\n现印发给你们。\n国务院办公厅\n2019年7月23日\n\n某某分工方案\n"


def shape(plan: divplan.Plan) -> list[tuple[str | None, list[int], list[list[int]]]]:
    return [
        (
            s.marker,
            [i.number for i in s.items],
            [[i.number for i in sub.items] for sub in s.subsections],
        )
        for s in plan.sections
    ]


def test_arabic_heading_in_continuous_numbering() -> None:
    text = (
        "I. One\n1. A. (Ministry of Finance)\n2. B. (Ministry of Finance)\n"
        "2. Second section title\n3. C. (Ministry of Commerce)\n"
    )
    assert shape(divplan.parse(text)) == [("I.", [1, 2], []), ("2.", [3], [])]


def test_arabic_heading_in_restarting_numbering() -> None:
    text = (
        "1. First section\n1. A. (Ministry of Finance)\n2. B. (Ministry of Finance)\n"
        "2. Second section\n1. C. (Ministry of Commerce)\n"
    )
    assert shape(divplan.parse(text)) == [("1.", [1, 2], []), ("2.", [1], [])]


def test_item_without_clause_stays_an_item() -> None:
    text = "一、甲\n1.任务。（财政部负责）\n2.没有条款的任务。\n3.任务。（商务部负责）\n"
    plan = divplan.parse(text)
    assert shape(plan) == [("一、", [1, 2, 3], [])]
    assert plan.items()[1].responsibility.mode is None


def test_subsection_marker_with_clause_is_an_item() -> None:
    text = "一、甲\n（一）完善制度。（财政部负责）\n（二）加强监管。（商务部负责）\n"
    plan = divplan.parse(text)
    assert shape(plan) == [("一、", [1, 2], [])]
    assert [d.id for d in plan.items()[1].responsibility.leads] == ["MOFCOM"]


def test_unnumbered_items_are_numbered_in_order() -> None:
    text = "一、甲\n完善制度。（财政部负责）\n加强监管。（商务部负责）\n二、乙\n推进改革。（发展改革委负责）\n"
    plan = divplan.parse(text)
    items = plan.items()
    assert [(i.number, i.numbered) for i in items] == [(1, False), (2, False), (3, False)]
    assert items[2].text == "推进改革。"


def test_english_hard_wraps_join_into_one_item() -> None:
    text = (
        "I. One\n\n1. Support the use of idle factories for pension\nservice facilities."
        " (Ministry of Land\nResources takes the lead, Ministry of Civil Affairs\nparticipate)\n\n"
        "2. Next. (Ministry of Finance)\n"
    )
    plan = divplan.parse(text)
    first = plan.items()[0]
    assert first.text == "Support the use of idle factories for pension service facilities."
    assert [d.id for d in first.responsibility.leads] == ["MLR"]
    assert [d.id for d in first.responsibility.participants] == ["MCA"]


def test_chinese_hard_wrap_joins_without_space() -> None:
    plan = divplan.parse("一、甲\n1.年内新建公共\n充电桩3000个以上。（财政部负责）\n")
    assert plan.items()[0].text == "年内新建公共充电桩3000个以上。"


def test_deadline_on_its_own_line_belongs_to_the_item() -> None:
    plan = divplan.parse(
        "I. One\n1. Evaluate. (Led by the Ministry of Civil Affairs)\n(before the end of 2017)\n"
    )
    item = plan.items()[0]
    assert item.deadline is not None and item.deadline.text == "before the end of 2017"


def test_related_articles_after_the_plan_are_trailing_junk() -> None:
    text = (
        "First, one\n\n1. A. (Ministry of Finance)\n\n2. B. (Ministry of Commerce)\n\n"
        "Share to:\n\nRelated articles:\n1. Notice on something  2013-05-14\n2. Another story  2013-06-03\n"
    )
    plan = divplan.parse(text)
    assert [i.number for i in plan.items()] == [1, 2]
    trailing = [u for u in plan.unparsed if u.kind == "trailing"]
    assert len(trailing) == 1 and trailing[0].text.startswith("Share to:")
    assert "Another story" in trailing[0].text


def test_sections_without_tasks_at_either_end_belong_to_the_plan() -> None:
    text = NOTICE + (
        "一、总体要求\n坚持稳中求进。\n二、重点任务\n1.完善制度。（财政部负责）\n"
        "三、保障措施\n加强组织领导。\n国务院办公厅\n2019年7月23日\n"
    )
    plan = divplan.parse(text)
    assert [(s.marker, s.title) for s in plan.sections] == [
        ("一、", "总体要求"),
        ("二、", "重点任务"),
        ("三、", "保障措施"),
    ]
    assert plan.title is not None and plan.title.text == "某某分工方案"
    assert plan.metadata.date == "2019-07-23"
    assert [u.text for u in plan.unparsed if u.kind == "other"] == [
        "坚持稳中求进。",
        "加强组织领导。",
    ]


def test_title_is_the_line_before_the_plan_and_notice_is_metadata() -> None:
    plan = divplan.parse(NOTICE + "一、甲\n1.完善制度。（财政部负责）\n")
    assert plan.title is not None and plan.title.text == "某某分工方案"
    assert (
        plan.metadata.doc_number is not None
        and plan.metadata.doc_number.normalized == "国办函〔2019〕9号"
    )
    assert plan.metadata.addressees == "各有关部门"
    assert plan.metadata.issuer is not None and plan.metadata.issuer.id == "GOSC"


def test_page_numbers_and_repeated_headers_are_page_segments() -> None:
    text = "一、甲\n1.任务。（财政部负责）\n— 2 —\n某某文件\n2.任务。（商务部负责）\n某某文件\n- 3 -\n3.任务。（财政部负责）\n"
    plan = divplan.parse(text)
    assert [i.number for i in plan.items()] == [1, 2, 3]
    assert [u.text for u in plan.unparsed if u.kind == "page"] == [
        "— 2 —",
        "某某文件",
        "某某文件",
        "- 3 -",
    ]


def test_repeated_headings_next_to_page_numbers_are_not_page_headers() -> None:
    text = (
        "I. A\n(1) Same.\nDo x. (Ministry of Finance)\n— 6 —\n(2) Fostering.\nDo y. (Ministry of Finance)\n"
        "II. B\n(1) Same.\nDo z. (Ministry of Finance)\n— 7 —\n(2) Fostering.\nDo w. (Ministry of Finance)\n"
    )
    plan = divplan.parse(text)
    assert [len(s.subsections) for s in plan.sections] == [2, 2]
    assert [u.text for u in plan.unparsed] == ["— 6 —", "— 7 —"]


def test_parts_over_restarting_headings_nest() -> None:
    text = (
        "第一部分 总体任务\n一、完善制度\n1、建立机制。（财政部牵头，商务部参与）\n2、强化监管。（市场监管总局负责）\n"
        "二、优化服务\n3、落实。（财政部负责）\n第二部分 保障\n一、加强领导\n4、落实责任。（各有关部门按职责分工负责）\n"
    )
    plan = divplan.parse(text)
    assert shape(plan) == [("第一部分", [], [[1, 2], [3]]), ("第二部分", [], [[4]])]
    assert [sub.marker for s in plan.sections for sub in s.subsections] == ["一、", "二、", "一、"]


def test_part_marker_mixed_into_one_level() -> None:
    text = "一、甲\n1.任务。（财政部负责）\n第二部分 乙\n2.任务。（商务部负责）\n三、丙\n3.任务。（财政部负责）\n"
    assert shape(divplan.parse(text)) == [
        ("一、", [1], []),
        ("第二部分", [2], []),
        ("三、", [3], []),
    ]


def test_circled_numbers_are_items() -> None:
    plan = divplan.parse("一、任务\n①建立机制。（财政部负责）\n②强化监管。（商务部负责）\n")
    assert [(i.marker, i.number) for i in plan.items()] == [("①", 1), ("②", 2)]


def test_page_furniture_ends_a_plan_of_unnumbered_paragraphs() -> None:
    # the items are paragraphs, so no numbering tells the related-links list apart; a link
    # naming a unit in brackets reads like a task, and so does the copyright footer
    for furniture in ("相关链接：", "相關鏈接：", "【打印本页】【关闭窗口】", "版权所有：某县人民政府"):
        text = NOTICE + (
            "一、推进消费\n\n开展以旧换新活动。（县商务局负责）\n\n发展夜间经济。（县住建局负责）\n\n"
            f"{furniture}\n1. 某县召开推进会（县商务局）\n2. 关于开展评选活动的通知\n\n"
            "版权所有：某县人民政府\n"
        )
        plan = divplan.parse(text)
        assert [i.text for i in plan.items()] == ["开展以旧换新活动。", "发展夜间经济。"], furniture
        assert any("推进会" in u.text for u in plan.unparsed if u.kind == "trailing")
    en = (
        "I. Support\n\nLoans shall grow. (Provincial Department of Finance)\n\n"
        "[Print] [Close]\n\nRelated links:\n1. A forum is held (Provincial Department of Finance)\n"
    )
    assert len(divplan.parse(en).items()) == 1


def test_field_labels_that_read_like_footers_stay_in_the_plan() -> None:
    # 主办单位： and 承办单位： are field labels of plans, not page furniture
    text = NOTICE + "一、任务\n1.完善制度。\n主办单位：财政部\n2.加强监管。\n承办单位：商务部\n"
    plan = divplan.parse(text)
    assert [i.responsibility.leads[0].id for i in plan.items()] == ["MOF", "MOFCOM"]


def test_a_clause_after_numbered_points_closes_the_task() -> None:
    # （四） task / 具体包括： / (1)(2) points without clauses / the clause on a line of its own
    text = NOTICE + (
        "一、转型升级\n\n（三）推进绿色发展。（生态环境部负责）\n\n"
        "（四）推进农业绿色发展，实施化肥农药零增长行动。\n\n具体包括：\n\n"
        "（1）化肥利用率达到40%以上；\n\n（2）粪污综合利用率达到75%以上。\n\n"
        "（农业农村部牵头，生态环境部参加）\n\n（五）健全监管体系。（农业农村部负责）\n"
    )
    plan = divplan.parse(text)
    assert shape(plan) == [("一、", [3, 4, 5], [])]
    fourth = plan.items()[1]
    assert fourth.responsibility.leads[0].id == "MARA"
    assert "（2）粪污" in fourth.text or "粪污" in fourth.text


def test_points_that_bear_clauses_are_tasks_not_points() -> None:
    text = NOTICE + (
        "一、任务\n\n（一）加强监管，具体包括：\n（1）完善制度。（财政部负责）\n"
        "（2）加强检查。（商务部负责）\n"
    )
    plan = divplan.parse(text)
    assert [i.responsibility.leads[0].id for i in plan.items()] == ["MOF", "MOFCOM"]


TASK_LIST = NOTICE + (
    "一、提升便利度\n\n（一）压缩企业开办时间\n\n"
    "　　工作措施：推行企业开办“一网通办”，压缩开办时间。\n"
    "　　责任单位：市市场监管局*、市公安局\n　　完成时限：2020年6月底前\n\n"
    "（二）简化注销程序\n\n　　工作措施：全面推行简易注销。\n"
    "　　牵头单位：市市场监管局\n　　配合单位：市税务局、市人社局、\n各商业银行\n"
    "　　完成时限：2020年9月底前\n\n"
    "二、提升服务水平\n\n（三）推行“好差评”\n\n　　工作措施：全面推行“好差评”。\n"
    "　　责任单位：市政务服务中心\n　　完成时限：2020年11月底前\n"
)


def test_a_task_list_reads_its_tasks_from_their_fields() -> None:
    # 任务清单: （一） task headings, then 工作措施 / 责任单位 / 完成时限 lines
    plan = divplan.parse(TASK_LIST)
    assert shape(plan) == [("一、", [1, 2], []), ("二、", [3], [])]
    first, second, third = plan.items()
    assert "一网通办" in first.text  # the 工作措施 field is the task's own text
    assert [d.mention for d in first.responsibility.leads] == ["市市场监管局"]  # (its * marks
    assert [d.mention for d in first.responsibility.participants] == ["市公安局"]  # the lead)
    assert first.deadline is not None and first.deadline.text == "2020年6月底前"
    # a field's list wrapped onto the next line goes on
    assert [d.mention for d in second.responsibility.participants] == [
        "市税务局", "市人社局", "各商业银行",
    ]  # fmt: skip
    assert second.deadline is not None and second.deadline.text == "2020年9月底前"
    assert third.responsibility.leads[0].mention == "市政务服务中心"


def test_a_second_part_restarting_its_items_belongs_to_the_plan() -> None:
    text = NOTICE + (
        "第一部分　重点任务\n\n（一）设备更新\n\n1．推进设备更新。（工业和信息化部负责）\n\n"
        "2．更新电梯。（住房城乡建设部负责）\n\n第二部分　保障措施\n\n"
        "1．加强组织领导。各地要统筹推进。\n\n2．强化督促落实。发展改革委要加强跟踪调度。\n"
    )
    plan = divplan.parse(text)
    second = plan.sections[1]
    assert second.marker is not None and [i.number for i in second.items] == [1, 2]
    # a sentence about the work is no clause: nothing is read from it
    assert all(i.responsibility.mode is None for i in second.items)


def test_a_sentence_clause_before_a_deadline_field_is_read() -> None:
    # 由A牵头，B配合。 then 完成时限：… on the next line; traditional 廳 is an organisation word
    for text, lead in (
        ("4．建成基站300个。由县工业和信息化局牵头，县数据局配合。\n　　完成时限：2024年11月底\n", "县工业和信息化局"),
        ("4．新開工廉租住房3萬套。由省建設廳牽頭，省財政廳配合。\n", "省建設廳"),
    ):
        plan = divplan.parse(NOTICE + "一、任务\n\n　　3．做好工作。（县数据局负责）\n\n　　" + text)
        item = plan.items()[1]
        assert [d.mention for d in item.responsibility.leads] == [lead]
        assert item.responsibility.reading == "inferred"


def test_a_footer_line_with_a_site_code_is_no_field_of_the_last_item() -> None:
    text = NOTICE + (
        "一、任务\n\n　　18．加强医疗质量管理。（医政医管局牵头，公安部、司法部参加）\n\n"
        "主办单位：国家卫生和计划生育委员会　　网站标识码：bm24000006\n"
    )
    item = divplan.parse(text).items()[0]
    assert [d.mention for d in item.responsibility.leads] == ["医政医管局"]
    assert [d.id for d in item.responsibility.participants] == ["MPS", "MOJ"]


def test_a_page_break_with_footnotes_and_a_running_header_inside_a_clause() -> None:
    text = NOTICE + (
        "一、任务\n\n1．壮大数字消费，推动数据要素①赋能消费。（国家发展改革委牵头，商务部、国家\n"
        "―――――\n① 数据要素是指以电子方式记录的数据资源。\n\n－3－\n某某分工方案（正式稿）\n\n"
        "网信办参加）\n2．推进内容创新。（工业和信息化部负责）\n\n－4－\n某某分工方案（正式稿）\n\n"
        "3．发展新业态。（商务部负责）\n"
    )
    first = divplan.parse(text).items()[0]
    assert [d.id for d in first.responsibility.participants] == ["MOFCOM", "CAC"]


def test_a_browser_print_footer_and_hard_wrapped_subsection_tasks() -> None:
    head = "2019/6/24        Notice of the General Office on the division of labour plan\n"
    foot = "http://www.example.com/html/2019/0624/8821.html                    {}/2\n"
    body = (
        "Division of labor plan for the key tasks of pollution prevention and control in 2019\n"
        "1. Resolutely win the blue sky defense war\n"
        "(1) Promote the ultra-low emission transformation of the steel industry, and complete\n"
        "the transformation of 100 million tons of steel production capacity within the year.\n"
        "(Ministry of Ecology and Environment takes the lead, National Development and Reform\n"
        + foot.format(1) + head +
        "Commission, Ministry of Finance participate)\n"
        "(2) Steadily promote clean heating in winter in the northern region, and complete the\n"
        "replacement of loose coal of about 5 million households in the region this year. (Ministry\n"
        "of Finance is responsible)\n"
        "2. Fight the clear water defense war\n"
        "(3) Carry out the protection and restoration of the Yangtze River, and investigate and\n"
        "rectify the sewage outlets into the river, one by one and river by river this year.\n"
        "(Ministry of Ecology and Environment)\n" + foot.format(2) + head
    )
    plan = divplan.parse(head + body)
    assert [(i.number, [d.id for d in i.responsibility.leads]) for i in plan.items()] == [
        (1, ["MEE"]), (2, ["MOF"]), (3, ["MEE"]),
    ]  # fmt: skip
    assert [d.id for d in plan.items()[0].responsibility.participants] == ["NDRC", "MOF"]


def test_a_plan_whose_clauses_are_all_sentences() -> None:
    # 分工意见: （一） paragraphs ending 由A牵头，B配合。, no bracket or field anywhere
    text = NOTICE + (
        "一、稳增长\n\n　　（一）扩大有效投资。实施省重点项目3000个。由省发展改革委牵头，省财政厅等配合。\n\n"
        "　　（二）推动消费升级。培育信息消费新热点。由省商务厅牵头，省旅游局配合，年内完成。\n\n"
        "　　（三）稳定外贸增长。落实出口退税政策。由省商务厅负责。\n\n"
        "　　（四）加强社会治理。完善治安防控体系。\n"
    )
    for page in ("", "\n主办单位：皖江省人民政府办公厅  网站标识码：3400000001\n版权所有：皖江省人民政府\n"):
        # the footer of the page reads like a field (主办单位：): it bears no clause
        assert [i.number for i in divplan.parse(text + page).items()] == [1, 2, 3, 4], page
    items = divplan.parse(text).items()
    assert [d.mention for d in items[0].responsibility.leads] == ["省发展改革委"]
    assert items[1].deadline is not None and items[1].deadline.text == "年内完成"
    assert all(i.responsibility.reading == "inferred" for i in items[:3])
    assert items[3].responsibility.mode is None  # the last task, without a clause, is kept


def test_a_deadline_wrapped_between_a_year_and_a_month() -> None:
    text = NOTICE + (
        "一、任务\n　　1、完成脱硫脱硝除塵改造，确保稳定达标排放。\n（牵头单位：市环保局；配合单位："
        "市经信委；完成时限：2015年\n11月底前）\n　　2、加强监管。（市公安局负责）\n"
    )
    first = divplan.parse(text).items()[0]
    assert first.deadline is not None and first.deadline.text == "2015年11月底前"


def test_page_furniture_inside_a_run_of_page_lines_ends_the_plan() -> None:
    # a page's lines after the plan run together into one text block: the furniture is its
    # second line, and the numbered related articles after it (one naming a unit) are no items
    text = NOTICE + (
        "一、推进消费\n\n1. 开展以旧换新活动。（县商务局负责）\n2. 发展夜间经济。（县住建局负责）\n"
        "附件下载：分工表.docx\n分享到：微信\n相关文章\n"
        "1．我县召开推进会2022-06-15\n2．一图读懂政策措施（县发展改革委）2022-06-23\n"
    )
    plan = divplan.parse(text)
    assert [i.number for i in plan.items()] == [1, 2]
    assert any("一图读懂" in u.text for u in plan.unparsed if u.kind == "trailing")


def test_a_wrapped_task_line_holding_a_date_and_a_furniture_phrase_stay_in_the_plan() -> None:
    # a line that only holds a date is a block of its own; one that goes on with a task does
    # not; a furniture heading (相关政策：) ends its line or takes a colon, a task may open so
    text = NOTICE + (
        "一、任务\n1. 加快重大项目建设，确保项目于\n2024年12月31日前全部开工。（市发展改革委牵头，市财政局配合）\n"
        "2. 落实支持政策。\n相关政策措施要及时落地见效。（市商务局负责）\n3. 推进消费。（市商务局负责）\n"
    )
    items = divplan.parse(text).items()
    assert [i.number for i in items] == [1, 2, 3]
    assert [d.mention for d in items[0].responsibility.leads] == ["市发展改革委"]
    assert [d.mention for d in items[1].responsibility.leads] == ["市商务局"]


# --- levels of marked and unmarked blocks (parsing/block_levels.py) ---------------------------


def test_a_part_over_headings_numbered_from_one_nests_them() -> None:
    # 第一部分 over 一、 二、, then 第二部分 with its tasks directly under it
    text = NOTICE + (
        "第一部分　重点任务\n一、甲\n（1）任务。（财政部负责）\n（2）任务。（商务部负责）\n"
        "二、乙\n（1）任务。（财政部负责）\n第二部分　保障措施\n（1）任务。（审计署负责）\n"
    )
    assert shape(divplan.parse(text)) == [("第一部分", [], [[1, 2], [1]]), ("第二部分", [1], [])]


def test_headings_beside_a_part_stay_sections() -> None:
    text = NOTICE + (
        "一、甲\n1.任务。（财政部负责）\n二、乙\n2.任务。（商务部负责）\n"
        "第三部分　丙\n3.任务。（审计署负责）\n"
    )
    assert [s.marker for s in divplan.parse(text).sections] == ["一、", "二、", "第三部分"]


def test_item_marked_lines_head_subsection_marked_tasks_under_a_section() -> None:
    text = NOTICE + (
        "一、甲\n1．乙\n(1)任务。（财政部负责）\n(2)任务。（商务部负责）\n"
        "2．丙\n(1)任务。（审计署负责）\n二、丁\n(1)任务。（财政部负责）\n"
    )
    assert shape(divplan.parse(text)) == [("一、", [], [[1, 2], [1]]), ("二、", [1], [])]


def test_a_subsection_marked_task_keeps_the_clause_of_its_second_paragraph() -> None:
    text = NOTICE + (
        "一、甲\n1．乙\n(1)任务一。（财政部负责）\n(2)任务二的第一段。\n"
        "任务二的第二段。（商务部牵头，审计署参加）\n(3)任务三。（审计署负责）\n"
    )
    items = divplan.parse(text).items()
    assert [i.number for i in items] == [1, 2, 3]
    assert items[1].responsibility.mode == "lead" and "第二段" in items[1].text


def test_unmarked_headings_are_subsections() -> None:
    # a bold line of a Word file, or a line in 【】, over the tasks under it
    for head_a, head_b in (("稳定粮食生产", "加快科技创新"), ("【创新平台建设】", "【企业技术改造】")):
        text = NOTICE + (
            f"第一章　甲\n{head_a}\n(1)任务。（财政部负责）\n(2)任务。（商务部负责）\n"
            f"{head_b}\n(3)任务。（审计署负责）\n"
        )
        plan = divplan.parse(text)
        assert shape(plan) == [("第一章", [], [[1, 2], [3]])], head_a
        assert plan.sections[0].subsections[0].title == head_a


def test_a_running_header_is_no_heading() -> None:
    text = NOTICE + (
        "一、甲\n1．任务一。（财政部负责）\n\n— 1 —\n某某市人民政府办公室文件\n"
        "2．任务二。（商务部负责）\n\n— 2 —\n某某市人民政府办公室文件\n"
        "3．任务三。（审计署负责）\n"
    )  # a PDF copy: the letterhead is on every page
    plan = divplan.parse(text)
    assert shape(plan) == [("一、", [1, 2, 3], [])]


def test_task_n_markers_are_items() -> None:
    text = (
        "Part I Finance\n\nTask 1: Do A. [Lead: Ministry of Finance]\n\n"
        "Task 2: Do B. [Lead: Ministry of Commerce]\n"
    )
    items = divplan.parse(text).items()
    assert [(i.number, i.numbered) for i in items] == [(1, True), (2, True)]


def test_a_clause_written_before_the_task() -> None:
    zh = NOTICE + "一、甲\n1)【牵头单位：财政部；配合单位：商务部】落实减税政策。\n2)【责任单位：审计署】开展审计。\n"
    en = (
        "A. Tourism\n(a) Lead unit: Ministry of Culture and Tourism; Cooperating units: Ministry "
        "of Finance. Task: Improve the coordination mechanism.\n"
        "(b) Responsible unit: Ministry of Commerce. Task: Standardize prices; no increase "
        "within three years.\n"
    )
    zh_items = divplan.parse(zh).items()
    assert [(i.text, i.responsibility.mode) for i in zh_items] == [
        ("落实减税政策。", "lead"),
        ("开展审计。", "sole"),
    ]
    en_items = divplan.parse(en).items()
    assert en_items[0].text == "Improve the coordination mechanism."
    assert en_items[0].responsibility.mode == "lead"
    assert en_items[1].deadline is None  # after "Task:" comes the task, never a deadline


def test_circled_items_run_together_on_one_line() -> None:
    text = NOTICE + "一、甲\n【乙】\n①任务一。（财政部负责）②任务二。（商务部负责）\n③任务三。（审计署负责）\n"
    items = divplan.parse(text).items()
    assert [(i.number, i.responsibility.leads[0].id) for i in items] == [
        (1, "MOF"),
        (2, "MOFCOM"),
        (3, "NAO"),
    ]


def test_bulleted_items_are_numbered_by_position_under_arabic_headings() -> None:
    text = (
        "Division of Key Tasks\n\n1. Supply\n• Launch A. [Lead: Ministry of Finance]\n"
        "• Launch B. (Ministry of Commerce)\n2. Conditions\n- Extend C. [Lead: National Audit Office]\n"
        "\nPrint | Close\n\nRelated:\n1. A news title (Ministry of Commerce)\n"
        "2. Another title (Ministry of Finance)\n"
    )
    plan = divplan.parse(text)
    assert shape(plan) == [("1.", [1, 2], []), ("2.", [3], [])]
    assert [(i.numbered, i.text) for i in plan.items()][:2] == [
        (False, "Launch A."),
        (False, "Launch B."),
    ]


def test_points_under_a_heading_that_carries_a_clause_take_it_as_a_guess() -> None:
    text = NOTICE + (
        "一、甲\n（一）加快网络建设（工业和信息化部牵头，国家发展改革委配合）\n"
        "1．2024年底前实现乡镇5G覆盖。\n2．推进千兆光网建设。\n3．加快标识解析节点建设。（科技部负责）\n"
    )
    plan = divplan.parse(text)
    sub = plan.sections[0].subsections[0]
    assert sub.title == "加快网络建设"  # the clause is not part of the title
    got = [(i.number, i.responsibility.mode, i.responsibility.reading) for i in sub.items]
    assert got == [(1, "lead", "inferred"), (2, "lead", "inferred"), (3, "sole", "exact")]
    assert [d.id for d in sub.items[0].responsibility.leads] == ["MIIT"]
    assert sum(d.code == "DP208" for d in plan.diagnostics) == 2  # said so, item by item


def test_a_bracketed_note_before_a_numbered_plan_does_not_start_it() -> None:
    text = (
        "Policy Watch - translations\n[Unofficial translation. Department names follow the "
        "Commission's own English usage where one exists.]\n\nNational Health Commission\n"
        "Notice on Issuing the Division of Tasks for Primary Health Care\n\n"
        "Guo Wei Fa [2022] No. 21\n\nAll health commissions:\n\nThe division is issued to you.\n\n"
        "National Health Commission\n15 August 2022\n\nDivision of Tasks for Primary Health Care\n\n"
        "I. Facilities\n1. Upgrade hospitals. (Ministry of Finance takes the lead)\n"
        "2. Train doctors. (Ministry of Education)\n"
    )
    plan = divplan.parse(text)
    assert plan.metadata.date == "2022-08-15"
    assert shape(plan) == [("I.", [1, 2], [])]


def test_a_source_line_under_a_reprint_is_no_clause() -> None:
    text = NOTICE + "一、甲\n（1）任务一。（财政部负责）\n（2）任务二。\n（来源：国家发展和改革委员会网站）\n"
    items = divplan.parse(text).items()
    assert [(i.number, i.responsibility.mode) for i in items] == [(1, "sole"), (2, None)]


def test_bracketed_field_labels_under_each_item_and_a_wechat_foot() -> None:
    # a township's WeChat post: 【责任领导】 (a person) 【责任单位】 【完成时限】 under each item,
    # then "- END -" and a 往期推荐 list whose titles name a unit in brackets
    text = NOTICE + (
        "一、决战脱贫攻坚\n\n1.开展大排查。\n【责任领导】李建国　【责任单位】镇扶贫工作站（牵头）、各村（社区）"
        "　【完成时限】2020年4月底前\n\n2.落实就业帮扶。\n【责任领导】王芳　【责任单位】镇社会事务办\n\n"
        "- END -\n\n往期推荐\n1.黄坪镇召开推进会（镇扶贫工作站）\n2.春耕正当时\n\n阅读原文\n"
    )
    plan = divplan.parse(text)
    items = plan.items()
    assert [i.text for i in items] == ["开展大排查。", "落实就业帮扶。"]
    first = items[0].responsibility
    assert first.mode == "lead"
    assert [d.mention for d in first.leads] == ["镇扶贫工作站"]
    assert [d.mention for d in first.participants] == ["各村（社区）"]
    assert items[0].deadline is not None and items[0].deadline.text == "2020年4月底前"
    assert [d.mention for d in items[1].responsibility.leads] == ["镇社会事务办"]


def test_bullets_under_an_open_numbered_item_are_its_points() -> None:
    # "1. … as follows:" / "- a;" / "- b." / "(A)": the bullets belong to item 1, whose clause
    # closes them; bullets that bear their own clauses stay items
    en = (
        "I. Tasks\n1. Improve the services as follows:\n- simplify the procedures;\n"
        "- cut the fees.\n(The Ministry of Finance is responsible)\n"
        "2. Strengthen supervision. (The Ministry of Commerce is responsible)\n"
    )
    items = divplan.parse(en).items()
    assert [i.number for i in items] == [1, 2]
    assert items[0].text.endswith("- cut the fees.")
    assert [d.id for d in items[0].responsibility.leads] == ["MOF"]
    zh = NOTICE + "一、任务\n1.优化服务，具体包括：\n- 简化程序；\n- 降低收费。\n（财政部负责）\n2.加强监管。（商务部负责）\n"
    items = divplan.parse(zh).items()
    assert [(i.number, i.responsibility.leads[0].id) for i in items] == [(1, "MOF"), (2, "MOFCOM")]
    own = NOTICE + "一、任务\n1.数字基础设施：\n- 建设网络。（工业和信息化部负责）\n- 降低资费。（国资委负责）\n"
    plan = divplan.parse(own)
    leads = [i.responsibility.leads[0].id for i in plan.items() if i.responsibility.leads]
    assert leads == ["MIIT", "SASAC"]


def test_a_lone_unmarked_heading_is_read_and_reported() -> None:
    # unmarked headings usually come as a set; a lone one is still read as a heading, but a
    # note line can look the same, so the checks say so (DP302)
    one = NOTICE + "一、甲\n农村生活污水治理\n1.推进改革。（财政部负责）\n2.加强监管。（商务部负责）\n"
    plan = divplan.parse(one)
    assert [ss.title for s in plan.sections for ss in s.subsections] == ["农村生活污水治理"]
    assert [d.code for d in plan.diagnostics].count("DP302") == 1
    two = NOTICE + (
        "一、甲\n稳定粮食生产\n1.推进改革。（财政部负责）\n加强市场监管\n2.加强监管。（商务部负责）\n"
    )
    plan = divplan.parse(two)
    assert [ss.title for s in plan.sections for ss in s.subsections] == ["稳定粮食生产", "加强市场监管"]
    assert "DP302" not in [d.code for d in plan.diagnostics]


def test_a_deadline_bracket_closing_a_task_whose_clause_came_first() -> None:
    text = NOTICE + "一、任务\n1.【牵头单位：财政部；配合单位：商务部】完善制度，加强监管。（2023年底前）\n"
    (item,) = divplan.parse(text).items()
    assert item.text == "完善制度，加强监管。"
    assert item.deadline is not None and item.deadline.text == "2023年底前"
    assert [d.id for d in item.responsibility.participants] == ["MOFCOM"]


def test_a_space_that_cuts_a_name_is_joined_back_and_said() -> None:
    text = NOTICE + "一、任务\n1.推进。（某市发展和改革委 员会牵头，某市财政局 某市商务局参加）\n"
    (item,) = divplan.parse(text).items()
    r = item.responsibility
    assert [d.mention for d in r.leads] == ["某市发展和改革委员会"]
    assert [d.mention for d in r.participants] == ["某市财政局", "某市商务局"]
    assert r.reading == "inferred"  # the join is a guess, and says so


def test_the_last_line_of_a_wrapped_sentence_is_no_clause_of_its_own() -> None:
    text = (
        "I. Tasks\n1. Improve the services and cut the fees in every province so that the\n"
        "Ministry of Finance shall take the lead, with the support of the Ministry of Commerce\n"
        "2. Another task.\nThe Ministry of Commerce shall lead, with the support of the Ministry"
        " of Finance\n"
    )
    first, second = divplan.parse(text).items()
    assert first.responsibility.mode is None
    assert [d.id for d in second.responsibility.leads] == ["MOFCOM"]


def test_bracketed_headings_stay_headings() -> None:
    text = NOTICE + (
        "一、甲\n【主要任务】\n1.任务一。（财政部负责）\n2.任务二。（商务部负责）\n"
        "【工作要求】\n3.任务三。（审计署负责）\n4.任务四。（财政部负责）\n"
    )
    plan = divplan.parse(text)
    assert [ss.title for s in plan.sections for ss in s.subsections] == ["【主要任务】", "【工作要求】"]
    assert [i.text for i in plan.items()][1] == "任务二。"


def test_bullets_with_their_own_field_lines_are_tasks() -> None:
    text = (
        "I. Tasks\n1. Infrastructure:\n- Build rural roads.\n  Lead: Ministry of Transport\n"
        "- Upgrade ports.\n  Lead: Ministry of Commerce\n"
    )
    leads = [[d.id for d in i.responsibility.leads] for i in divplan.parse(text).items()]
    assert leads[-2:] == [["MOT"], ["MOFCOM"]]


def test_the_documents_footer_ends_the_plan_without_a_blank_line() -> None:
    # 主题词 / 抄送 / …印发: the 版记 after the plan, even run on under the last task
    text = NOTICE + (
        "一、任务\n1.建立制度。由规划财务司负责。\n2.建立监测评估制度。由规划财务司、卫生发展研究中心负责，每季度通报一次。\n"
        "主题词：卫生　医改　分工　通知\n抄送：各省卫生厅局。\n卫生部办公厅　　2009年5月18日印发\n"
    )
    items = divplan.parse(text).items()
    assert len(items) == 2
    assert "主题词" not in items[-1].text
    assert [d.mention for d in items[-1].responsibility.leads] == ["规划财务司", "卫生发展研究中心"]


def test_a_string_holding_a_pasted_table_reads_as_the_file_would(tmp_path: Path) -> None:
    text = (
        "某市2022年重点任务分工\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t推行一网通办\t市政务服务局\t市大数据局\t2022年6月底\n"
        "2\t压缩审批时限\t市发展改革委\t市住建局、市自然资源局\t2022年12月底\n"
    )
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    from_string, from_file = divplan.parse(text), divplan.parse_file(path)
    assert [i.text for i in from_string.items()] == ["推行一网通办", "压缩审批时限"]
    assert from_string.model_dump(exclude={"source"}) == from_file.model_dump(exclude={"source"})


def test_points_closed_by_the_last_ones_clause_belong_to_the_item() -> None:
    # 1.…。 / （1）…； / （2）…； / （3）…。（A牵头，B参加）: no colon introduces the points
    text = NOTICE + (
        "一、甲\n（一）编制规划\n1.组织编制专项规划。\n（1）明确重点领域；\n（2）提出阶段目标；\n"
        "（3）做好衔接。（财政部牵头，商务部参加）\n2.指导地方编制规划。（财政部负责）\n"
    )
    items = divplan.parse(text).items()
    assert [i.number for i in items] == [1, 2]
    assert "做好衔接" in items[0].text and items[0].responsibility.leads[0].id == "MOF"


def test_a_subsection_task_in_paragraphs_and_a_short_title_over_tasks() -> None:
    task = NOTICE + (
        "一、拓宽领域\n（一）鼓励民间资本参与交通运输建设。鼓励民间资本投资建设公路等项目。\n"
        "抓紧研究制定改革方案，引入市场竞争。（交通运输部负责）\n"
        "（二）鼓励民间资本参与水利工程建设。建立收费补偿机制，实行政府补贴。\n"
        "各地要及时公布项目目录。（水利部牵头，财政部参加）\n"
    )
    plan = divplan.parse(task)
    assert [i.number for i in plan.items()] == [1, 2]
    assert all(not s.subsections for s in plan.sections)
    title = NOTICE + (
        "一、产业\n（一）推动产业链优化升级。\n实施技术改造升级工程。（工业和信息化部牵头）\n"
        "（二）推进数字经济发展。\n制定数字经济政策。（国家发展改革委负责）\n"
    )
    plan = divplan.parse(title)
    assert [len(ss.items) for s in plan.sections for ss in s.subsections] == [1, 1]


def test_lower_case_roman_subsections() -> None:
    text = (
        "I. Social Security\n(i) Pensions\n1. Study tax policies. (The Ministry of Finance shall"
        " take the lead)\n(ii) Health\n2. Fully implement illness insurance. (The Ministry of"
        " Commerce is responsible)\n"
    )
    plan = divplan.parse(text)
    assert [(ss.marker, len(ss.items)) for s in plan.sections for ss in s.subsections] == [
        ("(i)", 1), ("(ii)", 1),
    ]


def test_a_takeaways_list_before_a_task_list_is_not_the_plan() -> None:
    text = (
        "Who does what\nKey takeaways\n- MIIT leads six of the twelve tasks.\n"
        "- Financing tasks are shared with the MOF.\n\nI. Innovation\n"
        "Task 1 — Set up a catalogue of SMEs; Lead: MIIT; Support: MOF; By: end-2016\n"
        "Task 2 — Build service platforms; Lead: MIIT; Support: MOST; By: mid-2017\n"
    )
    items = divplan.parse(text).items()
    assert [i.number for i in items] == [1, 2]
    assert [i.deadline.text if i.deadline else None for i in items] == ["end-2016", "mid-2017"]


def test_a_paragraph_of_tasks_each_closing_with_its_clause() -> None:
    text = NOTICE + (
        "一、财政\n今年拟安排财政赤字2.18万亿元。（财政部负责）全面实施营改增，扩大试点范围。"
        "（财政部、税务总局负责）\n适当增加必要的财政支出。（财政部、国家发展改革委按职责分工负责）\n"
    )
    items = divplan.parse(text).items()
    assert [[d.id for d in i.responsibility.leads] for i in items] == [
        ["MOF"], ["MOF", "SAT"], ["MOF", "NDRC"],
    ]


def test_circled_points_closed_by_the_last_points_clause() -> None:
    text = NOTICE + (
        "一、项目\n1．加快推进重大项目建设。\n①加快高速公路建设；\n②加快机场前期工作；\n"
        "③加快水库除险加固。（省发展改革委牵头，省交通厅配合）\n2．做好项目申报。（省发展改革委负责）\n"
    )
    items = divplan.parse(text).items()
    assert [i.number for i in items] == [1, 2]
    assert "③" in items[0].text


def test_review_findings_on_points_bullets_and_dash_labels() -> None:
    # points whose later siblings carry their own clauses are tasks, not the item's points
    tasks = NOTICE + (
        "一、任务\n1. 推进财税体制改革\n（1）研究制定改革方案。\n（2）组织开展试点。（省财政厅负责）\n"
        "（3）开展评估总结。（省审计厅负责）\n2. 加强市场监管。（省市场监管局负责）\n"
    )
    leads = [[d.mention for d in i.responsibility.leads] for i in divplan.parse(tasks).items()]
    assert ["省审计厅"] in leads and ["省市场监管局"] in leads
    # bullets under a section heading are the plan's, even before numbered tasks
    bullets = NOTICE + (
        "一、重点任务\n● 完善价格形成机制\n● 健全要素市场体系\n1. 推进技术改造。（工业和信息化部负责）\n"
    )
    plan = divplan.parse(bullets)
    assert [s.title for s in plan.sections] == ["重点任务"] and len(plan.items()) == 3
    # a dash inside a task's sentence is no field label
    dash = (
        "I. Key tasks\n1. Cut the approval time - from 20 working days to 5.\n"
        "Lead agency: State Administration for Market Regulation\nDeadline: end of 2024\n"
    )
    (item,) = divplan.parse(dash).items()
    assert item.text.endswith("to 5.") and item.deadline is not None
    assert item.deadline.text == "end of 2024"


def test_i_after_h_is_a_letter() -> None:
    text = "I. Tasks\n" + "".join(
        f"({c}) Task {c}. (The Ministry of Finance is responsible)\n" for c in "abcdefghij"
    )
    plan = divplan.parse(text)
    assert "DP102" not in [d.code for d in plan.diagnostics]
    assert len(plan.items()) == 10


def test_an_unclear_end_of_a_responsible_list_is_reported() -> None:
    # "Undertaken by A, B and C, D participates": where A's list ends is unclear ("the Food
    # and Drug Administration" holds an "and" too), so it is read as written and flagged
    plan = divplan.parse(
        "I. Tasks\n1. Improve pricing. (Undertaken by MOF, NDRC and MIIT, MOFCOM participates)\n"
    )
    assert "DP205" in [d.code for d in plan.diagnostics]


def test_a_deadline_bracket_before_field_lines_and_a_note_after_a_sentence_clause() -> None:
    fields = NOTICE + (
        "一、任务\n1．鼓励毕业生到基层就业。（2003年6月底前启动）\n牵头单位：高校学生司　配合单位：财政部\n"
    )
    (item,) = divplan.parse(fields).items()
    assert item.deadline is not None and item.deadline.text == "2003年6月底前启动"
    assert item.text == "鼓励毕业生到基层就业。"
    sentence = NOTICE + (
        "一、任务\n1．推进数据共享。由国家数据局牵头，工业和信息化部参加。\n"
        "2．加强经办服务。由国家医保局牵头，各有关部门参加。\n（此件公开发布）\n"
    )
    last = divplan.parse(sentence).items()[-1]
    assert [d.id for d in last.responsibility.leads] == ["NHSA"]


def test_yi_shi_items_run_together_on_one_line() -> None:
    text = NOTICE + (
        "一、任务\n一是加快项目建设（国家发展改革委牵头，财政部配合）；二是扩大消费（商务部负责）；"
        "三是优化营商环境（国家发展改革委负责）。\n"
    )
    items = divplan.parse(text).items()
    assert [i.marker for i in items] == ["一是", "二是", "三是"]
    assert [i.responsibility.leads[0].id for i in items] == ["NDRC", "MOFCOM", "NDRC"]


def test_a_number_inside_a_task_before_its_bracket_opens_no_point() -> None:
    # "… starting with batch 1. (A, B)": the task's own words, then its clause; an English
    # task's verb ("Support") and its deadline's "by" are no clause of a point
    for k in (1, 2):
        text = (
            "I. Improve the commercial network\n1. Support county towns in upgrading service "
            f"centres, starting with batch {k}. (Ministry of Water Resources, Ministry of "
            "Finance) (to be completed by the end of 2020)\n"
        )
        items = divplan.parse(text).items()
        assert len(items) == 1 and items[0].text.endswith(f"batch {k}.")
        assert [d.id for d in items[0].responsibility.leads] == ["MWR", "MOF"]


def test_a_field_list_cut_inside_a_name_goes_on_the_next_line() -> None:
    text = NOTICE + (
        "一、任务\n5．继续实行最低收购价政策。\n牵头单位：国家发展改革委　配合单位：财政部、中国农业发展\n"
        "银行\n\n— 1 —\n\n6．完善储备制度。\n牵头单位：财政部\n"
    )
    plan = divplan.parse(text)
    first = plan.items()[0]
    assert [d.mention for d in first.responsibility.participants][-1] == "中国农业发展银行"
    assert all(not s.subsections for s in plan.sections)


def test_a_field_line_under_an_unnumbered_task_paragraph_closes_it() -> None:
    # unnumbered tasks, each closed by its clause, with a 完成时限 line under it and no blank
    # line before the next task: the field is the task's, the next line a new task
    text = NOTICE + (
        "一、完善制度\n"
        "研究起草建议稿，推动立法进程。（政策法规司牵头，养老服务司参加）\n"
        "完成时限：2021年12月底前\n"
        "建立基本服务清单制度。（养老服务司负责）\n"
        "完成时限：持续推进\n"
        "二、扩大供给\n"
        "推进医养结合。（养老服务司、国家卫生健康委负责）\n"
        "完成时限：2021年12月底前完成\n"
    )
    items = divplan.parse(text).items()
    assert [i.text[:4] for i in items] == ["研究起草", "建立基本", "推进医养"]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "2021年12月底前", "持续推进", "2021年12月底前完成"
    ]


def test_traditional_page_lines_are_page_furniture() -> None:
    text = NOTICE + (
        "一、增強能力\n1．實施技術中心建設工程。\n牽頭單位：財政部　參加單位：商務部\n"
        "第2頁\n2．落實加計扣除政策。\n責任單位：稅務總局\n第3頁\n"
    )
    plan = divplan.parse(text)
    assert [len(s.items) for s in plan.sections] == [2]
    assert not plan.sections[0].subsections


_EN_NOTICE = (
    "Ministry of Commerce\nJune 8, 2015\nDivision of Labor for Key Points of E-commerce Work\n"
)
_EN_TASKS = [
    "Study and draft guiding opinions on promoting the healthy and rapid development of\n"
    "e-commerce, and submit them to the State Council for issuance. (Ministry of Finance\n"
    "takes the lead, Ministry of Commerce cooperates) (Before the end of May 2015)\n",
    "Establish the e-commerce statistical monitoring system, and release the e-commerce\n"
    "development report on a regular basis. (Ministry of Commerce is responsible)\n",
    "Promote the construction of the e-commerce credit system, and carry out credit\n"
    "evaluation of e-commerce enterprises. (Ministry of Commerce is responsible, Ministry of\n"
    "Finance cooperates) (Long-term)\n",
]


def _en_plan(blank_after_heading: bool) -> str:
    gap = "\n" if blank_after_heading else ""
    out = _EN_NOTICE
    for n, heading in enumerate(["Improve the policy environment for e-commerce",
                                 "Promote e-commerce into rural areas"], start=1):  # fmt: skip
        out += f"{n}. {heading}\n{gap}" + "".join(_EN_TASKS)
    return out


def test_numbered_headings_over_unnumbered_task_paragraphs() -> None:
    # hard-wrapped English: "1. Heading" lines over paragraphs of tasks, each closed by its
    # clause; the heading ends short of the width, with no blank line or with one under it
    for blank in (False, True):
        plan = divplan.parse(_en_plan(blank))
        assert [len(s.items) for s in plan.sections] == [3, 3], blank
        assert [s.title for s in plan.sections][1] == "Promote e-commerce into rural areas"
        assert all(not i.numbered for i in plan.items())


def test_a_section_opening_paragraph_keeps_the_first_heading() -> None:
    # 一、heading / an opening paragraph / 1. the first task: the plan starts at the heading
    text = NOTICE + (
        "一、总体要求\n坚持扩大内需，加快培育完整内需体系。\n"
        "1.加快推进某事。（财政部负责）\n2.推进某事。（教育部负责）\n二、保障\n3.推进某事。（民政部负责）\n"
    )
    plan = divplan.parse(text)
    assert [(s.marker, s.title) for s in plan.sections] == [("一、", "总体要求"), ("二、", "保障")]
    assert plan.title is not None and plan.title.text == "某某分工方案"
    assert any("坚持扩大内需" in u.text for u in plan.unparsed)  # kept, and reported


def test_a_line_cut_between_digits_in_chinese_joins_without_a_space() -> None:
    text = NOTICE + "一、总体要求\n1.加快推进某事。（财政部负责，202\n1年底前完成）\n2.推进5\nG网络建设。（教育部负责）\n"
    first, second = divplan.parse(text).items()
    assert first.deadline is not None and first.deadline.text == "2021年底前完成"
    assert second.text == "推进5G网络建设。"


def test_decimals_with_units_at_a_line_start_are_no_items() -> None:
    text = NOTICE + (
        "一、总体要求\n1.推进投资，规模达到\n3.5萬億元。（财政部负责）\n"
        "2.推进建设，新增\n10.5公里道路，提高\n0.5个百分点。（教育部负责）\n"
    )
    items = divplan.parse(text).items()
    assert [i.text for i in items] == [
        "推进投资，规模达到3.5萬億元。",
        "推进建设，新增10.5公里道路，提高0.5个百分点。",
    ]


def test_a_field_label_cut_by_a_line_end_still_reads() -> None:
    # a PDF's line cut inside 完成时限：(完 / 成时限：…): the label is read across the break and
    # the next items stay items (they were read under a heading "成时限：…")
    text = NOTICE + (
        "一、健全机制\n10．落实联合奖惩合作备忘录。\n"
        "牵头单位：省发展改革委　配合单位：省高级人民法院、省工商局　完\n成时限：2017年8月底前\n"
        "11．对失信被执行人实施联合惩戒。\n责任单位：省高级人民法院　完成时限：持续推进\n"
    )
    plan = divplan.parse(text)
    first, second = plan.items()
    assert first.deadline is not None and first.deadline.text == "2017年8月底前"
    assert [d.mention for d in first.responsibility.participants] == ["省高级人民法院", "省工商局"]
    assert second.number == 11 and not plan.sections[0].subsections


def test_a_publication_note_is_no_tail_of_the_last_field() -> None:
    text = NOTICE + "一、维护秩序\n1．开展评议活动。（县监察局牵头）\n完成时限：2010年12月底前\n（此件公开发布）\n"
    item = divplan.parse(text).items()[0]
    assert item.deadline is not None and item.deadline.text == "2010年12月底前"


def test_radicals_a_pdf_font_wrote_read_as_characters() -> None:
    from divplan.read.radicals import unradical

    assert unradical("⼈⺠政府⽔利厅") == "人民政府水利厅"  # Kangxi (NFKC) and the supplement
    text = NOTICE + "一、测试\n1．推进某事。（⽔利部牵头，⾃然资源部参加）\n"
    resp = divplan.parse(text).items()[0].responsibility
    assert [d.id for d in resp.leads] == ["MWR"] and [d.id for d in resp.participants] == ["MNR"]


def test_a_heading_marker_alone_on_its_line_takes_the_title_below() -> None:
    text = NOTICE + "一、\n总体要求\n1.加快推进某事。（财政部负责）\n二、\n保障措施\n2.推进某事。（教育部负责）\n"
    plan = divplan.parse(text)
    assert [(s.marker, s.title) for s in plan.sections] == [("一、", "总体要求"), ("二、", "保障措施")]
    assert not any(s.subsections for s in plan.sections)


def test_markdown_marks_around_headings_in_plain_text() -> None:
    # a wiki's or a chat's copy: "## 二、…" and "**一、…**" are the headings they mark
    for first, second in (("# 一、构建格局", "## 二、优化环境"), ("**一、构建格局**", "**二、优化环境**")):
        text = NOTICE + f"{first}\n1.加快推进某事。（财政部负责）\n{second}\n2.推进某事。（教育部负责）\n"
        plan = divplan.parse(text)
        assert [(s.marker, s.title) for s in plan.sections] == [("一、", "构建格局"), ("二、", "优化环境")]


def test_a_sentence_clause_followed_by_a_deadline_sentence() -> None:
    text = NOTICE + "一、总体要求\n1.加快推进某事。由财政部负责。2021年底前完成。\n2.推进某事。由教育部牵头，商务部参加。\n"
    first, second = divplan.parse(text).items()
    assert [d.id for d in first.responsibility.leads] == ["MOF"]
    assert first.deadline is not None and first.deadline.text == "2021年底前完成"
    assert first.responsibility.reading == "inferred"  # a sentence is a clause by inference
    assert second.deadline is None


def test_a_bare_deadline_line_under_an_item_is_its_deadline() -> None:
    text = NOTICE + (
        "一、总体要求\n1.加快推进某事。（财政部负责）\n2021年底前完成\n"
        "2.推进某事。（教育部牵头，商务部参加）\n持续推进\n3.再推进。（商务部负责）\n"
    )
    items = divplan.parse(text).items()
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "2021年底前完成", "持续推进", None
    ]
    assert [i.text for i in items] == ["加快推进某事。", "推进某事。", "再推进。"]


def test_a_page_footer_that_reads_as_fields_is_no_task() -> None:
    # sentence clauses only (…。由A牵头，B参加，2023年底前完成。), then the page's share bar and a
    # footer "主办：X 承办：Y" — which reads like two fields, but is the page's, not a task
    text = NOTICE + (
        "一、扩大覆盖面\n1．推动企业建立制度。由县财政局牵头，县人社局参加，2023年12月底前完成。\n"
        "2．开展试点。由县人社局牵头，县总工会参加，2023年9月底前完成。\n"
        "二、支持消费\n3．落实提取政策。由县住建局牵头，县财政局参加，2023年6月底前完成。\n"
        "分享到：【打印本页】【关闭窗口】\n相关文件\n某县实施意见2023-03-16\n"
        "关于我们 | 网站地图 | 联系我们\n主办：某县人民政府办公室　承办：某县融媒体中心\n"
        "网站标识码：3310230006\n"
    )
    items = divplan.parse(text).items()
    assert [i.number for i in items] == [1, 2, 3]
    assert [d.mention for d in items[0].responsibility.leads] == ["县财政局"]
    assert items[0].deadline is not None and items[0].deadline.text == "2023年12月底前完成"


def test_a_deadline_bracket_on_the_line_under_an_unnumbered_task() -> None:
    text = NOTICE + (
        "一、控制污染\n科学划定禁养区，依法关闭禁养区内的养殖场。（市农委负责，市环保局配合）\n"
        "（2016年12月底前）\n推广测土配方施肥。（市农委负责，有关部门配合）（持续推进）\n"
    )
    items = divplan.parse(text).items()
    assert [i.deadline.text if i.deadline else None for i in items] == ["2016年12月底前", "持续推进"]


def test_an_english_plan_with_chinese_glosses_reads_its_labels() -> None:
    # an official translation keeps the Chinese original of each name in brackets; the text
    # is still English, so "Deadline:" is a label and the sentence clauses read
    text = (
        "General Office of the State Council\nApril 12, 2010\n\nDivision of Labour\n\n"
        "I. Policies\n1. Extend the policies. The Ministry of Human Resources and Social Security "
        "(人力资源社会保障部) shall take the lead, with the Ministry of Finance (财政部) cooperating.\n"
        "Deadline: By the end of June 2010\n"
        "2. Implement the tax policies. The Ministry of Finance and the State Administration of "
        "Taxation (税务总局) shall be responsible according to their respective duties.\n"
        "Deadline: Ongoing\n"
    )
    first, second = divplan.parse(text).items()
    assert ([d.id for d in first.responsibility.leads], first.deadline and first.deadline.text) == (
        ["MOHRSS"], "By the end of June 2010"
    )
    assert second.responsibility.mode == "division" and [
        d.id for d in second.responsibility.leads
    ] == ["MOF", "SAT"]


def test_points_written_in_one_line_under_an_unnumbered_paragraph() -> None:
    text = NOTICE + (
        "一、健全体系\n\n实施养老服务提升行动。（省民政厅牵头，省财政厅参加）\n\n"
        "推进农村养老服务设施建设，重点做好以下工作：\n\n"
        "一是改造提升乡镇敬老院200所；二是推进互助幸福院建设。（省民政厅牵头，省财政厅等参加）\n\n"
        "推进公办养老机构改革。（省民政厅负责）\n"
    )
    items = divplan.parse(text).items()
    assert [(i.number, i.numbered) for i in items] == [(1, False), (2, False), (3, False)]
    assert items[1].text.startswith("推进农村养老服务设施建设") and "二是" in items[1].text
    assert items[1].responsibility.others


def test_fields_written_as_bullets_under_a_task() -> None:
    text = (
        "General Office of the State Council\nMarch 28, 2017\n\nDivision of Labour\n\n"
        "I. Credit information\n1. **Complete the credit information sharing platform.**\n"
        "   - Lead: National Development and Reform Commission\n"
        "   - Cooperating: People's Bank of China, relevant departments\n   - Deadline: end-2017\n"
        "2. **Improve the Credit China website.**\n   - Responsible: Ministry of Commerce\n"
        "   - Deadline: ongoing\n"
    )
    first, second = divplan.parse(text).items()
    assert [d.id for d in first.responsibility.leads] == ["NDRC"]
    assert [d.id for d in first.responsibility.participants] == ["PBC"]
    assert first.deadline is not None and first.deadline.text == "end-2017"
    assert second.number == 2 and [d.id for d in second.responsibility.leads] == ["MOFCOM"]


def test_a_notice_s_numbered_requirements_before_its_signature_are_no_tasks() -> None:
    text = (
        "Notice of the County People's Government Office on Issuing the Division of Tasks\n"
        "All township people's governments:\nPlease observe the following requirements:\n"
        "1. Strengthen leadership. All departments should treat this as a priority.\n"
        "2. Ensure implementation. The responsible units shall draw up a ledger of their tasks "
        "and send it to the County Finance Bureau.\n"
        "3. Report on progress. The responsible units shall report by 5 July 2025.\n"
        "County People's Government Office\n17 March 2025\n(This document is publicly released)\n"
        "Division of Tasks\n"
        "I. Coordination\n1. Implement the mechanism. The County Finance Bureau is responsible, "
        "with the County Market Supervision Administration cooperating; by the end of June 2025.\n"
        "2. Draw up lists of enterprises. The County Commerce Bureau is responsible; monthly.\n"
    )
    plan = divplan.parse(text)
    assert [(s.title, [i.number for i in s.items]) for s in plan.sections] == [
        ("Coordination", [1, 2])
    ]


def test_one_record_per_task_printed_without_its_cell_borders() -> None:
    # a PDF of a Word table per task: 序号1 / 工作任务 … / 牵头单位 X / 配合单位 Y, the label and
    # its value a space apart
    text = NOTICE + (
        "一、科学编制村庄规划\n序号1\n工作任务 编制全市美丽乡村建设总体规划。\n"
        "牵头单位 市规划局\n配合单位 市住房城乡建设局、市国土资源局\n\n"
        "序号2\n工作任务 开展村庄布局规划修编。\n责任单位 市住房城乡建设局\n"
    )
    first, second = divplan.parse(text).items()
    assert (first.number, first.numbered, first.responsibility.mode) == (1, True, "lead")
    assert [d.mention for d in first.responsibility.leads] == ["市规划局"]
    assert [d.mention for d in second.responsibility.leads] == ["市住房城乡建设局"]


def test_a_task_word_before_the_item_number() -> None:
    text = NOTICE + (
        "一、压实责任\n重点任务1．修订考核巡查办法。\n责任单位 应急管理部牵头，有关部门按职责分工负责，2026年12月\n"
        "底前\n重点任务2．推动落实企业主体责任。\n责任单位 应急管理部牵头，人力资源社会保障部等参\n加，2026年10月底前\n"
    )
    first, second = divplan.parse(text).items()
    assert (first.number, second.number) == (1, 2)
    assert first.deadline is not None and first.deadline.text == "2026年12月底前"
    assert [d.id for d in second.responsibility.participants] == ["MOHRSS"]
    assert second.responsibility.others and second.deadline is not None


def test_items_whose_opening_words_are_their_clause_stay_items() -> None:
    # rule 5: 2．A、B联合实施：… has no bracket or field (its clause is read later, by
    # inference), but opening words that name who does it make it a task: not the heading of
    # section 2, although its number is the next section's and a subsection follows it
    text = (
        "某縣學校食品安全工作任務分工\n\n一、落實主體責任\n\n（一）健全管理制度\n\n"
        "1．縣教育局牽頭，縣財政局配合：督促學校落實食品安全責任制度。（2021年9月底前）\n\n"
        "2．縣教育局、縣市場監管局聯合實施：全面推行陪餐制度。（2021年10月底前）\n\n"
        "（二）規範食堂管理\n\n"
        "3．縣市場監管局依法依職負責：實施食品安全量化分級管理。（2021年12月底前）\n\n"
        "二、加強監督檢查\n\n（三）強化日常監管\n\n"
        "4．縣財政局、縣教育局：將改造經費納入年度預算。（每年）\n"
    )
    plan = divplan.parse(text)
    assert shape(plan) == [("一、", [], [[1, 2], [3]]), ("二、", [], [[4]])]
    modes = [(i.responsibility.mode, i.responsibility.reading) for i in plan.items()]
    assert modes == [
        ("lead", "inferred"),
        ("joint", "inferred"),
        ("division", "inferred"),
        ("joint", "inferred"),
    ]


def test_a_numbered_heading_without_a_clause_is_still_a_section() -> None:
    # the same rule's other side: 2．加强监督检查 opens no clause, so it heads section 2
    text = (
        "某县工作任务分工\n\n1．落实主体责任\n\n（1）督促学校落实责任制度。（县教育局负责）\n\n"
        "（2）推行陪餐制度。（县市场监管局负责）\n\n2．加强监督检查\n\n"
        "（3）开展全覆盖检查。（县市场监管局负责）\n"
    )
    assert [s.marker for s in divplan.parse(text).sections] == ["1．", "2．"]


def test_a_plan_whose_every_clause_opens_its_item_starts_at_its_first_task() -> None:
    # rule 2: no item closes with a bracket or a field, but at least two open with their
    # clause (A负责，B配合，deadline：task): those bear the plan, so the notice's numbered
    # attachments before it and a list of links after it are not its items
    text = (
        "某县人民政府办公室关于印发某县创建工作任务分工的通知\n\n"
        "各乡镇人民政府，县直各部门：\n\n现将任务分工印发给你们，请认真抓好落实。\n\n"
        "附件：1．某县创建工作任务分工\n\n2．某县创建工作领导小组成员名单\n\n"
        "某县人民政府办公室\n\n2019年4月12日\n\n某县创建工作任务分工\n\n"
        "一、完善基础设施\n\n"
        "1．县交通运输局负责，县公安局配合，2019年8月底前：完善旅游交通标识标牌。\n\n"
        "2．县商务局、县文化广电旅游局，2019年11月底前：开发地方特色旅游商品。\n\n"
        "3．县文化广电旅游局牵头，县市场监管局配合，持续推进：畅通旅游投诉渠道。\n\n"
        "相关链接\n\n1．某县人民政府关于创建工作的实施意见\n"
    )
    plan = divplan.parse(text)
    assert shape(plan) == [("一、", [1, 2, 3], [])]
    got = [
        (i.responsibility.mode, i.deadline.text if i.deadline else None) for i in plan.items()
    ]
    assert got == [("lead", "2019年8月底前"), ("joint", "2019年11月底前"), ("lead", "持续推进")]
    assert all(i.responsibility.reading == "inferred" for i in plan.items())
    assert plan.items()[1].text.endswith("：开发地方特色旅游商品。")  # (opening words stay)


def test_fields_or_words_before_a_dash_open_the_task() -> None:
    # "Lead: A; Support: B — task (deadline)" / "A grasps coordination, B grasps implementation
    # — task" / A牵头，B配合——task: the dash set apart by spaces parts who does it from the task
    text = (
        "County Plan\n\nI. Sources\n"
        "1. Lead: County Housing Bureau; Support: County Finance Bureau, County Land Bureau — "
        "Prepare a special plan for the disposal of construction waste (by the end of June 2025)\n"
        "2. County Housing Bureau grasps coordination, County Urban Management Bureau grasps "
        "implementation — Issue disposal permits within the statutory time limit (ongoing)\n"
        "3. Responsible: County Justice Bureau — Carry out publicity of the regulations (annually)\n"
    )
    plan = divplan.parse(text)
    got = [reading(i) for i in plan.items()]
    assert got == [
        ("lead", ["County Housing Bureau"], ["County Finance Bureau", "County Land Bureau"],
         "by the end of June 2025"),
        ("lead", ["County Housing Bureau"], ["County Urban Management Bureau"], "ongoing"),
        ("sole", ["County Justice Bureau"], [], "annually"),
    ]  # fmt: skip
    assert plan.items()[0].text == "Prepare a special plan for the disposal of construction waste"
    zh = "某县工作任务分工\n\n一、总体任务\n1．县财政局牵头，县商务局配合——制定资金管理办法。（2020年底前）\n"
    (item,) = divplan.parse(zh).items()
    assert [d.mention for d in item.responsibility.leads] == ["县财政局"]
    assert item.deadline is not None and item.deadline.text == "2020年底前"


def test_a_dash_that_ends_a_label_does_not_open_the_task() -> None:
    # "Lead — A; Support — B — task": the labels' own dashes are passed over; the task opens
    # at the dash after the fields
    text = (
        "County Plan\n\nI. Sources\n1. Lead — County Housing Bureau; Support — County Finance "
        "Bureau — Prepare the plan (ongoing)\n"
    )
    (item,) = divplan.parse(text).items()
    assert [d.mention for d in item.responsibility.leads] == ["County Housing Bureau"]
    assert [d.mention for d in item.responsibility.participants] == ["County Finance Bureau"]
    assert item.text == "Prepare the plan"
    assert item.deadline is not None and item.deadline.text == "ongoing"


def test_a_label_after_a_copula_is_a_sentence_not_a_field() -> None:
    # "A is responsible: Rebuild 12 bridges": no "Responsible:" field naming "Rebuild 12" —
    # the words before the colon are the clause; "Lead: A" after a full stop stays a field
    text = (
        "County Plan\n\nI. Roads\n"
        "1. County Transportation Bureau is responsible: Rebuild 12 dangerous bridges.\n"
        "2. Repair the roads. Responsible: County Finance Bureau\n"
    )
    first, second = divplan.parse(text).items()
    assert [d.mention for d in first.responsibility.leads] == ["County Transportation Bureau"]
    assert first.responsibility.mode == "sole"
    assert [d.mention for d in second.responsibility.leads] == ["County Finance Bureau"]
    assert second.text == "Repair the roads."


def test_a_field_line_right_under_a_heading_is_its_group_s_line() -> None:
    # 一、… / 责任单位：A、B / 1．… 2．… with no blank line around the field line: the line is no
    # task (not an unnumbered item with no text, not a heading), its tasks take its roles, read
    # by inference, and the last group is not cut off as trailing text
    zh = (
        "某县人居环境整治任务分工\n\n一、垃圾治理\n责任单位：县城管局、县住建局\n"
        "1．建立村庄保洁制度。\n2．推进垃圾分类减量。\n二、村容村貌\n"
        "牵头单位：县自然资源局；配合单位：县农业农村局\n3．开展村庄规划编制工作。\n"
    )
    plan = divplan.parse(zh)
    items = plan.items()
    assert [i.number for i in items] == [1, 2, 3] and all(i.numbered for i in items)
    assert [reading(i) for i in items] == [
        ("joint", ["县城管局", "县住建局"], [], None),
        ("joint", ["县城管局", "县住建局"], [], None),
        ("lead", ["县自然资源局"], ["县农业农村局"], None),
    ]
    assert {i.responsibility.reading for i in items} == {"inferred"}
    assert [s.subsections for s in plan.sections] == [[], []]
    assert sum(d.code == "DP208" for d in plan.diagnostics) == 3
    en = (
        "County Plan\n\nI. Business environment\nResponsible units: County Finance Bureau\n"
        "1. Streamline approvals.\n2. Publish the list of fees.\n"
    )
    assert [reading(i) for i in divplan.parse(en).items()] == [
        ("sole", ["County Finance Bureau"], [], None),
        ("sole", ["County Finance Bureau"], [], None),
    ]


def test_a_field_line_after_its_task_is_still_that_task_s() -> None:
    # the usual layout, 1．task / 责任单位：A: the line closes its own task, no group is made
    zh = (
        "某县任务分工\n\n一、垃圾治理\n1．建立村庄保洁制度。\n责任单位：县城管局\n"
        "2．推进垃圾分类减量。\n责任单位：县住建局\n"
    )
    items = divplan.parse(zh).items()
    assert [reading(i)[1] for i in items] == [["县城管局"], ["县住建局"]]
    assert {i.responsibility.reading for i in items} == {"exact"}


@pytest.mark.parametrize(
    ("sentence", "names"),
    [  # a task's own words are no body's name, however organisation-shaped they end
        ("Support the development of urban and rural distribution networks and of joint "
         "distribution centres.", None),
        ("Carry out the campaign. The river basin commissions shall be responsible.",
         ["river basin commissions"]),  # (a body named in lower case, its head noun first)
        ("Build the platform. The people's governments of all counties shall be responsible.",
         ["people's governments of all counties"]),
    ],
)
def test_a_last_sentence_names_bodies_not_a_task_s_words(
    sentence: str, names: list[str] | None
) -> None:
    from divplan.names.registry import Registry
    from divplan.parsing.sentence_clauses import sentence_clause

    found = sentence_clause(sentence, 0, len(sentence), Registry.default())
    got = None if found is None else [r.mention for r in found.leads + found.participants]
    assert got == names
