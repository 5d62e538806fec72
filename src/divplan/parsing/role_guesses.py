"""Role guesses inside a list: words after a name that say its role, in a phrasing the
lexicon does not know, before the list goes on.

Why a module of its own: "A dominant promotion, B, C with cooperation" (A主导推进，B、C配合)
names a lead in words no cue row has, then more names whose own cue comes last.  Without a
cue after A, the list runs on to "with cooperation" and A is read as a helper; the left-over
"dominant promotion" (:mod:`divplan.parsing.role_words`) cannot give A a role its list already
has.  A name's tail that holds pieces of one role (``lexicon/role_words.tsv``), cut where the
name ends (:func:`divplan.parsing.name_tails.verb_tail`, ``known_prefix``) and followed by a
list separator, is read as that role's cue after the names before it — a guess the reading
says (DP208), as every role read by its pieces is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from divplan.parsing.cues import LABELS, Cue
from divplan.parsing.name_edges import org_shaped, trim
from divplan.parsing.name_tails import (
    TAIL_CHARS,
    adverb_first,
    known_prefix,
    local_org,
    names_own,
    verb_tail,
    written_as_body,
)
from divplan.parsing.role_words import has_piece, piece_note, role_of_words

_CUE_OF_ROLE = {
    "lead": "lead_after", "participant": "part_after", "div": "div_after", "joint": "resp_after"
}
_ROLE_OF_CUE = {cue: role for role, cue in _CUE_OF_ROLE.items() if role != "joint"}
_LIST_OPENS = frozenset({"sep", "boundary"})  # what may stand before a list's piece
_CJK = re.compile(r"[\u3400-\u9fff]")
_WORDS = re.compile(r"[\u4e00-\u9fff]+")
_IDIOM = 3  # a role's piece this long is an idiom whole, after a verb of its own
_AND = re.compile(r"\s*and\s*", re.IGNORECASE)
_LOWER_WORDS = re.compile(r"[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,6}")  # (a verb tail's words)


def with_role_guesses(
    text: str, cues: list[Cue], begin: int, end: int, lookup: Callable[[str], bool]
) -> list[Cue]:
    """``cues`` with a guessed role cue after each list piece whose name is followed by words
    holding pieces of one role, right before a list separator; right before a role cue
    (市工业和信息化局牵引负责), the words are read with it, as one cue."""
    out: list[Cue] = []
    pos, before, last_piece = begin, "start", begin
    starts: list[int] = []  # where the pieces of the list being read began
    for cue in [*cues, Cue("end", end, end, "")]:  # (the clause's end closes its last list)
        opens = (before in _LIST_OPENS | {"start"} or before in LABELS) and cue.start > pos
        merges = cue.kind.endswith("_after")  # (a cue right after: any body's name will do)
        shaped = (
            org_shaped if merges else _local_or_department if before == "boundary" else _long_org
        )
        guessed = _tail_cue(text, pos, cue.start, lookup, shaped, not merges) if opens else None
        if guessed is None and opens and before == "sep" and _AND.fullmatch(out[-1].text):
            guessed = _tail_cue(  # ("Ministry of Agriculture and Rural Affairs rides point,":
                text, last_piece, cue.start, lookup, shaped, not merges  # a name across its
            )  # "and", the list's separator only when no name runs across it)
        if guessed is None and opens and before == "sep" and not _CJK.search(text[pos:cue.start]):
            guessed = _known_across(text, starts, cue.start, lookup)  # ("General Administration
            # of Quality Supervision, Inspection and Quarantine runs the first leg,": its commas)
        if guessed is None and opens and merges:  # (省统计局靠后支持: a few words before the
            guessed = _modifier_cue(text, pos, cue, lookup)  # role word, read with it)
        if before == "others" and cue.start > pos:  # (A等部门共担落实, 有关部门协担，…:
            guessed = _words_cue(text, pos, cue.start, True)  # words alone after the others)
        elif before == "boundary" and cue.start > pos and out and adverb_first(
            text[pos : cue.start].strip()
        ):  # (A、B，各自发力: after the list's comma, how its names hold the task)
            guessed = _words_cue(text, pos, cue.start)
        elif before == "sep" and cue.start > pos and out:  # (A、B同担共抓: 同 no separator,
            words = _words_cue(text, out[-1].start, cue.start)  # the first of the words)
            if words is not None and words.kind != "div_after":  # (和各市: a place's 各)
                out[-1], guessed = words, None
        if guessed is None and cue.kind == "resp_before" and cue.start > pos:
            cue = _passive_cue(text, pos, cue) or cue  # ("A, backstopped by B": B helps)
        if guessed is not None and (cue.kind in _LIST_OPENS or cue.kind == "end"):
            out.append(guessed)  # (、 , ，: the list goes on)
        elif guessed is not None and merges and guessed.end == cue.start:
            kind = guessed.kind if cue.kind == "resp_after" else cue.kind  # (A牵引负责: the
            cue = Cue(kind, guessed.start, cue.end, text[guessed.start : cue.end], guessed.guess)
        out.append(cue)  # tail and the cue after it, one cue: the tail's role, if it says more)
        last_piece = pos
        starts = [*starts, pos] if before in ("sep", "start") or before in LABELS else [pos]
        pos, before = max(pos, cue.end), cue.kind
    out.pop()  # (the end)
    return out


_BEFORE_OF_ROLE = {"lead": "lead_before", "participant": "part_before", "joint": "resp_before"}
_BY = re.compile(r"(?i)by")


def _passive_cue(text: str, s: int, cue: Cue) -> Cue | None:
    """English words no cue row has, holding one role's piece, right before a bare "by" ("A,
    backstopped by B and C", "Solely owned by A"): a passive, whose agents after "by" take
    the words' role — read as one cue, the guess said."""
    words = text[s : cue.start].strip()
    if not _BY.fullmatch(cue.text.strip()) or _LOWER_WORDS.fullmatch(words.lower()) is None:
        return None
    if len(words.split()) > 2:  # (a participle and an adverb at most: "closely backed")
        return None
    found = role_of_words(words)
    kind = _BEFORE_OF_ROLE.get(found[0]) if found is not None else None
    if kind is None or found is None:
        return None
    at = text.index(words, s)
    return Cue(kind, at, cue.end, text[at : cue.end], piece_note(words, found))


