"""A registry that fails on one name, for the tests of stream workers (importable by a worker
process started with ``spawn``, which pickles the registry by its class's module path)."""

from __future__ import annotations

from typing import Any

from divplan.names.registry import Registry


class FailingRegistry(Registry):
    """Raises on any look-up of a name holding ``FAILHERE``: a part that names it fails."""

    def lookup(self, name: str, *args: Any, **kwargs: Any) -> Any:
        if "FAILHERE" in name:
            raise ValueError("boom: a name this registry cannot take")
        return super().lookup(name, *args, **kwargs)
