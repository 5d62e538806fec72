"""DOCX: a Word file's body, paragraphs and tables in document order (``divplan[office]``).

Why python-docx: plans circulate as Word attachments, with the plan as paragraphs, as a 分工表,
or both; the body's XML keeps them in order, and python-docx reads it without Word.

Guarantees:

- Every body paragraph with text is one line, its automatic list number written in front
  (:mod:`divplan.read.docx_numbering`: Word stores ``一、`` / ``1.`` as numbering, not text);
  a manual line break inside a paragraph is a line break.  Headers, footers, comments and
  footnotes are not read (page furniture, not the plan).
- Tables come in their place among the paragraphs.  Merged cells (``gridSpan``, ``vMerge``) give
  their text to every grid cell they cover.  A table whose header names plan columns is rendered
  by :mod:`divplan.read.tables`; a headerless table right after a plan table (only empty
  paragraphs between) continues it; another table gives one line per row, or, when its cells
  hold several paragraphs, each cell's paragraphs as lines.
- Each line's segment names its place: ``paragraph 12`` or ``table 2, row 5``.
- The runs a place sets in bold or underlined are kept by its name (``TextBuilder.styled``):
  a plan may mark its lead bodies so and say it once (:mod:`divplan.read.emphasis`).
"""

from __future__ import annotations

import io
from typing import Any

from divplan.errors import InputError
from divplan.read.cells import plain_row
from divplan.read.docx_numbering import Numbering
from divplan.read.extracted import TextBuilder
from divplan.read.extras import need
from divplan.read.field_tables import field_lines
from divplan.read.tables import Row, TableState, render_table


def _cell_text(cell: Any, numbering: Numbering) -> str:
    lines = []
    for p in cell.paragraphs:
        text = p.text
        if text.strip():
            lines.append(numbering.label(p._p) + text)
    return "\n".join(lines)


def _styled(paragraphs: Any) -> list[str]:
    """The text of each run of ``paragraphs`` set in bold or underlined, neighbours joined."""
    out: list[str] = []
    for p in paragraphs:
        joined = ""
        for run in p.runs:
            if run.bold or run.underline:
                joined += run.text
            elif joined.strip():
                out.append(joined.strip())
                joined = ""
            else:
                joined = ""
        if joined.strip():
            out.append(joined.strip())
    return out


def read_docx(data: bytes, source: str) -> tuple[TextBuilder, int]:
    """The document's lines and the number of tables read as plans."""
    docx = need("docx", "docx")
    need("docx.table", "docx")
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds for a broken package
        raise InputError(source, f"not a readable .docx file ({type(exc).__name__})") from None
    numbering = Numbering(document)
    out = TextBuilder()
    state = TableState()
    after_plan_table = False
    paragraph = table_no = 0
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            table_no += 1
            rows = [
                Row([_cell_text(c, numbering) for c in row.cells], f"table {table_no}, row {r}")
                for r, row in enumerate(block.rows, start=1)
            ]
            for r, row in enumerate(block.rows, start=1):
                runs = [t for c in dict.fromkeys(row.cells) for t in _styled(c.paragraphs)]
                if runs:
                    out.styled[f"table {table_no}, row {r}"] = runs
            rendered = render_table(rows, state, continues=after_plan_table)
            if rendered is not None:
                for line in rendered:
                    out.line(line.text, line.where)
                after_plan_table = True
                continue
            after_plan_table = False
            fields = field_lines(rows)  # (a group's fields set as a small table)
            for line in fields or []:
                out.line(line.text, line.where)
            for row in [] if fields else rows:
                if any("\n" in c for c in row.cells):
                    for cell in dict.fromkeys(row.cells):
                        for ln in cell.splitlines():
                            out.line(ln, row.where)
                else:
                    text = plain_row(row.cells)
                    if text:
                        out.line(text, row.where)
            continue
        paragraph += 1
        text = block.text
        if not text.strip():
            continue
        after_plan_table = False
        out.line(numbering.label(block._p) + text, f"paragraph {paragraph}")
        if runs := _styled([block]):
            out.styled[f"paragraph {paragraph}"] = runs
    return out, state.tables


__all__ = ["read_docx"]
