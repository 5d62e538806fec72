"""The corpus-scale benchmark: run by hand, reported in the README (not a timed test).

    python benchmarks/bench.py            # full run: 1,000 synthetic plans (~40 MB), 100 MB file
    python benchmarks/bench.py --quick    # smoke run: 40 plans, a 2 MB file (results-quick.json)
    python benchmarks/bench.py --steps batch,seed  # re-measure some steps on a quiet machine
    python benchmarks/bench.py --profile  # also: where the time of one seed parse goes

Why these measurements (the issue "Corpus scale"): researchers run divplan over crawls of
hundreds of thousands of documents, so what matters is throughput on one core, how it scales
with processes, memory that does not grow with the batch, and a command that starts fast.
The yardstick for parse time is a *floor*: a plain compiled-regex scan of the same text that
finds item starts and trailing parentheses — the least any parser must do.  Ratios are medians
in one warm process, the scan and the measured stage alternating so that both see the same
machine state.

Prints a table (metric, measured, target, met?) and writes every number to
``benchmarks/results.json``.  Process-level figures (cold start, batches, peak RSS) run the
real command in a child process under a small probe that reads its peak RSS (``getrusage``).
Timings are sensitive to other load: the load average is recorded with the results.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import platform
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RAW = ROOT / "data" / "raw"
SEED = RAW / "sme-division-plan-2012.en.txt"
OTHER = RAW / "en-official-2017.txt"  # another English plan: warms the caches, not the seed's names
sys.path.insert(0, str(HERE))

import synth  # noqa: E402  (benchmarks/ is not a package)

MiB = 1024 * 1024

# metric → (target, "max" if the measured value must stay at or below it, else "min")
TARGETS: dict[str, tuple[float, str]] = {
    "seed_whole_ratio": (8.0, "max"),
    "seed_structure_ratio": (3.0, "max"),
    "seed_clause_ms": (1.5, "max"),
    "synth_plans_per_s": (300.0, "min"),
    "synth_mb_per_s": (11.0, "min"),
    "jobs2_speedup": (1.8, "min"),
    "cold_version_ms": (50.0, "max"),
    "cold_parse_ms": (120.0, "max"),
    "batch_peak_rss_mib": (64.0, "max"),
    "batch_jobs2_peak_rss_mib": (64.0, "max"),
    "big_bytes_per_byte": (12.0, "max"),
    "big_s": (60.0, "max"),
    "big_jobs2_s": (60.0, "max"),
    "linearity": (1.25, "max"),
}

# ------------------------------------------------------------------------------ the floor
_SCAN_ITEM = re.compile(
    r"^[ \t\u3000]*(?:\d{1,3}[.、．)]|[（(][0-9一二三四五六七八九十]{1,3}[)）]"
    r"|[一二三四五六七八九十]{1,3}、)",
    re.MULTILINE,
)
_SCAN_PAREN = re.compile(r"[（(][^（）()\n]{1,400}[)）][ \t。.；;]*$", re.MULTILINE)


def regex_scan(text: str) -> tuple[int, int]:
    """The floor: item starts and line-final parentheses, one compiled regex each."""
    return len(_SCAN_ITEM.findall(text)), len(_SCAN_PAREN.findall(text))


# ------------------------------------------------------------------------------ helpers
def _now() -> float:
    return time.perf_counter()


def _cold_caches() -> None:
    """Forget per-document caches (the clause-tree cache) so that repeating one document
    measures what a new document costs; vocabulary caches (department names) stay warm."""
    try:
        from divplan.parsing.clauses import clear_cache
    except ImportError:
        return
    clear_cache()


def alternating(
    measured: Callable[[], object], floor: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """Median seconds of ``measured`` and of ``floor``, run alternately ``repeat`` times."""
    a: list[float] = []
    b: list[float] = []
    measured()
    floor()  # warm both
    for _ in range(repeat):
        _cold_caches()
        t0 = _now()
        floor()
        t1 = _now()
        measured()
        t2 = _now()
        b.append(t1 - t0)
        a.append(t2 - t1)
    return statistics.median(a), statistics.median(b)


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("divplan")
    return [str(script)] if script.exists() else [sys.executable, "-m", "divplan.cli.app"]


_RUNNER = """
import argparse, sys
from divplan.cli.app import build_parser
p = build_parser()
sp = next(a for a in p._actions if isinstance(a, argparse._SubParsersAction)).choices["parse"]
if "--jobs" not in sp._option_string_actions:
    from divplan.cli.parse_command import add_arguments
    add_arguments(sp)
