"""Plans in layouts the corpus does not have: the parser is built for the genre, not the files."""

from __future__ import annotations

from typing import Any

import divplan

DOCS = {
    "part_en": """Circular of the General Office of the State Council on Issuing the Work Plan for X

Guo Ban Fa [2018] No. 12

People's governments of all provinces:

The Plan is hereby issued.

General Office of the State Council
March 3, 2018

Work Plan for X

Part I Improving services

(1) Simplify approval procedures. (Lead unit: Ministry of Commerce; Responsible units: Ministry of Finance, General Administration of Customs)

(2) Reduce fees. (The National Development and Reform Commission shall take the lead, and the Ministry of Finance shall participate.)

Part II Strengthening support

(3) Expand credit. (People's Bank of China and China Banking and Insurance Regulatory Commission, according to their respective duties)

(4) Train staff. (Ministry of Human Resources and Social Security; to be completed by the end of 2019)
""",
    "prov_zh": """江西省人民政府办公厅关于印发某某工作分工方案的通知
赣府厅字〔2020〕15号
各市、县（区）人民政府，省政府各部门：
现将方案印发给你们，请认真贯彻执行。
江西省人民政府办公厅
2020年4月2日
（此件主动公开）
某某工作分工方案
一、加大财政支持
（一）设立专项资金，支持中小企业发展。（责任单位：省财政厅、省工业和信息化厅）
（二）落实减税降费政策。（牵头单位：省税务局；配合单位：省财政厅）
二、优化营商环境
（三）推进“放管服”改革。（省发展改革委牵头，省市场监管局等按职责分工负责）
（四）加强人才培养。（各设区市人民政府负责，2020年底前完成）
""",
    "web_en": """Home | News | Policy
1. Home 2. About
You are here: Policy

Notice of the General Office of the State Council on Printing and Distributing the Division of Labor Program for Y

State Council Office Letter [2016] No. 5

Relevant departments of the State Council:

The Program is now issued to you.

General Office of the State Council
January 10, 2016

Division of Labor Program for Y

1. Strengthen planning

(1) Prepare plans. (Ministry of Water Resources)

(2) Fund projects. (Ministry of Finance takes the lead, Ministry of Water Resources participates)

2. Deepen reform

(3) Reform water prices. (National Development and Reform Commission is responsible)

Copyright 2016 Example Co. All rights reserved.
""",
}


def reading(name: str) -> list[list[tuple[Any, ...]]]:
    plan = divplan.parse(DOCS[name])
    out = []
    for s in plan.sections:
        items = list(s.items) + [i for sub in s.subsections for i in sub.items]
        out.append(
            [
                (
                    i.number,
                    i.responsibility.mode,
                    [d.id or "?" + d.mention for d in i.responsibility.leads],
                    [d.id or "?" + d.mention for d in i.responsibility.participants],
                    i.responsibility.others,
                    i.deadline.text if i.deadline else None,
                )
                for i in items
            ]
        )
    return out


def test_part_sections_with_bracketed_items_in_english() -> None:
    plan = divplan.parse(DOCS["part_en"])
    assert [(s.marker, s.title) for s in plan.sections] == [
        ("Part I", "Improving services"),
        ("Part II", "Strengthening support"),
    ]
    assert reading("part_en") == [
        [
            (1, "lead", ["MOFCOM"], ["MOF", "GAC"], False, None),
            (2, "lead", ["NDRC"], ["MOF"], False, None),
        ],
        [
            (3, "division", ["PBC", "CBIRC"], [], False, None),
            (4, "sole", ["MOHRSS"], [], False, "to be completed by the end of 2019"),
        ],
    ]
    assert plan.metadata.doc_number is not None
    assert plan.metadata.doc_number.normalized == "国办发〔2018〕12号"
    assert plan.diagnostics == []


def test_provincial_plan_with_labelled_clauses_and_local_units() -> None:
    plan = divplan.parse(DOCS["prov_zh"])
    assert reading("prov_zh") == [
        [
            (1, "joint", ["?省财政厅", "?省工业和信息化厅"], [], False, None),
            (2, "lead", ["?省税务局"], ["?省财政厅"], False, None),
        ],
        [
            (3, "lead", ["?省发展改革委"], ["?省市场监管局"], True, None),
            (4, "sole", ["?各设区市人民政府"], [], False, "2020年底前完成"),
        ],
    ]
    assert plan.metadata.date == "2020-04-02"
    assert plan.metadata.issuer is not None and plan.metadata.issuer.id is None
    # local units are not unknown departments: each is reported as information (DP209) only
    assert {d.code for d in plan.diagnostics} == {"DP209"}
    assert all(d.severity == "info" for d in plan.diagnostics)


def test_web_page_with_arabic_sections_and_bracketed_items() -> None:
    plan = divplan.parse(DOCS["web_en"])
    assert [(s.marker, s.title) for s in plan.sections] == [
        ("1.", "Strengthen planning"),
        ("2.", "Deepen reform"),
    ]
    assert reading("web_en") == [
        [(1, "sole", ["MWR"], [], False, None), (2, "lead", ["MOF"], ["MWR"], False, None)],
        [(3, "sole", ["NDRC"], [], False, None)],
    ]
    kinds = [(u.kind, u.text.split("\n")[0]) for u in plan.unparsed]
    assert kinds == [
        ("leading", "Home | News | Policy"),
        ("trailing", "Copyright 2016 Example Co. All rights reserved."),
    ]


def test_clauses_in_square_and_lenticular_brackets() -> None:
    # some local plans close an item with 【…】 or […] instead of （…）
    plan = divplan.parse(
        "一、甲\n1.做好工作。【牵头单位：财政部；配合单位：商务部】\n2.做好工作。[财政部负责]\n"
    )
    got = [
        (i.number, i.responsibility.mode, [d.id for d in i.responsibility.leads],
         [d.id for d in i.responsibility.participants])
        for i in plan.items()
    ]
    assert got == [(1, "lead", ["MOF"], ["MOFCOM"]), (2, "sole", ["MOF"], [])]


def test_item_numbers_of_four_digits() -> None:
    # a long plan numbers past 999
    text = "一、甲\n" + "".join(f"{n}. 做好工作。（财政部负责）\n" for n in range(998, 1003))
    assert [(i.number, i.numbered) for i in divplan.parse(text).items()] == [
        (n, True) for n in range(998, 1003)
    ]


def test_clause_written_as_a_sentence_is_read_and_flagged() -> None:
    # no bracket, no field: the last sentence says who does it; read, and marked as a guess
    plan = divplan.parse(
        "一、甲\n1.做好审批改革工作。由财政部牵头，商务部配合。\n2.完善制度。由教育部负责。\n"
    )
    got = [
        (i.responsibility.mode, [d.id for d in i.responsibility.leads],
         [d.id for d in i.responsibility.participants], i.responsibility.reading, i.text)
        for i in plan.items()
    ]
    assert got == [
        ("lead", ["MOF"], ["MOFCOM"], "inferred", "做好审批改革工作。"),
        ("sole", ["MOE"], [], "inferred", "完善制度。"),
    ]
    assert sum(d.code == "DP208" for d in plan.diagnostics) == 2
