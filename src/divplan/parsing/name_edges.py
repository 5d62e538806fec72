"""Name edges: where a department name in a clause begins and ends, and whether it is built
like a body's name.

Why a module of its own: every list piece of every clause is trimmed here (punctuation,
brackets that do not belong to the name, filler words from ``lexicon/cues.tsv`` at either end)
and tested for an organisation word (…局, "… Bureau"), so these few rules run more often
than any other in the clause layer and are memoised.  Guarantee: :func:`trim` only ever
shrinks a span (or moves its end past a company's "Ltd." dot), and a span made of filler
alone comes back empty.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from divplan.parsing.clause_text import simplify
from divplan.parsing.lexicon_files import lang_patterns, word_lists
from divplan.parsing.lexicon_files import rows as lexicon_rows
from divplan.parsing.parens import OPENER

_CJK = re.compile(r"[\u3400-\u9fff]")
# the head nouns of an English body's name (name_words.tsv's ``en_org`` rows: "… Bureau",
# "… Commission", "… Daily"): a piece holding one is built like a body's name
ORG_EN = re.compile(
    r"\b(?:{})\b".format("|".join(re.escape(w) for w in word_lists("name_words.tsv")["en_org"])),
    re.IGNORECASE,
)
ORG_ZH = re.compile(
    r"(?:[部委局厅办院会处室所司队社团馆组庭校]|(?<![并串互关])联|(?<![自进执实推运施先试履并])行|(?<!部)(?<![部委局厅办会].)署|(?<!网)站|(?<![出平配])台|中心|公司|集团|政府|单位|办公室|"
    r"小组|机构|部门|军区|军分区|警备区|分局|支行|银行|法院|检察院|中央|总队|支队|大队|总站|基地|协会|学会|联合会|会议|协|"
    r"机场|口岸|海关|股|(?:开办|经营|运营|举办|生产经营)者)$"  # (…股: a section of a county bureau,
    # 公共服务股; 各农贸市场开办者: the operators a plan holds responsible with the units)
    r"|^各(?:乡镇|乡|镇|街道|村|社区)+$"  # 各乡镇, 各街道: all of them (not 各市、县…人民政府)
)
# an abbreviation defined after a name: "… Commission (NDRC)", "… of the State Council (SASAC)"
# (two capitals at least: "(Shanghai)" after a name is a place, not an abbreviation)
_DEFINED = re.compile(r"\s*\([A-Z](?=[A-Za-z&]*[A-Z])[A-Za-z&]{1,9}\)$")
# an English gloss after a Chinese name on a bilingual page: 条约法律司（Department of …）
_GLOSS = re.compile(r"(?<=[\u3400-\u9fff])\s*\((?=[A-Za-z])[A-Za-z .,'&-]{2,90}\)$")
_ABBREVIATION = re.compile(r"\b(?:Ltd|Co|Inc|Corp|Bhd|Plc)$")  # company names end in a dot
# 市住建局* : a unit marked by an asterisk; MOST¹ / NIA†: a footnote marker after a name
_PUNCT = " \t\n,.;:、，。；：\"'“”‘’()（）[]【】*＊※¹²³⁴⁵⁶⁷⁸⁹⁰†‡/／"
# a symbol a plan may set by a name to mark it (中小企业司⊙, A◎, B✓, 县水利局＃): arrows,
# mathematical and technical signs, geometric shapes, dingbats — never a name's own last character
MARK_SIGNS = "§¤#＃Δ^" + "".join(
    chr(c) for c in range(0x2190, 0x27C0) if unicodedata.category(chr(c)).startswith("S")
)
_EDGE = frozenset(_PUNCT + MARK_SIGNS)  # (tested a character at a time)
_EDGE_CHARS = _PUNCT + MARK_SIGNS  # (stripped)


@cache
def _fillers() -> dict[str, re.Pattern[str]]:
    """Filler words (cues.tsv rows of kind ``filler``) as edge-trimming patterns."""
    words: dict[str, list[str]] = {"zh": [], "en": []}
    tail_only: dict[str, list[str]] = {"zh": [], "en": []}
    for _, cols in lexicon_rows("cues.tsv"):
        if len(cols) >= 3 and cols[0] in ("filler", "filler_tail") and cols[1] in words:
            (words if cols[0] == "filler" else tail_only)[cols[1]].append(cols[2])
    en = "|".join(words["en"])
    en_tail = "|".join(words["en"] + tail_only["en"])
    zh = "|".join(words["zh"])
    zh_tail = "|".join(words["zh"] + tail_only["zh"])
    scope = lang_patterns("group_scope.tsv")  # (以上2项由A牵头 after a field's label: the words
    zh = "|".join([zh, *scope.get("zh", ())])  # scoping it over the tasks above are no name's;
    # an English scope is read by its cues, its patterns looking ahead over the whole sentence)
    return {
        "en_head": re.compile(rf"^(?:(?:{en})(?:\s+|$))+", re.IGNORECASE),  # (filler only)
        "en_tail": re.compile(rf"(?:\s+(?:{en_tail}))+$", re.IGNORECASE),
        "zh_head": re.compile(rf"^(?:{zh})+"),
        "zh_tail": re.compile(rf"(?:{zh_tail})+$"),
    }


@lru_cache(maxsize=8192)  # bounded; the same names and segments are asked about many times a plan
def org_shaped(name: str) -> bool:
    """Built like an organisation's name: "Ministry of …", "… Bureau", …局, …中心, or a body's
    initials ("MCTSB"), which are never the rest of another name."""
    name = name.strip(_EDGE_CHARS)
    if not name:
        return False
    if _CJK.search(name):  # (one character alone is a type's word, no body's name: 同|办;
        found = ORG_ZH.search(name) or ORG_ZH.search(simplify(name))  # 省建設廳 simplified)
        return len(name) > 1 and found is not None
    if _QUANTITY.match(name):
        return False  # "… each city-level hospital supports 2 health centers": a count
    return bool(
        ORG_EN.search(name)
        or _ACRONYM.fullmatch(name)
        or _DIVISION.search(name)
        or place_set(name)
    )  # "MCTSB": a body's initials; "Planting Management Division" (a ministry's 处)


def place_set(name: str) -> bool:
    """Whether English ``name`` is the places of a level alone ("each township", "all towns
    and townships"): a body as 各乡镇 is, unless "and" joins it to the government they share
    ("each town | and township people's government")."""
    bare = name.strip(_PUNCT)
    bare += ")" * (bare.count("(") - bare.count(")"))  # ("each township (town)": its bracket)
    return _PLACE_SET.fullmatch(bare) is not None


def ends_with_head(words: str) -> bool:
    """Whether English ``words`` end with a body's head noun ("… Finance Bureau", "Planting
    Management Division"), not with words after one ("… Bureau Pull the")."""
    last = words.split()[-1] if words.split() else ""
    return bool(ORG_EN.fullmatch(last) or _DIVISION.search(words.rstrip()))


# a ministry's division (处, 司) ends a name in capitals: "the division of labour" is no body
_DIVISION = re.compile(r"[A-Z][A-Za-z-]*\s+Divisions?$")


# the places of a level, each of them a body as 各乡镇 is: "each township", "all towns and
# townships", "every county (city, district)"
_LEVEL_WORD = (
    r"(?:townships?|towns?|villages?|count(?:y|ies)|districts?|cit(?:y|ies)|sub-districts?|"
    r"streets?)"
)
_PLACE_SET = re.compile(
    rf"(?:each|all|every)\s+{_LEVEL_WORD}(?:\s*\([^()]{{1,30}}\))?"
    rf"(?:(?:\s*,\s*|\s+and\s+){_LEVEL_WORD}(?:\s*\([^()]{{1,30}}\))?)*",
    re.IGNORECASE,
)

# a body's initials, perhaps after its level or place: "MCTSB", "Municipal SASAC", "Qiaomei DRC"
_ACRONYM = re.compile(r"(?:[A-Z][a-z]+\s+){0,2}[A-Z][A-Z&]{1,9}")
_QUANTITY = re.compile(r"\d[\d,.]*\s+[a-z]")  # a number, then a word in lower case

# lower-case words an English name may end with besides its head noun (ORG_EN): a level or
# place ("governments of all towns", "… directly under the county") or a scope word
LOWER_TAIL = re.compile(
    r"\b(?:count(?:y|ies)|cit(?:y|ies)|districts?|townships?|towns?|villages?|streets?|"
    r"provinces?|municipalit(?:y|ies)|regions?|prefectures?|areas?|levels?|concerned|"
    r"system|sector|communit(?:y|ies)|enterprises?|units?|organs?|bodies|body|institutions?)$"
)
_LAST_WORD = re.compile(r"(?<![A-Za-z'’-])([A-Za-z][A-Za-z'’-]*)[\s)）]*$")


_RUN_TOGETHER = re.compile(r"[a-z]{3}[A-Z]")
_LEVELS = r"(?-i:Provincial|Municipal|County|City|District|Township|Prefectural|State|People's)"
_LEVEL_AFTER_HEAD = re.compile(  # "… Reform Commission Provincial Department of Commerce"
    rf"\s+{_LEVELS}\s+(?-i:[A-Z])"
)
_LEVEL_OPENS = re.compile(rf"({_LEVELS})\s+")  # (a name opening with its level word)
_LEVEL_AFTER_WORDS = re.compile(  # "Implement … supervision Provincial Market Supervision Bureau"
    rf"\b(?!(?:of|the|and|for|in|at|on|all|each|every|relevant|other|under|county|city|town|township|district|province|provincial|municipal|village|local)\b)[a-z]{{3,}}\s+"
    rf"{_LEVELS}\s+(?-i:[A-Z])"
)


def run_together(name: str) -> bool:
    """An English name with a capital inside a lower-case word ("… ReforPmrovincial …",
    "… openingProvincial Market …"): two lines or cells of a PDF whose characters ran into
    each other, a name the reading cannot vouch for; or a head noun right before a level
    word that opens another name ("… Reform Commission Provincial Department of Commerce":
    two cells' names with no separator between), or task words in lower case right before
    one ("… one open supervision Provincial Market Supervision Bureau")."""
    if _RUN_TOGETHER.search(name) is not None or _LEVEL_AFTER_WORDS.search(name) is not None:
        return True
    if (opening := _LEVEL_OPENS.match(name)) is not None and re.search(  # "Provincial A for
        rf"(?<!\bof)(?<!\bthe)(?<!\band)\s{opening.group(1)}\s+(?-i:[A-Z])", name[opening.end() :]
    ):  # Market Regulation Provincial Data Administration": its level word again, two cells
        return True
    return any(
        _LEVEL_AFTER_HEAD.match(name, m.end()) for m in ORG_EN.finditer(name) if m.end() < len(name)
    )


def name_doubts(name: str) -> list[str]:
    """What the reading must say about an unknown name it took: two bodies under one name
    (省发展改革委（省能源局）), a last word no name has ("B Bureau strengthen cooperation"), words
    run into each other (a PDF's overlapping cells)."""
    doubts = [
        (two_names(name), "read as one body under two names"),
        (odd_tail(name), "read as a department; its last words are no name's"),
        (run_together(name), "read as a department; its words run into each other"),
    ]
    return [f"「{name}」 {said}" for found, said in doubts if found]


def odd_tail(name: str) -> bool:
    """An English name whose last word is lower-case and neither a head noun nor a level or
    place word ("… Bureau strengthen cooperation"): a word the lexicon did not know was read
    into the name, which the reading must say."""
    if _CJK.search(name):
        return False
    m = _LAST_WORD.search(name)
    if m is None or not m.group(1)[0].islower():
        return False
    word = m.group(1)
    return not (ORG_EN.fullmatch(word) or LOWER_TAIL.search(word))


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past punctuation, spaces and filler words at both ends.

    Memoised on the piece (and the one character after it, for "Co., Ltd."): a corpus names
    the same bodies in clause after clause, and the filler patterns are end-anchored searches.
    """
    s, e = _trimmed(text[start : end + 1], end - start)
    return start + s, start + e


@lru_cache(maxsize=16384)  # bounded: a batch's memory must not grow with the corpus
def _trimmed(text: str, end: int) -> tuple[int, int]:
    start = 0
    f = _fillers()
    while True:
        s0, e0 = start, end
        while start < end and text[start] in _EDGE and not _opens_own(text, start, end):
            start += 1
        while end > start and text[end - 1] in _EDGE and not _closes_own(text, start, end):
            end -= 1
        if end - start > 2 and text[end - 1] in "-–—•·" and text[end - 2] in " \n":
            end -= 1  # "… Reform -": the next line's bullet, joined by a wrap
            continue
        if end < len(text) and text[end] == "." and _ABBREVIATION.search(text, start, end):
            end += 1  # "Co., Ltd." keeps its dot
        defined = _DEFINED.search(text, start, end) or _GLOSS.search(text, start, end)
        if defined is not None and defined.start() > start:
            end = defined.start()  # "… Commission (NDRC)", 外国投资管理司（Department of …）
        piece = text[start:end]
        if _CJK.search(piece[:1]):
            m = f["zh_head"].match(piece)
        else:
            m = f["en_head"].match(piece) or (
                f["en_head"].match(piece + " ") if " " not in piece else None
            )
        if m and m.end() < len(piece):
            start += m.end()
        elif m and m.end() >= len(piece):
            return (start, start)  # filler only
        piece = text[start:end]
        t = (f["zh_tail"] if _CJK.search(piece[-1:]) else f["en_tail"]).search(piece)
        if t and t.start() > 0:
            end = start + t.start()
        if (start, end) == (s0, e0):
            return start, end


_CLOSER = {"“": "”", "「": "」", "《": "》"}  # quotes that open a name: “双随机、一公开”联席会议


def _opens_own(text: str, start: int, end: int) -> bool:
    """Whether the quote opening ``text[start:end]`` is closed inside it, before more text."""
    close = _CLOSER.get(text[start])
    if close is None:
        return False
    at = text.find(close, start + 1, end)
    return 0 < at < end - 1  # something follows the quoted part: the quote belongs to a name


def _closes_own(text: str, start: int, end: int) -> bool:
    """Whether the bracket ending ``text[start:end]`` closes one opened inside it: 各村（社区）."""
    close = text[end - 1]
    opener = OPENER.get(close)
    return opener is not None and text.count(opener, start, end) >= text.count(close, start, end)


def abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is written with ``full``'s characters, in order (国务院国资委)."""
    rest = iter(full)
    return all(ch in rest for ch in short)


_EN_NAME = re.compile(
    r"(?:[A-Z0-9][\w'’&.\-]*)(?:\s+(?:(?:of|and|for|the|on|in|de|&)\s+)*[A-Z0-9][\w'’&.\-]*)*"
)


def name_core(name: str) -> tuple[int, int] | None:
    """The part of an unknown, not organisation-shaped piece that could be a name.

    Chinese: the whole piece (a name the reader cannot vouch for).  English: the longest run
    of capitalised words ("Xinhua" in "Xinhua spearheads"); none when all is lower case.
    """
    if _CJK.search(name):
        return (0, len(name))
    best: tuple[int, int] | None = None
    for m in _EN_NAME.finditer(name):
        if best is None or m.end() - m.start() > best[1] - best[0]:
            best = (m.start(), m.end())
    return best




_LAST_BRACKET = re.compile(r"[(（]([^()（）]+)[)）]\s*$")


def two_names(name: str) -> bool:
    """A name closing with a bracket that holds another organisation's name, both built like
    one: 省发展改革委（省能源局）, "Provincial Development and Reform Commission (Provincial
    Energy Bureau)" — one body's two names (两块牌子), or a second body in brackets."""
    m = _LAST_BRACKET.search(name)
    return m is not None and org_shaped(m.group(1)) and org_shaped(name[: m.start()])


__all__ = [
    "LOWER_TAIL",
    "ORG_EN",
    "ORG_ZH",
    "abbreviates",
    "ends_with_head",
    "name_core",
    "name_doubts",
    "org_shaped",
    "place_set",
    "run_together",
    "trim",
    "two_names",
]