args = p.parse_args(sys.argv[1:])
sys.exit(args.func(args, sys.stdout))
"""


def _cli_is_wired() -> bool:
    from divplan.cli.app import build_parser

    p = build_parser()
    for action in p._actions:
        if isinstance(action, argparse._SubParsersAction):
            return "--jobs" in action.choices["parse"]._option_string_actions
    return False


def _batch_cli() -> list[str]:
    """``divplan`` once cli.py uses divplan.corpus.batch; until then the same parser, wired here."""
    return _cli() if _cli_is_wired() else [sys.executable, "-c", _RUNNER]


# The measured command runs under this small probe, not directly under the benchmark: on Linux
# a child's ru_maxrss starts from the RSS of the process it was forked from (the high-water
# mark survives fork and exec), and this process holds a warm parser.  The probe is a bare
# interpreter (-I -S, ~9 MiB), so what it reports is the command's own peak — that of the
# largest process of its tree (pool workers included, as they are reaped by the command).
_PROBE = """
import json, resource, subprocess, sys, time
timeout = float(sys.argv[1]) or None
t0 = time.perf_counter()
p = subprocess.Popen(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
try:
    _, err = p.communicate(timeout=timeout)
    timed_out = False
except subprocess.TimeoutExpired:
    p.kill()
    _, err = p.communicate()
    timed_out = True
wall = time.perf_counter() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall_s": wall, "maxrss": ru.ru_maxrss, "user_s": ru.ru_utime,
                  "sys_s": ru.ru_stime, "returncode": p.returncode, "timed_out": timed_out,
                  "stderr_tail": err.decode("utf-8", "replace")[-500:]}))
"""


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The children's environment: bytecode caching on, as after ``pip install``."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(extra or {})
    return env


def run_measured(
    cmd: list[str], timeout: float | None = None, env: dict[str, str] | None = None
) -> dict[str, Any]:
    """Run ``cmd``: wall seconds, CPU seconds, peak RSS of its largest process, exit code.

    ``env``: variables set for the command on top of this process's environment."""
    probe = [sys.executable, "-I", "-S", "-c", _PROBE, str(timeout or 0), *cmd]
    done = subprocess.run(probe, capture_output=True, text=True, env=_env(env), check=True)
    r: dict[str, Any] = json.loads(done.stdout)
    # ru_maxrss is KiB on Linux, bytes on macOS
    r["peak_rss_bytes"] = r.pop("maxrss") * (1 if sys.platform == "darwin" else 1024)
    return r


def _loadavg() -> float | None:
    try:
        return os.getloadavg()[0]
    except OSError:
        return None


