"""`divplan validate`: exit codes, diagnostics at the right line, every output format."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import sarif_pydantic

from divplan.check.diagnostics import CODES
from divplan.cli.app import main

from conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def _write(tmp_path: Path, text: str, name: str = "plan.txt") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def _validate(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["validate", *args])
    cap = capsys.readouterr()
    return code, cap.out, cap.err


def test_seed_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _validate(capsys, str(SEED))
    assert code == 0
    assert out == ""


def test_item_removed_is_a_gap(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = re.sub(r"\n30\. [^\n]*\n", "\n", SEED_TEXT)
    assert "\n30. " not in text
    code, out, _ = _validate(capsys, str(_write(tmp_path, text)))
    assert code == 1
    line = _line_of(text, "\n31. ") + 1
    assert f":{line}:1: error DP101: item numbering gap: expected 30, found 31" in out


def test_item_renumbered_is_a_duplicate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = SEED_TEXT.replace("\n12. Actively develop", "\n11. Actively develop")
    code, out, _ = _validate(capsys, str(_write(tmp_path, text)))
    assert code == 1
    line = _line_of(text, "\n11. Actively develop") + 1
    assert f":{line}:1: error DP102: item number 11 duplicated" in out


def test_clause_removed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clause = " (People's Bank, Banking Regulatory Commission is responsible)"
    assert clause in SEED_TEXT
    text = SEED_TEXT.replace(clause, "")
    code, out, _ = _validate(capsys, str(_write(tmp_path, text)))
    assert code == 1
    line = _line_of(text, "\n13. ") + 1
    assert f":{line}:1: error DP201: item 13 has no responsibility clause" in out


def test_unknown_department(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = SEED_TEXT.replace("(Responsible by the CSRC)", "(Responsible by the Ministry of Magic Affairs)")
    code, out, _ = _validate(capsys, str(_write(tmp_path, text)))
    assert code == 1
    line = _line_of(text, "Ministry of Magic Affairs")
    errors = [ln for ln in out.splitlines() if "DP202" in ln]
    assert len(errors) == 1
    assert f":{line}:" in errors[0] and "Ministry of Magic Affairs" in errors[0]


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"\x00\x01\x02\x03PK\x00", "binary"), (None, "no such file")],
)
def test_unreadable_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, reason: str
) -> None:
    p = tmp_path / "in.txt"
    if content is not None:
        p.write_bytes(content)
    code, _out, err = _validate(capsys, str(p))
    assert code == 2
    assert err.count("\n") == 1 and str(p) in err and reason in err
    assert "Traceback" not in err


def test_strict_turns_warnings_into_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a plan without notice: DP402/DP403 warnings only
    text = "一、任务\n1.完善制度。（财政部负责）\n2.加强监管。（商务部牵头，财政部参加）\n"
    p = _write(tmp_path, text)
    code, out, _ = _validate(capsys, str(p))
    assert code == 0 and "warning DP402" in out
    code, out, _ = _validate(capsys, "--strict", str(p))
    assert code == 1 and "error DP402" in out


def _mutated(tmp_path: Path) -> Path:
    text = SEED_TEXT.replace("(Responsible by the CSRC)", "(Responsible by the Ministry of Magic Affairs)")
    return _write(tmp_path, text, "mutated.txt")


def test_json_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = _mutated(tmp_path)
    code, out, _ = _validate(capsys, "--format", "json", str(p))
    rows = json.loads(out)
    assert code == 1
    assert {r["path"] for r in rows} == {str(p)}
    assert any(r["code"] == "DP202" and r["severity"] == "error" for r in rows)
    assert all({"line", "column", "span", "message"} <= r.keys() for r in rows)


def test_github_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = _mutated(tmp_path)
    _, out, _ = _validate(capsys, "--format", "github", str(p))
    line = next(ln for ln in out.splitlines() if "DP202" in ln)
    assert re.match(r"^::error file=[^,]+,line=\d+,col=\d+,title=DP202::unknown department", line)


def test_sarif_format_is_valid_sarif(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = _mutated(tmp_path)
    _, out, _ = _validate(capsys, "--format", "sarif", str(p))
    doc = json.loads(out)
    log = sarif_pydantic.Sarif.model_validate(doc)
    assert doc["version"] == "2.1.0"
    results = log.runs[0].results or []
    assert any(r.rule_id == "DP202" for r in results)
    rule_ids = [r["id"] for r in doc["runs"][0]["tool"]["driver"]["rules"]]
    assert rule_ids == list(CODES)
    for r in doc["runs"][0]["results"]:
        assert rule_ids[r["ruleIndex"]] == r["ruleId"]
        region = r["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1


def test_every_code_is_documented_in_readme() -> None:
    readme = (SEED.parent.parent.parent / "README.md").read_text(encoding="utf-8")
    for code, (severity, _) in CODES.items():
        assert re.search(rf"\| {code} \| {severity} \|", readme), code


def test_pre_commit_hook_is_declared() -> None:
    hooks = (SEED.parent.parent.parent / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "id: divplan-validate" in hooks and "entry: divplan validate" in hooks
