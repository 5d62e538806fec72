"""examples/quickstart.ipynb runs top to bottom, so the walkthrough cannot rot.

Executed with nbclient in a fresh kernel (the ``python3`` kernel of the test environment),
from the ``examples`` directory as a user would open it.  Besides "no cell fails", a few
printed answers are checked against the gold files, the plots are checked to be shown as
images, and the tables of many plans (plans, diagnostics) and the comparison's display to be
there with the right values.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import GOLD, ROOT

NOTEBOOK = ROOT / "examples" / "quickstart.ipynb"

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("pandas")
pytest.importorskip("networkx")
pytest.importorskip("matplotlib")


def _text(outputs: list[dict[str, object]]) -> str:
    parts = []
    for o in outputs:
        if o.get("output_type") == "stream":
            parts.append(str(o.get("text", "")))
        data = o.get("data")
        if isinstance(data, dict):
            parts.append(str(data.get("text/plain", "")))
    return "".join(parts)


def test_notebook_is_committed_without_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(not c.outputs and c.execution_count is None for c in code)


def test_quickstart_notebook_executes(tmp_path: Path) -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        timeout=60,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()  # raises CellExecutionError, naming the cell, if any cell fails
    outputs = "\n".join(_text(c.outputs) for c in nb.cells if c.cell_type == "code")

    gold = json.loads((GOLD / "sme-division-plan-2012.gold.json").read_text(encoding="utf-8"))
    led = sum(1 for it in gold["items"] if "MIIT" in it["leads"])
    joined = sum(1 for it in gold["items"] if "MIIT" in it["participants"])
    assert (
        f"MIIT Ministry of Industry and Information Technology - leads {led} and joins {joined}"
        in (outputs)
    )
    departments = {k for it in gold["items"] for k in it["leads"] + it["participants"]}
    assert f"{len(departments)} departments," in outputs
    assert "'CBRC': ('CBIRC',)" in outputs
    html = [
        c.outputs[0]["data"]["text/html"]
        for c in nb.cells
        if c.cell_type == "code" and c.outputs and "text/html" in c.outputs[0].get("data", {})
    ]
    assert html and html[0].count("<tr><td>") == 60  # the plan's compact table
    assert "report.html" in outputs

    # the plots: workload, network, matrix, comparison of plans — shown as images
    images = [
        o
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
        if "image/png" in o.get("data", {})
    ]
    assert len(images) == 4
    # the comparison shows itself as a table of what changed
    assert any("divplan-comparison" in h for h in html)
    # many plans: one row per plan in the plans table, with its document number
    golds = sorted(GOLD.glob("*.gold.json"))
    plans_table = next(h for h in html if "doc_number" in h and "issuer" in h)
    for g in golds:
        md = json.loads(g.read_text(encoding="utf-8"))["metadata"]
        assert md["doc_number_normalized"] in plans_table
    # the JSONL batch read back: every plan, in the order written, with its items
    docs = {json.loads(g.read_text(encoding="utf-8"))["document"]: g for g in golds}
    counts = [
        len(json.loads(docs[p.name].read_text(encoding="utf-8"))["items"])
        for p in sorted((ROOT / "data" / "raw").glob("*.txt"))
    ]
    assert f"{counts}\nTrue\n" in outputs
    diagnostics_table = next(h for h in html if "DP20" in h and "severity" in h)
    assert "DP201" in diagnostics_table  # en-web-2013's item without a clause
