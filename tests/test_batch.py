"""The batch ``parse`` command: expansion, streaming, pools, failures, resume, JSONL, progress."""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from divplan.cli import parse_batch
from divplan.cli import parse_command as batch
from divplan.cli.app import build_parser
from divplan.cli.parse_command import JSONL_NAME, run
from divplan.cli.paths import expand
from divplan.corpus.batch import jsonl_index, local_outcomes
from divplan.corpus.jobs import Options, registry_for
from divplan.corpus.outputs import MANIFEST_NAME
from divplan.pipeline import parse_file

from conftest import RAW, ROOT

PLANS = sorted(RAW.glob("*.txt"))
NEGATIVE = ROOT / "tests" / "data" / "detect" / "neg-zh-law-articles.txt"
ALIASES_TSV = (
    "id\tkind\tname_zh\tname_en\taliases\tfrom\tto\tsuccessors\n"
    "JZ-COM\tlocal\t江州市商务局\tJiangzhou Municipal Commerce Bureau\t市商务局\t\t\t\n"
)


def _parse_parser() -> argparse.ArgumentParser:
    """The ``parse`` subparser of the real CLI, with the batch options (wired or not yet)."""
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            sp: argparse.ArgumentParser = action.choices["parse"]
            if "--jobs" not in sp._option_string_actions:
                batch.add_arguments(sp)
            return sp
    raise AssertionError("no subcommands")


