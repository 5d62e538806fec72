"""Real inputs read as plans: every format gives the reading the plain text gives.

A corpus plan published as a Word file, a workbook, a web page (paragraphs, or one block of
``<br>`` lines) or a PDF must read with the same items, roles and deadlines as its text; the
table plan in ``tests/data/formats`` must read exactly as ``table-plan.expected.json`` says in
TSV, Markdown, space-aligned text, HTML, DOCX and XLSX.  Spans point into the extracted text and
cover it; ``detect`` and ``--only-plans`` agree with the parse on every format.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import divplan
from divplan.corpus.detect import detect
from divplan.models import Plan
from divplan.pipeline import parse_bytes_with_text
from divplan.read import read

from conftest import RAW
from format_docs import (
    FORMATS_DIR,
    docx_from_lines,
    docx_table_plan,
    html_from_lines,
    table_rows,
    xlsx_from_lines,
    xlsx_table_plan,
)
from gold_compare import dept_key
from spans import bad_spans, uncovered

pytest.importorskip("docx")
pytest.importorskip("openpyxl")
pytest.importorskip("lxml")
pytest.importorskip("pypdf")

CORPUS = sorted(p.name for p in RAW.glob("*.txt"))
EXPECTED: dict[str, Any] = json.loads(
    (FORMATS_DIR / "table-plan.expected.json").read_text(encoding="utf-8")
)


def readings(plan: Plan) -> list[tuple[Any, ...]]:
    """What must not change with the format: per item its number, roles and deadline."""
    out = []
    for item in plan.items():
        r = item.responsibility
        out.append(
            (
                item.number,
                r.mode,
                sorted(dept_key(d) for d in r.leads),
                sorted(dept_key(d) for d in r.participants),
                r.others,
                item.deadline.text if item.deadline else None,
            )
        )
    return out


def text_of(name: str) -> str:
    return (RAW / name).read_text(encoding="utf-8-sig")


BUILDERS: dict[str, Callable[[list[str]], bytes]] = {
    "docx": docx_from_lines,
    "xlsx": xlsx_from_lines,
    "html": html_from_lines,
    "html-br": lambda lines: html_from_lines(lines, breaks=True),
}


def check_extracted(plan: Plan, text: str) -> None:
    """The span promises on the extracted text: in bounds, and every character accounted for."""
    assert plan.source.length == len(text)
    assert bad_spans(plan) == []
    assert uncovered(text, plan) == []


# ------------------------------------------------------------------ corpus plans, every format
@pytest.mark.parametrize("fmt", sorted(BUILDERS))
@pytest.mark.parametrize("name", CORPUS)
def test_corpus_plan_reads_the_same_in_every_format(name: str, fmt: str) -> None:
    text = text_of(name)
    data = BUILDERS[fmt](text.splitlines())
    plan, extracted = parse_bytes_with_text(data, path=f"{name}.{fmt.split('-')[0]}")
    assert plan.source.format == fmt.split("-")[0]
    assert readings(plan) == readings(divplan.parse(text))
    check_extracted(plan, extracted)


@pytest.mark.parametrize("name", ["zh-sc-2019", "en-official-2017"])
def test_corpus_plan_reads_the_same_from_pdf(name: str) -> None:
    """PDFs made once with ``libreoffice --headless --convert-to pdf`` from data/raw."""
    data = (FORMATS_DIR / f"{name}.pdf").read_bytes()
    plan, extracted = parse_bytes_with_text(data, path=f"{name}.pdf")
    assert plan.source.format == "pdf"
    assert readings(plan) == readings(divplan.parse(text_of(f"{name}.txt")))
    check_extracted(plan, extracted)


def test_pdf_page_lines_keep_blank_lines_and_drop_font_gaps() -> None:
    text = read((FORMATS_DIR / "zh-sc-2019.pdf").read_bytes()).text
    assert "国办函〔2019〕58号" in text  # pypdf wrote "58 号": a font change, not a space
    assert "\n\n" in read((FORMATS_DIR / "en-official-2017.pdf").read_bytes()).text


def test_web_page_with_br_lines_reads_every_item_with_departments() -> None:
    """The issue's page: 33 items behind <br> line breaks gave 17 items and no departments."""
    lines = text_of("zh-sc-2019.txt").splitlines()
    plan = divplan.parse_bytes(html_from_lines(lines, breaks=True), path="page.html")
    assert len(plan.items()) == 33
    assert all(item.responsibility.leads for item in plan.items())


