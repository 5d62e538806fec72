"""pandas and networkx, the optional ``analysis`` extra, imported on first use.

Why a module of its own: ``import divplan`` must stay fast and :func:`divplan.read_json`, the
HTML report and :func:`divplan.compare` must work without the extra, so nothing imports pandas
or networkx at module level.  Every function that returns their objects asks for them here, and
a missing extra is reported once, the same way, with the ``pip install`` line that fixes it.
"""

from __future__ import annotations

from typing import Any

__all__ = ["EXTRA_HINT", "require_networkx", "require_pandas"]

#: How to install the optional libraries, quoted in the ImportError.
EXTRA_HINT = "pip install 'divplan[analysis]'"


def require_pandas() -> Any:
    """pandas, or an ImportError that says which extra provides it."""
    try:
        import pandas  # type: ignore[import-untyped]
    except ImportError as exc:  # pragma: no cover - the test environment has the extra
        raise ImportError(f"this needs pandas: {EXTRA_HINT}") from exc
    return pandas


def require_networkx() -> Any:
    """networkx, or an ImportError that says which extra provides it."""
    try:
        import networkx  # type: ignore[import-untyped]
    except ImportError as exc:  # pragma: no cover - the test environment has the extra
        raise ImportError(f"this needs networkx: {EXTRA_HINT}") from exc
    return networkx
