"""Tests for :mod:`divplan.notice.reader`: the gold metadata of every corpus text, each document-number
and date style, malformed input, invariants (hypothesis) and pathological sizes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import divplan
from divplan.notice import (
    DocNumber,
    Field,
    Notice,
    find_dates,
    find_doc_numbers,
    parse_date,
    parse_doc_number,
    read_notice,
)

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"
RAW_DIR = ROOT / "data" / "raw"
GOLDS = sorted(GOLD_DIR.glob("*.gold.json"))

# Names the gold files give by id; the text must carry one of these renderings.
ISSUER_NAMES = {
    "GOSC": {
        "Office of the State Council",
        "State Council General Office",
        "General Office of the State Council",
        "国务院办公厅",
        "國務院辦公廳",
    },
    "SC": {"State Council", "国务院", "國務院"},
}

# --------------------------------------------------------------------------------------------
# Helpers: a simple region finder and a simple normaliser, standing in for the real pipeline
# --------------------------------------------------------------------------------------------

_SECTION = re.compile(
    r"(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分"
    r"|(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s|(?:One|First),?\s)"
)
_PAGE = re.compile(r"[ \t]*[—–-]{1,3}\s*\d{1,4}\s*[—–-]{1,3}[ \t]*")


def simple_regions(text: str) -> list[tuple[int, int]]:
    """Notice region = start .. first section heading, less the plan title line before it;
    trailer = everything after the last item line (a long line ending in a parenthesis)."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for ln in text.splitlines(keepends=True):
        lines.append((pos, ln))
        pos += len(ln)
    head = next(i for i, (_, ln) in enumerate(lines) if _SECTION.match(ln.strip("\ufeff \t")))
    j = head - 1
    while j >= 0 and not lines[j][1].strip():
        j -= 1
    prev = lines[j][1].strip()
    notice_end = lines[j][0] if prev[-1:] not in "。.:：!?" else lines[head][0]
    last = max(
        i
        for i, (_, ln) in enumerate(lines)
        if ln.rstrip().endswith((")", "）")) and len(ln.strip()) > 20 and "此件公" not in ln
    )
    trailer_start = lines[last][0] + len(lines[last][1])
    return [(0, notice_end), (trailer_start, len(text))]


_FULLWIDTH = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH.update({0x3000: " ", 0xFEFF: ""})