# ------------------------------------------------------------------ the table plan, every format
def table_bytes(fmt: str) -> tuple[bytes, str]:
    if fmt == "docx":
        return docx_table_plan(table_rows()), "table-plan.docx"
    if fmt == "xlsx":
        return xlsx_table_plan(table_rows()), "table-plan.xlsx"
    name = {"tsv": "table-plan.tsv", "markdown": "table-plan.md", "html": "table-plan.html"}
    path = FORMATS_DIR / name.get(fmt, "table-plan.txt")
    return path.read_bytes(), path.name


def table_reading(plan: Plan) -> dict[str, Any]:
    items = []
    for sec in plan.sections:
        for item in sec.items:
            r = item.responsibility
            items.append(
                {
                    "number": item.number,
                    "section": sec.number,
                    "text": item.text,
                    "mode": r.mode,
                    "leads": [dept_key(d) for d in r.leads],
                    "participants": [dept_key(d) for d in r.participants],
                    "deadline": item.deadline.text if item.deadline else None,
                }
            )
    sections = [{"number": s.number, "title": s.title} for s in plan.sections]
    return {"sections": sections, "items": items}


TABLE_FORMATS = ["tsv", "markdown", "text", "html", "docx", "xlsx"]


@pytest.mark.parametrize("fmt", TABLE_FORMATS)
def test_table_plan_reads_exactly(fmt: str) -> None:
    data, name = table_bytes(fmt)
    plan, extracted = parse_bytes_with_text(data, path=name)
    assert plan.source.format == fmt
    expected = {k: EXPECTED[k] for k in ("sections", "items")}
    assert table_reading(plan) == expected
    assert not [d for d in plan.diagnostics if d.severity == "error"]
    assert plan.metadata.doc_number is not None
    check_extracted(plan, extracted)


@pytest.mark.parametrize("fmt", TABLE_FORMATS)
def test_table_rows_are_labelled_lines(fmt: str) -> None:
    """The rendering: header rows (also the repeated one) gone, rows as labelled items."""
    data, name = table_bytes(fmt)
    text = read(data, path=name).text
    assert "序号" not in text
    assert "\n一、深化简政放权\n" in text
    row3 = "\n3. 推进企业开办全程网上办理，压减开办时间至4个工作日以内。  牵头单位："
    # a merged lead cell: repeated by formats that say so; in a text table, which cannot, the
    # empty cell under a filled one is "same as above" (同上), read as the item above's units
    lead = "同上" if fmt in ("tsv", "markdown", "text") else "市场监管总局"
    assert row3 + lead in text
    assert "配合单位：公安部、海关总署" in text  # a cell's two lines: one list
    item = divplan.parse_bytes(data).items()[2]
    assert [d.id for d in item.responsibility.leads] == ["SAMR"]


def test_extracted_text_maps_back_to_the_source() -> None:
    data, name = table_bytes("tsv")
    extracted = read(data, path=name)
    at = extracted.text.index("4. 健全")
    segment = extracted.where(at)
    assert segment is not None and segment.where == "line 16"
    verbatim = extracted.where(0)
    assert verbatim is not None and verbatim.offset == 0
    docx = read(table_bytes("docx")[0])
    found = docx.where(docx.text.index("2. 深化"))
    assert found is not None and found.where.startswith("table 1, row ")


# ------------------------------------------------------------------ detect agrees with parse
DETECT_CASES = [(f, "zh-sc-2019.txt") for f in BUILDERS] + [
    (f, "sme-division-plan-2012.en.txt") for f in BUILDERS
]


@pytest.mark.parametrize(("fmt", "name"), DETECT_CASES)
def test_detect_runs_on_the_extracted_text(fmt: str, name: str) -> None:
    data = BUILDERS[fmt](text_of(name).splitlines())
    found = detect(read(data).text)
    assert found.is_plan
    assert divplan.parse_bytes(data).items()


@pytest.mark.parametrize("fmt", TABLE_FORMATS)
def test_only_plans_keeps_table_plans(fmt: str, tmp_path: Path) -> None:
    from divplan.corpus.jobs import Options, parse_one

    data, name = table_bytes(fmt)
    path = tmp_path / name
    path.write_bytes(data)
    assert detect(read(data, path=name).text).is_plan
    outcome = parse_one(str(path), Options(only_plans=True, indent=None))
    assert outcome.status == "ok", outcome.error
    assert outcome.text is not None and json.loads(outcome.text)["source"]["format"] == fmt


