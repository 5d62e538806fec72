"""Name keys: the one normalised form under which names, aliases and mentions are compared.

Rule 1 of the registry's resolution order. A plan names a department with full-width forms,
traditional characters, curly quotes, stray punctuation or a hard line-wrap between two Chinese
characters; none of that may decide whether a name is known. Every index key, every ban and
every fuzzy comparison is made on the output of :func:`normalise` (or of :func:`cased_key`, its
case-keeping form, where acronyms must be told apart from words), so the rules live here once.
"""

from __future__ import annotations

import functools
import re
import unicodedata

LATIN_RE = re.compile(r"[A-Za-z]")
_NONWORD_RE = re.compile(r"[\W_]+")
_LEADING_THE_RE = re.compile(r"^the\s+", re.IGNORECASE)
ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
    }
)


def _is_cjk_char(c: str) -> bool:
    """Han ideographs (basic, extension A, compatibility, astral extensions).

    A plain range test rather than a regex: a compiled character class this wide costs ~5 ms,
    and the module is meant to import fast.
    """
    o = ord(c)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0xF900 <= o <= 0xFAFF
        or (0x20000 <= o <= 0x2FFFF)
    )


def has_cjk(text: str) -> bool:
    return not text.isascii() and any(map(_is_cjk_char, text))


def _join_cjk_gaps(text: str) -> str:
    """Drop spaces between two Chinese characters ("财政 部", a hard line-wrap, == "财政部")."""
    parts = text.split(" ")
    out = parts[0]
    for part in parts[1:]:
        if out and part and _is_cjk_char(out[-1]) and _is_cjk_char(part[0]):
            out += part
        else:
            out += " " + part
    return out


def _to_simplified(text: str) -> str:
    """Traditional → simplified Chinese with mainland words (國家網際網路資訊辦公室 →
    国家互联网信息办公室); imported lazily because the converter costs ~10 ms."""
    from zhconv_rs import zhconv

    result: str = zhconv(text, "zh-hans")
    for regional, mainland in _regional_words():
        if regional in result:
            result = result.replace(regional, mainland)
    return result


@functools.cache
def _regional_words() -> tuple[tuple[str, str], ...]:
    """``regional_words.tsv``: words a Taiwan or Hong Kong name uses for a mainland one."""
    from importlib.resources import files

    text = files("divplan.names").joinpath("regional_words.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return tuple((r[0], r[1]) for r in rows[1:])


@functools.cache
def _abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    """``abbreviated_words.tsv``: words an English name may write short, with a stop."""
    from importlib.resources import files

    text = files("divplan.names").joinpath("abbreviated_words.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    full = {r[0].lower(): r[1] for r in rows[1:]}
    alternation = "|".join(sorted(full, key=len, reverse=True))
    return re.compile(rf"\b({alternation})(?:\.|$)", re.IGNORECASE), full


def abbreviated_words() -> frozenset[str]:
    """The words ``abbreviated_words.tsv`` knows written short (lower case, no stop): "dev",
    "min" — a stop after one ends no sentence ("Provincial Dev. & Reform Commission")."""
    return frozenset(_abbreviations()[1])


def _expanded(text: str) -> str:
    """``text`` with its abbreviated words in full ("Min. of Finance" → "Ministry of Finance";
    the last word's stop may be gone, trimmed with the name's edge: "Natl. Health Comm")."""
    pattern, full = _abbreviations()
    return pattern.sub(lambda m: full[m.group(1).lower()] + " ", text)


@functools.lru_cache(maxsize=65536)
def cased_key(text: str) -> str:
    """Normalise everything but letter case (kept so that acronyms can be recognised)."""
    s = unicodedata.normalize("NFKC", text)  # full-width → half-width, compatibility forms
    if "." in s:  # "Min. of Finance", "Dev. and Reform Commission": words written short
        s = _expanded(s).rstrip()
    cjk = has_cjk(s)
    if cjk:
        s = _to_simplified(s)
    s = s.translate(_QUOTES).replace("'", "")  # People's == Peoples == Peoples'
    s = s.replace("&", " and ")
    s = _NONWORD_RE.sub(" ", s)  # punctuation, hyphens, brackets, runs of spaces → one space
    s = s.strip()
    if cjk:
        s = _join_cjk_gaps(s)
    return _LEADING_THE_RE.sub("", s)


def normalise(text: str) -> str:
    """The lookup key of a name: the form under which every name and alias is indexed.

    NFKC (full-width → half-width), traditional → simplified Chinese, curly quotes → straight,
    apostrophes dropped (so "Peoples Bank" == "People's Bank"), punctuation and whitespace
    collapsed to single spaces (none between Chinese characters), a leading article "the"
    dropped, casefolded. Two spellings that differ only in these respects are the same name.
    """
    return cased_key(text).casefold()


def is_upper(cleaned: str) -> bool:
    """True when a mention is written without lower-case letters ("CBRC", "SAFE")."""
    return not any(c.islower() for c in cleaned)
