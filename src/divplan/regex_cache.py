"""Compiled regular expressions kept from one ``divplan`` command to the next.

Why: the parser's modules and its cue lexicon compile some two hundred patterns, many with a
CJK character class, and Python compiles each anew in every process: ~55 ms of the ~300 ms of
a one-file ``divplan parse`` (``python -X importtime``, cProfile).  Python cannot pickle a
compiled pattern (a pickle holds the source and compiles again), but what compiling produces
is plain data — the engine's code, a list of integers — from which ``_sre.compile`` makes the
pattern at once.  :func:`install` puts the patterns of the last run into the ``re`` module's
own cache before the parser is imported, so that every ``re.compile`` of theirs is a cache
hit; :func:`save` stores what this run compiled that the file lacked.

Safety: the code is a function of the pattern, its flags and the Python build only, so the
cache key is the Python build (:func:`divplan.cache.python_key`) and the engine's magic
number.  ``_sre.compile`` validates code before it accepts it, the file carries a checksum
(:mod:`divplan.cache`), and an entry is only written after the pattern made from it compared
equal to the one Python compiled (compiled patterns compare their code).  This reaches into
CPython's private ``re`` internals: on a Python where they are not as expected, :func:`install`
does nothing and every pattern compiles as usual.

What the cue index learns of each pattern (the characters a match can begin with,
:mod:`divplan.parsing.firstchars`) is kept beside the patterns, in a file of its own whose key
adds a hash of that module: it reads the same parsed patterns, ~5 ms of a one-plan command.

Only the command line uses it (the library never touches the ``re`` module's cache).
"""

from __future__ import annotations

import importlib
import re
import sys
from array import array
from typing import Any

from divplan import cache

_NAME = "regex"
#: (is bytes, pattern, flags) → the arguments of ``_sre.compile``
Entries = dict[tuple[bool, "str | bytes", int], tuple[Any, ...]]

_sre: Any
_parser: Any
_compiler: Any
try:
    _sre = importlib.import_module("_sre")
    try:  # Python 3.11+
        _parser = importlib.import_module("re._parser")
        _compiler = importlib.import_module("re._compiler")
    except ImportError:  # pragma: no cover - Python 3.10
        _parser = importlib.import_module("sre_parse")
        _compiler = importlib.import_module("sre_compile")
except ImportError:  # pragma: no cover - another Python
    _sre = _parser = _compiler = None

_loaded: Entries = {}
_used: set[tuple[bool, str | bytes, int]] = set()
#: patterns this run compiled through the cache itself, with their arguments (to be saved)
_fresh: Entries = {}
_active = False
#: Entries a file keeps at most: patterns built from a set's order differ from run to run, and
#: those must not grow the file for ever (past this, only what the last run used is kept).
MAX_ENTRIES = 1024


class _LazyCache(dict[Any, Any]):
    """The ``re`` module's cache, making a pattern from the file when ``re`` first asks for it.

    ``re._compile`` looks a pattern up with ``_cache[key]`` (Python 3.10, 3.11): a miss calls
    ``__missing__``, which makes the pattern from the file if it is there — so only the patterns
    a run uses are made, and which ones were is known when the file is written again.
    """

    def __missing__(self, key: Any) -> Any:
        try:
            kind, pattern, flags = key
            short = (kind is bytes, pattern, flags)
        except (TypeError, ValueError):
            raise KeyError(key) from None
        args = _loaded.get(short)
        if args is None:
            return self._compiled_here(key, short)
        try:
            compiled = made(args)
        except Exception:  # damaged or foreign: this one compiles as usual
            raise KeyError(key) from None
        self[key] = compiled
        _used.add(short)
        return compiled

    def _compiled_here(self, key: Any, short: tuple[bool, Any, int]) -> Any:
        """A pattern the file lacks, compiled as ``re._compiler.compile`` does (the same two
        steps, :func:`arguments` then ``_sre.compile``) and its arguments kept for
        :func:`save`, which would otherwise parse and compile it a second time to learn them
        (a third of a one-plan command whose cue rows were not in the file yet)."""
        kind, pattern, flags = key
        if kind not in (str, bytes) or not isinstance(flags, int) or flags & re.DEBUG:
            raise KeyError(key)
        try:
            args = arguments(pattern, flags)
            compiled = made(args)
        except Exception:  # a bad pattern: ``re`` compiles it and raises its own error
            raise KeyError(key) from None
        self[key] = compiled
        _fresh[short] = args
        return compiled


def _key() -> str:
    """The Python build, the engine, and the data files the patterns are built from: a new
    lexicon (an upgrade, an edited row) starts a new file instead of piling its rows' patterns
    onto the old ones' (a cache of stale cue rows grew to 12 MB, loaded by every command)."""
    return f"{cache.python_key()} sre {getattr(_sre, 'MAGIC', '?')} {_data_fingerprint()}"


