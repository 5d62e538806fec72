"""divplan.compare: items added, removed, reworded; responsibility changes; successors.

Two kinds of case: the seed plan against a copy edited by hand (one item removed, one reworded,
one clause changed, one item added — so every expected change is known by construction), and
the 2012 seed against the 2019 development plan, where departments abolished in the 2018
reform must be counted under their successors.  Department counts are taken from the gold files.
"""

from __future__ import annotations

import json
from collections import Counter
from itertools import combinations
from typing import Any

import pytest

import divplan
from divplan.analysis.comparison import REWORD_THRESHOLD, Comparison, similarity

from conftest import GOLD, RAW, SEED, plan, run
from conftest import gold_ids as gold  # analyses key added bodies by id

GOLDS = sorted(GOLD.glob("*.gold.json"))
NAMES = [g.name.split(".gold")[0] for g in GOLDS]

ITEM6_OLD = (
    "6. Use tax policies to encourage enterprises, institutions, social groups and individuals "
    "to donate funds to the fund."
)
ITEM6_NEW = (
    "6. Use tax and fee policies to encourage enterprises, institutions, social groups and "
    "individuals to donate money to the fund."
)
CLAUSE12_OLD = "(Ministry of Commerce, Banking Regulatory Commission)"
CLAUSE12_NEW = "(Ministry of Commerce takes the lead, People's Bank of China participates)"
ITEM76 = (
    "76. Establish a national registry of mentors for small and micro enterprises and publish "
    "it online. (Ministry of Industry and Information Technology)"
)


def gold_counts(name: str) -> dict[str, list[int]]:
    """Department key → [led, joined] from the gold file."""
    out: dict[str, list[int]] = {}
    for it in gold(name)["items"]:
        for k in it["leads"]:
            out.setdefault(k, [0, 0])[0] += 1
        for k in it["participants"]:
            out.setdefault(k, [0, 0])[1] += 1
    return out


def edited_seed_text() -> str:
    text = SEED.read_text(encoding="utf-8")
    item3 = next(line for line in text.splitlines(keepends=True) if line.startswith("3. Give"))
    item75 = next(line for line in text.splitlines() if line.startswith("75. "))
    assert text.count(ITEM6_OLD) == text.count(CLAUSE12_OLD) == 1
    return (
        text.replace(item3 + "\n", "", 1)
        .replace(ITEM6_OLD, ITEM6_NEW)
        .replace(CLAUSE12_OLD, CLAUSE12_NEW)
        .replace(item75, item75 + "\n\n" + ITEM76)
    )


@pytest.fixture(scope="module")
def edited() -> Comparison:
    new = divplan.parse(edited_seed_text())
    by_number = {it.number: it for it in new.items()}
    # the hand edits are read as intended (precondition of the expectations below)
    r12 = by_number[12].responsibility
    assert (r12.mode, [d.id for d in r12.leads], [d.id for d in r12.participants]) == (
        "lead",
        ["MOFCOM"],
        ["PBC"],
    )
    assert [d.id for d in by_number[76].responsibility.leads] == ["MIIT"]
    assert 3 not in by_number
    return divplan.compare(plan("sme-division-plan-2012"), new)


# ------------------------------------------------------------------------------ identity
@pytest.mark.parametrize("name", NAMES)
def test_plan_compared_with_itself_is_unchanged(name: str) -> None:
    c = divplan.compare(plan(name), plan(name))
    n = len(gold(name)["items"])
    assert c.summary() == {
        "unchanged": n,
        "reworded": 0,
        "added": 0,
        "removed": 0,
        "responsibility_changed": 0,
    }
    assert [(x.old, x.new) for x in c.items] == [(i, i) for i in range(1, n + 1)]
    assert all(d.status == "same" for d in c.departments)
    assert {d.key for d in c.departments} == set(gold_counts(name))
    assert c.successors == {}


# ------------------------------------------------------------------------------ hand edits
def test_edited_seed_items(edited: Comparison) -> None:
    assert edited.summary() == {
        "unchanged": 73,
        "reworded": 1,
        "added": 1,
        "removed": 1,
        "responsibility_changed": 1,
    }
    (removed,) = edited.removed
    assert (removed.old_number, removed.new, removed.old_leads) == (3, None, ("MOF",))
    (added,) = edited.added
    assert (added.new_number, added.old, added.new_leads) == (76, None, ("MIIT",))
    assert added.new_text == ITEM76.split(" (")[0].removeprefix("76. ")
    (reworded,) = edited.reworded
    assert (reworded.old_number, reworded.new_number) == (6, 6)
    assert reworded.similarity == similarity(ITEM6_OLD[3:], ITEM6_NEW[3:])
    assert REWORD_THRESHOLD <= reworded.similarity < 100
    assert not reworded.responsibility_changed  # same clause, same departments


