"""The command's plan without Pydantic (issue 14): records written as the models write them.

``divplan parse`` builds plain records (:mod:`divplan.records`) and writes them with its own
writer (:mod:`divplan.records_json`), so that a one-plan run never imports Pydantic; library
calls still return the models, validated from the same records.  Here: the writer's output is
byte for byte ``model_dump_json`` on every document of the genre matrix, its JSON data is
``model_dump(mode="json")``, the awkward values (escapes, floats, empty containers, indent 0)
come out alike, and the command really leaves Pydantic unimported.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from divplan import models, records
from divplan.pipeline import parse_file, parse_record
from divplan.read import read_file
from divplan.records_json import as_dict, dump, dumps, to_model

from conftest import ROOT

GENRE = ROOT / "tests" / "data" / "genre"
DOCUMENTS = sorted(
    p
    for p in GENRE.glob("*/*")
    if p.suffix in (".txt", ".html", ".docx", ".xlsx", ".md", ".tsv") and p.name != "README.md"
)


def test_the_matrix_is_there() -> None:
    assert len(DOCUMENTS) >= 300


@pytest.mark.parametrize("part", sorted({p.parent.name for p in DOCUMENTS}))
def test_records_are_written_as_the_models_write_them(part: str) -> None:
    from divplan.pipeline import parse_bytes_record

    for path in (p for p in DOCUMENTS if p.parent.name == part):
        record = parse_bytes_record(path.read_bytes(), path=str(path))
        model = to_model(record)
        for indent in (2, None):
            assert dumps(record, indent=indent) == model.model_dump_json(indent=indent), path
        assert as_dict(record) == model.model_dump(mode="json"), path


def test_the_library_still_returns_the_models() -> None:
    path = ROOT / "data" / "raw" / "sme-division-plan-2012.en.txt"
    plan = parse_file(path)
    assert isinstance(plan, models.Plan)
    assert all(isinstance(d, models.Diagnostic) for d in plan.diagnostics)
    assert isinstance(plan.items()[0].responsibility.leads[0], models.Department)
    record = parse_record(read_file(path).text, path=str(path))
    assert plan.items()[0].text == record.items()[0].text
    assert models.Plan.model_validate_json(plan.model_dump_json()) == plan


def _awkward() -> records.Plan:
    """A plan whose values are everything the writer must get right."""
    dept = records.Department(
        id=None,
        name=None,
        name_zh=None,
        mention='a"b\\c\n\t\r\b\f\x00\x1f\x7f\u2028é中😀',
        span=(1, 2),
        status="fuzzy",
        score=87.5,
        runner_up_score=0.1 + 0.2,
        candidates=["X", "Y"],
        in_period=False,
    )
    item = records.Item(
        number=1,
        numbered=True,
        text="",
        text_span=(0, 0),
        span=(0, 3),
        responsibility=records.Responsibility(mode="lead", leads=[dept]),
    )
    return records.Plan(
        source=records.Source(encoding="utf-8", length=3, sha256="0" * 64, size=0),
        metadata=records.Metadata(spans={"title": (0, 1), "date": (2, 3)}),
        sections=[records.Section(number=1, marker=None, title=None, span=(0, 0), items=[item])],
    )


@pytest.mark.parametrize("indent", [None, 0, 1, 2, 4])
def test_awkward_values_are_written_alike(indent: int | None) -> None:
    plan = _awkward()
    assert dumps(plan, indent=indent) == to_model(plan).model_dump_json(indent=indent)


@pytest.mark.parametrize("indent", [None, 2])
def test_a_large_plan_is_written_alike_in_pieces(indent: int | None) -> None:
    # far more pieces than are gathered before they are joined (records_json._SPILL)
    plan = _awkward()
    item = plan.sections[0].items[0]
    plan.sections[0].items = [item.replace(number=n) for n in range(1, 3001)]
    expected = to_model(plan).model_dump_json(indent=indent)
    assert dumps(plan, indent=indent) == expected
    buffer = io.BytesIO()
    dump(plan, buffer, indent=indent)
    assert buffer.getvalue() == expected.encode("utf-8")


@pytest.mark.parametrize("score", [100.0, 0.0, -0.0, 1e-4, 1e-5, 1e15, 1e16, 5e-324, 1 / 3])
def test_floats_are_written_alike(score: float) -> None:
    plan = _awkward()
    plan.sections[0].items[0].responsibility.leads[0].score = score
    assert dumps(plan) == to_model(plan).model_dump_json()


def test_records_copy_and_compare_by_field() -> None:
    dept = _awkward().items()[0].responsibility.leads[0]
    moved = dept.replace(span=(5, 6))
    assert moved.span == (5, 6) and dept.span == (1, 2) and moved.candidates is dept.candidates
    assert moved != dept and moved.replace(span=(1, 2)) == dept


def test_model_and_record_fields_agree() -> None:
    for name in records.__all__:
        kind = getattr(records, name)
        if isinstance(kind, type) and issubclass(kind, records.Record) and kind is not records.Record:
            model = getattr(models, name)
            assert tuple(model.model_fields) == kind.__slots__, name


# main() with no arguments, as the installed command calls it: the on-disk caches are used too
_PROBE = """
import sys
from divplan.cli.app import main
sys.argv[0] = "divplan"
code = main()
sys.stdout.flush()
print("PYDANTIC" if "pydantic" in sys.modules else "NO PYDANTIC", file=sys.stderr)
sys.exit(code)
"""


@pytest.mark.parametrize(
    "args",
    [
        ["data/raw/sme-division-plan-2012.en.txt"],
        ["data/raw/sme-division-plan-2012.en.txt", "--format", "jsonl"],
        ["data/raw", "--out-dir", "{out}"],
        ["data/raw", "--out-dir", "{out}", "--jobs", "2"],
    ],
    ids=["one", "jsonl", "out-dir", "jobs2"],
)
def test_the_parse_command_never_imports_pydantic(args: list[str], tmp_path: Path) -> None:
    argv = ["parse", *(a.replace("{out}", str(tmp_path / "out")) for a in args)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "DIVPLAN_CACHE_DIR": str(tmp_path)}
    env.pop("DIVPLAN_NO_CACHE", None)
    for _run in ("caches written", "caches read"):
        done = subprocess.run(
            [sys.executable, "-c", _PROBE, *argv],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        assert done.stderr.splitlines()[-1] == "NO PYDANTIC", _run
    if "--out-dir" not in args:
        first = done.stdout.splitlines()[0] if "jsonl" in args else done.stdout
        assert json.loads(first)["schema_version"] == "1"
