"""Name tails: words written right after a name that are no part of it.

Why a module of its own: a phrasing the lexicon does not know, written after the names it
governs (交通运输部齐心, 县编办打头, "… Commission joint advance"), must not be read into the
last name — the name would resolve to nothing and the clause's roles would shift.  Cut off,
the words are said not understood (DP208) and the name resolves.  The cut is made only where
the rest cannot be a name's own words: a section of the body (秘书科, 机关), a bracket, a
small word ("… leading group for poverty alleviation").  The word lists are data
(``lexicon/name_words.tsv``), like the cues.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from divplan.names.local_units import affixes
from divplan.parsing.clause_text import simplify
from divplan.parsing.lexicon_files import unit_words, word_lists
from divplan.parsing.name_edges import LOWER_TAIL, ORG_EN, odd_tail, org_shaped
from divplan.parsing.role_words import ADVERBS, role_of_words

_CJK = re.compile(r"[\u3400-\u9fff]")


_TAIL_WORDS = 7  # ("… Administration alone is answerable for this task")
_ROLE_PREPOSITIONS = frozenset(word_lists("name_words.tsv")["en_role_prep"])  # (… in a role)


def _head_of_name(name: str, at: int) -> bool:
    """Whether the head noun at ``at`` ends a name: capitalised, or after a capitalised word, a
    level word or a possessive ("each township government", "people's government"), but not
    in lower case right after a capitalised head noun ("… Bureau guard their own posts": a
    verb); "… Bureau each company its post" (各司其职) has none in its tail."""
    before = name[:at].split()[-1:] or [""]
    if name[at].islower() and before[0][:1].isupper() and ORG_EN.fullmatch(before[0]):
        return False  # ("… Taxation Bureau guard their own posts": a verb after a head noun)
    return (
        name[at].isupper() or before[0][:1].isupper() or before[0].endswith(("'s", "’s"))
        or LOWER_TAIL.search(before[0]) is not None
    )  # fmt: skip


@lru_cache(maxsize=4096)  # a plan names its bodies again and again: read each name once
def verb_tail(name: str) -> int | None:
    """Where an English name built like a body's ends when words the lexicon does not know
    follow its head noun ("Development and Reform Commission joint advance": a phrasing of
    who does it, not a name's words): after the last head noun, one to seven lower-case words,
    the first no small word (of, for, the, …: "… leading group for poverty alleviation" is a
    name), none a level or place word.  None when the name ends as a name does."""
    if _CJK.search(name):
        return None
    heads = [m for m in ORG_EN.finditer(name) if _head_of_name(name, m.start())]
    if not heads and _level_opened(name):  # ("the county finance bureau plug the gap": lower
        heads = list(ORG_EN.finditer(name))[:1]  # case, its first head noun ends it)
    if not heads:
        return None
    cut = _capitals_end(name, heads[-1].end())
    if (levels := _levels_of().match(name, cut)) is not None:
        cut = levels.end()  # "… governments of all townships (towns)": the places are the name's
    rest = name[cut:]  # (after its last head noun, or "… of Commerce": its last word)
    after_comma = rest.lstrip().startswith(",")  # ("… Commission, in a joint capacity": a
    words = rest.lstrip(" ,").rstrip(" .;)").split()  # name never goes on after a comma with
    # small words; a sentence's full stop is no word's)
    if words[:1] and words[0] in _PREDICATE and all(w.islower() for w in words) and (
        title_case(name[:cut])
    ):  # "… Bureau will be the pivot for this work": a predicate, however long, after a name
        return cut  # written as a body's ("Encourage the financial institutions to give …" is
        # a task; "township people's governments as co-pilots", the rules below)
    says_role = role_of_words(rest) is not None  # ("… Office sits in the central army", "…
    odd = odd_tail(name) or (says_role and ORG_EN.fullmatch(words[-1] if words else "") is not None)
    if (  # Bureau in a rearguard role": words of a role, its last a head noun no name's)
        not odd
        or not 1 <= len(words) <= _TAIL_WORDS
        or (words[0] in _SMALL_WORDS and not after_comma and not (
            says_role and words[0] in _ROLE_PREPOSITIONS))  # "… group for poverty
        or any(
            not (_lower_word(w) or (says_role and _LETTER.fullmatch(w))) or LOWER_TAIL.search(w)
            for w in words
        )  # alleviation"; a letter in a role's words: "stands the C position", 站C位)
    ):
        return None
    return cut


def _capitals_end(name: str, head_end: int) -> int:
    """Where the capitalised words that go on a name after its head noun end ("… Department
    of Commerce"): small words may stand between them, a word in lower case may not ("…
    Technology stands the C position": the C is the phrasing's, not the name's)."""
    cut = head_end
    for m in _CAPITALISED.finditer(name, head_end):
        if any(w.islower() and w not in _SMALL_WORDS for w in name[cut : m.start()].split()):
            break
        cut = m.end()
    return cut


@cache
def _levels_of() -> re.Pattern[str]:
    """The places a body's head noun may be of ("… governments of all townships (towns)")."""
    levels = "|".join(sorted(map(re.escape, affixes().en_level), key=len, reverse=True))
    return re.compile(rf"(?i)\s+of\s+(?:all\s+|each\s+|the\s+)?(?:{levels})\b(?:\s*\([^()]*\))?")


def _level_opened(name: str) -> bool:
    """Whether an English ``name`` opens with a local level word ("the county finance bureau",
    a machine translation's lower case): its head noun ends it as a capital would."""
    words = name.split()
    if words[:1] and words[0].lower() in ("each", "every") and name[:1].islower():
        return True  # ("each regional supervision bureau play matching": a lower-case body
        # of many, each one of them, its head noun its end)
    if words[:1] and words[0].lower() in ("the", "each", "every"):
        words = words[1:]
    return bool(words) and words[0].casefold() in affixes().en_level


_CUE_WORDS = re.compile(r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?")


def cue_words(name: str, sep_before: str, sep_after: str) -> bool:
    """Whether ``name``, the first piece after a role cue with no separator between, is the
    cue's own words, not a name: one or two lower-case words that no name is built of, then a
    comma ("A is the lead ox, B, C": 领头牛, the cue's image rendered word for word)."""
    return (
        not sep_before.strip()
        and sep_after.strip()[:1] == ","
        and _CUE_WORDS.fullmatch(name) is not None
        and not org_shaped(name)
        and LOWER_TAIL.search(name) is None
        and name.split()[0] not in ("the", "each", "every", "all")
    )


def tail_cut(text: str, raw: str, span: tuple[int, int], leftovers: list[str]) -> int:
    """Where an English name built like a body's at ``text[span]`` ends before words no name
    has (its :func:`verb_tail`); those words, as written (``raw``), go to ``leftovers``."""
    s, e = span
    cut = verb_tail(text[s:e])
    if cut is None:
        return e
    leftovers.append(raw[s + cut : e].strip())
    return s + cut


_NAME_SMALL = frozenset({"of", "and", "the", "for", "on", "in", "de", "&"})


def title_case(name: str) -> bool:
    """Written as a body's name: every word capitalised but the small ones."""
    words = name.split()
    return bool(words) and all(w[:1].isupper() or w.lower() in _NAME_SMALL for w in words)


def _lower_word(word: str) -> bool:
    """A lower-case word, hyphened or not ("pull-head", "co-lead"), possessive or not ("bull's")."""
    return word.replace("-", "").replace("'", "").replace("’", "").isalpha() and word.islower()


TAIL_CHARS = 4  # the words after a known name that are read apart from it: this short at most


_ROLE_WORD = 2  # (… and the role's word after it, this long at most: 一道, not 协调机制)
_NAME_LEAST = 4  # (a body's name read off a role's piece is this long at least: not 搭台)
_PLACE_OR_BRANCH = re.compile("|".join(map(re.escape, word_lists("name_words.tsv")["zh_branch"])))
_IDIOM_TAIL = 6  # (… or an idiom after a known name, this long: 拧成一股绳)
_ADVERB_TAIL = 10  # (A、B各自守好责任田: words opening with how the role is held, this long)


def adverb_first(words: str) -> bool:
    """Whether ``words`` open with a word saying how a role is held (各自, 共同: name_words.tsv's
    ``zh_how``) that holds a piece of the division or the joint role (``role_words.tsv``), as
    a phrasing after the names does (各自守好责任田)."""
    if not simplify(words).startswith(_HOW):  # (各盡分內之責: the list is simplified)
        return False
    found = role_of_words(words)
    return found is not None and found[0] in ADVERBS


def known_prefix(
    text: str, s: int, e: int, known: Callable[[int], bool], local: bool = True
) -> int | None:
    """Where a name that opens ``text[s:e]`` ends — known, or (with ``local``) built like a
    local body's — when a few characters follow it that make no name with it (交通运输部齐心,
    县编办打头: a phrasing the lexicon does not know, not a section of the body such as
    秘书科); the longest."""
    whole_no_name = None  # (whether text[s:e] is built like no body's: read when needed)
    for k in range(e - 1, max(s + 1, e - _ADVERB_TAIL - 1), -1):
        rest = text[k:e]
        if e - k > TAIL_CHARS and not adverb_first(rest):
            if e - k > _IDIOM_TAIL or not _WORDS_ONLY.fullmatch(rest):
                continue  # (longer words only after a word saying how the role is held: 各自…,
            if whole_no_name is None:  # or an idiom after a name the registry knows, the
                whole_no_name = not org_shaped(text[s:e])  # whole built like no body's:
            if not whole_no_name or not known(k) or _PLACE_OR_BRANCH.search(rest):
                continue  # 国家税务总局|拧成一股绳; not 中储粮|溡州直属库, a branch of it)
        if not _WORDS_ONLY.fullmatch(rest):
            continue
        if names_own(rest, text[s:e]) and not (role_of_words(rest) and known(k) and not known(e)):
            continue  # 市政府办公室秘书科, 各村（社区）: a part of the name, not words after it
            # (税务总局|单办: a known name, then a role's piece, the whole no name)
        if known(k):
            return k
        if adverb_first(rest) and org_shaped(text[s:k]) and not org_shaped(text[s:e]):
            return k  # (运输服务司|各尽分内之责: a name built like a body's, then how it holds
        if not local or not org_shaped(text[s:k]):  # the task, the whole no name)
            continue
        if _LOCAL_START.match(text, s) or (  # 县编办|打头
            k - s >= _NAME_LEAST and e - k <= _ROLE_WORD and not org_shaped(text[s:e])
            and role_of_words(rest)
        ):  # 人民银行泠山中心支行|一道 (负责): a branch's name, then a role's word (two characters)
            return k
    return None


def known_across_and(
    text: str, at: tuple[int, int, int], joined: bool, known: Callable[[int], bool]
) -> int | None:
    """Where a Chinese name the registry knows (or a local one) ends when it runs from ``at[0]``
    across a 和 (``joined``) into the next piece (``at[1]`` to ``at[2]``) and a few words no
    name has follow it (工业|和|信息化部全盘 (负责)): the 和 is no list's separator; else None."""
    s, nxt, end = at
    if not joined or not _CJK.search(text[s:nxt]):
        return None
    cut = known_prefix(text, s, end, known, local=False)
    if cut is None and not org_shaped(text[s:nxt].rstrip("和及与 ")) and not (
        _LOCAL_START.match(text, nxt) or org_shaped(text[s:end])
    ):  # 省工业|和|信息化厅挑起担子: a local name so built, neither part a name of its own,
        # the whole none either (各省级文化|和|旅游行政部门 is one)
        cut = known_prefix(text, s, end, known)  # (省财政厅和(省)税务局… are two)
    return cut if cut is not None and cut > nxt else None


_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_GLUED_CHARS = 4  # the words a role cue runs on into (领头雁, 配合发力): this short at most


def glued_words(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]``, a few Chinese characters no name is built of, runs on from the
    role cue (or the 等 of unnamed others) before it with no separator between (当领头|雁，
    B配合|发力, B等|搭台助力): the cue's own words, not a body's name (由|芰阳海关 is one)."""
    return (
        0 < e - s <= _GLUED_CHARS
        and s > 0
        and _CJK.match(text, s - 1) is not None
        and text[s - 1] != "由"  # (由 opens a list: cues.tsv's boundary)
        and _CJK_RUN.fullmatch(text, s, e) is not None
        and not org_shaped(text[s:e])
    )


_BARE_UNITS = frozenset(
    w for w in word_lists("name_words.tsv")["unit"] if not w.isascii()
)  # (the unit words of name_words.tsv: a cue's noun)


def bare_unit(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is a unit word alone glued to the role cue before it (B为辅责|单位,
    A为领办|方), or the role a unit is said to take (B等单位|作为协奏部门: an ``zh_as`` word,
    then a unit word after a few characters): the cue's words, naming nobody."""
    piece = text[s:e]
    if _TAKES_ROLE.fullmatch(piece) is not None:
        return True
    return (
        piece in _BARE_UNITS
        and s > 0
        and _CJK.match(text, s - 1) is not None
        and text[s - 1] not in "由、和及与"
    )


def local_org(name: str) -> bool:
    """Whether ``name`` is a local body's, short as it may be: a place word, then a body's
    shape (县编办, 县水利局)."""
    return _LOCAL_START.match(name) is not None and org_shaped(name)


def local_name(name: str) -> bool:
    """Whether ``name`` (Chinese or English) is a local body's by its opening level word and
    its shape (县民政局, "the County Civil Affairs Bureau"): a name no registry holds, which a
    reader may still take for a body's without a role word beside it."""
    if _CJK.search(name):
        return local_org(name)
    return _level_opened(name) and org_shaped(name) and not _COUNTED.search(name)  # ("Each
    # township people's government": a determiner before the level word; never a task's count,
    # "Each township builds 1 garbage transfer station")


_COUNTED = re.compile(r"\b[a-z]+\s+\d+(?:\.\d+)?\b")  # (a verb and a number: a task's words)


def opens_like_a_name(name: str) -> bool:
    """Whether an English name opens as a body's does: with a capital, or, in lower case
    ("river basin commissions", "people's governments of all cities"), with a head noun that
    is a body's before any "of", a few words — not a task's words ("development of …
    centres", "establish a regular mechanism between government and enterprises")."""
    first = name.split(maxsplit=1)[:1]
    if not first or _CJK.search(name) or not first[0][:1].islower():
        return True
    head = _HEAD_ENDS.split(name, 1)[0]
    return len(head.split()) <= _LOWER_HEAD_WORDS and org_shaped(head)


_LOWER_HEAD_WORDS = 6  # "each city and county people's government": a name in lower case
_HEAD_ENDS = re.compile(r" (?:of|in|at|under|for|within) ")  # ("… institution in the county")


def written_as_body(name: str) -> bool:
    """An English name written as a body's: every word but the small ones capitalised
    ("Municipal Commerce Bureau", not "Build regional … centres"), or a local body's by its
    level word and shape ("Each township people's government")."""
    return local_name(name.strip()) or title_case(name)


def names_own(rest: str, whole: str | None = None) -> bool:
    """Whether the Chinese words ``rest`` after a name may be the name's own (临溪分局, 秘书科:
    a branch or a section of the body), not words after it; with the ``whole`` they end, a
    rest built like a body only when the whole is too (工业和信息化部|合署 (负责): no ministry
    holds a 署, words of a phrasing the lexicon lacks)."""
    shaped = org_shaped(rest) and (whole is None or org_shaped(whole))
    return shaped or rest[-1] in _UNIT_ENDS or rest.endswith(_NAME_TAILS)


_WORDS_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_WORDS = word_lists("name_words.tsv")
_SMALL_WORDS = frozenset(_WORDS["en_goes_on"])
_PREDICATE = frozenset(_WORDS["en_predicate"])
_CAPITALISED = re.compile(r"\b[A-Z][\w'-]*")
_LETTER = re.compile(r"[A-Z]")
_TAKES_ROLE = re.compile(f"(?:{'|'.join(_WORDS['zh_as'])})[\u4e00-\u9fff]{{1,4}}{unit_words('zh')}")
_HOW = tuple(_WORDS["zh_how"])
_LOCAL_START = re.compile("|".join(sorted(_WORDS["zh_local"], key=len, reverse=True)))
_UNIT_ENDS = frozenset(_WORDS["zh_section"])
_NAME_TAILS = _WORDS["zh_tail"]


def opening_name(name: str) -> bool:
    """A name an item's opening words may hold: Chinese, or English written as a body's (title
    case, or a local body's by its level word), never a task's words before one ("Improve the
    services … so that the Ministry of Finance shall take the lead")."""
    if _CJK.search(name):
        return True
    return opens_like_a_name(name) and written_as_body(name) and not _VERB_THE.search(name)


# a lower-case word before "the" that is no small word of a name: a verb and its object ("Each
# township establish the … station": a task's words after its subject, no body's name)
_VERB_THE = re.compile(r"\b(?!(?:of|for|to|and|in|on|at|under|with|by)\b)[a-z]+\s+the\s")


__all__ = [
    "TAIL_CHARS",
    "adverb_first",
    "bare_unit",
    "cue_words",
    "glued_words",
    "known_across_and",
    "known_prefix",
    "local_name",
    "local_org",
    "names_own",
    "opening_name",
    "opens_like_a_name",
    "tail_cut",
    "title_case",
    "verb_tail",
    "written_as_body",
]
