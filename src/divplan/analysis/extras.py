"""The optional libraries — pandas and networkx (``analysis``), matplotlib (``plots``) —
imported on first use.

Why a module of its own: ``import divplan`` must stay fast and :func:`divplan.read_json`, the
HTML report and :func:`divplan.compare` must work without the extras, so nothing imports pandas,
networkx or matplotlib at module level.  Every function that returns their objects asks for them
here, and a missing extra is reported once, the same way, on one line with the ``pip install``
line that fixes it.
"""

from __future__ import annotations

from typing import Any

__all__ = ["EXTRA_HINT", "PLOTS_HINT", "require_matplotlib", "require_networkx", "require_pandas"]

#: How to install the optional libraries, quoted in the ImportError.
EXTRA_HINT = "pip install 'divplan[analysis]'"
PLOTS_HINT = "pip install 'divplan[plots]'"


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


def require_matplotlib() -> Any:
    """matplotlib (with its ``figure`` module loaded), or a one-line ImportError naming the
    ``plots`` extra.  Nothing here selects a backend or imports pyplot: figures are made with
    :class:`matplotlib.figure.Figure` directly, so no window ever opens."""
    try:
        import matplotlib
        import matplotlib.figure
    except ImportError:
        raise ImportError(f"this needs matplotlib: {PLOTS_HINT}") from None
    return matplotlib
