"""Clauses: read an item's closing parentheses into roles (lead, participant) and a deadline.

Data flow for one item:

1. :func:`~divplan.parsing.parens.trailing_groups` finds the parenthesised groups closing the item;
   the last one that is not a deadline is the responsibility clause.
2. The clause is prepared (line-wraps joined, traditional Chinese simplified — both keep a map
   to the normalised text) and parsed with ``grammars/clause.lark``.
3. :class:`_ClauseReader` turns the tree into roles.  Department lists are split
   *registry-aware*: the grammar splits at every separator (",", "and", "、"), and adjacent
   pieces are merged back whenever the merged text is a known name or alias, longest first —
   so "Ministry of Industry and Information Technology" and "General Administration of Quality
   Supervision, Inspection and Quarantine" stay whole while "the Ministry of Finance, Industry
   and Information Technology" becomes two departments.  A piece that only makes sense with
   the "Ministry of" its list dropped is retried with that prefix.
4. Names are resolved against the registry on the document's date.

The mode follows the gold files' definitions (conventions.md): a lead word gives ``lead``;
otherwise "according to their duties" gives ``division``; otherwise one named department and
no unnamed others is ``sole`` and anything else ``joint``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from lark import Token, Tree
from lark.exceptions import LarkError

from divplan.names.registry import Registry
from divplan.parsing.grammar import parser
from divplan.parsing.parens import trailing_groups

Mode = Literal["sole", "joint", "lead", "division"]
Role = Literal["lead", "participant"]

_DEADLINE = re.compile(
    r"^\s*(?:(?:to\s+be\s+)?complet(?:ed?|ion)\b|by\s+(?:the\s+end|end|mid|the\s+middle|\w+\s+\d{4}|\d{4})"
    r"|before\s+(?:the\s+end|end|\w+\s+\d{4}|\d{4})|no\s+later\s+than\b|within\s+\w+|deadline\b"
    r"|ongoing\b|continuous(?:ly)?\b|long[- ]term\b|regularly\b|annually\b|every\s+year\b"
    r"|(?:in|during|from)\s+\d{4}\b|\d{4}\b"
    r"|完成时限|时限|持续|长期|定期|每年|年内|年底前|\d{4}\s*年|\d{4}\s*[-—–~至]\s*\d{4})",
    re.IGNORECASE,
)
_INNER_DEADLINE = re.compile(
    r"[;,]\s*(?=(?:to\s+be\s+completed|completed\s+by|by\s+the\s+end\s+of|before\s+the\s+end\s+of"
    r"|完成时限|\d{4}\s*年\S*前|持续推进|长期坚持))",
    re.IGNORECASE,
)
_ROLE_WORDS = re.compile(
    r"牵头|负责|参加|参与|配合|会同|单位|lead|responsib|participat|charge|according\s+to",
    re.IGNORECASE,
)
_ORG_WORD = re.compile(
    r"\b(?:ministry|ministries|commission|administration|office|bureau|department|bank|"
    r"council|committee|federation|agency|government|regulator|authority|customs)\b",
    re.IGNORECASE,
)
_ORG_HEAD = re.compile(
    r"(?:ministry|commission|administration|office|bureau|department|bank|council|group|"
    r"committee|federation|association|agency|government|corporation|company|regulator|"
    r"authority|service|institute|academy|court|procuratorate|league|union|customs|"
    r"[部委局办署行会院厅处室站所司队社团]|政府|公司|单位|小组|中心)$",
    re.IGNORECASE,
)
_MAX_RUN = 5  # the longest name in the registry splits into 4 pieces at "," and "and"
_PLURAL_MINISTRY = re.compile(r"^ministries\s+of\s+", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_CJK = re.compile(r"[\u3400-\u9fff]")
# characters written without spaces around them: CJK ideographs and CJK/full-width punctuation
_CJK_TIGHT = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
_WRAPPED = re.compile(r"\s*\n\s*")


def _unwrap(m: re.Match[str]) -> str:
    """A hard line-wrap: nothing between two CJK characters, one space otherwise."""
    s = m.string
    before = s[m.start() - 1] if m.start() > 0 else ""
    after = s[m.end()] if m.end() < len(s) else ""
    return "" if _CJK_TIGHT.match(before) and _CJK_TIGHT.match(after) else " "


@dataclass
class Reference:
    """One department named in a clause, as written (resolution is the next stage's job)."""

    mention: str
    span: tuple[int, int]  # normalised-text offsets
    lookup: str  # the name to resolve: the mention, or the mention completed ("Ministry of …")
    known: bool  # the registry knows ``lookup`` exactly (date aside)
    start: int = 0  # offsets in the prepared clause text, for merging
    end: int = 0


@dataclass
class ClauseReading:
    """What an item's closing parentheses say."""

    mode: Mode | None = None
    leads: list[Reference] = field(default_factory=list)
    participants: list[Reference] = field(default_factory=list)
    others: bool = False
    span: tuple[int, int] | None = None  # the clause's parentheses, normalised offsets
    error: str | None = None  # why the clause could not be read, when it could not


@dataclass
class _Prepared:
    """Clause text ready for the grammar, with a map back to normalised offsets."""

    text: str  # what the grammar reads (traditional Chinese simplified)
    index: list[int]  # index[i] = normalised offset of text[i]; one extra entry for the end
    raw: str  # the same characters as written (for mentions)

    def span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return (self.index[start], self.index[start])
        return (self.index[start], self.index[end - 1] + 1)


def _simplify(text: str) -> str:
    """Traditional → simplified Chinese, only when it keeps every character in place."""
    if not _CJK.search(text):
        return text
    from zhconv_rs import zhconv

    out = str(zhconv(text, "zh-hans"))
    return out if len(out) == len(text) else text


def prepare(text: str, start: int, end: int) -> _Prepared:
    """Join hard line-wraps in ``text[start:end]``: nothing between CJK, else one space."""
    piece = text[start:end]
    if "\n" not in piece and "  " not in piece:  # the common case: one line, nothing to join
        return _Prepared(_simplify(piece), list(range(start, end + 1)), piece)
    chars: list[str] = []
    index: list[int] = []
    i = start
    while i < end:
        ch = text[i]
        if ch == "\n" or (ch == " " and i + 1 < end and text[i + 1] in " \n"):
            j = i
            while j < end and text[j] in " \n":
                j += 1
            before = chars[-1] if chars else ""
            after = text[j] if j < end else ""
            if not (_CJK_TIGHT.match(before) and _CJK_TIGHT.match(after)) and chars and j < end:
                chars.append(" ")
                index.append(i)
            i = j
            continue
        chars.append(ch)
        index.append(i)
        i += 1
    index.append(end)
    raw = "".join(chars)
    return _Prepared(_simplify(raw), index, raw)


def is_deadline(text: str) -> bool:
    """True for a parenthesised deadline such as （2019年底前完成） or (Ongoing.)."""
    body = _WRAPPED.sub(_unwrap, text).strip().strip("()（）").strip()
    return bool(body) and bool(_DEADLINE.match(body)) and not _ROLE_WORDS.search(body)


@dataclass
class _Member:
    kind: Literal["named", "others", "units"]
    start: int = 0
    end: int = 0
    others: bool = False


class _ClauseReader:
    """Turns a clause parse tree into a :class:`ClauseReading` (see the module docstring)."""

    def __init__(self, prep: _Prepared, registry: Registry) -> None:
        self.prep = prep
        self.registry = registry
        self._seen: dict[str, bool] = {}

    # -- lists -----------------------------------------------------------------------
    def _members(self, node: Tree[Token]) -> list[_Member | Token]:
        """The list's members and separators in order."""
        out: list[_Member | Token] = []
        for child in node.children:
            if isinstance(child, Token):
                out.append(child)  # a separator
                continue
            kind = child.data
            toks = [t for t in child.scan_values(lambda v: isinstance(v, Token))]
            name_toks = [t for t in toks if t.type in ("WORD", "CJK")]
            flags = [t for t in toks if t.type in ("OTHERS", "MEMBER_OF", "MEMBER_ZH")]
            others = any(t.type == "OTHERS" for t in flags) or any(
                re.search(r"other|其他|等", str(t), re.IGNORECASE)
                for t in flags
                if t.type in ("MEMBER_OF", "MEMBER_ZH")
            )
            if kind == "others":
                out.append(_Member("others", others=True))
            elif name_toks:
                member_kind: Literal["named", "units"] = "named" if kind == "named" else "units"
                out.append(
                    _Member(
                        member_kind,
                        name_toks[0].start_pos or 0,
                        name_toks[-1].end_pos or 0,
                        others,
                    )
                )
        return out

    def _trimmed(self, start: int, end: int) -> tuple[int, int]:
        text = self.prep.text[start:end]
        m = _ARTICLE.match(text)
        if m:
            start += m.end()
        while end > start and self.prep.text[end - 1] in " ,.;、":
            end -= 1
        return start, end

    def _known(self, start: int, end: int) -> bool:
        s, e = self._trimmed(start, end)
        return self._lookup(self.prep.text[s:e])

    def _lookup(self, name: str) -> bool:
        found = self._seen.get(name)
        if found is None:
            found = self._seen[name] = bool(self.registry.lookup(name))
        return found

    def _ref(self, start: int, end: int, name_override: str | None = None) -> Reference:
        s, e = self._trimmed(start, end)
        mention = self.prep.raw[s:e]
        lookup = name_override or _PLURAL_MINISTRY.sub("Ministry of ", self.prep.text[s:e])
        known = self._lookup(lookup)
        return Reference(mention, self.prep.span(s, e), lookup, known, start, end)

    def _ministry_of(self, start: int, end: int, prev: Reference | None) -> str | None:
        """'Industry and Information Technology' after 'Ministry of Finance' → full name."""
        if prev is None:
            return None
        m = re.match(r"(ministry|ministries|department)\s+of\s+", prev.mention, re.IGNORECASE)
        if not m:
            return None
        s, e = self._trimmed(start, end)
        head = "Ministry of " if m.group(1).lower() == "ministries" else m.group(0)
        candidate = head + self.prep.text[s:e]
        return candidate if self.registry.lookup(candidate) else None

    def read_list(self, node: Tree[Token]) -> tuple[list[Reference], bool]:
        """Departments named in a list (registry-aware merging), and whether others are added."""
        seq = self._members(node)
        members = [m for m in seq if isinstance(m, _Member)]
        others = any(m.others for m in members) or any(
            isinstance(t, Token) and t.type == "ETC_SEP" for t in seq
        )
        refs: list[Reference] = []
        i = 0
        while i < len(members):
            m = members[i]
            if m.kind == "others":
                i += 1
                continue
            # longest run of named members (from i) whose joined text is a known name
            best = i
            for j in range(min(len(members) - 1, i + _MAX_RUN - 1), i, -1):
                run = members[i : j + 1]
                if any(r.kind != "named" for r in run[1:]) or any(r.others for r in run[:-1]):
                    continue
                if self._known(m.start, run[-1].end):
                    best = j
                    break
            last = members[best]
            if best == i and not self._known(m.start, m.end):
                full = self._ministry_of(m.start, m.end, refs[-1] if refs else None)
                if full is None and m.kind == "named":
                    # a fragment without an organisation word belongs to the previous name
                    # ("Municipal Bureau of Commerce and Industry"), when that is unknown too
                    s, e = self._trimmed(m.start, m.end)
                    frag = self.prep.text[s:e]
                    if (
                        refs
                        and not refs[-1].known
                        and not _ORG_HEAD.search(frag)
                        and not _CJK.search(frag)
                    ):
                        prev = refs.pop()
                        refs.append(self._ref(prev.start, m.end))
                        i += 1
                        continue
                refs.append(self._ref(m.start, m.end, full))
            else:
                refs.append(self._ref(m.start, last.end))
            i = best + 1
        return self._dedupe(refs), others

    @staticmethod
    def _dedupe(refs: list[Reference]) -> list[Reference]:
        seen: set[str] = set()
        out: list[Reference] = []
        for r in refs:
            key = r.lookup.casefold()
            if key not in seen:
                seen.add(key)
                out.append(r)
        return out

    # -- clauses ---------------------------------------------------------------------
    def read(self, tree: Tree[Token]) -> ClauseReading:
        lists = [c for c in tree.children if isinstance(c, Tree) and c.data == "list"]
        rests = [c for c in tree.children if isinstance(c, Tree) and c.data in ("rest", "led_rest")]
        for rest in rests:
            lists.extend(c for c in rest.children if isinstance(c, Tree) and c.data == "list")
        read = [self.read_list(lst) for lst in lists]
        others = any(o for _, o in read)
        first = read[0][0] if read else []
        second = [r for refs, _ in read[1:] for r in refs]
        kind = tree.data
        if kind in ("lead", "led_by", "in_charge", "resp_for", "with_lead", "labelled"):
            lead_keys = {f.lookup.casefold() for f in first}
            return ClauseReading(
                "lead",
                first,
                [r for r in self._dedupe(second) if r.lookup.casefold() not in lead_keys],
                others,
            )
        if kind == "division":
            return ClauseReading("division", first, [], others)
        if kind == "joint_all":
            return ClauseReading("joint", self._dedupe(first + second), [], others)
        if kind == "plain":
            mode: Mode = "sole" if len(first) == 1 and not others else "joint"
            return ClauseReading(mode, first, [], others)
        return ClauseReading(None, [], [], others)


@lru_cache(maxsize=512)  # bounded: a batch's memory must not grow with the corpus
def _parse_tree(clause: str) -> Tree[Token] | str:
    """The parse tree of a prepared clause, or why it has none.

    Clauses repeat within a plan and across a corpus ("(Ministry of Finance)"), and a tree
    depends only on the clause's text, so trees are cached; callers never mutate them.
    """
    try:
        return parser("clause").parse(clause)
    except LarkError as exc:
        col = getattr(exc, "column", None)
        where = f" at column {col}" if isinstance(col, int) and col > 0 else ""
        return f"clause not understood{where}"


def clear_cache() -> None:
    """Forget cached clause trees (benchmarks measure cold parses with it)."""
    _parse_tree.cache_clear()


def parse_clause(text: str, start: int, end: int, registry: Registry) -> ClauseReading:
    """Read the clause ``text[start:end]`` (without its brackets); never raises on bad input."""
    prep = prepare(text, start, end)
    tree = _parse_tree(prep.text)
    if isinstance(tree, str):
        return ClauseReading(error=tree)
    reading = _ClauseReader(prep, registry).read(tree)
    return reading


def looks_like_clause(reading: ClauseReading, raw: str, registry: Registry) -> bool:
    """Whether a parsed group really assigns work (not a parenthetical remark).

    It does when it uses a role word, or names at least one department: a known name, a name
    built like an organisation's ("Ministry of …", "…局"), or one the registry matches fuzzily.
    """
    if reading.error is not None:
        return False
    if _ROLE_WORDS.search(raw):
        return True
    refs = reading.leads + reading.participants
    if not refs:
        return reading.others
    return any(
        r.known
        or _ORG_WORD.search(r.mention)
        or _ORG_HEAD.search(r.mention.rstrip(" ."))
        or registry.resolve(r.lookup).status == "fuzzy"
        for r in refs
    )


@dataclass
class ItemClauses:
    """The clause and deadline that close an item, with the text before them."""

    reading: ClauseReading | None
    text_end: int  # where the task text ends (normalised offset)
    deadline: tuple[int, int] | None  # deadline text span (inside brackets)
    unread: tuple[int, int] | None = None  # a closing group that names roles but failed to parse


def read_item(text: str, start: int, end: int, registry: Registry) -> ItemClauses:
    """Find and read the clause and deadline that close the item ``text[start:end]``."""
    groups = trailing_groups(text, start, end, limit=3)
    deadline: tuple[int, int] | None = None
    text_end = end
    reading: ClauseReading | None = None
    unread: tuple[int, int] | None = None
    for g_start, g_end in reversed(groups):
        body_s, body_e = g_start + 1, g_end - 1
        raw = text[body_s:body_e]
        if deadline is None and reading is None and is_deadline(raw):
            deadline = _strip_span(text, body_s, body_e)
            text_end = g_start
            continue
        if reading is None:
            cut = _INNER_DEADLINE.search(raw)
            clause_e = body_s + cut.start() if cut else body_e
            candidate = parse_clause(text, body_s, clause_e, registry)
            if looks_like_clause(candidate, text[body_s:clause_e], registry):
                candidate.span = (g_start, g_end)
                reading = candidate
                text_end = g_start
                if cut and deadline is None:
                    deadline = _strip_span(text, body_s + cut.end(), body_e)
            elif candidate.error is not None and _ROLE_WORDS.search(raw):
                unread = (g_start, g_end)
        break
    while text_end > start and text[text_end - 1] in " \n":
        text_end -= 1
    return ItemClauses(reading, text_end, deadline, unread)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \n":
        start += 1
    while end > start and text[end - 1] in " \n":
        end -= 1
    return (start, end)
