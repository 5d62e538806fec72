"""Role words: the role a phrasing the lexicon does not know still says, from its pieces.

Why: a new phrasing of who does a task is most often built from a known role morpheme — "A
hold the head, B coordinate", A、B分兵负责, "B assist the office", A主攻，B助攻.  The words the
clause reader leaves over after a name (not understood: DP208) are looked up here; when they
hold pieces of exactly one role (``lexicon/role_words.tsv``), that role is given to the names
before them, and the reading says it guessed.  Pieces of two roles, or none, give nothing.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from divplan.parsing.clause_text import Reference, simplify
from divplan.parsing.lexicon_files import rows as lexicon_rows
from divplan.parsing.lexicon_files import word_lists

if TYPE_CHECKING:
    from divplan.parsing.cues import Cue

_ROLES = ("lead", "participant", "div", "joint")

_CJK = re.compile(r"[\u3400-\u9fff]")


@cache
def _patterns() -> dict[tuple[str, str], re.Pattern[str]]:
    """(role, lang) → one alternation of the role's pieces."""
    by_role: dict[tuple[str, str], list[str]] = {}
    for bad, cols in lexicon_rows("role_words.tsv"):
        if len(cols) < 3 or cols[0] not in _ROLES or cols[1] not in ("zh", "en"):
            raise ValueError(bad)
        by_role.setdefault((cols[0], cols[1]), []).append(f"(?:{cols[2]})")
    return {key: re.compile("|".join(pats)) for key, pats in by_role.items()}


#: Roles whose piece, opening the words, says how the role the words after it name is held:
#: each its part, or all, or one alone (各自…, "jointly …", "alone …").
ADVERBS = frozenset({"div", "joint"})


@lru_cache(maxsize=8192)  # bounded; the same names and segments are asked about many times a plan
def role_of_words(words: str) -> tuple[str, str] | None:
    """The one role the left-over ``words`` hold pieces of, and the piece; None when they hold
    none, or pieces of more than one role."""
    lang = "zh" if _CJK.search(words) else "en"
    text = simplify(words) if lang == "zh" else words.lower()
    matches = [
        (role, m)
        for (role, pl), pattern in _patterns().items()
        if pl == lang and (m := pattern.search(text)) is not None
    ]
    matches = [  # a piece inside another role's longer piece is that piece's word ("the lone
        (r, m)  # owner": sole, not the lead's "owner")
        for r, m in matches
        if not any(o is not m and o.start() <= m.start() and m.end() <= o.end()
                   and o.end() - o.start() > m.end() - m.start() for _, o in matches)
    ]  # fmt: skip
    matches = [  # a piece that begins inside another's is cut from its word: the first read
        (r, m)  # wins (协同|责任: not 协|同责, "same duty")
        for r, m in matches
        if not any(o.start() < m.start() < o.end() for _, o in matches)
    ]
    first = [(r, m) for r, m in matches if r in ADVERBS and not text[: m.start()].strip()]
    if first:  # 各领一摊, "each takes up a share": words opening with "each" divide the task;
        return first[0][0], first[0][1].group(0)  # "alone carries the load": one answers for it
    return (matches[0][0], matches[0][1].group(0)) if len(matches) == 1 else None


@lru_cache(maxsize=8192)  # bounded; the same names and segments are asked about many times a plan
def has_piece(words: str) -> bool:
    """Whether ``words`` hold any role's piece at all (a cheap look before a closer one)."""
    lang = "zh" if _CJK.search(words) else "en"
    text = simplify(words) if lang == "zh" else words.lower()
    return any(p.search(text) for (_, pl), p in _patterns().items() if pl == lang)


_NAMED_ROLES = frozenset({"lead", "participant", "div"})  # (a role word already said it)


@cache
def _unnamed_kind() -> re.Pattern[str]:
    """A few lower-case words, then a plural unit noun of ``name_words.tsv``: a kind of
    bodies nobody names ("cohort units cooperate", "fellow agencies"); a name is capitalised,
    and "its member units" are a named body's."""
    units = sorted((w for w in word_lists("name_words.tsv")["unit"] if w.isascii()), key=len)
    plural = "|".join(re.escape(w) for w in reversed(units) if w.endswith("s"))
    single = "|".join(re.escape(w) for w in reversed(units))  # ("each about unit": 各有关单位)
    word = r"(?!(?:member|its|their)\b)[a-z][a-z-]*\s+"
    return re.compile(
        rf"(?:(?:and|the|all|other)\s+)*(?:{word}){{1,2}}({plural})(?:\s+[a-z][a-z-]*){{0,2}}"
        rf"|(?:and\s+)?(?:each|every)\s+(?:{word}){{1,2}}({single})"
    )


