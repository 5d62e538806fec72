"""Field labels the lexicon does not know, read by their words.

Why: a plan's field labels are as open as its clauses.  A county writes 主战单位：/协战单位：, a
machine translation "Main battle unit: / Help run units:", and no lexicon row has them; read as
task text, the fields vanish and the item's departments with them (silently).  A short label
at a field start that ends in a unit word (``label_role`` rows of ``lexicon/cues.tsv``) is read
here: the pieces of one role its words hold (``lexicon/role_words.tsv``: 主/main lead, 协/help
take part) make it that role's label, and the reading says it guessed.  Words with no piece, or
pieces of two roles (各有关单位：, an addressee line), make no label.
"""

from __future__ import annotations

import re

from divplan.parsing.lexicon_files import time_words, unit_words, word_lists
from divplan.parsing.name_edges import ORG_ZH, ends_with_head
from divplan.parsing.role_words import piece_note, role_of_words


def read_label(
    label: str, known: re.Pattern[str], context: str | None = None
) -> tuple[str, str, int] | None:
    """A field label the lexicon does not know (主战单位：, "Help run units:"), read by its
    words (:mod:`divplan.parsing.role_words`): the label kind of the one role they hold a
    piece of, the guess to say, and how many leading characters are not the label (words of
    the name before it: "Bureau Assist battle units:" is "Assist battle units:"); None when
    the words hold no piece, or pieces of two roles, or end in a label of ``known`` (the
    lexicon's labels: that one is found where it begins) — then it is no label.

    ``context`` "after_lead": a lead or responsible field shares the label's line (牵头单位：A
    X单位：B / 会商单位：B  责任单位：A).  Words holding no piece there ("Lead unit: A    Fit
    unit: B", 配合 rendered "fit") still make a label, the participants': the genre writes one
    field for who leads and one for who helps, and a label read as words would turn the
    helpers into the task.  "first" / "second": the one other field there is the helpers' or
    another label of unknown words, after it or before it ("Banner-holding unit: A  Side-wing
    units: B"): the lead's label and the participants', by the same order.  "alone": no other
    field there, a value after it (履责单位：A、B併责): a responsible field; "in_row": the same
    after a gap in the task's line (a table's row rendered as fields), where a Chinese label of
    two to four words with no unit word will do (任务归属：A★、B).  Said as a guess."""
    head = _LABEL_HEAD.search(label)
    words = label[: head.start()] if head else label
    k = 0
    while True:  # a known label after words of a task or a name is found where it begins
        if known.fullmatch(label, k):
            return None
        if (m := _NEXT_WORD.match(words, k)) is None:
            break
        k = m.end()
    if (time := _TIME_HEAD.search(label)) is not None and context != "cut":  # 交卷时间：,
        skip = _time_label_start(label, time.start())  # 完成时点：, "Target date:"
        said = label[skip:].strip()
        why = f"read as a deadline's by its 「{time.group(1)}」"
        note = f"the label 「{said}」 is not in the lexicon; {why}"
        return "label_deadline", note, skip
    cut = _gap_end(label) or _head_end(words)  # (not a name's words before the label:
    found = role_of_words(words[cut:])  # "Equipment Industry First Department Side-carry unit:")
    if found is None and cut and context not in _BY_CONTEXT:
        found = role_of_words(words)
    if found is None and context == "in_row" and _CJK_ALONE.fullmatch(label) and not _named_column(
        label
    ):  # 任务归属：A★、B — the one field of a task's row, its words no role's: who does it
        said = f"the label 「{label.strip()}」 is unknown; read as {_BY_CONTEXT[context][1]}"
        return "label_resp", said, 0
    if found is None and context in _BY_CONTEXT and (
        guessable(label)
        or (context in _PAIRED and label.isascii() and _ONE_UNIT.fullmatch(label) is not None)
    ):  # ("Coordinator-in-chief: A  Co-signers: B": one unit word each, beside each other)
        skip = max(_after_gap(label), _deadline_words(words))
        said = label[skip:].strip()
        kind, why = _BY_CONTEXT[context]
        return kind, f"the label 「{said}」 is unknown; read as {why}", skip
    if found is not None and found[0] == "div" and context == "after_lead" and not label.isascii():
        found = ("participant", found[1])  # (分责单位：A  牵头单位：B: beside a lead, the
        # responsible-by-duties side helps, as conventions.md reads 按职责分工 beside 牵头; not
        # in English, where "Division" heads a name: "… Management Division  Hold … unit:")
    if found is None or found[0] not in _LABEL_OF_ROLE:
        return None
    starts = [max(_deadline_words(words), _gap_end(label))]
    while (m := _NEXT_WORD.match(words, starts[-1])) and role_of_words(words[m.end() :]) == found:
        starts.append(m.end())  # the shortest words from the right that still say the role,
    capital = [k for k in starts if words[k : k + 1].isupper()]  # opening with a capital if
    skip = capital[-1] if capital else starts[-1]  # any does ("Office of first instance:" is
    # one label; "… Commerce Help-run unit:" is "Help-run unit:")
    said = label[skip:].strip()
    note = f"the label 「{said}」 is not in the lexicon; read as {found[0]} by its 「{found[1]}」"
    return _LABEL_OF_ROLE[found[0]], note, skip


