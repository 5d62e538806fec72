"""The Dask path: a real two-worker LocalCluster gives the single-process results."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from divplan.pipeline import parse_file

from conftest import RAW

distributed = pytest.importorskip("dask.distributed")

PLANS = sorted(RAW.glob("*.txt"))


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as c:
        yield c


def test_import_does_not_shadow_dask() -> None:
    import dask

    import divplan.corpus.dask

    assert Path(dask.__file__).parent.name == "dask"
    assert "divplan" not in dask.__file__
    assert divplan.corpus.dask.parse_paths is not None


def test_parse_paths_equals_single_process(cluster: object, tmp_path: Path) -> None:
    from divplan.corpus.dask import parse_paths, plans

    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    with distributed.Client(cluster) as client:
        bag = parse_paths([*PLANS, bad], partition_size=3)
        assert bag.npartitions == 3
        records = bag.compute()
        assert len(client.nthreads()) == 2
        parsed = plans(bag).compute()
    by_path = {r["path"]: r for r in records}
    assert by_path[str(bad)] == {
        "path": str(bad),
        "status": "failed",
        "plan": None,
        "error": f"{bad}: empty input",
    }
    for p in PLANS:
        r = by_path[str(p)]
        assert r["status"] == "ok" and r["error"] is None
        assert r["plan"] == json.loads(parse_file(p).model_dump_json())
    assert len(parsed) == len(PLANS)


def test_cli_engine_dask_equals_local(
    cluster: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from test_batch import divplan_parse

    src = tmp_path / "in"
    src.mkdir()
    for p in PLANS:
        shutil.copy(p, src / p.name)
    (src / "binary.bin").write_bytes(b"\x00" * 100)
    local, remote = tmp_path / "local", tmp_path / "remote"
    address = cluster.scheduler_address  # type: ignore[attr-defined]

    code_l, _, err_l = divplan_parse([str(src), "--out-dir", str(local)], capsys)
    code_r, out_r, err_r = divplan_parse(
        [str(src), "--out-dir", str(remote), "--engine", "dask", "--scheduler", address], capsys
    )
    assert code_l == code_r == 2  # an unreadable input is exit 2 in every command (issue 13)
    assert (
        err_l
        == err_r
        == f"divplan: {src / 'binary.bin'}: binary data (NUL bytes), not a text document\n"
    )
    assert out_r == ""
    names = sorted(f.name for f in local.iterdir())
    assert names == sorted(f.name for f in remote.iterdir()) and len(names) == len(PLANS)
    for name in names:
        assert (local / name).read_bytes() == (remote / name).read_bytes()

    # JSON lines on stdout and --only-plans go through the cluster too
    code, out, err = divplan_parse(
        [str(RAW), "--engine", "dask", "--scheduler", address, "--only-plans", "--format", "jsonl"],
        capsys,
    )
    assert code == 0
    assert sorted(out.splitlines()) == sorted(parse_file(p).model_dump_json() for p in PLANS)
    assert err.endswith(f"0 of {len(PLANS)} documents skipped: not division-of-labour plans\n")


def test_stream_outcomes_windows_and_streams(cluster: object) -> None:
    from divplan.corpus.dask import stream_outcomes
    from divplan.corpus.jobs import Options

    consumed: list[str] = []

    def paths() -> Iterator[str]:
        for p in PLANS * 3:
            consumed.append(str(p))
            yield str(p)

    address = cluster.scheduler_address  # type: ignore[attr-defined]
    stream = stream_outcomes(paths(), Options(indent=None), scheduler=address, chunk=1)
    first = next(stream)
    assert first.status == "ok"
    # two workers × 2 chunks of one path in flight, plus the one submitted after the first
    assert len(consumed) <= 5 < len(PLANS) * 3
    rest = list(stream)
    assert len(rest) == len(PLANS) * 3 - 1


def test_module_needs_dask_only_when_used() -> None:
    code = "import sys, divplan.corpus.dask; print('dask' in sys.modules)"
    import subprocess

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_streamed_output_is_written_by_the_client(
    cluster: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from test_batch import divplan_parse

    address = cluster.scheduler_address  # type: ignore[attr-defined]
    code, out, _ = divplan_parse(
        [str(PLANS[0]), "--engine", "dask", "--scheduler", address], capsys
    )
    assert code == 0
    assert out == parse_file(PLANS[0]).model_dump_json(indent=2) + "\n"
