"""Resolve: department mentions → registry references, on the document's date.

The clause stage only says *what is written*; this stage asks the registry what it means on
the day the plan was issued, keeping everything a reader needs to audit the answer (status,
matched alias, score, runner-up, candidates, whether the department existed then) and, for a
local or branch unit, what it is (level, place, central counterpart) although it has no id.
"""

from __future__ import annotations

import re

from divplan.names.local_units import affixes
from divplan.names.registry import Registry, Resolution
from divplan.records import Department


def department(
    mention: str,
    span: tuple[int, int],
    registry: Registry,
    on: str | None,
    lookup: str | None = None,
) -> Department:
    """A :class:`~divplan.models.Department` for ``mention`` (resolving ``lookup`` if given).

    An unresolved mention built like a local or branch unit keeps ``id`` null (conventions.md)
    and gets ``level``, ``place`` and ``counterpart`` (:meth:`Registry.local_unit`).
    """
    text = lookup or mention
    res: Resolution = registry.resolve(text, on=on)
    local = registry.local_unit(text, on=on) if res.status == "unresolved" else None
    return Department(
        id=res.id,
        name=res.name,
        name_zh=res.name_zh,
        mention=mention,
        span=span,
        status=res.status,
        score=None if res.score is None else round(float(res.score), 1),
        matched=res.matched,
        runner_up=res.runner_up,
        runner_up_score=None
        if res.runner_up_score is None
        else round(float(res.runner_up_score), 1),
        candidates=list(res.candidates),
        in_period=res.in_period,
        level=local.level if local else None,
        place=local.place if local else None,
        counterpart=local.counterpart if local else None,
    )


_LOCAL_LEVELS = ("province", "city", "county", "township")
_GOVERNMENT = re.compile(r"政府|government", re.IGNORECASE)  # a government heads no list of its own


#: Kinds of issuer that name their own internal departments "Department of …" (司, 局): a
#: ministry's plan to its departments, not the State Council's to ministries.
_HAS_DEPARTMENTS = frozenset({"ministry", "administration", "commission", "bureau", "regulator"})
_OWN = re.compile(  # "Department of Finance", "finance department" (a ministry's 财务司)
    r"^(?:the\s+)?(?:(?:Department|Division)\s+of\s|(?:[a-z-]+\s+){1,4}(?:department|division)$)",
    re.IGNORECASE,
)


def has_own_departments(issuer: str | None, registry: Registry) -> bool:
    """Whether the plan's issuer is a central body with departments of its own (司, 局): the
    units its plan names are mostly those, neither in the registry nor local."""
    return issuer is not None and issuer in registry and registry.get(issuer).kind in (
        _HAS_DEPARTMENTS
    )


def own_departments_issuer(issuer: Department, registry: Registry, on: str | None) -> str | None:
    """The issuer's id, for :func:`issuers_own`, unless the plan names its issuer "X
    Department" (商务部 rendered "Commerce Department"): a plan that renders ministries so
    names other ministries so too ("Public Security Department"), not its own 司.  A body's
    general office issues its plans ("General Office of the Ministry of Water Resources",
    水利部办公厅): the departments the plan names are the body's."""
    if _STYLE_DEPARTMENT.match(issuer.mention):
        return None
    office = _OFFICE_OF.match(issuer.mention) if issuer.id is None else None
    if office is not None:
        named = office.group("en") or office.group("zh") or office.group("en2")
        return registry.resolve(named, on=on).id
    return issuer.id


def issuer_in_title(title: str) -> str | None:
    """The issuer a notice's title names when no signature does ("Notice of the General Office
    of the Ministry of Agriculture on …", 农业部办公厅关于印发…的通知), for :func:`issuers_own`."""
    m = _TITLE_ISSUER.match(title.strip())
    return None if m is None else (m.group("en") or m.group("zh"))