# ------------------------------------------------------------------------------ measurements
def seed_stages(repeat: int) -> dict[str, Any]:
    """Whole parse, structure alone and the clause layer on the seed, against the floor."""
    import divplan.pipeline as pipeline
    from divplan.names.registry import Registry
    from divplan.parsing.clauses import is_deadline, read_item
    from divplan.parsing.normalise import normalise
    from divplan.parsing.parens import ends_with_group
    from divplan.parsing.structure import outline
    from divplan.pipeline import parse

    text = SEED.read_text(encoding="utf-8-sig")
    registry = Registry.default()
    is_date_line: Callable[[str], bool] = getattr(pipeline, "_is_date_line", lambda s: False)

    def floor() -> object:
        return regex_scan(text)

    def whole() -> object:
        return parse(text, registry=registry)

    def structure() -> object:
        # the structural layers only: normalise, lines.lark, blocks and roles, outline.lark;
        # "bears a clause" is approximated by "ends with a bracketed group" (no clause grammar)
        norm = normalise(text)
        return outline(
            norm.text,
            lambda t, b: ends_with_group(t, b.body_start, b.end),
            is_deadline,
            is_date_line,
        )

    norm = normalise(text)
    tree = outline(
        norm.text, lambda t, b: ends_with_group(t, b.body_start, b.end), is_deadline, is_date_line
    )
    blocks = [
        b
        for sec in tree.sections
        for b in (*sec.items, *(i for sub in sec.subsections for i in sub.items))
    ]

    def clause_layer() -> object:
        return [read_item(norm.text, b.body_start, b.end, registry) for b in blocks]

    t_whole, f1 = alternating(whole, floor, repeat)
    t_struct, f2 = alternating(structure, floor, repeat)
    t_clause, f3 = alternating(clause_layer, floor, repeat)
    items = len(list(parse(text, registry=registry).items()))
    return {
        "file": SEED.name,
        "bytes": SEED.stat().st_size,
        "items": items,
        "clause_blocks": len(blocks),
        "regex_scan_ms": 1000 * statistics.median([f1, f2, f3]),
        "whole_ms": 1000 * t_whole,
        "structure_ms": 1000 * t_struct,
        "clause_ms": 1000 * t_clause,
        "seed_whole_ratio": t_whole / f1,
        "seed_structure_ratio": t_struct / f2,
        "seed_clause_ms": 1000 * t_clause * 75 / max(1, len(blocks)),
    }


def one_core(paths: list[Path], repeat: int) -> dict[str, Any]:
    """Documents/s and MB/s in this process: read, parse and serialise each file (warm)."""
    from divplan.names.registry import Registry
    from divplan.pipeline import parse_file

    registry = Registry.default()
    parse_file(paths[0], registry=registry).model_dump_json()  # warm grammars and caches
    per_file: list[float] = []
    scan: list[float] = []
    for p in paths:
        times = []
        for _ in range(repeat):
            if repeat > 1:
                _cold_caches()
            t0 = _now()
            parse_file(p, registry=registry).model_dump_json()
            times.append(_now() - t0)
        per_file.append(statistics.median(times))
        text = p.read_text(encoding="utf-8-sig")
        t0 = _now()
        regex_scan(text)
        scan.append(_now() - t0)
    total = sum(per_file)
    size = sum(p.stat().st_size for p in paths)
    return {
        "files": len(paths),
        "bytes": size,
        "seconds": total,
        "docs_per_s": len(paths) / total,
        "mb_per_s": size / 1e6 / total,
        "parse_to_scan_ratio": total / max(sum(scan), 1e-9),
        "slowest_ms": 1000 * max(per_file),
    }


def cold_start(repeat: int) -> dict[str, Any]:
    """``divplan --version`` and ``divplan parse SEED`` as whole processes (median wall).

    The command keeps compiled patterns and its warm registry in a cache directory
    (:mod:`divplan.cache`), written by its first run as the bytecode caches are; here a fresh
    one, so that the figures do not depend on the user's.  Beside the headline figure (caches
    written by a first parse of the same plan, as after any earlier run): with no cache at all
    (``DIVPLAN_NO_CACHE=1``: a first run, a read-only home), and with caches written by a parse
    of *another* plan (:data:`OTHER`), so that the names of the seed were never looked up.
    """
    cli = _cli()
    folder = Path(tempfile.mkdtemp(prefix="divplan-bench-cache-"))
    try:
        cached = {"DIVPLAN_CACHE_DIR": str(folder / "seed")}
        run_measured([*cli, "parse", str(SEED)], env=cached)  # bytecode and divplan caches
        floor = statistics.median(
            run_measured([sys.executable, "-c", "pass"])["wall_s"] for _ in range(repeat)
        )
        version = [run_measured([*cli, "--version"])["wall_s"] for _ in range(repeat)]
        parse_runs = [run_measured([*cli, "parse", str(SEED)], env=cached) for _ in range(repeat)]
        no_cache = [
            run_measured([*cli, "parse", str(SEED)], env={"DIVPLAN_NO_CACHE": "1"})["wall_s"]
            for _ in range(repeat)
        ]
        other = folder / "other"
        run_measured([*cli, "parse", str(OTHER)], env={"DIVPLAN_CACHE_DIR": str(other)})
        unseen = []
        for n in range(repeat):
            fresh = folder / f"unseen-{n}"
            shutil.copytree(other, fresh)
            unseen.append(
                run_measured([*cli, "parse", str(SEED)], env={"DIVPLAN_CACHE_DIR": str(fresh)})
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "command": " ".join(Path(c).name for c in cli),
        "python_startup_ms": 1000 * floor,
        "cold_version_ms": 1000 * statistics.median(version),
        "cold_parse_ms": 1000 * statistics.median(r["wall_s"] for r in parse_runs),
        "cold_parse_peak_rss_mib": max(r["peak_rss_bytes"] for r in parse_runs) / MiB,
        "cold_parse_no_cache_ms": 1000 * statistics.median(no_cache),
        "cold_parse_unseen_ms": 1000 * statistics.median(r["wall_s"] for r in unseen),
    }


