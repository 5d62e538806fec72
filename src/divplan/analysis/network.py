"""The collaboration network of a plan as a networkx graph.

Why it exists: "who works with whom" is a graph question — centrality, communities, the
departments a ministry is always paired with — and analysts ask it in networkx.  The pair counts
come from :func:`divplan.analysis.counting.pairs`; this module only builds the graph, importing
networkx (the optional ``analysis`` extra) when called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from divplan.analysis.counting import loads, pairs
from divplan.analysis.extras import require_networkx
from divplan.models import Plan

if TYPE_CHECKING:
    import networkx as nx  # type: ignore[import-untyped]

__all__ = ["network"]


def network(plan: Plan, *, directed: bool = False) -> nx.Graph:
    """Departments as nodes; an edge per pair assigned to the same item, weighted by count.

    ``directed=True`` gives a ``DiGraph`` with an edge lead → participant for each item where
    one leads and the other takes part (co-leads have no direction and are left out).  Every
    department of the plan is a node (isolated ones too), with attributes ``id``, ``name``,
    ``name_zh``, ``mention``, ``led``, ``joined``, ``total``.
    """
    nx_ = require_networkx()
    g = nx_.DiGraph() if directed else nx_.Graph()
    for ld in loads(plan):
        d = ld.department
        g.add_node(
            ld.key,
            id=d.id,
            name=d.name,
            name_zh=d.name_zh,
            mention=d.mention,
            led=len(ld.led),
            joined=len(ld.joined),
            total=ld.total,
        )
    for (a, b), weight in sorted(pairs(plan, directed=directed).items()):
        g.add_edge(a, b, weight=weight)
    return g
