"""Inherited roles: an item whose clause says "same as above" (同上, ditto) takes the roles of
the last item above that named anyone.

Why a module of its own: the clause reader sees one clause; only the model-building stage
(:mod:`divplan.assemble`) knows the items in order.  A plan writes 同上 in a field or a table
cell to repeat the units of the row above, and a text table's empty unit cell under a filled
one (a merged cell, as far as a text can tell) is rendered the same way
(:mod:`divplan.read.tables`).  Either is a guess the reader must say it made: the roles are read
``inferred`` and a DP208 names the item they came from.
"""

from __future__ import annotations

from divplan.names.resolve import dedupe
from divplan.records import Responsibility


def same_as_above(
    above: tuple[int, Responsibility] | None,
    number: int,
    roles: frozenset[str],
    own: Responsibility,
) -> tuple[Responsibility, str]:
    """``own`` (item ``number``'s clause, which said "same as above" for ``roles``: "all",
    "lead", "participant") with the roles of ``above`` (its number and responsibility) applied,
    and the DP208 message saying so.  All of them, or its leads / participants beside the
    item's own; with nothing above, ``own`` as it is."""
    if above is None:
        return own, f"item {number}: 「{own.raw}」 says 'same as above' after no clause"
    at, prev = above
    what = "roles" if "all" in roles else " and ".join(sorted(roles))
    note = (
        f"item {number}: clause read by inference: 「{own.raw}」 says 'same as above':"
        f" item {at}'s {what} applied"
    )
    if "all" in roles:
        return prev.replace(raw=own.raw, span=own.span, reading="inferred"), note
    leads = dedupe(own.leads + prev.leads) if "lead" in roles else own.leads
    parts = own.participants
    if "participant" in roles:
        parts = dedupe(own.participants + prev.participants)
    mode = own.mode if own.participants or own.others or own.mode == "lead" else prev.mode
    taken = own.replace(mode=mode or prev.mode, leads=leads, participants=parts)
    return taken.replace(reading="inferred"), note


__all__ = ["same_as_above"]
