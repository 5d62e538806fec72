"""The date a plan's department names are resolved for, and where it was read.

Why: one name means different bodies over time (广电总局 is SARFT before 2013, NRTA after
2018), and a plan whose date is missing or unreadable (a table with only a title row, a
literal translation's "2010 year 7 month 22 day") still says when it was written: in its
document number (国办函〔2010〕94号), else in its title (2022年…).  Only the registry sees this
year; ``metadata.date`` stays what the notice wrote, and the plan's checks say where the year
came from (DP402), so that a guess from the title is never silent.

A year in the title counts only when it is the plan's own: not inside a cited document's
name (《…（2016—2020年）》, “…”) and not a target after 到/至/by ("到2035年", "by 2035").
"""

from __future__ import annotations

import re

from divplan.records import Metadata

_YEAR = re.compile(r"(?<!\d)(?:19[4-9]\d|20\d\d)(?!\d)")
_CITED = re.compile(r"《[^》]*》|“[^”]*”|\"[^\"]*\"|「[^」]*」")
_TARGET_BEFORE = re.compile(r"(?:到|至|迄|by|until|through|towards?)\s*$", re.IGNORECASE)


def title_year(title: str) -> str | None:
    """The plan's own year in ``title`` (see the module docstring), else ``None``."""
    plain = _CITED.sub(lambda m: " " * len(m.group()), title)  # same offsets, cited parts blank
    for m in _YEAR.finditer(plain):
        if not _TARGET_BEFORE.search(plain[: m.start()]):
            return m.group()
    return None


def resolution_source(metadata: Metadata, title: str | None = None) -> tuple[str | None, str]:
    """The date names are resolved for and where it was read: ``notice``, ``document number``,
    ``title`` or ``none`` (the registry's present)."""
    if metadata.date:
        return metadata.date, "notice"
    number = metadata.doc_number
    if number is not None and number.year is not None:
        return str(number.year), "document number"
    year = title_year(metadata.title or title or "")
    return (year, "title") if year else (None, "none")


def resolution_date(metadata: Metadata, title: str | None = None) -> str | None:
    """The date a plan's names are resolved for: its notice's date, else the year of its
    document number, else the plan's own year in its title (the notice's, else ``title``)."""
    return resolution_source(metadata, title)[0]


__all__ = ["resolution_date", "resolution_source", "title_year"]
