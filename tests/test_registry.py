"""Tests of divplan.names.registry: every resolution path, the fuzzy thresholds, the corpus mentions."""

from __future__ import annotations

import datetime
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import divplan.names.registry as registry
from divplan.names.registry import (
    FUZZY_CUTOFF,
    FUZZY_MARGIN,
    SUGGEST_FLOOR,
    Department,
    Registry,
    Resolution,
    fuzzy_score,
    normalise,
)

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"
CORPUS = TESTS.parent.parent / "shared" / "corpus"
CORPUS_TEXTS = {
    2012: "seed/sme-division-plan-2012.en.txt",
    2013: "dev/en-web-2013.txt",
    2015: "dev/en-mt-2015.txt",
    2016: "dev/zh-gwr-2016.txt",
    2017: "dev/en-official-2017.txt",
    2019: "dev/zh-sc-2019.txt",
    2022: "dev/zh-tc-city-2022.txt",
}


def _data_lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def _tsv(path: Path) -> list[list[str]]:
    header, *rows = _data_lines(path)
    width = len(header.split("\t"))
    out = [row.split("\t") for row in rows]
    assert all(len(r) == width for r in out), f"{path.name}: rows must have {width} columns"
    return out


NONMATCHES = _data_lines(FIXTURES / "registry_nonmatches.txt")
POSITIVES = [(m, i) for m, i in _tsv(FIXTURES / "registry_fuzzy_positives.tsv")]
GOLD_MENTIONS = [(m, int(y), i) for m, y, i in _tsv(FIXTURES / "registry_gold_mentions.tsv")]
LOCAL_ALIASES = FIXTURES / "registry_local_aliases.tsv"
HEADER = "id\tkind\tname_zh\tname_en\taliases\tfrom\tto\tsuccessors\n"


@pytest.fixture(scope="module")
def reg() -> Registry:
    return Registry.default()


def _best_fuzzy(reg: Registry, mention: str) -> list[tuple[float, str]]:
    """(score, id) of every department by the resolution scorer, best first.

    Scores every Latin name and alias that fuzzy matching may use (not abbreviations), so it
    measures the scorer itself, independently of the refusal rules that run before it.
    """
    best: dict[str, float] = {}
    for dept in reg:
        for text in (dept.name_en, *dept.aliases):
            if not re.search("[a-z]", text) or re.fullmatch("[A-Z]{2,6}", text):
                continue
            best[dept.id] = max(best.get(dept.id, 0.0), fuzzy_score(mention, text))
    return sorted(((s, i) for i, s in best.items()), reverse=True)


# --- fixtures are what they claim ---------------------------------------------------------------


def test_fixture_sizes() -> None:
    assert len(NONMATCHES) >= 25
    assert sum(1 for m in NONMATCHES if re.search("[\u4e00-\u9fff]", m)) >= 10
    assert len(POSITIVES) >= 20
    for required in [
        "Ministry of Magic",
        "relevant departments",
        "the State Council",
        "Municipal Finance Bureau",
        "人民银行南昌中心支行",
        "各区政府",
    ]:
        assert required in NONMATCHES


# --- normalisation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("People's Bank", "Peoples Bank"),
        ("People’s Bank", "people's bank"),
        ("Peoples' Bank", "Peoples Bank"),
        ("the Ministry of Finance", "Ministry of Finance"),
        ("  Ministry   of\nFinance ", "ministry of finance"),
        ("ＭＯＦ", "MOF"),
        ("（財政部）", "财政部"),
        ("财政\n部", "财政部"),
        ("Housing and Urban-Rural Development", "housing and urban rural development"),
        (
            "Ministry of Housing & Urban-Rural Development",
            "ministry of housing and urban rural development",
        ),
    ],
)
def test_normalise_equates_layout_variants(a: str, b: str) -> None:
    assert normalise(a) == normalise(b)


def test_normalise_keeps_distinct_names_distinct() -> None:
    assert normalise("Ministry of Finance") != normalise("Ministry of Commerce")
    assert normalise("the") == "the"  # a lone article is not dropped to nothing


# --- exact and alias ----------------------------------------------------------------------------


def test_exact_english_name(reg: Registry) -> None:
    r = reg.resolve("Ministry of Finance", on=2012)
    assert (r.id, r.status, r.score, r.matched) == ("MOF", "exact", 100.0, "Ministry of Finance")
    assert r.name == "Ministry of Finance" and r.name_zh == "财政部"
    assert r.in_period and r.candidates == () and r.runner_up is None


