"""Layouts the fifteenth session's sealed rounds (holdout140–151) showed, each read by a rule
of the genre rather than by a file: a field label of unknown words beside a lead field, a
line ending in a deadline field (a spreadsheet cell), a grouping column with no numbers, a
two-column pipe table without outer pipes, a running head on the first page, a group
sentence that says "will handle the above tasks", a deadline after a task's closing bracket
(a table's column run in), paragraphs sharing the field line below them, a column named
"Completion", a two-column table of tasks and deadlines, 此项由… before a deadline field, and
English number words as a table's section rows."""

from __future__ import annotations

from pathlib import Path

import divplan
from item_roles import item_roles

_roles = item_roles


def _parse_file(tmp_path: Path, name: str, text: str) -> divplan.Plan:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return divplan.parse_file(path)


def _said(plan: divplan.Plan) -> list[str]:
    return [d.message for d in plan.diagnostics if d.code == "DP208"]


_HEAD = "Division of Tasks for Promoting Small Enterprises in Cenbei City\n\nOne, Finance\n"


def test_a_label_of_unknown_words_beside_a_lead_field_is_the_helpers_and_said() -> None:
    # a spreadsheet's cell run together: "Fit unit:" (配合单位, word for word) is no lexicon's
    text = _HEAD + (
        "Set up a municipal credit guarantee fund.\n"
        "Lead unit: City Finance Bureau Twin unit: City Economic Commission, City Price Bureau "
        "Completion time limit: End of September 2009\n"
        "Guide local banks to lend to small enterprises.\n"
        "Lead unit: City Development and Reform Commission Help-out unit: City Statistics Bureau "
        "Completion time limit: Continuous\n"
    )
    plan = divplan.parse(text)
    items = plan.items()
    assert [i.text for i in items] == [
        "Set up a municipal credit guarantee fund.",
        "Guide local banks to lend to small enterprises.",
    ]
    assert _roles(items[0]) == (
        "lead", ["City Finance Bureau"], ["City Economic Commission", "City Price Bureau"], False
    )
    assert _roles(items[1])[1:3] == (["City Development and Reform Commission"], ["City Statistics Bureau"])
    assert all(i.responsibility.reading == "inferred" for i in items)
    assert any("「Twin unit:」" in m and "a lead field beside it" in m for m in _said(plan))


def test_a_helpers_label_of_unknown_words_before_the_responsible_field() -> None:
    text = (
        "桐川市2003年优化经济发展环境工作任务分工表\n一、规范行政审批\n"
        "• 清理市级行政审批事项。  商办单位：市法制局、市监察局  责任单位：市编办  完成时限：2003年6月底前\n"
    )
    (item,) = divplan.parse(text).items()
    assert _roles(item) == ("lead", ["市编办"], ["市法制局", "市监察局"], False)
    assert item.deadline is not None and item.deadline.text == "2003年6月底前"


def test_field_labels_a_line_each_read_together(tmp_path: Path) -> None:
    text = _HEAD + (
        "\nPromote drip irrigation under film.\n\n"
        "Carry the big head unit: Planting Management Division  \n"
        "Hold the ladder unit: National Agricultural Technology Extension Service Center\n\n"
        "Breed drought-resistant varieties.\n\n"
        "Carry the big head unit: Seed Management Bureau  \n"
        "Hold the ladder unit: Ministry of Science and Technology\n"
    )
    items = _parse_file(tmp_path, "plan.md", text).items()
    assert [_roles(i)[:3] for i in items] == [
        ("lead", ["Planting Management Division"],
         ["National Agricultural Technology Extension Service Center"]),
        ("lead", ["Seed Management Bureau"], ["Ministry of Science and Technology"]),
    ]


def test_unnamed_others_before_a_colon_make_no_label() -> None:
    text = (
        "Division of Tasks\n\nI. Platforms\n\n"
        "Responsibility: the Provincial Department of Transport and the Provincial Department "
        "of Finance shall co-deliver, with other relevant departments:\n\n"
        "1. Build regional innovation platforms.\n"
    )
    (item,) = divplan.parse(text).items()
    assert _roles(item)[2:] == ([], True)
    assert not any("is unknown" in m for m in _said(divplan.parse(text)))


