"""Layouts and guards met in the nineteenth session: old silent errors of the genre matrix and
the sealed sets holdout188–191.

Each test builds a small plan in one layout of the genre and checks the reading; the
phrasings themselves are records of ``fixtures/clauses.txt``.
"""

from __future__ import annotations

import divplan
from item_roles import item_roles

_roles = item_roles


def test_a_short_task_under_a_field_line_ending_in_a_whole_name_is_the_next_task() -> None:
    # a one-column sheet's rows, task and field alternating: 落实差别电价政策。 is short enough
    # for the rest of a name the line above cut, but it is a sentence whose words end in no
    # body's name, so it opens the next task (holdout120)
    text = (
        "某省节能减排工作任务分工\n"
        "一、控制高耗能行业增长\n"
        "提高高耗能产品出口退税门槛，控制高耗能产品出口。\n"
        "主刀单位：省商务厅；次责单位：省国税局、某山海关\n"
        "落实差别电价政策。\n"
        "责任单位：省物价局、省电力公司\n"
        "二、加快淘汰落后产能\n"
        "关停小火电机组60万千瓦。\n"
        "主刀单位：省发展改革委；次责单位：省电力公司\n"
    )
    items = divplan.parse(text).items()
    assert [i.text for i in items] == [
        "提高高耗能产品出口退税门槛，控制高耗能产品出口。",
        "落实差别电价政策。",
        "关停小火电机组60万千瓦。",
    ]
    assert [_roles(i)[1:3] for i in items] == [
        (["省商务厅"], ["省国税局", "某山海关"]),
        (["省物价局", "省电力公司"], []),
        (["省发展改革委"], ["省电力公司"]),
    ]


def test_the_rest_of_a_name_cut_at_a_field_line_s_end_still_goes_on_with_it() -> None:
    # …、省财 / 政厅。: a short line ending a sentence whose words end a body's name is the
    # rest of the name the line above cut, not a task
    text = (
        "某省工作任务分工\n"
        "一、加强财政保障\n"
        "1．落实专项资金。\n"
        "牵头单位：省发展改革委；配合单位：省教育厅、省财\n"
        "政厅。\n"
        "2．加强资金监管。\n"
        "牵头单位：省审计厅\n"
    )
    items = divplan.parse(text).items()
    assert [i.text for i in items] == ["落实专项资金。", "加强资金监管。"]
    assert _roles(items[0])[1:3] == (["省发展改革委"], ["省教育厅", "省财政厅"])


def test_field_groups_under_their_tasks_whose_deadline_stands_first_in_some() -> None:
    # each task a paragraph with its field lines under it, in no fixed order: where the
    # deadline comes first, its line joins the task to the fields; where a unit's field comes
    # first, the paragraph above is still that group's task (holdout100).  The group
    # 主理單位 / 完成時限：2003年5月12日前 / 佐辦單位 is short and holds a date, but bears a
    # clause: it signs no notice, and the tasks above it stay the plan's
    text = (
        "某縣人民政府辦公室關於印發某縣防治工作任務分工的通知\n"
        "各鄉鎮人民政府，縣政府各部門：\n"
        "現將防治工作任務分工印發給你們，請抓緊落實。\n"
        "某縣人民政府辦公室\n"
        "二〇〇三年五月六日\n"
        "某縣防治工作任務分工\n"
        "一、監測和疫情報告\n"
        "健全縣、鄉、村三級疫情監測報告網絡。\n"
        "完成時限：2003年5月10日前\n"
        "主理單位：縣衛生局\n"
        "佐辦單位：各鄉鎮人民政府\n"
        "二、醫療救治和物資保障\n"
        "在車站、主要道口設立體溫檢測站。\n"
        "主理單位：縣交通局\n"
        "完成時限：2003年5月12日前\n"
        "佐辦單位：縣公安局\n"
        "改造縣人民醫院發熱門診和隔離病區。\n"
        "主理單位：縣衛生局\n"
        "完成時限：2003年5月20日前\n"
        "佐辦單位：縣計委、縣財政局\n"
        "落實防治經費，儲備消毒藥品和防護用品。\n"
        "主理單位：縣財政局\n"
        "佐辦單位：縣經貿局\n"
        "嚴厲打擊哄抬物價行為。\n"
        "完成時限：持續推進\n"
        "主理單位：縣物價局\n"
        "佐辦單位：縣工商局、縣公安局\n"
    )
    items = divplan.parse(text).items()
    assert [i.text for i in items] == [
        "健全縣、鄉、村三級疫情監測報告網絡。",
        "在車站、主要道口設立體溫檢測站。",
        "改造縣人民醫院發熱門診和隔離病區。",
        "落實防治經費，儲備消毒藥品和防護用品。",
        "嚴厲打擊哄抬物價行為。",
    ]
    assert [_roles(i)[1] for i in items] == [
        ["縣衛生局"],
        ["縣交通局"],
        ["縣衛生局"],
        ["縣財政局"],
        ["縣物價局"],
    ]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "2003年5月10日前",
        "2003年5月12日前",
        "2003年5月20日前",
        None,
        "持續推進",
    ]


