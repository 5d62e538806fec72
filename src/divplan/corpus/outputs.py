"""Where a batch writes each input, and how ``--resume`` knows an output is still good.

Why a module of its own: naming outputs by file stem lost data (``a/plan.txt``, ``b/plan.txt``
and ``plan.html`` all became ``plan.json``, silently, with exit 0), and ``--resume`` trusted any
output newer than its input even when it had been made with other options or another registry.
The rules that prevent both live here, below the command line, because the workers apply them.

**Names** (:func:`output_name`, :class:`Namer`).  An output mirrors its input's path relative
to the *root* of the argument that named it (a directory argument is its own root, a glob's root
is the directory before its first wildcard, a file's root is its folder), under ``--out-dir``:
``crawl/a/index.html`` from ``crawl/`` becomes ``OUT/a/index.json``.  In each folder the name is
the file's stem plus ``.json`` (``zh-sc-2019.txt`` → ``zh-sc-2019.json``, as divplan always
wrote), unless another file or folder there would claim the same name (``plan.txt`` beside
``plan.html``, or beside ``plan``): then the whole name is kept (``plan.txt.json``,
``plan.html.json``).  The choice looks at every file in the folder, not only at the inputs, so
a file's output name never depends on which other files a run was given; it is one-to-one within
a folder (see :func:`output_name`).  Inputs from different roots can still meet (``a/plan.txt
b/plan.txt``); the command line checks those before writing anything.

**Resume** (:class:`Manifest`, :func:`digest`, :func:`sweep_temporary`).  An output is up to
date when it is newer than its input and was made with the same options and data: the
``digest`` of the options that change the output (encoding, input format, indent, the alias
files' contents) and of the parser's data files (registry, glosses, lexicons, grammars).  The
digest is recorded in ``OUT/.divplan-resume`` (JSON lines, appended as outputs are written), but
only when it is needed: when a run's options are not the defaults, or the file already exists.
So ``divplan parse data/raw/* --out-dir data/structured`` writes exactly the JSON files and
nothing else, and an output without a record was made with the default options: it is up to
date when it is also newer than every data file (an upgrade or an edited registry is newer).

Standard modules only, imported when ``divplan parse`` runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import IO

MANIFEST_NAME = ".divplan-resume"
"""The record of option digests under ``--out-dir`` (see the module docstring)."""

_TMP = re.compile(r"^\..+\.(\d+)\.tmp$")
_DATA_SUFFIXES = (".tsv", ".lark")


# ------------------------------------------------------------------------------- names
def _stem(name: str) -> str:
    dot = name.rfind(".")
    return name[:dot] if dot > 0 else name


def output_name(name: str, siblings: Iterable[str]) -> str:
    """The output file name of input ``name`` in a folder holding ``siblings`` (names).

    ``STEM.json`` unless another sibling ``M`` would claim it — ``M`` has the same stem, or
    ``M`` is the stem itself (whose own output is ``STEM.json``), or ``M`` is ``STEM.json`` —
    and then ``NAME.json``.  One-to-one within a folder: two short names differ (no shared
    stems), two long names differ (names differ), and a short ``S.json`` equal to a long
    ``M.json`` would mean ``M == S``, which sends the file with stem ``S`` to its long name.
    """
    stem = _stem(name)
    short = stem + ".json"
    for other in siblings:
        if other != name and (other in (stem, short) or _stem(other) == stem):
            return name + ".json"
    return short


class Namer:
    """Output paths for one run: ``namer(path, root)``; each folder is listed once.

    One instance per run, so that files added between runs are seen by the next one.
    """

    def __init__(self) -> None:
        self._listings: dict[str, frozenset[str]] = {}

    def _listing(self, folder: str) -> frozenset[str]:
        """Every name in ``folder``, files and folders alike."""
        found = self._listings.get(folder)
        if found is None:
            try:
                with os.scandir(folder) as it:
                    found = frozenset(e.name for e in it)
            except OSError:
                found = frozenset()
            if len(self._listings) >= 64:
                self._listings.clear()
            self._listings[folder] = found
        return found

    def __call__(self, path: str, root: str) -> str:
        """The output path of ``path``, relative to ``--out-dir`` (``/``-separated)."""
        folder, name = os.path.split(path)
        rel = os.path.relpath(folder or ".", root or ".")
        parts: tuple[str, ...] = () if rel == "." else Path(rel).parts
        if ".." in parts:  # outside its root (cannot happen for expanded inputs): stay flat
            parts = ()
        return "/".join([*parts, output_name(name, self._listing(folder or "."))])


def collisions(pairs: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str, str]]:
    """``(first input, second input, target)`` for each target claimed by two different inputs.

    For inputs from several roots, checked before a run writes anything.  The same file
    named twice is not a collision.
    """
    seen: dict[str, str] = {}
    for path, target in pairs:
        first = seen.setdefault(target, path)
        if first != path and os.path.realpath(first) != os.path.realpath(path):
            yield first, path, target


# ------------------------------------------------------------------------------- resume
def _file_sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@lru_cache(maxsize=1)
def data_files() -> tuple[Path, ...]:
    """The parser's data files (registry, glosses, lexicons, grammars, table headers)."""
    package = Path(__file__).resolve().parent.parent
    return tuple(
        sorted(
            p
            for p in package.rglob("*")
            if p.suffix in _DATA_SUFFIXES and "__pycache__" not in p.parts
        )
    )