def _tail_cue(
    text: str,
    s: int,
    e: int,
    lookup: Callable[[str], bool],
    shaped: Callable[[str], bool],
    strict: bool = True,
) -> Cue | None:
    """The role cue the words after the name opening ``text[s:e]`` make, or None; a Chinese
    name unknown to the registry must be ``shaped`` so (any body's name before a role cue; a
    long one in a list; a local one at a part's start, where a task's words may stand:
    建立湿地保护部门|协调机制), an English one written as a body's when ``strict``."""
    while s < e and text[s] in " \n":
        s += 1
    while e > s and text[e - 1] in " \n。；;":  # (医政司肩领。: a sentence's stop is no word)
        e -= 1
    piece = text[s:e]
    if not has_piece(piece):
        return None  # (most pieces are names alone: nothing to guess from)
    if _CJK.search(piece):
        at = role_cut(text, s, e, lambda k: lookup(text[s:k]) or shaped(text[s:k]))
    else:
        tail = verb_tail(piece)
        name = piece[:tail] if tail is not None else ""
        at = None if tail is None or (strict and not _named(name, lookup)) else s + tail
    if at is None:
        return None
    while at < e and text[at] == " ":
        at += 1
    words = text[at:e]
    found = role_of_words(words) if words else None
    if found is None or found[0] not in _CUE_OF_ROLE:
        return None
    return Cue(_CUE_OF_ROLE[found[0]], at, e, words, piece_note(words, found))


def _known_across(
    text: str, starts: list[int], e: int, lookup: Callable[[str], bool]
) -> Cue | None:
    """The role cue of English words after a name the registry knows that a list's own
    separators cut into pieces, begun at one of ``starts`` (the longest such name first)."""
    for s in starts:
        piece = text[s:e].strip()
        tail = verb_tail(piece)
        if tail is None or not lookup(piece[:tail].strip()):
            continue
        return _tail_cue(text, s, e, lookup, lambda _name: False)
    return None


