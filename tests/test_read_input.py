"""How divplan.read takes its input: sniffing, charsets, forced formats, extras, the CLI.

The format comes from the bytes, not the name; ``--input-format`` forces it; bytes that are not
UTF-8 are guessed (Big5, GB18030, UTF-16 without a BOM) and a doubtful guess is a DP002
warning; a reader whose extra is missing is one line and exit 2, never a traceback; ``divplan
text`` prints exactly the text the spans point into.
"""

from __future__ import annotations

import builtins
import hashlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

import divplan
from divplan.errors import InputError
from divplan.pipeline import parse_bytes
from divplan.read import MissingExtra, read
from divplan.read.sniff import sniff

from conftest import RAW, run
from format_docs import FORMATS_DIR, docx_from_lines, html_from_lines, table_rows, xlsx_table_plan

ZH_TC = (RAW / "zh-tc-city-2022.txt").read_text(encoding="utf-8")
ZH_SC = (RAW / "zh-sc-2019.txt").read_text(encoding="utf-8")


def items(plan: divplan.Plan) -> list[tuple[int, str, str | None]]:
    return [(i.number, i.text, i.responsibility.mode) for i in plan.items()]


# ------------------------------------------------------------------ sniffing and forcing
def test_format_is_sniffed_from_the_bytes_not_the_name() -> None:
    pytest.importorskip("docx")
    lines = ZH_SC.splitlines()
    assert sniff(docx_from_lines(lines), "plan.txt") == "docx"
    assert sniff(html_from_lines(lines), "plan.txt") == "html"
    assert sniff(html_from_lines(lines), None) == "html"
    assert sniff((FORMATS_DIR / "zh-sc-2019.pdf").read_bytes(), "plan.doc") == "pdf"
    assert sniff(xlsx_table_plan(table_rows()), "plan.xls") == "xlsx"
    assert sniff(ZH_SC.encode(), "plan.html") == "text"  # no markup: the name does not decide
    assert sniff(b"a\tb\n", "plan.tsv") == "tsv"
    assert sniff(b"| a |\n", "plan.md") == "markdown"


def test_a_legacy_or_foreign_binary_is_one_line() -> None:
    with pytest.raises(InputError, match=r"legacy Word/Excel"):
        read(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, path="old.doc")
    with pytest.raises(InputError, match=r"neither a \.docx nor a \.xlsx"):
        buf = io.BytesIO()
        import zipfile

        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("content.xml", "<x/>")
        read(buf.getvalue(), path="doc.odt")


def test_input_format_forces_the_reader() -> None:
    pytest.importorskip("lxml")
    page = html_from_lines(ZH_SC.splitlines())
    assert "<p>" in read(page, input_format="text").text
    assert "<p>" not in read(page).text
    table = (FORMATS_DIR / "table-plan.tsv").read_bytes()
    assert read(table, input_format="text").text == table.decode()  # text: exactly as decoded
    assert read(table, input_format="tsv").format == "tsv"
    with pytest.raises(InputError, match="unknown input format"):
        read(table, input_format="rtf")


def test_plain_text_without_tables_is_unchanged() -> None:
    for path in sorted(RAW.glob("*.txt")):
        data = path.read_bytes()
        extracted = read(data, path=str(path))
        assert extracted.format == "text"
        assert extracted.text == data.decode("utf-8-sig")
        assert len(extracted.segments) == 1


def test_source_records_format_digest_and_extracted_length() -> None:
    data = (FORMATS_DIR / "table-plan.md").read_bytes()
    plan = parse_bytes(data, path="table-plan.md")
    assert plan.source.format == "markdown"
    assert plan.source.sha256 == hashlib.sha256(data).hexdigest()
    assert plan.source.size == len(data)
    assert plan.source.length == len(read(data, path="table-plan.md").text)
    assert divplan.parse("1. x（财政部负责）").source.format == "text"


# ------------------------------------------------------------------ charsets
@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        (ZH_TC, "big5", "big5"),
        (ZH_TC, "utf-16-le", "utf-16-le"),
        (ZH_SC, "utf-16-be", "utf-16-be"),
        (ZH_SC, "gb18030", "gb18030"),
    ],
)
def test_charset_is_guessed_without_a_bom(text: str, codec: str, expected: str) -> None:
    plan = parse_bytes(text.encode(codec))
    assert plan.source.encoding == expected
    assert items(plan) == items(divplan.parse(text))
    assert not [d for d in plan.diagnostics if d.code in ("DP001", "DP002")]


def test_a_doubtful_guess_is_a_dp002_warning() -> None:
    plan = parse_bytes("經濟部負責\n".encode("big5"))  # too short to tell Big5 from GB18030
    assert plan.source.encoding == "big5"
    notes = [d for d in plan.diagnostics if d.code == "DP002"]
    assert len(notes) == 1
    assert notes[0].severity == "warning" and "encoding guessed as big5" in notes[0].message