def batches(corpus: Path, work: Path) -> dict[str, Any]:
    """The batch command over the synthetic corpus with one and two jobs."""
    cli = _batch_cli()
    out: dict[str, Any] = {"command": "divplan parse" if cli == _cli() else "python -c <runner>"}
    for jobs in (1, 2):
        target = work / f"out-j{jobs}"
        shutil.rmtree(target, ignore_errors=True)
        r = run_measured(
            [*cli, "parse", str(corpus), "--out-dir", str(target), "--jobs", str(jobs)]
        )
        written = len(list(target.iterdir())) if target.exists() else 0
        out[f"jobs{jobs}"] = {**r, "written": written}
    out["jobs2_speedup"] = out["jobs1"]["wall_s"] / out["jobs2"]["wall_s"]
    # CPU seconds per wall second: how busy the two cores were (other load shows up here)
    for jobs in (1, 2):
        r = out[f"jobs{jobs}"]
        r["cpu_per_wall"] = (r["user_s"] + r["sys_s"]) / r["wall_s"]
    out["batch_peak_rss_mib"] = out["jobs1"]["peak_rss_bytes"] / MiB
    out["batch_jobs2_peak_rss_mib"] = out["jobs2"]["peak_rss_bytes"] / MiB
    return out


def _stream(path: Path, out: Path, timeout: float, jobs: int = 1) -> dict[str, Any]:
    r = run_measured([*_cli(), "stream", str(path), "-o", str(out), "-j", str(jobs)], timeout)
    if r["returncode"] != 0 and not r["timed_out"]:
        raise RuntimeError(f"divplan stream failed: {r['stderr_tail']}")
    return r


def big_file(work: Path, megabytes: float, timeout: float) -> dict[str, Any]:
    """One large file through ``divplan stream``: time, peak memory per input byte, and time
    per MB at a tenth and a hundredth of the size (linear time: the three rates agree)."""
    path = synth.big_file(work / "big.txt", megabytes)
    size = path.stat().st_size
    r = _stream(path, work / "big.jsonl", timeout)
    # two worker processes: the wall time, the largest process, and the same bytes written
    r2 = _stream(path, work / "big-j2.jsonl", timeout, jobs=2)
    same = (work / "big.jsonl").read_bytes() == (work / "big-j2.jsonl").read_bytes()
    baseline = run_measured([*_cli(), "parse", str(SEED)])["peak_rss_bytes"]
    rates = {}
    for fraction in (0.01, 0.1):
        small = synth.big_file(work / f"big-{fraction}.txt", megabytes * fraction)
        rs = _stream(small, work / "small.jsonl", timeout)
        rates[str(fraction)] = rs["wall_s"] / (small.stat().st_size / 1e6)
    rate = r["wall_s"] / (size / 1e6)
    return {
        "bytes": size,
        **r,
        "baseline_rss_bytes": baseline,
        "big_bytes_per_byte": r["peak_rss_bytes"] / size,
        "above_baseline_bytes_per_byte": (r["peak_rss_bytes"] - baseline) / size,
        "big_s": r["wall_s"],
        "jobs2": {**r2, "same_output": same},
        "big_jobs2_s": r2["wall_s"],
        "big_jobs2_bytes_per_byte": r2["peak_rss_bytes"] / size,
        "s_per_mb": {"1.0": rate, **rates},
        "linearity": rate / rates["0.1"],
    }


