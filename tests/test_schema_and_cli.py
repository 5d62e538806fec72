"""The published schema is the generated one; the CLI's exit codes and streams."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from divplan.cli.app import main
from divplan.schema import schema, schema_json

from conftest import ROOT, SEED


def test_committed_schema_is_generated_schema() -> None:
    committed = (ROOT / "schema" / "divplan.schema.json").read_text(encoding="utf-8")
    assert committed == schema_json() + "\n", "run: divplan schema > schema/divplan.schema.json"


def test_output_validates_against_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED)]) == 0
    doc = json.loads(capsys.readouterr().out)
    jsonschema.validate(doc, schema())
    assert doc["schema_version"] == "1"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("divplan ")


def test_parse_missing_file_is_one_line_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "no/such/file.txt"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no/such/file.txt" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"\x00\x01\x02binary\x00", "binary"), (b"   \n\n", "empty")],
)
def test_validate_unreadable_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, reason: str
) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    assert main(["validate", str(f)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and reason in err and str(f) in err


def test_parse_out_dir(tmp_path: Path) -> None:
    assert main(["parse", str(SEED), "--out-dir", str(tmp_path)]) == 0
    out = tmp_path / (SEED.stem + ".json")
    assert json.loads(out.read_text(encoding="utf-8"))["source"]["length"] > 30000


def test_validate_seed_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(SEED)]) == 0
    assert "error" not in capsys.readouterr().out


def test_usage_error_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 2


def test_public_api_is_re_exported() -> None:
    import divplan

    assert divplan.names.registry.resolve("People's Bank", on="2012-08-02").id == "PBC"
    assert divplan.names.registry.successors("SAIC", on="2024-01-01") == ("SAMR",)
    assert divplan.names.registry.get("MIIT").name_en == "Ministry of Industry and Information Technology"
    assert "MOF" in [d.id for d in divplan.names.registry.search("finance")]
    plan = divplan.parse("一、甲\n1.任务。（财政部负责）\n")
    assert isinstance(plan, divplan.Plan)
    assert set(divplan.__all__) >= {"parse", "parse_file", "Plan", "Registry", "compare", "read_json"}
    for name in divplan.__all__:
        assert getattr(divplan, name) is not None