def test_edited_seed_responsibility_change(edited: Comparison) -> None:
    (change,) = edited.responsibility_changes
    assert (change.status, change.old_number, change.new_number) == ("unchanged", 12, 12)
    assert (change.old_mode, change.new_mode) == ("joint", "lead")
    assert change.leads_removed == ("CBRC",)
    assert change.leads_added == ()
    assert change.participants_added == ("PBC",)
    assert change.participants_removed == ()


def test_edited_seed_items_in_new_document_order(edited: Comparison) -> None:
    order = [(x.status, x.old_number, x.new_number) for x in edited.items[:4]]
    assert order == [
        ("unchanged", 1, 1),
        ("unchanged", 2, 2),
        ("removed", 3, None),
        ("unchanged", 4, 4),
    ]
    assert edited.items[-1].status == "added"


def test_edited_seed_departments_against_gold(edited: Comparison) -> None:
    old = gold_counts("sme-division-plan-2012")
    new = {k: list(v) for k, v in old.items()}
    new["MOF"][0] -= 1  # item 3 removed
    new["MIIT"][0] += 1  # item 76 added
    new["CBRC"][0] -= 1  # item 12: no longer a lead
    new["PBC"][1] += 1  # item 12: now takes part
    got = {d.key: d for d in edited.departments}
    assert set(got) == set(old)
    for key in old:
        d = got[key]
        assert [d.led_old, d.joined_old] == old[key], key
        assert [d.led_new, d.joined_new] == new[key], key
    changed = [d.key for d in edited.departments if d.status != "same"]
    assert sorted(changed) == ["CBRC", "MIIT", "MOF", "PBC"]
    assert got["MIIT"].delta == 1 and got["MOF"].delta == -1


# ------------------------------------------------------------------------------ 2012 vs 2019
def test_2012_against_2019_maps_successors() -> None:
    c = divplan.compare(plan("sme-division-plan-2012"), plan("zh-sc-2019"))
    # The 2018 reform: CBRC and CIRC merged into CBIRC; SAIC and AQSIQ into SAMR (AQSIQ's
    # inspection duties to Customs); MOA → MARA, MEP → MEE, MLR → MNR.  ORUP was abolished
    # without successor and stays itself.
    assert c.successors == {
        "AQSIQ": ("SAMR", "GAC"),
        "CBRC": ("CBIRC",),
        "CIRC": ("CBIRC",),
        "MEP": ("MEE",),
        "MLR": ("MNR",),
        "MOA": ("MARA",),
        "SAIC": ("SAMR",),
    }
    got = {d.key: d for d in c.departments}
    assert not {"CBRC", "CIRC", "SAIC", "AQSIQ", "MOA", "MEP", "MLR"} & set(got)
    assert "ORUP" in got and got["ORUP"].status == "gone"

    old_items = gold("sme-division-plan-2012")["items"]
    new_counts = gold_counts("zh-sc-2019")

    def old_count(ids: set[str]) -> tuple[int, int]:
        """Items of the 2012 gold naming any of ``ids``: as lead, else as participant."""
        led = sum(1 for it in old_items if ids & set(it["leads"]))
        joined = sum(
            1 for it in old_items if ids & set(it["participants"]) and not ids & set(it["leads"])
        )
        return led, joined

    for heir, before in (
        ("MARA", {"MOA", "MARA"}),
        ("CBIRC", {"CBRC", "CIRC", "CBIRC"}),
        ("SAMR", {"SAIC", "AQSIQ", "SAMR"}),
        ("GAC", {"AQSIQ", "GAC"}),
        ("MIIT", {"MIIT"}),
    ):
        d = got[heir]
        assert (d.led_old, d.joined_old) == old_count(before), heir
        assert [d.led_new, d.joined_new] == new_counts.get(heir, [0, 0]), heir
    assert set(got["CBIRC"].predecessors) == {"CBRC", "CIRC"}
    assert set(got["SAMR"].predecessors) == {"SAIC", "AQSIQ"}
    assert got["MARA"].led_old > 0 and got["MARA"].status == "changed"
    # different languages: no item text matches
    assert c.summary()["reworded"] == c.summary()["unchanged"] == 0
    assert len(c.added) == len(gold("zh-sc-2019")["items"])
    assert len(c.removed) == len(old_items)


