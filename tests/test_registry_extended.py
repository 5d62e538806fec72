"""The registry's second edition (issue 11): the bodies national plans name, 1998 to today.

Checked here: the size and the kinds the issue asks for; every row's years, successors and
source note; ids published once never move; no name or alias is ambiguous at any date except
where a test says how it is decided; the fixtures of names that resolve now; and the gold
convention (conventions.md writes bodies absent from the reference table as '?name').
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import pytest

import divplan
from divplan.names.keys import normalise
from divplan.names.registry import Registry

FIXTURES = Path(__file__).parent / "fixtures"
REORGANISATIONS = (1998, 2003, 2008, 2013, 2018, 2023)


@pytest.fixture(scope="module")
def reg() -> Registry:
    return Registry.default()


def _extended() -> list[tuple[str, str, str]]:
    lines = (FIXTURES / "registry_extended.tsv").read_text(encoding="utf-8").splitlines()
    rows = [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]
    return [(m, d, i) for m, d, i in rows]


def test_size_and_kinds(reg: Registry) -> None:
    ids = [d.id for d in reg]
    assert len(ids) >= 250 and len(set(ids)) == len(ids)
    kinds = Counter(d.kind for d in reg)
    for kind, least in [
        ("party", 10), ("court", 1), ("procuratorate", 1), ("organization", 20),
        ("enterprise", 10), ("bank", 5), ("body", 30), ("institution", 5), ("ministry", 25),
    ]:  # fmt: skip
        assert kinds[kind] >= least, (kind, kinds[kind])


def test_every_row_has_years_successors_that_exist_and_a_source(reg: Registry) -> None:
    for d in reg:
        assert d.start is not None, d.id
        assert d.end is None or d.end >= d.start, d.id
        for s in d.successors:
            assert s in reg, (d.id, s)  # CRC, once a dangling successor of MOR, is a row now
        if d.added > 1:
            assert d.note and d.name_zh and d.name_en, d.id


def test_published_ids_never_move(reg: Registry) -> None:
    editions = [d.added for d in reg]
    assert editions == sorted(editions)  # a new edition only appends
    assert sum(e == 1 for e in editions) == 82  # the reference table, as published


def test_no_name_is_ambiguous_at_any_date_but_a_handover_year(reg: Registry) -> None:
    """A name two bodies carry in one year is only allowed in the year one took over from the
    other (交通部 in 2008: MOCOMM's last year, MOT's first); the new body wins then."""
    holders: dict[str, set[str]] = defaultdict(set)
    for d in reg:
        for name in (d.name_zh, d.name_en, *d.aliases):
            if name:
                holders[normalise(name)].add(d.id)
    handovers = []
    for key, ids in holders.items():
        for year in range(1949, 2027):
            alive = [i for i in ids if reg.get(i).exists_in(year)]
            if len(alive) < 2:
                continue
            new = [i for i in alive if all(i in reg.get(o).successors for o in alive if o != i)]
            assert len(new) == 1, (key, year, alive)
            assert all(reg.get(o).end == year for o in alive if o != new[0]), (key, year)
            handovers.append((key, year, new[0]))
    assert handovers  # the rule is exercised …
    for key, year, new in handovers:  # … and resolution follows it
        if key.isascii() and key.isalpha():
            continue  # a one-word acronym (SFDA) matches only as written, in capitals
        assert reg.resolve(key, on=year).id == new, (key, year)


@pytest.mark.parametrize(
    ("mention", "year", "expected"),
    [
        ("交通部", 2007, "MOCOMM"), ("交通部", 2008, "MOT"), ("交通部", 2012, "MOT"),
        ("国家计委", 1995, "SPLC"), ("国家计委", 1998, "SDPC"), ("国家计委", 2001, "SDPC"),
        ("国家药监局", 2002, "SDA"), ("国家药监局", 2020, "NMPA"),
        ("State Drug Administration", 2001, "SDA"), ("State Drug Administration", 2021, "NMPA"),
    ],
)  # fmt: skip
def test_the_date_decides(reg: Registry, mention: str, year: int, expected: str) -> None:
    assert reg.resolve(mention, on=year).id == expected


@pytest.mark.parametrize(
    "name",
    [
        "中央宣传部", "中央组织部", "中央网信办", "中央编办", "中央政法委", "中央财办",
        "中央金融办", "最高人民法院", "最高人民检察院", "全国总工会", "共青团中央", "全国妇联",
        "中国残联", "中国科协", "国家电网", "国家开发银行", "农业发展银行", "中国气象局",
    ],
)  # fmt: skip
def test_the_bodies_the_issue_names_resolve(reg: Registry, name: str) -> None:
    r = reg.resolve(name, on=2023)
    assert r.id is not None and r.status in ("exact", "alias") and r.in_period, r


@pytest.mark.parametrize(("mention", "date", "expected"), _extended())
def test_names_the_first_edition_lacked_resolve(
    reg: Registry, mention: str, date: str, expected: str
) -> None:
    assert reg.resolve(mention, on=date).id == expected


def test_the_shipped_corpus_names_no_unknown_central_body() -> None:
    raw = Path(__file__).resolve().parents[1] / "data" / "raw"
    for path in sorted(raw.glob("*.txt")):
        plan = divplan.parse_file(path)
        unknown = [d.message for d in plan.diagnostics if d.code == "DP202"]
        assert unknown == [], (path.name, unknown)


def test_golds_compare_added_bodies_as_the_name_written() -> None:
    from gold_compare import REFERENCE_IDS, dept_key

    plan = divplan.parse(
        "I. Tasks\n1. Forecast the weather. (China Meteorological Administration)\n"
    )
    (d,) = plan.items()[0].responsibility.leads
    assert d.id == "CMA" and "CMA" not in REFERENCE_IDS
    assert dept_key(d) == "?China Meteorological Administration"
    assert len(REFERENCE_IDS) == 82


def test_a_ministry_s_own_department_of_x_is_not_the_ministry_it_translates() -> None:
    # in the Ministry of Water Resources' plan, "Department of Water Resources" is its own
    # 水资源司: unresolved, the ministry kept as its candidate and named in the diagnostic;
    # in the State Council General Office's plan the same words stay a ministry
    body = (
        "Division of Key Tasks for Water Saving in 2007\nI. Water saving\n"
        "1. Revise the water quota standards. (Department of Water Resources takes the lead, "
        "Ministry of Finance participates)\n"
    )
    ministry = (
        "Notice of the Ministry of Water Resources on Issuing the Division of Key Tasks\n"
        "All departments and bureaus of the Ministry:\nThe division is hereby issued to you.\n"
        "Ministry of Water Resources\nMay 18, 2007\n\n" + body
    )
    plan = divplan.parse(ministry)
    assert plan.metadata.issuer is not None and plan.metadata.issuer.id == "MWR"
    (item,) = plan.items()
    (lead,) = item.responsibility.leads
    assert (lead.id, lead.status, lead.candidates) == (None, "unresolved", ["MWR"])
    assert [d.id for d in item.responsibility.participants] == ["MOF"]
    assert any("did you mean MWR" in d.message for d in plan.diagnostics)
    council = ministry.replace(
        "Ministry of Water Resources\nMay", "General Office of the State Council\nMay"
    )
    council = council.replace(
        "Notice of the Ministry of Water Resources",
        "Notice of the General Office of the State Council",
    )
    (item,) = divplan.parse(council).items()
    assert [d.id for d in item.responsibility.leads] == ["MWR"]