def divplan_parse(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run ``divplan parse ARGV`` in-process; returns (exit code, stdout, stderr)."""
    try:
        args = _parse_parser().parse_args(argv)
    except SystemExit as exc:
        out, err = capsys.readouterr()
        return int(exc.code or 0), out, err
    out_buf = io.StringIO()
    code = run(args, out_buf)
    captured = capsys.readouterr()
    return code, out_buf.getvalue() + captured.out, captured.err


def compact(path: Path, **kw: object) -> str:
    return parse_file(path, **kw).model_dump_json()  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def reference() -> dict[str, str]:
    """Single-process compact JSON of every development plan, by path."""
    return {str(p): compact(p) for p in PLANS}


def _copy_corpus(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for p in PLANS:
        shutil.copy(p, src / p.name)
    return src


def _reparsed(out_dir: Path, src: Path) -> dict[str, Path]:
    return {p.name: out_dir / (p.stem + ".json") for p in sorted(src.iterdir())}


# ----------------------------------------------------------------------------- expansion
def test_expand_directories_globs_and_missing(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "deep").mkdir()
    for name in ("a/2.txt", "a/1.txt", "a/deep/3.txt", "a/deep/4.html"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    d = str(tmp_path / "a")
    # files only, sorted, and (since issue 13) the subfolders too
    assert list(expand([d])) == [f"{d}/1.txt", f"{d}/2.txt", f"{d}/deep/3.txt", f"{d}/deep/4.html"]
    assert list(expand([f"{d}/**/*.txt"])) == [f"{d}/1.txt", f"{d}/2.txt", f"{d}/deep/3.txt"]
    assert list(expand(["no/such.txt", f"{d}/*.none"])) == ["no/such.txt", f"{d}/*.none"]


def test_expand_is_lazy() -> None:
    seen: list[str] = []

    def source() -> Iterator[str]:
        for p in ("x", "y", "z"):
            seen.append(p)
            yield p

    it = expand(source())
    assert next(it) == "x" and seen == ["x"]


def test_one_job_streams_one_file_at_a_time() -> None:
    """The consumer gets a result before the next input is even read (no accumulation)."""
    consumed: list[str] = []

    def paths() -> Iterator[str]:
        for p in PLANS[:3]:
            consumed.append(str(p))
            yield str(p)

    stream = local_outcomes(paths(), Options(indent=None), jobs=1)
    first = next(stream)
    assert first.status == "ok" and consumed == [str(PLANS[0])]
    assert len(list(stream)) == 2


# ----------------------------------------------------------------------------- outputs
def test_single_file_is_indented_json_on_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = divplan_parse([str(PLANS[0])], capsys)
    assert code == 0 and err == ""
    assert out == parse_file(PLANS[0]).model_dump_json(indent=2) + "\n"


def test_several_files_are_json_lines_in_input_order(
    capsys: pytest.CaptureFixture[str], reference: dict[str, str]
) -> None:
    code, out, _ = divplan_parse([str(RAW), "--format", "jsonl"], capsys)
    assert code == 0
    assert out.splitlines() == [reference[str(p)] for p in PLANS]


def test_jobs_two_out_dir_equals_single_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert divplan_parse([str(RAW), "--out-dir", str(one)], capsys)[0] == 0
    code, out, err = divplan_parse([str(RAW), "--out-dir", str(two), "--jobs", "2"], capsys)
    assert code == 0 and out == "" and err == ""
    names = sorted(f.name for f in one.iterdir())
    assert names == sorted(p.stem + ".json" for p in PLANS)
    assert names == sorted(f.name for f in two.iterdir())  # no temporary files left behind
    for name in names:
        assert (one / name).read_bytes() == (two / name).read_bytes()
        assert json.loads((two / name).read_text(encoding="utf-8"))["schema_version"] == "1"


def test_jsonl_on_stdout_with_a_pool(
    capsys: pytest.CaptureFixture[str], reference: dict[str, str]
) -> None:
    code, out, _ = divplan_parse([str(RAW), "--format", "jsonl", "-j", "2"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert sorted(lines) == sorted(reference.values())  # completion order, same content


def test_jsonl_into_out_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], reference: dict[str, str]
) -> None:
    code, out, _ = divplan_parse(
        [*map(str, PLANS), "--format", "jsonl", "--out-dir", str(tmp_path)], capsys
    )
    assert code == 0 and out == ""
    # and the record of the options each line was made with, for --resume (issue 13)
    assert sorted(os.listdir(tmp_path)) == [MANIFEST_NAME, JSONL_NAME]
    lines = (tmp_path / JSONL_NAME).read_text(encoding="utf-8").splitlines()
    assert lines == [reference[str(p)] for p in PLANS]


# ----------------------------------------------------------------------------- failures
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_failing_files_are_reported_and_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    src = _copy_corpus(tmp_path)
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.bin").write_bytes(b"\x00\x01\x02\x03PK\x00" * 64)
    out_dir = tmp_path / "out"
    code, _, err = divplan_parse([str(src), "--out-dir", str(out_dir), "-j", jobs], capsys)
    assert code == 2  # unreadable input is exit 2 in every command (issue 13; was 1)
    lines = err.splitlines()
    assert sorted(lines) == sorted(
        [
            f"divplan: {src / 'binary.bin'}: binary data (NUL bytes), not a text document",
            f"divplan: {src / 'empty.txt'}: empty input",
        ]
    )
    assert sorted(f.name for f in out_dir.iterdir()) == sorted(p.stem + ".json" for p in PLANS)


def test_missing_single_file_keeps_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = divplan_parse(["no/such/file.txt"], capsys)
    assert code == 2 and out == ""
    assert err == "divplan: no/such/file.txt: no such file\n"


def test_a_parser_crash_does_not_stop_the_batch(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import divplan.pipeline

    real = divplan.pipeline.parse_bytes_record  # what the command calls (no Pydantic)

    def flaky(data: bytes, **kw: object) -> object:
        if str(kw.get("path", "")).endswith(PLANS[1].name):
            raise RuntimeError("boom\nsecond line")
        return real(data, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(divplan.pipeline, "parse_bytes_record", flaky)
    code, out, err = divplan_parse([str(RAW), "--format", "jsonl"], capsys)
    assert code == 1
    assert err == f"divplan: {PLANS[1]}: internal error: RuntimeError: boom\n"
    assert len(out.splitlines()) == len(PLANS) - 1


# ----------------------------------------------------------------------------- resume
def test_resume_skips_outputs_newer_than_inputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _copy_corpus(tmp_path)
    out_dir = tmp_path / "out"
    assert divplan_parse([str(src), "--out-dir", str(out_dir)], capsys)[0] == 0
    outputs = _reparsed(out_dir, src)
    names = sorted(outputs)
    stale, fresh = names[0], names[1:]
    # after the parser's data files too: an output older than the registry is stale (issue 13)
    t0 = int(time.time()) + 1_000
    for name in names:  # every output written long after its input …
        os.utime(src / name, (t0, t0))
        os.utime(outputs[name], (t0 + 100, t0 + 100))
        outputs[name].write_text("SENTINEL", encoding="utf-8")
        os.utime(outputs[name], (t0 + 100, t0 + 100))
    os.utime(src / stale, (t0 + 200, t0 + 200))  # … except one input, edited afterwards
    code, _, err = divplan_parse([str(src), "--out-dir", str(out_dir), "--resume"], capsys)
    assert code == 0
    assert f"{len(fresh)} inputs already up to date" in err
    assert json.loads(outputs[stale].read_text(encoding="utf-8"))["schema_version"] == "1"
    for name in fresh:
        assert outputs[name].read_text(encoding="utf-8") == "SENTINEL"
    # equal mtimes are not "newer": the input is parsed again
    os.utime(outputs[fresh[0]], (t0, t0))
    assert divplan_parse([str(src), "--out-dir", str(out_dir), "--resume"], capsys)[0] == 0
    assert outputs[fresh[0]].read_text(encoding="utf-8") != "SENTINEL"


def test_resume_jsonl_appends_only_new_or_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _copy_corpus(tmp_path)
    out_dir = tmp_path / "out"
    argv = [str(src), "--out-dir", str(out_dir), "--format", "jsonl", "--resume"]
    first = sorted(src.iterdir())[:3]
    assert divplan_parse([*map(str, first), *argv[1:]], capsys)[0] == 0
    jsonl = out_dir / JSONL_NAME
    assert len(jsonl.read_text(encoding="utf-8").splitlines()) == 3
    # a crash left half a record; one finished input was edited since
    with open(jsonl, "a", encoding="utf-8") as fh:
        fh.write('{"schema_version":"1","source":{"path":"torn')
    edited = first[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    code, _, err = divplan_parse(argv, capsys)
    assert code == 0 and "2 inputs already up to date" in err
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    paths = [r["source"]["path"] for r in records]
    assert len(paths) == 3 + (len(PLANS) - 3) + 1
    assert paths.count(str(edited)) == 2  # the newer record comes last
    assert set(jsonl_index(jsonl)) == {str(p) for p in src.iterdir()}


# ----------------------------------------------------------------------------- options
def test_only_plans_skips_and_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _copy_corpus(tmp_path)
    shutil.copy(NEGATIVE, src / NEGATIVE.name)
    out_dir = tmp_path / "out"
    code, _, err = divplan_parse(
        [str(src), "--out-dir", str(out_dir), "--only-plans", "-j", "2"], capsys
    )
    assert code == 0
    assert err.strip().splitlines()[-1] == (
        f"divplan: 1 of {len(PLANS) + 1} documents skipped: not division-of-labour plans"
    )
    assert not (out_dir / (NEGATIVE.stem + ".json")).exists()
    assert len(list(out_dir.iterdir())) == len(PLANS)


def test_only_plans_output_equals_plain_parse(
    capsys: pytest.CaptureFixture[str], reference: dict[str, str]
) -> None:
    code, out, _ = divplan_parse([str(RAW), "--only-plans", "--format", "jsonl"], capsys)
    assert code == 0 and out.splitlines() == [reference[str(p)] for p in PLANS]


def test_aliases_reach_the_workers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tsv = tmp_path / "local.tsv"
    tsv.write_text(ALIASES_TSV, encoding="utf-8")
    city = RAW / "zh-tc-city-2022.txt"
    code, out, _ = divplan_parse(
        [str(city), str(RAW / "zh-sc-2019.txt"), "--aliases", str(tsv), "-j", "2", "--format", "jsonl"],
        capsys,
    )
    assert code == 0
    by_path = {json.loads(line)["source"]["path"]: line for line in out.splitlines()}
    assert '"JZ-COM"' in by_path[str(city)]
    assert by_path[str(city)] == compact(city, registry=registry_for((str(tsv),)))


def test_progress_bar_only_when_asked_or_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [str(RAW), "--out-dir", str(tmp_path)]
    _, _, err = divplan_parse(argv, capsys)
    assert err == ""  # stderr is not a terminal under pytest
    _, _, err = divplan_parse([*argv, "--progress"], capsys)
    assert f"{len(PLANS)}/{len(PLANS)}" in err and "file" in err
    _, _, err = divplan_parse([*argv, "--no-progress"], capsys)
    assert err == ""


def test_progress_default_follows_the_terminal(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(parse_batch, "_isatty", lambda stream: stream is sys.stderr)
    _, _, err = divplan_parse([str(RAW), "--out-dir", str(tmp_path), "--resume"], capsys)
    assert f"{len(PLANS)}/{len(PLANS)}" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--resume"], "--resume needs --out-dir"),
        (["--scheduler", "tcp://x:1"], "--scheduler needs --engine dask"),
        (["--jobs", "-3"], "must be 0"),
        (["--format", "xml"], "invalid choice"),
    ],
)
def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = divplan_parse([str(RAW), *argv], capsys)
    assert code == 2 and out == "" and message in err


def test_jobs_zero_means_all_cores(capsys: pytest.CaptureFixture[str]) -> None:
    args = _parse_parser().parse_args([str(RAW), "-j", "0"])
    assert args.jobs == (os.cpu_count() or 1)
