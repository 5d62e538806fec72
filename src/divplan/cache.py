"""The on-disk cache of a cold ``divplan`` command: what a process may reuse from the last one.

Why: a one-file ``divplan parse`` spends most of its time building what every run builds the
same way — compiled regular expressions (:mod:`divplan.regex_cache`) and the registry's indexes
and translations (:mod:`divplan.names.registry`).  Kept in a file, they load in a few
milliseconds instead of being rebuilt in a hundred (``benchmarks/bench.py``, cold rows).

A cache is never required and never trusted blindly:

- each entry is stored under a *key* that names everything its content was derived from (the
  package version, the hashes of the data files and of the source that built it, the Python
  build); a different key is a miss, so an upgrade or an edited data file invalidates it;
- the payload carries its SHA-256: a truncated or corrupt file is a miss, never an error;
- a cache directory that cannot be created or written (a read-only home) only means that every
  run builds afresh; files are written to a temporary name and renamed, so concurrent runs
  never read half a file.

Where: ``$DIVPLAN_CACHE_DIR``, else ``$XDG_CACHE_HOME/divplan`` (``~/.cache/divplan``;
``%LOCALAPPDATA%\\divplan`` on Windows).  ``DIVPLAN_NO_CACHE=1`` turns it off.

Standard modules only: the command line imports this before anything heavy.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import sys
from collections.abc import Iterable
from pathlib import Path

_MAGIC = b"divplan-cache 1\n"


def cache_dir() -> Path | None:
    """The cache directory (not created here), or None when caching is turned off.

    Only an absolute path: with no home (HOME unset and no passwd entry, as in a container
    run with ``--user N``) ``~`` would resolve to a folder under the current directory,
    where anyone who can write there could plant a pickle; then there is no cache.
    """
    if os.environ.get("DIVPLAN_NO_CACHE", "") not in ("", "0"):
        return None
    explicit = os.environ.get("DIVPLAN_CACHE_DIR")
    if explicit:
        folder = Path(explicit)
    elif sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        folder = Path(os.environ["LOCALAPPDATA"]) / "divplan"
    else:
        home = os.path.expanduser("~")
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(home, ".cache")
        folder = Path(base) / "divplan"
    if not folder.is_absolute() or folder.parts[:2] in (("/", ".cache"),):
        return None  # relative, or an empty HOME ("/.cache"): no safe place
    return folder


def _trusted(path: Path) -> bool:
    """Whether a cache file may be unpickled: owned by this user, in a folder owned by this
    user that nobody else can write (a pickle runs code when it loads)."""
    if not hasattr(os, "getuid"):
        return True  # Windows: the per-user LOCALAPPDATA folder
    try:
        uid = os.getuid()
        for p in (path, path.parent):
            st = p.stat()
            if st.st_uid != uid or st.st_mode & 0o022:
                return False
    except OSError:
        return False
    return True


def fingerprint(parts: Iterable[str | bytes]) -> str:
    """A short hash of ``parts`` (strings and file contents), for cache keys."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()[:32]


def files_fingerprint(paths: Iterable[Path]) -> str:
    """A hash of the names and contents of ``paths`` (a missing file hashes as missing)."""
    parts: list[str | bytes] = []
    for path in paths:
        parts.append(path.name)
        try:
            parts.append(path.read_bytes())
        except OSError:
            parts.append("<missing>")
    return fingerprint(parts)


def python_key() -> str:
    """The Python build: pickles and compiled patterns are only reused by the same one."""
    return f"{sys.implementation.cache_tag} {sys.version}"


def _path(name: str) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"{name}.cache"


def writable() -> bool:
    """Whether the cache directory exists (or can be made) and can be written: callers check
    before they spend time preparing what they would store."""
    folder = cache_dir()
    if folder is None:
        return False
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def load(name: str, key: str) -> object | None:
    """The object stored under ``name`` with this ``key``, or None (missing, stale, corrupt)."""
    path = _path(name)
    if path is None:
        return None
    if not _trusted(path):
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = _MAGIC + key.encode("utf-8") + b"\n"
    if not data.startswith(head):
        return None  # another version, data file or Python: stale
    digest, _, payload = data[len(head) :].partition(b"\n")
    if digest != hashlib.sha256(payload).hexdigest().encode("ascii"):
        return None  # truncated or damaged
    was_enabled = gc.isenabled()
    gc.disable()  # tens of thousands of objects and no garbage: the collector only slows it
    try:
        found: object = pickle.loads(payload)
        return found
    except Exception:  # a class that changed shape under an unchanged key: rebuild
        return None
    finally:
        if was_enabled:
            gc.enable()


def store(name: str, key: str, obj: object) -> bool:
    """Store ``obj`` under ``name`` and ``key``; False (and nothing raised) when it cannot."""
    path = _path(name)
    if path is None:
        return False
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        payload = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(_MAGIC + key.encode("utf-8") + b"\n")
            fh.write(hashlib.sha256(payload).hexdigest().encode("ascii") + b"\n")
            fh.write(payload)
        os.chmod(tmp, 0o600)  # readable and writable by this user only (see _trusted)
        os.replace(tmp, path)
    except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError):
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        return False
    return True


__all__ = [
    "cache_dir",
    "files_fingerprint",
    "fingerprint",
    "load",
    "python_key",
    "store",
    "writable",
]
