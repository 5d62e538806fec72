"""A synthetic corpus of division-of-labour plans, for the benchmark (``benchmarks/bench.py``).

Why synthetic: ``data/raw`` holds seven plans (87 KB), too few to measure throughput, memory
over a batch, or a pool's speed-up.  The generator writes plans shaped like the real ones —
a notice (title, document number, addressees, body, issuer, date), a plan title, sections,
subsections and numbered items, each closed by a responsibility clause in one of the
conventions.md forms and sometimes a deadline — in Chinese and in English, with department
names from the packaged registry that existed in the plan's year.  It is deterministic: the
same ``seed`` gives the same bytes, so figures from different runs are comparable.

    python benchmarks/synth.py OUT_DIR [--plans 1000] [--bytes 40000]
"""

from __future__ import annotations

import argparse
import csv
import random
from dataclasses import dataclass
from pathlib import Path

TSV = Path(__file__).resolve().parents[1] / "src" / "divplan" / "data" / "departments.tsv"

_ZH_VERBS = ["推进", "加快", "完善", "健全", "加强", "深化", "落实", "支持", "推动", "优化", "规范"]
_ZH_OBJECTS = [
    "县域商业体系建设",
    "农村寄递物流网络",
    "中小企业融资服务",
    "政务服务一网通办",
    "重点项目用地保障",
    "职业技能培训体系",
    "农产品冷链物流设施",
    "新能源汽车充电设施",
    "跨境电商综合试验区",
    "社区养老服务网络",
    "公共文化服务体系",
    "城乡医疗卫生服务",
    "生态环境监测网络",
    "安全生产责任体系",
    "科技成果转化机制",
]
_ZH_TAILS = (
    "，引导社会资本参与建设运营，形成多元投入格局",
    "，明确时间表和路线图，确保各项任务落地见效",
    "，建立健全常态化监测评估机制，定期通报进展情况",
    "，鼓励有条件的地区先行先试，及时总结推广经验",
    "，加大财政资金支持力度，提高资金使用效益",
    "，完善配套政策措施，切实减轻企业和群众负担",
)
_EN_VERBS = ["Accelerate", "Improve", "Strengthen", "Deepen", "Implement", "Support", "Promote"]
_EN_OBJECTS = [
    "the county-level commercial system",
    "the rural express delivery network",
    "financing services for small and micro enterprises",
    "one-stop online government services",
    "land guarantees for key projects",
    "the vocational skills training system",
    "cold-chain logistics for agricultural products",
    "charging facilities for new energy vehicles",
    "comprehensive pilot zones for cross-border e-commerce",
    "the community elderly care service network",
    "the public cultural service system",
    "the monitoring network for the ecological environment",
]
_EN_TAILS = [
    ", guide social capital to participate in construction and operation, and form a "
    "diversified investment pattern",
    ", clarify the timetable and road map, and ensure that every task is carried out",
    ", establish a regular monitoring and evaluation mechanism and report progress "
    "on a regular basis",
    ", encourage qualified localities to pilot first and promote their experience in time",
    ", increase financial support and improve the efficiency of the use of funds",
    ", improve supporting policies and reduce the burden on enterprises and the public",
]
_ZH_NUM = "一二三四五六七八九十"


@dataclass(frozen=True)
class _Dept:
    zh: str
    en: str
    start: int | None
    end: int | None