_EACH = re.compile(r"^(?:and\s+)?(?:each|every)\s+")


def _holds_role(words: str) -> bool:
    """Whether ``words`` hold a role's piece, "each" aside (its "each" is the others' here)."""
    return role_of_words(_EACH.sub("", words)) is not None


def _kind_noun(words: str) -> str | None:
    """The unit noun of ``words`` when they name a kind of bodies and nobody
    (:func:`_unnamed_kind`), and hold no role's piece; else None."""
    m = _unnamed_kind().fullmatch(words.strip(" ,.;"))
    noun = None if m is None else (1 if m[1] else 2)
    if m is None or noun is None or _holds_role(m.string[: m.end(noun)]):
        return None
    return str(m[noun])


def names_a_kind(words: str) -> bool:
    """Whether ``words``, built like a name, say only that bodies are concerned: a word of
    ``en_relation`` (name_words.tsv) before a plural unit noun ("phase-related departments";
    "provincial commerce departments", bodies of a level and a field, is a name)."""
    return _kind_noun(words) is not None and _relation().search(words) is not None


@cache
def _relation() -> re.Pattern[str]:
    """The ``en_relation`` words of name_words.tsv as one alternation, whole words."""
    words = word_lists("name_words.tsv")["en_relation"]
    return re.compile(rf"(?i)(?<![a-z])(?:{'|'.join(map(re.escape, words))})(?![a-z])")


def unnamed_others(leftovers: list[str]) -> list[str]:
    """The notes on those of ``leftovers`` that name a kind of bodies and nobody
    (:func:`_unnamed_kind`): unnamed others, read so and said (taken out of ``leftovers``)."""
    notes = []
    for word in list(leftovers):
        if (noun := _kind_noun(word)) is not None:
            leftovers.remove(word)
            notes.append(f"「{word}」 not understood; read as unnamed others{_BY_PIECE}「{noun}」")
    return notes


def leftover_roles(leftovers: list[str], roles: set[str]) -> list[str]:
    """The notes on a list's ``leftovers`` (words not understood after its names); a list no
    role word gave a role to takes the one its left-over words hold pieces of (into
    ``roles``), and the note says so."""
    notes: list[str] = []
    for word in leftovers:
        guessed = None if roles & _NAMED_ROLES else role_of_words(word)
        if guessed is None:
            notes.append(f"「{word}」 not understood")
            continue
        roles.add("resp" if guessed[0] == "joint" else guessed[0])  # (joint: all it names)
        notes.append(piece_note(word, guessed))
    return notes


def piece_note(word: str, guessed: tuple[str, str]) -> str:
    """What a reading says of ``word`` read by a role's piece (``guessed``: role, piece)."""
    return f"「{word}」 not understood; read as {guessed[0]}{_BY_PIECE}「{guessed[1]}」"


_BY_PIECE = " by its "


def read_by_piece(note: str) -> bool:
    """Whether a reading's note says it gave a list the role its left-over words hold a piece
    of (the only guess an opening clause may make: the names still known or shaped)."""
    return "」 not understood; read as " in note and _BY_PIECE in note


_HELPER_KINDS = frozenset({"part_after", "part_before", "label_part", "others"})


def joint_before(text: str, names: list[Reference], cues: list[Cue]) -> bool:
    """Whether the words after the last of ``names`` (two or more that no lead word governs),
    up to the helpers' cue, hold a piece of the joint role only (A、B联合承担，有关部门参加 /
    合挑, "jointly shoulder"): the names share the task; a plain 负责 beside unnamed helpers
    makes them lead."""
    return held_before(text, names, cues) == "joint"


def held_before(text: str, names: list[Reference], cues: list[Cue]) -> str | None:
    """How two or more ``names`` hold the task by the words after them, up to the helpers' cue
    (:func:`joint_before`): ``joint`` (联合承担, "jointly steward"), ``div`` ("each within
    its own compass"), or None."""
    if len(names) < 2:
        return None  # (one body so written leads the unnamed helpers, as golds have it)
    after = max(r.end for r in names)
    stop = min(
        (c.start for c in cues if c.kind in _HELPER_KINDS and c.start >= after), default=len(text)
    )
    found = role_of_words(text[after:stop].lstrip(" ,，、"))  # (", each within …": its first
    return found[0] if found is not None and found[0] in ADVERBS else None


__all__ = [
    "ADVERBS",
    "has_piece",
    "held_before",
    "joint_before",
    "leftover_roles",
    "names_a_kind",
    "piece_note",
    "read_by_piece",
    "role_of_words",
    "unnamed_others",
]
