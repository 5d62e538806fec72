"""Issue 13, "Nothing lost": output names never collide, Ctrl-C stops a batch cleanly, an
unwritable output stops it at once, and ``--resume`` re-parses what other options made."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from divplan.pipeline import parse_file
from test_batch import ALIASES_TSV, PLANS, divplan_parse

from conftest import RAW, ROOT, STRUCTURED, divplan_process

ZH = RAW / "zh-sc-2019.txt"
EN = RAW / "en-mt-2015.txt"


def _tree(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def _source(path: Path) -> str:
    return str(json.loads(path.read_text(encoding="utf-8"))["source"]["path"])


# ----------------------------------------------------------------------------- names
def test_same_names_in_subfolders_are_mirrored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    crawl = tmp_path / "crawl"
    for sub, plan in (("a", ZH), ("b", EN), ("b/deep", ZH)):
        (crawl / sub).mkdir(parents=True)
        shutil.copy(plan, crawl / sub / "index.txt")
    out = tmp_path / "out"
    code, _, err = divplan_parse([str(crawl), "--out-dir", str(out), "-j", "2"], capsys)
    assert code == 0 and err == ""
    assert _tree(out) == ["a/index.json", "b/deep/index.json", "b/index.json"]
    for rel in _tree(out):
        assert _source(out / rel) == str(crawl / rel.replace(".json", ".txt"))


def test_same_stem_in_one_folder_keeps_the_extension(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(ZH, src / "plan.txt")
    shutil.copy(EN, src / "plan.html")  # text in a .html file: sniffed as text
    shutil.copy(EN, src / "other.txt")
    out = tmp_path / "out"
    code, _, _ = divplan_parse(
        [str(src / "plan.txt"), str(src / "plan.html"), "--out-dir", str(out)], capsys
    )
    assert code == 0
    assert _tree(out) == ["plan.html.json", "plan.txt.json"]
    assert _source(out / "plan.txt.json") == str(src / "plan.txt")
    # the name never depends on which files a run was given: the folder decides
    code, _, _ = divplan_parse([str(src), "--out-dir", str(tmp_path / "all")], capsys)
    assert _tree(tmp_path / "all") == ["other.json", "plan.html.json", "plan.txt.json"]


def test_output_names_are_one_to_one_in_a_folder() -> None:
    from divplan.corpus.outputs import output_name

    folder = ["x.en.txt", "x.en", "x.txt", "y.txt", "y.json", "z", "z.txt.txt", "z.txt"]
    names = [output_name(n, folder) for n in folder]
    assert len(set(names)) == len(names)
    assert output_name("y.txt", folder) == "y.txt.json"  # y.json is an input there too
    assert output_name("zh-sc-2019.txt", [p.name for p in RAW.iterdir()]) == "zh-sc-2019.json"


def test_inputs_of_different_folders_meeting_are_refused_before_writing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for sub, plan in (("a", ZH), ("b", EN)):
        (tmp_path / sub).mkdir()
        shutil.copy(plan, tmp_path / sub / "plan.txt")
    out = tmp_path / "out"
    a, b = tmp_path / "a" / "plan.txt", tmp_path / "b" / "plan.txt"
    code, stdout, err = divplan_parse([str(a), str(b), "--out-dir", str(out)], capsys)
    assert code == 2 and stdout == ""
    assert f"divplan: {a} and {b} would both be written to {out / 'plan.json'}" in err
    assert "nothing written" in err
    assert not out.exists()
    two_folders = [str(tmp_path / "a"), str(tmp_path / "b"), "--out-dir", str(out)]
    assert divplan_parse(two_folders, capsys)[0] == 2 and not out.exists()
    # their common folder mirrors them apart; --format jsonl never names files
    assert divplan_parse([str(tmp_path), "--out-dir", str(out)], capsys)[0] == 0
    assert _tree(out) == ["a/plan.json", "b/plan.json"]
    assert (
        divplan_parse([str(a), str(b), "--out-dir", str(out), "--format", "jsonl"], capsys)[0] == 0
    )


def test_the_shipped_corpus_command_writes_the_same_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``divplan parse data/raw/* --out-dir data/structured``: the same names, nothing else."""
    monkeypatch.chdir(ROOT)
    raws = sorted(os.path.relpath(p, ROOT) for p in RAW.iterdir())
    code, _, _ = divplan_parse([*raws, "--out-dir", str(tmp_path)], capsys)
    assert code == 0
    assert _tree(tmp_path) == sorted(p.name for p in STRUCTURED.iterdir())  # no manifest either
    for name in _tree(tmp_path):
        plan = parse_file(os.path.join("data", "raw", Path(name).stem + ".txt"))
        assert (tmp_path / name).read_text(encoding="utf-8") == plan.model_dump_json(
            indent=2
        ) + "\n"


