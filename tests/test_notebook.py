"""examples/quickstart.ipynb runs top to bottom, so the walkthrough cannot rot.

Executed with nbclient in a fresh kernel (the ``python3`` kernel of the test environment),
from the ``examples`` directory as a user would open it.  Besides "no cell fails", a few
printed answers are checked against the seed's gold file.
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
