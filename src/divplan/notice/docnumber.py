"""Document numbers (发文字号): find them in text, parse one, and give their canonical form.

A notice's own number and the numbers it cites are the same kind of thing, written in Chinese
(国办函〔2019〕58号) or in English/pinyin renderings (Guo Fa [2012] No. 14); this module is the
one place that knows how they are written and how an issuer code maps to its Chinese form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from zhconv_rs import zhconv

from divplan.notice.lines import SPACES

__all__ = ["DocNumber", "find_doc_numbers", "has_doc_number", "parse_doc_number"]


@dataclass(frozen=True)
class DocNumber:
    """A document number (发文字号) as written, plus its parts and its canonical Chinese form.

    ``issuer_code`` is the simplified Chinese issuer code (国发, 国办发, 国办函, 江政办函).  For
    Chinese numbers it is the code as written, simplified; for English/pinyin renderings it comes
    from a table (:data:`_EN_CODES`) and is ``None`` when the rendering is unknown, in which case
    ``normalized`` is ``None`` too but ``year`` and ``serial`` are still parsed.
    """

    text: str
    span: tuple[int, int]
    issuer_code: str | None
    year: int | None
    serial: int | None
    normalized: str | None


def _is_cjk(ch: str) -> bool:
    """True for CJK ideographs (both simplified and traditional live in these blocks)."""
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF


_OPEN = "〔(（\\[［【〖"
_CLOSE = "〕)）\\]］】〗"
# The anchor is the bracketed year and the serial; the issuer code is found by a bounded scan
# backwards from it (see _code_before) rather than by the regex, because a leading run of
# optional words in a regex is where catastrophic backtracking and over-long matches come from.
_DOCNO_ANCHOR = re.compile(
    rf"[{_OPEN}][ \t\u3000]{{0,3}}(?P<year>\d{{4}})[ \t\u3000]{{0,3}}[{_CLOSE}][ \t\u3000]{{0,3}}"
    r"(?:(?P<no>(?<![A-Za-z])(?:[Nn][Oo]\.?|NO\.?|[Nn]umber|第))[ \t\u3000]{0,3}"
    r"(?:[:：#][ \t\u3000]{0,2})?)?"
    r"(?P<serial>\d{1,6})(?!\d)"
    r"(?:[ \t\u3000]{0,2}(?P<hao>[号號]))?"
)
_CODE_WINDOW = 80

# English and pinyin renderings of issuer codes, keyed by their letters only, lower-cased.
# "State Council Letter" maps to 国办函, not 国函: machine and web translations render the
# General Office's letters (国办函) that way (the seed's "State Council Letter [2012] No. 141" is
# 国办函〔2012〕141号), and letters of the State Council itself are rare in this genre.
_EN_CODES: dict[str, str] = {
    # 国发: State Council documents
    "guofa": "国发",
    "statecouncil": "国发",
    "statecouncildocument": "国发",
    "statecouncildoc": "国发",
    # 国办发: General Office documents
    "guobanfa": "国办发",
    "generalofficeofthestatecouncil": "国办发",
    "generalofficeofthestatecouncildocument": "国办发",
    "officeofthestatecouncil": "国办发",
    "officeofthestatecouncildocument": "国办发",
    "statecounciloffice": "国办发",
    "statecouncilofficedocument": "国办发",
    "statecouncilgeneraloffice": "国办发",
    "statecouncilgeneralofficedocument": "国办发",
    "generalofficedocument": "国办发",
    # 国办函: General Office letters
    "guobanhan": "国办函",
    "statecouncilletter": "国办函",
    "statecouncilofficeletter": "国办函",
    "statecouncilgeneralofficeletter": "国办函",
    "generalofficeletter": "国办函",
    "generalofficeofthestatecouncilletter": "国办函",
    "officeofthestatecouncilletter": "国办函",
    # 国函: State Council letters (only when written in pinyin, see above)
    "guohan": "国函",
    # telegrams and Party-central codes that show up in references
    "guofamingdian": "国发明电",
    "guobanfamingdian": "国办发明电",
    "zhongfa": "中发",
    "zhongbanfa": "中办发",
}
# A Chinese issuer code never contains these function characters, so a run of ideographs
# before the bracket is cut after the last of them (…精神按照国发〔…〕 → 国发).
_CODE_STOP = frozenset("的了和及与與按据據照见見即为為是在以将將依根于於对對由从從同请請")
_MAX_CN_CODE = 8
_MAX_EN_WORDS = 8


@lru_cache(maxsize=4096)
def _simplified(code: str) -> str:
    """Simplified form of an issuer code; cached because the same few codes recur."""
    return zhconv(code, "zh-hans")


def _en_key(s: str) -> str:
    """Letters of ``s``, lower-cased: "Guo Ban-Han" and "Guobanhan" share the key "guobanhan"."""
    return "".join(c for c in s.lower() if "a" <= c <= "z")


def _is_word_char(ch: str) -> bool:
    """ASCII letter, hyphen or apostrophe: the characters of an English or pinyin code word."""
    return ch.isascii() and (ch.isalpha() or ch in "-'")


def _code_before(text: str, lo: int, pos: int) -> tuple[int, str | None]:
    """Find the issuer code that ends just before ``pos`` (the opening bracket).

    Returns ``(code_start, issuer_code)``.  ``code_start == pos`` when no code was
    found.  Scans at most ``pos - lo`` characters and never crosses a line break, so it is
    cheap and cannot glue a heading on the previous line onto a number.
    """
    nl = text.rfind("\n", lo, pos)
    if nl >= 0:
        lo = nl + 1
    k = pos
    while k > lo and pos - k < 3 and text[k - 1] in SPACES:
        k -= 1
    if k <= lo:
        return pos, None
    ch = text[k - 1]
    if _is_cjk(ch):
        m = k
        while m > lo and k - m < _MAX_CN_CODE + 4 and _is_cjk(text[m - 1]):
            m -= 1
        c = k
        while c > m and text[c - 1] not in _CODE_STOP:
            c -= 1
        c = max(c, k - _MAX_CN_CODE)
        if c == k:
            return pos, None
        return c, _simplified(text[c:k])
    if not _is_word_char(ch):
        return pos, None
    # English / pinyin: collect up to _MAX_EN_WORDS words separated by single spaces, stopping
    # at punctuation ("(Guo Fa" stops after "Guo"), then take the longest known suffix.
    words: list[tuple[int, int]] = []
    end = k
    while len(words) < _MAX_EN_WORDS:
        m = end
        while m > lo and end - m < 40 and _is_word_char(text[m - 1]):
            m -= 1
        if m == end or not text[m].isalpha():
            break
        words.append((m, end))
        if m <= lo or text[m - 1] not in SPACES:
            break
        n = m - 1
        while n > lo and m - 1 - n < 2 and text[n - 1] in SPACES:
            n -= 1
        end = n
    if not words:
        return pos, None
    words.reverse()
    last_end = words[-1][1]
    for ws, _we in words:
        found = _EN_CODES.get(_en_key(text[ws:last_end]))
        if found is not None:
            return ws, found
    # Unknown rendering: keep up to three trailing capitalised words as the code as written.
    start = pos
    for ws, _we in reversed(words[-3:]):
        if not text[ws].isupper():
            break
        start = ws
    return start, None


def find_doc_numbers(text: str, start: int = 0, end: int | None = None) -> list[DocNumber]:
    """All document numbers in ``text[start:end]``, in order, with spans into ``text``.

    Recognises ``国办函〔2019〕58号``, ``江政辦函〔2022〕21號``, ``Guo Fa [2012] No. 14``,
    ``State Council Office Letter [2013] No. 79`` and the bracket variants ``[] 〔〕 () 【】``.
    A number needs either ``号``/``號`` or ``No.`` after the bracket: a bare ``(2012) 3`` is too
    often something else.
    """
    n = len(text)
    start = max(0, min(start, n))
    stop = n if end is None else max(start, min(end, n))
    out: list[DocNumber] = []
    for m in _DOCNO_ANCHOR.finditer(text, start, stop):
        no, hao = m.group("no"), m.group("hao")
        if hao is None and (no is None or no == "第"):
            continue
        year, serial = int(m.group("year")), int(m.group("serial"))
        if not 1900 <= year <= 2199:
            continue
        cstart, code = _code_before(text, max(start, m.start() - _CODE_WINDOW), m.start())
        normalized = f"{code}〔{year}〕{serial}号" if code else None
        span = (cstart, m.end())
        out.append(DocNumber(text[span[0] : span[1]], span, code, year, serial, normalized))
    return out


def has_doc_number(s: str) -> bool:
    """Whether ``s`` holds a document number (the anchor alone: no issuer-code look-back)."""
    return any(
        m.group("hao") or m.group("no") not in (None, "第") for m in _DOCNO_ANCHOR.finditer(s)
    )


def parse_doc_number(s: str, offset: int = 0) -> DocNumber | None:
    """The first document number in ``s`` (spans shifted by ``offset``), or ``None``.

    ``offset`` lets a caller parse a slice and still get spans into the whole text.
    """
    found = find_doc_numbers(s)
    if not found:
        return None
    d = found[0]
    return replace(d, span=(d.span[0] + offset, d.span[1] + offset))