def test_out_dir_inside_the_input_folder_is_not_read_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(ZH, tmp_path / "plan.txt")
    out = tmp_path / "out"
    for _ in range(2):
        code, _, err = divplan_parse([str(tmp_path), "--out-dir", str(out)], capsys)
        assert code == 0 and err == ""
    assert _tree(out) == ["plan.json"]


# ----------------------------------------------------------------------------- writes that fail
def _unwritable(tmp_path: Path) -> Path:
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o500)
    if os.access(out, os.W_OK):  # root writes anywhere: use a folder nobody may write to
        if not Path("/proc/self").is_dir():
            pytest.skip("no unwritable folder available")
        return Path("/proc")
    return out


def test_unwritable_out_dir_is_one_error_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _unwritable(tmp_path)
    code, stdout, err = divplan_parse([str(RAW), "--out-dir", str(out), "-j", "2"], capsys)
    assert code == 2 and stdout == ""
    assert err.count("\n") == 1 and err.startswith(f"divplan: {out}: cannot write here")
    code, _, err = divplan_parse([str(RAW), "--out-dir", str(ZH / "sub")], capsys)
    assert code == 2 and err.count("\n") == 1 and "cannot write here" in err


def test_an_output_that_cannot_be_written_stops_the_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    (out / (PLANS[0].stem + ".json")).mkdir(parents=True)  # a folder where the file must go
    code, _, err = divplan_parse([*map(str, PLANS), "--out-dir", str(out)], capsys)
    assert code == 2
    assert err.splitlines() == [
        f"divplan: {out / (PLANS[0].stem + '.json')}: cannot write: Is a directory",
        "divplan: stopped: the output could not be written",
    ]
    assert _tree(out) == []  # stopped at the first file: nothing after it was parsed


