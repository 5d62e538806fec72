"""Cell text of tables: one line per cell, wrapped pieces joined, and the numerals of markers.

Why apart from :mod:`divplan.read.tables`: every container (HTML, Word, Excel, text) hands the
renderer cells whose text may run over several lines, and the renderer writes markers it has to
invent (``一、`` for a heading without one, ``（二）`` for a task group); these small functions
do both, the same way for every format.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple

from divplan.read.cell_cuts import cut_between
from divplan.read.heading_words import modified_part, part_words

_CJK = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
# a pandoc simple table's rule under its header: groups of dashes parted by spaces
RULE = re.compile(r"^\s*-{2,}(?:[ \t]+-{2,})*\s*$")
SECTION_MARK = re.compile(
    r"^\s*(?:[一二三四五六七八九十百]{1,3}\s*[、.．]|第[一二三四五六七八九十百壹贰貳叁參肆伍陆陸柒捌玖拾\d]{1,3}(?:部分|章|篇|节|節|大项|大項|方面)"
    r"|(?:[IVXLC]{1,5}|[\u2160-\u216b])\s*[.、]\s*|(?:" + part_words() + r")\s+"
    r"(?:[IVXLC]{1,5}|\d{1,2}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b"  # (the words
    r"|(?:" + modified_part() + r")\s+(?:[IVXLC]{1,5}|\d{1,2})[.:]"  # of heading_words.tsv)
    r"|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)(?:ly)?\s*[,，:：]"
    r"|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s*[,，、]\s*(?=[A-Z])"  # 一、 as MT
    r"|[A-H][.．]\s+(?=[A-Z])"
    r"|Table\s+\d{1,2}[-–]\d{1,2}[.:]?\s+(?=[A-Z])|表[一二三四五六七八九十\d]{1,3}之[一二三四五六七八九十\d]{1,3})",
)  # (a table's caption over its rows: "Table 1-2. …", 表一之二 …)
SUB_MARK = re.compile(r"^\s*[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]")
MARKED = re.compile(f"{SECTION_MARK.pattern}|{SUB_MARK.pattern}")  # a heading's marker, any
NUMERAL = re.compile(
    r"^(?:[一二三四五六七八九十百]{1,3}|[IVXLC]{1,5}|[\u2160-\u216b])\s*[、.．]?$"
    r"|^(?i:one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth"
    r"|sixth|seventh|eighth|ninth|tenth)\s*[,、.．]?$"  # ("Two," for 二、: a translated section)
    r"|^(?i:part|section|chapter)\s+(?:[IVXLC]{1,5}|\d{1,2}|(?i:one|two|three|four|five|six"
    r"|seven|eight|nine|ten))\s*[.:：]?$|^第[一二三四五六七八九十\d]{1,3}(?:部分|章|篇)$"
    r"|^(?i:table)\s+\d{1,2}[-–]\d{1,2}$|^表[一二三四五六七八九十\d]{1,3}之[一二三四五六七八九十\d]{1,3}$"
)  # ("Part I" | title: a section row whose number cell names the part)
SUB_NUMERAL = re.compile(r"^[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]$")
DIGITS = re.compile(r"^(\d{1,4})\s*([.、．)）]?)$")
#: An item's number in a number column, in brackets too ("(1)", （2）: the row's own marker)
ITEM_DIGITS = re.compile(r"^(?:[(（](?=\s*\d{1,4}\s*[)）]$)\s*)?(\d{1,4})\s*([.、．)）]?)$")
SENTENCE = re.compile(r"[。；;！？!?]")
SENTENCE_ENDS = ("。", ".", "；", ";", "！", "!", "？", "?")  # a line ending so closes its sentence
_FIRST_NAME = re.compile(r"[、，,;；（(]|\s+(?:and|with)\s+|(?<=[\u3400-\u9fff])\s")
_PROSE = re.compile(r"[，,；;。：:]")  # inside a cell's line: a clause, not a name of a list
# a cell's line opening with a field's label (助力方：, "Supporting bodies:"): a field of its own
_FIELD_OPENS = re.compile(
    r"[^\s:：，,。；;、()（）]{3,8}[:：]|(?:[A-Za-z][\w'-]*\s){0,3}[A-Za-z][\w'-]*\s?:(?!\d)"
)


# a page line (— 2 —, 第3页), a sentence, a labelled line (抄送：…) or a line ending in a date
# (…办公厅 2026年3月2日印发): a table row holding one such text is never a section heading
#: a page's number as a line prints it: — 3 —, 第3页, "Page 2 of 3" (a browser's footer)
PAGE_NUMBER = (
    r"[-—–─]{1,3}\s*\d{1,4}\s*[-—–─]{1,3}|第\s*\d{1,4}\s*[页頁].*"
    r"|[Pp]age\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
)
#: a table's title again over its next page, marked as carried on: …分工（接上页）, "(continued)"
CONTINUED = (
    r"(?:[(（]\s*(?:[接续續转轉][上前下][页頁]|[续續]上?表"
    r"|(?i:(?:continued|cont['’]d|cont\.)(?:\s+table|\s+from\s+(?:the\s+)?previous\s+page)?"
    r"|table\s+continued))\s*[)）]"
    r"|[(（]?(?i:(?:table\s+)?continued\s+(?:on\s+(?:the\s+)?(?:next|following)\s+page|overleaf))[)）]?"
    r"|[(（]?(?i:connect(?:ed)?\s+(?:to\s+)?the\s+previous\s+page|continued\s+from\s+(?:the\s+)?"
    r"previous\s+page)[)）]?)"
)  # (… on the next page: "Table continued on next page", "continued overleaf", 接下页, 转下页,
# under a page's last row; "(cont'd)" after a title; 续表 as "(Continued table)")
PAGE_ROW = re.compile(rf"^\s*(?:{PAGE_NUMBER}|[^\n]{{0,80}}?{CONTINUED})\s*$")
_NOT_HEADING = re.compile(
    r"[。；;！？!?]|^[^：:]{1,12}[：:]|\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?\s*(?:印发|印發)?\s*$"
    r"|^(?=.{40,}$).*[a-z0-9)”\"]\.\s*$"  # an English sentence ("… and ensure …")
)


def no_heading(text: str) -> bool:
    """Whether a row's one text can never be a section heading (see ``_NOT_HEADING``)."""
    return _NOT_HEADING.search(text) is not None


