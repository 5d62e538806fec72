"""Analysis tables, workload, network, corpus frames and JSON round trip (divplan.analysis.tables).

Expected values are counted here from the hand-made gold files (tests/gold/*.gold.json), not
from the functions under test: the workload of a department is the number of gold items that
list it as a lead or a participant, an edge weight the number of gold items naming both, etc.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest

import divplan
import divplan.analysis.tables
from divplan.errors import InputError

from conftest import GOLD, RAW, ROOT, SEED, STRUCTURED, plan, run
from conftest import gold_ids as gold

pd = pytest.importorskip("pandas")
nx = pytest.importorskip("networkx")

GOLDS = sorted(GOLD.glob("*.gold.json"))
NAMES = [g.name.split(".gold")[0] for g in GOLDS]


def gold_counts(name: str) -> dict[str, tuple[int, int]]:
    """Department key → (items led, items joined), counted from the gold file."""
    led: Counter[str] = Counter()
    joined: Counter[str] = Counter()
    for it in gold(name)["items"]:
        led.update(set(it["leads"]))
        joined.update(set(it["participants"]) - set(it["leads"]))
    return {k: (led[k], joined[k]) for k in set(led) | set(joined)}


# ------------------------------------------------------------------------------ items_frame
@pytest.mark.parametrize("name", NAMES)
def test_items_frame_matches_gold(name: str) -> None:
    df = plan(name).items_frame()
    items = gold(name)["items"]
    assert len(df) == len(items)
    assert list(df["position"]) == list(range(1, len(items) + 1))
    got = list(zip(df["section"], df["subsection"], df["number"], df["mode"], strict=True))
    want = [(g["section"], g["subsection"], g["number"], g["mode"]) for g in items]
    assert [tuple(None if pd.isna(v) else v for v in row) for row in got] == want
    assert [None if pd.isna(d) else d for d in df["deadline"]] == [g.get("deadline") for g in items]
    assert list(df["numbered"]) == [g.get("numbered", True) for g in items]
    # spans nest: item ⊇ text, item ⊇ clause, item ⊇ deadline
    assert (df["start"] <= df["text_start"]).all() and (df["text_end"] <= df["end"]).all()
    has_clause = df["clause_start"].notna()
    assert list(has_clause) == [g["mode"] is not None for g in items]
    clauses = df[has_clause]
    assert (clauses["clause_start"] >= clauses["start"]).all()
    assert (clauses["clause_end"] <= clauses["end"]).all()


def test_items_frame_seed_spans_point_into_the_source() -> None:
    df = plan("sme-division-plan-2012").items_frame()
    text = SEED.read_text(encoding="utf-8")
    first = df.iloc[0]
    assert text[first["clause_start"] : first["clause_end"]] == (
        "(Responsible by the Ministry of Finance and the Taxation Administration)"
    )
    assert text[first["text_start"] : first["text_end"]].startswith(
        "Accelerate the pilot of the change of business tax"
    )
    assert text[first["start"] : first["end"]].startswith("1. Accelerate")
    assert first["leads"] == "MOF; SAT"
    assert str(df["subsection"].dtype) == "Int64"


def test_items_frame_dev_unnumbered_items() -> None:
    df = plan("zh-gwr-2016").items_frame()
    assert not df["numbered"].any()
    assert list(df["number"]) == list(range(1, len(df) + 1))


# ------------------------------------------------------------------------------ assignments
@pytest.mark.parametrize("name", NAMES)
def test_assignments_frame_matches_gold(name: str) -> None:
    df = plan(name).assignments_frame()
    want: Counter[tuple[int, int, str, str]] = Counter()
    for g in gold(name)["items"]:
        for k in g["leads"]:
            want[(g["section"], g["number"], "lead", k)] += 1
        for k in g["participants"]:
            want[(g["section"], g["number"], "participant", k)] += 1
    got = Counter(zip(df["section"], df["number"], df["role"], df["department"], strict=True))
    assert got == want
    assert set(df["role"]) <= {"lead", "participant"}
    resolved = df["id"].notna()
    assert (df.loc[resolved, "department"] == df.loc[resolved, "id"]).all()
    assert (df.loc[~resolved, "department"] == "?" + df.loc[~resolved, "mention"]).all()


def test_assignments_frame_seed_row() -> None:
    df = plan("sme-division-plan-2012").assignments_frame()
    # Item 4: "(The Ministry of Finance is in charge of the Ministry of Industry and Information
    # Technology, the Ministry of Science and Technology, and the Ministry of Commerce)"
    rows = df[df["number"] == 4]
    assert list(zip(rows["role"], rows["department"], strict=True)) == [
        ("lead", "MOF"),
        ("participant", "MIIT"),
        ("participant", "MOST"),
        ("participant", "MOFCOM"),
    ]
    miit = rows[rows["department"] == "MIIT"].iloc[0]
    assert miit["name"] == "Ministry of Industry and Information Technology"
    assert miit["name_zh"] == "工业和信息化部"
    assert miit["mention"] == "Ministry of Industry and Information Technology"
    assert miit["score"] == 100.0
    assert miit["mode"] == "lead"
    text = SEED.read_text(encoding="utf-8")
    assert text[miit["mention_start"] : miit["mention_end"]] == miit["mention"]


def test_assignments_frame_dev_chinese_names() -> None:
    df = plan("zh-sc-2019").assignments_frame()
    first = df.iloc[0]
    assert (first["number"], first["role"], first["department"]) == (1, "lead", "MOFCOM")
    assert first["name_zh"] == "商务部" and first["name"] == "Ministry of Commerce"
    local = plan("zh-tc-city-2022").assignments_frame()
    lead = local.iloc[0]
    assert (lead["department"], lead["id"], lead["status"]) == ("?市商務局", None, "unresolved")


# ------------------------------------------------------------------------------ workload
def test_workload_seed_miit_against_gold() -> None:
    w = plan("sme-division-plan-2012").workload()
    led = sum(1 for it in gold("sme-division-plan-2012")["items"] if "MIIT" in it["leads"])
    joined = sum(
        1 for it in gold("sme-division-plan-2012")["items"] if "MIIT" in it["participants"]
    )
    assert (w.loc["MIIT", "led"], w.loc["MIIT", "joined"]) == (led, joined) == (31, 6)
    assert w.loc["MIIT", "total"] == 37
    assert w.loc["MIIT", "share"] == pytest.approx(37 / 75)
    assert w.index[0] == "MIIT"  # the department that carries the most tasks
    assert w.loc["MIIT", "name"] == "Ministry of Industry and Information Technology"


@pytest.mark.parametrize("name", NAMES)
def test_workload_matches_gold(name: str) -> None:
    w = plan(name).workload()
    want = gold_counts(name)
    n_items = len(gold(name)["items"])
    assert set(w.index) == set(want)
    for key, (led, joined) in want.items():
        row = w.loc[key]
        assert (row["led"], row["joined"], row["total"]) == (led, joined, led + joined), key
        assert row["share"] == pytest.approx((led + joined) / n_items)
    assert list(w["total"]) == sorted(w["total"], reverse=True)
    busiest = max(want.values(), key=lambda x: x[0] + x[1])
    assert w["total"].iloc[0] == sum(busiest)


def test_workload_who_only_takes_part() -> None:
    w = plan("sme-division-plan-2012").workload()
    only = {k for k, (led, joined) in gold_counts("sme-division-plan-2012").items() if led == 0}
    assert set(w.index[w["led"] == 0]) == only
    assert "ORUP" in only  # the rectification office only takes part in the seed


def test_workload_unresolved_names_by_script() -> None:
    w = plan("zh-tc-city-2022").workload()
    row = w.loc["?市商務局"]
    assert pd.isna(row["id"]) and pd.isna(row["name"]) and row["name_zh"] == "市商務局"
    en = plan("en-web-2013").workload()
    row = en.loc["CMA"]  # a body the registry added (edition 2): keyed by its id
    assert row["name"] == "China Meteorological Administration" and row["name_zh"] == "中国气象局"


# ------------------------------------------------------------------------------ network
def gold_pairs(name: str, directed: bool) -> Counter[tuple[str, str]]:
    out: Counter[tuple[str, str]] = Counter()
    for it in gold(name)["items"]:
        if directed:
            out.update((a, b) for a in it["leads"] for b in it["participants"])
        else:
            out.update(combinations(sorted(set(it["leads"]) | set(it["participants"])), 2))
    return out


@pytest.mark.parametrize("name", NAMES)
def test_network_matches_gold(name: str) -> None:
    g = plan(name).network()
    assert isinstance(g, nx.Graph) and not g.is_directed()
    assert set(g.nodes) == set(gold_counts(name))
    want = gold_pairs(name, directed=False)
    got = {tuple(sorted((a, b))): d["weight"] for a, b, d in g.edges(data=True)}
    assert got == dict(want)


@pytest.mark.parametrize("name", NAMES)
def test_directed_network_matches_gold(name: str) -> None:
    g = plan(name).network(directed=True)
    assert isinstance(g, nx.DiGraph)
    assert set(g.nodes) == set(gold_counts(name))
    got = {(a, b): d["weight"] for a, b, d in g.edges(data=True)}
    assert got == dict(gold_pairs(name, directed=True))


def test_network_seed_node_attributes_and_top_pair() -> None:
    g = plan("sme-division-plan-2012").network()
    assert g.nodes["MIIT"]["led"] == 31 and g.nodes["MIIT"]["total"] == 37
    want = gold_pairs("sme-division-plan-2012", directed=False)
    ((pair, weight),) = want.most_common(1)
    assert g.edges[pair]["weight"] == weight
    assert max(d["weight"] for _, _, d in g.edges(data=True)) == weight
    d = plan("sme-division-plan-2012").network(directed=True)
    assert d.out_degree("ORUP") == 0  # never leads: no outgoing lead → participant edge


# ------------------------------------------------------------------------------ corpus frames
def test_frames_concatenates_corpus_with_plan_ids() -> None:
    plans = [plan(n) for n in NAMES]
    f = divplan.frames(plans)
    stems = [Path(gold(n)["document"]).stem for n in NAMES]
    assert list(f.items.columns[:2]) == ["plan", "position"]
    assert f.items.groupby("plan", sort=False).size().to_dict() == {
        s: len(gold(n)["items"]) for s, n in zip(stems, NAMES, strict=True)
    }
    assert f.assignments.groupby("plan").size().to_dict() == {
        s: sum(len(i["leads"]) + len(i["participants"]) for i in gold(n)["items"])
        for s, n in zip(stems, NAMES, strict=True)
    }
    seed = f.workload[f.workload["plan"] == "sme-division-plan-2012.en"].set_index("department")
    assert (seed.loc["MIIT", "led"], seed.loc["MIIT", "joined"]) == gold_counts(
        "sme-division-plan-2012"
    )["MIIT"]
    # one line: which department is named on most items across the corpus?
    across = f.assignments.groupby("department")["position"].size()
    counts: Counter[str] = Counter()
    for n in NAMES:
        counts.update({k: a + b for k, (a, b) in gold_counts(n).items()})
    assert across.idxmax() == counts.most_common(1)[0][0]


def test_frames_mapping_and_duplicate_ids() -> None:
    seed = plan("sme-division-plan-2012")
    f = divplan.frames({"old": seed, "new": plan("zh-sc-2019")})
    assert list(dict.fromkeys(f.items["plan"])) == ["old", "new"]
    twice = divplan.frames([seed, seed])
    assert list(dict.fromkeys(twice.items["plan"])) == [
        "sme-division-plan-2012.en",
        "sme-division-plan-2012.en#2",
    ]
    empty = divplan.frames([])
    assert len(empty.assignments) == 0 and "plan" in empty.assignments.columns


# ------------------------------------------------------------------------------ read_json
@pytest.mark.parametrize("name", NAMES)
def test_read_json_round_trip(name: str, tmp_path: Path) -> None:
    p = plan(name)
    path = tmp_path / "plan.json"
    path.write_text(p.model_dump_json(indent=2), encoding="utf-8")
    back = divplan.read_json(path)
    assert back == p
    assert back.workload().equals(p.workload())


@pytest.mark.parametrize("name", NAMES)
def test_read_json_of_checked_in_structured(name: str) -> None:
    stem = Path(gold(name)["document"]).stem
    back = divplan.read_json(STRUCTURED / f"{stem}.json")
    fresh = plan(name)
    assert back.model_copy(update={"source": fresh.source}) == fresh
    assert back.source.sha256 == fresh.source.sha256


def test_read_json_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        divplan.read_json(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        divplan.read_json(bad)
    other = tmp_path / "other.json"
    other.write_text('{"hello": "world"}', encoding="utf-8")
    with pytest.raises(InputError, match="not a divplan plan"):
        divplan.read_json(other)


# ------------------------------------------------------------------------------ Jupyter repr
def test_repr_html_table_and_escaping() -> None:
    seed = plan("sme-division-plan-2012")
    page = seed._repr_html_()
    assert page.count("<tr><td>") == 60  # cut after 60 rows of 75
    assert "and 15 more items" in page
    small = plan("zh-sc-2019")._repr_html_()
    assert small.count("<tr><td>") == len(gold("zh-sc-2019")["items"])
    assert "MOFCOM" in small
    text = SEED.read_text(encoding="utf-8").replace(
        "1. Accelerate the pilot", "1. <script>alert('x')</script> Accelerate the pilot"
    )
    evil = divplan.parse(text)
    html_ = evil._repr_html_()
    assert "<script>" not in html_ and "&lt;script&gt;alert(&#x27;x&#x27;)" in html_


# ------------------------------------------------------------------------------ import cost
def test_import_divplan_does_not_import_pandas_or_networkx() -> None:
    code = (
        "import sys, divplan\n"
        "divplan.Plan; divplan.read_json; divplan.compare\n"
        "from divplan.analysis import report\nfrom divplan.cli import analysis as cli_analysis\n"
        "p = divplan.parse_file(sys.argv[1])\n"
        "report.render(p, None); divplan.compare(p, p)\n"
        "print(sorted(m for m in ('pandas', 'networkx') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(SEED)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert out.stdout.strip() == "[]"


def test_divplan_compare_is_the_function() -> None:
    import divplan.analysis.comparison  # importing the module does not shadow the function

    seed = plan("sme-division-plan-2012")
    assert divplan.compare is divplan.analysis.comparison.compare
    assert divplan.compare(seed, seed).summary()["unchanged"] == 75


# ------------------------------------------------------------------------------ frames of anything
def test_frames_of_one_plan() -> None:
    """frames(plan) used to fail with AttributeError: a pydantic model iterates its fields."""
    seed = plan("sme-division-plan-2012")
    f = divplan.frames(seed)
    assert set(f.items["plan"]) == {"sme-division-plan-2012.en"} and len(f.items) == 75
    assert len(f.assignments) == sum(
        len(i["leads"]) + len(i["participants"]) for i in gold("sme-division-plan-2012")["items"]
    )
    w = f.workload.set_index("department")
    assert (w.loc["MIIT", "led"], w.loc["MIIT", "joined"]) == (31, 6)
    row = f.plans.iloc[0]
    assert list(f.plans.columns) == list(divplan.analysis.tables.PLAN_COLUMNS)
    assert (row["plan"], row["date"], row["doc_number"], row["issuer"]) == (
        "sme-division-plan-2012.en",
        "2012-08-02",
        "国办函〔2012〕141号",
        "GOSC",
    )
    assert row["issuer_name"] == "General Office of the State Council"
    assert (row["items"], row["departments"]) == (75, len(gold_counts("sme-division-plan-2012")))
    assert (row["errors"], row["warnings"]) == (0, 0)
    assert len(f.diagnostics) == 0 and list(f.diagnostics.columns[:3]) == [
        "plan",
        "code",
        "severity",
    ]


def test_frames_plans_and_diagnostics_tables() -> None:
    f = divplan.frames([plan(n) for n in NAMES])
    assert len(f.plans) == len(NAMES)
    by_plan = f.plans.set_index("plan")
    for n in NAMES:
        stem = Path(gold(n)["document"]).stem
        assert by_plan.loc[stem, "items"] == len(gold(n)["items"])
        assert by_plan.loc[stem, "departments"] == len(gold_counts(n))
        md = gold(n)["metadata"]
        assert by_plan.loc[stem, "date"] == md["date"]
        assert by_plan.loc[stem, "doc_number"] == md["doc_number_normalized"]
        assert by_plan.loc[stem, "issuer"] == md["issuer"]
    assert by_plan.loc["zh-tc-city-2022", "language"] == "zh-Hant"
    # en-web-2013: an item without a clause (DP201) — the diagnostic points at that item
    web = f.diagnostics[f.diagnostics["plan"] == "en-web-2013"].set_index("code")
    no_clause = [i for i, it in enumerate(gold("en-web-2013")["items"], 1) if it["mode"] is None]
    assert [web.loc["DP201", "position"]] == no_clause
    assert str(f.diagnostics["position"].dtype) == "Int64"
    counts = f.diagnostics.groupby(["plan", "severity"]).size()
    for stem in by_plan.index:
        errors = counts.get((stem, "error"), 0)
        assert by_plan.loc[stem, "errors"] == errors
    # the diagnostic's span lies inside its item's span
    items = f.items.set_index(["plan", "position"])
    for _, d in f.diagnostics.dropna(subset=["position"]).iterrows():
        it = items.loc[(d["plan"], d["position"])]
        assert it["start"] <= d["start"] < it["end"]


def test_read_jsonl_and_frames_of_a_batch_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [RAW / gold(n)["document"] for n in ("sme-division-plan-2012", "zh-sc-2019")]
    rc, out, _ = run(["parse", *map(str, files), "--format", "jsonl"], capsys)
    assert rc == 0
    batch = tmp_path / "plans.jsonl"
    batch.write_text(out + "\n", encoding="utf-8")  # a blank line is skipped
    plans = list(divplan.read_jsonl(batch))
    assert [len(p.items()) for p in plans] == [75, 33]
    assert plans[0].model_copy(update={"source": plan("sme-division-plan-2012").source}) == plan(
        "sme-division-plan-2012"
    )
    for source in (batch, str(batch), [batch]):
        f = divplan.frames(source)
        assert f.items.groupby("plan", sort=False).size().to_dict() == {
            "sme-division-plan-2012.en": 75,
            "zh-sc-2019": 33,
        }
        assert list(f.plans["plan"]) == ["sme-division-plan-2012.en", "zh-sc-2019"]
    w = divplan.frames(batch).workload
    miit = w[(w["plan"] == "sme-division-plan-2012.en") & (w["department"] == "MIIT")].iloc[0]
    assert (miit["led"], miit["joined"]) == (31, 6)
    # a folder of saved output: every *.json and *.jsonl in it
    folder = tmp_path / "out"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "web.json").write_text(plan("en-web-2013").model_dump_json(), "utf-8")
    (folder / "plans.jsonl").write_text(out, encoding="utf-8")
    assert sorted(divplan.frames(folder).plans["plan"]) == [
        "en-web-2013",
        "sme-division-plan-2012.en",
        "zh-sc-2019",
    ]


def test_read_jsonl_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        divplan.read_jsonl(tmp_path / "missing.jsonl")  # at once, not at the first next()
    bad = tmp_path / "bad.jsonl"
    bad.write_text(plan("zh-sc-2019").model_dump_json() + "\n" + '{"hello": 1}\n', encoding="utf-8")
    plans = divplan.read_jsonl(bad)
    assert len(next(plans).items()) == 33
    with pytest.raises(InputError, match=r"bad\.jsonl:2: not a divplan plan"):
        next(plans)
    torn = tmp_path / "torn.jsonl"
    torn.write_text(plan("zh-sc-2019").model_dump_json()[:100], encoding="utf-8")
    with pytest.raises(InputError, match=r"torn\.jsonl:1: not valid JSON"):
        divplan.frames(torn)


# ------------------------------------------------------------------------------ Comparison in Jupyter
def test_comparison_repr_html() -> None:
    old = plan("sme-division-plan-2012")
    text = SEED.read_text(encoding="utf-8")
    edited = text.replace("1. Accelerate the pilot", "1. <b>Speed up</b> the pilot").replace(
        "(Ministry of Commerce, Banking Regulatory Commission)", "(Ministry of Commerce)"
    )
    new = divplan.parse(edited)
    c = divplan.compare(old, new)
    page = c._repr_html_()
    s = c.summary()
    assert f"{s['unchanged']} unchanged, {s['reworded']} reworded" in page
    assert s["reworded"] == 1 and s["responsibility_changed"] == 1
    assert page.count('<tr data-status="reworded">') == 1
    assert "&lt;b&gt;Speed up&lt;/b&gt;" in page and "<b>Speed up" not in page
    assert "mode joint → sole; leads −CBRC" in page  # item 12 lost its second lead
    # only what changed is listed: not the 73 unchanged items
    assert page.count("<tr data-status=") == 2 + len(
        [d for d in c.departments if d.status != "same"]
    )
    across = divplan.compare(old, plan("zh-sc-2019"))._repr_html_()
    assert "CBRC → CBIRC" in across and "… and 48 more changed items" in across