def test_a_last_sentence_whose_role_words_are_new_is_still_the_clause() -> None:
    # 由市发改委一把抓。 (grasps it in one hand: alone) closing a task's cell beside a deadline
    # column: the sentence is the clause, its role read from its pieces (holdout188)
    text = (
        "序号,工作任务,完成时限\n"
        "一、完善服务业发展政策,,\n"
        "1,制定全市服务业发展三年行动计划。由市发改委一把抓。,2013年9月底\n"
        "2,设立服务业发展引导资金。由市财政局牵头，市发改委参与。,2013年10月底\n"
        "3,推进电子商务进社区。由市经信委一把抓。,2014年6月底\n"
    )
    items = divplan.parse(text).items()
    assert [_roles(i) for i in items] == [
        ("sole", ["市发改委"], [], False),
        ("lead", ["市财政局"], ["市发改委"], False),
        ("sole", ["市经信委"], [], False),
    ]
    assert items[0].text == "制定全市服务业发展三年行动计划。"


def test_an_office_system_s_export_stamp_ends_the_plan() -> None:
    # 导出人：… 导出时间：… under a sheet's last row is no part of its deadline (holdout190)
    text = (
        "序号,工作任务\n"
        "一、改善交通,\n"
        "1,开通城乡公交线路。\n"
        ",掌总单位：市交通局；落责单位：市财政局；完成时限：2010年12月底前\n"
        "2,新增城市公交线路6条。\n"
        ",掌总单位：市交通局；落责单位：公交集团等；完成时限：2010年9月底前\n"
        ",\n"
        "导出人：办公系统管理员　导出时间：2010-03-15 09:42,\n"
    )
    items = divplan.parse(text).items()
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "2010年12月底前",
        "2010年9月底前",
    ]


def test_an_english_field_line_cut_inside_a_name_goes_on_under_the_group() -> None:
    # "Lead: A. Associate departments: General" / "Administration of Quality Supervision, …":
    # the next line opens with the name's last words, up to a list separator (holdout191)
    text = (
        "III. Improving trade facilitation\n"
        "\n"
        "1. Extend the single window to all land ports.\n"
        "2. Open green channels at border crossings.\n"
        "Lead: General Administration of Customs. Associate departments: General\n"
        "Administration of Quality Supervision, Inspection and Quarantine, Ministry\n"
        "of Transport. Timeframe: by the end of 2009.\n"
    )
    items = divplan.parse(text).items()
    assert [i.deadline.text if i.deadline else None for i in items][-1] == "by the end of 2009"
    assert _roles(items[-1])[2] == [
        "General Administration of Quality Supervision, Inspection and Quarantine",
        "Ministry of Transport",
    ]


def test_a_last_sentence_naming_customs_is_the_clause() -> None:
    # 海關 (customs) ends a body's name as 局 does: the sentence that lists it before its role
    # words is the task's clause, and the paragraph a task (holdout189)
    text = (
        "某市工作任務分工\n"
        "一、加快發展文化產業\n"
        "　　擴大文化產品出口。市商務局、海關等同舟共擔。\n"
        "　　推進文化與科技融合。市科技局負責。\n"
        "　　加強網路文化市場管理。市公安局、海關共同負責。\n"
    )
    items = divplan.parse(text).items()
    assert [_roles(i) for i in items] == [
        ("joint", ["市商務局", "海關"], [], True),
        ("sole", ["市科技局"], [], False),
        ("joint", ["市公安局", "海關"], [], False),
    ]