# ----------------------------------------------------------------------------- Ctrl-C
def test_ctrl_c_stops_a_pool_at_once_with_exit_130(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(25):
        for p in PLANS:
            shutil.copy(p, src / f"{i:02d}-{p.name}")
    out = tmp_path / "out"
    proc = divplan_process("parse", str(src), "--out-dir", str(out), "-j", "2")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.json"))) < 4:
        time.sleep(0.02)
    assert proc.poll() is None, "the batch finished before it could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole group
    sent = time.monotonic()
    stdout, stderr = proc.communicate(timeout=20)
    assert time.monotonic() - sent < 5
    assert proc.returncode == 130
    assert stdout == b"" and stderr.decode() == "divplan: interrupted\n"
    written = len(list(out.glob("*.json")))
    assert 0 < written < 25 * len(PLANS)
    assert [p.name for p in out.iterdir() if p.name.endswith(".tmp")] == []
    with pytest.raises(ProcessLookupError):  # no worker outlives the run
        for _ in range(50):
            os.killpg(proc.pid, 0)
            time.sleep(0.1)


def _deaf_to_sigterm() -> None:
    """A worker stuck where no Python signal handler runs (a long call in C): SIGTERM lost."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def _sleep(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def test_stopping_a_pool_is_bounded_even_when_workers_ignore_sigterm() -> None:
    """The pool's worker handler starts new workers while the old ones are stopped, and
    ``Pool.terminate`` joins them with no timeout: a worker deaf to SIGTERM among them would
    hang Ctrl-C for ever.  The batch's stop kills whatever the pool holds after its grace."""
    import multiprocessing as mp
    import threading

    from divplan.corpus.batch import _stop

    pool = mp.get_context("fork").Pool(2, initializer=_deaf_to_sigterm)
    results = pool.imap_unordered(_sleep, [30.0] * 8, chunksize=1)
    time.sleep(0.5)  # both workers busy
    workers = list(pool._pool)  # type: ignore[attr-defined]
    stopping = threading.Thread(target=_stop, args=(pool, 0.5), daemon=True)
    began = time.monotonic()
    stopping.start()
    stopping.join(15)
    assert not stopping.is_alive(), "stopping the pool hung"
    assert time.monotonic() - began < 5
    assert all(w.exitcode is not None for w in workers + list(pool._pool))  # type: ignore[attr-defined]
    del results


def test_resume_removes_temporary_files_of_killed_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    stale = out / f".{PLANS[0].stem}.json.{int(dead.stdout)}.tmp"
    live = out / f".elsewhere.json.{os.getpid()}.tmp"  # a live writer: left alone
    stale.write_bytes(b"x" * 1000)
    live.write_bytes(b"x")
    assert divplan_parse([str(RAW), "--out-dir", str(out), "--resume"], capsys)[0] == 0
    assert not stale.exists() and live.exists()


# ----------------------------------------------------------------------------- resume
def _outputs(tmp_path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[Path, Path]:
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    shutil.copy(RAW / "zh-tc-city-2022.txt", src / "city.txt")
    out = tmp_path / "out"
    assert divplan_parse([str(src), "--out-dir", str(out), *extra], capsys)[0] == 0
    return src, out / "city.json"


def _resume(src: Path, out: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    code, _, err = divplan_parse(
        [str(src), "--out-dir", str(out.parent), "--resume", *extra], capsys
    )
    assert code == 0
    return err


@pytest.mark.parametrize(
    "options",
    [
        ["--encoding", "utf-8"],
        ["--input-format", "text"],
        ["--indent", "4"],
        ["--aliases", "ALIASES"],
    ],
)
def test_resume_reparses_when_the_options_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str]
) -> None:
    tsv = tmp_path / "local.tsv"
    tsv.write_text(ALIASES_TSV, encoding="utf-8")
    options = [str(tsv) if o == "ALIASES" else o for o in options]
    src, out = _outputs(tmp_path, capsys)
    assert "already up to date" in _resume(src, out, capsys)  # same options: skipped
    before = out.read_text(encoding="utf-8")
    out.write_text("SENTINEL", encoding="utf-8")
    err = _resume(src, out, capsys, *options)  # other options: parsed again
    assert "already up to date" not in err and out.read_text(encoding="utf-8") != "SENTINEL"
    assert (".divplan-resume" in os.listdir(out.parent)) and json.loads(
        out.read_text(encoding="utf-8")
    )
    assert "already up to date" in _resume(src, out, capsys, *options)  # recorded: skipped now
    err = _resume(src, out, capsys)  # and back to the defaults: parsed again, as before
    assert "already up to date" not in err and out.read_text(encoding="utf-8") == before


def test_resume_reparses_when_the_registry_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    src, out = _outputs(tmp_path, capsys)
    assert "already up to date" in _resume(src, out, capsys)
    # an edited or upgraded registry is newer than an output made with the default options
    from divplan.cli import parse_batch

    monkeypatch.setattr(parse_batch, "data_mtime_ns", lambda: time.time_ns() + 10**12)
    assert "already up to date" not in _resume(src, out, capsys)
    monkeypatch.undo()
    # outputs with a record (other options): the registry's content is in the digest
    src, out = _outputs(tmp_path, capsys, "--indent", "3")
    assert "already up to date" in _resume(src, out, capsys, "--indent", "3")
    registry = tmp_path / "departments.tsv"
    registry.write_text("edited", encoding="utf-8")
    import divplan.corpus.outputs as outputs

    monkeypatch.setattr(outputs, "data_files", lambda: (registry,))
    assert "already up to date" not in _resume(src, out, capsys, "--indent", "3")
