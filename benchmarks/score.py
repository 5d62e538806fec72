"""Score divplan's reading of plans against hand-made golds (conventions.md, "Gold files").

Usage: python benchmarks/score.py DIR_OR_GOLD… [--per-doc] [--show-wrong]

Each ``NAME.gold.json`` is paired with the text its ``document`` field names, in the same folder.
Prints, per document and for the whole set:
- structure F1: sections, subsections and items as (kind, section, subsection, number) keys;
- role-pair F1: (item key, role, department) triples, plus (item key, "others") when set;
- items exact: every gold field of the item equal (mode, leads, participants, others, deadline);
- wrong, no warning: items not exact whose span carries no warning/error diagnostic and whose
  responsibility is not read ``inferred``: errors nobody can see (an item missing from a
  document the reader said it could not read, DP003 or DP401, or read in part, DP404 or
  DP303, was seen);
- right but inferred: items exact whose responsibility is read ``inferred`` (a false alarm of
  the reader's own doubt: the price of the doubts that make errors visible).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import divplan  # noqa: E402

from gold_compare import gold_items, reading  # noqa: E402

FIELDS = ("mode", "leads", "participants", "others", "deadline", "numbered")


def _f1(gold: Counter[Any], got: Counter[Any]) -> tuple[int, int, int]:
    tp = sum((gold & got).values())
    return tp, sum(got.values()), sum(gold.values())


def _structure(g: dict[str, Any], r: dict[str, Any]) -> tuple[Counter[Any], Counter[Any]]:
    def keys(doc: dict[str, Any], items: list[dict[str, Any]]) -> Counter[Any]:
        c: Counter[Any] = Counter()
        c.update(("S", s["number"]) for s in doc["sections"])
        c.update(("s", s["section"], s["number"]) for s in doc["subsections"])
        c.update(("i", i["section"], i["subsection"], i["number"]) for i in items)
        return c

    return keys(g, gold_items(g)), keys(r, r["items"])


def _pairs(items: list[dict[str, Any]]) -> Counter[Any]:
    c: Counter[Any] = Counter()
    for it in items:
        k = (it["section"], it["subsection"], it["number"])
        c.update((k, "lead", d) for d in it["leads"])
        c.update((k, "participant", d) for d in it["participants"])
        if it["others"]:
            c[(k, "others")] += 1
    return c


def score(
    gold_path: Path, show_wrong: bool = False, plan: divplan.Plan | None = None
) -> dict[str, Any]:
    """Score one gold; ``plan`` is the reading of its document when the caller already has it
    (the genre-matrix tests parse each document once and check more than the score on it)."""
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    if plan is None:
        plan = divplan.parse_file(gold_path.parent / g["document"])
    r = reading(plan)
    gs, rs = _structure(g, r)
    gi = gold_items(g)
    flagged_spans = [
        d.span for d in plan.diagnostics if d.severity in ("warning", "error")
    ]
    by_key: dict[Any, list[tuple[dict[str, Any], Any]]] = {}
    for row, item in zip(r["items"], plan.items(), strict=True):
        by_key.setdefault((row["section"], row["subsection"], row["number"]), []).append(
            (row, item)
        )
    # a document the reader said it could not read (its text layer damaged, DP003; no items,
    # DP401) or read only in part (lines built like tasks that are no items, DP404; headings
    # and numbered lines after the plan's read end, DP303): its missing items were not missed
    # in silence
    unread = any(d.code in ("DP003", "DP401", "DP404", "DP303") for d in plan.diagnostics)
    exact = wrong_silent = right_warned = 0
    wrong: list[str] = []
    for it in gi:
        key = (it["section"], it["subsection"], it["number"])
        cands = by_key.get(key, [])
        row, item = cands.pop(0) if cands else (None, None)
        warned = item is None and unread
        if item is not None:
            s, e = item.span
            warned = getattr(item.responsibility, "reading", "exact") == "inferred" or any(
                a < e and b > s for a, b in flagged_spans
            )
        if row is not None and all(row[f] == it[f] for f in FIELDS):
            exact += 1
            right_warned += getattr(item.responsibility, "reading", "") == "inferred"
            continue
        if not warned:
            wrong_silent += 1
        if show_wrong:
            got = {f: row[f] for f in FIELDS} if row else None
            want = {f: it[f] for f in FIELDS}
            flag = "(warned)" if warned else "(SILENT)"
            wrong.append(f"  {key} {flag}\n    want {want}\n    got  {got}")
    return {
        "doc": gold_path.name.removesuffix(".gold.json"),
        "structure": _f1(gs, rs),
        "roles": _f1(_pairs(gi), _pairs(r["items"])),
        "items": len(gi),
        "exact": exact,
        "silent": wrong_silent,
        "right_warned": right_warned,
        "wrong": wrong,
    }


def _fmt(tp: int, got: int, want: int) -> str:
    p = tp / got if got else 1.0
    r = tp / want if want else 1.0
    return f"{(2 * p * r / (p + r)) if p + r else 0.0:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--per-doc", action="store_true")
    ap.add_argument("--show-wrong", action="store_true")
    ap.add_argument("--json", action="store_true", help="totals as JSON")
    args = ap.parse_args(argv)
    golds: list[Path] = []
    for p in args.paths:
        golds += sorted(p.rglob("*.gold.json")) if p.is_dir() else [p]
    tot = {
        "structure": [0, 0, 0], "roles": [0, 0, 0],
        "items": 0, "exact": 0, "silent": 0, "right_warned": 0,
    }
    for gp in golds:
        s = score(gp, args.show_wrong)
        for k in ("structure", "roles"):
            tot[k] = [a + b for a, b in zip(tot[k], s[k], strict=True)]
        for k in ("items", "exact", "silent", "right_warned"):
            tot[k] += s[k]
        if args.per_doc or args.show_wrong:
            print(
                f"{s['doc']:28} structure {_fmt(*s['structure'])}  roles {_fmt(*s['roles'])}"
                f"  exact {s['exact']:3}/{s['items']:<3}  silent {s['silent']}"
            )
            for w in s["wrong"]:
                print(w)
    n = tot["items"] or 1
    summary = {
        "documents": len(golds),
        "structure_f1": float(_fmt(*tot["structure"])),
        "role_pair_f1": float(_fmt(*tot["roles"])),
        "items": tot["items"],
        "items_exact": tot["exact"],
        "items_exact_share": round(tot["exact"] / n, 4),
        "wrong_no_warning": tot["silent"],
        "right_but_inferred": tot["right_warned"],
    }
    if args.json:
        print(json.dumps(summary))
    else:
        print(
            f"{len(golds)} documents, {tot['items']} items:"
            f" structure F1 {summary['structure_f1']:.3f}"
            f"  role-pair F1 {summary['role_pair_f1']:.3f}  exact {tot['exact']}"
            f" ({100 * summary['items_exact_share']:.1f} %)  wrong with no warning {tot['silent']}"
            f"  right but inferred {tot['right_warned']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