def test_a_group_s_tasks_each_with_its_deadline_take_the_line_closing_the_last() -> None:
    # task / Time limit: … / task / Time limit: … / Responsible unit: A bear the banner, B close
    # force: the field line of who does it closes the group; the tasks above it, each with a
    # deadline line of its own, take its roles, said as a guess (holdout196)
    text = (
        "First, Improve the financing environment\n"
        "Guide the central fund to support technological transformation.\n"
        "Time limit: before the end of December 2008\n"
        "Expand the credit guarantee system for small enterprises.\n"
        "Time limit: long-term adherence\n"
        "Responsible unit: National Development and Reform Commission takes the lead, "
        "Ministry of Finance participates.\n"
        "Second, Reduce the burden of enterprises\n"
        "Clean up the administrative fees charged to enterprises.\n"
        "Time limit: before the end of June 2009\n"
        "Implement the preferential tax policies for small enterprises.\n"
        "Time limit: long-term adherence\n"
        "Responsible unit: State Administration of Taxation takes the lead.\n"
    )
    plan = divplan.parse(text)
    items = plan.items()
    assert [i.text for i in items] == [
        "Guide the central fund to support technological transformation.",
        "Expand the credit guarantee system for small enterprises.",
        "Clean up the administrative fees charged to enterprises.",
        "Implement the preferential tax policies for small enterprises.",
    ]
    assert [_roles(i)[1] for i in items] == [
        ["National Development and Reform Commission"],
        ["National Development and Reform Commission"],
        ["State Administration of Taxation"],
        ["State Administration of Taxation"],
    ]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "before the end of December 2008",
        "long-term adherence",
        "before the end of June 2009",
        "long-term adherence",
    ]
    assert items[0].responsibility.reading == "inferred"


def test_a_pipe_table_s_rows_wrapped_by_the_page_width_go_on_under_their_cells() -> None:
    # a PDF's pipe table whose rows the page width wrapped, the wrapped lines set in: each
    # line goes on with the row's last cell until the row holds the header's cells (holdout199)
    text = (
        "I. Consolidate poverty alleviation results\n"
        "Work task | Responsible unit | Time limit\n"
        "Establish the dynamic monitoring of the return to poverty | Host unit: City Rural\n"
        "   Revitalization Bureau; Assist unit: City Civil Affairs Bureau, City Medical\n"
        "   Insurance Bureau | End of June 2021\n"
        "Improve the rural drinking water safety | Host unit: City Water Conservancy Bureau |\n"
        "   End of October 2021\n"
    )
    items = divplan.parse(text).items()
    assert [_roles(i)[1:3] for i in items] == [
        (
            ["City Rural Revitalization Bureau"],
            ["City Civil Affairs Bureau", "City Medical Insurance Bureau"],
        ),
        (["City Water Conservancy Bureau"], []),
    ]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "End of June 2021",
        "End of October 2021",
    ]


def test_bodies_alone_opening_an_item_before_its_task_are_responsible() -> None:
    # "A and B, compress …" among items whose opening words are their clauses: the bodies
    # alone, no role word, are read as responsible for the task, a guess (holdout197)
    text = (
        "I. Optimize the development environment\n"
        "1. Provincial Development and Reform Commission takes the lead, Provincial Justice "
        "Department participates, clear market access barriers.\n"
        "2. Provincial Market Supervision Bureau is responsible, implement the fair competition "
        "review system.\n"
        "3. Provincial Government Service Management Office and Provincial Market Supervision "
        "Bureau, compress the time limit for enterprise opening to one working day.\n"
    )
    items = divplan.parse(text).items()
    assert _roles(items[2]) == (
        "joint",
        ["Provincial Government Service Management Office", "Provincial Market Supervision Bureau"],
        [],
        False,
    )
    assert items[2].responsibility.reading == "inferred"


