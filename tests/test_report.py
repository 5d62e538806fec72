"""The HTML report: static checks of the markup, and a real headless Chromium driving the page.

The browser tests start Debian's ``chromium`` (installed by ``.ci/chromium.sh``) headless with
remote debugging, talk to it over the DevTools protocol (``websocket-client``), and assert on
the page's DOM: no console errors or exceptions, as many items and departments as the gold file
says, a working department filter, and document text shown as text (a plan containing
``<script>`` runs no script).  They skip, saying why, only where Chromium is not installed.

Expected counts come from the gold files, not from the report code.
"""

from __future__ import annotations

import html
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import divplan
from divplan.analysis.report import render, source_text
from divplan.models import Plan

from browser import VISIBLE_ROWS, Page, choose, chromium_page
from conftest import GOLD, RAW, SEED, plan, run
from conftest import gold_ids as gold  # analyses key added bodies by id
from report_pages import (
    gold_counts,
    gold_departments,
    gold_pairs,
    has_class,
    parse_html,
    positions,
    raw_text,
    shown_text,
)

GOLDS = sorted(GOLD.glob("*.gold.json"))
NAMES = [g.name.split(".gold")[0] for g in GOLDS]
EVIL = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'


def evil_plan() -> tuple[Plan, str]:
    """The seed with markup in an item's text and an unresolved 'department' made of markup."""
    text = SEED.read_text(encoding="utf-8").replace(
        "1. Accelerate the pilot", f"1. {EVIL} Accelerate the pilot"
    )
    p = divplan.parse(text)
    first = p.items()[0]
    d = first.responsibility.leads[0]
    first.responsibility.leads[0] = d.model_copy(
        update={
            "id": None,
            "name": None,
            "name_zh": None,
            "mention": "</script><b>x",
            "status": "unresolved",
        }
    )
    return p, text


# ------------------------------------------------------------------------------ static markup
@pytest.mark.parametrize("name", NAMES)
def test_markup_counts_match_gold(name: str) -> None:
    page = render(plan(name), raw_text(name))
    doc = parse_html(page)
    tags = doc.tags
    n_items = len(gold(name)["items"])
    depts = gold_departments(name)
    rows = [a for t, a in tags if t == "tr" and "data-item" in a]
    assert [int(a["data-item"] or 0) for a in rows] == list(range(1, n_items + 1))
    assert sum(1 for t, a in tags if t == "span" and has_class(a, "item")) == n_items
    options = doc.dept_options
    assert set(options) == depts and len(options) == len(depts)
    nodes = {a["data-dept"] for t, a in tags if t == "g" and has_class(a, "node")}
    bars = {a["data-dept"] for t, a in tags if t == "g" and has_class(a, "bar")}
    assert nodes == bars == depts
    edges = {
        tuple(sorted((a["data-a"] or "", a["data-b"] or "")))
        for t, a in tags
        if t == "line" and has_class(a, "edge")
    }
    assert edges == gold_pairs(name)
    n_clauses = sum(1 for it in gold(name)["items"] if it["mode"] is not None)
    assert sum(1 for t, a in tags if t == "mark" and has_class(a, "clause")) == n_clauses + 1
    # the department × item matrix: a row per department, a cell per item it leads or joins
    counts = gold_counts(name)
    matrix_rows = [a["data-dept"] for t, a in tags if t == "tr" and "data-dept" in a]
    assert sorted(matrix_rows) == sorted(counts)
    assert sum(1 for t, a in tags if t == "th" and has_class(a, "col")) == n_items
    cells = parse_html(page).matrix_cells
    assert cells == {k: v for k, v in counts.items()}