def test_exact_chinese_name(reg: Registry) -> None:
    r = reg.resolve("国家发展和改革委员会")
    assert (r.id, r.status, r.matched) == ("NDRC", "exact", "国家发展和改革委员会")


def test_alias_records_the_alias(reg: Registry) -> None:
    r = reg.resolve("发改委")
    assert (r.id, r.status, r.score, r.matched) == ("NDRC", "alias", 100.0, "发改委")
    r = reg.resolve("the People's Bank", on="2012-08-02")
    assert (r.id, r.status, r.matched) == ("PBC", "alias", "People's Bank")


def test_apostrophe_free_spelling_is_exact(reg: Registry) -> None:
    r = reg.resolve("Peoples Bank of China")
    assert (r.id, r.status) == ("PBC", "exact")


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("國家發展改革委", "NDRC"),
        ("財政部", "MOF"),
        ("廣電總局", None),  # ambiguous without a date
        ("國務院國資委", "SASAC"),
        ("銀保監會", "CBIRC"),
    ],
)
def test_traditional_chinese(reg: Registry, mention: str, expected: str | None) -> None:
    assert reg.resolve(mention).id == expected


@pytest.mark.parametrize(
    ("mention", "expected", "matched"),
    [
        ("中国证监会", "CSRC", "证监会"),  # mention prefix 中国 dropped
        ("国家质检总局", "AQSIQ", "质检总局"),  # mention prefix 国家 dropped
        ("中华人民共和国财政部", "MOF", "财政部"),
        ("国务院国资委", "SASAC", "国务院国资委"),  # an alias as such
        ("外汇管理局", "SAFE", "国家外汇管理局"),  # the name without its 国家
        ("民用航空局", "CAAC", "中国民用航空局"),
    ],
)
def test_chinese_prefixes_are_tolerated_as_aliases(
    reg: Registry, mention: str, expected: str, matched: str
) -> None:
    r = reg.resolve(mention)
    assert (r.id, r.status, r.matched) == (expected, "alias", matched)


def test_stripped_prefix_needs_a_distinctive_remainder(reg: Registry) -> None:
    # 国务院办公厅 / 国家安全部 without their prefix are any office / any security department
    assert reg.lookup("办公厅") == ()
    assert reg.lookup("安全部") == ()


def test_english_country_suffix_is_tolerated(reg: Registry) -> None:
    r = reg.resolve("Ministry of Commerce of the People's Republic of China")
    assert (r.id, r.status) == ("MOFCOM", "alias")


def test_added_aliases_in_packaged_table(reg: Registry) -> None:
    assert reg.resolve("食药监总局", on=2016).id == "CFDA"
    assert reg.resolve("安监总局", on=2016).id == "SAWS"
    assert reg.resolve("China National Intellectual Property Administration").id == "SIPO"


# --- abbreviations ------------------------------------------------------------------------------


def test_acronyms_match_only_when_written_in_capitals(reg: Registry) -> None:
    assert reg.resolve("MOST").id == "MOST"
    assert reg.resolve("SAFE").id == "SAFE"
    assert reg.resolve("the CBRC").id == "CBRC"
    for word in ["most", "safe", "Safe", "sat", "mot"]:
        assert reg.lookup(word) == ()
        assert reg.resolve(word).id is None


@pytest.mark.parametrize(
    "mention", ["CBRCC", "NDCR", "MOFCON", "PBCO", "发改", "发展改革委员", "工信"]
)
def test_abbreviations_are_never_fuzzy(reg: Registry, mention: str) -> None:
    r = reg.resolve(mention)
    assert r.status == "unresolved" and r.id is None


# --- time ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("on", "status", "id_", "candidates"),
    [
        (None, "ambiguous", None, ("SARFT", "NRTA")),
        (2010, "alias", "SARFT", ()),
        (2013, "alias", "SARFT", ()),
        (2019, "alias", "NRTA", ()),
        (2015, "ambiguous", None, ("SARFT", "NRTA")),  # neither existed: SAPPRFT's years
    ],
)
def test_ambiguous_alias_is_decided_by_date(
    reg: Registry, on: int | None, status: str, id_: str | None, candidates: tuple[str, ...]
) -> None:
    r = reg.resolve("广电总局", on=on)
    assert (r.status, r.id, r.candidates) == (status, id_, candidates)
    if status == "ambiguous":
        assert r.name is None and r.runner_up in candidates


