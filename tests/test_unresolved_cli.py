"""`divplan unresolved` and `--aliases`: review unknown names, feed them back as aliases."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from divplan.cli.app import main

from conftest import GOLD, RAW

HEADER = "id\tkind\tname_zh\tname_en\taliases\tfrom\tto\tsuccessors\n"


def _rows(out: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(out), delimiter="\t"))


def test_unresolved_lists_mentions_with_counts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["unresolved", str(RAW / "zh-tc-city-2022.txt"), str(RAW / "en-web-2013.txt")]) == 0
    rows = _rows(capsys.readouterr().out)
    by_name = {(r["name_zh"] or r["name_en"]): r for r in rows}
    gold = json.loads((GOLD / "zh-tc-city-2022.gold.json").read_text(encoding="utf-8"))
    expected = sum((it["leads"] + it["participants"]).count("?市商務局") for it in gold["items"])
    assert by_name["市商務局"]["count"] == str(expected)
    # a body the registry added (edition 2) is no longer unknown
    assert "China Meteorological Administration" not in by_name
    assert all(r["status"] == "unresolved" for r in rows)
    assert list(rows[0].keys())[:8] == HEADER.strip().split("\t")
    counts = [int(r["count"]) for r in rows]
    assert counts == sorted(counts, reverse=True)


def test_fuzzy_mentions_are_proposed_as_aliases(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "p.txt"
    plan.write_text("I. T\n1. A. (Minstry of Commerce)\n2. B. (Ministry of Finance)\n", encoding="utf-8")
    assert main(["unresolved", str(plan)]) == 0
    (row,) = _rows(capsys.readouterr().out)
    assert (row["id"], row["aliases"], row["status"]) == ("MOFCOM", "Minstry of Commerce", "fuzzy")


def test_aliases_file_resolves_local_departments_and_bans(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    aliases = tmp_path / "local.tsv"
    aliases.write_text(
        HEADER
        + "JZ-COM\tbureau\t江州市商务局\tJiangzhou Municipal Bureau of Commerce\t市商務局;市商务局\t2000\t\t\n"
        + "\tban\t\tMinistry of Finance\t\t\t\t\n",
        encoding="utf-8",
    )
    src = RAW / "zh-tc-city-2022.txt"
    assert main(["parse", str(src), "--aliases", str(aliases)]) == 0
    doc = json.loads(capsys.readouterr().out)
    first = doc["sections"][0]["items"][0]["responsibility"]["leads"][0]
    assert (first["id"], first["mention"]) == ("JZ-COM", "市商務局")
    plan = tmp_path / "p.txt"
    plan.write_text("I. T\n1. A. (Ministry of Finance)\n", encoding="utf-8")
    assert main(["parse", str(plan), "--aliases", str(aliases)]) == 0
    lead = json.loads(capsys.readouterr().out)["sections"][0]["items"][0]["responsibility"]["leads"][0]
    assert lead["id"] is None and lead["status"] == "unresolved"


def test_bad_aliases_file_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("not\ta\tregistry\n", encoding="utf-8")
    assert main(["parse", str(RAW / "zh-sc-2019.txt"), "--aliases", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