def profile_seed(top: int = 25) -> dict[str, Any]:
    """Where one warm parse of the seed spends its time: by module, and the top functions."""
    from divplan.names.registry import Registry
    from divplan.pipeline import parse

    text = SEED.read_text(encoding="utf-8-sig")
    registry = Registry.default()
    parse(text, registry=registry)
    prof = cProfile.Profile()
    for _ in range(5):
        _cold_caches()
        prof.enable()
        parse(text, registry=registry).model_dump_json()
        prof.disable()
    stats = pstats.Stats(prof)
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total = sum(v[2] for v in raw.values())
    by_module: dict[str, float] = defaultdict(float)
    rows = []
    for (filename, line, func), (_cc, _nc, tt, ct, _callers) in raw.items():
        by_module[_owner(filename)] += tt
        rows.append((tt, ct, f"{_owner(filename)}:{func}:{line}"))
    rows.sort(reverse=True)
    return {
        "total_s_per_parse": total / 5,
        "by_module_pct": {
            k: round(100 * v / total, 1)
            for k, v in sorted(by_module.items(), key=lambda kv: -kv[1])
            if 100 * v / total >= 0.5
        },
        "top_self_pct": [
            {
                "function": name,
                "self_pct": round(100 * tt / total, 1),
                "cum_pct": round(100 * ct / total, 1),
            }
            for tt, ct, name in rows[:top]
        ],
    }


def _owner(filename: str) -> str:
    f = filename.replace("\\", "/")
    if "/divplan/" in f:
        return "divplan/" + f.rsplit("/divplan/", 1)[1]
    for lib in ("lark", "pydantic_core", "pydantic", "zhconv_rs", "rapidfuzz"):
        if f"/{lib}/" in f:
            return lib
    if f.startswith("~") or "<built-in" in f or f == "~":
        return "builtins (re, str, …)"
    return Path(f).name


# ------------------------------------------------------------------------------ reporting
def _met(key: str, value: float | None) -> str:
    if value is None:
        return "n/a"
    target, kind = TARGETS[key]
    ok = value <= target if kind == "max" else value >= target
    return "yes" if ok else "NO"