def test_in_period_false_when_department_did_not_exist(reg: Registry) -> None:
    r = reg.resolve("Ministry of Railways", on=2024)
    assert (r.id, r.status, r.in_period) == ("MOR", "exact", False)
    r = reg.resolve("国家旅游局", on="2019-07-23")
    assert (r.id, r.in_period) == ("CNTA", False)
    r = reg.resolve("Ministry of Natural Resources", on=2012)  # not yet created
    assert (r.id, r.in_period) == ("MNR", False)
    assert reg.resolve("Ministry of Railways", on=2012).in_period


@pytest.mark.parametrize(
    "on",
    [
        "2019-07-23",
        "2019",
        2019,
        datetime.date(2019, 7, 23),
        datetime.datetime(2019, 7, 23, 9, 30),
        "2019年7月23日",
    ],
)
def test_date_forms(reg: Registry, on: registry.YearLike) -> None:
    assert reg.resolve("广电总局", on=on).id == "NRTA"
    assert reg.lookup("广电总局", on=on) == ("NRTA", "SARFT")


def test_no_date_means_every_department_is_in_period(reg: Registry) -> None:
    r = reg.resolve("Ministry of Railways", on=None)
    assert r.in_period
    assert reg.lookup("广电总局") == ("SARFT", "NRTA")


@pytest.mark.parametrize("bad", ["July 2019", "", "19-07-23"])
def test_unreadable_date_raises(reg: Registry, bad: str) -> None:
    with pytest.raises(ValueError, match="year"):
        reg.resolve("财政部", on=bad)


def test_bool_is_not_a_year(reg: Registry) -> None:
    with pytest.raises(TypeError):
        reg.resolve("财政部", on=True)


def test_department_exists_in_is_inclusive() -> None:
    d = Department("X", "ministry", "某部", "Ministry of X", start=2008, end=2018)
    assert [d.exists_in(y) for y in (2007, 2008, 2018, 2019, None)] == [
        False,
        True,
        True,
        False,
        True,
    ]
    assert Department("Y", "ministry", "", "Y").exists_in(1900)


# --- fuzzy --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("mention", "expected"), POSITIVES)
def test_fuzzy_positives(reg: Registry, mention: str, expected: str) -> None:
    r = reg.resolve(mention)
    if r.status == "translated":
        # A dropped plural ("Ministry of Water Resource") still renders the Chinese name word
        # by word: the translation step (before fuzzy) reads it, and must read the same id.
        assert r.id == expected, r
        return
    assert (r.status, r.id) == ("fuzzy", expected), r
    assert r.score is not None and r.score >= FUZZY_CUTOFF
    assert r.matched is not None and r.matched in {
        reg.get(expected).name_en,
        *reg.get(expected).aliases,
    }
    assert r.runner_up != expected
    if r.runner_up is not None:
        assert r.runner_up_score is not None and r.score - r.runner_up_score >= FUZZY_MARGIN


def test_brief_examples_resolve() -> None:
    expected = {
        "Minstry of Commerce": "MOFCOM",
        "Peoples Bank of China": "PBC",
        "Ministry of Industry and Informaton Technology": "MIIT",
        "State Adminstration of Taxation": "SAT",
        "Ministry of Civil Affair": "MCA",
        "National Development and Reform Comission": "NDRC",
    }
    assert {m: registry.resolve(m).id for m in expected} == expected


def test_fuzzy_threshold_separates_positives_from_negatives(reg: Registry) -> None:
    """The measurement behind FUZZY_CUTOFF and FUZZY_MARGIN.

    Over the positives (typos) and every Latin negative — scored by the scorer itself, without
    the local-unit refusal that would otherwise shield some of them — the cutoff must lie
    strictly between the two score distributions with room on both sides, and each positive
    must lead its runner-up by the margin. Measured with the shipped scorer: positives score
    ≥ 93.9 and lead their runner-up by ≥ 42; negatives score ≤ 69.2. A scorer that brings them
    closer (plain ``fuzz.ratio`` puts "National Railway Administration" at 88 for the National
    Data Administration) fails here.
    """
    pos = []
    for mention, expected in POSITIVES:
        ranked = _best_fuzzy(reg, mention)
        assert ranked[0][1] == expected, (mention, ranked[:3])
        lead = ranked[0][0] - ranked[1][0]
        if _same_line(reg, expected, ranked[1][1]):
            # a predecessor of the same name (SFDA 2003–2013 before CFDA): the margin alone
            assert lead >= FUZZY_MARGIN, (mention, ranked[:3])
            continue
        pos.append((ranked[0][0], lead, mention))
    neg = [
        (_best_fuzzy(reg, m)[0][0], m)
        for m in NONMATCHES
        if re.search("[A-Za-z]", m) and not re.search("[\u4e00-\u9fff]", m)
    ]
    assert len(neg) >= 25
    lowest_pos, highest_neg, smallest_lead = min(pos), max(neg), min(p[1] for p in pos)
    summary = f"positives ≥ {lowest_pos}, negatives ≤ {highest_neg}, lead ≥ {smallest_lead}"
    assert lowest_pos[0] >= FUZZY_CUTOFF + 5, summary
    assert highest_neg[0] <= FUZZY_CUTOFF - 10, summary
    assert smallest_lead >= 2 * FUZZY_MARGIN, summary
    assert SUGGEST_FLOOR < FUZZY_CUTOFF