def _departments() -> list[_Dept]:
    out: list[_Dept] = []
    with open(TSV, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        for row in rows:
            if row.get("kind") not in ("ministry", "commission", "administration", "bank"):
                continue
            zh_alias = next((a for a in row["aliases"].split(";") if a and _cjk(a)), "")
            out.append(
                _Dept(
                    zh=zh_alias
                    if zh_alias and len(zh_alias) < len(row["name_zh"])
                    else row["name_zh"],
                    en=row["name_en"],
                    start=int(row["from"]) if row.get("from") else None,
                    end=int(row["to"]) if row.get("to") else None,
                )
            )
    return out


def _cjk(s: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in s)


def _zh_num(n: int) -> str:
    if n <= 10:
        return _ZH_NUM[n - 1]
    if n < 20:
        return "十" + _ZH_NUM[n - 11]
    tens, ones = divmod(n, 10)
    return _ZH_NUM[tens - 1] + "十" + (_ZH_NUM[ones - 1] if ones else "")


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += sym
            n -= value
    return out


class _Writer:
    def __init__(self, rng: random.Random, year: int) -> None:
        self.rng = rng
        self.year = year
        self.depts = [
            d
            for d in _departments()
            if (d.start is None or d.start <= year) and (d.end is None or year <= d.end)
        ]

    def pick(self, k: int) -> list[_Dept]:
        return self.rng.sample(self.depts, k)

    # -- Chinese ------------------------------------------------------------------------------
    def zh_clause(self) -> str:
        a, b, c = self.pick(3)
        form = self.rng.randrange(7)
        return [
            f"（{a.zh}负责）",
            f"（{a.zh}、{b.zh}负责）",
            f"（{a.zh}牵头，{b.zh}、{c.zh}参加）",
            f"（{a.zh}牵头，{b.zh}、{c.zh}等按职责分工负责）",
            f"（{a.zh}、{b.zh}按职责分工负责）",
            f"（{a.zh}会同{b.zh}负责）",
            f"（{a.zh}牵头，有关部门参加）",
        ][form]

    def zh_task(self) -> str:
        r = self.rng
        parts = [f"{r.choice(_ZH_VERBS)}{r.choice(_ZH_OBJECTS)}"]
        for _ in range(r.randint(2, 4)):
            parts.append(r.choice(_ZH_TAILS))
        return "".join(parts) + "。"

    def zh_plan(self, target: int) -> str:
        r, y = self.rng, self.year
        topic = r.choice(_ZH_OBJECTS)
        title = f"关于{topic}的若干意见重点任务分工方案"
        lines = [
            f"国务院办公厅关于印发《{title}》的通知",
            "",
            f"国办函〔{y}〕{r.randint(10, 150)}号",
            "",
            "国务院有关部门：",
            "",
            f"《{title}》已经国务院同意，现印发给你们，请认真贯彻落实。",
            "",
            "各有关部门要结合本部门职能进一步细化实化工作举措，明确时间表、路线图，"
            "确保各项任务落地见效。牵头部门要切实负起责任，其他部门要积极配合。",
            "",
            "国务院办公厅",
            f"{y}年{r.randint(1, 12)}月{r.randint(1, 28)}日",
            "",
            "（此件公开发布）",
            "",
            title,
            "",
        ]
        item = sub = 0
        sec = 0
        while len("\n".join(lines).encode("utf-8")) < target:
            sec += 1
            lines.append(f"{_zh_num(sec)}、{r.choice(_ZH_VERBS)}{r.choice(_ZH_OBJECTS)}")
            for _ in range(r.randint(2, 3)):
                sub += 1
                lines.append(f"（{_zh_num(sub)}）{r.choice(_ZH_VERBS)}{r.choice(_ZH_OBJECTS)}。")
                for _ in range(r.randint(3, 5)):
                    item += 1
                    deadline = (
                        f"（{y + 1}年{r.randint(1, 12)}月底前完成）" if r.random() < 0.2 else ""
                    )
                    lines.append(f"{item}.{self.zh_task()}{self.zh_clause()}{deadline}")
        return "\n".join(lines) + "\n"

    # -- English ------------------------------------------------------------------------------
    def en_clause(self) -> str:
        a, b, c = (d.en for d in self.pick(3))
        form = self.rng.randrange(7)
        return [
            f"(Responsible by the {a})",
            f"(The {a} and the {b} are responsible)",
            f"(The {a} takes the lead, the {b} and the {c} participate)",
            f"(Led by the {a}, with the {b} participating)",
            f"(The {a} and the {b} are responsible according to their duties)",
            f"(The {a} takes the lead, the {b} and other departments are responsible "
            "according to the division of labor)",
            f"(The {a} will be responsible)",
        ][form]

    def en_task(self) -> str:
        r = self.rng
        parts = [f"{r.choice(_EN_VERBS)} {r.choice(_EN_OBJECTS)}"]
        for _ in range(r.randint(2, 4)):
            parts.append(r.choice(_EN_TAILS))
        return "".join(parts) + "."

    def en_plan(self, target: int) -> str:
        r, y = self.rng, self.year
        topic = r.choice(_EN_OBJECTS)
        title = f"Division of Labor Program for the Key Tasks of Improving {topic}"
        lines = [
            "Notice of the General Office of the State Council on Printing and Distributing "
            f"the {title}",
            "",
            f"Guo Ban Han [{y}] No. {r.randint(10, 150)}",
            "",
            "Relevant departments of the State Council:",
            "",
            f"The {title} has been approved by the State Council and is hereby issued to you. "
            "Please implement it conscientiously.",
            "",
            "General Office of the State Council",
            f"{r.choice(['March', 'June', 'August', 'October'])} {r.randint(1, 28)}, {y}",
            "",
            title,
            "",
        ]
        item = sub = sec = 0
        while len("\n".join(lines).encode("utf-8")) < target:
            sec += 1
            lines += [f"{_roman(sec)}. {r.choice(_EN_VERBS)} {r.choice(_EN_OBJECTS)}", ""]
            for _ in range(r.randint(2, 3)):
                sub += 1
                lines += [f"({sub}) {r.choice(_EN_VERBS)} {r.choice(_EN_OBJECTS)}.", ""]
                for _ in range(r.randint(3, 5)):
                    item += 1
                    deadline = f" (by the end of {y + 1})" if r.random() < 0.2 else ""
                    lines += [f"{item}. {self.en_task()} {self.en_clause()}{deadline}", ""]
        return "\n".join(lines) + "\n"


def plan_text(index: int, *, seed: int = 0, target_bytes: int = 40_000) -> str:
    """The ``index``-th synthetic plan (half Chinese, half English), about ``target_bytes``."""
    rng = random.Random(seed * 1_000_003 + index)
    writer = _Writer(rng, year=rng.randint(2013, 2023))
    return writer.zh_plan(target_bytes) if index % 2 == 0 else writer.en_plan(target_bytes)


def generate(out_dir: Path, plans: int, *, seed: int = 0, target_bytes: int = 40_000) -> list[Path]:
    """Write ``plans`` files ``synth-NNNNN.txt`` into ``out_dir`` (reused when already there)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for i in range(plans):
        path = out_dir / f"synth-{i:05d}.txt"
        if not path.exists():
            path.write_text(plan_text(i, seed=seed, target_bytes=target_bytes), encoding="utf-8")
        paths.append(path)
    return paths


def big_file(path: Path, megabytes: float, *, seed: int = 0) -> Path:
    """One file of about ``megabytes`` MB: synthetic plans one after another, as in a dump."""
    limit = int(megabytes * 1_000_000)
    written = 0
    with open(path, "w", encoding="utf-8") as fh:
        i = 0
        while written < limit:
            text = plan_text(i % 200, seed=seed)
            fh.write(text)
            written += len(text.encode("utf-8"))
            i += 1
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--plans", type=int, default=1000)
    ap.add_argument("--bytes", type=int, default=40_000, help="approximate size of each plan")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    paths = generate(args.out_dir, args.plans, seed=args.seed, target_bytes=args.bytes)
    total = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} plans, {total / 1e6:.1f} MB in {args.out_dir}")


if __name__ == "__main__":
    main()