_TITLE_ISSUER = re.compile(
    r"^(?:Notice|Circular|Opinions?|Decision)\s+of\s+(?:the\s+)?(?P<en>[A-Z].{4,90}?)\s+on\s"
    r"|^(?P<zh>[\u4e00-\u9fff]{2,30}?)关于"
)
_OFFICE_OF = re.compile(  # (or "Ministry of Railways General Office", a translation's order)
    r"^(?:the\s+)?General\s+Office\s+of\s+(?:the\s+)?(?P<en>.+)$|^(?P<zh>.+?)办公厅$"
    r"|^(?:the\s+)?(?P<en2>.+?)\s+General\s+Office$",
    re.IGNORECASE,
)


_STYLE_DEPARTMENT = re.compile(r"^(?:the\s+)?(?:[a-z-]+\s+){1,4}department\b", re.IGNORECASE)


def issuers_own(found: Department, issuer: str | None, registry: Registry) -> Department:
    """``found`` unresolved, keeping its reading as a candidate, when the plan's ``issuer`` is a
    central body with departments of its own and the mention is a bare "Department of X" or
    "X department": in a ministry's plan, "Department of Finance" is its finance department
    (财务司), not the Ministry of Finance, and "Department of Water Resources" in the
    Ministry of Water Resources' plan is its own (水资源司).  The checks then report it, with
    the candidate."""
    if issuer is None or found.id is None or not _OWN.match(found.mention):
        return found
    if not has_own_departments(issuer, registry):
        return found
    return found.replace(
        id=None, name=None, name_zh=None, status="unresolved", candidates=[found.id]
    )


def share_level(
    leads: list[Department], participants: list[Department]
) -> tuple[list[Department], list[Department]]:
    """A list of local units goes on with bare short names at the same level.

    市人社局、医保局 / "Municipal Finance Bureau, Health Commission": the level written once
    governs the names after it, so 医保局 is the city's, not the central NHSA that the alias
    alone would give.  Only a short form matched by an alias (not a body's full name, and
    nothing like 国家 or "National" before it), or an English rendering, after a local
    department of a level (not a government) is read so; it keeps the central body as its
    counterpart.
    """
    if not any(d.id is None and d.level in _LOCAL_LEVELS for d in (*leads, *participants)):
        return leads, participants  # no local unit of a level: nothing to share (most plans)
    central = affixes().central_marks  # 国家医保局, "National …": the central body's own
    level: Department | None = None
    out: list[list[Department]] = [[], []]
    for k, dept in sorted(
        ((k, d) for k, ds in enumerate((leads, participants)) for d in ds),
        key=lambda kd: kd[1].span[0],
    ):
        if dept.id is None and dept.level in _LOCAL_LEVELS:
            level = None if _GOVERNMENT.search(dept.mention) else dept  # 广东省人民政府、港澳办
        elif (
            level is not None
            and dept.id is not None
            and dept.status in ("alias", "translated")
            and not dept.mention.strip().removeprefix("the ").casefold().startswith(central)
        ):
            dept = dept.replace(
                id=None, name=None, name_zh=None, status="unresolved", score=None, matched=None,
                level=level.level, place=level.place, counterpart=dept.id,
            )  # fmt: skip
        out[k].append(dept)
    return out[0], out[1]


def dedupe(depts: list[Department]) -> list[Department]:
    """Drop repeated departments (same id, or same unresolved mention), keeping the first."""
    seen: set[str] = set()
    out: list[Department] = []
    for d in depts:
        key = d.id or "?" + d.mention
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


def is_local(mention: str) -> bool:
    """Whether a mention names a local or branch unit (市财政局, municipal finance bureau).

    Such units are outside the central registry by design: they stay unresolved, and the
    checks report them as information rather than as unknown departments. Decided by words and
    affixes on the default registry (:meth:`Registry.is_local`), never by a substring:
    "Electricity Bureau" holds "city" but is not local.
    """
    return Registry.default().is_local(mention)