def _same_line(reg: Registry, a: str, b: str) -> bool:
    """Whether ``b`` is a predecessor or successor of ``a`` (one body renamed)."""
    return b in reg.get(a).successors or a in reg.get(b).successors


def test_wratio_would_not_separate(reg: Registry) -> None:
    """Why not rapidfuzz's default scorer: WRatio puts made-up ministries above 85."""
    from rapidfuzz import fuzz

    def best(mention: str) -> float:
        key = normalise(mention)
        return max(fuzz.WRatio(key, normalise(d.name_en)) for d in reg)

    assert best("Ministry of Magic") >= 85
    assert best("Ministry of Fisheries") >= 85
    assert max(best(m) for m in NONMATCHES if not re.search("[\u4e00-\u9fff]", m)) >= min(
        best(m) for m, _ in POSITIVES
    )


def test_scorer_penalises_different_kinds_of_body() -> None:
    same_kind = fuzzy_score("National Energy Administraton", "National Energy Administration")
    other_kind = fuzzy_score("National Energy Commission", "National Energy Administration")
    assert same_kind >= FUZZY_CUTOFF > other_kind


def test_scorer_requires_distinctive_words_on_both_sides() -> None:
    assert fuzzy_score("Ministry of Magic", "Ministry of Civil Affairs") == 0.0
    assert (
        fuzzy_score("Ministry of Industry", "Ministry of Industry and Information Technology") < 50
    )
    assert fuzzy_score("Minstry of Comerce", "Ministry of Commerce") > 90


def test_fuzzy_margin_rejects_near_ties(tmp_path: Path) -> None:
    tsv = tmp_path / "two.tsv"
    tsv.write_text(
        HEADER + "FISH\tministry\t渔业部\tMinistry of Fishery\t\t\t\t\n"
        "FISHS\tministry\t渔政部\tMinistry of Fisheries\t\t\t\t\n",
        encoding="utf-8",
    )
    r = Registry.from_tsv(tsv).resolve("Ministry of Fisherys")
    assert r.status == "unresolved" and r.id is None
    assert set(r.candidates) == {"FISH", "FISHS"}
    assert r.score is not None and r.score >= FUZZY_CUTOFF  # close enough, but not decisive


def test_fuzzy_match_is_time_aware_for_reporting(reg: Registry) -> None:
    r = reg.resolve("Ministry of Enviromental Protection", on=2024)
    assert (r.id, r.status, r.in_period) == ("MEP", "fuzzy", False)


def test_chinese_mentions_get_no_edit_distance(reg: Registry) -> None:
    # one character away from 发展改革委 / 人力资源社会保障部: still unresolved
    for mention in ["发展改单委", "人力资源社会保証部", "财政布"]:
        r = reg.resolve(mention)
        assert (r.status, r.id, r.score) == ("unresolved", None, None)


# --- unresolved ---------------------------------------------------------------------------------


@pytest.mark.parametrize("mention", NONMATCHES)
def test_nonmatches_stay_unresolved(reg: Registry, mention: str) -> None:
    r = reg.resolve(mention, on=2019)
    assert (r.status, r.id, r.name, r.matched) == ("unresolved", None, None, None), r
    assert reg.lookup(mention) == ()


def test_unresolved_offers_did_you_mean(reg: Registry) -> None:
    r = reg.resolve("National Energy Agency")
    assert (r.status, r.id, r.candidates[0]) == ("unresolved", None, "NEA")
    assert r.score is not None and SUGGEST_FLOOR <= r.score < FUZZY_CUTOFF
    r = reg.resolve("Ministry of Finance, Industry and Information Technology")
    assert r.candidates == ("MIIT",)
    r = reg.resolve("Ministry of Magic")
    assert (r.candidates, r.score) == ((), 0.0)


