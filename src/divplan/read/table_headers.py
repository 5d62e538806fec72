"""Table headers: which column of a 分工表 holds what, from the names in ``table_headers.tsv``.

Why a data file: the genre names its columns in many ways (牵头单位 / 主责单位 / 牵头部门, 完成时限
/ 时间节点 / 进度安排, Lead unit / Deadline), and new ones turn up with every province; adding a
name must not need a code change.  The first name of each role and language is also the label a
rendered row is written with, which the clause reader must know (``parsing/lexicon/cues.tsv``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from divplan.read.cells import flat
from divplan.read.header_guesses import (
    Role,
    by_cue,
    by_role_words,
    lead_words,
    simplified,
    unit_end,
    unit_first,
    units_before_time,
)

ROLES: tuple[Role, ...] = ("number", "task", "lead", "resp", "part", "deadline", "note")
FIELDS: tuple[Role, ...] = ("lead", "resp", "part", "deadline")


@cache
def _names() -> dict[str, tuple[Role, str]]:
    """Column name key → (role, language), from ``table_headers.tsv``."""
    data = files("divplan.read").joinpath("table_headers.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[Role, str]] = {}
    for raw in data.splitlines():
        if not raw.strip() or raw.startswith("#") or raw.startswith("role\t"):
            continue
        role, lang, name = raw.split("\t")[:3]
        if role == "task_division":  # a task column that holds its own clause: a task
            role = "task"
        if role not in ROLES:
            raise ValueError(f"table_headers.tsv: unknown role {role!r}")
        out.setdefault(header_key(name), (role, lang))  # type: ignore[arg-type,unused-ignore]
    return out


@cache
def _words() -> tuple[tuple[str, str, str], ...]:
    """(role, language, word) from ``table_header_words.tsv``, "none" rows first."""
    data = files("divplan.read").joinpath("table_header_words.tsv").read_text(encoding="utf-8")
    rows = []
    for raw in data.splitlines():
        if not raw.strip() or raw.startswith("#") or raw.startswith("role\t"):
            continue
        role, lang, word = raw.split("\t")[:3]
        if role != "none" and role not in FIELDS and role != "first":
            raise ValueError(f"table_header_words.tsv: unknown role {role!r}")
        rows.append((role, lang, header_key(word)))
    return tuple(sorted(rows, key=lambda r: r[0] != "none"))


def first_named_leads(name: str) -> bool:
    """Whether a unit column's name says its first listed body leads (``first`` rows of
    ``table_header_words.tsv``: "Unit(s) accountable (lead unit first)", 责任单位（排名第一的
    为牵头单位）): its cells are read as a label saying so would be, never as all leads."""
    key = header_key(name)
    return any(role == "first" and word in key for role, _, word in _words())


def names_none(cell: str) -> bool:
    """Whether ``cell`` names a column that holds no unit and no deadline by its words
    (``table_header_words.tsv``'s "none" rows: 责任领导, 发文机关, "Contact")."""
    key = header_key(cell)
    words = " " + re.sub(r"[^a-z]+", " ", cell.lower())
    return bool(key) and len(key) <= _NAME_LONGEST and any(
        ((" " + word) in words if lang == "en" else word in key)
        for role, lang, word in _words() if role == "none"
    )


_UNIT_NOUN = re.compile(  # (a unit's noun in a column's name)
    r"(?i)单位|部门|处室|科室|司局|厅局|机构|單位|部門|處室|\b(?:units?|departments?|agenc|bureaus?|ministr|offices?)"
)
_RESP = re.compile(r"responsib|责任|責任|分工|division\s+of", re.IGNORECASE)  # (分工及时间要求)
_NAME_LONGEST = 40  # a column's name is short; a cell longer than this is a row's text
_SENTENCE_MARK = re.compile(r"[。；，]")
COLUMN_NOTE = re.compile(  # a column name's note, a sentence: "(where several are listed, …)",
    r"\s*[(（]((?=[^()（）]*?(?:[，,；;]|[^()（）]{20}|[\u3400-\u9fff]{8}))[^()（）]+"  # or the
    r"|单位|單位|部门|部門|units?|agencies|bodies)[)）]"  # unit word again: 助拳司局（单位）
)


@cache
def _division_keys() -> frozenset[str]:
    """The keys of the task columns that hold each task's clause too (工作任务及责任分工: role
    ``task_division`` in ``table_headers.tsv``), so that a table of numbers and such tasks
    alone is a division-of-labour table; read once."""
    data = files("divplan.read").joinpath("table_headers.tsv").read_text(encoding="utf-8")
    rows = (row.split("\t") for row in data.splitlines() if row.startswith("task_division\t"))
    return frozenset(header_key(cols[2]) for cols in rows)


def _named(key: str, cell: str = "") -> tuple[Role, str] | None:
    """The (role, language) of a column name key: listed, else guessed from its words.

    A Chinese word is looked for anywhere in the key (时间安排 holds 时间); an English word only
    where a word of the name begins ("Completion date", not "Mandate"): a stem finds its word.
    """
    found = _names().get(key)
    if found is not None or not key:
        return found
    if (bare := COLUMN_NOTE.sub("", cell).strip()) and bare != cell.strip():  # ("Responsible bodies
        return _named(header_key(bare), bare)  # (where several are listed, …)": its note aside)
    if len(key) > _NAME_LONGEST or (not key.isascii() and _SENTENCE_MARK.search(cell)):
        return None  # a task's sentence (…推进安全生产责任保险…。) names no column
    if _task_and_units(cell):
        return "task", "en" if key.isascii() else "zh"
    words = " " + re.sub(r"[^a-z]+", " ", cell.lower())
    hits = [
        (role, lang)
        for role, lang, word in _words()
        if role != "first" and ((" " + word) in words if lang == "en" else word in key)
    ]
    if not hits:
        return by_role_words(cell) or by_cue(cell)
    if hits[0][0] == "none":
        return None
    if "/" in key and {h[0] for h in hits} >= {"lead", "part"}:  # (主办/协办单位, "Lead/
        return "resp", hits[0][1]  # supporting units": both in one column; a mark tells them)
    if hits[0][0] == "resp" and lead_words(cell):  # "Total-responsibility unit" (总责单位),
        return "lead", hits[0][1]  # "Chief responsible unit": a lead's word before it
    units = [h for h in hits if h[0] != "deadline"] or units_before_time(cell)  # (责任单位及
    if units and hits[0][0] == "deadline" and (_UNIT_NOUN.search(cell) or _RESP.search(cell)):
        return units[0]  # type: ignore[return-value]  # (完成时限: the clause holds its deadline)
    return hits[0]  # type: ignore[return-value]


_AND = re.compile(r"\s+(?:and|&)\s+|及|和|与|與", re.IGNORECASE)


def _task_and_units(cell: str) -> bool:
    """Whether a column name no row lists joins a task column's name and a units' one ("Key
    tasks and division of responsibilities", 主要任务与责任部门): each cell holds a task and its
    clause, as the listed ``task_division`` names' do."""
    parts = _AND.split(cell, maxsplit=1)
    if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
        return False
    head, tail = (_named(header_key(p), p) for p in parts)
    key = header_key(parts[0])  # ("Task content": a task column's name, words after it)
    tasks = (head is not None and head[0] == "task") or any(
        key.startswith(k) and r == "task" for k, (r, _) in _names().items() if len(k) >= 2
    )
    return tasks and (
        (tail is not None and tail[0] in ("lead", "resp", "part"))
        or re.search(r"(?i)divi|分工", parts[1]) is not None
    )


def names_no_unit(cell: str) -> bool:
    """Whether a column or field name says its cells hold no unit that does the task (责任领导,
    联系人, "Issuing agency", 发布机构: a "none" row of ``table_header_words.tsv``)."""
    key = header_key(cell)
    words = " " + re.sub(r"[^a-z]+", " ", cell.lower())
    return any(
        ((" " + word) in words if lang == "en" else word in key)
        for role, lang, word in _words()
        if role == "none"
    )


def named_columns(cells: Sequence[str]) -> int:
    """How many columns of a header row ``cells`` name (0: no header)."""
    found = find_header(cells)
    return sum(1 for r in found.roles if r) if found else 0


def column_role(cell: str) -> Role | None:
    """The role of a column named ``cell`` (序号 → number, 牵头单位 → lead, 时间安排 →
    deadline by its word 时间), or None."""
    found = _named(header_key(cell), cell)
    return found[0] if found else None


def listed(cell: str) -> bool:
    """Whether ``cell`` is a column name ``table_headers.tsv`` lists as it is written."""
    return header_key(cell) in _names()


_LABEL = re.compile(r"^\s*([^:：\n]{1,30})[:：]")  # ("Completion time limit:")


def opens_with_note(text: str) -> bool:
    """Whether ``text`` opens with a note or deadline label (备注：, 註：, Note:, "Completion
    time:"): a remark, or the row above's deadline written under its units, not a heading."""
    m = _LABEL.match(text)
    return m is not None and column_role(m.group(1)) in ("note", "deadline")


HEADER_LINE = 120  # a header row is short; a paragraph is not one


@cache
def number_names() -> tuple[str, ...]:
    """The names a number column goes by (序号, 序號, No. …), as the table file writes them (the
    file lists the traditional forms a mirrored page writes: no converter is loaded for this)."""
    return role_names("number")


@cache
def role_names(role: str) -> tuple[str, ...]:
    """The names a column of ``role`` goes by, as the table file writes them."""
    data = files("divplan.read").joinpath("table_headers.tsv").read_text(encoding="utf-8")
    rows = [r.split("\t") for r in data.splitlines() if r.startswith(f"{role}\t")]
    return tuple(r[2] for r in rows if len(r) > 2)


@cache
def labels() -> dict[tuple[str, str], str]:
    """(role, language) → the label a rendered row uses: the first name listed, with a colon."""
    data = files("divplan.read").joinpath("table_headers.tsv").read_text(encoding="utf-8")
    out: dict[tuple[str, str], str] = {}
    for raw in data.splitlines():
        if not raw.strip() or raw.startswith("#") or raw.startswith("role\t"):
            continue
        role, lang, name = raw.split("\t")[:3]
        out.setdefault((role, lang), name + ("：" if lang == "zh" else ": "))
    return out


_KEY_DROP = re.compile(r"[\s:*：]+")


def header_key(cell: str) -> str:
    """A column name as compared: NFKC, simplified Chinese (牽頭單位 = 牵头单位), no spaces,
    colons or asterisks, lower case."""
    key = _KEY_DROP.sub("", unicodedata.normalize("NFKC", cell)).lower()
    if key and not key.isascii():
        from zhconv_rs import zhconv

        key = str(zhconv(key, "zh-hans"))
    return key


@dataclass(frozen=True)
class Header:
    """The columns of a plan table: a role (or None) and the name as written, per column."""

    roles: tuple[Role | None, ...]
    names: tuple[str, ...]
    lang: str

    def cols(self, role: Role) -> list[int]:
        return [i for i, r in enumerate(self.roles) if r == role]


def find_header(cells: Sequence[str], *, bare: bool = False) -> Header | None:
    """The header that ``cells`` spell, if they name a task column and a field column; with
    ``bare`` (a delimited text's line: its rows are unambiguous), a number and a task column
    alone will do (serial number,key work: each task cell holds its clause; or a task and a
    remarks column, 重点任务,备注), as they do
    anywhere beside a remarks column (Serial number | Work tasks | Remarks)."""
    found = [_named(header_key(c), c) if c.strip() else None for c in cells]
    listed_roles = tuple(f[0] if f else None for f in found)
    roles = _unit_columns(cells, listed_roles)  # (and columns of unknown unit words)
    named = {r for r in roles if r is not None}
    if "number" in named and named & set(FIELDS):
        first = min(i for i, r in enumerate(roles) if r in FIELDS)
        between = [i for i in range(roles.index("number") + 1, first) if cells[i].strip()]
        if len(between) == 1 and roles[between[0]] is None:  # 序号 | 改革事项 | 责任单位: the one
            roles = tuple("task" if i == between[0] else r for i, r in enumerate(roles))  # column
            named.add("task")  # between the number and the units holds the task, however named
    fields = (
        named & set(FIELDS)
        or any(header_key(c) in _division_keys() or _task_and_units(c) for c in cells)
        or (bare and "task" in named and named <= {"number", "task", "note"} and (
            len(named) > 1 or roles.count("task") > 1  # (部分,方面,重点任务 / 类别,重点工作:
        ))  # columns that group the last, whose cells hold their clauses)
        or {"number", "task", "note"} <= named  # 序号 | 工作任务 | 备注: three columns named
    )
    if sum(1 for r in roles if r) < 2 or "task" not in named or not fields:  # (序号 | 工作任务
        from divplan.read.mark_grids import grid_header  # 及责任分工: the tasks hold their

        return grid_header(cells)  # clauses; or bodies' columns marked: a grid)
    if sum(1 for c, r in zip(cells, roles, strict=True) if r or (bare and names_none(c))) * 2 < sum(
        1 for c in cells if c.strip()
    ):  # a justified sentence split at its wide gaps: most cells name no column (in a
        from divplan.read.mark_grids import grid_header  # delimited line a column its words

        return grid_header(cells)  # say holds no field names one: 发文机关; or bodies' columns)
    langs = [f[1] for f in found if f]
    lang = "en" if langs.count("en") > langs.count("zh") else "zh"
    guessed = {i for i, (a, b) in enumerate(zip(listed_roles, roles, strict=True)) if a != b}
    roles = tuple(None if i in guessed and r in FIELDS else r for i, r in enumerate(roles))
    roles = tuple(  # (a column saying its first body leads is the units', never all leads)
        "resp" if r == "lead" and first_named_leads(c) else r
        for c, r in zip(cells, roles, strict=True)
    )
    return Header(roles, tuple(flat(c, " ") for c in cells), lang)  # (a column of unknown unit
    # words keeps its own name as the label of its cells: the clause reader guesses, and says)


def _unit_columns(cells: Sequence[str], roles: tuple[Role | None, ...]) -> tuple[Role | None, ...]:
    """``roles`` with the columns of unknown words ending in a unit word ("Carry-out units",
    履责单位, "Banner-holding unit | Side-wing units") given a role when no column of units is
    named otherwise: one is the responsible units', two the lead's and the helpers', in order."""
    if set(roles) & {"lead", "resp", "part"} or "task" not in roles:
        return roles
    unknown = [i for i, (c, r) in enumerate(zip(cells, roles, strict=True)) if r is None and (
        unit_column(c)
    )]
    given: tuple[Role, ...] = ("resp",) if len(unknown) == 1 else ("lead", "part")
    if len(unknown) not in (1, 2):
        return roles
    out = list(roles)
    for i, role in zip(unknown, given, strict=True):
        out[i] = role
    return tuple(out)


def unit_column(cell: str) -> bool:
    """Whether ``cell`` names a column of units in words no row lists ("Duty subject", 履责单位):
    a header's column, given the responsible units' role when no other column names units."""
    return len(cell) <= _NAME_LONGEST and _unit_named(cell) and not names_no_unit(cell)


def _unit_named(cell: str) -> bool:
    """Whether a column's name ends in a unit word after words of its own (主攻单位), or, in
    English, opens with one before a word or two saying what they do ("Agencies tasked")."""
    found = unit_end().search(simplified(cell))
    return (found is not None and found.start() > 0) or unit_first().match(cell) is not None


__all__ = [
    "COLUMN_NOTE",
    "FIELDS",
    "HEADER_LINE",
    "ROLES",
    "Header",
    "Role",
    "column_role",
    "find_header",
    "first_named_leads",
    "header_key",
    "labels",
    "listed",
    "named_columns",
    "names_no_unit",
    "names_none",
    "number_names",
    "opens_with_note",
    "role_names",
    "unit_column",
]