def test_only_plans_skips_a_web_page_that_is_no_plan(tmp_path: Path) -> None:
    from divplan.corpus.jobs import Options, parse_one

    page = tmp_path / "news.html"
    page.write_bytes(html_from_lines(["今日要闻", "1. 国务院召开常务会议。", "2. 天气预报。"]))
    assert parse_one(str(page), Options(only_plans=True)).status == "skipped"


@pytest.mark.parametrize(
    ("note", "lang"),
    [("备注：各牵头单位每季度报送进展情况。", "zh"), ("備註：按季度報送。", "zh"),
     ("Note: the lead units report each quarter.", "en")],
)  # fmt: skip
def test_a_note_row_under_a_table_is_no_section(note: str, lang: str) -> None:
    if lang == "zh":
        rows = ["序号\t重点任务\t牵头单位\t配合单位", "一、简政放权\t\t\t",
                "1\t推进企业开办全程网上办理。\t市场监管总局\t公安部", f"{note}\t\t\t"]
    else:
        rows = ["No.\tTask\tLead unit\tSupporting units", "I. Streamlining\t\t\t",
                "1\tPut business registration online.\tMinistry of Commerce\tMinistry of Finance",
                f"{note}\t\t\t"]  # fmt: skip
    plan = divplan.parse_bytes(("\n".join(rows) + "\n").encode(), path="plan.tsv")
    assert len(plan.sections) == 1 and len(plan.items()) == 1
    assert any(note[:6] in u.text for u in plan.unparsed)


def test_a_note_column_stays_in_the_item_text() -> None:
    rows = ["序号\t重点任务\t牵头单位\t备注", "1\t推进数字政府建设。\t市大数据局\t每季度报送进展情况",
            "2\t优化营商环境。\t市发展改革委\t"]  # fmt: skip
    plan = divplan.parse_bytes(("\n".join(rows) + "\n").encode(), path="plan.tsv")
    item = plan.items()[0]
    assert "每季度报送进展情况" in item.text
    assert [d.mention for d in item.responsibility.leads] == ["市大数据局"]


def test_a_table_written_as_dash_separated_lines() -> None:
    # a summary's "Task — Lead — Support — Timeline" lines, lettered headings between them and
    # each task's number inside its task cell
    text = (
        "Stabilising Foreign Trade in 2022: Who Does What\n\n"
        "Task — Lead — Support — Timeline\n\n"
        "A. Supporting foreign trade firms\n"
        "1. Expand export credit insurance — Ministry of Finance — Ministry of Commerce — by Q3 2022\n"
        "2. Speed up export tax rebates — State Taxation Administration — n/a — within the year\n"
        "B. Stabilising supply chains\n"
        "3. Keep ports running — Ministry of Transport — General Administration of Customs — ongoing\n"
    )
    plan = divplan.parse_bytes(text.encode(), path="summary.txt")
    assert [s.title for s in plan.sections] == [
        "Supporting foreign trade firms", "Stabilising supply chains",
    ]  # fmt: skip
    items = plan.items()
    assert [i.number for i in items] == [1, 2, 3]
    assert [[d.id for d in i.responsibility.leads] for i in items] == [["MOF"], ["SAT"], ["MOT"]]
    assert [d.id for d in items[2].responsibility.participants] == ["GAC"]
    assert items[0].deadline is not None and items[0].deadline.text == "by Q3 2022"