def test_a_line_ending_in_a_deadline_field_ends_its_task() -> None:
    # a spreadsheet's rows, each cell "task. clause. Time frame: …" on one line, no numbers
    text = (
        "Division of Work for Developing the Service Industry\n\nI. Policies\n"
        "Study a catalogue guiding the service industry. The National Development and Reform "
        "Commission shall be responsible. Time frame: by the end of June 2006\n"
        "Improve tax policies for producer services. The Ministry of Finance and the State "
        "Administration of Taxation shall be jointly responsible. Time frame: by the end of 2006\n"
        "Give priority in land supply to service projects. The Ministry of Land and Resources "
        "will take the lead, with the Ministry of Construction participating. Time frame: ongoing\n"
    )
    items = divplan.parse(text).items()
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "by the end of June 2006", "by the end of 2006", "ongoing"
    ]
    assert [_roles(i)[0] for i in items] == ["sole", "joint", "lead"]


def test_a_grouping_column_without_numbers_holds_the_sections(tmp_path: Path) -> None:
    text = (
        "Division of Tasks for Improving Elderly Care in Qianlou County,\n,\n"
        "Area,Responsibility and task\n"
        "Part One: Elderly care services,\n"
        ',"County Civil Affairs Bureau takes the lead, with County Finance Bureau participating '
        '(by June 2026): Build three township care centres."\n'
        ",County Health Commission (by end-2026): Integrate medical care into care homes.\n"
        ",County Human Resources and Social Security Bureau (by September 2026): Train 200 "
        "elderly care workers.\n"
        "Part Two: Child care services,\n"
        ",County Education Bureau (by August 2026): Add 150 nursery places.\n"
    )
    plan = _parse_file(tmp_path, "plan.csv", text)
    assert [s.title for s in plan.sections] == ["Elderly care services", "Child care services"]
    assert [s.marker for s in plan.sections] == ["Part One:", "Part Two:"]  # (a marker in words)
    assert [len(s.items) for s in plan.sections] == [3, 1]
    first = plan.sections[0].items[0]
    assert _roles(first)[:3] == ("lead", ["County Civil Affairs Bureau"], ["County Finance Bureau"])
    assert first.text.endswith("Build three township care centres.")
    assert first.deadline is not None and first.deadline.text == "by June 2026"


def test_a_two_column_pipe_table_without_outer_pipes() -> None:
    text = (
        "Division of Work for Energy Conservation\n\n"
        "Task | Responsible departments and time frame\n--- | ---\n"
        "I. Controlling energy-intensive industries |\n"
        "Strictly control new projects | National Development and Reform Commission (lead), "
        "Ministry of Land and Resources; by end-June 2007\n"
        "Adjust export tax rebates | Ministry of Finance, Ministry of Commerce; by end-2007\n"
    )
    plan = divplan.parse(text)
    items = plan.items()
    assert [s.title for s in plan.sections] == ["Controlling energy-intensive industries"]
    assert [i.text for i in items] == ["Strictly control new projects", "Adjust export tax rebates"]
    assert _roles(items[0])[:3] == (
        "lead", ["National Development and Reform Commission"], ["Ministry of Land and Resources"]
    )
    assert items[1].deadline is not None and items[1].deadline.text == "by end-2007"


def test_a_running_head_on_the_first_page_and_after_one_page_number() -> None:
    head = "Ruping Municipal People's Government General Office File  Ru Zheng Ban Fa [2006] No. 31"
    text = (
        f"{head}\n\nRuping City Investment System Reform Task Decomposition Scheme\n\n"
        "One, Enterprises\n\n"
        "Build the online parallel approval platform.\n"
        "(Host-do unit: Municipal Development and Reform Commission; Co-run units: Municipal\n\n"
        f"- 1 -\n{head}\n\n"
        "Finance Bureau; time limit: before the end of September 2006)\n\n"
        "Strengthen the audit of investment projects.\n(Host-do unit: Municipal Audit Bureau)\n"
    )
    items = divplan.parse(text).items()
    assert len(items) == 2
    assert _roles(items[0])[1:3] == (
        ["Municipal Development and Reform Commission"], ["Municipal Finance Bureau"]
    )
    assert head not in items[0].text


def test_a_group_sentence_that_will_handle_the_above_tasks() -> None:
    text = (
        "Division of Labour for Re-employment Tasks\n\nI. Channels\n\n"
        "1. Expand vocational training for laid-off workers.\n"
        "2. Organise re-employment training courses.\n"
        "The Ministry of Education and the Ministry of Labour and Social Security will handle "
        "the above tasks within their respective spheres of competence. Time frame: ongoing.\n\n"
        "3. Link the minimum living allowance with re-employment.\n"
        "The Ministry of Civil Affairs will take primacy on the above task. Time frame: ongoing.\n"
    )
    items = divplan.parse(text).items()
    assert [_roles(i)[:2] for i in items] == [
        ("division", ["Ministry of Education", "Ministry of Labour and Social Security"]),
        ("division", ["Ministry of Education", "Ministry of Labour and Social Security"]),
        ("lead", ["Ministry of Civil Affairs"]),
    ]