def _named_column(label: str) -> bool:
    """Whether a label names a column of another kind (备注, 说明: a remark, not who does it)."""
    from divplan.read.table_headers import column_role  # (the reader's list, read lazily)

    return column_role(label.strip().rstrip(":：")) is not None


def role_as(text: str) -> dict[int, tuple[int, str, str]]:
    """The role a body is said to take in words no list holds, right after its name
    (县城管局为一线单位，县财政局为二线单位: 为 "as", a few words, a unit word), by where the
    words begin: (end, the kind of cue their role pieces say, the guess to say)."""
    found: dict[int, tuple[int, str, str]] = {}
    for m in _ROLE_AS.finditer(text):
        role = role_of_words(m.group(1))
        if role is not None and role[0] in _AS_KIND:
            note = f"「{m.group(0)}」 is not in the lexicon; read as {role[0]} by its 「{role[1]}」"
            found[m.start()] = (m.end(), _AS_KIND[role[0]], note)
    return found


def time_label(label: str) -> bool:
    """Whether ``label`` ends in a deadline's time word (完成时点：, "Target date:")."""
    return _TIME_HEAD.search(label) is not None


def _deadline_words(words: str) -> int:
    """How many opening characters of an English label's ``words`` are a deadline field's
    value before it, the gap between them lost in a line's join ("Ongoing Co-delivering
    units:", "by June 2024 Assist units:"): never the label's words."""
    from divplan.parsing.deadlines import deadline_whole  # (it reads the cues: cycle)

    ends = [m.end() for m in _NEXT_WORD.finditer(words)] if _WORD_START.match(words) else []
    return next((k for k in reversed(ends) if deadline_whole(words[:k])), 0)


def _time_label_start(label: str, head: int) -> int:
    """Where a deadline label of unknown words begins: a Chinese one whole, an English one at
    the last two words before its time word ("Bureau Target date:" is "Target date:")."""
    if not _WORD_START.search(label):
        return 0
    starts = [m.start() for m in _WORD_START.finditer(label, 0, head)]
    return starts[-2] if len(starts) >= 2 else starts[0] if starts else 0