class Row(NamedTuple):
    """A table row as a container read it: cell texts (merges expanded) and where it is."""

    cells: Sequence[str]
    where: str


class Line(NamedTuple):
    """A line of extracted text rendered from a row, and the row it came from."""

    text: str
    where: str


def join_pieces(pieces: Sequence[str]) -> str:
    """Join wrapped pieces of one text: nothing where either side is CJK (2026 / 年底前, a PDF's
    line cut) or after a word's hyphen (Urban- / Rural), else one space (words of a Latin text)."""
    out = ""
    for piece in pieces:
        if not piece:
            continue
        hyphen = out[-2:-1].isalpha() and out.endswith("-")  # "Urban-" / "Rural": one word
        if out and not (_CJK.match(out[-1]) or _CJK.match(piece[0]) or hyphen):
            out += " "
        out += piece
    return out


def flat(text: str, sep: str | None) -> str:
    """A cell on one line: its lines joined by ``sep`` (None: as wrapped text), spaces collapsed.

    A cell of names one per line (财政部 / 商务部) is a list: ``sep`` joins them.  A cell whose
    lines hold a sentence's punctuation (A牵头，B / 参加，2026 / 年底前 — a PDF page's cell cut
    at its width) is one clause wrapped: its lines are joined as wrapped text, whatever ``sep``.
    """
    lines = [_SPACES.sub(" ", ln).strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    if sep is None or any(_PROSE.search(ln.rstrip("、，,;；")) for ln in lines):
        fields = [k for k, ln in enumerate(lines) if k and _FIELD_OPENS.match(ln)]
        if fields:  # 牵头方：A⏎助力方：B — each line a field of its own: set apart, as a
            cuts = [0, *fields, len(lines)]  # form sets its fields (joined as wrapped text,
            return "  ".join(  # 「A助力方：」 reads as a name)
                join_pieces(lines[a:b]) for a, b in itertools.pairwise(cuts)
            )
        return join_pieces(lines)
    joined = ""
    for ln in lines:
        if joined and _CJK.match(joined[-1]) and _CJK.match(ln[0]) and cut_between(joined, ln):
            joined += ln  # 市政务服务中 / 心: a name cut by the cell's width, not two names
            continue
        if joined and not joined.endswith(("、", ",", "，", ";", "；")):
            joined += sep
        elif joined and sep.strip() == "" and not _CJK.match(joined[-1]):
            joined += " "
        joined += ln
    return joined


def plain_row(cells: Sequence[str]) -> str:
    """A row of a table that is not a plan table: its cells on one line, merged cells once; a
    row of a bare number and one text (1 | 鞏固…) is that numbered text (1．鞏固…), as a sheet
    without a header over its number column writes its tasks."""
    out: list[str] = []
    for cell in cells:
        text = flat(cell, None)
        if text and (not out or out[-1] != text):
            out.append(text)
    if len(out) == 2 and _BARE_NUMBER.fullmatch(out[0]) and len(out[1]) >= _NUMBERED_TEXT:
        return out[0] + ("．" if _CJK.match(out[1]) else ". ") + out[1]
    return "  ".join(out)


_BARE_NUMBER = re.compile(r"[1-9]\d{0,2}")
_NUMBERED_TEXT = 8  # (a task's sentence, not a count beside a number: 1 | 3人)


_CN = "一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """1 → 一, 12 → 十二, 20 → 二十 (up to 99: sections never run further)."""
    if n < 10:
        return _CN[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN[tens - 1]) + "十" + (_CN[ones - 1] if ones else "")


def roman(n: int) -> str:
    out = ""
    for value, letters in ((40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out


def opens_with_body(cell: str) -> bool:
    """Whether a cell's text (or a line of it) opens with a body's name, perhaps followed by
    role words (省劳动保障厅抓总牵引，…; "Provincial Health Commission, …"): a unit cell, not
    more of a task cut by its cell's width (失业保险并轨)."""
    from divplan.parsing.name_edges import org_shaped  # (the parser's data, read lazily)

    first = _FIRST_NAME.split(cell.strip(), maxsplit=1)[0]
    return any(org_shaped(first[:k]) for k in range(2, len(first) + 1))


def opens_group_line(cell: str) -> bool:
    """Whether a cell's text opens with a field label (责任单位：…, "Responsible units: …") or
    with words scoping it over the rows above or below (以上工作由…, "The above work is led by
    …", 本方面工作由…): in a row of its own, a group's responsibility line, not a task.  A
    deadline's label the lexicon lacks, read by its time word (时序要求：…, "Milestone: …"),
    is a field label too."""
    from divplan.parsing.cues import deadline_label_end, find_label  # (the parser's data)
    from divplan.parsing.group_scope import opens_forward_group, opens_group_sentence

    text = cell.strip()
    within = min(len(text), _LABEL_WITHIN)
    found = find_label(text, 0, within)
    return (
        (found is not None and found[0] == 0)
        or opens_group_sentence(text, 0, len(text))
        or opens_forward_group(text, 0, len(text))  # (本方面工作由A牵头…: over the rows below)
        or deadline_label_end(text, 0, within) > 0
    )


_LABEL_WITHIN = 60  # a field label opens its line within this many characters


_PAREN = re.compile(r"[()（）]")


def deadline_row(cell: str, lang: str) -> str | None:
    """A task cell that is wholly a deadline (Q4 2015, Ongoing, 2015年底前) as its field line
    (``Deadline: Q4 2015``, ``完成时限：2015年底前``), or None: in a row of its own under a task
    it is that task's deadline, never a section's heading."""
    from divplan.parsing.clause_text import simplify  # (the parser's data, read lazily)
    from divplan.parsing.deadlines import deadline_first, deadline_whole, is_deadline

    text = cell.strip()
    inner = text[1:-1]
    held = len(text) > 2 and text[0] in "(（" and text[-1] in ")）" and not _PAREN.search(inner)
    text = inner.strip() if held else text  # (（2002年九月底前）: a row set in brackets, its
    plain = simplify(text)  # phrases then any that reads as a deadline: 春季五月底前，秋季…)
    short = len(text) <= (_LABEL_WITHIN if text.isascii() or held else _LABEL_WITHIN // 3)
    if not text or not short or not (  # (2026年9月底前交卷: a date first, a done word after)
        deadline_whole(plain) or ((deadline_first(plain) or held) and is_deadline(plain))
    ):
        return None
    return f"完成时限：{text}" if lang == "zh" else f"Deadline: {text}"


def open_cells(cells: Sequence[str]) -> bool:
    """Whether a row's cells end open, a task on its comma or a list on its 、 (…集中，|
    省建设厅、): the row goes on past a page break, its rest in the next page's first row."""
    return any(flat(c, None).rstrip().endswith(("，", "、", ",", "；")) for c in cells if c)


def own_fields(cell: str) -> tuple[str, str]:
    """A task cell's own text and the field lines it holds after it (加快建设。⏎责任单位：A⏎
    时间安排：…), each flattened: a remarks column is written between them, never into the
    last field's value."""
    lines = cell.split("\n")
    k = next((i for i, ln in enumerate(lines) if i and opens_group_line(ln)), len(lines))
    return flat("\n".join(lines[:k]), None), flat("\n".join(lines[k:]), None)


def same_number(number: str, marker: str) -> bool:
    """Whether a row's number cell repeats the marker of the item above (1 under 1.)."""
    return number.rstrip("、.．, ") == marker.rstrip("、.．, ")


__all__ = [
    "SECTION_MARK",
    "SENTENCE_ENDS",
    "SUB_MARK",
    "chinese_numeral",
    "flat",
    "join_pieces",
    "opens_group_line",
    "opens_with_body",
    "own_fields",
    "plain_row",
    "roman",
    "same_number",
]
