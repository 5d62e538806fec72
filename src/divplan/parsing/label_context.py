"""The fields around a field label of unknown words: what they say of it.

Why a module of its own: a label the lexicon lacks (主战单位：, "Banner-holding unit:") is read
by its words (:mod:`divplan.parsing.label_roles`); when they hold no role, its place among the
fields of its line, or of the lines beside it, still says whose it is — the helpers' beside a
lead field, the lead's before a helpers' field, the responsible units' when it stands alone.
The clause scanner (:mod:`divplan.parsing.cues`) asks this of every such label it meets.
"""

from __future__ import annotations

import re

from divplan.parsing.clause_text import language, simplify
from divplan.parsing.cue_rows import _known_label, _labels_of, _labels_of_kinds, _role_label_finder
from divplan.parsing.label_roles import guessable, read_label, time_label
from divplan.parsing.name_edges import ORG_EN, ORG_ZH, org_shaped
from divplan.parsing.name_tails import local_name
from divplan.read.table_headers import names_no_unit

CJK_CUT = re.compile(r"[\u3400-\u9fff]\n[\u3400-\u9fff]")


def label_role(label: str, context: str | None = None) -> tuple[str, str, int] | None:
    """A field label the lexicon does not know, read by its words (:mod:`label_roles`)."""
    return read_label(label, _known_label(language(label)), context)


def _named_en(label: str) -> bool:
    """Whether an English label holds a name's capitalised head noun ("… Finance Bureau Help
    unit:"), not only a unit's kind in lower case ("Accountable agency:")."""
    return any(m.group()[:1].isupper() for m in ORG_EN.finditer(label))


def _cut_label(text: str, k: int, end: int) -> bool:
    """Whether the line break before ``k`` cuts a label the lexicon knows (（牵⏎头单位：), not
    one that opens its own line under a name (…财政部⏎呼应单位：)."""
    joined = simplify(text[max(0, k - 5) : k - 1] + text[k:end])
    known = _known_label(language(joined))
    return any(m.start() < min(4, k - 1) for m in known.finditer(joined))


def label_context(text: str, at: int, end: int) -> str | None:
    """What the fields around a label at ``text[at:end]`` say of it when its words say
    nothing: "after_lead" when a lead or responsible field's label (牵头单位：, 责任单位：, "Lead
    unit:", or one of words the lexicon lacks that read as the lead's) opens another field of
    its line, or of the line right above or below it (a field a line: "Carry the big head
    unit: A⏎Build hand unit: B"); "first" or "second" when the only other field label there
    is one more of unknown words and no role label is ("Banner-holding unit: A  Side-wing
    units: B", a table's unit columns rendered as fields); else None.  Not a label after a
    comma: that one ends a sentence's part ("…, with other relevant departments:"); "cut"
    when a line break cut a known label there (完⏎成时限：): no label of its own."""
    k = at
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if no_field(text, at, end):
        return None
    if k > 1 and text[k - 1] == "\n" and CJK_CUT.match(text, k - 2) and _cut_label(text, k, end):
        return "cut"  # (（牵⏎头单位：, 完⏎成时限：: a known label a line cut, none of its own)
    line = text.rfind("\n", 0, at) + 1
    if text[line:at].rstrip().endswith((":", "：")) and text[line:at].strip(" :：") and not (
        _named_en(text[at:end]) or ORG_ZH.search(text, at, end)  # (no name's words in it:
    ):  # "Accountable agency:" names none, "Ministry of Finance Help unit:" does)
        return "alone"  # ("Responsible units: Full-duty unit: A": the field's own label)
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    above = text.rfind("\n", 0, max(line - 1, 0)) + 1 if line else line
    below = text.find("\n", stop + 1)
    below = len(text) if below < 0 else below
    lang = language(text[at:end])
    known = _labels_of_kinds(frozenset({"label_lead", "label_resp"}), lang)
    parts = [
        simplify(p) for p in (text[line:at], text[end:stop], text[above:line], text[stop:below])
    ]
    part_label, finder = _labels_of("label_part", lang), _role_label_finder(lang)
    found = [
        [(m, label_role(m.group(0))) for m in finder.finditer(part) if not time_label(m.group(0))]
        for part in parts
    ]  # (a deadline's label, 交卷时间：, "… Deadline:", is no field of who does the task)
    if any(known.search(part) for part in parts) or any(
        role is not None and role[0] == "label_lead" for row in found for _, role in row
    ):
        return "after_lead"
    for beside, line_parts in ((False, (0, 1)), (True, (2, 3))):  # its own line, else beside
        fields = {
            (n, m.start(), m.end())
            for n in line_parts
            for m, role in found[n]
            if role is not None
            or (guessable(m.group(0)) and not no_field(parts[n], m.start(), m.end()))
        } | {(n, m.start(), m.end()) for n in line_parts for m in part_label.finditer(parts[n])}
        if beside:  # a field a line: its label and the other open their lines
            opens = not parts[0].strip(_BULLETS)
            fields = {f for f in fields if opens and not parts[f[0]][: f[1]].strip(_BULLETS)}
        ends = {(n, e) for n, _, e in fields}
        if ends:
            before = {f for f in ends if f[0] in (0, 2)}
            if len(ends) == 1:
                return "second" if before else "first"  # (a helpers' field, or one more
            return None  # of unknown words, after it)
    value = parts[1].strip(_BULLETS)
    gap = at == 0 or re.search(r"\S(?:  |\t)", text[line:end]) is not None  # (a table's column
    first = re.split(r"[;,，、]", value, maxsplit=1)[0]  # (or names follow: the first, its
    gap = gap or _a_body(first) or _a_body(first.split(" and ", 1)[0])  # "and" its own or not)
    alone = value and not names_no_unit(text[at:end])  # ("Issuing agency:", 发布机构：)
    alone = alone and (gap if lang == "en" else "各" not in text[at:end])  # (履责单位：A、B併责;
    row = at == 0 or re.search(r"\S(?:  |\t|\u3000)\s*$", text[line:at]) is not None  # (a field
    return ("in_row" if row else "alone") if alone else None  # after its task, a row's field
    # rendered, or cut from it) rendered, or a clause cut there; "… Department: task"
    # opens with its clause)


def _a_body(words: str) -> bool:
    """Whether ``words`` are a body's name: a local one's by its level word, or one built like
    an organisation's and written as a name ("Ministry of Finance"; not "The establishment of
    the service center", a task)."""
    words = words.strip()
    first = words.split(maxsplit=1)[:1]
    return local_name(words) or (
        bool(first) and first[0][:1].isupper() and first[0] != "The" and org_shaped(words)
    )


_BULLETS = " \t\r\n\u3000•·-–—*"


def no_field(text: str, at: int, end: int) -> bool:
    """Whether words ending in a colon at ``text[at:end]`` open no field: after a comma they
    end a sentence's part, and unnamed others ("… and other relevant departments:") are none."""
    k = at
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    words = simplify(text[at:end])
    return (k > 0 and text[k - 1] in ",，、") or bool(
        _labels_of("others", language(words)).search(words)
    )


__all__ = ["CJK_CUT", "label_context", "label_role", "no_field"]