def _modifier_cue(text: str, s: int, cue: Cue, lookup: Callable[[str], bool]) -> Cue | None:
    """A few Chinese words between a body's name and the role cue after it (靠后 in
    省统计局靠后支持, 全力 in …全力配合), read with the cue, its role the cue's."""
    e = cue.start
    while s < e and text[s] in " \n":
        s += 1
    if not _CJK.search(text[s:e]) or lookup(text[s:e]) or org_shaped(text[s:e]):
        return None  # (…管理部门配合: the name whole, no words after it)
    at = known_prefix(text, s, e, lambda k: lookup(text[s:k]) or org_shaped(text[s:k]))
    if at is None or not 2 <= e - at <= TAIL_CHARS or trim(text, s, e)[1] <= at:
        return None  # (…水务局全力支持: 全力 a filler the name's trim takes off: no guess)
    role = _ROLE_OF_CUE.get(cue.kind)
    if role is None:
        return None
    return Cue(cue.kind, at, e, text[at:e], piece_note(text[at : cue.end], (role, cue.text)))


def role_cut(text: str, s: int, e: int, known: Callable[[int], bool]) -> int | None:
    """Where a Chinese name opening ``text[s:e]`` ends, the few words after it holding a
    role's piece (省建设厅|联手: 联 may end a body's name, 妇联, so the longest name whose rest
    says a role, not the longest name)."""
    for k in range(e - 1, max(s + 1, e - TAIL_CHARS - 2), -1):
        rest = text[k:e]
        found = role_of_words(rest) if _WORDS.fullmatch(rest) else None
        idiom = role_of_words(rest[1:]) if found and len(rest) > TAIL_CHARS else None
        if found and len(rest) > TAIL_CHARS and (idiom is None or len(idiom[1]) < _IDIOM):
            continue  # (a verb and a whole idiom, 助|一臂之力, 坐|头把交椅: 的主体责任 is none)
        if found and (not names_own(rest) or found[1] == rest) and (  # (搭台: a piece whole,
            known(k) or (trim(text, s, k)[1] > s and known(trim(text, s, k)[1]))  # though 台 may
        ):  # end a body's name; 市城管局坐|头把交椅: a light verb no name's, trimmed)
            return k
    return None


def _words_cue(text: str, s: int, e: int, english: bool = False) -> Cue | None:
    """A few words holding pieces of one role, standing alone before a role cue or the
    clause's end: Chinese, or with ``english`` (after the others) English in lower case ("B
    and the others each guard their own door.", up to a verb tail's length)."""
    words = text[s:e].strip(" \n-–—•·*")  # (a next field line's bullet, joined)
    short = (0 < len(words) <= TAIL_CHARS and _CJK.fullmatch(words[0])) or (
        english and _LOWER_WORDS.fullmatch(words.rstrip(".;")) is not None
    )
    found = role_of_words(words) if short else None
    if found is None or found[0] not in _CUE_OF_ROLE:
        return None
    at = text.index(words, s)
    return Cue(_CUE_OF_ROLE[found[0]], at, at + len(words), words, piece_note(words, found))



def _long_org(name: str) -> bool:
    """A name built like a body's, long enough not to be a task's words (加强组|织领导: 组 ends
    a body's name too); a short local one is known by its place word (县编办|打头)."""
    long_org = len(name) >= _SHORTEST_UNKNOWN and org_shaped(name)
    return local_org(name) or long_org or _ministry_department(name)


def _ministry_department(name: str) -> bool:
    """A ministry's own department (发展规划司, 人事司): a body's name however short."""
    return len(name) >= 3 and name.endswith("司")


def _local_or_department(name: str) -> bool:
    return local_org(name) or _ministry_department(name)


_SHORTEST_UNKNOWN = 6


def _named(name: str, lookup: Callable[[str], bool]) -> bool:
    """An English name a guess may follow: known, or written as a body's."""
    return lookup(name.strip()) or written_as_body(name)


def one_marked(text: str, spans: list[tuple[int, int]]) -> str | None:
    """The doubt to say when a footnote's mark stands right after exactly one body of a list
    of several read with no lead word (A†, B, C): a legend elsewhere (a note under the title)
    may make the mark the lead's.  The list is read as written, shared (conventions.md), and
    the reading says it may be wrong instead of being silently so."""
    marked = [text[e : e + 1] for _, e in spans if text[e : e + 1] in _FOOTNOTE_MARKS]
    if len(spans) < 2 or len(marked) != 1:
        return None
    mark = marked[0]
    return f"the mark 「{mark}」 after one body of the list may single out its lead; read as shared"


_FOOTNOTE_MARKS = frozenset("*＊†‡※¹²³⁴⁵⁶⁷⁸⁹")  # (a star or ◎ the lexicon reads as the lead's)


__all__ = ["one_marked", "role_cut", "with_role_guesses"]
