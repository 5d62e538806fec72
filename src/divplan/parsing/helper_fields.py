"""Two helpers' fields and no lead's: the first is the lead's.

Why: a field label the lexicon reads as the helpers' (``label_part``: "Coordinating ministry:",
协调单位：) is the lead's in some plans — a machine translation of 牵头部门 writes "coordinating"
as readily as one of 配合部门 does.  The plan's own fields tell them apart: an item that names
its bodies under two different helpers' labels and under no lead's or responsible units' label
("Coordinating ministry: A / Ministries to advise: B") would have no lead at all, and a plan
lists its helpers apart only to tell them from a lead.  So the first of them is read as the
lead's label, and the reading says it was guessed (DP208); once read so, the label is the
lead's across the plan (:mod:`divplan.label_agreement`: "Coordinating ministry: C" alone).
"""

from __future__ import annotations

from dataclasses import replace

from divplan.parsing.cues import Cue, label_key

_WHO = frozenset({"label_lead", "label_resp", "label_part"})


def first_helpers_field_leads(cues: list[Cue]) -> list[Cue]:
    """``cues`` with the first of two helpers' labels of different words read as the lead's,
    when no other label says who leads (a guess, said by the cue's ``guess``)."""
    who = [c for c in cues if c.kind in _WHO]
    if len(who) < 2 or any(c.kind != "label_part" for c in who):
        return cues
    if len({label_key(c.text) for c in who}) < 2:
        return cues  # (one label twice: a list the fields split, no lead to tell)
    first = who[0]
    note = (
        f"the label 「{first.text.strip()}」 read as the lead's: the first of two helpers' "
        "fields, no lead field beside them"
    )
    return [replace(c, kind="label_lead", guess=note) if c is first else c for c in cues]


def helpers_labels(cues: list[Cue]) -> tuple[tuple[str, str], ...]:
    """The helpers' labels of a clause whose every label of who does the task is one: what
    :mod:`divplan.label_agreement` reads as the lead's where the plan shows it so elsewhere."""
    who = [c for c in cues if c.kind in _WHO]
    if not who or any(c.kind != "label_part" for c in who):
        return ()
    return tuple((label_key(c.text), "label_part") for c in who)


__all__ = ["first_helpers_field_leads", "helpers_labels"]