@pytest.mark.parametrize(
    ("number_format", "shown"),
    [
        ('yyyy"年"m"月"d"日"', "2021年9月30日"),
        ("yyyy/m/d", "2021/9/30"),
        ("yyyy-mm-dd", "2021-09-30"),
        ("mm-dd-yy", "2021-09-30"),  # Excel's locale-dependent short date: ISO
        ("[$-F800]dddd, mmmm dd, yyyy", "2021-09-30"),  # weekday and month names: ISO
        ('yyyy"年"m"月"d"日";@', "2021年9月30日"),  # Excel's usual Chinese date, two sections
        ("yy", "2021-09-30"),  # a two-digit year alone: ISO
        ('m"月"d"日"', "2021-09-30"),  # the year not shown: ISO
        ("d/m/yyyy", "2021-09-30"),  # day first: ambiguous, ISO
    ],
)
def test_a_date_cell_reads_as_its_number_format_shows_it(
    number_format: str, shown: str, tmp_path: Path
) -> None:
    import datetime as dt

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"])
    ws.append([1, "推行联合审图。", "市住房城乡建设局", "市行政审批服务局", dt.datetime(2021, 9, 30)])
    ws["E2"].number_format = number_format
    path = tmp_path / "plan.xlsx"
    wb.save(path)
    plan = divplan.parse_file(path)
    (item,) = plan.items()
    assert item.deadline is not None and item.deadline.text == shown


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Completion date", "deadline"),
        ("Latest update", None),  # "date" inside a word is no deadline
        ("Mandate", None),
        ("Responsible official", None),  # a person, not a unit
        ("Status", None),
        ("Participating units", "part"),
        ("Responsible units", "resp"),
        ("时间安排", "deadline"),
        ("责任领导", None),
    ],
)
def test_column_words_match_whole_english_words(name: str, role: str | None) -> None:
    from divplan.read.table_headers import column_role

    assert column_role(name) == role


def test_a_pipe_table_pasted_without_its_outer_pipes() -> None:
    text = (
        "重点任务分工表\n序号|任务|牵头单位|配合单位|时限\n"
        "1|推进数字政府建设|市大数据局|市直各部门|2022年\n2|深化一网通办|市政务服务局||2022年6月\n"
    )
    items = divplan.parse(text).items()
    assert [(i.text, i.deadline.text if i.deadline else None) for i in items] == [
        ("推进数字政府建设", "2022年"),
        ("深化一网通办", "2022年6月"),
    ]


def test_a_pipe_row_opening_with_an_empty_cell_keeps_its_columns() -> None:
    text = (
        "序号|重点任务|牵头单位|配合单位\n1|完善价格机制|省发展改革委|省财政厅\n"
        "2|加强市场监管|省市场监管局|省商务厅\n|推进税制改革|省税务局|省财政厅\n"
    )
    last = divplan.parse(text).items()[-1]
    assert last.text == "推进税制改革"
    assert [d.mention for d in last.responsibility.leads] == ["省税务局"]


def test_a_serial_number_column_numbers_the_rows() -> None:
    from divplan.read.table_headers import column_role

    assert column_role("Serial number") == "number"
    assert column_role("Item") != "number"  # an English table's "Item" is often the task


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Responsible unit and time limit", "resp"),  # the clause cell holds its deadline
        ("责任单位及完成时限", "resp"),
        ("完成时限", "deadline"),
    ],
)
def test_a_column_naming_units_and_a_time_holds_the_clause(name: str, role: str) -> None:
    from divplan.read.table_headers import column_role

    assert column_role(name) == role


def test_a_pdf_table_turned_spreadsheet_keeps_its_cells_whole(tmp_path: Path) -> None:
    # a PDF converted to Excel: the page's line breaks stay inside the cells (a clause cut in
    # the middle of a name and of a deadline), page lines are rows, the header repeats, and the
    # document's footer (抄送：…, …印发) sits in the rows under the table
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    rows = [
        ("序号", "重点任务", "责任单位及完成时限"),
        ("一、完善设施网络", None, None),
        (1, "推进县级图书馆总分馆制建\n设。", "省文化和旅游厅牵头，省住房城\n乡建设厅参\n加，2026\n年10月底前"),
        ("— 2 —", None, None),
        ("序号", "重点任务", "责任单位及完成时限"),
        (2, "扶持群众文艺团队。", "省文化和旅游厅、省文联负\n责，2026年12月底"),
        ("— 3 —", None, None),
        ("抄送：省委各部门，省人大常委会办公厅。", None, None),
        ("某省人民政府办公厅 2026年3月2日印发", None, None),
    ]
    for row in rows:
        ws.append(row)
    for r in (2, 4, 7, 8, 9):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    path = tmp_path / "plan.xlsx"
    wb.save(path)
    plan = divplan.parse_file(path)
    assert [s.title for s in plan.sections] == ["完善设施网络"]  # no page line or footer heading
    first, second = plan.items()
    assert [d.mention for d in first.responsibility.participants] == ["省住房城乡建设厅"]
    assert first.deadline is not None and first.deadline.text == "2026年10月底前"
    assert [d.mention for d in second.responsibility.leads] == ["省文化和旅游厅", "省文联"]
    assert second.deadline is not None and second.deadline.text == "2026年12月底"


