"""One clause's text read into roles: the step every clause reader ends in.

Why a module of its own: the readers of where a clause sits (:mod:`divplan.parsing.clauses`,
:mod:`divplan.parsing.sentence_clauses`, :mod:`divplan.parsing.inner_clauses`) all end by
reading a span of text as a clause; kept apart, each of them may use it without the others.
"""

from __future__ import annotations

from divplan.names.registry import Registry
from divplan.parsing.clause_text import ClauseReading, prepare
from divplan.parsing.roles import read_clause


class Lookup:
    """Registry look-ups of one item, cached (a name is tried at several joins)."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.seen: dict[str, bool] = {}

    def __call__(self, name: str) -> bool:
        found = self.seen.get(name)
        if found is None:
            found = self.seen[name] = bool(self.registry.lookup(name))
        return found


def parse_clause(text: str, start: int, end: int, registry: Registry) -> ClauseReading:
    """Read the clause ``text[start:end]`` (without its brackets); never raises."""
    return read_clause(prepare(text, start, end), Lookup(registry))


__all__ = ["Lookup", "parse_clause"]