def guessable(label: str) -> bool:
    """Whether a label of words holding no piece may be guessed the participants': on one
    line, closed by a colon ("… and other relevant departments⏎- Timeframe" is no label); a
    Chinese one ending in a unit word, an English one of three words or more holding one
    (备注：, 说明：, "You are here:" name no unit; "Agency of record:" does)."""
    return (
        "\n" not in label
        and label.rstrip()[-1:] in ":："
        and bool(_LABEL_HEAD.sub("", label))
        and (label.isascii() or _UNIT_END.search(label) is not None)
        and not (label.isascii() and len(label.split()) >= 3 and not _UNIT_ANY.search(label))
    )  # (three English words or more with no unit word, no role's piece: "You are here:")


def _gap_end(label: str) -> int:
    """Where the words after the last wide gap (two spaces or a tab) of ``label`` begin, else
    0: fields set apart by a gap ("… care.  Office of first instance:")."""
    gap = max(label.rfind("  "), label.rfind("\t"))
    return len(label) - len(label[gap:].lstrip()) if gap >= 0 else 0


def _after_gap(label: str) -> int:
    """Where a label of words holding no piece begins in ``label``: after the last wide gap
    (two spaces or a tab part fields: "Bureau    Fit unit:"), else after the longest opening
    words that end with a body's head noun (lines joined: "Finance Bureau Fit unit:",
    "Planting Management Division Build hand unit:"), else at its last capitalised word after
    lower-case ones (a field's value before it: "Continuously promote Carry-out units:"), else
    at its start."""
    if gap := _gap_end(label):
        return gap
    head = _LABEL_HEAD.search(label)
    words = label[: head.start()] if head else label
    if after_head := _head_end(words):
        return after_head
    starts = [m.start() for m in _WORD_START.finditer(words)]
    capital = [k for k in starts if words[k].isupper()]
    lower_before = capital and any(words[k].islower() for k in starts if k < capital[-1])
    return capital[-1] if lower_before else 0


def _head_end(words: str) -> int:
    """Where the longest opening words of a label's ``words`` that end with a body's head noun
    end, else 0 (a word is left the label, and no label opens with a small word: "Agency of
    record:" is one label, its head first)."""
    ends = [m.end() for m in _NEXT_WORD.finditer(words)][:-1]
    return next(
        (k for k in reversed(ends) if ends_with_head(words[:k]) and not _opens_small(words[k:])),
        0,
    )


_MARK = re.compile(r"(?<=\S)\s?[(（〔【]\s*([^()（）〔〕【】\n,，;；:：\d]{1,24}?)\s*[)）〕】]")
# (〔主〕, 【牵】: a document number's or a heading's brackets, a mark as well)
# a mark's words that may single out the lead: a few Chinese characters, or a few English words
# not written as an abbreviation ("(NDRC)") — and no body's head noun (市财政局（市国资委）)
_BARE_MARK = re.compile(
    r"(?![^()（）]*(?:[局厅委办部署院司处]$|\b[A-Z]{2,}\b))"  # (a level's word: 各乡镇（街道）,
    r"(?!(?:[市区县乡镇村居旗盟州、]|街道|社区)+$|(?:sub-?)?(?:district|town|township|county|city|"
    r"village|community|street|prefecture|region)s?$)"  # "County (district) governments"; one
    r"(?![a-z]+(?<!s)s$|[^()]*\bco-)"  # word of many, a co- word: "A, B (co-holders)" all hold it)
    r"(?:[\u4e00-\u9fff]{1,4}|[A-Za-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})"
)
_CJK_ALONE = re.compile(r"\s*[\u4e00-\u9fff]{2,4}\s*[:：]\s*")  # (a label of no unit word)
_FIELD_VALUE = re.compile(r"\s*[^:：\n]{1,30}[:：]")  # (a field's one name: "Responsible units:
# A (at the wheel)" — the mark still says A leads, as a lead field would)
_LIST_SIGNS = ("、", ",", "，", ";", "；", " and ")


_OPENS = re.compile(r"[(（〔【]")
_LIST_KINDS = {"joint": "resp_after", "div": "div_after"}  # (a bracket on a whole list)
_LIST_END = re.compile(r"[\s。；;，,]*")


