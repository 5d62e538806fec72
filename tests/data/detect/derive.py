"""Re-lay four checked-in plans in layouts the development corpus lacks (run once, by hand).

Why: real crawls hold the same plans as tables (pasted from Word or HTML), with labelled
responsibility lines, or inside web pages.  ``divplan.corpus.detect`` must recognise those layouts
too, so the labelled set carries one of each, derived from ``data/structured`` (the parser's
reading, reviewed against the gold files) so that their content stays real.

    python tests/data/detect/derive.py      # rewrites the four pos-derived-* files
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
STRUCTURED = HERE.parents[2] / "data" / "structured"


def _items(doc: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    for sec in doc["sections"]:
        head = " ".join(x for x in (sec["marker"], sec["title"]) if x)
        for item in sec["items"]:
            out.append((head, item))
        for sub in sec["subsections"]:
            for item in sub["items"]:
                out.append((head, item))
    return out


def _names(item: dict[str, Any], role: str) -> list[str]:
    return [d["mention"] for d in item["responsibility"][role]]


def table_zh(name: str) -> str:
    doc = json.loads((STRUCTURED / f"{name}.json").read_text(encoding="utf-8"))
    lines = [doc["metadata"]["title"] or "", "", "序号\t重点任务\t牵头单位\t参加单位\t完成时限"]
    last = None
    for head, item in _items(doc):
        if head != last:
            lines.append(f"\t{head}\t\t\t")
            last = head
        deadline = item["deadline"]["text"] if item["deadline"] else "持续推进"
        lines.append(
            "\t".join(
                [
                    str(item["number"]),
                    item["text"],
                    "、".join(_names(item, "leads")),
                    "、".join(_names(item, "participants")),
                    deadline,
                ]
            )
        )
    return "\n".join(lines) + "\n"


def labelled_zh(name: str) -> str:
    doc = json.loads((STRUCTURED / f"{name}.json").read_text(encoding="utf-8"))
    meta = doc["metadata"]
    lines = [meta["title"] or "", "", (meta["doc_number"] or {}).get("text", ""), ""]
    last = None
    for k, (head, item) in enumerate(_items(doc), start=1):
        if head != last:
            lines.append(head)
            last = head
        lines.append(f"{k}. {item['text']}")
        lead = "、".join(_names(item, "leads")) or "各有关部门"
        part = "、".join(_names(item, "participants"))
        lines.append(f"牵头单位：{lead}" + (f"；参与单位：{part}" if part else ""))
        lines.append("")
    lines.append(meta["date"] or "")
    return "\n".join(lines) + "\n"


def markdown_en(name: str) -> str:
    doc = json.loads((STRUCTURED / f"{name}.json").read_text(encoding="utf-8"))
    lines = [
        "# " + ((doc["title"] or {}).get("text") or "Division of labour"),
        "",
        "| No. | Task | Lead | Participating |",
        "|---|---|---|---|",
    ]
    for _head, item in _items(doc):
        lead = "; ".join(_names(item, "leads"))
        part = "; ".join(_names(item, "participants"))
        lines.append(f"| {item['number']} | {item['text']} | {lead} | {part} |")
    return "\n".join(lines) + "\n"


def web_en(name: str) -> str:
    doc = json.loads((STRUCTURED / f"{name}.json").read_text(encoding="utf-8"))
    lines = [
        "Home | Policies | Interpretation | Services | Data | Interaction",
        "You are here: Home > Policies > Latest Policies",
        "Updated: 2017-06-20 09:31   Source: english.www.gov.cn   Print  Share",
        "",
        (doc["title"] or {}).get("text") or "",
        "",
    ]
    last = None
    for head, item in _items(doc):
        if head != last:
            lines.extend([head, ""])
            last = head
        lines.append(f"{item['number']}. {item['text']}")
        lead = ", ".join(_names(item, "leads"))
        part = ", ".join(_names(item, "participants"))
        lines.append(f"Lead: {lead}." + (f" Participating: {part}." if part else ""))
        lines.append("")
    lines += [
        "Related Stories",
        "Premier Li urges efforts to stabilize foreign trade",
        "China's foreign trade up 19.6% in first five months",
        "Copyright © The State Council of The People's Republic of China. All rights reserved.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    (HERE / "pos-derived-zh-sc-2019-table.txt").write_text(table_zh("zh-sc-2019"), "utf-8")
    (HERE / "pos-derived-zh-gwr-2016-labelled.txt").write_text(labelled_zh("zh-gwr-2016"), "utf-8")
    (HERE / "pos-derived-sme-2012-markdown.txt").write_text(
        markdown_en("sme-division-plan-2012.en"), "utf-8"
    )
    (HERE / "pos-derived-en-official-2017-web.txt").write_text(web_en("en-official-2017"), "utf-8")


if __name__ == "__main__":
    main()
