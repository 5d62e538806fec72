"""Text a line's end, a page's width or a site's furniture cut into: each rule on the smallest
document that needs it."""

from __future__ import annotations

import divplan
from divplan.parsing.deadlines import deadline_prefix, is_deadline
from divplan.parsing.name_edges import org_shaped
from divplan.read.cell_cuts import cut_between


def _roles(item: divplan.Item) -> tuple[str | None, list[str], list[str]]:
    r = item.responsibility
    return r.mode, [d.mention for d in r.leads], [d.mention for d in r.participants]


def test_an_english_field_line_goes_on_onto_a_line_opening_in_lower_case() -> None:
    text = (
        "I. Water sources\n"
        "1. Set up a water quality testing network.\n"
        "     Responsible departments: County Health Bureau and County Water Resources Bureau, "
        "according\n"
        "to their mandates\n"
        "     Deadline: twice a year\n"
        "2. Close private wells.\n"
        "     Joint ownership: County Environmental Protection Bureau, County Land Bureau\n"
        "and township people's governments\n"
        "     Deadline: end of October 2008\n"
    )
    first, second = divplan.parse(text).items()
    assert _roles(first) == (
        "division", ["County Health Bureau", "County Water Resources Bureau"], []
    )
    assert first.deadline is not None and first.deadline.text == "twice a year"
    assert _roles(second)[1] == [
        "County Environmental Protection Bureau",
        "County Land Bureau",
        "township people's governments",
    ]
    assert second.deadline is not None and second.deadline.text == "end of October 2008"


def test_capitalised_words_reaching_a_head_word_end_a_name_cut_at_the_line_end() -> None:
    assert cut_between("Responsible: County Price Bureau and County Power", "Supply Company, each")
    assert cut_between("… County Water Resources", "Bureau, according to their mandates")
    assert not cut_between("Lead: County Power", "supply the rest")  # a word, not a name
    assert not cut_between("Lead: County Power", "Ministry of Transport")  # a name of its own


def test_a_date_phrase_cut_by_a_line_end_is_still_a_date_phrase() -> None:
    assert deadline_prefix("2017年10月底\n前完成") == len("2017年10月底\n前")
    text = (
        "一、规范管理\n"
        "1．规范兽医处方管理，推行执业兽医开具处方制度。由市畜牧兽医局负责，2017年10月底\n前完成。\n"
        "2．建立经营主体档案。由市工商局负责，2017年11月底前完成。\n"
    )
    first = divplan.parse(text).items()[0]
    assert first.deadline is not None and first.deadline.text.replace("\n", "") == (
        "2017年10月底前完成"
    )


def test_deploy_is_no_office_and_operators_are_named_parties() -> None:
    assert not org_shaped("按国家部署")  # 部署 ends in 署, but deploys nothing
    assert is_deadline("（按国家部署）")
    assert is_deadline("（收购期内）")
    assert org_shaped("各农贸市场开办者")
    assert not org_shaped("2 health centers")  # "… supports 2 health centers": a count
    assert org_shaped("12345 Hotline Center") and org_shaped("township health centers")


def test_a_site_s_neighbour_links_and_promotions_end_the_plan() -> None:
    text = (
        "1. Train laid-off workers. The Municipal Labor Bureau takes the lead, the Municipal "
        "Finance Bureau cooperates, before the end of September 2003.\n"
        "2. Publish the trainees. The Municipal Labor Bureau is responsible, every year.\n"
        "Previous: Notice on the 2003 annual inspection of labor contracts\n"
        "Next: Steel wire mesh gloves, cut-resistant, level 5 protection\n"
        "Hot products: cut-resistant gloves | butcher gloves | wholesale price\n"
    )
    items = divplan.parse(text).items()
    assert len(items) == 2
    assert _roles(items[0]) == ("lead", ["Municipal Labor Bureau"], ["Municipal Finance Bureau"])
    assert "Previous" not in items[1].text


def test_a_role_label_right_after_role_words_is_the_sentence_s_predicate() -> None:
    text = (
        "I. Monitoring\n"
        "1. County Water Affairs Bureau, County Meteorological Bureau according to the "
        "jurisdiction scope responsible: Complete the rainfall stations.\n"
        "2. County Flood Control Office is responsible for pulling the line, County Water "
        "Affairs Bureau cooperate: Share the rain data.\n"
    )
    first, second = divplan.parse(text).items()
    assert _roles(first) == (
        "division", ["County Water Affairs Bureau", "County Meteorological Bureau"], []
    )
    assert first.text.endswith("Complete the rainfall stations.")
    assert _roles(second) == (
        "lead", ["County Flood Control Office"], ["County Water Affairs Bureau"]
    )


def test_a_role_label_in_lower_case_inside_prose_is_no_field() -> None:
    from divplan.parsing.role_edges import predicate_label

    prose = "Each task names the units responsible: where a unit leads, others help."
    at = prose.index("responsible:")
    assert predicate_label(prose, 0, at, at + len("responsible:"))
    field = "1. Do the task. Responsible: County Water Bureau"
    at = field.index("Responsible:")
    assert not predicate_label(field, 0, at, at + len("Responsible:"))


def test_a_field_line_of_unnumbered_tasks_goes_on_where_the_page_cut_its_words() -> None:
    # task / "Responsibility: Under the purview of A, with the" / "B participating" / Deadline:
    # …: the field's words cut after "the" (or inside a name, "… Market / Supervision Bureau")
    # go on onto the next line, and the task after the wrapped field starts a paragraph
    text = (
        "Division of Work for the Safe Drinking Water Project\n"
        "I. Water sources and works\n\n"
        "    Survey every village water source and draw up a protection list.\n"
        "    Responsibility: Under the purview of the County Water Resources Bureau, with the\n"
        "    County Land and Resources Bureau participating\n"
        "    Deadline: end of August 2012\n\n"
        "    Build 45 centralised water supply works.\n"
        "    Responsibility: County Water Resources Bureau takes the lead, County Market\n"
        "    Supervision Bureau cooperation\n"
        "    Mark out protection zones around reservoirs.\n"
        "    Responsibility: County Environmental Protection Bureau\n"
    )
    items = divplan.parse(text).items()
    assert [i.text[:5] for i in items] == ["Surve", "Build", "Mark "]
    assert _roles(items[0]) == (
        "lead", ["County Water Resources Bureau"], ["County Land and Resources Bureau"]
    )
    assert items[0].deadline is not None and items[0].deadline.text == "end of August 2012"
    assert _roles(items[1])[2] == ["County Market Supervision Bureau"]


def test_a_body_s_initials_after_its_level_or_place_are_a_body_s_name() -> None:
    # "Municipal SASAC" (市国资委): the initials of a registry body under a level word are a
    # local body's name; words that merely open with capitals are not
    assert org_shaped("MCTSB") and org_shaped("Municipal SASAC") and org_shaped("Qiaomei DRC")
    assert not org_shaped("Municipal Finance") and not org_shaped("The Plan For The City")
