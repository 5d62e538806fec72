"""The package layout keeps its promises (docs/architecture.md): modules of one job under 400
lines, no two modules importing each other at module level, a docstring on every folder."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "src" / "divplan"
MAX_LINES = 400


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _top_level_imports(path: Path) -> set[str]:
    """divplan modules imported at module level (imports inside functions are deliberate)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("divplan"):
            out.add(node.module)
            out.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("divplan"))
    return out


def test_modules_are_small() -> None:
    big = {
        str(p.relative_to(PACKAGE)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert big == {}


def test_no_two_modules_import_each_other() -> None:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    imports = {name: _top_level_imports(path) & set(modules) for name, path in modules.items()}
    pairs = sorted(
        (a, b)
        for a, deps in imports.items()
        for b in deps
        if a < b and a in imports.get(b, set()) and not b.startswith(a + ".")
    )
    assert pairs == []


def test_every_folder_says_what_it_is_for() -> None:
    for init in PACKAGE.rglob("__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and len(doc.split()) >= 8, init
