"""The report's two charts laid out: the workload bars and the collaboration network.

Why it exists: the report draws its charts as inline SVG, without a chart library, so that it
works offline and the same plan always gives the same bytes.  This module does the geometry —
bar lengths, a deterministic circular layout, line widths, label anchors — in plain Python from
the counts of :mod:`divplan.analysis.counting`; the SVG markup is written by
``templates/workload.svg.j2`` and ``templates/network.svg.j2``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from divplan.analysis.counting import Load, label

__all__ = ["Bar", "Edge", "Network", "Node", "Workload", "network_chart", "workload_chart"]


def _tip(name: str, ld: Load) -> str:
    return f"{name} [{ld.key}]: leads {len(ld.led)}, takes part in {len(ld.joined)}"


# ------------------------------------------------------------------------------ workload
@dataclass(frozen=True)
class Bar:
    """One department's bar: items led, then items joined, and its label."""

    key: str
    led: int
    joined: int
    total: int
    y: int
    tip: str
    shown: str
    led_w: float
    joined_x: float
    joined_w: float
    count_x: float


@dataclass(frozen=True)
class Workload:
    """The bar chart: its size, the layout constants the bars share, and the bars."""

    width: int
    height: int
    bar_h: int
    label_w: int
    bars: list[Bar]


def workload_chart(rows: list[Load], language: str | None) -> Workload:
    """Horizontal stacked bars: items led, then items joined, busiest department first."""
    bar_h, gap, label_w, bar_w = 16, 4, 230, 260
    top = max((r.total for r in rows), default=0)
    scale = bar_w / top if top else 0.0
    bars = []
    for i, ld in enumerate(rows):
        led_w = len(ld.led) * scale
        joined_w = len(ld.joined) * scale
        name = label(ld.department, language)
        bars.append(
            Bar(
                key=ld.key,
                led=len(ld.led),
                joined=len(ld.joined),
                total=ld.total,
                y=i * (bar_h + gap),
                tip=_tip(name, ld),
                shown=name if len(name) <= 34 else name[:33] + "…",
                led_w=led_w,
                joined_x=label_w + led_w,
                joined_w=joined_w,
                count_x=label_w + led_w + joined_w + 4,
            )
        )
    return Workload(label_w + bar_w + 40, len(rows) * (bar_h + gap), bar_h, label_w, bars)


# ------------------------------------------------------------------------------ network
@dataclass(frozen=True)
class Edge:
    """A line between two departments named on ``weight`` items together."""

    a: str
    b: str
    weight: int
    x1: float
    y1: float
    x2: float
    y2: float
    stroke: float


@dataclass(frozen=True)
class Node:
    """A department on the circle: a dot sized by its items and a label outside it."""

    key: str
    kind: str  # "lead" when it leads at least as often as it takes part, else "participant"
    tip: str
    x: float
    y: float
    r: float
    label_x: float
    label_y: float
    anchor: str
    label: str


@dataclass(frozen=True)
class Network:
    """The network drawing: its (square) size, the edges, the nodes."""

    size: float
    edges: list[Edge]
    nodes: list[Node]


def _node_label(ld: Load) -> str:
    if ld.department.id:
        return ld.department.id
    m = ld.department.mention
    return "?" + (m if len(m) <= 10 else m[:9] + "…")


def network_chart(
    rows: list[Load], edges: dict[tuple[str, str], int], language: str | None
) -> Network:
    """Departments on a circle, busiest at the top going clockwise; edges weighted by count.

    A circular layout is deterministic and keeps every label readable; a force layout would
    move between renderings and needs iteration in the browser.
    """
    n = len(rows)
    radius = max(110.0, n * 7.0)
    margin = 80.0
    size = 2 * (radius + margin)
    c = size / 2
    pos: dict[str, tuple[float, float, float]] = {}
    for i, ld in enumerate(rows):
        angle = -math.pi / 2 + 2 * math.pi * i / n if n > 1 else -math.pi / 2
        r = radius if n > 1 else 0.0
        pos[ld.key] = (c + r * math.cos(angle), c + r * math.sin(angle), angle)
    top = max(edges.values(), default=1)
    lines = []
    for (a, b), w in sorted(edges.items()):
        (x1, y1, _), (x2, y2, _) = pos[a], pos[b]
        lines.append(Edge(a, b, w, x1, y1, x2, y2, 0.6 + 4.4 * w / top))
    nodes = []
    for ld in rows:
        x, y, angle = pos[ld.key]
        size_r = 3.0 + 2.2 * math.sqrt(ld.total)
        anchor = (
            "start" if math.cos(angle) > 0.01 else "end" if math.cos(angle) < -0.01 else "middle"
        )
        nodes.append(
            Node(
                key=ld.key,
                kind="lead" if len(ld.led) >= len(ld.joined) else "participant",
                tip=_tip(label(ld.department, language), ld),
                x=x,
                y=y,
                r=size_r,
                label_x=x + (size_r + 4) * math.cos(angle),
                label_y=y + (size_r + 4) * math.sin(angle) + 4,
                anchor=anchor,
                label=_node_label(ld),
            )
        )
    return Network(size, lines, nodes)