def test_a_page_s_repeated_breadcrumbs_set_no_wrap_width() -> None:
    # a site's breadcrumb line printed three times over a hard-wrapped Chinese plan: lines
    # repeated word for word are the page's, so the body's own width still says where a line
    # was cut (1. …服务中 / 心和…, 3.支 / 持…), and no item is taken for a heading (found by
    # the property test of items' markers and clauses)
    body = (
        "I. 完善农村商业流通网络\n"
        "1. 支持县城改造提升一批综合商贸服务中\n"
        "心和物流配送中心，开展第一批试点。（财政部负责）\n"
        "\n— 2 —\n\n"
        "II. 完善农村商业流通网络\n"
        "1.支持县城改造提升一批综合商贸服务中心和物流配送中心，开展第二批试点。（财政部负责）\n"
        "2. 支持县城改造提升一批综合商贸服务中\n"
        "心和物流配送中心，开展第三批试点。（税务\n"
        "总局、财政部负责）（2020年底前完成）\n"
        "3.支\n"
        "持县城改造提升一批综合商贸服务中心和物流配送中心，开展第四批试点。（财政部负责）\n"
    )
    crumbs = "Home > News > Policies > State Council Documents\n" * 3 + "\n"
    for text in (body, crumbs + body):
        items = divplan.parse(text).items()
        assert [i.number for i in items] == [1, 1, 2, 3]
        assert all(i.text.startswith("支持县城改造") for i in items)
        assert all(i.responsibility.raw for i in items)


def test_a_portal_s_share_bar_is_no_part_of_the_last_task() -> None:
    # "Share to: WeChat Weibo QQ | Print | Close" right under the last task: the page's, so the
    # task's last sentence is still its clause (holdout198)
    text = (
        "I. Strengthen industry governance\n"
        "1. Revise the supporting regulations. The Legal Department is responsible.\n"
        "2. Deepen the reform of streamlining administration. The Highway Bureau and the Water "
        "Transport Bureau split the load.\n"
        "Share to: WeChat Weibo QQ | Print | Close\n"
    )
    items = divplan.parse(text).items()
    assert items[-1].text == "Deepen the reform of streamlining administration."
    assert _roles(items[-1])[:2] == ("division", ["Highway Bureau", "Water Transport Bureau"])


def test_a_pipe_table_s_rows_with_a_deadline_line_set_in_under_each() -> None:
    # 序号|工作任务|掌总部门|陪办部门 rows, each with "    时间要求：…" set in under it (and a
    # row whose last cell is empty): the line is that row's deadline, not the table's end
    # (holdout192)
    text = (
        "一、扩大就业\n"
        "序号|工作任务|牵头部门|配合部门\n"
        "1|实施积极的就业政策。|人力资源社会保障部|财政部、人民银行\n"
        "    时间要求：2008年9月底前\n"
        "2|加强职业技能培训。|人力资源社会保障部|\n"
        "    时间要求：持续推进\n"
        "二、完善社会保障\n"
        "序号|工作任务|牵头部门|配合部门\n"
        "1|扩大养老保险覆盖面。|人力资源社会保障部|财政部\n"
        "    时间要求：2008年底前\n"
    )
    items = divplan.parse(text).items()
    assert [i.text for i in items] == [
        "实施积极的就业政策。",
        "加强职业技能培训。",
        "扩大养老保险覆盖面。",
    ]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "2008年9月底前",
        "持续推进",
        "2008年底前",
    ]
    assert [_roles(i)[2] for i in items] == [["财政部", "人民银行"], [], ["财政部"]]


def test_a_date_closed_by_a_role_verb_is_the_deadline_of_a_sentence_clause() -> None:
    # …，2009年6月底前落实。 (落实 after 前 closes the date, no role word): the sentence is the
    # task's clause and the phrase its deadline (holdout193)
    text = (
        "一、完善服务业发展政策\n"
        "　　实行鼓励类服务业用电与工业基本同价。发展改革委、财政部共同负责，2009年6月底前落实。\n"
        "　　建立健全服务业统计调查制度。统计局负责，2009年底前完成。\n"
        "　　加强服务业从业人员职业培训。人力资源社会保障部负责，持续推进。\n"
    )
    items = divplan.parse(text).items()
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "2009年6月底前落实",
        "2009年底前完成",
        "持续推进",
    ]
    assert _roles(items[0])[:2] == ("joint", ["发展改革委", "财政部"])