def table(results: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    seed = results.get("seed", {})
    syn = results.get("synthetic_one_core", {})
    raw = results.get("raw_one_core", {})
    cold = results.get("cold_start", {})
    bat = results.get("batch", {})
    big = results.get("big_file", {})
    rows: list[tuple[str, str, str, str]] = []

    def add(label: str, key: str | None, value: float | None, fmt: str, target: str) -> None:
        shown = "n/a" if value is None else fmt.format(value)
        rows.append((label, shown, target, _met(key, value) if key else ""))

    add("regex scan of the seed (the floor)", None, seed.get("regex_scan_ms"), "{:.3f} ms", "")
    add(
        f"whole parse of the seed ({seed.get('whole_ms', 0):.1f} ms) / scan",
        "seed_whole_ratio",
        seed.get("seed_whole_ratio"),
        "{:.0f}×",
        "≤ 8×",
    )
    add(
        f"structure alone ({seed.get('structure_ms', 0):.1f} ms) / scan",
        "seed_structure_ratio",
        seed.get("seed_structure_ratio"),
        "{:.0f}×",
        "≤ 3×",
    )
    add(
        "clause layer per 75-item plan",
        "seed_clause_ms",
        seed.get("seed_clause_ms"),
        "{:.1f} ms",
        "≤ 1.5 ms",
    )
    add("data/raw, one core: documents/s", None, raw.get("docs_per_s"), "{:.1f}", "")
    add("data/raw, one core: MB/s", None, raw.get("mb_per_s"), "{:.2f}", "")
    add(
        f"synthetic ({syn.get('files', 0)} plans, {syn.get('bytes', 0) / 1e6:.1f} MB), "
        "one core: plans/s",
        "synth_plans_per_s",
        syn.get("docs_per_s"),
        "{:.1f}",
        "≥ 300",
    )
    add("synthetic, one core: MB/s", "synth_mb_per_s", syn.get("mb_per_s"), "{:.2f}", "≥ 11")
    add("synthetic: parse / regex scan", None, syn.get("parse_to_scan_ratio"), "{:.0f}×", "")
    add(
        f"--jobs 2 vs --jobs 1 ({bat.get('jobs1', {}).get('wall_s', 0):.1f} s → "
        f"{bat.get('jobs2', {}).get('wall_s', 0):.1f} s)",
        "jobs2_speedup",
        bat.get("jobs2_speedup"),
        "{:.2f}×",
        "≥ 1.8×",
    )
    add(
        "cold start: divplan --version",
        "cold_version_ms",
        cold.get("cold_version_ms"),
        "{:.0f} ms",
        "≤ 50 ms",
    )
    add(
        "cold start: divplan parse SEED (process)",
        "cold_parse_ms",
        cold.get("cold_parse_ms"),
        "{:.0f} ms",
        "≤ 120 ms",
    )
    add(
        "  … with no cache (first run, read-only home)",
        None,
        cold.get("cold_parse_no_cache_ms"),
        "{:.0f} ms",
        "",
    )
    add(
        "  … caches from another plan (names unseen)",
        None,
        cold.get("cold_parse_unseen_ms"),
        "{:.0f} ms",
        "",
    )
    add(
        "peak RSS, batch --jobs 1",
        "batch_peak_rss_mib",
        bat.get("batch_peak_rss_mib"),
        "{:.1f} MiB",
        "≤ 64 MiB",
    )
    add(
        "peak RSS, batch --jobs 2 (largest process)",
        "batch_jobs2_peak_rss_mib",
        bat.get("batch_jobs2_peak_rss_mib"),
        "{:.1f} MiB",
        "≤ 64 MiB",
    )
    big_label = f"one {big.get('bytes', 0) / 1e6:.0f} MB file: peak RSS per input byte"
    if big.get("timed_out"):
        big_label += " (timed out: lower bound)"
    add(big_label, "big_bytes_per_byte", big.get("big_bytes_per_byte"), "{:.1f} B", "≤ 12 B")
    add(f"one {big.get('bytes', 0) / 1e6:.0f} MB file: divplan stream", "big_s",
        big.get("big_s"), "{:.0f} s", "≤ 60 s")
    add(f"one {big.get('bytes', 0) / 1e6:.0f} MB file: divplan stream -j 2", "big_jobs2_s",
        big.get("big_jobs2_s"), "{:.0f} s", "≤ 60 s")
    add("s/MB at full size / s/MB at a tenth (linear: ≈ 1)", "linearity",
        big.get("linearity"), "{:.2f}", "≤ 1.25")
    return rows


def print_table(rows: list[tuple[str, str, str, str]]) -> None:
    w = [
        max(len(r[i]) for r in [("metric", "measured", "target", "met?"), *rows]) for i in range(4)
    ]
    head = ("metric", "measured", "target", "met?")
    print(" | ".join(h.ljust(w[i]) for i, h in enumerate(head)))
    print("-+-".join("-" * x for x in w))
    for r in rows:
        print(" | ".join(c.ljust(w[i]) for i, c in enumerate(r)))


def _git() -> dict[str, Any]:
    try:
        rev = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = bool(
            subprocess.run(
                ["git", "status", "--porcelain", "--untracked-files=no"],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
        )
        return {"commit": rev, "dirty": dirty}
    except (OSError, subprocess.CalledProcessError):
        return {}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="divplan corpus-scale benchmark")
    ap.add_argument("--quick", action="store_true", help="smoke run: small corpus, few repeats")
    ap.add_argument("--plans", type=int, help="synthetic plans (default 1000; --quick 40)")
    ap.add_argument(
        "--big-mb", type=float, help="size of the single large file (default 100; --quick 2)"
    )
    ap.add_argument("--big-timeout", type=float, default=1800.0, help="seconds before giving up")
    ap.add_argument("--repeat", type=int, help="repeats for medians (default 21; --quick 5)")
    ap.add_argument("--work", type=Path, help="working directory (default: a temporary one)")
    ap.add_argument("--profile", action="store_true", help="profile one seed parse")
    ap.add_argument(
        "--steps",
        help="comma-separated subset to re-measure (cold_start, seed, raw_one_core, "
        "synthetic_one_core, batch, big_file, profile); others are kept from --out",
    )
    ap.add_argument(
        "--out",
        type=Path,
        help="JSON results (default benchmarks/results.json; --quick: results-quick.json, "
        "so that a smoke run never overwrites the figures of a full one)",
    )
    args = ap.parse_args(argv)
    if args.out is None:
        args.out = HERE / ("results-quick.json" if args.quick else "results.json")
    plans = args.plans or (40 if args.quick else 1000)
    big_mb = args.big_mb if args.big_mb is not None else (2.0 if args.quick else 100.0)
    repeat = args.repeat or (5 if args.quick else 21)

    work = args.work or Path(tempfile.mkdtemp(prefix="divplan-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "quick": args.quick,
        "load_before": _loadavg(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        **_git(),
        "targets": {k: {"value": v, "kind": kind} for k, (v, kind) in TARGETS.items()},
    }
    try:
        t0 = _now()
        corpus = work / "synthetic"
        paths = synth.generate(corpus, plans)
        results["synthetic_corpus"] = {
            "plans": len(paths),
            "bytes": sum(p.stat().st_size for p in paths),
            "generate_s": _now() - t0,
        }
        print(
            f"synthetic corpus: {len(paths)} plans, "
            f"{results['synthetic_corpus']['bytes'] / 1e6:.1f} MB",
            file=sys.stderr,
        )

        steps: list[tuple[str, Callable[[], dict[str, Any]]]] = [
            ("cold_start", lambda: cold_start(max(5, repeat // 2))),
            ("seed", lambda: seed_stages(repeat)),
            ("raw_one_core", lambda: one_core(sorted(RAW.glob("*.txt")), max(3, repeat // 4))),
            ("synthetic_one_core", lambda: one_core(paths, 1)),
            ("batch", lambda: batches(corpus, work)),
            ("big_file", lambda: big_file(work, big_mb, args.big_timeout)),
        ]
        if args.profile or (args.steps and "profile" in args.steps):
            steps.append(("profile", profile_seed))
        if args.steps:
            wanted = set(args.steps.split(","))
            steps = [(n, f) for n, f in steps if n in wanted]
            if args.out.exists():  # keep the other measurements of the previous run
                previous = json.loads(args.out.read_text(encoding="utf-8"))
                results = {**previous, **{k: v for k, v in results.items() if k != "table"}}
                results["remeasured"] = sorted(wanted)
        for name, step in steps:
            t = _now()
            print(f"… {name}", file=sys.stderr, flush=True)
            gc.collect()
            try:
                results[name] = step()
            except Exception as exc:  # one failing measurement must not lose the others
                results[name] = {"error": f"{type(exc).__name__}: {exc}"}
            results[name]["elapsed_s"] = _now() - t
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)

    results["load_after"] = _loadavg()
    rows = table(results)
    results["table"] = [
        dict(zip(("metric", "measured", "target", "met"), r, strict=True)) for r in rows
    ]
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print()
    print_table(rows)
    if "profile" in results and "by_module_pct" in results["profile"]:
        prof = results["profile"]
        print(
            f"\nprofile of one seed parse ({1000 * prof['total_s_per_parse']:.1f} ms), "
            "self time by module:"
        )
        for mod, pct in prof["by_module_pct"].items():
            print(f"  {pct:5.1f}%  {mod}")
        print("top functions (self %, cumulative %):")
        for row in prof["top_self_pct"]:
            print(f"  {row['self_pct']:5.1f}% {row['cum_pct']:5.1f}%  {row['function']}")
    print(
        f"\nload average before/after: {results['load_before']} / {results['load_after']}"
        f" on {results['cpus']} CPUs (other processes distort timings)"
    )
    print(f"results written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
