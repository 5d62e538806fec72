"""Layouts met in the thirtieth session: failures of its sealed sets (holdout356–359 and
holdout364–367), read after their scoring.

Each test builds a small plan (or a page's lines) in one layout of the genre and checks the
reading; the phrasings themselves are records of ``fixtures/clauses.txt``.
"""

from __future__ import annotations

import io
from typing import Any

import divplan
from divplan.read.pdf_aligned_pages import AlignedReader

_SIZE = 10.0


def _roles(item: divplan.Item) -> tuple[str | None, list[str], list[str]]:
    """An item's mode and its leads' and participants' ids (mentions where unknown), sorted."""
    r = item.responsibility
    ids = lambda ds: sorted(d.id or d.mention for d in ds)  # noqa: E731
    return r.mode, ids(r.leads), ids(r.participants)


def _docx(blocks: list[str | list[list[str]]]) -> bytes:
    """A .docx of paragraphs (str) and tables (rows of cells), in order."""
    import docx

    document = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        table = document.add_table(rows=0, cols=len(block[0]))
        for row in block:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


_NOTICE = [
    "國務院辦公廳關於印發穩外貿重點任務分工的通知",
    "國辦函〔2019〕12號",
    "國務院各部委、各直屬機構：",
    "現將重點任務分工印發給你們，請認真落實。表中標註【主】的單位為牽頭單位。",
    "國務院辦公廳",
    "2019年3月5日",
    "穩外貿重點任務分工",
    "一、穩定外貿主體",
]


def test_a_groups_fields_set_as_a_small_word_table_under_its_tasks() -> None:
    # paragraphs of tasks, then a two-row table (責任單位 | 完成時限) naming who does them:
    # the table is the group's field line, and a 【主】 before a name marks the lead
    data = _docx([
        *_NOTICE,
        "　　加大出口信用保險支持力度，擴大短期險覆蓋面。",
        "　　優化出口退稅服務，加快退稅進度。",
        [["責任單位", "完成時限"], ["【主】商務部、財政部、稅務總局", "2019年6月底前"]],
        "二、拓展外貿市場",
        "　　支持企業參加境外展會，開拓新興市場。",
        [["責任單位", "完成時限"], ["商務部、外交部按職責分工負責", "持續推進"]],
    ])  # fmt: skip
    plan = divplan.parse_bytes(data, path="plan.docx")
    assert [_roles(i) for i in plan.items()] == [
        ("lead", ["MOFCOM"], ["MOF", "SAT"]),
        ("lead", ["MOFCOM"], ["MOF", "SAT"]),
        ("division", ["MFA", "MOFCOM"], []),
    ]
    assert all(i.deadline for i in plan.items())


def _chars(top: float, x: float, text: str) -> list[dict[str, Any]]:
    return [
        {"x0": x + k * _SIZE, "x1": x + (k + 1) * _SIZE, "top": top, "bottom": top + _SIZE,
         "text": ch}
        for k, ch in enumerate(text)
    ]  # fmt: skip


class _Page:
    def __init__(self, lines: list[tuple[float, list[tuple[float, str]]]]) -> None:
        self.chars = [c for top, cells in lines for x, t in cells for c in _chars(top, x, t)]


def test_a_pages_small_tables_each_under_its_header_with_a_group_line_under_it() -> None:
    # 序号 工作任务 完成时限 / 1 … / 2 … / 　　责任分工：… — again for the next section, on the
    # same page: each table's rows, the field line no cell of theirs (holdout364)
    head = [(48.0, "序号"), (95.0, "工作任务"), (464.0, "完成时限")]
    page = _Page([
        (100.0, [(48.0, "一、推进流通现代化")]),
        (120.0, head),
        (140.0, [(54.0, "1"), (95.0, "推进连锁经营和物流配送发展"), (464.0, "12月底")]),
        (160.0, [(54.0, "2"), (95.0, "改造大型农产品批发市场"), (464.0, "11月底")]),
        (180.0, [(48.0, "　　责任分工：市场体系建设司、财务司并驾负责")]),
        (220.0, [(48.0, "二、保障市场供应")]),
        (240.0, head),
        (260.0, [(54.0, "3"), (95.0, "完善重要商品储备制度"), (464.0, "全年")]),
        (280.0, [(48.0, "　　责任分工：市场运行调节司牵头，财务司参加")]),
    ])  # fmt: skip
    parts = AlignedReader()(page, 1)
    grids = [p.grid for p in parts if p.grid is not None]
    assert [[row[:2] for row in g.rows[1:]] for g in grids] == [
        [["1", "推进连锁经营和物流配送发展"], ["2", "改造大型农产品批发市场"]],
        [["3", "完善重要商品储备制度"]],
    ]
    text = [line for p in parts for line in p.lines]
    assert any(line.startswith("责任分工：市场体系建设司") for line in text)
    assert any(line.startswith("责任分工：市场运行调节司") for line in text)
    assert not any("责任分工" in cell for g in grids for row in g.rows for cell in row)


