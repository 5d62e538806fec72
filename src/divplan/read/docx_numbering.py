"""Word's automatic numbering, written out: the ``一、`` and ``1.`` that a .docx does not store.

Why: in a Word file the section and item markers of a plan are usually list numbering, computed
by Word from ``numbering.xml`` when the page is drawn; the paragraph's text has no marker at all,
and without markers the plan has no structure.  This module counts the lists the way Word
does for the common cases and gives each numbered paragraph its label.

Guarantees: a paragraph numbered directly (``w:numPr``) or through its style (and the style's
base styles) gets the label of its list level: ``lvlText`` with ``%1``…``%9`` replaced by the
level counters in their formats (decimal, full-width decimal, Chinese counting 一二三, Chinese
legal 壹贰叁, Roman, letters, circled ①②③, parenthesised ⑴⑵); deeper levels restart when a
level above advances, and ``w:start`` / ``w:startOverride`` are honoured.  Counters are kept per
list instance (``numId``).  Bullets and ``none`` give no label.  Anything unreadable gives no
label rather than an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from divplan.read.cells import chinese_numeral, roman

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_LEGAL = dict(zip("一二三四五六七八九十", "壹贰叁肆伍陆柒捌玖拾", strict=True))
_SLOT = re.compile(r"%([1-9])")


@dataclass(frozen=True)
class _Level:
    fmt: str
    text: str
    start: int


def _val(el: Any, tag: str) -> str | None:
    found = el.find(_W + tag) if el is not None else None
    return None if found is None else found.get(_W + "val")


def _format(n: int, fmt: str) -> str:
    if fmt in ("decimal", "decimalZero"):
        return f"{n:02d}" if fmt == "decimalZero" and n < 10 else str(n)
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt.startswith(("chineseCounting", "taiwaneseCounting", "japaneseCounting")) or fmt in (
        "ideographDigital",
        "koreanCounting",
    ):
        return chinese_numeral(n) if n < 100 else str(n)
    if fmt == "chineseLegalSimplified":
        return "".join(_LEGAL.get(c, c) for c in chinese_numeral(n)) if n < 100 else str(n)
    if fmt in ("upperRoman", "lowerRoman"):
        r = roman(n)
        return r if fmt == "upperRoman" else r.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (n - 1) % 26) * (1 + (n - 1) // 26)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt.startswith("decimalEnclosedCircle") and 1 <= n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt == "decimalEnclosedParen" and 1 <= n <= len(_PAREN):
        return _PAREN[n - 1]
    return str(n)


class Numbering:
    """The lists of one document, counted in reading order by :meth:`label`."""

    def __init__(self, document: Any) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.styles: dict[str, tuple[str | None, str | None, str | None]] = {}
        try:
            root = document.part.numbering_part.element
        except Exception:  # no numbering part: nothing is numbered
            root = None
        if root is not None:
            self._read(root)
        try:
            for style in document.styles.element.findall(_W + "style"):
                ppr = style.find(_W + "pPr")
                num = ppr.find(_W + "numPr") if ppr is not None else None
                based = _val(style, "basedOn")
                sid = style.get(_W + "styleId")
                if sid:
                    self.styles[sid] = (_val(num, "numId"), _val(num, "ilvl"), based)
        except Exception:
            self.styles = {}

    def _read(self, root: Any) -> None:
        for absn in root.findall(_W + "abstractNum"):
            levels: dict[int, _Level] = {}
            for lvl in absn.findall(_W + "lvl"):
                try:
                    ilvl = int(lvl.get(_W + "ilvl") or 0)
                    start = int(_val(lvl, "start") or 1)
                except ValueError:
                    continue
                levels[ilvl] = _Level(
                    _val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "", start
                )
            self.abstract[absn.get(_W + "abstractNumId") or ""] = levels
        for num in root.findall(_W + "num"):
            overrides: dict[int, int] = {}
            for ov in num.findall(_W + "lvlOverride"):
                value = _val(ov, "startOverride")
                if value is not None and value.isdigit():
                    overrides[int(ov.get(_W + "ilvl") or 0)] = int(value)
            self.nums[num.get(_W + "numId") or ""] = (_val(num, "abstractNumId") or "", overrides)

    def _num_pr(self, p: Any) -> tuple[str | None, int]:
        ppr = p.find(_W + "pPr")
        num = ppr.find(_W + "numPr") if ppr is not None else None
        num_id, ilvl = _val(num, "numId"), _val(num, "ilvl")
        style = _val(ppr, "pStyle") if ppr is not None else None
        seen: set[str] = set()
        while num_id is None and style and style not in seen:
            seen.add(style)
            s_num, s_lvl, based = self.styles.get(style, (None, None, None))
            num_id, ilvl = s_num, ilvl or s_lvl
            style = based
        try:
            return num_id, int(ilvl or 0)
        except ValueError:
            return num_id, 0

    def label(self, p: Any) -> str:
        """The label Word draws before paragraph element ``p`` ("" when not numbered)."""
        num_id, ilvl = self._num_pr(p)
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        level = levels.get(ilvl)
        if level is None or level.fmt in ("bullet", "none"):
            return ""
        counts = self.counters.setdefault(num_id, {})
        start = overrides.get(ilvl, level.start)
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else start
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]

        def slot(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k)
            n = counts.get(k, overrides.get(k, lv.start if lv else 1))
            return _format(n, lv.fmt if lv else "decimal")

        text = _SLOT.sub(slot, level.text)
        return text + " " if text and text[-1].isascii() else text


__all__ = ["Numbering"]
