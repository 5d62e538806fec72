"""Property tests over generated plans.

A hypothesis strategy writes a whole plan from random choices — section markers of mixed
styles, optional subsections, numbered items (continuous or restarting per section) or
unnumbered Chinese-style paragraphs, responsibility clauses with a known reading, hard
line-wraps, page-number lines, leading and trailing web junk, CRLF, a BOM — and remembers what
it wrote.  The properties: parsing never raises, every span is inside the text, every
non-whitespace character is accounted for, the generated structure and clause readings are
recovered, items hold their marker, clause and deadline, and parsing is deterministic.

Inputs the properties found divplan mis-reading are kept at the end as minimal examples
(strict xfails while they fail); the generator avoids them so the properties stay useful.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import divplan
from divplan.models import Department, Plan

from spans import bad_spans, uncovered

# DIVPLAN_PROPERTY_EXAMPLES=2000 for a longer hunt; 60 keeps the file well under a minute.
SETTINGS = settings(
    max_examples=int(os.environ.get("DIVPLAN_PROPERTY_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# ------------------------------------------------------------------------------ the material
# Clauses with a known reading (tests/fixtures/clauses.txt): text, leads, participants.
# Only departments that exist throughout, so the reading does not depend on a date.
CLAUSES_EN: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    ("Ministry of Finance", ("MOF",), ()),
    ("Responsible by the Ministry of Civil Affairs", ("MCA",), ()),
    ("Responsible for the Ministry of Industry and Information Technology", ("MIIT",), ()),
    ("Ministry of Water Resources is responsible", ("MWR",), ()),
    ("Ministry of Water Resources, Ministry of Finance", ("MWR", "MOF"), ()),
    ("Ministry of Commerce and Ministry of Education", ("MOFCOM", "MOE"), ()),
    (
        "Responsible for the Ministry of Human Resources and Social Security and the Ministry "
        "of Finance",
        ("MOHRSS", "MOF"),
        (),
    ),
    ("Development and Reform Commission, Ministry of Finance are responsible", ("NDRC", "MOF"), ()),
    ("Ministry of Finance takes the lead", ("MOF",), ()),
    ("Leaded by the Development and Reform Commission", ("NDRC",), ()),
    ("Led by the Ministry of Civil Affairs", ("MCA",), ()),
    (
        "Ministry of Finance takes the lead, Ministry of Commerce and Ministry of Education "
        "participate",
        ("MOF",),
        ("MOFCOM", "MOE"),
    ),
    (
        "Ministry of Civil Affairs is in charge of the Development and Reform Commission, Ministry "
        "of Industry and Information Technology",
        ("MCA",),
        ("NDRC", "MIIT"),
    ),
    (
        "Ministry of Education takes the lead, Ministry of Civil Affairs, Human Resources and "
        "Social Security Department",
        ("MOE",),
        ("MCA", "MOHRSS"),
    ),
    (
        "The Ministry of Civil Affairs will be responsible for the Ministry of Finance",
        ("MCA",),
        ("MOF",),
    ),
    ("Ministry of Water Resources is responsible for the relevant departments", ("MWR",), ()),
    (
        "Ministry of Finance, Ministry of Water Resources are responsible for the division of "
        "responsibilities",
        ("MOF", "MWR"),
        (),
    ),
    (
        "Development and Reform Commission takes the lead, Ministry of Civil Affairs and others "
        "are responsible according to the division of labor",
        ("NDRC",),
        ("MCA",),
    ),
    ("the Ministry of Finance, Industry and Information Technology", ("MOF", "MIIT"), ()),
    (
        "Lead unit: Ministry of Commerce; Responsible units: Ministry of Finance, Ministry of "
        "Public Security",
        ("MOFCOM",),
        ("MOF", "MPS"),
    ),
    (
        "The Ministry of Commerce will take the lead, with the Ministry of Foreign Affairs and the "
        "National Development and Reform Commission participating.",
        ("MOFCOM",),
        ("MFA", "NDRC"),
    ),
    ("People's Bank of China, Ministry of Finance, etc.", ("PBC", "MOF"), ()),
    (
        "National Office for Philosophy and Social Sciences",
        ("?National Office for Philosophy and Social Sciences",),
        (),
    ),
    ("China Meteorological Administration", ("CMA",), ()),
]
CLAUSES_ZH: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    ("财政部负责", ("MOF",), ()),
    ("財政部負責", ("MOF",), ()),
    ("税务总局、财政部负责", ("SAT", "MOF"), ()),
    ("财政部、商务部", ("MOF", "MOFCOM"), ()),
    ("财政部牵头", ("MOF",), ()),
    ("商务部牵头，发展改革委、财政部参加", ("MOFCOM",), ("NDRC", "MOF")),
    ("邮政局牵头，交通运输部、商务部等参加", ("SPB",), ("MOT", "MOFCOM")),
    ("財政部牽頭，商務部、教育部參加", ("MOF",), ("MOFCOM", "MOE")),
    ("商务部会同有关部门负责", ("MOFCOM",), ()),
    ("商务部会同统计局、发展改革委负责", ("MOFCOM",), ("NBS", "NDRC")),
    ("人民银行、外汇局按职责分工负责", ("PBC", "SAFE"), ()),
    ("证监会牵头，发展改革委、人民银行等按职责分工负责", ("CSRC",), ("NDRC", "PBC")),
    ("牵头单位：商务部；责任单位：财政部、公安部", ("MOFCOM",), ("MOF", "MPS")),
    ("工业和信息化部牵头，国务院促进中小企业发展工作领导小组成员单位参加", ("MIIT",), ("LGSME",)),
    ("市财政局负责", ("?市财政局",), ()),
    ("市商务局牵头，市财政局、市公安局按职责分工负责", ("?市商务局",), ("?市财政局", "?市公安局")),
]
DEADLINES_EN = ["(to be completed by the end of 2020)", "(Ongoing.)"]
DEADLINES_ZH = ["（2020年底前完成）", "（持续推进）"]

TASKS_EN = [
    "Support county towns in upgrading commercial service centres and logistics centres.",
    "Encourage large chain enterprises to extend their networks to towns and villages, and "
    "develop new rural commercial complexes.",
    "Improve the credit guarantee system for small and micro enterprises.",
    "Strengthen the supervision of product quality and standardise market order.",
    "Expand the pilot programme for cross-border e-commerce. Central funds will give priority "
    "to pilot zones in the central and western regions.",
    "Simplify customs clearance procedures and reduce the cost of trade for enterprises.",
    "Reduce registration fees for small firms (including individual businesses) in all regions.",
]
TASKS_ZH = [
    "支持县城改造提升一批综合商贸服务中心和物流配送中心。",
    "引导大型连锁商贸企业向乡镇延伸经营网点，发展新型乡镇商贸综合体。",
    "完善小微企业（含个体工商户）信用担保体系，降低融资成本。",
    "加强产品质量监管，规范市场秩序，严厉打击制售假冒伪劣商品行为。",
    "扩大跨境电子商务综合试验区试点范围，完善通关、检验检疫、结汇等监管措施。",
    "推动电子商务进农村，完善农村物流配送体系。",
]
SECTION_TITLES_EN = [
    "Improve the commercial network",
    "Promote the upgrading of consumption",
    "Strengthen financial support",
    "Optimise the business environment",
    "Strengthen organisation and implementation",
    "Expand international markets",
]
SECTION_TITLES_ZH = [
    "完善农村商业流通网络",
    "促进消费提质升级",
    "加强金融支持",
    "优化营商环境",
    "加强组织实施",
    "开拓国际市场",
]
SUB_TITLES_EN = [
    "Optimising the market layout.",
    "Fostering new forms of trade.",
    "Improving public services.",
]
SUB_TITLES_ZH = ["健全县乡村三级商业设施。", "培育外贸新业态。", "提升公共服务水平。"]

LEADING_JUNK = [
    "Home > News > Policies > State Council Documents",
    "Share to: WeChat | Weibo | QQ",
    "Font size: Large Medium Small    Print    Close",
    "首页 > 政务公开 > 国务院文件",
    "【字体：大 中 小】 打印本页 关闭窗口",
]
ADVERTS = [
    "Cut-resistant steel gloves, wholesale price, free shipping worldwide! Contact us today.",
    "Industrial safety gloves factory direct sale, OEM welcome, fast delivery.",
    "本站广告：专业生产劳保手套，欢迎来电咨询。",
]
RELATED = [
    "State Council issues opinions on promoting rural consumption",
    "Premier stresses support for small and micro enterprises",
    "国务院常务会议部署促进外贸稳增长措施",
    "商务部解读推动农村消费提质扩容政策",
]

ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
ORDINAL = ["", "First", "Second", "Third", "Fourth", "Fifth", "Sixth"]
CARDINAL = ["", "One", "Two", "Three", "Four", "Five", "Six"]
CN_DIGITS = "零一二三四五六七八九"
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def cn_number(n: int) -> str:
    """1..99 in Chinese numerals (十, 十二, 二十三)."""
    tens, ones = divmod(n, 10)
    out = ("" if tens <= 1 else CN_DIGITS[tens]) + ("十" if tens else "")
    return out + (CN_DIGITS[ones] if ones else "")


SECTION_STYLES = ["roman", "ordinal", "cardinal", "part", "zh", "zh_part"]
SUB_STYLES = ["paren_num", "paren_zh", "paren_alpha"]
ITEM_STYLES = ["1.", "1．", "1、", "1)", "１．"]


def section_marker(style: str, n: int, sep: str) -> str:
    if style == "roman":
        return f"{ROMAN[n]}."
    if style == "ordinal":
        return f"{ORDINAL[n]},"
    if style == "cardinal":
        return f"{CARDINAL[n]},"
    if style == "part":
        return f"Part {ROMAN[n]}" + sep
    if style == "zh":
        return f"{cn_number(n)}、"
    return f"第{cn_number(n)}部分"


def sub_marker(style: str, n: int) -> str:
    if style == "paren_num":
        return f"({n})"
    if style == "paren_zh":
        return f"（{cn_number(n)}）"
    return f"({'abcdefghijklmnopqrstuvwxyz'[n - 1]})"


def item_marker(style: str, n: int) -> str:
    if style == "１．":
        return f"{n}．".translate(FULLWIDTH)
    return f"{n}{style[1:]}"


def unique_task(task: str, k: int, chinese: bool) -> str:
    """``task`` made unique in the plan (a plan does not repeat an item word for word)."""
    if chinese:
        return f"{task[:-1]}，开展第{cn_number(k)}批试点。"
    return f"{task[:-1]}, starting with batch {k}."


# A line must not start with anything that could read as a marker or a page number.
_MARKERISH = re.compile(
    r"^\s*(?:[IVXLC]+\s*[.、,]|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|eleventh|twelfth|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"|part\b|page\b|p\.|[\d０-９]|[(（\[【〔]|[-—–−]|第|[一二三四五六七八九十零〇]+\s*[、.．]"
    r"|[一二三四五六七八九十零〇])",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u3400-\u9fff]")
_CLOSERS = ')）。.;；:：!！?？”"」'


# Where divplan is known to mis-read a wrap (KNOWN_FAILURES), the generator does not wrap.
_NO_WRAP_INSIDE = ("（持续推进）",)


def wrap_points(s: str, chinese: bool, unnumbered: bool) -> list[int]:
    """Where a hard line-wrap may go in ``s`` (an item's text and clause, one line).

    English: at a space; Chinese: between two CJK characters.  Never right before a
    marker-looking token, and in an unnumbered paragraph never right after a character that
    closes a sentence (that would end the paragraph: conventions.md, Layout).  Known divplan
    failures are avoided too: no wrap right after a closing bracket inside the item text, none
    inside （持续推进）.
    """
    protected: set[int] = set()
    for word in _NO_WRAP_INSIDE:
        at = s.find(word)
        if at >= 0:
            protected.update(range(at, at + len(word) + 1))
    out: list[int] = []
    for i in range(1, len(s) - 1):
        if i in protected:
            continue
        if chinese:
            ok = bool(_CJK.match(s[i - 1]) and _CJK.match(s[i]))
            at = i
        else:
            ok = s[i] == " " and s[i - 1] != " " and s[i + 1] != " "
            at = i
        if not ok:
            continue
        rest = s[at + 1 :] if not chinese else s[at:]
        before = s[:at].rstrip()
        if _MARKERISH.match(rest) or not before:
            continue
        if before[-1] in ")）" or (unnumbered and before[-1] in _CLOSERS):
            continue
        out.append(i)
    return out


# ------------------------------------------------------------------------------ the generator
@dataclass
class GenItem:
    number: int
    numbered: bool
    leads: set[str]
    participants: set[str]


@dataclass
class GenSection:
    items: list[GenItem] = field(default_factory=list)  # directly under the section
    subsections: list[list[GenItem]] = field(default_factory=list)


@dataclass
class Generated:
    text: str  # the decoded text (no BOM)
    bom: bool
    chinese: bool
    numbered: bool
    sections: list[GenSection]

    def items(self) -> list[GenItem]:
        out: list[GenItem] = []
        for sec in self.sections:
            out.extend(sec.items)
            for sub in sec.subsections:
                out.extend(sub)
        return out


@st.composite
def plans(draw: st.DrawFn) -> Generated:
    """A whole plan text and what it contains."""
    chinese = draw(st.booleans())
    clauses = CLAUSES_ZH if chinese else CLAUSES_EN
    tasks = TASKS_ZH if chinese else TASKS_EN
    numbered = draw(st.booleans())
    item_style = draw(st.sampled_from(ITEM_STYLES))
    mixed_item_styles = draw(st.integers(0, 3)) == 0  # sometimes a style per item
    continuous = draw(st.booleans())
    sub_style = draw(st.sampled_from(SUB_STYLES))
    sub_continuous = draw(st.booleans())
    wraps = draw(st.booleans())
    pages = draw(st.booleans())
    blank_between = draw(st.booleans())
    indent = draw(st.sampled_from(["", "", "　　" if chinese else "    "]))
    open_b, close_b = ("（", "）") if chinese else ("(", ")")
    space = "" if chinese else " "

    lines: list[str] = []
    # leading junk, the notice and the plan title
    if draw(st.booleans()):
        lines.extend(draw(st.lists(st.sampled_from(LEADING_JUNK), min_size=1, max_size=3)))
        lines.append("")
    if draw(st.booleans()):
        if chinese:
            lines += [
                "国务院办公厅关于印发重点任务分工方案的通知",
                "",
                "国办函〔2019〕58号",
                "",
                "国务院有关部门：",
                "",
                "《重点任务分工方案》已经国务院同意，现印发给你们，请认真贯彻落实。",
                "",
                "国务院办公厅",
                "2019年7月23日",
                "",
            ]
        else:
            lines += [
                "Circular of the General Office of the State Council on Issuing the Plan for the "
                "Division of Key Tasks",
                "",
                "Guo Ban Han [2017] No. 64",
                "",
                "Relevant departments under the State Council:",
                "",
                "The Plan has been approved by the State Council and is hereby issued to you. "
                "Please implement it conscientiously.",
                "",
                "General Office of the State Council",
                "June 14, 2017",
                "",
            ]
        lines += ["重点任务分工方案" if chinese else "Plan for the Division of Key Tasks", ""]

    n_sections = draw(st.integers(1, 6))
    sections: list[GenSection] = []
    item_no = 0
    item_count = 0
    sub_no = 0
    page_no = 1
    last_page_tight = False
    for s in range(1, n_sections + 1):
        style = draw(st.sampled_from(SECTION_STYLES))
        marker = section_marker(style, s, draw(st.sampled_from(["", ".", ":"])))
        title = draw(st.sampled_from(SECTION_TITLES_ZH if chinese else SECTION_TITLES_EN))
        gap = draw(st.sampled_from([" ", "", "　"])) if style.startswith("zh") else " "
        lines.append(f"{marker}{gap}{title}")
        if blank_between:
            lines.append("")
        sec = GenSection()
        sections.append(sec)
        if not continuous:
            item_no = 0
        n_subs = draw(st.integers(0, 3))
        if n_subs and not sub_continuous:
            sub_no = 0
        for _ in range(max(n_subs, 1)):
            group = sec.items  # items directly under the section, or under a subsection
            if n_subs:
                sub_no += 1
                sub_title = draw(st.sampled_from(SUB_TITLES_ZH if chinese else SUB_TITLES_EN))
                lines.append(f"{sub_marker(sub_style, sub_no)}{space}{sub_title}")
                if blank_between:
                    lines.append("")
                sec.subsections.append([])
                group = sec.subsections[-1]
            for _ in range(draw(st.integers(1, 5 // max(n_subs, 1)))):  # <= 5 per section
                item_no += 1
                clause, leads, participants = draw(st.sampled_from(clauses))
                body = unique_task(draw(st.sampled_from(tasks)), item_count + 1, chinese)
                item_count += 1
                body += space + open_b + clause + close_b
                if draw(st.integers(0, 4)) == 0:
                    body += space + draw(st.sampled_from(DEADLINES_ZH if chinese else DEADLINES_EN))
                if wraps:
                    points = wrap_points(body, chinese, not numbered)
                    chosen = sorted(
                        set(draw(st.lists(st.sampled_from(points), max_size=2)) if points else [])
                    )
                    for at in reversed(chosen):
                        if chinese:
                            body = body[:at] + "\n" + body[at:]
                        else:
                            body = body[:at] + "\n" + body[at + 1 :]
                if numbered:
                    sep = draw(st.sampled_from(["", " "])) if chinese else " "
                    if mixed_item_styles:
                        item_style = draw(st.sampled_from(ITEM_STYLES))
                    lines.append(indent + item_marker(item_style, item_no) + sep + body)
                else:
                    lines.append(indent + body)
                group.append(GenItem(item_no, numbered, set(leads), set(participants)))
                if pages and draw(st.integers(0, 3)) == 0:
                    page_no += 1
                    page = draw(st.sampled_from([f"— {page_no} —", f"- {page_no} -"]))
                    # A one-line item between two page-number lines is dropped as a "repeated
                    # page header" (KNOWN_FAILURES): keep such pages apart by blank lines.
                    tight = draw(st.booleans()) and not (last_page_tight and "\n" not in body)
                    lines += [page] if tight else ["", page, ""]
                    last_page_tight = tight
                else:
                    last_page_tight = False
                    if blank_between:
                        lines.append("")
    if not numbered:  # unnumbered items are numbered 1..n by position
        position = 0
        for sec in sections:
            for it in sec.items + [i for sub in sec.subsections for i in sub]:
                position += 1
                it.number = position

    # trailing junk
    if draw(st.booleans()):
        lines += ["", draw(st.sampled_from(ADVERTS))]
    if draw(st.booleans()):
        related = draw(st.lists(st.sampled_from(RELATED), min_size=1, max_size=3))
        lines += ["", "Related articles:" if not chinese else "相关文章："]
        lines += [f"{i}. {r}" for i, r in enumerate(related, start=1)]

    text = "\n".join(lines) + "\n"
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    bom = draw(st.booleans())
    return Generated(text, bom, chinese, numbered, sections)


def parse_generated(g: Generated) -> Plan:
    if g.bom:
        return divplan.parse_bytes(b"\xef\xbb\xbf" + g.text.encode("utf-8"))
    return divplan.parse(g.text)


def dept_key(d: Department) -> str:
    return d.id or "?" + d.mention


# ------------------------------------------------------------------------------ the properties
@SETTINGS
@given(plans())
def test_parse_never_raises_and_spans_are_in_bounds(g: Generated) -> None:
    plan = parse_generated(g)  # raising fails the test
    assert plan.source.length == len(g.text)
    assert bad_spans(plan, len(g.text)) == []
    if g.bom:  # str input with a BOM: the same offsets, into the text without it
        again = divplan.parse("\ufeff" + g.text)
        assert again.source.length == len(g.text)
        assert bad_spans(again, len(g.text)) == []


@SETTINGS
@given(plans())
def test_every_character_is_covered(g: Generated) -> None:
    plan = parse_generated(g)
    assert uncovered(g.text, plan) == []


@SETTINGS
@given(plans())
def test_structure_is_recovered(g: Generated) -> None:
    plan = parse_generated(g)
    assert len(plan.sections) == len(g.sections)
    for got, want in zip(plan.sections, g.sections, strict=True):
        assert len(got.subsections) == len(want.subsections)
        assert [len(s.items) for s in got.subsections] == [len(s) for s in want.subsections]
        assert len(got.items) == len(want.items)
    subs = [sub.number for sec in plan.sections for sub in sec.subsections]
    assert subs == list(range(1, len(subs) + 1))
    got_items = plan.items()
    want_items = g.items()
    assert [(i.number, i.numbered) for i in got_items] == [
        (i.number, i.numbered) for i in want_items
    ]
    for got_item, want_item in zip(got_items, want_items, strict=True):
        r = got_item.responsibility
        assert {dept_key(d) for d in r.leads} == want_item.leads, got_item.text
        assert {dept_key(d) for d in r.participants} == want_item.participants, got_item.text


@SETTINGS
@given(plans())
def test_items_hold_their_marker_clause_and_deadline(g: Generated) -> None:
    plan = parse_generated(g)
    text = g.text
    for item in plan.items():
        s, e = item.span
        written = text[s:e]
        if item.numbered:
            assert item.marker is not None
            assert written.startswith(item.marker), written[:20]  # the marker as written
        else:
            assert item.marker is None
        assert s <= item.text_span[0] <= item.text_span[1] <= e
        r = item.responsibility
        assert r.raw is not None and r.span is not None
        assert text[r.span[0] : r.span[1]] == r.raw
        assert s <= r.span[0] <= r.span[1] <= e
        if item.deadline is not None:
            ds, de = item.deadline.span
            assert r.span[1] <= ds <= de <= e
            assert _squeeze(text[ds:de]) == _squeeze(item.deadline.text)


def _squeeze(s: str) -> str:
    return re.sub(r"\s+", "", s)


@SETTINGS
@given(plans())
def test_parsing_is_deterministic(g: Generated) -> None:
    assert parse_generated(g).model_dump_json() == parse_generated(g).model_dump_json()


# ------------------------------------------------------------------------------ known failures
# Minimal inputs, found by the properties above, where divplan's reading is (or was) wrong.  The
# generator steers clear of them (see wrap_points and the page-line rule) so that the
# properties keep testing everything else; each stays here as a strict xfail until fixed.
@dataclass
class Expect:
    sections: int
    items: list[tuple[int, bool, set[str], set[str]]]  # number, numbered, leads, participants
    deadline: str | None = None  # of the first item


def _known(text: str, expect: Expect, reason: str | None, name: str) -> object:
    """An example; ``reason`` marks it a strict xfail (None: it passes, keep it as a guard)."""
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(text, expect, id=name, marks=marks)


# Found failing (parse() raised lark.exceptions.UnexpectedToken: outline.lark had no place for a
# subsection before any section) and fixed in divplan since: kept as a guard.
_SUBSECTION_FIRST = None
# Found failing and fixed in divplan since; kept as guards: a one-line item between two
# page-number lines (was dropped as a page header), a wrap inside （持续推进） (hid the
# deadline), a wrap right after a bracket inside the task text (ended the item).
_PAGE_BETWEEN = None
_WRAPPED_DEADLINE = None
_WRAP_AFTER_PAREN = None

KNOWN_FAILURES = [
    _known(
        "(1) Optimising the layout.\n1. Do the task. (Ministry of Finance)\n",
        Expect(1, [(1, True, {"MOF"}, set())]),
        _SUBSECTION_FIRST,
        "subsection-first-en",
    ),
    _known(
        "（一）健全设施。\n1.支持县城改造。（财政部负责）\n",
        Expect(1, [(1, True, {"MOF"}, set())]),
        _SUBSECTION_FIRST,
        "subsection-first-zh",
    ),
    _known(
        "I.完善农村商业流通网络\n(1)健全县乡村三级商业设施。\n支持县城改造。（财政部负责）\n",
        Expect(1, [(1, False, {"MOF"}, set())]),
        _SUBSECTION_FIRST,  # 'I.' without a space is no section marker: (1) comes first
        "subsection-first-roman-without-space",
    ),
    _known(
        "一、网络\n1.支持县城。（财政部负责）\n— 2 —\n2.推动农村。（商务部负责）\n— 3 —\n",
        Expect(1, [(1, True, {"MOF"}, set()), (2, True, {"MOFCOM"}, set())]),
        _PAGE_BETWEEN,
        "item-between-page-lines-zh",
    ),
    _known(
        "I. Network\n1. Do A. (Ministry of Finance)\n- 2 -\n2. Do B. (Ministry of Commerce)\n"
        "- 3 -\n",
        Expect(1, [(1, True, {"MOF"}, set()), (2, True, {"MOFCOM"}, set())]),
        _PAGE_BETWEEN,
        "item-between-page-lines-en",
    ),
    _known(
        "一、网络\n1.支持县城。（财政部负责）（持\n续推进）\n",
        Expect(1, [(1, True, {"MOF"}, set())], deadline="持续推进"),
        _WRAPPED_DEADLINE,
        "wrapped-deadline-numbered",
    ),
    _known(
        "一、网络\n支持县城。（财政部负责）（持\n续推进）\n",
        Expect(1, [(1, False, {"MOF"}, set())], deadline="持续推进"),
        _WRAPPED_DEADLINE,
        "wrapped-deadline-unnumbered",
    ),
    _known(
        "一、网络\n1.降低小微企业（含个体工商户）\n登记费用。（财政部负责）\n",
        Expect(1, [(1, True, {"MOF"}, set())]),
        _WRAP_AFTER_PAREN,
        "wrap-after-inner-paren-zh",
    ),
    _known(
        "I. Network\n1. Reduce fees for small firms (including individual businesses)\n"
        "in all regions. (Ministry of Finance)\n",
        Expect(1, [(1, True, {"MOF"}, set())]),
        _WRAP_AFTER_PAREN,
        "wrap-after-inner-paren-en",
    ),
]


@pytest.mark.parametrize(
    "text",
    ["一、网络\n１．支持县城。（财政部负责）\n", "一、网络\n1．支持县城。（财政部负责）\n"],
    ids=["fullwidth-digit-and-dot", "fullwidth-dot"],
)
def test_item_marker_is_as_written(text: str) -> None:
    item = divplan.parse(text).items()[0]
    assert item.marker is not None
    assert text[item.span[0] : item.span[1]].startswith(item.marker)


@pytest.mark.parametrize(("text", "expect"), KNOWN_FAILURES)
def test_known_failure(text: str, expect: Expect) -> None:
    plan = divplan.parse(text)
    assert bad_spans(plan, len(text)) == []
    assert uncovered(text, plan) == []
    assert len(plan.sections) == expect.sections
    got = [
        (
            i.number,
            i.numbered,
            {dept_key(d) for d in i.responsibility.leads},
            {dept_key(d) for d in i.responsibility.participants},
        )
        for i in plan.items()
    ]
    assert got == expect.items
    first = plan.items()[0]
    assert (first.deadline.text if first.deadline else None) == expect.deadline
