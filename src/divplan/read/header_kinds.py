"""What kind of table a line of plain text heads, and whether a text may hold one at all.

Why a module of its own: :mod:`divplan.read.text_tables` reads the tables; telling a header
line by its cells (tabs, commas, pipes, dashes, aligned spaces) and the quick look for any
table's signs are the questions it asks first, of every line and every text.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from divplan.read.row_cells import DASH, MD_SEP, SrcLine, dash_cells, md_cells, pipe_row, tsv_cells
from divplan.read.space_columns import space_cells
from divplan.read.table_headers import column_role, find_header, number_names, role_names

Kind = Literal["tsv", "csv", "ssv", "markdown", "spaces", "cells", "dashes"]
DELIM = {"tsv": "\t", "csv": ",", "ssv": ";"}  # (a spreadsheet exported as comma- or, where a
# comma writes decimals, semicolon-separated text)
# what any table leaves in a text: a tab, a pipe, aligned spaces — or a number column's name
# on a line of its own, a Word table copied one cell per line (see has_table_sign); a quote by
# a comma or two quotes by a semicolon: a quoted cell
_TABLE_SIGNS = ("\t", "|", "  ", "\u3000", " — ", " – ", ",,", "\",", ",\"", "\";\"")


def header_kind(lines: list[SrcLine], i: int, allowed: tuple[Kind, ...]) -> Kind | None:
    """The kind of table line ``i`` heads (its cells name a task column and a field column),
    among the ``allowed`` kinds; None when it heads none."""
    body = lines[i].body
    if "tsv" in allowed and "\t" in body and find_header(tsv_cells(body), bare=True):
        return "tsv"
    commas = body.count(",")  # (two columns, 任务,责任分工: a short line of two names)
    if "tsv" in allowed and (commas >= 2 or (commas == 1 and len(body.strip()) <= _TWO_NAMES)) and (
        find_header(tsv_cells(body, ","), bare=True)
    ):
        return "csv"
    if "tsv" in allowed and '";"' in body and find_header(tsv_cells(body, ";"), bare=True):
        return "ssv"  # ("Task";"Lead unit";"Deadline": every cell quoted, a semicolon between)
    below = lines[i + 1].body if i + 1 < len(lines) else ""
    separated = MD_SEP.match(below) is not None
    if "markdown" in allowed and pipe_row(body, 1 if "|" in below else 2):
        named = md_cells(body)
        # a pipe table pasted without its |---| line still names its columns ("Task |
        # Completion time" over "Raise … | End of June 2009": two, a row of two under them)
        if find_header(named) and (separated or len(named) >= 3 or pipe_row(below, 1)):
            return "markdown"
    if "dashes" in allowed and DASH.search(body) and find_header(dash_cells(body)):
        return "dashes"
    if "spaces" in allowed and "\t" not in body:
        cells = space_cells(body)
        if len(cells) >= 2 and find_header([c for _, c in cells]):
            return "spaces"
    return None


_TWO_NAMES = 64  # a delimited header of two column names is this short at most ("Task,Division
# of work and time requirement": English names run long)


@cache
def _number_line() -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in number_names())
    return re.compile(
        rf"^[ \t\u3000]*(?:{names})(?:[ \t\u3000,].*)?$", re.MULTILINE | re.IGNORECASE
    )


@cache
def _deadline_line() -> re.Pattern[str]:
    """A Chinese header line ending with a deadline column's name (工作任务 责任单位 完成时限):
    a raw text layer's table without a number column; or the name alone on its line (a web
    table flattened one cell a line: 主要任务 / 责任厅局 / 推进时序)."""
    names = "|".join(re.escape(n) for n in role_names("deadline") if not n.isascii())
    return re.compile(
        rf"^(?:[^\n]{{2,40}}[ \t\u3000]|[ \t\u3000]*)(?:{names})[ \t\u3000]*$", re.MULTILINE
    )


def has_table_sign(text: str) -> bool:
    """Whether ``text`` may hold a table at all (most plans hold none: read unchanged)."""
    return (
        any(c in text for c in _TABLE_SIGNS)
        or _number_line().search(text) is not None
        or _deadline_line().search(text) is not None
        or _delimited(text)
        or any(column_role(m.group()) == "deadline" for m in _SHORT_LINE.finditer(text))
    )  # (the last: a column's name alone on a line, 推进时序, known by its words)


_SHORT_LINE = re.compile(r"^[\u4e00-\u9fff]{2,8}$", re.MULTILINE)  # (a column's name, alone)


# (prose puts a space after its comma and may end a line with one, a number its digits: 1,000;
# a row of one cell ends in the comma before an empty one, 二、…,)
_CELL_COMMA = re.compile(r",(?=[^\s\d])|^[^ ]+,[ \t]*$", re.MULTILINE)
_DELIMITED_LINES = 5


def _delimited(text: str) -> bool:
    """Whether ``text`` is a comma-separated export (a sheet saved as .csv with no empty cell
    pair and no quotes): most of its lines hold a comma that neither prose nor a number writes,
    a cell's end ("重点任务,时间要求" / "…参与。,2017年底前" / "国务院,")."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    cut = sum(1 for ln in lines if _CELL_COMMA.search(ln))
    return cut >= _DELIMITED_LINES and cut * 2 >= len(lines)


__all__ = ["DELIM", "Kind", "has_table_sign", "header_kind"]