def test_seed_clause_and_roles_highlighted() -> None:
    page = render(plan("sme-division-plan-2012"), raw_text("sme-division-plan-2012"))
    # item 4: "(The Ministry of Finance is in charge of the Ministry of Industry and …)"
    m = re.search(r'<span class="item" id="item-4" data-item="4">(.*?)</mark>', page, re.S)
    assert m is not None
    clause = m.group(1)[m.group(1).index('<mark class="clause"') :]
    leads = re.findall(r'class="dept lead" data-dept="([^"]+)"', clause)
    parts = re.findall(r'class="dept participant" data-dept="([^"]+)"', clause)
    assert (leads, parts) == (["MOF"], ["MIIT", "MOST", "MOFCOM"])
    g = gold("sme-division-plan-2012")["items"][3]
    assert (sorted(leads), sorted(parts)) == (sorted(g["leads"]), sorted(g["participants"]))


def test_source_text_is_complete_and_escaped() -> None:
    text = raw_text("en-web-2013")
    page = render(plan("en-web-2013"), text)
    src = page[page.index('<div id="source"') : page.index("</section>", page.index('id="source"'))]
    plain = re.sub(r"<[^>]+>", "", src)
    assert html.unescape(plain).strip() == text.strip()


def test_self_contained_no_external_resources() -> None:
    page = render(plan("zh-tc-city-2022"), raw_text("zh-tc-city-2022"))
    for tag, attrs in parse_html(page).tags:
        for key in ("src", "href"):
            value = attrs.get(key)
            if value is not None:
                assert value.startswith(("#", "data:")), (tag, key, value)
    assert "default-src 'none'" in page
    assert "@import" not in page and "url(" not in page


def test_document_text_is_escaped() -> None:
    p, text = evil_plan()
    page = render(p, text)
    doc = parse_html(page)
    assert [t for t, _ in doc.tags].count("script") == 2
    assert not any(t == "img" for t, _ in doc.tags)
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    data = doc.scripts[0]
    assert "<" not in data and ">" not in data and "&" not in data
    assert json.loads(data)["items"][0]["leads"][0] == "?</script><b>x"


def test_without_source_text_the_items_remain() -> None:
    page = render(plan("zh-sc-2019"))
    tags = parse_html(page).tags
    assert sum(1 for t, a in tags if t == "tr" and "data-item" in a) == 33
    assert not any(t == "span" and has_class(a, "item") for t, a in tags)
    assert "原文不可用" in page  # a Chinese plan: the note is in Chinese
    english = render(plan("en-web-2013"))
    assert "source text is not available" in english


def test_source_text_found_beside_json_and_checked(tmp_path: Path) -> None:
    p = plan("zh-sc-2019")
    (tmp_path / "zh-sc-2019.txt").write_bytes((RAW / "zh-sc-2019.txt").read_bytes())
    saved = tmp_path / "out" / "zh-sc-2019.json"
    saved.parent.mkdir()
    moved = p.model_copy(
        update={"source": p.source.model_copy(update={"path": "../zh-sc-2019.txt"})}
    )
    saved.write_text(moved.model_dump_json(), encoding="utf-8")
    assert source_text(divplan.read_json(saved), near=saved) == raw_text("zh-sc-2019")
    (tmp_path / "zh-sc-2019.txt").write_text("changed", encoding="utf-8")
    assert source_text(divplan.read_json(saved), near=saved) is None


# ------------------------------------------------------------------------------ command line
def test_cli_report_writes_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.html"
    rc, out, err = run(["report", str(SEED), "-o", str(target)], capsys)
    assert (rc, out, err) == (0, "", "")
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'data-items="75"' in page
    rc, out, _ = run(["report", str(RAW / "zh-gwr-2016.txt")], capsys)
    assert rc == 0 and 'data-items="33"' in out and '<html lang="zh">' in out


def test_cli_report_from_json_finds_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "seed.json"
    p = plan("sme-division-plan-2012")
    absolute = p.model_copy(update={"source": p.source.model_copy(update={"path": str(SEED)})})
    saved.write_text(absolute.model_dump_json(), encoding="utf-8")
    rc, out, _ = run(["report", str(saved)], capsys)
    assert rc == 0 and out.count('<span class="item"') == 75


def test_cli_report_unreadable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run(
        ["report", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "r.html")], capsys
    )
    assert rc == 2 and out == "" and err.count("\n") == 1 and "no such file" in err
    assert not (tmp_path / "r.html").exists()
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    rc, _, err = run(["report", str(bad)], capsys)
    assert rc == 2 and "not a divplan plan" in err and "Traceback" not in err