def _data_fingerprint() -> str:
    from pathlib import Path

    here = Path(__file__).parent
    folders = (here / "parsing" / "lexicon", here / "parsing" / "grammars", here / "read")
    return cache.files_fingerprint(
        sorted(p for folder in folders for p in folder.iterdir() if p.suffix in (".tsv", ".lark"))
    )


_FIRST_CHARS = "firstchars"


def _first_chars_key() -> str:
    from pathlib import Path

    from divplan.parsing import firstchars

    return f"{_key()} {cache.files_fingerprint([Path(firstchars.__file__)])}"


def _install_first_chars() -> None:
    from divplan.parsing import firstchars

    firstchars.add_answers(cache.load(_FIRST_CHARS, _first_chars_key()))


def _save_first_chars() -> bool:
    from divplan.parsing import firstchars

    if not firstchars.grown():
        return False
    return cache.store(_FIRST_CHARS, _first_chars_key(), dict(firstchars.known_answers()))


def _re_cache() -> dict[Any, Any] | None:
    found = getattr(re, "_cache", None)
    return found if isinstance(found, dict) else None


def supported() -> bool:
    """Whether this Python's ``re`` internals are the ones this module knows."""
    return (
        _sre is not None
        and hasattr(_sre, "compile")
        and hasattr(_parser, "parse")
        and hasattr(_compiler, "_code")
        and _re_cache() is not None
    )


def arguments(pattern: str | bytes, flags: int) -> tuple[Any, ...]:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern`` (plain data), the
    engine's code kept as an array of 32-bit words (:func:`made` turns it back into a list)."""
    p = _parser.parse(pattern, flags)
    code = _compact([int(c) for c in _compiler._code(p, flags)])  # named constants → ints
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (pattern, flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup))


def _compact(code: list[int]) -> array[int] | list[int]:
    """The code as 4-byte words: a cue row's code runs to 80,000 words (its field labels are
    written into each of its "the part ends here"), which as a list of Python ints held some
    80 MB of memory for a cache of 800 patterns, loaded by every command."""
    if array("I").itemsize != 4 or any(c >= 1 << 32 for c in code):
        return code  # (a platform whose unsigned int is not 32 bits: kept as it is)
    return array("I", code)


def made(args: tuple[Any, ...]) -> Any:
    """The compiled pattern of cached ``args`` (``_sre.compile`` takes its code as a list)."""
    pattern, flags, code, *rest = args
    return _sre.compile(pattern, flags, list(code), *rest)


def install() -> int:
    """Make the patterns of the cache file available to ``re``; how many the file holds."""
    global _active, _loaded
    if not supported() or cache.cache_dir() is None:
        return 0
    _active = True
    found = cache.load(_NAME, _key())
    _loaded = found if isinstance(found, dict) else {}
    current = _re_cache()
    assert current is not None
    if sys.version_info < (3, 12):  # ``_cache[key]`` first: made on demand (_LazyCache)
        lazy = _LazyCache(current)
        re._cache = lazy  # type: ignore[attr-defined]
    else:  # ``_cache2`` first, then ``_cache.pop(key)``: made now
        for (is_bytes, pattern, flags), args in _loaded.items():
            try:
                current[(bytes if is_bytes else str, pattern, flags)] = made(args)
            except Exception:
                continue
            _used.add((is_bytes, pattern, flags))
    _install_first_chars()  # (after the patterns: nothing it imports compiles one uncached)
    return len(_loaded)


def save() -> bool:
    """Store the patterns this run compiled that the file lacked (nothing when none)."""
    target = _re_cache()
    if not _active or target is None or not cache.writable():
        return False  # (a read-only home: do not even prepare what cannot be kept)
    _save_first_chars()
    new: Entries = {}
    for key, compiled in list(target.items()):
        try:
            kind, pattern, flags = key
        except (TypeError, ValueError):
            continue
        if kind not in (str, bytes) or not isinstance(flags, int) or flags & re.DEBUG:
            continue
        short = (kind is bytes, pattern, flags)
        if short in _loaded:
            continue
        if short in _fresh:
            new[short] = _fresh[short]
            continue
        try:
            args = arguments(pattern, flags)
            if made(args) != compiled:
                continue  # not what Python made: never cache it
        except Exception:
            continue
        new[short] = args
    if not new:
        return False
    kept = dict(_loaded)
    if len(kept) + len(new) > MAX_ENTRIES:
        kept = {k: v for k, v in kept.items() if k in _used}
    kept.update(new)
    _loaded.update(new)
    return cache.store(_NAME, _key(), kept)


__all__ = ["arguments", "install", "save", "supported"]