def test_a_deadline_after_the_closing_bracket_closes_an_unnumbered_task() -> None:
    # a PDF table's deadline column run into each wrapped task line
    text = (
        "Division of Labor\n\nMain tasks (responsible unit) Time limit\n"
        "First, Expand the opening of the service industry\n"
        "Relax the market access of the service industry, clean up the restrictions on\n"
        "the private capital (National Development and Reform Commission, Ministry of\n"
        "Commerce combine forces) End of December 2015\n"
        "Promote the pilot of the negative list management in the service trade\n"
        "(Ministry of Commerce takes the lead, Ministry of Foreign Affairs, General\n"
        "Administration of Customs participate) End of 2015\n"
        "Revise the catalogue of the encouraged foreign investment industries (National\n"
        "Development and Reform Commission one family undertakes) End of October 2015\n"
    )
    items = divplan.parse(text).items()
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "End of December 2015", "End of 2015", "End of October 2015"
    ]
    assert [_roles(i)[0] for i in items] == ["joint", "lead", "sole"]
    assert items[1].text.startswith("Promote the pilot")


def test_paragraphs_back_to_the_last_field_line_are_its_groups_tasks(tmp_path: Path) -> None:
    text = (
        "# Division of labor of the key tasks\n\n## First, Deepen the reform\n\n"
        "Promote the transformation of operational cultural institutions.\n\n"
        "Standardize the corporate governance of transformed enterprises.\n\n"
        "Responsible unit: Ministry of Culture takes the lead, Ministry of Finance participates  \n"
        "Completion time limit: End of 2012\n\n"
        "Clean up the administrative examination and approval items.\n\n"
        "Responsible unit: Ministry of Culture, Ministry of Education according to their duties  \n"
        "Completion time limit: End of September 2012\n"
    )
    plan = _parse_file(tmp_path, "plan.md", text)
    items = plan.items()
    assert [i.text for i in items] == [
        "Promote the transformation of operational cultural institutions.",
        "Standardize the corporate governance of transformed enterprises.",
        "Clean up the administrative examination and approval items.",
    ]
    assert [_roles(i)[:2] for i in items] == [
        ("lead", ["Ministry of Culture"]),
        ("lead", ["Ministry of Culture"]),
        ("division", ["Ministry of Culture", "Ministry of Education"]),
    ]
    assert items[0].deadline is not None and items[0].deadline.text == "End of 2012"
    assert items[0].responsibility.reading == "inferred"


def test_a_deadline_after_a_bracketed_role_mark_drops_its_separator() -> None:
    text = (
        "燕浦省重点任务分工方案\n一、实施设备更新行动\n"
        "1. 推进重点行业设备更新改造。  责任单位：省工业和信息化厅（主其事），"
        "省发展改革委、省财政厅（当副手）；2025年12月底前\n"
    )
    (item,) = divplan.parse(text).items()
    assert _roles(item)[:3] == ("lead", ["省工业和信息化厅"], ["省发展改革委", "省财政厅"])
    assert item.deadline is not None and item.deadline.text == "2025年12月底前"


def test_a_completion_column_is_the_deadline(tmp_path: Path) -> None:
    text = (
        "Gaocen County Allocation of Key Tasks\n\n"
        "No.,Key task,Owner agency,Supporting cast,Completion\n"
        "Part One: Rural revitalization,,,,\n"
        "1,Keep the grain sown area stable.,County Agriculture Bureau,County Finance Bureau,By end-2023\n"
        "2,Consolidate the results of poverty alleviation.,County Rural Revitalization Bureau,,Ongoing\n"
        "3,Upgrade 85 km of rural roads.,County Transport Bureau,County Water Resources Bureau,By end-October 2023\n"
    )
    items = _parse_file(tmp_path, "plan.csv", text).items()
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "By end-2023", "Ongoing", "By end-October 2023"
    ]
    assert _roles(items[0])[:3] == ("lead", ["County Agriculture Bureau"], ["County Finance Bureau"])


_TASKS_AND_DEADLINES = (
    "Division of Labor Plan for the Key Tasks\n\nI. Stabilize external demand\n\n"
    "Task | Completion time\n"
    "Raise the export tax rebate rate of labor-intensive products | End of June 2009\n"
    "Expand the coverage of export credit insurance | End of 2009\n"
)