def test_unresolved_chinese_suggests_by_containment(reg: Registry) -> None:
    r = reg.resolve("国家知识产权")
    assert r.status == "unresolved" and r.candidates[0] == "SIPO"
    assert len(reg.resolve("国务院").candidates) <= 3


@pytest.mark.parametrize(
    "mention",
    [
        "Municipal Finance Bureau",
        "Provincial Department of Finance",
        "Jiangxi Provincial Department of Commerce",
        "County Statistics Bureau",
        "People's Bank of China Nanchang Central Sub-branch",
        "Ministry of Finance local office",
        "City Development and Reform Commission",
        "市财政局",
        "省财政厅",
        "县统计局",
        "江州市财政局",
        "人民银行南昌中心支行",
        "各区政府",
        "市發展改革委",
    ],
)
def test_local_units_are_refused_without_suggestions(reg: Registry, mention: str) -> None:
    r = reg.resolve(mention)
    assert (r.status, r.id, r.candidates, r.score) == ("unresolved", None, (), None)


def test_local_looking_table_names_still_resolve(reg: Registry) -> None:
    # starts with 市 (市场, market) and contains 城乡 (urban-rural): not local markers
    assert reg.resolve("市场监管总局", on=2019).id == "SAMR"
    assert reg.resolve("住房城乡建设部").id == "MOHURD"


@pytest.mark.parametrize("mention", ["", "   ", "（）", "123", "—", "etc."])
def test_empty_or_meaningless_mentions(reg: Registry, mention: str) -> None:
    r = reg.resolve(mention)
    assert (r.status, r.id, r.mention) == ("unresolved", None, mention)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_resolve_never_raises_and_is_consistent(mention: str) -> None:
    reg = Registry.default()
    r = reg.resolve(mention, on=2019)
    assert isinstance(r, Resolution) and r.mention == mention
    if r.status in ("unresolved", "ambiguous"):
        assert r.id is None and r.name is None
    else:
        assert r.id is not None and r.name == reg.get(r.id).name_en and r.score is not None
    if r.status in ("exact", "alias"):
        assert r.id in reg.lookup(mention)
    assert len(r.candidates) <= 3 or r.status == "ambiguous"


# --- with_aliases -------------------------------------------------------------------------------


def test_with_aliases_adds_local_departments(reg: Registry) -> None:
    local = reg.with_aliases(LOCAL_ALIASES)
    assert "JZ-FIN" in local and "JZ-FIN" not in reg
    assert len(local) == len(reg) + 2
    r = local.resolve("市财政局", on=2022)
    assert (r.id, r.status, r.matched) == ("JZ-FIN", "alias", "市财政局")
    assert local.resolve("市財政局").id == "JZ-FIN"  # traditional, as the city writes it
    assert local.resolve("Municipal Finance Bureau").id == "JZ-FIN"
    assert local.resolve("江州市商务局").status == "exact"
    assert local.get("JZ-FIN").start == 2001
    # the default registry is untouched
    assert reg.resolve("市财政局").id is None


def test_with_aliases_extends_existing_departments(reg: Registry) -> None:
    local = reg.with_aliases(LOCAL_ALIASES)
    r = local.resolve("Minfin")
    assert (r.id, r.status) == ("MOF", "alias")
    assert local.resolve("财政部门").id == "MOF"
    assert local.get("MOF").aliases[: len(reg.get("MOF").aliases)] == reg.get("MOF").aliases


def test_with_aliases_ban_list(reg: Registry) -> None:
    assert reg.resolve("Treasury").id == "MOF" and reg.resolve("央行").id == "PBC"
    local = reg.with_aliases(LOCAL_ALIASES)
    for phrase in ["Treasury", "the treasury", "央行", "Ministry of Magic"]:
        r = local.resolve(phrase)
        assert (r.status, r.id, r.candidates, r.score) == ("unresolved", None, (), None)
        assert local.lookup(phrase) == ()
    assert "banned" not in local  # the id of a ban row is only a label
    assert local.resolve("人民银行").id == "PBC"  # other names of the department still work


def test_with_aliases_on_the_class_extends_the_default() -> None:
    on_class = Registry.with_aliases(LOCAL_ALIASES)
    on_default = Registry.default().with_aliases(LOCAL_ALIASES)
    assert isinstance(on_class, Registry)
    assert list(on_class) == list(on_default)
    assert on_class.resolve("市财政局").id == on_default.resolve("市财政局").id == "JZ-FIN"
    assert on_class.lookup("Treasury") == on_default.lookup("Treasury") == ()