def simple_normalise(text: str) -> str:
    """LF line ends, full-width ASCII forms mapped, BOM dropped, page-number lines removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_FULLWIDTH)
    return "\n".join("" if _PAGE.fullmatch(ln) else ln for ln in text.split("\n"))


def load(gold: Path) -> tuple[str, dict[str, object]]:
    name = gold.name[: -len(".gold.json")]
    for candidate in (RAW_DIR / f"{name}.txt", RAW_DIR / f"{name}.en.txt"):
        if candidate.exists():
            text = candidate.read_text(encoding="utf-8")
            break
    else:  # pragma: no cover - only when the corpus is not checked out
        pytest.skip(f"no text for {name}")
    meta = json.loads(gold.read_text(encoding="utf-8"))["metadata"]
    assert isinstance(meta, dict)
    return text, meta


def check_invariants(text: str, n: Notice) -> None:
    """Every span lies inside ``text`` and its slice is the field text (ISO for the date)."""
    fields: list[Field | DocNumber | None] = [
        n.title,
        n.notice_title,
        n.doc_number,
        n.issuer,
        n.addressees,
        *n.references,
    ]
    for f in fields:
        if f is None:
            continue
        a, b = f.span
        assert 0 <= a <= b <= len(text)
        assert text[a:b] == f.text
    if n.date is not None:
        a, b = n.date.span
        assert 0 <= a < b <= len(text)
        assert parse_date(text[a:b]) == n.date.text
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", n.date.text)
    if n.doc_number is not None:
        assert all(r.span != n.doc_number.span for r in n.references)


# --------------------------------------------------------------------------------------------
# Gold files
# --------------------------------------------------------------------------------------------


def test_gold_files_present() -> None:
    assert len(GOLDS) >= 7


@pytest.mark.parametrize("normalise", [False, True], ids=["raw", "normalised"])
@pytest.mark.parametrize("gold", GOLDS, ids=[g.name[: -len(".gold.json")] for g in GOLDS])
def test_gold_metadata(gold: Path, normalise: bool) -> None:
    text, meta = load(gold)
    same = simple_normalise if normalise else (lambda s: s)
    if normalise:
        text = simple_normalise(text)
    n = read_notice(text, simple_regions(text))
    check_invariants(text, n)

    assert n.title is not None and n.title.text == same(str(meta["title"]))
    assert n.notice_title is not None
    assert n.doc_number is not None
    assert n.doc_number.text == same(str(meta["doc_number"]))
    assert n.doc_number.normalized == meta["doc_number_normalized"]
    assert n.date is not None and n.date.text == meta["date"]
    assert n.addressees is not None and n.addressees.text == same(str(meta["addressees"]))
    issuer = str(meta["issuer"])
    assert n.issuer is not None
    if issuer.startswith("?"):
        assert n.issuer.text == same(issuer[1:])
    else:
        assert n.issuer.text in ISSUER_NAMES[issuer]
    refs = meta.get("references", [])
    assert isinstance(refs, list)
    assert [r.text for r in n.references] == [same(str(r)) for r in refs]


def test_seed_skips_abstract_fragment() -> None:
    """The seed's abstract holds "[2012] No. 141" inside a sentence; the own number is the one
    on its own line, and the notice title is the "Notice of …" line, not the first line."""
    gold = GOLD_DIR / "sme-division-plan-2012.gold.json"
    text, _ = load(gold)
    n = read_notice(text, simple_regions(text))
    assert n.notice_title is not None and n.notice_title.text.startswith("Notice of the General")
    assert n.doc_number is not None
    line_start = text.rfind("\n", 0, n.doc_number.span[0]) + 1
    assert text[line_start : n.doc_number.span[1]] == "State Council Letter [2012] No. 141"
    fragments = find_doc_numbers(text, 0, n.doc_number.span[0])
    assert len(fragments) == 1 and fragments[0].text.endswith("Departments [2012] No. 141")
    assert fragments[0].issuer_code is None and fragments[0].serial == 141


def test_body_dates_are_not_signatures() -> None:
    """The seed's items mention "From January 1, 2012 to …": even with the whole text as one
    region the signature date is the one on its own line."""
    gold = GOLD_DIR / "sme-division-plan-2012.gold.json"
    text, meta = load(gold)
    n = read_notice(text, [(0, len(text))])
    assert n.date is not None and n.date.text == meta["date"]
    assert "January 1, 2012" in text


@pytest.mark.parametrize("gold", GOLDS, ids=[g.name[: -len(".gold.json")] for g in GOLDS])
def test_gold_whole_text_as_one_region(gold: Path) -> None:
    """Robustness: with no region finding at all, the header and signature are still read."""
    text, meta = load(gold)
    n = read_notice(text, [(0, len(text))])
    check_invariants(text, n)
    assert n.title is not None and n.title.text == meta["title"]
    assert n.doc_number is not None and n.doc_number.text == meta["doc_number"]
    assert n.addressees is not None and n.addressees.text == meta["addressees"]
    assert n.date is not None and n.date.text == meta["date"]


def test_gwr_signature_in_trailer_only() -> None:
    gold = GOLD_DIR / "zh-gwr-2016.gold.json"
    text, meta = load(gold)
    notice, trailer = simple_regions(text)
    assert read_notice(text, [notice]).date is None
    n = read_notice(text, [notice, trailer])
    assert n.date is not None and n.date.text == meta["date"]
    assert n.issuer is not None and n.issuer.text == "国务院"
    assert n.date.span[0] >= trailer[0]


# --------------------------------------------------------------------------------------------
# Document numbers
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "code", "year", "serial", "normalized"),
    [
        ("State Council Letter [2012] No. 141", "国办函", 2012, 141, "国办函〔2012〕141号"),
        ("Guobanhan [2015] No. 67", "国办函", 2015, 67, "国办函〔2015〕67号"),
        ("Guo Ban Han [2017] No. 64", "国办函", 2017, 64, "国办函〔2017〕64号"),
        ("guo-ban-han [2017] no. 64", "国办函", 2017, 64, "国办函〔2017〕64号"),
        ("State Council Office Letter [2013] No. 79", "国办函", 2013, 79, "国办函〔2013〕79号"),
        ("General Office Letter [2013] No. 9", "国办函", 2013, 9, "国办函〔2013〕9号"),
        ("Guo Fa [2012] No. 14", "国发", 2012, 14, "国发〔2012〕14号"),
        ("Guofa (2012) No.14", "国发", 2012, 14, "国发〔2012〕14号"),
        ("State Council Document [2012] No. 14", "国发", 2012, 14, "国发〔2012〕14号"),
        ("Guo Ban Fa [2016] No. 3", "国办发", 2016, 3, "国办发〔2016〕3号"),
        ("Guobanfa 【2016】 No. 3", "国办发", 2016, 3, "国办发〔2016〕3号"),
        (
            "General Office of the State Council Document [2016] No. 3",
            "国办发",
            2016,
            3,
            "国办发〔2016〕3号",
        ),
        ("State Council Office Document [2016] No. 3", "国办发", 2016, 3, "国办发〔2016〕3号"),
        ("Guo Han [2014] No. 8", "国函", 2014, 8, "国函〔2014〕8号"),
        ("国发〔2016〕19号", "国发", 2016, 19, "国发〔2016〕19号"),
        ("国办函〔2019〕58号", "国办函", 2019, 58, "国办函〔2019〕58号"),
        ("江政辦函〔2022〕21號", "江政办函", 2022, 21, "江政办函〔2022〕21号"),
        ("国办发[2012]3号", "国办发", 2012, 3, "国办发〔2012〕3号"),
        ("国办发(2012)3号", "国办发", 2012, 3, "国办发〔2012〕3号"),
        ("国办发【2012】3号", "国办发", 2012, 3, "国办发〔2012〕3号"),
        ("国办发 〔2012〕 第3号", "国办发", 2012, 3, "国办发〔2012〕3号"),
        ("国发（２０１６）１９号", "国发", 2016, 19, "国发〔2016〕19号"),
    ],
)
def test_doc_number_styles(
    written: str, code: str, year: int, serial: int, normalized: str
) -> None:
    d = parse_doc_number(written)
    assert d is not None
    assert d.text == written
    assert d.span == (0, len(written))
    assert (d.issuer_code, d.year, d.serial, d.normalized) == (code, year, serial, normalized)


def test_doc_number_unknown_english_code() -> None:
    d = parse_doc_number("Ji Zheng Ban [2012] No. 5")
    assert d is not None
    assert (d.issuer_code, d.year, d.serial, d.normalized) == (None, 2012, 5, None)
    bare = parse_doc_number("see [2012] No. 5")
    assert bare is not None and bare.text == "[2012] No. 5" and bare.issuer_code is None


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ("(Guo Fa [2015] No. 29)", "Guo Fa [2015] No. 29"),
        ('Services" (Guo Fa [2015] No. 29), according', "Guo Fa [2015] No. 29"),
        ("Healthy Development of Small Enterprises Guo Fa [2012] No. 14", "Guo Fa [2012] No. 14"),
        ("《国务院关于推动农村消费提质扩容的若干意见》（国发〔2019〕17号）", "国发〔2019〕17号"),
        ("精神按照国发〔2019〕17号执行", "国发〔2019〕17号"),
    ],
)
def test_doc_number_code_boundaries(context: str, expected: str) -> None:
    d = parse_doc_number(context)
    assert d is not None and d.text == expected
    assert context[d.span[0] : d.span[1]] == expected


@pytest.mark.parametrize(
    "s", ["", "国发〔2016〕19", "(2012) 3", "[12] No. 5", "Guo Fa [1066] No. 3", "No. 14", "〔〕号"]
)
def test_not_doc_numbers(s: str) -> None:
    assert parse_doc_number(s) is None
    assert find_doc_numbers(s) == []


def test_parse_doc_number_offset_and_find_range() -> None:
    s = "x 国发〔2016〕19号 y Guo Fa [2012] No. 14"
    d = parse_doc_number(s[2:], offset=2)
    assert d is not None and s[d.span[0] : d.span[1]] == "国发〔2016〕19号"
    found = find_doc_numbers(s)
    assert [f.text for f in found] == ["国发〔2016〕19号", "Guo Fa [2012] No. 14"]
    assert [f.text for f in find_doc_numbers(s, 15)] == ["Guo Fa [2012] No. 14"]
    assert [f.text for f in find_doc_numbers(s, 0, 15)] == ["国发〔2016〕19号"]
    assert find_doc_numbers(s, 100, 5) == []
    assert find_doc_numbers(s, -5, -1) == []


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("August 2, 2012", "2012-08-02"),
        ("Aug. 2nd, 2012", "2012-08-02"),
        ("June 14,2017", "2017-06-14"),
        ("OCTOBER 19, 2015", "2015-10-19"),
        ("2 August 2012", "2012-08-02"),
        ("21st June 2013", "2013-06-21"),
        ("2012-08-02", "2012-08-02"),
        ("2012/8/2", "2012-08-02"),
        ("2012.08.02", "2012-08-02"),
        ("2016年3月26日", "2016-03-26"),
        ("2016 年 3 月 26 日", "2016-03-26"),
        ("2022年5月16號", "2022-05-16"),
        ("2022年5月16号", "2022-05-16"),
        ("二〇一九年七月二十三日", "2019-07-23"),
        ("二零一九年七月二十三日", "2019-07-23"),
        ("二○一二年八月二日", "2012-08-02"),
        ("二〇一〇年十月十日", "2010-10-10"),
        ("二〇二〇年十二月三十一日", "2020-12-31"),
        ("二〇一六年三月二十日", "2016-03-20"),
        ("二〇二四年二月二十九日", "2024-02-29"),
        ("2010 year 7 month 22 day", "2010-07-22"),  # a word-for-word machine translation
        ("2019 Year 3 Month 5 Sun", "2019-03-05"),
    ],
)
def test_date_styles(written: str, iso: str) -> None:
    assert parse_date(written) == iso
    assert find_dates(f"签发：{written}。") == [(iso, (3, 3 + len(written)))]


@pytest.mark.parametrize(
    "s",
    [
        "",
        "February 30, 2012",
        "二〇二三年二月二十九日",
        "二〇一九年七月三十二日",
        "二〇一九年十三月一日",
        "2012年8月",
        "2012-13-01",
        "1.2012.08.02",
        "May 2012",
        "0800-2012-01",
        "Mayor 2, 2012",
        "2010 year 13 month 2 day",
        "2010 years 7 months",
    ],
)
def test_not_dates(s: str) -> None:
    assert parse_date(s) is None


def test_find_dates_in_order_with_range() -> None:
    s = "From January 1, 2012 to December 31, 2014; 2016年3月26日"
    found = find_dates(s)
    assert [iso for iso, _ in found] == ["2012-01-01", "2014-12-31", "2016-03-26"]
    for iso, (a, b) in found:
        assert parse_date(s[a:b]) == iso
    assert [iso for iso, _ in find_dates(s, 20)] == ["2014-12-31", "2016-03-26"]


# --------------------------------------------------------------------------------------------
# read_notice on small constructed notices
# --------------------------------------------------------------------------------------------


def whole(text: str) -> list[tuple[int, int]]:
    return [(0, len(text))]


def test_issuer_and_date_on_one_line() -> None:
    text = (
        "国务院办公厅关于印发《某某方案》的通知\n国办发〔2020〕1号\n各有关部门：\n"
        "《某某方案》已经国务院同意，现印发给你们。\n国务院办公厅  2020年1月2日\n"
    )
    n = read_notice(text, whole(text))
    check_invariants(text, n)
    assert n.title is not None and n.title.text == "某某方案"  # enclosing 《》 dropped
    assert n.issuer is not None and n.issuer.text == "国务院办公厅"
    assert n.date is not None and n.date.text == "2020-01-02"
    assert n.addressees is not None and n.addressees.text == "各有关部门"


def test_english_issuer_date_one_line_and_quotes() -> None:
    text = (
        'Circular of the State Council on Issuing the "Work Plan for X"\n\n'
        "Guo Fa [2020] No. 3\n\nAll ministries:\n\nThe plan is issued. See Guo Fa [2019] No. 1 "
        "and Guo Fa [2019] No. 1 again, and Guo Fa [2020] No. 3.\n\n"
        "State Council, March 4, 2020\n"
    )
    n = read_notice(text, whole(text))
    check_invariants(text, n)
    assert n.title is not None and n.title.text == "Work Plan for X"
    assert n.doc_number is not None and n.doc_number.normalized == "国发〔2020〕3号"
    assert [r.text for r in n.references] == ["Guo Fa [2019] No. 1"]  # deduped, own excluded
    assert n.issuer is not None and n.issuer.text == "State Council"
    assert n.date is not None and n.date.text == "2020-03-04"


def test_opinions_without_wrapper_are_their_own_title() -> None:
    text = (
        "Opinions of the State Council on the Division of Key Work\n\nGuo Fa [2016] No. 19\n\n"
        "All provincial governments:\n\nText.\n"
    )
    n = read_notice(text, whole(text))
    assert (
        n.title is not None
        and n.title.text == "Opinions of the State Council on the Division of Key Work"
    )
    assert n.notice_title == n.title


def test_title_with_parenthesised_own_number_and_label() -> None:
    text = (
        "Notice of the General Office of the State Council on Issuing the Plan for Y "
        "(Guo Ban Han [2017] No. 64)\n\nRelevant departments:\n\nBody.\n\n"
        "General Office of the State Council\nJune 14, 2017\n"
    )
    n = read_notice(text, whole(text))
    check_invariants(text, n)
    assert n.title is not None and n.title.text == "Plan for Y"
    assert n.doc_number is not None and n.doc_number.text == "Guo Ban Han [2017] No. 64"
    assert n.addressees is not None and n.addressees.text == "Relevant departments"
    assert n.references == ()

    labelled = "关于印发某方案的通知\n文号：国办函〔2019〕58号\n国务院有关部门：\n正文。\n"
    m = read_notice(labelled, whole(labelled))
    assert m.doc_number is not None and m.doc_number.text == "国办函〔2019〕58号"
    assert m.title is not None and m.title.text == "某方案"


def test_reference_in_body_is_not_own_number() -> None:
    """No own number: a number cited in the body must stay a reference."""
    text = (
        "国务院办公厅关于印发某方案的通知\n国务院有关部门：\n"
        "各部门要贯彻落实《某意见》（国发〔2019〕17号）精神。\n国务院办公厅\n二〇一九年七月二十三日\n"
    )
    n = read_notice(text, whole(text))
    assert n.doc_number is None
    assert n.addressees is not None and n.addressees.text == "国务院有关部门"
    assert [r.text for r in n.references] == ["国发〔2019〕17号"]
    assert n.date is not None and n.date.text == "2019-07-23"


def test_wrapped_chinese_title_and_addressees() -> None:
    text = (
        "国务院办公厅关于印发《国务院关于推动农村消费提质扩容的若干意见》\n"
        "重点任务分工方案的通知\n国办函〔2019〕58号\n各省、自治区、直辖市人民政府，\n"
        "国务院各部委、各直属机构：\n正文。\n"
    )
    n = read_notice(text, whole(text))
    check_invariants(text, n)
    assert n.notice_title is not None and n.notice_title.text.endswith("分工方案的通知")
    assert n.title is not None
    assert (
        n.title.text.replace("\n", "")
        == "《国务院关于推动农村消费提质扩容的若干意见》重点任务分工方案"
    )
    assert n.addressees is not None
    assert n.addressees.text == "各省、自治区、直辖市人民政府，\n国务院各部委、各直属机构"


def test_colon_in_body_is_not_addressees() -> None:
    text = (
        "Notice of the State Council on Issuing the Plan Y\nGuo Fa [2020] No. 1\n"
        "This is a long body paragraph that runs well past forty characters.\n"
        "The requirements are as follows:\n"
    )
    n = read_notice(text, whole(text))
    assert n.doc_number is not None and n.addressees is None


def test_standalone_number_deep_in_body_is_a_reference() -> None:
    body = "".join(
        f"Paragraph {i} of the body, which is long enough to be prose.\n" for i in range(8)
    )
    text = f"Notice of the State Council on Issuing the Plan Y\n{body}Guo Fa [2019] No. 7\n"
    n = read_notice(text, whole(text))
    assert n.doc_number is None
    assert [r.text for r in n.references] == ["Guo Fa [2019] No. 7"]


def test_dated_title_fallback() -> None:
    text = "中共中央 国务院关于某事的意见\n（2016年3月26日）\n正文。\n"
    n = read_notice(text, whole(text))
    assert n.date is not None and n.date.text == "2016-03-26"
    assert n.issuer is None


def test_literal_translation_signature() -> None:
    text = (
        "State Council Office about Print Issue Some Plan of Notice\n\nGuo Ban Han [2010] No. 94\n\n"
        "Each relevant department:\n\nBody text.\n\nState Council Office\n2010 year 7 month 22 day\n"
    )
    n = read_notice(text, whole(text))
    assert n.date is not None and n.date.text == "2010-07-22"


def test_raw_input_crlf_bom_fullwidth() -> None:
    text = (
        "\ufeff江州市人民政府辦公室關於印發《某方案》的通知\r\n\r\n江政辦函〔2022〕21號\r\n\r\n"
        "各區人民政府，市政府各部門：\r\n\r\n正文。\r\n\r\n江州市人民政府辦公室\r\n2022年5月16日\r\n"
    )
    n = read_notice(text, whole(text))
    check_invariants(text, n)
    assert n.notice_title is not None and not n.notice_title.text.startswith("\ufeff")
    assert n.title is not None and n.title.text == "某方案"
    assert n.addressees is not None and n.addressees.text == "各區人民政府，市政府各部門"
    assert n.issuer is not None and n.issuer.text == "江州市人民政府辦公室"
    assert n.doc_number is not None and n.doc_number.normalized == "江政办函〔2022〕21号"


def test_web_junk_before_notice_and_in_trailer() -> None:
    text = (
        "Home | News\nRelease time: 2013-07-02 10:26\n\n"
        "Notice of the General Office of the State Council on Printing and Distributing "
        "the Plan Z\n\nState Council Office Letter [2013] No. 79\n\nRelevant departments:\n\n"
        "Body text.\n"
    )
    trailer = "\nShare to:\n1. Notice on something else  2013-05-14\nCopyright 2013\n"
    full = text + "PLAN BODY\n" + trailer
    n = read_notice(full, [(0, len(text)), (len(full) - len(trailer), len(full))])
    check_invariants(full, n)
    assert n.title is not None and n.title.text == "Plan Z"
    assert n.date is None  # junk dates are not signatures
    assert n.issuer is None


# --------------------------------------------------------------------------------------------
# Malformed input
# --------------------------------------------------------------------------------------------

EMPTY = Notice(None, None, None, None, None, None, ())


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n\n",
        "This is just some text about gloves. August 2, 2012 was a day.",
        "一、加强组织领导\n1.做好工作。（财政部负责）\n",
        "\ufeff\r\n\u3000\r\n",
        "《》〔〕【】()[]：:；",
        "关于\n的通知\n" * 3,
    ],
)
def test_no_notice(text: str) -> None:
    n = read_notice(text, whole(text))
    check_invariants(text, n)
    assert n.title is None and n.notice_title is None and n.doc_number is None
    assert n.addressees is None


@pytest.mark.parametrize(
    "regions",
    [[], [(5, 5)], [(10, 3)], [(-10, -1)], [(1000, 2000)], [(0,)], [("a", "b")], [None]],
)
def test_bad_regions(regions: list[object]) -> None:
    text = "国务院办公厅关于印发某方案的通知\n国办函〔2019〕58号\n"
    n = read_notice(text, regions)  # type: ignore[arg-type]
    check_invariants(text, n)
    if regions in ([], [(5, 5)], [(10, 3)], [(-10, -1)], [(1000, 2000)]):
        assert n == EMPTY


def test_regions_are_clamped() -> None:
    text = "国务院办公厅关于印发某方案的通知\n国办函〔2019〕58号\n"
    n = read_notice(text, [(-5, 10_000)])
    assert n.doc_number is not None and n.doc_number.text == "国办函〔2019〕58号"


# --------------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------------

_VOCAB = [
    "Notice of the General Office of the State Council on Printing and Distributing the ",
    "Circular ",
    " on Issuing ",
    "国务院办公厅关于印发",
    "《",
    "》",
    "的通知",
    "的意见",
    "分工方案",
    "\n",
    "\r\n",
    "\n\n",
    ":",
    "：",
    "State Council Letter [2012] No. 141",
    "Guo Fa [2012] No. 14",
    "国发〔2016〕19号",
    "江政辦函〔2022〕21號",
    "[2012]",
    "No.",
    "〔",
    "号",
    "August 2, 2012",
    "2 August 2012",
    "2016年3月26日",
    "二〇一九年七月二十三日",
    "2012-08-02",
    "二十",
    "年",
    "月",
    "日",
    "国务院",
    "Office of the State Council",
    "Relevant departments of the State Council",
    "(",
    ")",
    "（",
    "）",
    "。",
    ".",
    " ",
    "\ufeff",
    "\u3000",
    "x",
]

_texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(_VOCAB), max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(_VOCAB), st.text(max_size=5)), max_size=30).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_texts, data=st.data())
def test_read_notice_never_raises(text: str, data: st.DataObject) -> None:
    n_regions = data.draw(st.integers(0, 3))
    bound = st.integers(-5, len(text) + 5)
    regions = [(data.draw(bound), data.draw(bound)) for _ in range(n_regions)]
    n = read_notice(text, regions)
    check_invariants(text, n)
    whole_n = read_notice(text, [(0, len(text))])
    check_invariants(text, whole_n)


@settings(max_examples=200, deadline=None)
@given(text=_texts)
def test_finders_spans(text: str) -> None:
    for iso, (a, b) in find_dates(text):
        assert parse_date(text[a:b]) == iso
    for d in find_doc_numbers(text):
        assert text[d.span[0] : d.span[1]] == d.text
        again = parse_doc_number(d.text)
        assert again is not None and (again.year, again.serial) == (d.year, d.serial)


# --------------------------------------------------------------------------------------------
# Size: a megabyte must not blow up (no catastrophic backtracking, no quadratic scans)
# --------------------------------------------------------------------------------------------

_MB = 1 << 20


@pytest.mark.parametrize(
    "unit",
    [
        "a",
        " ",
        "1",
        "关于",
        "Notice on ",
        "State Council [2012] No. ",
        "〔2012〕1号",
        "August 2, 2012 ",
        "2012年8月2日",
        "二〇一九年七月",
        "《关于",
        "(((",
    ],
)
def test_megabyte_single_line(unit: str) -> None:
    text = unit * (_MB // len(unit))
    n = read_notice(text, [(0, len(text)), (0, len(text))])
    check_invariants(text, n)
    assert n.title is None and n.addressees is None


def test_megabyte_many_lines() -> None:
    line = "国务院办公厅关于印发某方案的通知 Guo Fa [2012] No. 14 2016年3月26日\n"
    text = "Notice on the Z\nGuo Fa [2012] No. 1\nAll:\n" + line * (_MB // len(line))
    n = read_notice(text, [(0, len(text))])
    check_invariants(text, n)
    assert n.doc_number is not None and n.doc_number.text == "Guo Fa [2012] No. 1"
    assert len(n.references) == 1  # the same number, repeated, is one reference
    dates = find_dates(text)
    assert len(dates) == _MB // len(line)


# --------------------------------------------------------------------------------------------
# The date names are resolved for, when the notice gives none
# --------------------------------------------------------------------------------------------

_BODY = "一、加强管理\n\n1．规范广播电视节目。（广电总局负责）\n\n2．加强监督。（财政部负责）\n"


@pytest.mark.parametrize(
    ("head", "lead"),
    [
        ("某工作分工方案\n\n国办函〔2010〕94号\n\n", "SARFT"),  # the document number's year
        ("2022年广播电视工作分工方案\n\n", "NRTA"),  # the title's year
        ("2010年广播电视工作分工方案\n\n", "SARFT"),
    ],
)
def test_names_are_resolved_for_the_year_a_plan_states(head: str, lead: str) -> None:
    # 广电总局 is SARFT before 2013 and NRTA after 2018: with no signed date, the year in the
    # document number or the title decides; metadata.date stays empty (nothing was signed)
    import divplan

    plan = divplan.parse(head + _BODY)
    assert plan.metadata.date is None
    assert [d.id for d in plan.items()[0].responsibility.leads] == [lead]  # type: ignore[union-attr]


def test_without_any_year_an_ambiguous_name_stays_unresolved() -> None:
    import divplan

    plan = divplan.parse("广播电视工作分工方案\n\n" + _BODY)
    assert [d.id for d in plan.items()[0].responsibility.leads] == [None]  # type: ignore[union-attr]
    assert "DP203" in {d.code for d in plan.diagnostics}


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("关于印发2022年重点工作任务分工方案的通知", "2022"),
        ("关于印发落实《某某规划（2016—2020年）》2019年分工方案的通知", "2019"),  # cited: not its year
        ("到2035年基本实现农业现代化任务分工方案", None),  # a target, not the plan's year
        ("2021—2025年行动计划重点任务分工", "2021"),
        ("Division of tasks towards 2035, adopted in 2024", "2024"),
        ("关于印发“十四五”规划分工方案的通知", None),
    ],
)
def test_the_year_a_title_gives_is_the_plans_own(title: str, year: str | None) -> None:
    from divplan.notice.resolution import title_year

    assert title_year(title) == year


def test_an_undated_notice_says_which_year_its_names_were_resolved_for() -> None:
    plan = divplan.parse("关于印发2022年分工方案的通知\n一、任务\n1.推进。（财政部牵头）\n")
    (dp402,) = [d for d in plan.diagnostics if d.code == "DP402"]
    assert dp402.message.endswith("department names resolved for 2022 (from the title)")
    plan = divplan.parse("关于印发分工方案的通知\n一、任务\n1.推进。（财政部牵头）\n")
    (dp402,) = [d for d in plan.diagnostics if d.code == "DP402"]
    assert dp402.message.endswith("department names resolved for the present")
