"""Local and branch units (divplan.names.local_units, .counterparts): recognised, never forced.

A local unit keeps ``id`` null (conventions.md) and says what it is: its level, the place
written, and the central body it matches by function. "Local" is decided by words and affixes,
never by letters inside another word ("Electricity" holds "city").
"""

from __future__ import annotations

import pytest

import divplan
from divplan.names.counterparts import LocalUnit
from divplan.names.local_units import affixes, read_affixes
from divplan.names.registry import Registry
from divplan.names.resolve import department, is_local


@pytest.fixture(scope="module")
def reg() -> Registry:
    return Registry.default()


@pytest.mark.parametrize(
    ("mention", "on", "expected"),
    [
        ("省财政厅", 2019, LocalUnit("province", None, "MOF")),
        ("江西省财政厅", 2019, LocalUnit("province", "江西", "MOF")),
        ("市财政局", 2019, LocalUnit("city", None, "MOF")),
        ("江州市财政局", 2019, LocalUnit("city", "江州", "MOF")),
        ("市財政局", 2022, LocalUnit("city", None, "MOF")),  # traditional
        ("县市场监管局", 2023, LocalUnit("county", None, "SAMR")),
        ("区发展改革局", 2021, LocalUnit("county", None, "NDRC")),
        ("省人力资源社会保障厅", 2017, LocalUnit("province", None, "MOHRSS")),
        ("县住房城乡建设局", 2023, LocalUnit("county", None, "MOHURD")),
        ("省工信委", 2017, LocalUnit("province", None, "MIIT")),
        ("省国税局", 2017, LocalUnit("province", None, "SAT")),  # 国税 → 税务
        ("各乡镇人民政府", 2023, LocalUnit("township", None, None)),
        ("各区政府", 2022, LocalUnit("county", None, None)),
        ("人民银行南昌中心支行", 2017, LocalUnit("branch", "南昌", "PBC")),
        ("人行泽阳县支行", 2023, LocalUnit("branch", "泽阳", "PBC")),
        ("江西银监局", 2017, LocalUnit("branch", "江西", "CBRC")),
        ("江西证监局", 2017, LocalUnit("branch", "江西", "CSRC")),
        ("南岭银保监局", 2020, LocalUnit("branch", "南岭", "CBIRC")),
        ("国家税务总局江州市税务局", 2020, LocalUnit("branch", "江州", "SAT")),
        ("国家外汇管理局江西省分局", 2017, LocalUnit("branch", "江西", "SAFE")),
        ("国家能源局华中监管局", 2017, LocalUnit("branch", "华中", "NEA")),
        ("Municipal Finance Bureau", 2019, LocalUnit("city", None, "MOF")),
        ("municipal finance bureau", 2019, LocalUnit("city", None, "MOF")),
        ("Provincial Department of Finance", 2019, LocalUnit("province", None, "MOF")),
        (
            "Jiangxi Provincial Department of Commerce",
            2019,
            LocalUnit("province", "Jiangxi", "MOFCOM"),
        ),
        ("Jiangzhou City Public Security Bureau", 2019, LocalUnit("city", "Jiangzhou", "MPS")),
        ("Municipal Market Supervision Bureau", 2021, LocalUnit("city", None, "SAMR")),
        (
            "Jiangxi Development and Reform Commission",
            2019,
            LocalUnit("province", "Jiangxi", "NDRC"),
        ),
        ("Shanghai Customs", 2019, LocalUnit("branch", "Shanghai", "GAC")),
        (
            "People's Bank of China Nanchang Central Sub-branch",
            2019,
            LocalUnit("branch", "Nanchang", "PBC"),
        ),
        (
            "Changsha Central Sub-branch of the People's Bank of China",
            2021,
            LocalUnit("branch", "Changsha", "PBC"),
        ),
        (
            "Hunan Office of the China Banking and Insurance Regulatory Commission",
            2021,
            LocalUnit("branch", "Hunan", "CBIRC"),
        ),
        (
            "Lincheng Municipal Taxation Bureau of the State Taxation Administration",
            2021,
            LocalUnit("branch", "Lincheng", "SAT"),
        ),
        ("local finance departments", 2019, LocalUnit(None, None, "MOF")),
        ("团市委", 2019, LocalUnit("city", None, None)),
        ("各街道办事处", 2019, LocalUnit("township", None, None)),
        ("安平银监分局", 2016, LocalUnit("branch", "安平", "CBRC")),
        ("国网泽阳县供电公司", 2023, LocalUnit("branch", "泽阳", "SGCC")),
        ("市民政局", 2022, LocalUnit("city", None, "MCA")),  # 市 + 民政局, not 市民 (citizens)
        (
            "Provincial Department of Industry and Information Technology",
            2020,
            LocalUnit("province", None, "MIIT"),  # a function after "of", not a branch
        ),
        ("Municipal Local Financial Supervision Bureau", 2024, LocalUnit("city", None, None)),
    ],
)
def test_local_units_are_recognised(
    reg: Registry, mention: str, on: int, expected: LocalUnit
) -> None:
    assert reg.local_unit(mention, on=on) == expected
    assert reg.resolve(mention, on=on).id is None
    assert is_local(mention)