def test_successor_date_can_be_chosen() -> None:
    c = divplan.compare(plan("sme-division-plan-2012"), plan("zh-sc-2019"), on="2012-08-02")
    assert c.successors == {}
    assert "CBRC" in {d.key for d in c.departments}


def test_reworded_item_keeps_departments_through_succession() -> None:
    """A renamed department on a matched item is no responsibility change."""
    text = SEED.read_text(encoding="utf-8")
    renamed = text.replace("(CBRC, People's Bank of China)", "(CBIRC, People's Bank of China)")
    assert renamed != text
    new = divplan.parse(renamed).model_copy(
        update={"metadata": plan("zh-sc-2019").metadata}  # dated 2019: CBRC → CBIRC
    )
    c = divplan.compare(plan("sme-division-plan-2012"), new)
    item10 = next(x for x in c.items if x.old_number == 10)
    assert item10.new_leads == ("CBIRC", "PBC")
    assert not item10.responsibility_changed


# ------------------------------------------------------------------------------ threshold
@pytest.mark.parametrize("name", NAMES)
def test_threshold_above_similarity_of_distinct_items(name: str) -> None:
    """REWORD_THRESHOLD is measured: no two different items of a corpus plan reach it."""
    texts = [it.text for it in plan(name).items()]
    top = max(similarity(a, b) for a, b in combinations(texts, 2))
    assert top < REWORD_THRESHOLD - 5, f"{name}: {top}"


def test_similarity_normalises_width_case_and_spaces() -> None:
    assert similarity("Ａｂｃ  DEF", "abc def") == 100.0
    assert similarity("完善税收政策", "完善 税收 政策") == 100.0


# ------------------------------------------------------------------------------ outputs
def test_to_json_and_text(edited: Comparison) -> None:
    data = json.loads(edited.to_json())
    assert data["summary"]["reworded"] == 1
    assert data["old"] == {"id": "sme-division-plan-2012.en", "date": "2012-08-02"}
    statuses = Counter(i["status"] for i in data["items"])
    assert statuses == {"unchanged": 73, "reworded": 1, "added": 1, "removed": 1}
    (d12,) = [i for i in data["items"] if i["responsibility_changed"]]
    assert d12["leads_removed"] == ["CBRC"]
    text = edited.to_text()
    assert "73 unchanged, 1 reworded, 1 added, 1 removed" in text
    assert "* 12 → 12: mode joint → lead; leads -CBRC; participants +PBC" in text
    assert "  + 76  Establish a national registry" in text
    assert "  - 3  Give full play" in text


def test_frames(edited: Comparison) -> None:
    pytest.importorskip("pandas")
    items = edited.items_frame()
    assert len(items) == 76 and items["status"].value_counts()["unchanged"] == 73
    depts = edited.departments_frame()
    assert depts.loc["MIIT", "delta"] == 1


# ------------------------------------------------------------------------------ command line
def test_cli_compare_text_and_json(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    new = tmp_path / "edited.txt"
    new.write_text(edited_seed_text(), encoding="utf-8")
    rc, out, err = run(["compare", str(SEED), str(new)], capsys)
    assert (rc, err) == (0, "")
    assert "1 reworded, 1 added, 1 removed" in out
    rc, out, _ = run(["compare", str(SEED), str(new), "--format", "json"], capsys)
    assert rc == 0 and json.loads(out)["summary"]["added"] == 1
    rc, out, _ = run(
        ["compare", str(SEED), str(new), "--threshold", "99", "--format", "json"], capsys
    )
    assert json.loads(out)["summary"]["reworded"] == 0  # item 6 is now removed + added
    assert json.loads(out)["summary"]["added"] == 2


def test_cli_compare_reads_saved_json(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "seed.json"
    saved.write_text(plan("sme-division-plan-2012").model_dump_json(), encoding="utf-8")
    rc, out, _ = run(
        ["compare", str(saved), str(RAW / "zh-sc-2019.txt"), "--format", "json"], capsys
    )
    assert rc == 0 and json.loads(out)["successors"]["CBRC"] == ["CBIRC"]


def test_cli_compare_unreadable_input(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run(["compare", str(tmp_path / "nope.txt"), str(SEED)], capsys)
    assert rc == 2 and out == ""
    assert err.count("\n") == 1 and "no such file" in err and "Traceback" not in err
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    rc, _, err = run(["compare", str(SEED), str(empty)], capsys)
    assert rc == 2 and "empty input" in err
