"""CLI: the `divplan` command. The entry point (``app``), one module per command group
(``parse_command`` with one run in ``parse_batch``, ``validate``, ``analysis``), the shared
options and error line (``options``), ``[tool.divplan]`` (``config``) and the one path expander
(``paths``).  The CLI sits on top: it imports the corpus engine, the analysis and the checks,
and nothing below imports it.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # as in divplan/__init__.py: no ``typing`` import on the way to --version
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

__all__ = ["build_parser", "main"]

#: The arguments that only ask for the version: answered before the parser is built.
_VERSION_ONLY = (["--version"], ["-V"])


def main(argv: Sequence[str] | None = None) -> int:
    """The ``divplan`` command (:func:`divplan.cli.app.main`), with ``--version`` answered here.

    Why: building the parser imports every command's options (argparse, pathlib, the config
    reader: ~40 ms), and ``divplan --version`` needs only the version string.  Whatever else
    the arguments hold, including ``--version`` after other options, goes to the full parser.
    """
    args = sys.argv[1:] if argv is None else list(argv)
    if args in _VERSION_ONLY:
        from divplan import __version__

        print(f"divplan {__version__}")
        return 0
    from divplan.cli.app import main as run

    return run(argv)


def __getattr__(name: str) -> Any:
    # lazy, so that importing a sibling such as divplan.cli.options does not build the whole CLI
    if name == "build_parser":
        from divplan.cli import app

        return getattr(app, name)
    raise AttributeError(f"module 'divplan.cli' has no attribute {name!r}")
