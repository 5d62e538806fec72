"""CLI: the `divplan` command. The entry point (``app``), one module per command group
(``parse_command`` with one run in ``parse_batch``, ``validate``, ``analysis``), the shared
options and error line (``options``), ``[tool.divplan]`` (``config``) and the one path expander
(``paths``).  The CLI sits on top: it imports the corpus engine, the analysis and the checks,
and nothing below imports it.
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
