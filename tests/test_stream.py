"""Large documents read part by part (divplan.stream, ``divplan stream``).

What the stream promises (its module docstring): a text that fits in one part gives exactly
the plan ``parse`` gives; a longer one is cut only before a heading of the plan's own section
family, with numbers, spans and diagnostic lines carried over, and nothing lost.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import divplan
from divplan.cli.app import main
from divplan.read import read_file
from divplan.stream import iter_records, plan_from_records

from conftest import RAW, ROOT, SEED, divplan_process
from spans import bad_spans, uncovered

GENRE = ROOT / "tests" / "data" / "genre"
DOCS = sorted(RAW.glob("*.txt")) + sorted((GENRE / "train").glob("*.txt"))


def _dump(plan: divplan.Plan) -> dict[str, object]:
    return plan.model_dump(mode="json")


@pytest.mark.parametrize("path", DOCS, ids=[p.name for p in DOCS])
def test_a_text_in_one_part_is_the_whole_plan(path: Path) -> None:
    text = read_file(path).text
    assert _dump(plan_from_records(iter_records(text))) == _dump(divplan.parse(text))


def test_records_come_in_the_documented_order_and_kinds() -> None:
    text = SEED.read_text(encoding="utf-8")
    records = list(iter_records(text, part_chars=5000))
    kinds = [r["record"] for r in records]
    assert kinds[0] == "plan" and kinds.count("plan") == 1
    assert set(kinds) <= {"plan", "section", "subsection", "item", "unparsed", "diagnostic"}
    sections = [r["number"] for r in records if r["record"] == "section"]
    subsections = [r["number"] for r in records if r["record"] == "subsection"]
    assert sections == list(range(1, len(sections) + 1))
    assert subsections == list(range(1, len(subsections) + 1))
    for r in records:
        if r["record"] == "item":
            assert r["section"] in sections
            assert r["subsection"] is None or r["subsection"] in subsections


def test_cut_parts_keep_every_item_of_the_corpus() -> None:
    # Small parts cut real plans at their section headings: every item the whole parse finds
    # is found again, span for span; what a cut may change is a context decision next to it
    # (a mixed-marker heading read as an item), counted here and kept rare.
    whole_items = extra = 0
    for path in DOCS:
        text = read_file(path).text
        whole = [i.model_dump(mode="json") for i in divplan.parse(text).items()]
        parts = [i.model_dump(mode="json") for i in plan_from_records(
            iter_records(text, part_chars=4000)
        ).items()]
        spans = {tuple(i["span"]) for i in parts}
        whole_items += len(whole)
        assert all(tuple(i["span"]) in spans for i in whole), path.name
        extra += len(parts) - len(whole)
    assert whole_items > 500
    assert extra <= whole_items // 100


@settings(max_examples=25, deadline=None)
@given(
    doc=st.sampled_from(DOCS),
    part_chars=st.integers(min_value=300, max_value=20000),
)
def test_parts_lose_nothing_and_point_into_the_text(doc: Path, part_chars: int) -> None:
    text = read_file(doc).text
    plan = plan_from_records(iter_records(text, part_chars=part_chars))
    assert uncovered(text, plan) == []
    assert bad_spans(text, plan) == []
    for d in plan.diagnostics:
        line = text.count("\n", 0, d.span[0]) + 1
        assert d.line == line, d


def test_a_dump_of_plans_streams_with_the_date_of_the_first(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import synth

    path = synth.big_file(tmp_path / "dump.txt", 0.3)
    text = path.read_text(encoding="utf-8")
    records = list(iter_records(text, part_chars=20000))
    head = records[0]
    assert head["source"]["length"] == len(text)
    items = [r for r in records if r["record"] == "item"]
    assert len(items) > 50
    assert all(0 <= r["span"][0] < r["span"][1] <= len(text) for r in items)
    starts = [r["span"][0] for r in items]
    assert starts == sorted(starts)


# ------------------------------------------------------------------------------- the command
def test_cli_stream_writes_records_that_read_back(tmp_path: Path) -> None:
    out = tmp_path / "seed.jsonl"
    assert main(["stream", str(SEED), "-o", str(out), "--part-chars", "6000"]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["record"] == "plan"
    back = divplan.read_records(out)
    whole = divplan.parse_file(SEED)
    assert back.source == whole.source
    assert {i.span for i in whole.items()} <= {i.span for i in back.items()}
    assert not list(tmp_path.glob("*.tmp"))


def test_cli_stream_to_stdout_and_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    assert main(["stream", "-"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records[0]["source"]["path"] == "<stdin>"
    assert _dump(plan_from_records(records))["sections"] == _dump(divplan.parse_file(SEED))[
        "sections"
    ]


def test_cli_stream_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stream", str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing.txt" in err
    assert main(["stream", str(SEED), "--part-chars", "0"]) == 2


def test_plan_from_records_refuses_what_is_not_a_stream() -> None:
    with pytest.raises(ValueError, match="no plan record"):
        plan_from_records([{"record": "section", "number": 1}])
    with pytest.raises(ValueError, match="unknown record"):
        plan_from_records([{"record": "chapter"}])


# ----------------------------------------------------------------------- parts read by workers
def test_workers_give_the_records_of_one_process_in_its_order() -> None:
    text = SEED.read_text(encoding="utf-8")
    one = list(iter_records(text, part_chars=5000))
    assert len([r for r in one if r["record"] == "section"]) > 3  # several parts
    assert list(iter_records(text, part_chars=5000, jobs=2)) == one
    assert list(iter_records(text, part_chars=5000, jobs=3)) == one


def test_workers_write_the_lines_of_one_process(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import synth

    text = synth.big_file(tmp_path / "dump.txt", 0.2).read_text(encoding="utf-8")
    one = "".join(divplan.iter_jsonl(text, part_chars=30000))
    two = "".join(divplan.iter_jsonl(text, part_chars=30000, jobs=2))
    assert two == one
    assert [json.loads(line) for line in one.splitlines()] == list(
        iter_records(text, part_chars=30000)
    )


def test_cli_stream_jobs_writes_the_same_file(tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["stream", str(SEED), "-o", str(one), "--part-chars", "6000"]) == 0
    assert main(["stream", str(SEED), "-o", str(two), "--part-chars", "6000", "-j", "2"]) == 0
    assert two.read_bytes() == one.read_bytes()


def test_a_failing_worker_is_raised_and_an_abandoned_stream_stops_its_workers() -> None:
    from divplan.stream_jobs import Job, Workers

    text = SEED.read_text(encoding="utf-8")
    job = Job(None, "utf-8", "x", None, len(text), None, False)  # type: ignore[arg-type]
    workers = Workers(2, job)  # no registry: every part fails
    with pytest.raises(RuntimeError, match="stream worker failed"):
        list(workers.records(text, [(0, 3000), (3000, len(text))], None))
    workers.close()
    assert workers.workers == []

    stream = iter_records(text, part_chars=5000, jobs=2)
    assert next(stream)["record"] == "plan"
    stream.close()  # the workers are terminated, not left waiting
    import multiprocessing

    assert not [p for p in multiprocessing.active_children() if p.is_alive()]


@pytest.mark.skipif(sys.platform == "win32", reason="process groups and SIGINT are POSIX")
def test_ctrl_c_stops_stream_jobs_with_exit_130_and_no_traceback(tmp_path: Path) -> None:
    import os
    import signal
    import time

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import synth

    src = synth.big_file(tmp_path / "dump.txt", 3)
    out = tmp_path / "dump.jsonl"
    proc = divplan_process("stream", str(src), "-o", str(out), "-j", "2", "--part-chars", "200000")
    partial = Path(f"{out}.tmp")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not partial.exists() or partial.stat().st_size == 0):
        time.sleep(0.02)
    assert proc.poll() is None, "the stream finished before it could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole group
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert b"Traceback" not in stderr
    assert not partial.exists() and not out.exists()


def test_a_later_worker_that_fails_is_reported_not_lost() -> None:
    # the failing part is not the first: its worker stops while the parts before it are
    # still read, and the parent must say why instead of meeting a broken pipe
    from divplan.names.registry import Registry
    from divplan.stream_jobs import WorkerError
    from failing_registry import FailingRegistry

    text = SEED.read_text(encoding="utf-8")
    cut = text.rindex("\n", 0, len(text) - 200)
    text = text[:cut] + "\n(Ministry of FAILHERE)" + text[cut:]
    registry = FailingRegistry(Registry.default())
    with pytest.raises(WorkerError, match="boom"):
        list(iter_records(text, part_chars=5000, jobs=2, registry=registry))


@pytest.mark.parametrize("path", DOCS[:12], ids=[p.name for p in DOCS[:12]])
def test_the_numbering_a_worker_passes_on_is_the_one_its_plan_has(path: Path) -> None:
    # a worker sends the numbering from its part's outline before it builds the models:
    # it must be what the built plan numbers, first part or later
    from divplan.assemble import Numbering, numbering_of
    from divplan.names.registry import Registry
    from divplan.pipeline import assemble_part, read_structure
    from divplan.stream import numbering_after

    text = read_file(path).text
    for before in (None, Numbering(3, 2, 10), Numbering(1, 0, 4)):
        reading = read_structure(text, Registry.default())
        plan = assemble_part(reading, "utf-8", "x", None, before)
        seen = before or Numbering()
        assert numbering_of(reading.tree, seen) == numbering_after(plan, seen)