def role_marks(text: str) -> dict[int, tuple[int, str, str]]:
    """Brackets of words the lexicon does not know right after a name in a list of several
    ("A (pace-setter); B", "A（头雁）、B、C"), or after a field's one name ("Responsible units:
    A (at the wheel)"): the lead's mark when their words hold pieces of the
    lead role only (:mod:`divplan.parsing.role_words`), or (a list or not) when they name a
    unit's kind and hold no role's piece ("A (pillar unit), B"), by where each bracket begins:
    (end, "lead_mark", the guess to say).  A bracket of a deadline ("(first half of 2020)") is
    none."""
    from divplan.parsing.deadlines import deadline_like  # (it reads the cues: cycle)

    found: dict[int, tuple[int, str, str]] = {}
    listed = any(sign in text for sign in _LIST_SIGNS) or _FIELD_VALUE.match(text) is not None
    bare: list[re.Match[str]] = []  # brackets of words holding no role's piece
    for m in _MARK.finditer(text) if _OPENS.search(text) else ():
        role = role_of_words(m.group(1))
        unit = role is None and _UNIT_MARK.fullmatch(m.group(1)) is not None  # "(pillar unit)"
        if role is None and not unit and listed and _BARE_MARK.fullmatch(m.group(1)):
            before = text[max(0, m.start() - 40) : m.start()].rstrip()  # (after a body's name:
            word = before.rsplit(None, 1)[-1:] or [""]  # "each township (town)" is none)
            bare += [m] if ORG_ZH.search(before) or word[0][:1].isupper() else []
        if role is not None and role[0] in _LIST_KINDS and _LIST_END.fullmatch(text, m.end()):
            at = m.start() + (m.group(0)[0] == " ")  # A、B（平行负责）: after a list's last
            note = piece_note(text[at : m.end()], role)  # body, words of how they all hold it
            found[at] = (m.end(), _LIST_KINDS[role[0]], note)
            continue
        if role is not None and role[0] == "participant" and listed and not unit and not (
            len(m.group(1)) > 1 and ORG_ZH.search(m.group(1))  # (工商总局（联席会议办公室）:
        ):  # the body's other name; one character, （协）, is none)
            at = m.start() + (m.group(0)[0] == " ")  # A（辅）、B: a helper's mark on one body
            mark, piece = text[at : m.end()], role[1]
            note = f"the mark 「{mark}」 is unknown; read as a helper's: by its 「{piece}」"
            found[at] = (m.end(), "part_mark", note)
            continue
        if not unit and (role is None or role[0] != "lead" or not listed):
            continue
        if not deadline_like(m.group(1)):
            at = m.start() + (m.group(0)[0] == " ")
            mark = text[at : m.end()]
            piece = role[1] if role else ""
            why = "a unit's kind marks one body" if unit else f"by its 「{piece}」"
            note = f"the mark 「{mark}」 is unknown; read as the lead's: {why}"
            found[at] = (m.end(), "lead_mark", note)
    if bare and not found and not deadline_like(bare[0].group(1)) and _singles_out(text, bare):
        for m in bare:  # A（旗手）、B、C / "A (first among equals), B": one body of a list (or a
            at = m.start() + (m.group(0)[0] == " ")  # few, the same words by each: "A (L), B
            mark = text[at : m.end()]  # (L), C") singled out by words no list holds — the
            note = f"the mark 「{mark}」 is unknown; the bodies of a list it singles out: the lead"
            found[at] = (m.end(), "lead_mark", note)  # genre's way to say which lead
    return found


def _singles_out(text: str, bare: list[re.Match[str]]) -> bool:
    """Whether marks of words no list holds single out some of a list's bodies: one mark, or a
    few of the same words, fewer than the list's bodies."""
    if len(bare) == 1:
        return True
    listed = 1 + sum(text.count(sign) for sign in ("、", ",", "，", ";", "；", " and "))
    return len({m.group(1).strip().lower() for m in bare}) == 1 and len(bare) < listed


