"""Marker values: Chinese, Roman, English-word and letter numerals → int.

Sections and subsections are numbered by position in the output, but the value written in
a marker is what the context pass compares with the expected next number.
"""

from __future__ import annotations

_ZH_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_WORDS = {
    w: i + 1
    for i, w in enumerate(
        [
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ]
    )
}
_ORDINALS = {
    w: i + 1
    for i, w in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
        ]
    )
}


_FORMAL = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾", "一二二三三四五六六七八九十")


def zh_number(s: str) -> int | None:
    """一 → 1, 十二 → 12, 二十三 → 23, 一〇 → 10 (digit-by-digit when no 十/百)."""
    if not s:
        return None
    s = s.translate(_FORMAL)  # (壹貳參 → 一二三: a formal document's numerals)
    if s.isdigit():
        return int(s)
    if "十" not in s and "百" not in s:
        value = 0
        for ch in s:
            if ch not in _ZH_DIGITS:
                return None
            value = value * 10 + _ZH_DIGITS[ch]
        return value
    total = 0
    current = 0
    for ch in s:
        if ch in _ZH_DIGITS:
            current = _ZH_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def roman_number(s: str) -> int | None:
    """IV → 4, XII → 12."""
    s = s.upper()
    if not s or any(c not in _ROMAN for c in s):
        return None
    total = 0
    for i, c in enumerate(s):
        v = _ROMAN[c]
        if i + 1 < len(s) and _ROMAN[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def word_number(s: str) -> int | None:
    """First/Firstly/One → 1, Twelfth/Twelve → 12."""
    key = s.lower()
    if key.endswith("ly") and key[:-2] in _ORDINALS:
        key = key[:-2]
    return _ORDINALS.get(key) or _WORDS.get(key)


def marker_value(core: str) -> int | None:
    """Value of a marker's core (the marker without brackets and punctuation)."""
    core = core.strip()
    if not core:
        return None
    if len(core) == 1 and "\u2460" <= core <= "\u2473":  # ① … ⑳ (isdigit() is True for them)
        return ord(core) - 0x2460 + 1
    if len(core) == 1 and "\u2474" <= core <= "\u249b":  # ⑴ … ⒇, ⒈ … ⒛: one character each
        return (ord(core) - 0x2474) % 20 + 1
    if len(core) == 1 and "\u3220" <= core <= "\u3229":  # ㈠ … ㈩
        return ord(core) - 0x3220 + 1
    if len(core) == 1 and "\u2160" <= core <= "\u216b":  # Ⅰ … Ⅻ: one character a numeral
        return ord(core) - 0x2160 + 1
    if core.isascii() and core.isdigit():
        return int(core)
    if len(core) == 1 and "a" <= core <= "z" and core not in "ivx":  # (i), (v), (x): roman
        return ord(core) - ord("a") + 1
    if len(core) == 1 and "A" <= core <= "H":  # A. B. sections (I, V, X are roman)
        return ord(core) - ord("A") + 1
    return zh_number(core) or roman_number(core) or word_number(core)