def test_a_wide_gap_ends_a_names_words_before_a_label_of_unknown_words() -> None:
    # "Tasked agency: A; B  Seconded agencies: C": B is the lead field's, not the label's
    text = (
        "General Office of the State Council\nMay 8, 2006\n\nDivision of Tasks\n\nI. Land\n"
        "1. Protect farmland.  Tasked agency: Ministry of Commerce; Ministry of Agriculture"
        "  Seconded agencies: Ministry of Finance\n"
    )
    (item,) = divplan.parse(text).items()
    assert _roles(item) == ("lead", ["MOA", "MOFCOM"], ["MOF"])


_EN_HEAD = "General Office of the Municipal People's Government\nMarch 2, 2002\n\nDivision\n\nI. Water\n"


def test_field_lines_under_one_plural_noun_or_a_few_words_as_their_labels() -> None:
    # "Lieutenants:" (one plural noun), "Co-custodians:" and "Owner of record:" (words in
    # sentence case) open their lines as labels, read by their role words and said
    text = _EN_HEAD + (
        "1. Build the wastewater plant.\n"
        "Owner of record: Municipal Construction Commission\n"
        "Lieutenants: Municipal Finance Bureau; Municipal Water Bureau\n"
        "Timeframe: by the end of 2002\n"
        "2. Dredge the canals.\n"
        "Co-custodians: Municipal Water Bureau and Municipal Urban Management Bureau\n"
        "Timeframe: before the flood season\n"
    )
    items = divplan.parse(text).items()
    assert [_roles(i) for i in items] == [
        ("lead", ["Municipal Construction Commission"],
         ["Municipal Finance Bureau", "Municipal Water Bureau"]),
        ("joint", ["Municipal Urban Management Bureau", "Municipal Water Bureau"], []),
    ]  # fmt: skip
    assert all(i.responsibility.reading == "inferred" for i in items)


def test_a_hard_wrapped_lines_first_words_before_a_colon_are_no_label() -> None:
    # "… Trade⏎Unions help do: Promote …": a line a wrap began holds no field's label
    text = _EN_HEAD + (
        "1. Municipal Construction Commission takes the lead in grasping, Municipal Federation of Trade\n"
        "Unions help do: Promote the housing fund for employees of private firms.\n"
    )
    (item,) = divplan.parse(text).items()
    assert _roles(item)[1] == ["Municipal Construction Commission"]
    assert "Promote the housing fund" in item.text


def test_a_subsection_over_a_paragraph_whose_deadline_a_wrap_cut_into_words() -> None:
    # a line "end" inside a bracket the lines around it open and close is a wrapped word, not
    # the "- END -" closing a post (found by test_properties at e065277; furniture.is_furniture_at)
    text = (  # (test_properties' failing example, as it generated it)
        "I. Improve the commercial network\n(1) Optimising the market layout.\n"
        "Improve the credit guarantee system for small and micro enterprises, starting with "
        "batch 1. (Ministry of Water Resources is responsible for the relevant departments) "
        "(to be completed by the\nend\nof 2020)\n"
    )
    (section,) = divplan.parse(text).sections
    assert len(section.subsections) == 1
    (item,) = section.subsections[0].items
    assert item.responsibility.mode == "lead"


def test_an_end_line_outside_a_bracket_still_closes_the_post() -> None:
    # the same "end", on its own line after the clause has closed, is the post's closing line
    text = (
        "I. Improve the commercial network\n"
        "1. Improve the credit guarantee system for small and micro enterprises. "
        "(Ministry of Water Resources takes the lead)\n"
        "- END -\n"
        "Improve the reading experience (Editor in charge: Li Ming)\n"
    )
    plan = divplan.parse(text)
    assert [len(s.items) for s in plan.sections] == [1]
    assert any("Editor in charge" in u.text for u in plan.unparsed)