@pytest.mark.parametrize(
    "mention",
    [
        "Electricity Bureau",
        "Publicity Department",
        "Capacity Building Office",
        "Ministry of Electricity",
        "市场监管总局",
        "住房城乡建设部",
        "国家乡村振兴局",  # 乡村 (rural) is no township
        "中央编办",
        "国务院",
        "各有关单位",
        "General Administration of China Customs",  # "General" is no place
        "Party Group of the Ministry of Finance",
        "relevant departments",
        "people's governments of all counties (cities, districts",  # cut short: report it
    ],
)
def test_not_local_by_a_substring(reg: Registry, mention: str) -> None:
    assert not is_local(mention)
    assert reg.local_unit(mention) is None


def test_counterpart_only_at_the_date(reg: Registry) -> None:
    # 银监会 became 银保监会 in 2018: a 2020 江西银监局 has no counterpart to name.
    assert reg.local_unit("江西银监局", on=2020) == LocalUnit("province", "江西", None)
    assert reg.local_unit("县市场监管局", on=2015) == LocalUnit("county", None, None)


def test_department_fills_level_place_counterpart(reg: Registry) -> None:
    d = department("江西省财政厅", (3, 9), reg, "2019-05-01")
    assert (d.id, d.status, d.level, d.place, d.counterpart) == (
        None,
        "unresolved",
        "province",
        "江西",
        "MOF",
    )
    assert d.candidates == []
    central = department("财政部", (0, 3), reg, "2019-05-01")
    assert (central.id, central.level, central.counterpart) == ("MOF", None, None)
    unknown = department("Ministry of Magic", (0, 17), reg, "2019")
    assert (unknown.level, unknown.place, unknown.counterpart) == (None, None, None)


def test_checks_report_local_units_as_info_and_unknown_ones_as_errors() -> None:
    plan = divplan.parse(
        "关于印发分工方案的通知\n2020年5月1日\n一、任务\n"
        "1. 做好一件事。（省财政厅负责）\n"
        "2. 做好二件事。（Electricity Bureau负责）\n"
        "3. 做好三件事。（Ministry of Magic负责）\n"
    )
    found = {(d.code, d.message.split("'")[1]) for d in plan.diagnostics if "'" in d.message}
    assert ("DP209", "省财政厅") in found
    assert ("DP202", "Electricity Bureau") in found
    assert ("DP202", "Ministry of Magic") in found
    lead = plan.items()[0].responsibility.leads[0]
    assert (lead.level, lead.counterpart) == ("province", "MOF")


def test_affix_table_reads_and_refuses_bad_rows() -> None:
    a = affixes()
    assert a.zh_level["省"] == "province" and a.en_level["county"] == "county"
    assert "PBC" in a.vertical and "MOF" not in a.vertical
    with pytest.raises(ValueError, match="t:1"):
        read_affixes("zh_level\t省\tplanet\n", "t")
