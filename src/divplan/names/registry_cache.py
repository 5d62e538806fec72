"""The default registry, warm, kept from one ``divplan`` command to the next.

Why: before its first answer the registry reads ``departments.tsv`` and builds its indexes, the
glossed patterns of its Chinese names and the cores of local units (~30 ms), and the English
names of one plan then cost ~25 ms of translation search — in every process, to the same
result.  A pickled registry loads in ~5 ms (``benchmarks/bench.py``, cold rows).

What is kept is what a long batch keeps in memory anyway: the indexes, the translator, the
cores, and the answers already given (bounded, :data:`KEPT_ANSWERS`).  All of it is derived
from the data files and the code of :mod:`divplan.names`, so the key (:func:`key`) is the
package version, the Python build, and a hash of every file of ``divplan/names`` and of
``divplan/data/departments.tsv`` (with the installed ``zhconv_rs``, which normalises Chinese
names): an edited table or module is a miss, and the registry is built afresh.

Opt-in: the command line calls :func:`enable` before its first parse; the library alone never
reads or writes the cache (a test that changes a table sees its change).  Only the default
registry is kept, never one extended with ``--aliases`` files.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import TYPE_CHECKING

from divplan import __version__, cache

if TYPE_CHECKING:
    from divplan.names.registry import Registry

_NAME = "registry"
KEPT_ANSWERS = 16384
"""Answers (lookups, translations) stored at most: the file stays small and quick to load."""

_enabled = False
_stamp: tuple[int, int, bool] | None = None  # what the loaded registry held (see _state)


def enable(on: bool = True) -> None:
    """Let :meth:`Registry.default` load the cached registry (the command line does)."""
    global _enabled
    _enabled = on


def enabled() -> bool:
    """Whether the cache is in use in this process."""
    return _enabled


def _zhconv_stamp() -> str:
    try:
        spec = importlib.util.find_spec("zhconv_rs")
    except (ImportError, ValueError):
        return "none"
    origin = spec.origin if spec is not None else None
    if not origin:
        return "none"
    try:
        st = os.stat(origin)
    except OSError:
        return origin
    return f"{origin} {st.st_size} {st.st_mtime_ns}"


def key() -> str:
    """Everything the cached registry was derived from (see the module docstring)."""
    here = Path(__file__).resolve().parent
    files = sorted(p for p in here.iterdir() if p.suffix in (".py", ".tsv"))
    files.append(here.parent / "data" / "departments.tsv")
    return " ".join(
        (__version__, cache.files_fingerprint(files), _zhconv_stamp(), cache.python_key())
    )


def _state(registry: Registry) -> tuple[int, int, bool]:
    translator = registry._translations
    answers = len(translator._fits) if translator is not None else 0
    return len(registry._looked_up), answers, registry._cores is not None


def load() -> Registry | None:
    """The cached default registry, or None (disabled, missing, stale, corrupt)."""
    global _stamp
    if not _enabled:
        return None
    from divplan.names.registry import Registry

    found = cache.load(_NAME, key())
    if not isinstance(found, Registry):
        return None
    _stamp = _state(found)
    return found


def save(registry: Registry) -> bool:
    """Store ``registry`` (the default one) if it holds more than the cached one did."""
    if not _enabled or registry._indexes is None:
        return False
    state = _state(registry)
    if _stamp is not None and all(now <= before for now, before in zip(state, _stamp, strict=True)):
        return False  # nothing new since it was loaded
    if not cache.writable():
        return False
    return cache.store(_NAME, key(), copy_bounded(registry))


def copy_bounded(registry: Registry) -> Registry:
    """A shallow copy of ``registry`` whose answer caches hold at most :data:`KEPT_ANSWERS`."""
    import copy

    kept = copy.copy(registry)
    kept._looked_up = dict(list(registry._looked_up.items())[:KEPT_ANSWERS])
    if registry._translations is not None:
        translator = copy.copy(registry._translations)
        translator._fits = dict(list(translator._fits.items())[:KEPT_ANSWERS])
        kept._translations = translator
    return kept


__all__ = ["KEPT_ANSWERS", "copy_bounded", "enable", "enabled", "key", "load", "save"]
