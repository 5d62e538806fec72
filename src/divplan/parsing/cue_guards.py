"""Guards of the English cue words: where a role word is a word of a name or of a sentence.

Why apart from :mod:`divplan.parsing.cues`: the scanner matches the lexicon's rows anywhere a
word starts; English writes role words inside names ("Department of Military Support and
Preferential Treatment", "Department of International Cooperation, Science and Technology") and
inside descriptions of sets ("local commerce competent departments").  These two say when a
match is such a word, so the scanner drops it.
"""

from __future__ import annotations

import re

from divplan.parsing.name_edges import ORG_EN

_TITLE_WORD_BEFORE = re.compile(r"[A-Z][a-z]+ $")
_FIELD_AND_BEFORE = re.compile(  # ("… of Outward Investment and Economic Cooperation")
    r"(?:of|for)\s+(?:[A-Z][a-z]+\s+)*([A-Z][a-z]+) and (?:[A-Z][a-z]+ )?$"
)
_NAME_GOES_ON = re.compile(r"\s+(?:(?:and|of|for|&)\s+)?[A-Z][a-z]")
_WORD_ROLES = frozenset({"lead_after", "part_after", "resp_after", "div_after"})
_WORD_BEFORE = re.compile(r"([a-z]+) $")
_QUALIFIERS = re.compile(r"(?:relevant|related|concerned|competent)\b", re.IGNORECASE)
# words after which "relevant departments" begins a list item: not part of a name
_FUNCTION_WORDS = frozenset({
    "and", "or", "of", "with", "the", "all", "by", "from", "to", "in", "for", "other", "its",
    "their", "as", "among", "including", "plus", "each", "every", "any", "various", "these",
    "those", "such", "both", "respective", "participate", "participates", "participating",
    "cooperate", "cooperates", "support",
})  # fmt: skip


def qualified_set(text: str, at: int, kind: str) -> bool:
    """"local commerce competent departments" (各地商务主管部门) names a set of departments:
    "competent departments" after a content word is part of that name, not unnamed others."""
    if kind != "others" or not _QUALIFIERS.match(text, at):
        return False
    m = _WORD_BEFORE.search(text, max(0, at - 30), at)
    if m is None or m.group(1) in _FUNCTION_WORDS:
        return False
    return not m.group(1).endswith(("ing", "ed"))  # "involving relevant departments": others


def inside_title_case(text: str, at: int, end: int, kind: str) -> bool:
    """A capitalised role word between capitalised words is part of a name written in title
    case ("Department of Military Support and Preferential Treatment", "Legal Support
    Centre"), not a cue; one that ends the list ("Commerce Bureau Leading, …") still is, unless
    the word before it is no body's and the name's list of fields goes on after it ("Department
    of International Cooperation, Science and Technology": a name's own noun after an
    adjective; but "Ministry of Commerce Support)" is a cue)."""
    if kind not in _WORD_ROLES or not text[at].isupper():
        return False
    field = _FIELD_AND_BEFORE.search(text, max(0, at - 40), at)  # "… Operation Monitoring and
    if field is not None and ORG_EN.search(field.group(1)) is None and " " not in text[at:end]:
        return True  # Coordination": a name's last field, after "and" and a field's word
    before = _TITLE_WORD_BEFORE.search(text, max(0, at - 30), at)
    if before is None:
        return False
    if _NAME_GOES_ON.match(text, end) is not None:
        return True
    return (
        " " not in text[at:end].strip()
        and ORG_EN.search(before.group(0)) is None
        and _FIELDS_GO_ON.match(text, end) is not None
    )


# ", Science and Technology": the name's list of fields goes on (not ", Ministry of …")
_FIELDS_GO_ON = re.compile(
    r",\s+(?!(?:Ministry|Department|Bureau|Office|Commission|Administration|Municipal|Provincial"
    r"|County|City|District|State|National|the)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+and\s+[A-Z]"
)


__all__ = ["inside_title_case", "qualified_set"]