def test_a_markdown_rule_under_the_last_task_is_no_part_of_its_deadline() -> None:
    # "---" (a Markdown page's break) under the last task's field line, a blank line between:
    # a rule, dropped like an ornament line, never the deadline's words (holdout193)
    text = (
        "# 漪峰县人民政府办公室关于印发漪峰县2023年优化营商环境重点任务分工方案的通知\n"
        "\n"
        "漪政办发〔2023〕9号\n"
        "\n"
        "各乡镇人民政府，县政府各部门：\n"
        "\n"
        "现将《漪峰县2023年优化营商环境重点任务分工方案》印发给你们，请认真抓好落实。\n"
        "\n"
        "漪峰县人民政府办公室\n"
        "2023年3月6日\n"
        "\n"
        "## 漪峰县2023年优化营商环境重点任务分工方案\n"
        "\n"
        "### 一、提升政务服务效能\n"
        "\n"
        "全面推行企业开办“一窗通办”，开办时间压缩至1个工作日以内。\n"
        "\n"
        "押阵单位：县市场监管局\u3000携办单位：县政务服务中心、县税务局\u3000完成时限：2023年6月底前\n"
        "\n"
        "推动高频政务服务事项“跨省通办”。\n"
        "\n"
        "押阵单位：县政务服务中心\u3000携办单位：县直有关部门\u3000完成时限：2023年12月底前\n"
        "\n"
        "深化工程建设项目审批制度改革，审批时间控制在60个工作日内。\n"
        "\n"
        "押阵单位：县住建局\u3000携办单位：县自然资源局、县发改局\u3000完成时限：2023年9月底前\n"
        "\n"
        "推行不动产登记“带押过户”。\n"
        "\n"
        "押阵单位：县自然资源局\u3000携办单位：县税务局\u3000完成时限：2023年6月底前### 二、优化市场环境\n"
        "\n"
        "全面落实公平竞争审查制度。\n"
        "\n"
        "押阵单位：县市场监管局\u3000携办单位：\u3000完成时限：长期坚持\n"
        "\n"
        "开展拖欠中小企业账款专项清理。\n"
        "\n"
        "押阵单位：县工信局\u3000携办单位：县财政局\u3000完成时限：2023年10月底前\n"
        "\n"
        "推进涉企轻微违法行为不予处罚清单制度。\n"
        "\n"
        "押阵单位：县司法局\u3000携办单位：县直各执法部门\u3000完成时限：2023年8月底前\n"
        "\n"
        "建立常态化政企沟通机制。\n"
        "\n"
        "责任单位：县工商联\u3000完成时限：长期坚持### 三、强化要素保障\n"
        "\n"
        "推行工业用地“标准地”出让。\n"
        "\n"
        "押阵单位：县自然资源局\u3000携办单位：县发改局、县工信局\u3000完成时限：2023年12月底前\n"
        "\n"
        "落实稳岗返还和就业补贴政策。\n"
        "\n"
        "押阵单位：县人社局\u3000携办单位：县财政局\u3000完成时限：2023年7月底前\n"
        "\n"
        "保障企业水电气供应，压减报装时间。\n"
        "\n"
        "责任单位：县发改局、县住建局、国网漪峰县供电公司\u3000完成时限：2023年9月底前\n"
        "\n"
        "---\n"
        "分享到：微信 微博 QQ空间\n"
    )
    items = divplan.parse(text).items()
    assert items[-1].deadline is not None and items[-1].deadline.text == "2023年9月底前"
    assert all("---" not in (i.deadline.text if i.deadline else "") for i in items)


def test_a_site_s_attachment_link_under_the_plan_is_no_deadline() -> None:
    # 附件下载：[….pdf](/uploadfiles/…) under the last task (a rule line between, dropped): the
    # page's link to the file, which ends the plan (holdout76)
    text = (
        "## 一、重点任务\n\n"
        "1．省财政厅、省税务局合作推进，持续推进：落实增值税优惠政策。\n\n"
        "2．省住房城乡建设厅，2025年9月底前：出台建筑垃圾治理办法。\n\n"
        "3．省市场监管局，2025年12月底前：制定建筑垃圾再生产品地方标准。\n\n"
        "---\n\n"
        "附件下载：[重点任务分工.pdf](/uploadfiles/2025/06/20250626093512.pdf)\n\n"
        "【打印】【关闭】\n"
    )
    items = divplan.parse(text).items()
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "持续推进",
        "2025年9月底前",
        "2025年12月底前",
    ]