def test_a_two_column_pipe_table_of_tasks_and_deadlines_without_a_rule() -> None:
    items = divplan.parse(_TASKS_AND_DEADLINES).items()
    assert [i.text for i in items] == [
        "Raise the export tax rebate rate of labor-intensive products",
        "Expand the coverage of export credit insurance",
    ]
    assert [i.deadline.text if i.deadline else None for i in items] == ["End of June 2009", "End of 2009"]


def test_indented_paragraphs_above_a_field_line_share_it_without_blank_lines() -> None:
    text = (
        "促进产业转型升级重点任务分工\n一、加快培育新兴产业\n"
        "　　制定新一代信息技术产业发展行动计划。\n"
        "　　推进物联网、云计算在重点行业的示范应用。\n"
        "　　责任分工：工业和信息化部牵头，国家发展改革委、科技部配合。\n"
        "　　完成时限：2015年12月底前\n"
        "　　研究制定促进生物医药产业发展的政策措施。\n"
        "　　责任分工：国家发展改革委负责。\n"
        "　　完成时限：2015年10月底前\n"
    )
    items = divplan.parse(text).items()
    assert [i.text for i in items] == [
        "制定新一代信息技术产业发展行动计划。",
        "推进物联网、云计算在重点行业的示范应用。",
        "研究制定促进生物医药产业发展的政策措施。",
    ]
    assert [_roles(i)[:2] for i in items] == [
        ("lead", ["工业和信息化部"]), ("lead", ["工业和信息化部"]), ("sole", ["国家发展改革委"])
    ]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "2015年12月底前", "2015年12月底前", "2015年10月底前"
    ]


def test_a_sentence_clause_opened_by_this_item_before_a_deadline_field() -> None:
    text = (
        "商务部2011年流通工作重点任务分工\n一、健全现代流通体系\n"
        "1. 制定促进流通业发展的指导意见。此项由商务部牵头，财政部配合。  完成时限：2011年9月底前\n"
        "2. 开展城市共同配送试点。此项由商务部负责。  完成时限：2011年10月底前\n"
    )
    items = divplan.parse(text).items()
    assert [_roles(i)[:3] for i in items] == [("lead", ["商务部"], ["财政部"]), ("sole", ["商务部"], [])]
    assert [i.deadline.text if i.deadline else None for i in items] == ["2011年9月底前", "2011年10月底前"]


def test_english_number_words_in_a_number_column_are_sections(tmp_path: Path) -> None:
    text = (
        "Ministry 2013 Key Work Division of Labor Program,\n"
        "Serial number,Work tasks\n"
        '"One,",Do a good job in housing security\n'
        '1,"Start construction of affordable housing. Housing Security Department is responsible.'
        '\nCompletion time: End of December 2013"\n'
        '2,"Strengthen the management of affordable housing. Housing Security Department is '
        'responsible.\nCompletion time: End of June 2013"\n'
        '"Two,",Strengthen urban construction\n'
        '3,"Renovate old pipe networks. Urban Construction Department is responsible.'
        '\nCompletion time: End of December 2013"\n'
    )
    plan = _parse_file(tmp_path, "plan.csv", text)
    assert [s.title for s in plan.sections] == [
        "Do a good job in housing security", "Strengthen urban construction"
    ]
    assert [i.number for i in plan.items()] == [1, 2, 3]


def test_a_unit_line_after_a_table_of_tasks_and_deadlines_is_its_groups() -> None:
    text = (
        _TASKS_AND_DEADLINES
        + "Responsible unit: Ministry of Commerce takes the lead, Ministry of Finance participates.\n"
        "\n"
        "Task | Completion time\n"
        "Facilitate trade financing and settlement | End of 2010\n"
        "Build the rural circulation network | Continuous promotion\n"
        "Responsible unit: Ministry of Finance, People's Bank of China are responsible"
        " according to their duties.\n"
    )
    plan = divplan.parse(text)
    items = plan.items()
    assert [_roles(i) for i in items] == [
        ("lead", ["Ministry of Commerce"], ["Ministry of Finance"], False),
        ("lead", ["Ministry of Commerce"], ["Ministry of Finance"], False),
        ("division", ["Ministry of Finance", "People's Bank of China"], [], False),
        ("division", ["Ministry of Finance", "People's Bank of China"], [], False),
    ]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "End of June 2009", "End of 2009", "End of 2010", "Continuous promotion"
    ]
    assert [i.responsibility.reading for i in items] == ["inferred", "exact", "inferred", "exact"]
    assert len(_said(plan)) == 2