def test_cli_table_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    n_rows = sum(len(i["leads"]) + len(i["participants"]) for i in gold("zh-sc-2019")["items"])
    rc, out, _ = run(["table", str(RAW / "zh-sc-2019.txt")], capsys)
    assert rc == 0
    df = pd.read_csv(io.StringIO(out))
    assert len(df) == n_rows and list(df.columns[:7]) == [
        "position",
        "section",
        "subsection",
        "number",
        "mode",
        "role",
        "department",
    ]
    rc, out, _ = run(["table", str(RAW / "zh-sc-2019.txt"), "--format", "jsonl"], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == n_rows and rows[0]["name_zh"] == "商务部"
    target = tmp_path / "a.parquet"
    rc, _, _ = run(
        ["table", str(RAW / "zh-sc-2019.txt"), "--format", "parquet", "-o", str(target)], capsys
    )
    assert rc == 0 and len(pd.read_parquet(target)) == n_rows
    rc, _, err = run(["table", str(SEED), "--format", "parquet"], capsys)
    assert rc == 2 and "-o" in err
    both = tmp_path / "both.csv"
    rc, _, _ = run(["table", str(SEED), str(RAW / "zh-sc-2019.txt"), "-o", str(both)], capsys)
    df = pd.read_csv(both)
    seed_rows = sum(
        len(i["leads"]) + len(i["participants"]) for i in gold("sme-division-plan-2012")["items"]
    )
    assert df.groupby("plan").size().to_dict() == {
        "sme-division-plan-2012.en": seed_rows,
        "zh-sc-2019": n_rows,
    }
    rc, out, _ = run(["table", str(SEED), "--table", "workload"], capsys)
    w = pd.read_csv(io.StringIO(out)).set_index("department")
    assert (w.loc["MIIT", "led"], w.loc["MIIT", "joined"]) == (31, 6)
    rc, _, err = run(["table", str(tmp_path / "nope.txt")], capsys)
    assert rc == 2 and "no such file" in err


# ------------------------------------------------------------------------------ the browser
@pytest.fixture(scope="module")
def browser() -> Iterator[Page]:
    yield from chromium_page()


def test_browser_harness_sees_console_errors(browser: Page, tmp_path: Path) -> None:
    """The error collector is not vacuous: a broken page is reported."""
    path = tmp_path / "broken.html"
    path.write_text(
        "<!DOCTYPE html><title>x</title><script>console.error('boom'); missing();</script>",
        encoding="utf-8",
    )
    browser.open(path)
    errors = browser.errors()
    assert any("boom" in e for e in errors) and any("missing" in e for e in errors)


@pytest.mark.parametrize("name", NAMES)
def test_browser_page_loads_and_counts(browser: Page, name: str, tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(render(plan(name), raw_text(name)), encoding="utf-8")
    browser.open(path)
    assert browser.errors() == []
    n_items = len(gold(name)["items"])
    depts = gold_departments(name)
    assert browser.js("document.querySelectorAll('#items tbody tr[data-item]').length") == n_items
    assert browser.js("document.querySelectorAll('#source .item').length") == n_items
    assert browser.js(VISIBLE_ROWS) == list(range(1, n_items + 1))
    options = browser.js(
        "Array.from(document.querySelectorAll('#dept-filter option'))"
        ".map(function (o) { return o.value; }).filter(Boolean)"
    )
    assert sorted(options) == sorted(depts)
    assert browser.js("document.querySelectorAll('#network .node').length") == len(depts)
    assert browser.js("document.querySelectorAll('#workload .bar').length") == len(depts)
    assert browser.js("document.querySelectorAll('#network .edge').length") == len(gold_pairs(name))
    assert browser.js("document.getElementById('shown-count').textContent") == shown_text(
        name, n_items, n_items
    )
    # the filter, on the busiest department of this plan (from the gold), in each role
    busiest = max(sorted(depts), key=lambda k: len(positions(name, k)))
    for role in ("any", "lead", "participant"):
        assert choose(browser, busiest, role) == positions(name, busiest, role), role
    dimmed = browser.js(
        "Array.from(document.querySelectorAll('#source .item:not(.dim)'))"
        ".map(function (e) { return Number(e.getAttribute('data-item')); })"
    )
    assert dimmed == positions(name, busiest, "participant")
    assert choose(browser, "") == list(range(1, n_items + 1))
    assert browser.errors() == []


def test_browser_seed_filter_miit(browser: Page, tmp_path: Path) -> None:
    name = "sme-division-plan-2012"
    path = tmp_path / "report.html"
    path.write_text(render(plan(name), raw_text(name)), encoding="utf-8")
    browser.open(path)
    led = choose(browser, "MIIT", "lead")
    joined = choose(browser, "MIIT", "participant")
    assert (len(led), len(joined)) == (31, 6)
    assert led == positions(name, "MIIT", "lead") and joined == positions(
        name, "MIIT", "participant"
    )
    assert browser.js("document.getElementById('shown-count').textContent") == "6 of 75 items"
    # the matrix: MIIT's row has a cell per item it leads and per item it joins
    assert (
        browser.js("document.querySelectorAll('#matrix tr[data-dept=\"MIIT\"] td.lead').length")
        == 31
    )
    assert (
        browser.js(
            "document.querySelectorAll('#matrix tr[data-dept=\"MIIT\"] td.participant:not([hidden])')"
            ".length"
        )
        == 6
    )  # the filter shows the items MIIT joins, and the matrix only their columns
    assert choose(browser, "MIIT") == sorted(led + joined)
    # clicking a bar of the chart selects its department; clicking it again clears the filter
    choose(browser, "")
    browser.js(
        "document.querySelector('#workload .bar[data-dept=\"MOF\"]').dispatchEvent(new MouseEvent('click', {bubbles: true}))"
    )
    assert browser.js("document.getElementById('dept-filter').value") == "MOF"
    assert browser.js(VISIBLE_ROWS) == positions(name, "MOF")
    assert browser.js("document.querySelectorAll('#network .node.selected').length") == 1
    browser.js(
        "document.querySelector('#network .node[data-dept=\"MOF\"]').dispatchEvent(new MouseEvent('click', {bubbles: true}))"
    )
    assert browser.js("document.getElementById('dept-filter').value") == ""
    assert browser.errors() == []


def test_browser_unresolved_local_department(browser: Page, tmp_path: Path) -> None:
    name = "zh-tc-city-2022"
    path = tmp_path / "report.html"
    path.write_text(render(plan(name), raw_text(name)), encoding="utf-8")
    browser.open(path)
    assert choose(browser, "?市商務局") == positions(name, "?市商務局")
    assert browser.js("document.documentElement.lang") == "zh-Hant"
    assert browser.errors() == []


def test_browser_document_markup_is_text(browser: Page, tmp_path: Path) -> None:
    p, text = evil_plan()
    path = tmp_path / "evil.html"
    path.write_text(render(p, text), encoding="utf-8")
    browser.open(path)
    assert browser.errors() == []
    assert browser.js("typeof window.__pwned") == "undefined"
    assert browser.js("document.scripts.length") == 2
    assert browser.js("document.images.length") == 0
    assert EVIL in browser.js("document.getElementById('item-1').textContent")
    assert EVIL in browser.js(
        "document.querySelector('#items tr[data-item=\"1\"] td.text').textContent"
    )
    assert browser.js("document.getElementById('dept-filter').options[1].value") in {
        "?</script><b>x",
        "MIIT",
    }
    assert choose(browser, "?</script><b>x") == [1]
    # the detail card of that mention shows the markup as text, built without innerHTML
    browser.js(
        "document.querySelector('#source .dept[data-written=\"</script><b>x\"]')"
        ".dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))"
    )
    assert "</script><b>x" in browser.js("document.getElementById('dept-card').textContent")
    assert browser.js("document.querySelectorAll('#dept-card b, #dept-card script').length") == 0
    assert browser.js("typeof window.__pwned") == "undefined"
    assert browser.errors() == []