def test_with_aliases_chains_and_keeps_bans(tmp_path: Path, reg: Registry) -> None:
    extra = tmp_path / "more.tsv"
    extra.write_text(
        HEADER + "JZ-STAT\tlocal\t江州市统计局\t\t市统计局\t\t\t\n",
        encoding="utf-8",
    )
    both = reg.with_aliases(LOCAL_ALIASES).with_aliases(extra)
    assert both.resolve("市统计局").id == "JZ-STAT"
    assert both.resolve("市财政局").id == "JZ-FIN"
    assert both.resolve("Treasury").id is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id\tname\n", "header"),
        ("", "empty"),
        (HEADER + "MOF\tbank\t\t\tx\t\t\t\n", "kind"),
        (HEADER + "MOF\t\t\t\tx\t1950\t\t\n", "from"),
        (HEADER + "NEW\tlocal\t\t\tx\t\t\t\n", "neither"),
        (HEADER + "NEW\tlocal\t新\t\t\tsoon\t\t\n", "year"),
    ],
)
def test_with_aliases_rejects_malformed_files(
    tmp_path: Path, reg: Registry, content: str, message: str
) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message) as info:
        reg.with_aliases(bad)
    assert "bad.tsv" in str(info.value)


# --- successors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("id_", "on", "expected"),
    [
        ("SAIC", 2024, ("SAMR",)),
        ("AQSIQ", 2024, ("SAMR", "GAC")),
        ("MOR", 2024, ("MOT", "CR")),  # CRC (2013–2019) became 国铁集团 (CR)
        ("CBRC", 2024, ("NFRA",)),  # via CBIRC (2018–2023)
        ("CBRC", 2019, ("CBIRC",)),
        ("CBRC", 2015, ("CBRC",)),
        ("MOF", 2024, ("MOF",)),
        ("SARA", 2024, ()),  # abolished without successor
        ("SARFT", 2015, ("SAPPRFT",)),
        ("SARFT", 2019, ("NRTA",)),
        ("CFDA", "2020-01-01", ("SAMR", "NMPA")),
        ("CBRC", None, ("NFRA",)),  # no date: today
        ("NRTA", 2010, ()),  # not yet created
    ],
)
def test_successors(
    reg: Registry, id_: str, on: registry.YearLike, expected: tuple[str, ...]
) -> None:
    assert reg.successors(id_, on) == expected


def test_successors_of_unknown_id(reg: Registry) -> None:
    with pytest.raises(KeyError, match="NOPE"):
        reg.successors("NOPE", 2024)


def test_every_successor_chain_ends_in_current_departments(reg: Registry) -> None:
    for dept in reg:
        for succ in reg.successors(dept.id):
            assert reg.get(succ).end is None


# --- container, lookup, search, module functions -----------------------------------------------


def test_container_protocol(reg: Registry) -> None:
    ids = [d.id for d in reg]
    assert len(reg) == len(ids) == len(set(ids)) >= 80
    assert "NDRC" in reg and "ndrc" not in reg and 42 not in reg
    assert reg.get("NDRC").name_zh == "国家发展和改革委员会"
    assert reg.get("AQSIQ").successors == ("SAMR", "GAC")
    with pytest.raises(KeyError, match="unknown department id 'XYZ'"):
        reg.get("XYZ")


def test_default_is_cached_and_packaged() -> None:
    assert Registry.default() is Registry.default()
    packaged = TESTS.parent / "src" / "divplan" / "data" / "departments.tsv"
    assert list(Registry.from_tsv(packaged)) == list(Registry.default())


def test_packaged_table_only_adds_aliases_to_the_reference() -> None:
    reference = TESTS.parent.parent / "shared" / "reference" / "departments.tsv"
    if not reference.exists():
        pytest.skip("shared reference not available")
    ref = {d.id: d for d in Registry.from_tsv(reference)}
    ours = {d.id: d for d in Registry.default()}
    assert [i for i, d in ours.items() if d.added == 1] == list(ref)  # edition 1, in order
    assert list(ours)[: len(ref)] == list(ref)  # later ids only ever appended
    for id_, d in ref.items():
        assert set(d.aliases) <= set(ours[id_].aliases)
        assert (ours[id_].name_en, ours[id_].name_zh, ours[id_].start, ours[id_].end) == (
            d.name_en,
            d.name_zh,
            d.start,
            d.end,
        )
        assert ours[id_].successors == d.successors


