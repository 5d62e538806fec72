"""Local and branch units: mentions that name a city or provincial body, or a branch office.

Rule 4 of the registry's resolution order. 市财政局 or a "Provincial Department of Finance"
contains the name of a central department but is not it; such a mention must stay unresolved
rather than be mapped (exactly or by fuzzy matching) onto the ministry whose name it contains.
These tests are consulted only after exact lookup failed.
"""

from __future__ import annotations

import re

_LOCAL_EN_RE = re.compile(
    r"\b(?:provincial|provinces?|municipal|municipality|county|counties|city|cities|"
    r"prefectur\w*|township|district|branch|branches|local|localities)\b"
)
_LOCAL_ZH_START = "省市县区州乡镇各"
_LOCAL_ZH_RE = re.compile(r"[省市县区州乡镇旗盟]|(?:支行|分行|分局|分署|分公司|办事处)$")


def is_local_zh(key: str) -> bool:
    """A Chinese mention names a local or branch unit: 市财政局, 江州市财政局, 人民银行南昌中心支行.

    Only consulted after exact lookup failed, so 市场监管总局 (starts with 市) still resolves;
    the words 市场 (market) and 城乡 (urban-rural) do not count as place markers.
    """
    if key[0] in _LOCAL_ZH_START and not key.startswith("市场"):
        return True
    return _LOCAL_ZH_RE.search(key.replace("市场", "").replace("城乡", "")) is not None


def is_local_en(key: str) -> bool:
    """An English mention names a local or branch unit ("Municipal Finance Bureau")."""
    return _LOCAL_EN_RE.search(key) is not None
