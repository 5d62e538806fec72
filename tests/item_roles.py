"""One item's reading as a tuple the layout tests compare: (mode, leads, participants, others),
each department as mentioned in the text."""

from __future__ import annotations

import divplan


def item_roles(item: divplan.Item) -> tuple[str | None, list[str], list[str], bool]:
    r = item.responsibility
    return r.mode, [d.mention for d in r.leads], [d.mention for d in r.participants], r.others


def sorted_roles(item: divplan.Item) -> tuple[str | None, list[str], list[str]]:
    """An item's mode and its leads' and participants' ids (mentions where unknown), sorted."""
    r = item.responsibility
    return r.mode, sorted(d.id or d.mention for d in r.leads), sorted(
        d.id or d.mention for d in r.participants
    )


__all__ = ["item_roles", "sorted_roles"]
