"""Plots for analysts (divplan.analysis.plots, ``plan.plot``): what each figure draws.

The figures are read back from matplotlib's artists — bar widths, line segments, image cells,
cell texts — and compared with counts made here from the gold files, never from the code under
test.  Figures are made without pyplot, so no window can open; the tests also pin matplotlib to
the Agg backend and check that pyplot is never imported.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest

import divplan
from divplan.analysis import plots

from conftest import ROOT, SEED, plan
from conftest import gold_ids as gold  # analyses key added bodies by id
from report_pages import gold_counts

mpl = pytest.importorskip("matplotlib")
mpl.use("Agg")
from matplotlib.figure import Figure  # noqa: E402 - after the backend is pinned

SEED_NAME = "sme-division-plan-2012"


def undirected_pairs(name: str) -> Counter[tuple[str, str]]:
    out: Counter[tuple[str, str]] = Counter()
    for it in gold(name)["items"]:
        out.update(combinations(sorted(set(it["leads"]) | set(it["participants"])), 2))
    return out


def test_workload_bars_match_gold() -> None:
    fig = plans_seed().plot.workload(top=None)
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    led, joined = ax.containers
    names = [t.get_text() for t in ax.get_yticklabels()]
    want = gold_counts(SEED_NAME)
    assert sorted(names) == sorted(want)
    got = {
        k: (int(a.get_width()), int(b.get_width()))
        for k, a, b in zip(names, led.patches, joined.patches, strict=True)
    }
    assert got == want and got["MIIT"] == (31, 6)
    assert names[0] == "MIIT"  # the busiest first
    top = plans_seed().plot.workload(top=5).axes[0]
    assert len(top.get_yticklabels()) == 5


def test_workload_names_in_the_plan_language() -> None:
    fig = plots.workload(plan("zh-sc-2019"), labels="name", top=3)
    names = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert names[0] == "商务部"  # MOFCOM leads the most items of the 2019 plan


def test_network_edges_and_nodes_match_gold() -> None:
    fig = plots.network(plans_seed())
    ax = fig.axes[0]
    (lines,) = ax.collections[:1]
    segments = lines.get_segments()
    want = undirected_pairs(SEED_NAME)
    assert len(segments) == len(want)
    nodes = sum(len(c.get_offsets()) for c in ax.collections[1:])
    assert nodes == len(gold_counts(SEED_NAME))
    labels = {t.get_text() for t in ax.texts}
    assert labels == set(gold_counts(SEED_NAME))
    widths = sorted(lines.get_linewidths())
    assert widths[-1] > widths[0]  # the closest pair is drawn thickest
    heavy = plots.network(plans_seed(), min_weight=5).axes[0].collections[0]
    assert len(heavy.get_segments()) == sum(1 for w in want.values() if w >= 5)


def test_matrix_cells_match_gold() -> None:
    fig = plans_seed().plot.matrix()
    ax = fig.axes[0]
    grid = ax.images[0].get_array()
    names = [t.get_text() for t in ax.get_yticklabels()]
    items = gold(SEED_NAME)["items"]
    assert grid.shape == (len(gold_counts(SEED_NAME)), len(items))
    for i, key in enumerate(names):
        row = list(grid[i])
        assert (row.count(2), row.count(1)) == gold_counts(SEED_NAME)[key], key
    miit = list(grid[names.index("MIIT")])
    assert [p for p, v in enumerate(miit, 1) if v == 2] == [
        p for p, it in enumerate(items, 1) if "MIIT" in it["leads"]
    ]


def test_comparison_of_many_plans() -> None:
    seed, zh = plans_seed(), plan("zh-sc-2019")
    fig = seed.plot.comparison(zh, top=40)
    ax = fig.axes[0]
    rows = [t.get_text() for t in ax.get_yticklabels()]
    cols = [t.get_text() for t in ax.get_xticklabels()]
    assert cols == ["sme-division-plan-2012.en", "zh-sc-2019"]
    cells = {
        (round(t.get_position()[1]), round(t.get_position()[0])): t.get_text() for t in ax.texts
    }
    assert cells[(rows.index("MIIT"), 0)] == "31/6"
    # the 2012 CBRC is mapped to its successor: one row, counted in both plans
    assert "CBRC" not in rows and "CBIRC" in rows
    # counted per item from the gold, the lead role winning: items CBRC or CIRC leads, items
    # either only takes part in
    merged = [
        ({"CBRC", "CIRC"} & set(it["leads"]), {"CBRC", "CIRC"} & set(it["participants"]))
        for it in gold(SEED_NAME)["items"]
    ]
    led = sum(1 for lead, _ in merged if lead)
    joined = sum(1 for lead, part in merged if part and not lead)
    assert cells[(rows.index("CBIRC"), 0)] == f"{led}/{joined}"
    assert (rows.index("CBIRC"), 1) in cells
    plain = plots.comparison([seed, zh], successors=False, top=40).axes[0]
    assert "CBRC" in [t.get_text() for t in plain.get_yticklabels()]
    # the colour is the share of the plan's items: MIIT named on 37 of the seed's 75
    grid = ax.images[0].get_array()
    assert grid[rows.index("MIIT"), 0] == pytest.approx(100 * 37 / 75)


def test_comparison_reads_a_batch_file(tmp_path: Path) -> None:
    batch = tmp_path / "plans.jsonl"
    batch.write_text(
        "\n".join(p.model_dump_json() for p in (plans_seed(), plan("zh-sc-2019"))) + "\n",
        encoding="utf-8",
    )
    ax = plots.comparison(batch).axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        "sme-division-plan-2012.en",
        "zh-sc-2019",
    ]


def test_draw_into_given_axes_and_save(tmp_path: Path) -> None:
    fig = Figure(figsize=(10, 4))
    left, right = fig.subplots(1, 2)
    assert plots.workload(plans_seed(), ax=left) is fig
    assert plots.matrix(plans_seed(), ax=right) is fig
    out = tmp_path / "both.png"
    fig.savefig(out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_no_window_no_pyplot_and_lazy_import(tmp_path: Path) -> None:
    code = (
        "import sys, divplan\n"
        "import divplan.analysis.plots\n"
        "assert 'matplotlib' not in sys.modules\n"
        "p = divplan.parse_file(sys.argv[1])\n"
        "for f in (p.plot.workload(), p.plot.network(), p.plot.matrix(), p.plot.comparison(p)):\n"
        "    f.savefig(sys.argv[2], format='png')\n"
        "print(sorted(m for m in sys.modules if m.startswith('matplotlib.pyplot')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(SEED), "/dev/null"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "MPLBACKEND": "TkAgg", "DISPLAY": ""},
    )
    assert out.stdout.strip() == "[]"  # even with a GUI backend configured, nothing opened


def test_missing_extra_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib → ImportError
    for draw in (plots.workload, plots.network, plots.matrix, plots.comparison):
        with pytest.raises(ImportError) as info:
            draw(plans_seed())
        message = str(info.value)
        assert message == "this needs matplotlib: pip install 'divplan[plots]'", draw
        assert "\n" not in message and info.value.__cause__ is None


def test_plot_accessor() -> None:
    seed = plans_seed()
    assert "workload()" in repr(seed.plot)
    assert divplan.Plan.model_fields.keys() == type(seed).model_fields.keys()
    assert "plot" not in seed.model_dump()  # a property, not a field of the JSON


def plans_seed() -> divplan.Plan:
    return plan(SEED_NAME)  # type: ignore[no-any-return]