def test_a_cell_of_names_one_per_line_is_a_list() -> None:
    from divplan.read.cells import flat

    assert flat("财政部\n商务部", "、") == "财政部、商务部"
    assert flat("财政部牵头，商务\n部参加", "、") == "财政部牵头，商务部参加"  # a clause, wrapped
    assert flat("Ministry of Finance\nMinistry of Commerce", ", ") == (
        "Ministry of Finance, Ministry of Commerce"
    )
    assert flat("MOF takes the lead, with\nMOFCOM participating", ", ") == (
        "MOF takes the lead, with MOFCOM participating"
    )


def test_wrapped_rows_of_an_aligned_table_sit_under_the_full_rows_cells() -> None:
    # a PDF's layout text: the header's labels are centred over their columns, so the wrapped
    # lines of a row line up with the cells of full rows, not with the labels
    from divplan.read.space_columns import continues_row, nearest_cells, space_cells

    full = "  1  完成县级及以上城市饮用水水源保护区       生态环境部牵头，水利    2022年底前"
    wrapped = "     划定和勘界立标，开展保护区内违法建       部、自然资源部等参加"
    seen = [at for at, _ in space_cells(full, 1)]
    assert continues_row(space_cells(wrapped, 1), seen)
    assert nearest_cells(wrapped, seen, 1) == ["", "划定和勘界立标，开展保护区内违法建", "部、自然资源部等参加", ""]
    assert not continues_row(space_cells(full, 1), seen)


def test_rows_of_a_table_without_a_number_column_are_unnumbered() -> None:
    rows = ["Task\tLead\tSupport\tTimeline", "I. Ecology\t\t\t",
            "Promote market-based operation in ecological construction\tSFA\tNDRC, MOF\tEnd-2015",
            "Introduce third-party treatment of pollution\tMEP\tNDRC\tOngoing"]  # fmt: skip
    plan = divplan.parse_bytes(("\n".join(rows) + "\n").encode(), path="plan.tsv")
    assert [(i.number, i.numbered) for i in plan.items()] == [(1, False), (2, False)]
    assert [d.id for d in plan.items()[0].responsibility.leads] == ["SFA"]


def test_a_table_copied_from_excel_keeps_cells_with_line_breaks_whole() -> None:
    # Excel's copy writes a cell that holds a line break in quotes, over two lines
    rows = ["序号\t工作任务\t责任单位及完成时限", "一、强化源头治理\t\t",
            '1\t"开展食用农产品质量安全专项整治。\n全面推行农产品合格证制度。"\t县农业局牵头，各乡镇人民政府参加，2015年12月底前',
            "2\t加强畜禽屠宰环节监管。\t县商务局负责，2015年9月底前"]  # fmt: skip
    plan = divplan.parse_bytes(("\n".join(rows) + "\n").encode(), path="plan.txt")
    first, second = plan.items()
    assert first.text == "开展食用农产品质量安全专项整治。全面推行农产品合格证制度。"
    assert [d.mention for d in first.responsibility.leads] == ["县农业局"]
    assert first.deadline is not None and first.deadline.text == "2015年12月底前"
    assert second.number == 2


def test_a_number_set_one_space_from_its_task_is_its_own_cell() -> None:
    from divplan.read.space_columns import split_number

    assert split_number([(1, "13 开展检查。"), (50, "规划财务司负责")], 4) == [
        (1, "13"), (4, "开展检查。"), (50, "规划财务司负责")
    ]
    assert split_number([(1, "13"), (4, "开展检查。")], 2) == [(1, "13"), (4, "开展检查。")]


def test_a_deadline_bracket_closing_the_task_cell_stays_before_the_fields() -> None:
    # a consultancy's sheet: the deadline in brackets at the end of the measure, then a status
    # column the header does not name as a field, then the lead and support columns
    rows = ["No.\tMeasure\tCompletion status (31 March 2008)\tLead unit\tSupporting units",
            "1\tBuild the certification system (by end-2007)\tCompleted\tProvincial Informatization Office\t—",
            "2\tMove procurement online\tUnder way\tProvincial Department of Finance\t—"]  # fmt: skip
    plan = divplan.parse_bytes(("\n".join(rows) + "\n").encode(), path="plan.tsv")
    first, second = plan.items()
    assert first.deadline is not None and first.deadline.text == "by end-2007"
    assert second.deadline is None
    assert [d.mention for d in first.responsibility.leads] == ["Provincial Informatization Office"]
