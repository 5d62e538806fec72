"""The review loop: `divplan unresolved` writes a file that `--aliases` takes back as it is."""

from __future__ import annotations

import csv
import io
import logging
from pathlib import Path

import pytest

from divplan.cli.app import main
from divplan.names.registry import Registry
from divplan.names.table import COLUMNS

from conftest import RAW

PLAN = """关于印发分工方案的通知
2021年8月30日
一、任务
1. 做好一件事。（省财政厅负责）
2. 做好二件事。（全国哲学社会科学工作办公室负责）
"""
PLAN_EN = """Division of Labour Plan
August 30, 2021
I. Tasks
1. Do one thing. (The Ministry of Water Conservancy takes the lead, the Minstry of Commerce participates)
2. Do another. (Ministry of Magic)
"""


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text), delimiter="\t"))


@pytest.fixture
def review(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, list[dict[str, str]]]:
    zh, en = tmp_path / "zh.txt", tmp_path / "en.txt"
    zh.write_text(PLAN, encoding="utf-8")
    en.write_text(PLAN_EN, encoding="utf-8")
    assert main(["unresolved", str(zh), str(en), str(RAW / "zh-tc-city-2022.txt")]) == 0
    out = capsys.readouterr().out
    path = tmp_path / "review.tsv"
    path.write_text(out, encoding="utf-8")
    return path, _rows(out)


def test_review_file_lists_guesses_and_unknowns_with_their_files(
    review: tuple[Path, list[dict[str, str]]],
) -> None:
    _, rows = review
    assert list(rows[0])[: len(COLUMNS)] == list(COLUMNS)
    by = {r["aliases"] or r["name_zh"] or r["name_en"]: r for r in rows}
    water = by["Ministry of Water Conservancy"]
    assert (water["id"], water["status"]) == ("MWR", "translated")
    assert water["files"].endswith("en.txt")
    assert by["Minstry of Commerce"]["status"] == "fuzzy"
    local = by["省财政厅"]
    assert (local["id"], local["kind"], local["level"], local["counterpart"]) == (
        "",
        "local",
        "province",
        "MOF",
    )
    unknown = by["全国哲学社会科学工作办公室"]
    assert unknown["status"] == "unresolved" and unknown["level"] == ""
    city = by["市商務局"]
    assert city["files"].endswith("zh-tc-city-2022.txt") and int(city["count"]) > 1


def test_review_file_goes_back_in_as_it_is(
    review: tuple[Path, list[dict[str, str]]], caplog: pytest.LogCaptureFixture
) -> None:
    path, rows = review
    with caplog.at_level(logging.WARNING, logger="divplan.names"):
        reg = Registry.default().with_aliases(path)
    unfilled = sum(1 for r in rows if not r["id"])
    assert reg.notes and f"{unfilled} row(s) without an id ignored" in reg.notes[0]
    assert len(reg) == len(Registry.default())  # nothing added but aliases
    r = reg.resolve("Ministry of Water Conservancy", on=2021)
    assert (r.id, r.status) == ("MWR", "alias")  # the accepted translation is now an alias
    assert reg.resolve("Minstry of Commerce").status == "alias"


def test_filled_rows_are_read(review: tuple[Path, list[dict[str, str]]], tmp_path: Path) -> None:
    path, _ = review
    lines = path.read_text(encoding="utf-8").splitlines()
    filled = ["JX-FIN" + ln if "\t省财政厅\t" in ln else ln for ln in lines]  # id filled in
    reviewed = tmp_path / "reviewed.tsv"
    reviewed.write_text("\n".join(filled) + "\n", encoding="utf-8")
    reg = Registry.default().with_aliases(reviewed)
    assert reg.resolve("省财政厅").id == "JX-FIN" and reg.get("JX-FIN").kind == "local"


def test_validate_takes_the_review_file(review: tuple[Path, list[dict[str, str]]]) -> None:
    path, _ = review
    assert main(["validate", "--aliases", str(path), str(RAW / "zh-sc-2019.txt")]) in (0, 1)


def test_alias_rows_longer_than_the_header_are_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(
        "\t".join(COLUMNS) + "\tcount\n" + "MOF\t\t\t\tx\t\t\t\t1\textra\n", encoding="utf-8"
    )
    with pytest.raises(ValueError, match=r"bad\.tsv:2"):
        Registry.default().with_aliases(bad)