def data_mtime_ns() -> int:
    """The newest modification time among :func:`data_files`."""
    return max((p.stat().st_mtime_ns for p in data_files()), default=0)


def digest(
    *,
    encoding: str | None,
    input_format: str | None,
    indent: int | None,
    aliases: Sequence[str],
) -> str:
    """What an output depends on besides its input: the options and the parser's data."""
    from divplan import __version__

    state = {
        "divplan": __version__,
        "encoding": encoding,
        "input_format": input_format,
        "indent": indent,
        "aliases": [_file_sha256(a) for a in aliases],
        "data": [_file_sha256(p) for p in data_files()],
    }
    return hashlib.sha256(json.dumps(state, sort_keys=True).encode()).hexdigest()[:32]


class Manifest:
    """``OUT/.divplan-resume``: which digest made each output (the last record wins).

    A record is ``{"json": TARGET, "digest": D}`` for ``OUT/TARGET`` or ``{"jsonl": PATH,
    "digest": D}`` for the record of input ``PATH`` in ``OUT/plans.jsonl``.  Appended by the
    parent process only (thread-safe: the pool feeds jobs from a thread of its own), one line
    per output: an empty digest when its job is handed out ("being rewritten": a crash before
    the write leaves it stale), the run's digest once it is written.  A line cut off by a
    crash is ignored.  Only :meth:`load` fills :attr:`records`: a run that only records holds
    nothing in memory.
    """

    PENDING = ""

    def __init__(self, out_dir: Path) -> None:
        import threading

        self.path = out_dir / MANIFEST_NAME
        self.records: dict[tuple[str, str], str] = {}
        self.recording = False  # whether this run appends records (set by the caller)
        self._fh: IO[str] | None = None
        self._lock = threading.Lock()

    def load(self) -> Manifest:
        """Read the records (for ``--resume``); compacts a file with many superseded lines."""
        lines = 0
        try:
            with open(self.path, encoding="utf-8") as fh:
                for line in fh:
                    lines += 1
                    try:
                        rec = json.loads(line)
                        kind = "json" if "json" in rec else "jsonl"
                        self.records[(kind, str(rec[kind]))] = str(rec["digest"])
                    except (ValueError, KeyError, TypeError):
                        continue
        except FileNotFoundError:
            return self
        if lines > 2 * len(self.records) + 100:
            from divplan.corpus.jobs import write_atomic

            body = "\n".join(
                json.dumps({k: key, "digest": d}, ensure_ascii=False)
                for (k, key), d in self.records.items()
            )
            write_atomic(self.path, body)
        return self

    def get(self, kind: str, key: str) -> str | None:
        return self.records.get((kind, key))

    def record(self, kind: str, key: str, value: str) -> None:
        """Append one record and flush it (a crash keeps every record written before it)."""
        line = json.dumps({kind: key, "digest": value}, ensure_ascii=False) + "\n"
        with self._lock:
            if self._fh is None:
                self._fh = open(self.path, "a", encoding="utf-8")  # noqa: SIM115
            self._fh.write(line)
            self._fh.flush()

    def close(self) -> None:
        with self._lock:
            if self._fh is not None:
                self._fh.close()
            self._fh = None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def sweep_temporary(out_dir: Path) -> int:
    """Remove the ``.NAME.PID.tmp`` files that killed writers left under ``out_dir``.

    Only files of processes that no longer run (a writer of a live run is left alone).  Called
    by ``--resume``: an interrupted run cleans up after itself, but a killed one cannot.
    """
    removed = 0
    for folder, dirs, files in os.walk(out_dir):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            m = _TMP.match(name)
            if m and not _alive(int(m.group(1))):
                try:
                    os.unlink(os.path.join(folder, name))
                    removed += 1
                except OSError:
                    pass
    return removed


__all__ = [
    "MANIFEST_NAME",
    "Manifest",
    "Namer",
    "collisions",
    "data_files",
    "data_mtime_ns",
    "digest",
    "output_name",
    "sweep_temporary",
]
