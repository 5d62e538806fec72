"""divplan: turn division-of-labour plans (分工方案) into verified, structured data.

The public verbs::

    import divplan
    plan = divplan.parse_file("plan.txt")      # or divplan.parse(text)
    plan.model_dump_json()
    divplan.registry.resolve("People's Bank", on="2012-08-02")

Attributes are imported lazily, so ``import divplan`` (and ``divplan --version``) stay fast.
"""

from __future__ import annotations

#: ``typing.TYPE_CHECKING`` without importing ``typing`` (~6 ms, a tenth of ``divplan --version``);
#: mypy reads a module-level ``TYPE_CHECKING`` as true whatever it is bound to.
TYPE_CHECKING = False

__version__ = "0.1.0"

__all__ = [
    "Department",
    "Diagnostic",
    "InputError",
    "Item",
    "Plan",
    "Registry",
    "Section",
    "Subsection",
    "__version__",
    "compare",
    "detect",
    "frames",
    "iter_jsonl",
    "iter_records",
    "parse",
    "parse_bytes",
    "parse_file",
    "plan_from_records",
    "read_json",
    "read_jsonl",
    "read_records",
    "schema",
]

_LAZY = {
    "parse": "divplan.pipeline",
    "parse_bytes": "divplan.pipeline",
    "parse_file": "divplan.pipeline",
    "Plan": "divplan.models",
    "Item": "divplan.models",
    "Section": "divplan.models",
    "Subsection": "divplan.models",
    "Department": "divplan.models",
    "Diagnostic": "divplan.models",
    "Registry": "divplan.names.registry",
    "InputError": "divplan.errors",
    "schema": "divplan.schema",
    "compare": "divplan.analysis.comparison",
    "read_json": "divplan.analysis.tables",
    "read_jsonl": "divplan.analysis.tables",
    "frames": "divplan.analysis.tables",
    "detect": "divplan.corpus.detect",
    "iter_jsonl": "divplan.stream",
    "iter_records": "divplan.stream",
    "plan_from_records": "divplan.stream",
    "read_records": "divplan.stream",
}

if TYPE_CHECKING:
    from typing import Any

    from divplan.analysis.comparison import compare
    from divplan.analysis.tables import frames, read_json, read_jsonl
    from divplan.corpus.detect import detect
    from divplan.errors import InputError
    from divplan.models import Department, Diagnostic, Item, Plan, Section, Subsection
    from divplan.names.registry import Registry
    from divplan.pipeline import parse, parse_bytes, parse_file
    from divplan.schema import schema
    from divplan.stream import iter_jsonl, iter_records, plan_from_records, read_records


def __getattr__(name: str) -> Any:
    import importlib

    if name in _LAZY:
        module = importlib.import_module(_LAZY[name])
        value = getattr(module, name)
        globals()[name] = value
        return value
    if name in ("registry",):
        return importlib.import_module("divplan.names.registry")
    raise AttributeError(f"module 'divplan' has no attribute {name!r}")
