"""Where an item says who does it, beyond brackets and fields: the words before a colon that
opens the item, a last sentence whose lead is in the part before its semicolon, a sentence
opening with its date, and a clause naming only helpers (read as shared, and said so).

Each case is a whole small plan, read as a user would give it; each asserts the reading and
that a guess says it guessed.
"""

from __future__ import annotations

import divplan
from divplan.read.table_headers import find_header

from gold_compare import reading

_EN_HEAD = "General Office of the Provincial People's Government\nApril 17, 2008\n\nDivision of Tasks\n\nI. Tasks\n"


def _items(text: str) -> list[dict[str, object]]:
    return reading(divplan.parse(text))["items"]  # type: ignore[no-any-return]


def test_names_before_a_colon_opening_the_item_are_its_clause() -> None:
    items = _items(
        _EN_HEAD
        + "1. The Provincial Department of Construction as convener, with the Provincial "
        "Administration of Work Safety: carry out a province-wide inspection of gas pipelines "
        "and filling stations. (By the end of June 2008)\n"
        "2. The Provincial Public Security Department: crack down on illegal filling. (Ongoing)\n"
    )
    assert items[0]["leads"] == ["?Provincial Department of Construction"]
    assert items[0]["participants"] == ["?Provincial Administration of Work Safety"]
    assert items[1]["mode"] == "sole"
    assert items[1]["leads"] == ["?Provincial Public Security Department"]
    assert [it["deadline"] for it in items] == ["By the end of June 2008", "Ongoing"]


def test_a_task_opening_with_a_label_like_word_is_no_clause() -> None:
    items = _items(_EN_HEAD + "1. Objective: carry out an inspection of gas pipelines.\n")
    assert items[0]["mode"] is None


def test_a_last_sentence_reads_on_from_the_part_before_its_semicolon() -> None:
    items = _items(
        _EN_HEAD + "1. Develop rural credit cooperatives. The China Banking Regulatory "
        "Commission has the lead; the People's Bank of China and the Ministry of Finance help "
        "deliver. (Ongoing)\n"
    )
    assert items[0]["mode"] == "lead"
    assert items[0]["leads"] == ["CBRC"]
    assert items[0]["participants"] == ["MOF", "PBC"]


def test_a_last_sentence_opening_with_its_date_is_the_clause() -> None:
    plan = divplan.parse(
        "崌南县人民政府办公室\n2008年9月22日\n\n分工\n\n一、监督检查\n"
        "1．开展农民工工资支付情况专项检查。2009年春节前，由县劳动保障局、县建设局依职尽责。\n"
    )
    item = plan.items()[0]
    assert item.responsibility.mode == "division"
    assert item.deadline is not None and item.deadline.text == "2009年春节前"
    assert item.responsibility.reading == "inferred"


def test_a_clause_naming_only_helpers_is_shared_and_says_it_guessed() -> None:
    plan = divplan.parse(
        "某县人民政府办公室\n2020年5月6日\n\n分工\n\n一、任务\n"
        "1．开展联合检查。（县住建局、县城管局配合）\n"
        "2．开展宣传。（县委宣传部牵头）（县教育局、县文明办配合）\n"
    )
    first, second = plan.items()
    assert first.responsibility.mode == "joint"
    assert [d.mention for d in first.responsibility.leads] == ["县住建局", "县城管局"]
    assert first.responsibility.reading == "inferred"
    assert any("helping role" in d.message for d in plan.diagnostics if d.code == "DP208")
    assert second.responsibility.mode == "lead"  # one clause in two brackets, not helpers only
    assert [d.mention for d in second.responsibility.participants] == ["县教育局", "县文明办"]


def test_a_justified_sentence_split_at_its_gaps_is_no_table_header() -> None:
    words = "division of tasks is hereby issued; please implement it conscientiously. For each task,"
    assert find_header(words.split()) is None
    assert find_header(["序号", "重点任务", "牵头单位", "配合单位"]) is not None


def test_a_long_task_cell_names_no_column() -> None:
    assert find_header(["重點任務", "12．推進安全生產責任保險擴面提質，發揮保險機構事故預防作用。"]) is None


def test_chinese_glosses_in_square_brackets_are_not_names() -> None:
    items = _items(
        _EN_HEAD + "1. Pilot the sorting of waste. (Provincial Department of Construction "
        "[省建设厅] takes the lead, with the Provincial Department of Finance [省财政厅] participating)\n"
    )
    assert items[0]["leads"] == ["?Provincial Department of Construction"]
    assert items[0]["participants"] == ["?Provincial Department of Finance"]


def test_lower_case_number_words_open_short_section_headings() -> None:
    text = (
        "ministry of culture\nApril 28, 2010\n\ndivision of tasks\n\n"
        "one, perfect facilities network\n"
        "1. promote county library construction. (social culture department responsible)\n"
        "two, enrich service content\n"
        "1. promote free opening. (social culture department pull head, the ministry of "
        "finance cooperate)\n"
    )
    plan = reading(divplan.parse(text))
    assert [(it["section"], it["number"]) for it in plan["items"]] == [(1, 1), (2, 1)]
    assert plan["items"][1]["leads"] == ["?social culture department"]
