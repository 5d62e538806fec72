"""Bounded time and memory on pathological input (issue: validate / robustness).

Each case runs in a fresh subprocess so that its peak RSS is its own.  Run by hand:

    python benchmarks/robustness.py            # all cases (the 100 MB file takes minutes)
    python benchmarks/robustness.py --quick    # smaller sizes

Prints one line per case: size, seconds, MB/s, peak RSS and RSS per input byte.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "sme-division-plan-2012.en.txt"

CHILD = r"""
import json, resource, sys, time
import divplan
path = sys.argv[1]
t0 = time.perf_counter()
plan = divplan.parse_file(path)
dt = time.perf_counter() - t0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"seconds": dt, "rss": rss, "items": len(plan.items()),
                  "diagnostics": len(plan.diagnostics)}))
"""


def _cases(quick: bool) -> dict[str, str]:
    seed = SEED.read_text(encoding="utf-8")
    scale = 10 if quick else 1
    return {
        "single 5 MB line": "x" * (5_000_000 // scale),
        "10,000 nested parentheses": "1. T " + "(" * 10_000 + "Ministry of Finance" + ")" * 10_000,
        "100,000 items": "I. T\n"
        + "".join(f"{i}. Task {i}. (Ministry of Finance)\n" for i in range(1, 100_001 // scale)),
        "only numbers and dots": "".join(f"{i}.\n" for i in range(1, 200_000 // scale)),
        "100 MB file (seed repeated)": seed * ((100_000_000 // scale) // len(seed)),
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--only", help="run the cases whose name contains this")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in _cases(args.quick).items():
            if args.only and args.only not in name:
                continue
            path = Path(tmp) / "case.txt"
            path.write_text(text, encoding="utf-8")
            size = path.stat().st_size
            out = subprocess.run(
                [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, check=True
            )
            r = json.loads(out.stdout)
            rows.append((name, size, r))
            print(
                f"{name:32s} {size / 1e6:8.2f} MB {r['seconds']:8.2f} s "
                f"{size / 1e6 / max(r['seconds'], 1e-9):7.2f} MB/s "
                f"RSS {r['rss'] / 2**20:8.1f} MiB ({r['rss'] / size:6.1f} B/byte) "
                f"items={r['items']}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
