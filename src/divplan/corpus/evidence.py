"""Evidence for :func:`divplan.corpus.detect.detect`: what a plan's text shows, counted by regex.

Why apart from the scoring: the patterns and scanners below are most of the detector's code and
change with every new layout of a plan (labelled lines, task tables, English translations),
while the scoring in :mod:`divplan.corpus.detect` is a handful of measured weights.  Keeping the
two apart lets either change without wading through the other.

:func:`sample` prepares the text (line ends, full-width forms), :func:`scan` counts into an
:class:`Evidence`: task sentences closed by a responsibility clause (with a role word: *strong*;
only department names: *weak*), labelled assignments, task-table rows, numbered items and how
many of them carry a clause, numbered articles (laws), and a title naming a division of labour.
Only ``re`` and compiled patterns: well under a millisecond for a typical page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from divplan.parsing.clause_text import simplify
from divplan.parsing.cues import ROLE_KINDS
from divplan.parsing.cues import scan as scan_cues

# --------------------------------------------------------------------------------- patterns
_FOLD = str.maketrans(
    {**{cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}, 0x3000: " ", 0x00A0: " "}
)
_EOL = re.compile(r"\r\n?")


def sample(text: str, limit: int) -> str:
    """The first ``limit`` characters, with unified line ends and full-width forms folded.

    The patterns below are written for ASCII punctuation and ``\\n`` line ends, which keeps them
    short; folding here once is cheaper than spelling every variant in every pattern.
    """
    return _EOL.sub("\n", text[:limit]).translate(_FOLD)


# a bracketed group: no nested brackets, may wrap lines but not cross a blank line
_GROUP = re.compile(
    r"[(\[【]([^()\[\]【】\n]{0,400}(?:\n(?![ \t]*\n)[^()\[\]【】\n]{0,400}){0,6})[)\]】]"
)
# what may follow a clause that closes its paragraph: punctuation, one more group (a deadline)
# or one short labelled field (a table's row as text: "(A takes the lead)  Deadline: June")
_CLOSING = re.compile(
    r"[ \t.。;；,，]*(?:\([^()\n]{0,80}\)[ \t.。;；,，]*)?"
    r"(?:[ \t]{2,}[^\n:：()]{1,24}[:：][^\n]{0,60})?(?:\n|$)"
)
_SENTENCE_END = "。.;；!！?？"

_ROLE = re.compile(
    r"[牵牽][头頭]|[负負][责責]|[参參][加与與]|配合|[会會]同|[协協][办辦]|按[职職][责責]|[职職][责責]分工"
    r"|[责責]任(?:[单單]位|部[门門])|主[责責]|[协協]同"
    r"|各司其[职職]"
    r"|responsib|\btak(?:es?|ing)\s+the\s+lead|\blead(?:s|ing)?\b|\b(?:led|leaded|headed)\s+by"
    r"|participat|in\s+charge\s+of|in\s+conjunction\s+with|\bcooperat"
    r"|according\s+to\s+(?:their|the|its)\s+(?:respective\s+)?(?:duties|functions|division)"
    r"|division\s+of\s+(?:labou?r|responsibilities|duties)",
    re.IGNORECASE,
)
_DEADLINE = re.compile(
    r"^\s*(?:\d{4}\s*年.{0,12}(?:前|底|完成|月)|持[续續]推[进進]|[长長]期堅?坚?持|年底前|年[内內]|每年"
    r"|(?:to\s+be\s+)?complet|by\s+the\s+end|before\s+the\s+end|ongoing|continuous|long[- ]term"
    r"|\d{4}[-—–~至]\d{4})",
    re.IGNORECASE,
)
_ZH_ORG = re.compile(
    r"(?:部|委|局|[办辦]|署|行|[厅廳]|院|[会會]|室|司|中心|政府|小[组組]|公司|集[团團]|[单單]位"
    r"|支[队隊]|大[队隊]|[办辦]事[处處]|街道|[乡鄉]镇|[乡鄉]鎮|部[门門]|海[关關]|分局|支局|[营營]业部"
    r"|[营營][业業]部)(?:等)?$"
)
_EN_HEAD = (
    r"(?:Ministry|Department|Bureau|Commission|Administration|Office|Bank|Council|Committee"
    r"|Group|Federation|Association|Agency|Government|Corporation|Authority|Customs|Court"
    r"|Procuratorate|Headquarters|Center|Centre|Institute|Academy|League|Union|Service)s?"
)
_EN_ORG = re.compile(
    rf"^(?:the\s+)?(?:(?:[A-Z][\w'’&.-]*|and|of|for|on|the)\s+){{0,10}}{_EN_HEAD}"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*|and|of|for|the)(?:\s+(?:[A-Z][\w'’&.-]*|and|of|for|the))*)?"
    r"(?:\s+(?:etc\.?|and\s+others))?$"
)
_EN_OTHERS = re.compile(
    r"^(?:and\s+)?(?:the\s+)?(?:other\s+)?(?:relevant|related|concerned)\s+(?:departments|units)$"
    r"|^(?:and\s+)?other\s+(?:departments|units)$|^(?:各|其他)?有[关關](?:部[门門]|[单單]位)$",
    re.IGNORECASE,
)
# pieces of a department list; "and" and 和 are not split on, because names contain them
# ("Ministry of Agriculture and Rural Affairs", 工业和信息化部) and the name patterns allow them
_LIST_SEP = re.compile(r"\s*[、,，;；]\s*(?:and\s+)?")

_ROLE_LABELS = frozenset({"label_lead", "label_part", "label_resp"})  # not a deadline's
_TABLE_COLUMN = re.compile(
    r"(?:[牵牽][头頭]|[责責]任|配合|[参參][与與加]|[协協][办辦])(?:[单單]位|部[门門])|完成[时時]限"
    r"|[时時][间間][节節]点|[时時][间間][节節]點"
    r"|\bLead(?:ing)?\b|\bResponsible\b|\bParticipating\b|\bDeadline\b",
    re.IGNORECASE,
)
_KEYWORD = re.compile(
    r"分工方案|分工意[见見]|部[门門]分工|任[务務]分工|[责責]任分工|工作分工|分工落[实實]|分工表"
    r"|任[务務]分解|任[务務]清[单單]|工作分解|分解方案|分解表"  # (…重点工作分解方案)
    r"|division[- ]of[- ](?:labou?r|(?:key\s+)?(?:tasks|work)|responsibilities|work)"
    r"|[项項]目分工|分工的通知|(?:tasks?|work)\s+division\s+(?:table|plan|scheme|list)"
    r"|(?:task|work)\s+(?:assignment|division|decomposition|breakdown)"
    r"|(?:assignment|decomposition|breakdown|allocation)\s+of\s+(?:key\s+)?(?:tasks|responsibilities)"
    r"|task\s+allocation",  # ("…Action Plan for 2026: Allocation of Tasks")
    re.IGNORECASE,
)
_ARTICLE = re.compile(
    r"^[ \t]*(?:第[一二三四五六七八九十百零〇\d]{1,5}条|Article\s+\d{1,3}\b)", re.MULTILINE
)
_ITEM = re.compile(
    r"^[ \t]*(?:\d{1,3}(?:[.、)]|\s(?=\S))|\(\d{1,3}\)|\([一二三四五六七八九十]{1,3}\)"
    r"|[一二三四五六七八九十]{1,3}、|[①-⑳])",
    re.MULTILINE,
)
_CJK = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[A-Za-z]+")


# --------------------------------------------------------------------------------- evidence
@dataclass
class Evidence:
    """Counts and examples of what :func:`scan` found; :mod:`divplan.corpus.detect` scores them."""

    strong: int = 0
    weak: int = 0
    labels: int = 0
    table_rows: int = 0
    items: int = 0
    items_with_clause: int = 0
    articles: int = 0
    keyword_title: str | None = None
    keyword_body: str | None = None
    example_strong: str | None = None
    example_weak: str | None = None
    table_columns: str | None = None

    @property
    def clauses(self) -> float:
        """Task sentences assigned to departments, however written; a weak one counts half."""
        return self.strong + self.labels + self.table_rows + 0.5 * self.weak


def _line_start(text: str, i: int) -> int:
    return text.rfind("\n", 0, i) + 1


def _task_before(text: str, start: int) -> str:
    """The sentence a group closes: its line, plus earlier lines of a hard-wrapped paragraph."""
    ls = _line_start(text, start)
    pre = text[ls:start]
    for _ in range(6):
        if _task_like(pre) or ls == 0:
            break
        prev_end = ls - 1
        prev_start = _line_start(text, prev_end)
        prev = text[prev_start:prev_end]
        if not prev.strip() or prev.rstrip()[-1:] in "。;；:：)":
            break
        pre = prev + " " + pre
        ls = prev_start
    return pre


def _task_like(s: str) -> bool:
    """A task sentence, not a name, heading or list entry: ≥ 10 CJK characters or ≥ 7 words."""
    return len(_CJK.findall(s)) >= 10 or len(_WORD.findall(s)) >= 7


def _is_department_list(content: str) -> bool:
    """Every piece of the group reads as a department name (no role word needed)."""
    body = content.replace("\n", " ").strip(" .。")
    if not body or len(body) > 300:
        return False
    pieces = [p for p in _LIST_SEP.split(body) if p]
    if not pieces:
        return False
    for p in pieces:
        p = p.strip(" .")
        if ":" in p:  # 数据来源：国家统计局, 联系人：… — a label that is not a role
            return False
        if _EN_OTHERS.match(p):
            continue
        if _CJK.search(p):
            if len(p) > 30 or not _ZH_ORG.search(p):
                return False
        elif len(p) > 120 or not _EN_ORG.match(p):
            return False
    return True


def _scan_groups(text: str, ev: Evidence) -> set[int]:
    """Count task sentences closed by a clause; returns the line starts that bear one."""
    bearing: set[int] = set()
    for m in _GROUP.finditer(text):
        s, e = m.span()
        content = m.group(1)
        strong = bool(_ROLE.search(content))
        if _DEADLINE.match(content) and not strong:
            continue  # a deadline's own bracket; one written first in a clause still counts
        closes = bool(_CLOSING.match(text, e))
        if not closes:
            # a clause inside a paragraph that assigns several tasks: （A负责）next sentence…
            before = text[max(0, s - 2) : s].rstrip()
            if not (strong and before[-1:] in _SENTENCE_END):
                continue
        if not strong and not _is_department_list(content):
            continue
        if not _task_like(_task_before(text, s)):
            continue
        line = _line_start(text, s)
        if strong:
            ev.strong += 1
            ev.example_strong = ev.example_strong or m.group(0)
        else:
            ev.weak += 1
            ev.example_weak = ev.example_weak or m.group(0)
        bearing.add(line)
    return bearing


def _scan_labels(text: str, ev: Evidence) -> set[int]:
    """Labelled assignments (``牵头单位：A；责任单位：B`` / ``Lead unit: A``, "Responsibility:
    A will coordinate with B"), one per line: the lexicon's role labels with a value after."""
    lines: set[int] = set()
    start = 0
    for line in text.split("\n"):
        if ":" in line or "：" in line:
            for cue in scan_cues(simplify(line)):  # the lexicon is simplified
                if cue.kind in _ROLE_LABELS and line[cue.end :].strip():
                    lines.add(start)
                    break
        start += len(line) + 1
    ev.labels = len(lines)
    return lines


# "… publish them. The Municipal Development and Reform Commission is responsible, backed up
# by …": an English sentence after a task that opens with a body's name and says its role
_EN_SENTENCE = re.compile(
    rf"(?<=[.;] )(?:The\s+)?((?:[A-Z][\w'’&-]*\s+(?:(?:and|of|for|the)\s+)*){{1,10}}{_EN_HEAD})"
    r"\s+(?:is|are|will|shall|leads?|takes?)\b[^.\n]{0,160}\."
)
_ROLE_WORDS = ROLE_KINDS - _ROLE_LABELS


def _scan_sentences(text: str, ev: Evidence) -> set[int]:
    """English task sentences closed by a sentence naming who does them, counted weak (a
    sentence about a body is no assignment unless its role words are the lexicon's)."""
    lines: set[int] = set()
    flat = text.replace("\n", " ")  # (a sentence wrapped over lines)
    for m in _EN_SENTENCE.finditer(flat):
        if any(c.kind in _ROLE_WORDS for c in scan_cues(m.group(0))):
            lines.add(_line_start(text, m.start()))
            ev.example_weak = ev.example_weak or m.group(0)
    ev.weak += len(lines)
    return lines


def _scan_table(text: str, ev: Evidence) -> None:
    """A task table (tabs or pipes) whose header names responsibility columns."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        sep = "\t" if "\t" in line else "|" if line.count("|") >= 3 else None
        if sep is None:
            continue
        cols = [c.strip() for c in line.split(sep)]
        named = [c for c in cols if c and _TABLE_COLUMN.fullmatch(c.strip("* "))]
        if len(named) < 2:
            continue
        rows = 0
        for row in lines[i + 1 :]:
            if sep not in row:
                if row.strip():
                    break
                continue
            cells = [c.strip() for c in row.split(sep)]
            if any(_task_like(c) for c in cells) and any(
                c and _is_department_list(c.replace(";", "、")) for c in cells
            ):
                rows += 1
        if rows:
            ev.table_rows = max(ev.table_rows, rows)
            ev.table_columns = "/".join(named[:3])


def _scan_keywords(text: str, ev: Evidence) -> None:
    head = text[:4000]
    for line in head.split("\n"):
        s = line.strip()
        if not s or len(s) > 200:
            continue
        m = _KEYWORD.search(s)
        if m and s[-1] not in "。;；:：":
            ev.keyword_title = m.group(0)
            return
    m = _KEYWORD.search(text)
    if m:
        ev.keyword_body = m.group(0)


def scan(text: str) -> Evidence:
    """All the evidence in ``text`` (as :func:`sample` returns it): clauses, items, articles."""
    ev = Evidence()
    bearing = _scan_groups(text, ev) | _scan_labels(text, ev)
    if not bearing:  # (no bracket, field or table: the tasks may close with a sentence)
        bearing = _scan_sentences(text, ev)
    _scan_table(text, ev)
    _scan_keywords(text, ev)
    ev.articles = len(_ARTICLE.findall(text))
    item_lines = [m.start() for m in _ITEM.finditer(text)]
    ev.items = len(item_lines)
    if bearing:
        # an item bears a clause when a clause (or label) sits on its line or the next few
        marks = sorted(bearing)
        import bisect

        for k, start in enumerate(item_lines):
            end = item_lines[k + 1] if k + 1 < len(item_lines) else len(text)
            j = bisect.bisect_left(marks, start)
            if j < len(marks) and marks[j] < end:
                ev.items_with_clause += 1
    return ev


__all__ = ["Evidence", "sample", "scan"]
