"""CLI: the `divplan` command. The entry point, one module per command group, and the
shared options (encoding, aliases, errors, paths).
"""

from __future__ import annotations

from typing import Any

__all__ = ["build_parser", "main"]


def __getattr__(name: str) -> Any:
    # lazy, so that importing a sibling such as divplan.cli.options does not build the whole CLI
    if name in __all__:
        from divplan.cli import app

        return getattr(app, name)
    raise AttributeError(f"module 'divplan.cli' has no attribute {name!r}")