def test_lookup_is_exact_only(reg: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
    """lookup() is a normalisation and a dict lookup: it never reaches the fuzzy scorer."""
    import rapidfuzz.process

    def boom(*args: object, **kwargs: object) -> None:
        raise AssertionError("lookup must not run fuzzy matching")

    monkeypatch.setattr(rapidfuzz.process, "extract", boom)
    assert reg.lookup("Ministry of Finance") == ("MOF",)
    assert reg.lookup("国家卫生计生委", on=2016) == ("NHFPC",)
    assert reg.lookup("Minstry of Commerce") == ()
    assert reg.lookup("市财政局") == ()
    assert reg.lookup("Ministry of Railways", on=2024) == ("MOR",)
    with pytest.raises(AssertionError):  # (a spelling no test ranked before: rankings are
        reg.resolve("Minstry of Comerce and Trade")  # kept per key, so the scorer runs)


def test_search(reg: Registry) -> None:
    assert reg.search("NDRC")[0].id == "NDRC"
    assert reg.search("统计")[0].id == "NBS"
    assert reg.search("Minstry of Comerce")[0].id == "MOFCOM"
    assert "PBC" in [d.id for d in reg.search("bank", limit=3)]
    assert len(reg.search("ministry", limit=5)) == 5
    assert reg.search("") == [] and reg.search("x", limit=0) == []
    assert all(isinstance(d, Department) for d in reg.search("commission"))


def test_module_functions_use_the_default_registry() -> None:
    r = registry.resolve("People's Bank", on="2012-08-02")
    assert (r.id, r.status) == ("PBC", "alias")
    assert registry.lookup("财政部") == ("MOF",)
    assert registry.get("MOF").name_en == "Ministry of Finance"
    assert registry.successors("SAIC", on=2024) == ("SAMR",)
    assert registry.search("财政")[0].id == "MOF"


def test_import_is_lazy() -> None:
    code = (
        "import sys, divplan.names.registry as r\n"
        "assert 'rapidfuzz' not in sys.modules and 'zhconv_rs' not in sys.modules\n"
        "assert r._default_registry.cache_info().currsize == 0\n"
        "r.lookup('MOF')\n"
        "assert 'rapidfuzz' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=_subprocess_env())


def _subprocess_env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    src = str(Path(registry.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH", "")) if p)
    return env


# --- the corpus ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("mention", "year", "expected"), GOLD_MENTIONS)
def test_gold_mentions_resolve(reg: Registry, mention: str, year: int, expected: str) -> None:
    r = reg.resolve(mention, on=year)
    if expected == "-":
        # not in the reference table: unresolved, or a body the registry added (edition 2),
        # which the gold comparison reads as the name written
        assert r.id is None or reg.get(r.id).added > 1, r
    else:
        assert r.id == expected, r
        assert r.status in ("exact", "alias") and r.in_period
        assert expected in reg.lookup(mention, on=year)


def _gold_files() -> dict[int, dict[str, object]]:
    out = {}
    for path in sorted((TESTS / "gold").glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        out[int(gold["metadata"]["date"][:4])] = gold
    return out


def test_gold_mentions_cover_every_gold_department() -> None:
    """Every id and every "?name" of the gold readings has a row in the mentions fixture."""
    golds = _gold_files()
    assert sorted(golds) == sorted(CORPUS_TEXTS)
    for year, gold in golds.items():
        wanted: set[str] = set()
        for item in gold["items"]:  # type: ignore[attr-defined]
            wanted.update(item["leads"])
            wanted.update(item["participants"])
        issuer = gold["metadata"]["issuer"]  # type: ignore[index]
        wanted.add(issuer)
        have = {i for m, y, i in GOLD_MENTIONS if y == year and i != "-"}
        have |= {"?" + m for m, y, i in GOLD_MENTIONS if y == year and i == "-"}
        assert wanted <= have, (year, sorted(wanted - have))


def test_gold_mentions_occur_in_the_texts() -> None:
    if not CORPUS.exists():
        pytest.skip("shared corpus not available")
    for year, rel in CORPUS_TEXTS.items():
        text = re.sub(r"\s+", " ", (CORPUS / rel).read_text(encoding="utf-8-sig"))
        for mention, y, _ in GOLD_MENTIONS:
            if y == year:
                assert mention in text, (rel, mention)


def test_lookup_answers_are_kept_per_registry_and_per_year(tmp_path: Path) -> None:
    from divplan.names import registry as registry_module

    reg = Registry.default()
    # one name, two years: the kept answer of one year is never the other's
    assert reg.lookup("广电总局", 2010)[0] == "SARFT"
    assert reg.lookup("广电总局", 2020)[0] == "NRTA"
    assert reg.lookup("广电总局", 2010)[0] == "SARFT"
    # a registry with more aliases answers for itself, not from the default one's answers
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text(
        "id\tkind\tname_zh\tname_en\taliases\tfrom\tto\tsuccessors\n"
        "JZCZ\tlocal\t江州市财政局\tJiangzhou Finance Bureau\t市财政局\t\t\t\n",
        encoding="utf-8",
    )
    assert reg.lookup("市财政局") == ()
    assert Registry.default().with_aliases(aliases).lookup("市财政局") == ("JZCZ",)
    assert reg.lookup("市财政局") == ()
    # bounded: a batch's memory does not grow with the names it meets
    fresh = Registry.default().with_aliases(aliases)
    for i in range(registry_module._LOOKUPS_KEPT + 10):
        fresh.lookup(f"某单位{i}")
    assert len(fresh._looked_up) <= registry_module._LOOKUPS_KEPT


def _ranked_by_brute_force(idx: object, key: str) -> list[tuple[str, float, str]]:
    """Every alias scored, the best per department, best first: what rank_choices shortens."""
    from rapidfuzz import fuzz

    from divplan.names.fuzzy import profile, score_profiles

    query = profile(key)
    best: dict[str, tuple[float, str]] = {}
    for choice in idx.choices:  # type: ignore[attr-defined]
        ratio = fuzz.ratio(key, choice.key)
        score = score_profiles(query, profile(choice.key), ratio)
        if score > best.get(choice.id, (0.0, ""))[0]:
            best[choice.id] = (score, choice.text)
    ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], idx.order[kv[0]]))  # type: ignore[attr-defined]
    return [(i, s, text) for i, (s, text) in ranked]


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_the_fuzzy_ranking_stops_early_without_changing_the_top(data: st.DataObject) -> None:
    # rank_choices stops scoring once the ratio falls below the third best score; the top three
    # (ids, scores and the strings matched) must be those of scoring every alias
    from divplan.names.indexes import rank_choices
    from divplan.names.keys import normalise

    reg = Registry.default()
    idx = reg._idx()
    name = data.draw(st.sampled_from(sorted(d.name_en for d in reg._departments.values())))
    words = normalise(name).split()
    cut = data.draw(st.integers(0, len(words) - 1))
    typo = data.draw(st.sampled_from(["", "e", "x", "bureau", "municipal"]))
    words[cut] = words[cut][:-1] + typo if len(words[cut]) > 3 else words[cut]
    key = " ".join(words)
    assert rank_choices(idx, key) == _ranked_by_brute_force(idx, key)[:3]


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_the_fuzzy_ranking_of_unknown_names_scores_only_names_sharing_a_word(
    data: st.DataObject,
) -> None:
    # a local unit or an unknown body ("Huaichuan Gas Company", "Haiqiao Finance Bureau"): only
    # the names holding a word near one of its words are scored; the top three must be those of
    # scoring every alias (words drawn from the registry's names and invented ones, typos too)
    from divplan.names.indexes import rank_choices
    from divplan.names.keys import normalise

    reg = Registry.default()
    idx = reg._idx()
    vocab = sorted({w for d in reg._departments.values() for w in normalise(d.name_en).split()})
    own = st.sampled_from(vocab) | st.sampled_from(["huaichuan", "haiqiao", "gas", "company"])
    words = data.draw(st.lists(own, min_size=1, max_size=5))
    typo = data.draw(st.sampled_from(["", "e", "x"]))
    key = " ".join([*words[:-1], words[-1][:-1] + typo if len(words[-1]) > 3 else words[-1]])
    assert rank_choices(idx, key) == _ranked_by_brute_force(idx, key)[:3]


@pytest.mark.parametrize(
    ("name", "year", "expected"),
    [
        ("人力社保部", 2020, "MOHRSS"),
        ("国税总局", 2015, "SAT"),
        ("应急部", 2020, "MEM"),
        ("退役军人部", 2020, "MVA"),
        ("卫计委", 2015, "NHFPC"),
        ("计生委", 2010, "NPFPC"),  # the body of 2003–2013, not the SFPC abolished in 2003
        ("计生委", 2000, "SFPC"),
        ("药监局", 2010, "SFDA"),
        ("药监局", 2015, "CFDA"),
        ("药监局", 2020, "NMPA"),
    ],
)
def test_informal_names_resolve_on_the_documents_date(name: str, year: int, expected: str) -> None:
    # informal short forms and machine renderings a name review found unresolved or wrong
    assert Registry.default().resolve(name, on=str(year)).id == expected