#: The unit words a label (or a table's column name) of unknown words ends in: name_words.tsv's
#: ``unit`` rows (:func:`~divplan.parsing.lexicon_files.unit_words`, as cues.tsv's ``{UNIT}``).
UNIT_WORD = f"(?:{unit_words('zh')}|{unit_words('en')})"
_AS_KIND = {"lead": "lead_after", "participant": "part_after", "joint": "resp_after"}
_HEAD_CHARS = "局厅委办部署院司处室会心府等社行所站队组团校馆台"  # (a body's last character)
_ROLE_AS = re.compile(  # (after a body's head noun: 为, a few words, a unit word, the part's end)
    rf"(?<=[{_HEAD_CHARS}])(?:{'|'.join(word_lists('name_words.tsv')['zh_as'])})"
    r"([\u4e00-\u9fff]{1,4}?)"
    rf"(?:{unit_words('zh')})(?=[，,、;；。)）\s]|$)"
)
_LABEL_HEAD = re.compile(rf"(?i){UNIT_WORD}?\s*[-–—:：]?\s*$")
_UNIT_END = re.compile(rf"{UNIT_WORD}\s*[:：]\s*$")
_UNIT_ANY = re.compile(rf"(?i)(?<![a-z]){UNIT_WORD}(?![a-z])")
_ONE_UNIT = re.compile(rf"(?i)\s*{UNIT_WORD}\s*[:：]\s*")  # (a label of one agent noun)
_PAIRED = frozenset({"first", "second"})
# a mark naming a unit's kind after a body's name, "(pillar unit)", （骨干单位）: the one body a
# responsibility field singles out leads (a helper's kind holds a participant's piece: no mark)
_UNIT_MARK = re.compile(
    rf"(?i)(?:[a-z][a-z-]*\s+){{1,2}}{UNIT_WORD}|[\u4e00-\u9fff]{{1,3}}{UNIT_WORD}"
)
#: The words a deadline field's label ends in (a label of unknown words with one of them heads
#: the deadline: 交卷时间：, 完成时点：, "Target date:", "Hand-in time:"; ``time`` rows of
#: ``lexicon/name_words.tsv``), longest first.
TIME_WORD = time_words("any")
_TIME_HEAD = re.compile(rf"(?i)(?<![A-Za-z])({TIME_WORD})(?:要求|安排)?\s*[:：]\s*$")
_NEXT_WORD = re.compile(r"\s*[A-Za-z][A-Za-z'-]*\s+")  # (a Chinese label is not trimmed)
_WORD_START = re.compile(r"(?<![A-Za-z'-])[A-Za-z]")
_SMALL_WORDS = frozenset(word_lists("name_words.tsv")["en_goes_on"])  # (of, for, the, …)


def _opens_small(words: str) -> bool:
    """Whether ``words`` open with a small word that carries a name on (of, for, in, …)."""
    first = words.split(maxsplit=1)[:1]
    return bool(first) and first[0].lower() in _SMALL_WORDS
# (a label of joint pieces, 共担单位： or "Together-bear units:", is a shared field: the
# responsible units, joint, or sole for one)
_LABEL_OF_ROLE = {"lead": "label_lead", "participant": "label_part", "joint": "label_resp"}
_BY_CONTEXT = {
    "after_lead": ("label_part", "participant, a lead field beside it"),
    "first": ("label_lead", "lead, the first of two fields of who does the task"),
    "second": ("label_part", "participant, the second of two fields of who does the task"),
    "alone": ("label_resp", "responsible, the one field of who does the task"),
    "in_row": ("label_resp", "responsible, the one field of who does the task"),
}


__all__ = [
    "TIME_WORD",
    "UNIT_WORD",
    "guessable",
    "read_label",
    "role_as",
    "role_marks",
    "time_label",
]
