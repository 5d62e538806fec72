"""Label agreement: one field label of words the lexicon lacks is read alike across a plan.

Why a pass of its own: a label the lexicon does not know ("Agency of record:", 主抓单位：) is
read by its words, else by the fields beside it (:mod:`divplan.parsing.label_context`) — the
lead's when a helpers' field follows it, the responsible units' when it stands alone.  A plan
writes the same label on every item, with a helpers' field or without one; where it stands
beside one, the plan itself says it is the lead's label, and a lead label makes the mode
``lead`` even when the helpers' field is empty (conventions.md).  So once every item is read,
the items where the label stood alone and was read as the responsible units' are read as
led, and the reading says it was guessed (DP208).  Nothing is decided for a label no item
shows beside a helpers' field.
"""

from __future__ import annotations

from divplan.records import Responsibility

#: an item's responsibility, its guessed labels (key, kind), its clause's span, its number
Guessed = tuple[Responsibility, tuple[tuple[str, str], ...], tuple[int, int], int]


def agree_labels(guessed: list[Guessed]) -> list[tuple[tuple[int, int], str]]:
    """Read alone labels as the lead's where the plan shows them as the lead's elsewhere (the
    responsibilities are changed in place); the notes to report, with their spans."""
    leads = {
        key
        for resp, labels, _, _ in guessed
        for key, kind in labels
        if kind == "label_lead"
        or (
            kind == "label_resp"
            and resp.mode == "lead"
            and (any(other == "label_part" for _, other in labels) or _helpers_field(resp))
        )
    }  # (a label read as the responsible units' beside a helpers' field of words no list holds:
    # 责任单位：挑头方：A  助力方：B — its one body led; not a column's list whose mark said who;
    # or beside a helpers' field the lexicon knows: "Mandate holder: A  Junior partners: B")
    notes: list[tuple[tuple[int, int], str]] = []
    for resp, labels, span, number in guessed:
        if _helpers_as_lead(resp, labels, leads):
            notes.append(
                (
                    span,
                    f"item {number}: the label 「{labels[0][0]}」 is the first of two helpers' "
                    "fields elsewhere in the plan: read as the lead's here too",
                )
            )
            continue
        alone = [key for key, kind in labels if kind == "label_resp"]
        if not alone or resp.mode not in ("sole", "joint") or resp.participants:
            continue
        if not all(key in leads for key in alone):
            continue
        resp.mode, resp.reading = "lead", "inferred"
        notes.append(
            (
                span,
                f"item {number}: the label 「{alone[0]}」 stands alone here and beside a "
                "helpers' field elsewhere in the plan: read as the lead's there and here",
            )
        )
    return notes


def _helpers_as_lead(
    resp: Responsibility, labels: tuple[tuple[str, str], ...], leads: set[str]
) -> bool:
    """Read an item whose only label is a helpers' one the plan shows as the lead's elsewhere
    (:mod:`divplan.parsing.helper_fields`) as led by its bodies (in place); whether it was."""
    if not labels or any(kind != "label_part" for _, kind in labels):
        return False
    if resp.leads or not resp.participants or labels[0][0] not in leads:
        return False
    if len({key for key, _ in labels}) > 1:
        return False  # (two labels of its own: read by the clause itself)
    resp.leads, resp.participants = resp.participants, []
    resp.mode, resp.reading = "lead", "inferred"
    return True


def _helpers_field(resp: Responsibility) -> bool:
    """Whether an item read as led names its helpers in a field of their own, under a label
    the lexicon knows (label_part: "Junior partners:", 配合单位：)."""
    from divplan.parsing.clause_text import simplify  # (the parser's, read when needed)
    from divplan.parsing.cues import scan

    raw = resp.raw or ""
    return bool(resp.participants) and any(c.kind == "label_part" for c in scan(simplify(raw)))


__all__ = ["Guessed", "agree_labels"]
