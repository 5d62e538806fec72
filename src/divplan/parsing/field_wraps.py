"""Field wraps: lines that go on with the block above them whatever they open with — a field
line's list, label or role words cut by the line's end, a point's marker after a line the
page width cut, the next of a paragraph's inline points (rule 1 of the context pass,
:mod:`divplan.parsing.blocks`).

Why a module of its own: these are the cuts a field line (牵头单位：… 配合单位：… 完成时限：…)
suffers where a page, a cell or a chat's width ends its lines, decided from the line and the
one above it, apart from the item-and-paragraph rules of the block builder.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from divplan.parsing.clause_deadlines import deadline_after_bracket
from divplan.parsing.cues import (
    deadline_label_end,
    find_label,
    starts_with_label,
)
from divplan.parsing.deadlines import is_deadline
from divplan.parsing.furniture import is_furniture
from divplan.parsing.group_scope import opens_forward_group, opens_group_sentence
from divplan.parsing.hard_wraps import (
    cut_by_width,
    goes_on_inline_points,
    indent_of,
    opens_inline_points,
    opens_like_field,
)
from divplan.parsing.item_runs import CLOSERS, marker_style
from divplan.parsing.label_roles import TIME_WORD, UNIT_WORD
from divplan.parsing.lexicon_files import lang_regexes
from divplan.parsing.lines import Line
from divplan.parsing.name_edges import ORG_EN, org_shaped
from divplan.parsing.role_edges import (
    closes_with_role_word,
    holds_role_word,
    opens_with_role_word,
)
from divplan.read.cell_cuts import cut_between

if TYPE_CHECKING:  # (blocks builds on this module)
    from divplan.parsing.blocks import Block

NAME_TAIL = 12  # the rest of a name cut at a line's end is this short at most
_LIST_GOES_ON = "、，,"  # a field line ending so goes on with its list on the next line


def goes_on_last(text: str, lines: list[Line], i: int, last: Block, width: int | None) -> bool:
    """Rule 1, lines that go on with the block before them whatever they open with.

    - a labelled field under a （1） task: its clause is written below it;
    - 配合单位：A、B、 / C, "…units: County / Supply …", 责任单位：A牵头，B / 配合: a field wrapped;
    - "…；（" / "2）加强…": a point's marker after a line of an item cut by the page width (a
      first point, 1, may open a list of points);
    - 具体包括：（1）…；（2）…； / （3）…: a wrapped line that opens with the next inline point.
    """
    line = lines[i]
    prev = lines[i - 1]
    right_after = last.last == i - 1 and not line.blank_before
    fields_below = (
        last.kind == "subsection"
        and line.kind == "text"
        and starts_with_label(text, line.start, line.end)
        and not is_furniture(text[line.start : line.end])
    )
    list_wraps = (
        last.kind in ("item", "subsection")
        and right_after
        and line.kind == "text"
        and (
            text[prev.end - 1] in _LIST_GOES_ON
            or cut_between(text[prev.start : prev.end], text[line.start : line.end])  # "… County"
            or (text[prev.end - 1] not in CLOSERS
                and opens_with_role_word(text, line.start, line.end))
            or (  # "…County Water Resources Bureau, according / to their mandates": an English
                # line opening in lower case goes on with the field (a task, a label, a
                # heading opens with a capital or a marker)
                text[prev.end - 1] not in CLOSERS
                and "a" <= text[line.start] <= "z"
            )
            or (  # "… Associate departments: General / Administration of Quality
                text[prev.end - 1].isalpha()  # Supervision, …": an English name's last words
                and text[prev.end - 1].isascii()
                and _name_runs_on(text, prev, line)
            )
            or (  # 配合单位：…、中国农业发展 / 银行: a name cut at the line's end
                text[prev.end - 1] not in CLOSERS
                and _name_tail(text, line) <= NAME_TAIL
                and text[line.start : line.start + 1] not in "(（【["  # (此件公开发布)
                and deadline_label_end(text, prev.start, prev.end) == prev.start  # …前 / 附件2
                and not is_furniture(text[line.start : line.end])  # 相关文件 after the plan
                and not _sentence_alone(text, line)  # 落实差别电价政策。 (the next task)
            )
        )
        and any(  # the field's line, or the line it was cut onto
            starts_with_label(text, lines[k].start, lines[k].end)
            for k in range(max(last.first, i - 2), i)
        )
    )
    group_line_wraps = (  # "Responsibility: The A as the coordinating / authority, with …": a
        last.kind == "text"  # field line over its group, an English line in lower case after
        and right_after  # it goes on with it
        and line.kind == "text"
        and last.first >= i - 2  # (its value's first line, too: "…; Participating units:"
        and text[prev.end - 1] not in CLOSERS  # / "A, B and other" / "relevant departments")
        and "a" <= text[line.start] <= "z"
        and starts_with_label(text, lines[last.first].start, lines[last.first].end)
    )
    value_below = (  # "Head-carry unit: A; Shoulder-together units:" / "B, C": the last
        last.kind in ("item", "text")  # field's value the page put on the next line
        and right_after
        and line.kind == "text"
        and _LABEL_LAST.match(text, prev.start, prev.end) is not None
        and not opens_like_field(text, line)
    )
    field_after_field = (  # "    Principal body: A" / "    In association with: B" / "    Timing:
        last.kind in ("item", "subsection", "text")  # …": a field line under a field line,
        and right_after  # set in as far, its label words the lexicon lacks
        and line.kind == "text"
        and _SHORT_LABEL.match(text, line.start, line.end) is not None
        and starts_with_label(text, prev.start, prev.end)
        and indent_of(text, line) == indent_of(text, prev) > 0
    )
    cut_point = (
        last.kind == "item"
        and right_after
        and line.kind in ("item", "subsection")
        and line.number != 1
        and marker_style(line) != marker_style(lines[last.first])
        and cut_by_width(text, prev, width)
    )
    label_cut = right_after and _label_across(text, prev, line)  # …　完 / 成时限：2017年…
    helpers_below = (  # Principal department: A / "The B and the C shall contribute." / …
        last.kind == "item"
        and right_after
        and line.kind == "text"
        and text.startswith("The ", line.start)
        and starts_with_label(text, prev.start, prev.end)
        and deadline_label_end(text, prev.start, prev.end) == prev.start  # (a role's field)
        and not opens_group_sentence(text, line.start, line.end)  # ("The above work is …")
        and closes_with_role_word(text, line.start, line.end)
    )
    return (
        fields_below
        or list_wraps
        or group_line_wraps
        or label_cut
        or value_below
        or field_after_field
        or helpers_below
        or cut_point
        or (
            last.kind in ("item", "text")
            and right_after
            and (
                goes_on_inline_points(text, line, last.start, last.end)
                or (line.kind != "item" and opens_inline_points(text, line))
            )
        )
    )


_LABEL_LAST = re.compile(  # a line of fields whose last label ends it, its value not yet given
    r"[^:：;；\n]{1,30}[:：][^\n]*(?:[;；]|\s{2})\s*[^:：;；\s][^:：;；\n]{0,30}[:：]$"
)
_SHORT_LABEL = re.compile(  # a label alone: a few English words, or Chinese ending in a label's
    rf"(?:[A-Za-z][\w-]*(?:[ \t]+[\w-]+){{0,3}}|[\u4e00-\u9fff]{{0,6}}(?:{UNIT_WORD}|{TIME_WORD}))"
    r"[ \t]*[:：]"  # head word (县教育局负责：task, 县发改局牵头，B配合：task open a task)
)
_UNIT_LABEL = re.compile(  # a few words, then a unit word in lower case: no body's name
    rf"(?:[A-Za-z][\w-]*[ \t]+){{1,3}}{UNIT_WORD}\s*:|[\u4e00-\u9fff]{{1,6}}{UNIT_WORD}\s*[:：]"
)  # ("Province Finance Department: arrange …", 县农业局负责，…为辅助单位：… open a task)
_NAME_RUN_ON = re.compile(
    r"[A-Z][\w'-]*(?:\s+(?:of|and|for|the|[A-Z][\w'-]*))*\s*(?:[,;、]|\s+and\s)"
)


def _name_runs_on(text: str, prev: Line, line: Line) -> bool:
    """Whether ``line`` opens with the last capitalised words of a name ``prev`` ends in before
    its head noun ("Ministry of Natural / Resources, …"), up to a list separator, or with the
    head noun of a name ``prev`` ended before any ("… the Legislative Affairs / Office of the
    State Council each …": capitalised words with no head noun are no body's whole name)."""
    last = text[prev.start : prev.end].rsplit(maxsplit=1)[-1]
    if not last[:1].isupper() or ORG_EN.fullmatch(last) is not None:
        return False  # ("… Supervision Department / Investigate …")
    if _NAME_RUN_ON.match(text, line.start, line.end) is not None:
        return True
    piece = _LAST_PIECE.split(text[prev.start : prev.end])[-1].split()
    head = text[line.start : line.end].split(maxsplit=1)[:1]
    return (
        bool(piece and head)
        and all(w[:1].isupper() or w in _SMALL for w in piece)
        and ORG_EN.search(" ".join(piece)) is None
        and head[0][:1].isupper()
        and ORG_EN.fullmatch(head[0]) is not None
    )


_LAST_PIECE = re.compile(r"[,;:，；：(（]|\band\b|\bthe\b|\bThe\b")  # (a list's separators)
_SMALL = frozenset({"of", "and", "for"})


def _sentence_alone(text: str, line: Line) -> bool:
    """Whether ``line`` is a sentence of its own, not the rest of a name cut at the line above's
    end: it ends a sentence, and what stands before that end is no body's (…、省财 / 政厅。 is a
    name's rest; 落实差别电价政策。 under a field line ending in a whole name is the next task,
    a one-column sheet's rows alternating task and field; …余下相 / 关单位配合。, a clause's rest
    closing with its role word, is none)."""
    body = text[line.start : line.end].rstrip()
    return (
        body.endswith(("。", "！", "？"))
        and not org_shaped(body[:-1])
        and not closes_with_role_word(text, line.start, line.end)
    )


def _whole_deadline_field(text: str, prev: Line) -> bool:
    """Whether ``prev`` is a deadline's field whose value is a whole deadline (完成時限：2012年
    11月底前): no name goes on from it (濤澤市人民政府辦公室 under it is the signature)."""
    value = deadline_label_end(text, prev.start, prev.end)
    return value > prev.start and is_deadline(text[value : prev.end])


def _name_tail(text: str, line: Line) -> int:
    """How long the start of ``line`` is before its first field label (the rest of a name cut
    at the line above's end: 保障局　完成时限：…), or the whole line without one."""
    found = find_label(text, line.start, line.end)
    return (found[0] if found is not None else line.end) - line.start


def _label_across(text: str, prev: Line, line: Line) -> bool:
    """Whether a field label runs across the break between ``prev`` and ``line`` (a PDF's
    line cut inside 完成时限：): the line goes on with the one before it."""
    if ":" not in text[line.start : line.start + 12] or not prev.end - prev.start:
        return False  # (the rest of a label ends in its colon near the line's start)
    found = find_label(text, max(prev.start, prev.end - 8), min(line.end, prev.end + 12))
    return found is not None and found[0] < prev.end < found[1]


def after_field(text: str, prev: Line, line: Line, field: Line | None = None) -> bool:
    """A plain line after a field line (完成时限：2021年底前) starts a new paragraph — the next
    task — unless it is another field or the rest of the field's list (…、 / 银行).  ``field``:
    the field line ``prev`` goes on from, when the page cut it ("Responsible unit: A, Market /
    Supervision Bureau cooperation / Carry out …")."""
    return (
        (
            starts_with_label(text, prev.start, prev.end)
            or (field is not None and starts_with_label(text, field.start, field.end))
        )
        and not starts_with_label(text, line.start, line.end)
        and _UNIT_LABEL.match(text, line.start, line.end) is None  # ("Fellow departments:", a
        # field of who does it in words the lexicon lacks, is another field)
        and text[prev.end - 1] not in _LIST_GOES_ON
        and not (  # "…, with the / County Land and Resources Bureau participating": a field's
            text[prev.end - 1].isascii()  # English words cut by the page
            and text[prev.end - 1].isalpha()
            and (
                cut_between(text[prev.start : prev.end], text[line.start : line.end])
                or _name_runs_on(text, prev, line)  # ("… Ministry of Natural / Resources,
            )  # National Health Commission …": a name's last words)
        )
        and (
            line.end - line.start > NAME_TAIL
            or (text[line.end - 1] == "。" and text[line.start - 1 : line.start] in (" ", "\u3000"))
            or (
                text[line.end - 1] == "。"
                and deadline_label_end(text, prev.start, prev.end) > prev.start
            )
            or _sentence_alone(text, line)
            or _whole_deadline_field(text, prev)
        )  # (an indented short task, 　　实施电网改造。, one under a deadline, a sentence whose
        # words end in no body's, or a line under a whole deadline's field: no name's tail)
    )


def left_open(text: str, line: Line, width: int | None) -> bool:
    """Whether ``line`` leaves its paragraph open for the plain line after it: it closes no
    sentence or bracket and ends in no deadline field, or the page width cut it — but never a
    line whose bracket a deadline follows ("… (A takes the lead) End of 2015": a table's row)."""
    if bracket_then_deadline(text, line):
        return False
    closed = text[line.end - 1] in CLOSERS or ends_in_deadline_field(text, line)
    return not closed or cut_by_width(text, line, width)


def ends_in_deadline_field(text: str, line: Line) -> bool:
    """Whether ``line`` ends with a deadline field whose value is a whole deadline ("… shall
    answer for this alone. Time frame: by the end of June 2006", a spreadsheet's cell): it
    ends its paragraph as a full stop would; the next line is the next task."""
    return _deadline_field_at_end(text, line.start, line.end)


def _deadline_field_at_end(text: str, start: int, end: int) -> bool:
    pos, last = start, None
    while (found := find_label(text, pos, end)) is not None:
        last, pos = found, found[1]
    if last is None or last[0] == start:
        return False  # (a field line alone: after_field's)
    value = deadline_label_end(text, last[0], end)
    return value > last[0] and is_deadline(text[value:end])


def past_deadline_field(text: str, span: tuple[int, int]) -> int:
    """Where the field line of a clause at ``span`` starts when the clause opens with the
    deadline field that ends its task's line ("• Build the network  Deadline: End of 2009 /
    Responsible unit: A, B": a two-column table of tasks and deadlines, the group's unit line
    after it): the next line's start; else the clause's own start."""
    start, end = span
    cut = text.find("\n", start, end)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = cut
    while line_end > line_start and text[line_end - 1] in " \t\u3000\r":
        line_end -= 1
    if cut < 0 or not _deadline_field_at_end(text, line_start, line_end):
        return start
    at = cut + 1
    while at < end and text[at] in " \t\u3000\r\n":  # (a blank line between: the same)
        at += 1
    return at


def bracket_then_deadline(text: str, line: Line) -> bool:
    """Whether ``line`` ends with a closing bracket and a deadline after it ("… (A takes the
    lead, B participate) End of 2015", a table's deadline column run into the line): the
    bracket closed the task, as it does at a line's end."""
    return deadline_after_bracket(text, line.start, line.end) is not None


def opening_words_line(text: str, prev: Line, line: Line) -> bool:
    """Whether ``prev`` only opens its paragraph with who does the task and by when, ended by a
    colon, its task on ``line`` (市工业和信息化局牵引负责，市发展改革委配合，2025年12月底前： /
    推动…。, a page's width cutting after the colon): the paragraph goes on.  A line leading
    tasks in (…完成以下工作：, "the following:") or scoping a group (以下任务由…) does not."""
    body = text[prev.start : prev.end].rstrip()
    if line.kind != "text" or not body.endswith((":", "：")) or len(body) > _OPENING_LONGEST:
        return False
    body = body[:-1]
    if _holds_lead_in_words(body) or opens_forward_group(text, prev.start, prev.end):
        return False
    last = re.split(r"[，,]", body)[-1].strip()
    return _says_who(body) and (is_deadline(last) or _says_who(last))


def _says_who(words: str) -> bool:
    return holds_role_word(words, 0, len(words))


_OPENING_LONGEST = 120

def _holds_lead_in_words(line: str) -> bool:
    """Whether ``line`` holds words that lead the tasks below in (``lexicon/lead_ins.tsv``)."""
    return any(p.search(line) for p in lang_regexes("lead_ins.tsv").values())


__all__ = [
    "NAME_TAIL",
    "after_field",
    "bracket_then_deadline",
    "ends_in_deadline_field",
    "goes_on_last",
    "left_open",
    "opening_words_line",
    "past_deadline_field",
]
