"""Build Word, Excel and HTML documents from a plan's text or a table, for the format tests.

The tests read a corpus plan (or the small table plan in ``tests/data/formats``) published as
each format and compare the reading with the plain-text one; these helpers write those files
with the same libraries a publisher's tools would produce them with (python-docx, openpyxl).
"""

from __future__ import annotations

import html
import io
from pathlib import Path

FORMATS_DIR = Path(__file__).resolve().parent / "data" / "formats"


def table_rows(path: Path | None = None) -> list[list[str]]:
    """The rows of the table plan's TSV (the lines above the table are one-cell rows)."""
    path = path or FORMATS_DIR / "table-plan.tsv"
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


def docx_from_lines(lines: list[str]) -> bytes:
    """A .docx with one paragraph per line (a line break inside none)."""
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def docx_table_plan(rows: list[list[str]]) -> bytes:
    """The table plan as Word has it: notice paragraphs, then a table with merged cells.

    Section rows are merged across the table; an empty lead cell is merged with the cell above
    (a lead shared by two tasks), as in a real 分工表.
    """
    import docx

    document = docx.Document()
    body = [r for r in rows if len(r) == 1]
    table_rows = [r for r in rows if len(r) > 1]
    for r in body:
        if r[0].strip():
            document.add_paragraph(r[0])
    width = len(table_rows[0])
    table = document.add_table(rows=0, cols=width)
    for r in table_rows:
        cells = table.add_row().cells
        texts = [c for c in r if c.strip()]
        if len(texts) == 1 and not r[0].isdigit():
            merged = cells[0].merge(cells[-1])
            merged.text = texts[0]
            continue
        for cell, text in zip(cells, r, strict=False):
            cell.text = text
    for i, r in enumerate(table_rows):
        if len(r) > 2 and r[0].isdigit() and not r[2].strip():
            above = table.cell(i - 1, 2)
            above.merge(table.cell(i, 2))
            above.text = table_rows[i - 1][2]
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def xlsx_from_lines(lines: list[str]) -> bytes:
    """A workbook with one line of the plan per row, in column A."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for line in lines:
        ws.append([line])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def xlsx_table_plan(rows: list[list[str]]) -> bytes:
    """The table plan as a sheet: title rows, numbers as numbers, merged section and lead cells."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分工表"
    width = max(len(r) for r in rows)
    for n, r in enumerate(rows, start=1):
        values: list[object] = [int(c) if c.isdigit() else (c or None) for c in r]
        ws.append(values)
        texts = [c for c in r if c.strip()]
        if len(r) > 1 and len(texts) == 1 and not r[0].isdigit():
            ws.merge_cells(start_row=n, start_column=1, end_row=n, end_column=width)
        if len(r) > 2 and r[0].isdigit() and not r[2].strip():
            ws.merge_cells(start_row=n - 1, start_column=3, end_row=n, end_column=3)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def html_from_lines(lines: list[str], *, breaks: bool = False) -> bytes:
    """A web page holding the plan: navigation, scripts and a footer around it.

    ``breaks``: the plan as one ``<div>`` of ``<br>``-separated lines (a common CMS layout)
    instead of one ``<p>`` per line.
    """
    esc = [html.escape(line).replace(" ", " ", 1) for line in lines]
    body = "<br>\n".join(esc) if breaks else "\n".join(f"<p>{e}</p>" for e in esc)
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>plan</title>
<script>var a = "<p>not text</p>";</script><style>p {{ margin: 0 }}</style></head>
<body><nav><a href="/">Home</a> &gt; <a href="/policy">Policy</a></nav>
<div class="content">{body}</div>
<footer>Copyright &copy; Site map</footer></body></html>"""
    return page.encode("utf-8")


__all__ = [
    "FORMATS_DIR",
    "docx_from_lines",
    "docx_table_plan",
    "html_from_lines",
    "table_rows",
    "xlsx_from_lines",
    "xlsx_table_plan",
]
