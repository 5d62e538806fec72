"""Issue 13, "Conventions": stdin, ``python -m divplan``, ``-V``, one exit-code contract, an
output format that never depends on how many files matched, usage errors, CSV for Excel."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from divplan.cli.app import main

from conftest import RAW, ROOT, SEED

ZH = RAW / "zh-sc-2019.txt"
EN = RAW / "en-mt-2015.txt"
FILE_COMMANDS = ["parse", "validate", "unresolved", "text", "report", "table", "compare"]


def run(
    argv: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    stdin: bytes = b"",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(argv)
    cap = capsys.readouterr()
    return code, cap.out, cap.err


def _objects(text: str) -> list[dict[str, object]]:
    """The JSON values written one after the other (what ``jq`` reads)."""
    decoder, pos, found = json.JSONDecoder(), 0, []
    while text[pos:].strip():
        value, end = decoder.raw_decode(text, pos + len(text[pos:]) - len(text[pos:].lstrip()))
        found.append(value)
        pos = end
    return found


# ------------------------------------------------------------------------------ stdin
@pytest.mark.parametrize("command", FILE_COMMANDS)
def test_dash_reads_standard_input_in_every_command(
    command: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pandas")
    argv = [command, "-", str(ZH)] if command == "compare" else [command, "-"]
    code, out, err = run(argv, capsys, monkeypatch, stdin=ZH.read_bytes())
    from_file = [command, str(ZH), str(ZH)] if command == "compare" else [command, str(ZH)]
    code_f, out_f, _ = run(from_file, capsys, monkeypatch)
    assert code == code_f and "Traceback" not in err
    if command == "parse":
        doc = json.loads(out)
        assert doc["source"]["path"] is None and doc["sections"]
        assert {**doc, "source": None} == {**json.loads(out_f), "source": None}
    elif command == "validate":
        assert out == out_f.replace(str(ZH), "<stdin>")
    elif command == "report":
        assert "中央宣传部" in out
    elif command in ("unresolved", "compare"):  # the same rows; the source is named apart
        assert [line.split("\t")[:4] for line in out.splitlines()[1:]] == [
            line.split("\t")[:4] for line in out_f.splitlines()[1:]
        ]
    else:
        assert out == out_f


def test_saved_json_on_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, saved, _ = run(["parse", str(ZH)], capsys, monkeypatch)
    code, out, _ = run(
        ["compare", "-", str(ZH), "--format", "json"], capsys, monkeypatch, saved.encode()
    )
    assert code == 0 and json.loads(out)["summary"]["unchanged"] > 0


def test_empty_standard_input_is_exit_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for command in ("parse", "validate", "text"):
        code, out, err = run([command, "-"], capsys, monkeypatch)
        assert code == 2 and out == "" and err == "divplan: <stdin>: empty input\n"


def test_standard_input_cannot_be_named_under_out_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(["parse", "-", "--out-dir", str(tmp_path)], capsys, monkeypatch, b"x")
    assert code == 2 and "standard input (-)" in err


# ------------------------------------------------------------------------------ entry points
def test_python_dash_m_and_dash_capital_v() -> None:
    for argv in (["-m", "divplan", "--version"], ["-m", "divplan", "-V"]):
        done = subprocess.run([sys.executable, *argv], capture_output=True, text=True, check=False)
        assert done.returncode == 0 and done.stdout.startswith("divplan ") and done.stderr == ""
    done = subprocess.run(
        [sys.executable, "-m", "divplan", "parse", "-"],
        input=SEED.read_bytes(),
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0 and json.loads(done.stdout)["sections"]


def test_version_stays_light() -> None:
    code = "import sys; from divplan.cli.app import main; main(['-V']); print(sorted(m for m in ('pydantic', 'lark', 'divplan.models', 'divplan.corpus.batch', 'tomllib') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.stdout.strip().endswith("[]")


def test_the_entry_point_answers_version_without_building_the_parser() -> None:
    # the console script's entry point (divplan.cli:main) answers --version with the version
    # string alone: no argparse, no typing, none of the commands' modules
    code = "import sys; from divplan.cli import main; main(['--version']); print(sorted(m for m in ('argparse', 'typing', 'pathlib', 'divplan.cli.app') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.stdout.splitlines() == ["divplan 0.1.0", "[]"]


def test_version_among_other_arguments_still_goes_to_the_parser(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from divplan.cli import main

    assert main(["--version", "parse"]) == 0
    assert capsys.readouterr().out.startswith("divplan ")
    assert main(["--no-such-option"]) == 2


# ------------------------------------------------------------------------------ exit codes
@pytest.mark.parametrize("command", FILE_COMMANDS)
def test_a_missing_file_is_exit_2_in_every_command(
    command: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("pandas")
    missing = str(tmp_path / "nope.txt")
    argv = [command, str(ZH), missing] if command == "compare" else [command, missing]
    code, _, err = run(argv, capsys, monkeypatch)
    assert code == 2
    assert f"divplan: {missing}: no such file" in err and "Traceback" not in err


@pytest.mark.parametrize("command", ["parse", "validate", "unresolved", "table"])
def test_an_argument_naming_no_file_is_exit_2(
    command: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("pandas")
    empty = tmp_path / "empty"
    empty.mkdir()
    for arg, reason in (
        (str(empty), "no files in this folder"),
        (f"{tmp_path}/*.none", "no files match"),
    ):
        code, _, err = run([command, arg], capsys, monkeypatch)
        assert code == 2 and f"divplan: {arg}: {reason}" in err


def test_a_batch_with_an_unreadable_file_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(
        ["parse", str(ZH), str(tmp_path / "nope.txt"), "--format", "jsonl"], capsys, monkeypatch
    )
    assert code == 2 and len(out.splitlines()) == 1 and "no such file" in err


# ------------------------------------------------------------------------------ output format
def test_json_is_one_object_per_plan_whatever_the_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "a.txt").write_bytes(ZH.read_bytes())
    (tmp_path / "two" / "a.txt").write_bytes(ZH.read_bytes())
    (tmp_path / "two" / "b.txt").write_bytes(EN.read_bytes())
    _, single, _ = run(["parse", str(tmp_path / "one" / "a.txt")], capsys, monkeypatch)
    assert isinstance(json.loads(single), dict) and json.loads(single)["sections"]
    _, one, _ = run(["parse", f"{tmp_path}/one/*.txt"], capsys, monkeypatch)
    _, two, _ = run(["parse", f"{tmp_path}/two/*.txt"], capsys, monkeypatch)
    assert one == single  # a glob matching one file: the same output as naming it
    first, second = _objects(two)
    assert two.startswith(single.replace(str(tmp_path / "one"), str(tmp_path / "two")))
    assert first["sections"] and second["sections"]
    _, lines, _ = run(["parse", f"{tmp_path}/one/*.txt", "--format", "jsonl"], capsys, monkeypatch)
    assert lines.count("\n") == 1 and json.loads(lines) == json.loads(single)
    _, lines, _ = run(["parse", f"{tmp_path}/two/*.txt", "--format", "jsonl"], capsys, monkeypatch)
    assert [json.loads(x) for x in lines.splitlines()] == [first, second]


@pytest.mark.parametrize("value", ["-1", "two"])
def test_bad_indent_is_a_usage_error(
    value: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(["parse", str(ZH), "--indent", value], capsys, monkeypatch)
    assert code == 2 and out == "" and "argument --indent" in err
    assert "internal error" not in err and "Traceback" not in err


def test_indent_zero_is_allowed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(["parse", str(ZH), "--indent", "0"], capsys, monkeypatch)
    assert code == 0 and json.loads(out)["sections"]


# ------------------------------------------------------------------------------ CSV for Excel
def test_csv_has_a_byte_order_mark_unless_no_bom(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pandas")
    target = tmp_path / "t.csv"
    assert run(["table", str(ZH), "-o", str(target)], capsys, monkeypatch)[0] == 0
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfposition,") and "商务部".encode() in data
    _, out, _ = run(["table", str(ZH)], capsys, monkeypatch)
    assert out.startswith("\ufeffposition,")
    assert run(["table", str(ZH), "-o", str(target), "--no-bom"], capsys, monkeypatch)[0] == 0
    assert target.read_bytes().startswith(b"position,")
    _, out, _ = run(["table", str(ZH), "--format", "jsonl"], capsys, monkeypatch)
    assert out.startswith("{")  # only CSV gets the mark


def test_readme_documents_the_conventions() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    readme = " ".join(readme.split())
    for phrase in (
        "never on how many files matched",
        "python -m divplan",
        "divplan -V",
        "--exit-code",
        "--no-bom",
        "**130**",
        "a missing, empty or binary file",
    ):
        assert phrase in readme, phrase
