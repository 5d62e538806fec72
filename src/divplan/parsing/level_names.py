"""Names a list writes with administrative levels: local bodies, not lists of bodies.

Two shapes the genre uses (conventions.md: local units are ``?`` names, never the central body
they are named after):

- levels written as a list before (Chinese) or after (English) the one government they all
  have: 各省、自治区、直辖市人民政府, "people's governments of all provinces, autonomous
  regions and municipalities" — one collective name, not three;
- an English level word before a known name: "Provincial SASAC" — a local body of its own.

The level words of the second shape come from ``names/local_units.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from divplan.names.local_units import affixes
from divplan.parsing.clause_text import simplify

_CJK = re.compile(r"[\u3400-\u9fff]")

# Administrative levels written as a list before one government: 各省、自治区、直辖市人民政府,
# 各市、县（市、区）人民政府 — one collective name, not three.
_LEVEL_ONLY = re.compile(
    r"^各?(?:省|市|县|区|州|盟|旗|乡|镇|自治区|直辖市|自治州|自治县|地区|街道|计划单列市|"
    r"副省级城市|兵团)(?:[（(][^）)]*[）)])?$"
)
_GOVERNMENT = re.compile(r"(?:人民政府|政府|管委会)$")
# the last level written with its departments: 直辖市卫生厅局, 市（州）发展改革委
_LEVEL_DEPARTMENT = re.compile(
    r"^(?:省|市|县|区|州|自治区|直辖市|自治州|自治县|地区|计划单列市|兵团)(?:[（(][^）)]*[）)])?"
    r"[\u4e00-\u9fff]{1,12}(?:厅局|厅|局|委|委员会|办|办公室|部门)$"
)


_EN_LEVEL = (
    r"(?:provinces|autonomous\s+regions|municipalities|cities|counties|districts|prefectures"
    r"|townships|towns|regions)(?:\s+\([^)]*\))?(?:\s+directly\s+under\s+the\s+central"
    r"\s+government)?"
)
# "… of all provinces", "governments of the provinces": the first of a list of levels
EN_ALL_LEVEL = re.compile(
    rf"(?:\ball|\bof\s+(?:the|each|the\s+various))\s+{_EN_LEVEL}$", re.IGNORECASE
)
_EN_LEVEL_ONLY = re.compile(
    rf"^(?:and\s+)?{_EN_LEVEL}(?:\s*(?:,|and)\s*{_EN_LEVEL})*$", re.IGNORECASE
)


def levels_to_government(text: str, spans: list[tuple[int, int]], i: int) -> int | None:
    """Where a list of bare levels from piece ``i`` ends in the government they all have.

    English writes the list after the body: "people's governments of all provinces,
    autonomous regions and municipalities directly under the Central Government".
    """
    if EN_ALL_LEVEL.search(text[spans[i][0] : spans[i][1]]):
        j = i
        while j + 1 < len(spans) and _EN_LEVEL_ONLY.match(text[spans[j + 1][0] : spans[j + 1][1]]):
            j += 1
        return j if j > i else None
    j = i
    while j < len(spans) and _LEVEL_ONLY.match(simplify(text[spans[j][0] : spans[j][1]])):
        j += 1
    if j == i or j >= len(spans):
        return None
    last = simplify(text[spans[j][0] : spans[j][1]])
    # 各省、自治区、直辖市人民政府, or their departments: 各省、自治区、直辖市卫生厅局
    return j if _GOVERNMENT.search(last) or _LEVEL_DEPARTMENT.match(last) else None


def level_of_known(name: str, lookup: Callable[[str], bool]) -> bool:
    """An English level word before a known name: "Provincial SASAC", "Municipal NDRC" — a
    local body named after its central counterpart, a name of its own in a list."""
    if _CJK.search(name):
        return False
    first, _, rest = name.partition(" ")
    return first.casefold() in affixes().en_level and bool(rest) and lookup(rest.strip())
