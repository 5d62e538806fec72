"""Plots for analysts: workload bars, the co-assignment network, the department × item matrix
and a comparison of many plans, as matplotlib figures.

Why it exists: the tables answer questions, but an analyst shows answers as figures — in a
notebook, a paper, a slide.  Each function takes a plan (or plans) and returns a
:class:`matplotlib.figure.Figure`; ``plan.plot.workload()`` etc. (:class:`PlanPlots`) are the
same functions reached from a plan.

How, and why so:

- Figures are made with :class:`~matplotlib.figure.Figure` directly, never through pyplot, so
  nothing selects a GUI backend, no window ever opens and no global figure list grows; a
  notebook shows a returned figure as a PNG (it has its own ``_repr_png_``), a script saves it
  with ``fig.savefig``.  Pass ``ax=`` to draw into an axes of your own figure instead.
- The counts come from the plain-Python core (:mod:`divplan.analysis.counting`) and the network
  layout from the report's (:func:`divplan.analysis.charts.network_chart`), so the plots agree
  with the tables and the HTML report, and need neither pandas nor networkx.
- Departments are labelled by id (``labels="name"`` for names in the plan's language); text is
  drawn with a CJK font as fallback when one is installed, so Chinese names are not boxes.
- matplotlib is the optional ``plots`` extra (``pip install 'divplan[plots]'``), imported only
  when a plot is drawn; without it each function raises a one-line ImportError saying so.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, cast

from divplan.analysis.charts import network_chart
from divplan.analysis.corpus_frames import PlanSource, named_plans
from divplan.analysis.counting import Load, label, loads, pairs, placed_items, plan_id
from divplan.analysis.extras import require_matplotlib
from divplan.models import Plan

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["PlanPlots", "comparison", "matrix", "network", "workload"]

#: Role colours, the same as the HTML report's.
LEAD_COLOUR = "#c2410c"
PARTICIPANT_COLOUR = "#1d4ed8"

Labels = Literal["id", "name"]

_CJK_FONTS = (
    "Noto Sans CJK SC",
    "Noto Sans CJK TC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "SimHei",
    "Heiti SC",
    "Noto Serif CJK SC",
)


@functools.cache
def font_family() -> tuple[str, ...]:
    """Fonts for every text of a plot: matplotlib's default, then an installed CJK font.

    matplotlib (≥ 3.6) falls back glyph by glyph along the list, so Latin text keeps its usual
    look and Chinese characters are drawn from the CJK font rather than as empty boxes.
    """
    from matplotlib import font_manager, rcParams

    installed = {f.name for f in font_manager.fontManager.ttflist}
    first = [f for f in rcParams["font.sans-serif"] if f in installed][:1] or ["DejaVu Sans"]
    return (*first, *[f for f in _CJK_FONTS if f in installed][:1])


@functools.cache
def _figure_class() -> type[Figure]:
    """:class:`~matplotlib.figure.Figure` that a notebook shows as a PNG by itself.

    A figure made without pyplot has no notebook display unless ``%matplotlib inline`` has
    registered one; this subclass carries its own ``_repr_png_``, so ``plan.plot.workload()``
    as the last line of a cell shows the plot either way (IPython prefers a registered
    printer when there is one, so it is never shown twice).
    """
    require_matplotlib()
    from matplotlib.figure import Figure

    class PlotFigure(Figure):
        def _repr_png_(self) -> bytes:
            import io

            buf = io.BytesIO()
            self.savefig(buf, format="png", dpi=100)
            return buf.getvalue()

    return PlotFigure


def _axes(ax: Axes | None, size: tuple[float, float]) -> tuple[Figure, Axes]:
    """A new figure of ``size`` inches with one axes, or ``ax`` and its figure."""
    require_matplotlib()  # every time: a one-line ImportError, also after a first success
    figure = _figure_class()
    if ax is not None:
        return cast("Figure", ax.figure), ax
    fig = figure(figsize=size, layout="constrained")
    return fig, fig.add_subplot()


def _name(ld: Load, language: str | None, labels: Labels, limit: int = 32) -> str:
    text = ld.key if labels == "id" else label(ld.department, language)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ------------------------------------------------------------------------------ one plan
def workload(
    plan: Plan, *, top: int | None = 20, labels: Labels = "id", ax: Axes | None = None
) -> Figure:
    """Horizontal bars per department, busiest at the top: items led, then items joined.

    ``top`` keeps the busiest departments (None: all).  The figure's axes are
    ``fig.axes[0]``; its two bar containers are the led and joined counts.
    """
    rows = loads(plan)[:top] if top else loads(plan)
    fig, ax = _axes(ax, (8.0, 1.2 + 0.28 * max(len(rows), 1)))
    family = list(font_family())
    y = list(range(len(rows)))
    led = [len(r.led) for r in rows]
    joined = [len(r.joined) for r in rows]
    ax.barh(y, led, color=LEAD_COLOUR, label="leads")
    bars = ax.barh(y, joined, left=led, color=PARTICIPANT_COLOUR, label="takes part")
    ax.bar_label(bars, labels=[str(r.total) for r in rows], padding=3, fontsize=8)
    ax.set_yticks(y, [_name(r, plan.language, labels) for r in rows], fontfamily=family)
    ax.invert_yaxis()
    ax.set_xlabel("items")
    ax.set_title(f"Workload: {plan_id(plan)}", fontfamily=family, loc="left")
    ax.legend(loc="lower right", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def network(
    plan: Plan, *, min_weight: int = 1, labels: Labels = "id", ax: Axes | None = None
) -> Figure:
    """The co-assignment network: departments on a circle, busiest at the top, a line for each
    pair named on the same items (thicker: more items); dot size by items, colour by what the
    department mostly does (leads or takes part).  Pairs on fewer than ``min_weight`` items
    are left out.  The same layout as the HTML report's network.
    """
    require_matplotlib()
    from matplotlib.collections import LineCollection

    rows = loads(plan)
    edges = {k: w for k, w in pairs(plan).items() if w >= min_weight}
    chart = network_chart(rows, edges, plan.language)
    fig, ax = _axes(ax, (8.0, 8.0))
    family = list(font_family())
    ax.add_collection(
        LineCollection(
            [((e.x1, e.y1), (e.x2, e.y2)) for e in chart.edges],
            linewidths=[e.stroke for e in chart.edges],
            colors="#8c959f",
            alpha=0.5,
            zorder=1,
        )
    )
    names = {r.key: _name(r, plan.language, labels, 18) for r in rows}
    for kind, colour in (("lead", LEAD_COLOUR), ("participant", PARTICIPANT_COLOUR)):
        nodes = [n for n in chart.nodes if n.kind == kind]
        ax.scatter(
            [n.x for n in nodes],
            [n.y for n in nodes],
            s=[(1.6 * n.r) ** 2 for n in nodes],
            color=colour,
            edgecolors="white",
            zorder=2,
            label="mostly leads" if kind == "lead" else "mostly takes part",
        )
    for n in chart.nodes:
        ha = {"start": "left", "end": "right"}.get(n.anchor, "center")
        ax.text(
            n.label_x, n.label_y, names[n.key], ha=ha, va="center", fontsize=8, fontfamily=family
        )
    ax.set_xlim(0, chart.size)
    ax.set_ylim(chart.size, 0)  # SVG coordinates: y grows downwards
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(f"Who works with whom: {plan_id(plan)}", fontfamily=family, loc="left")
    ax.legend(loc="lower left", frameon=False, fontsize=8)
    return fig


def matrix(
    plan: Plan, *, top: int | None = None, labels: Labels = "id", ax: Axes | None = None
) -> Figure:
    """Departments × items: a row per department (busiest first), a column per item in document
    order, coloured where the department leads or takes part.  The image's data
    (``fig.axes[0].images[0].get_array()``) is 2 for lead, 1 for participant, 0 for neither.
    """
    require_matplotlib()
    from matplotlib.colors import ListedColormap
    from matplotlib.patches import Patch

    items = placed_items(plan)
    rows = loads(plan)[:top] if top else loads(plan)
    grid = []
    for r in rows:
        role = dict.fromkeys(r.joined, 1) | dict.fromkeys(r.led, 2)
        grid.append([role.get(p.position, 0) for p in items])
    fig, ax = _axes(ax, (min(4.0 + 0.12 * len(items), 24.0), 1.2 + 0.24 * max(len(rows), 1)))
    family = list(font_family())
    cmap = ListedColormap(["#ffffff", PARTICIPANT_COLOUR, LEAD_COLOUR])
    ax.imshow(grid or [[0]], cmap=cmap, vmin=0, vmax=2, aspect="auto", interpolation="nearest")
    ax.set_yticks(
        range(len(rows)),
        [_name(r, plan.language, labels) for r in rows],
        fontfamily=family,
        fontsize=8,
    )
    step = max(1, math.ceil(len(items) / 40))
    ticks = list(range(0, len(items), step))
    ax.set_xticks(ticks, [str(items[i].position) for i in ticks], fontsize=7)
    ax.set_xlabel("item (document order)")
    ax.set_title(f"Departments × items: {plan_id(plan)}", fontfamily=family, loc="left")
    ax.legend(
        handles=[
            Patch(color=LEAD_COLOUR, label="leads"),
            Patch(color=PARTICIPANT_COLOUR, label="takes part"),
        ],
        loc="upper right",
        bbox_to_anchor=(1.0, 1.12),
        ncols=2,
        frameon=False,
        fontsize=8,
    )
    return fig


# ------------------------------------------------------------------------------ many plans
def _shares(
    plan: Plan, heirs: Callable[[str], tuple[str, ...]]
) -> dict[str, tuple[int, int, float]]:
    """Department key (mapped by ``heirs``) → (items led, items joined, share of the plan's items).

    Counted per item, the lead role winning, so two predecessors on one item that became the
    same department count that item once.
    """
    roles: dict[tuple[str, int], int] = {}  # (key, item position) → 0 leads / 1 takes part
    for ld in loads(plan):
        for role, positions in ((0, ld.led), (1, ld.joined)):
            for pos in positions:
                for h in heirs(ld.key):
                    roles[(h, pos)] = min(roles.get((h, pos), role), role)
    tally: dict[str, list[int]] = {}
    for (h, _), role in roles.items():
        tally.setdefault(h, [0, 0])[role] += 1
    n = len(placed_items(plan)) or 1
    return {h: (led, joined, (led + joined) / n) for h, (led, joined) in tally.items()}


def comparison(
    plans: PlanSource,
    *,
    top: int = 15,
    successors: bool = True,
    ax: Axes | None = None,
) -> Figure:
    """Many plans side by side: a heat map of each department's share of each plan's items.

    Rows are the ``top`` departments by summed share, columns the plans (in the order given;
    ids as :func:`divplan.frames` gives them); each cell is written ``led/joined``.  With
    ``successors`` (the default) departments are mapped to those existing at the latest plan's
    date (:meth:`~divplan.names.registry.Registry.successors`), so CBRC in 2012 and CBIRC in
    2019 are one row, as in :func:`divplan.compare`.
    """
    named = list(named_plans(plans))
    heirs = _heirs([p for _, p in named]) if successors else _itself
    shares = [_shares(p, heirs) for _, p in named]
    totals: dict[str, float] = {}
    for s in shares:
        for key, (_, _, share) in s.items():
            totals[key] = totals.get(key, 0.0) + share
    keys = sorted(totals, key=lambda k: (-totals[k], k))[:top]
    grid = [[s.get(k, (0, 0, 0.0))[2] * 100 for s in shares] for k in keys]
    fig, ax = _axes(ax, (2.5 + 1.3 * max(len(named), 1), 1.4 + 0.32 * max(len(keys), 1)))
    family = list(font_family())
    image = ax.imshow(grid or [[0.0]], cmap="Oranges", vmin=0, aspect="auto")
    darkest = max((max(row) for row in grid), default=0.0)
    for i, k in enumerate(keys):
        for j, s in enumerate(shares):
            led, joined, share = s.get(k, (0, 0, 0.0))
            if led or joined:
                dark = share * 100 > 0.6 * darkest
                ax.text(
                    j,
                    i,
                    f"{led}/{joined}",
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="white" if dark else "#1f2328",
                )
    ax.set_yticks(range(len(keys)), keys, fontfamily=family, fontsize=8)
    ax.set_xticks(
        range(len(named)),
        [pid for pid, _ in named],
        rotation=30,
        ha="right",
        fontfamily=family,
        fontsize=8,
    )
    fig.colorbar(image, ax=ax, label="% of the plan's items", shrink=0.8)
    ax.set_title("Share of items per department (led/joined)", loc="left")
    return fig


def _itself(key: str) -> tuple[str, ...]:
    return (key,)


def _heirs(plans: list[Plan]) -> Callable[[str], tuple[str, ...]]:
    """A function key → keys at the latest plan's date (itself when alive or unknown)."""
    from divplan.names.registry import Registry

    registry = Registry.default()
    dates = [p.metadata.date for p in plans if p.metadata.date]
    on = max(dates) if dates else None

    @functools.cache
    def heirs(key: str) -> tuple[str, ...]:
        if key.startswith("?") or key not in registry:
            return (key,)
        return registry.successors(key, on=on) or (key,)

    return heirs


# ------------------------------------------------------------------------------ accessor
class PlanPlots:
    """``plan.plot``: the plots of one plan, with the plan filled in.

    ``plan.plot.workload()``, ``.network()``, ``.matrix()`` take the keyword arguments of the
    functions of the same name; ``plan.plot.comparison(other, …)`` puts this plan first.
    """

    def __init__(self, plan: Plan) -> None:
        self._plan = plan

    def workload(self, **kwargs: Any) -> Figure:
        """:func:`workload` of this plan."""
        return workload(self._plan, **kwargs)

    def network(self, **kwargs: Any) -> Figure:
        """:func:`network` of this plan."""
        return network(self._plan, **kwargs)

    def matrix(self, **kwargs: Any) -> Figure:
        """:func:`matrix` of this plan."""
        return matrix(self._plan, **kwargs)

    def comparison(self, *others: Plan, **kwargs: Any) -> Figure:
        """:func:`comparison` of this plan and ``others``, this one first."""
        return comparison([self._plan, *others], **kwargs)

    def __repr__(self) -> str:
        return f"<plots of {plan_id(self._plan)}: workload(), network(), matrix(), comparison()>"