def test_dp002_is_a_known_code() -> None:
    from divplan.check.diagnostics import CODES

    assert CODES["DP002"][0] == "warning"
    assert "DP002" in (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")


# ------------------------------------------------------------------ missing extras
def _hide(monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
    """Make ``import NAME`` fail as if the package were not installed."""
    real = builtins.__import__
    import importlib

    real_module = importlib.import_module

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.split(".")[0] in names:
            raise ImportError(f"No module named {name!r}")
        return real(name, *args, **kwargs)

    def fake_module(name: str, package: str | None = None) -> Any:
        if name.split(".")[0] in names:
            raise ImportError(f"No module named {name!r}")
        return real_module(name, package)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    monkeypatch.setattr(importlib, "import_module", fake_module)


@pytest.mark.parametrize(
    ("module", "fmt", "extra"),
    [("docx", "docx", "office"), ("openpyxl", "xlsx", "office"), ("lxml", "html", "html"),
     ("pypdf", "pdf", "pdf")],
)
def test_a_missing_extra_is_named(
    monkeypatch: pytest.MonkeyPatch, module: str, fmt: str, extra: str
) -> None:
    data = {
        "docx": lambda: docx_from_lines(["x"]),
        "xlsx": lambda: xlsx_table_plan(table_rows()),
        "html": lambda: html_from_lines(["x"]),
        "pdf": lambda: (FORMATS_DIR / "en-official-2017.pdf").read_bytes(),
    }[fmt]()
    _hide(monkeypatch, module)
    with pytest.raises(MissingExtra) as err:
        read(data)
    assert str(err.value).endswith(f"needs the '{extra}' extra: pip install 'divplan[{extra}]'")


def test_missing_extra_on_the_command_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(docx_from_lines(ZH_SC.splitlines()))
    _hide(monkeypatch, "docx")
    for argv in (["parse", str(path)], ["validate", str(path)], ["text", str(path)]):
        code, _, err = run(argv, capsys)
        assert code == 2
        assert err == (
            "divplan: reading .docx needs the 'office' extra: pip install 'divplan[office]'\n"
        )


# ------------------------------------------------------------------ the command line
def test_text_command_prints_exactly_the_extracted_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.xlsx"
    data = xlsx_table_plan(table_rows())
    path.write_bytes(data)
    code, out, _ = run(["text", str(path)], capsys)
    assert code == 0 and out == read(data).text
    code, out, _ = run(["parse", str(path)], capsys)
    assert code == 0 and json.loads(out)["source"]["length"] == len(read(data).text)


def test_input_format_option_on_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    from divplan.cli.app import build_parser

    tsv = str(FORMATS_DIR / "table-plan.tsv")
    code, out, _ = run(["parse", tsv, "--input-format", "text"], capsys)
    assert code == 0 and json.loads(out)["source"]["format"] == "text"
    code, out, _ = run(["text", tsv, "--input-format", "text"], capsys)
    assert "序号\t重点任务" in out
    parser = build_parser()
    for command in ("parse", "validate", "unresolved", "text", "report", "table", "compare"):
        files = ["a", "b"] if command == "compare" else ["a"]
        args = parser.parse_args([command, *files, "--input-format", "html"])
        assert args.input_format == "html"


def test_report_reads_other_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("lxml")
    page = tmp_path / "plan.html"
    page.write_bytes((FORMATS_DIR / "table-plan.html").read_bytes())
    code, out, _ = run(["report", str(page)], capsys)
    assert code == 0 and "国家知识产权局" in out


# ------------------------------------------------------------------ Word numbering and tables
def test_word_list_numbering_is_written_out() -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("关于印发重点任务分工方案的通知")
    for text in ("推进改革。（财政部负责）", "扩大开放。（商务部牵头，海关总署参加）"):
        document.add_paragraph(text, style="List Number")
    buf = io.BytesIO()
    document.save(buf)
    extracted = read(buf.getvalue())
    assert "\n1. 推进改革。" in extracted.text and "\n2. 扩大开放。" in extracted.text
    plan = parse_bytes(buf.getvalue())
    assert [i.number for i in plan.items()] == [1, 2]


def test_english_table_without_numbers_and_with_a_responsible_column() -> None:
    table = (
        "| Task | Responsible units | Deadline |\n|---|---|---|\n"
        "| I. Finance | | |\n"
        "| Cut fees for small firms. | Ministry of Finance, State Taxation Administration | 2013 |\n"
        "| Widen credit to small firms. | People's Bank of China | |\n"
    )
    extracted = read(table.encode(), path="plan.md")
    # no number column: the rows are unnumbered items (a bullet), numbered by position
    assert "• Cut fees for small firms.  Responsible units: Ministry of Finance" in extracted.text
    plan = parse_bytes(table.encode(), path="plan.md")
    got = [
        (i.number, i.responsibility.mode, [d.id for d in i.responsibility.leads]) for i in plan.items()
    ]
    assert got == [(1, "joint", ["MOF", "SAT"]), (2, "sole", ["PBC"])]


def test_two_row_header_and_task_groups_in_html() -> None:
    pytest.importorskip("lxml")
    page = """<table>
<tr><th rowspan=2>序号</th><th rowspan=2>重点任务</th><th rowspan=2>具体措施</th>
    <th colspan=2>责任单位</th><th rowspan=2>完成时限</th></tr>
<tr><th>牵头单位</th><th>配合单位</th></tr>
<tr><td>1</td><td rowspan=2>减税降费</td><td>落实小微企业所得税优惠。</td><td>财政部</td><td>税务总局</td>
    <td>2023年底前</td></tr>
<tr><td>2</td><td>清理涉企收费。</td><td>国家发展改革委</td><td>财政部</td><td>持续推进</td></tr>
</table>""".encode()
    text = read(page, path="t.html").text
    assert text.splitlines()[0] == "（一）减税降费"
    plan = parse_bytes(page, path="t.html")
    got = [
        (i.number, [d.id for d in i.responsibility.leads], i.deadline and i.deadline.text)
        for i in plan.items()
    ]
    assert got == [(1, ["MOF"], "2023年底前"), (2, ["NDRC"], "持续推进")]


def test_a_space_delimited_row_with_an_empty_cell_keeps_its_columns() -> None:
    # cells split by two spaces, not aligned: the one gap twice as wide is an empty 配合单位
    text = (
        "某区重点任务分工\n\n序号  重点任务  牵头单位  配合单位  完成时限\n"
        "1  完成投资280亿元。  区发改局  区财政局、区统计局  2016年12月底\n"
        "2  新引进项目20个。  区商务局、区投资促进局    2016年12月底\n"
        "3  推进园区建设。  区科技局  区住建局  持续推进\n"
    )
    second = divplan.parse_bytes(text.encode("utf-8")).items()[1]
    assert [d.mention for d in second.responsibility.leads] == ["区商务局", "区投资促进局"]
    assert second.responsibility.participants == []
    assert second.deadline is not None and second.deadline.text == "2016年12月底"


def test_a_word_table_copied_one_cell_per_line_is_read_as_a_table() -> None:
    text = (
        "某市重点任务分工表\n\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n一、产业链提升\n"
        "1\n编制产业链图谱。\n市工业和信息化局\n市发展改革委、市科技局\n2021年6月底前\n"
        "2\n支持企业建设研发机构。\n推动研发机构全覆盖。\n市科技局\n市工业和信息化局\n2021年12月底前\n"
        "3\n推进首台（套）推广应用。\n市工业和信息化局\n\n2021年12月底前\n\n\n抄送：市委办公室\n"
    )
    plan = divplan.parse_bytes(text.encode("utf-8"))
    items = plan.items()
    assert [i.number for i in items] == [1, 2, 3]
    assert "研发机构全覆盖" in items[1].text  # a task cell of two paragraphs
    assert [d.mention for d in items[1].responsibility.leads] == ["市科技局"]
    assert items[2].responsibility.participants == []  # an empty cell, a blank line
    assert items[2].deadline is not None and items[2].deadline.text == "2021年12月底前"


# ------------------------------------------------------------------ column names by their words
@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("牵头单位", "lead"),  # listed
        ("时间安排", "deadline"),  # not listed: its word 时间
        ("完成时间要求", "deadline"),
        ("配合落实单位", "part"),
        ("牽頭責任部門", "lead"),
        ("Supporting agencies", "part"),
        ("Lead agency", "lead"),
        ("Implementation timeframe", "deadline"),
        ("责任领导", None),  # a person's name, not a unit: "none" words come first
        ("工作目标", None),
        ("联系人", None),
        ("Contact person", None),
        ("具体措施", "task"),  # a task column must be listed; no word guesses it
        ("主要成效", None),
    ],
)
def test_a_column_is_known_by_the_words_of_its_name(name: str, role: str | None) -> None:
    from divplan.read.table_headers import column_role

    assert column_role(name) == role


def test_a_table_with_an_unlisted_deadline_column_gives_deadlines() -> None:
    tsv = (
        "序号\t具体措施\t责任单位\t时间安排\n"
        "1\t实施产业扶贫工程。\t县农业局（牵头）、县林业局\t2017年12月底前\n"
        "2\t开展电商扶贫。\t县商务局\t持续推进\n"
    )
    plan = parse_bytes(tsv.encode())
    got = [(i.number, i.deadline.text if i.deadline else None) for i in plan.items()]
    assert got == [(1, "2017年12月底前"), (2, "持续推进")]


def test_a_markdown_file_with_br_in_its_cells_is_markdown(tmp_path: Path) -> None:
    from divplan.read.sniff import sniff

    body = "| 序号 | 工作任务 | 牵头部门 |\n|---|---|---|\n| 1 | 任务<br>内容 | 财政部<br>商务部 |\n" * 3
    assert sniff(body.encode(), "plan.md") == "markdown"
    assert sniff(("<html><body>" + body).encode(), "plan.md") == "html"

