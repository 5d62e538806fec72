"""The on-disk caches of the command (divplan.cache): never required, never trusted blindly.

A stale, corrupt or truncated file is ignored and rebuilt; an unwritable cache directory only
means building afresh; and the output is byte for byte the output without any cache.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from divplan import cache, regex_cache
from divplan.names import registry_cache
from divplan.names.registry import Registry

from conftest import RAW, SEED

SRC = str(Path(cache.__file__).resolve().parent.parent)


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("DIVPLAN_CACHE_DIR", str(folder))
    monkeypatch.delenv("DIVPLAN_NO_CACHE", raising=False)
    return folder


# --- divplan.cache ------------------------------------------------------------------------------


def test_store_and_load(cache_home: Path) -> None:
    assert cache.load("thing", "k1") is None  # nothing yet
    assert cache.store("thing", "k1", {"a": [1, 2]})
    assert cache.load("thing", "k1") == {"a": [1, 2]}
    assert cache.load("thing", "k2") is None  # another key: stale
    assert not [p for p in cache_home.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # truncated
        lambda b: b[:-3] + bytes([b[-3] ^ 0xFF]) + b[-2:],  # a flipped byte
        lambda b: b"",  # empty
        lambda b: b"garbage\n" * 10,  # not a cache file
    ],
)
def test_damaged_file_is_a_miss(cache_home: Path, damage: object) -> None:
    assert cache.store("thing", "k", list(range(1000)))
    path = cache_home / "thing.cache"
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    assert cache.load("thing", "k") is None
    assert cache.store("thing", "k", [1])  # and is replaced
    assert cache.load("thing", "k") == [1]


def test_unpicklable_payload_under_the_right_key_is_a_miss(cache_home: Path) -> None:
    import hashlib

    payload = b"\x80\x05not a pickle"
    digest = hashlib.sha256(payload).hexdigest().encode()
    cache_home.mkdir()
    (cache_home / "thing.cache").write_bytes(b"divplan-cache 1\nk\n" + digest + b"\n" + payload)
    assert cache.load("thing", "k") is None


def test_unwritable_or_disabled_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("DIVPLAN_CACHE_DIR", str(blocker / "cache"))  # cannot be created
    assert cache.writable() is False
    assert cache.store("thing", "k", [1]) is False
    assert cache.load("thing", "k") is None
    monkeypatch.setenv("DIVPLAN_CACHE_DIR", str(tmp_path / "ok"))
    assert cache.writable() is True
    monkeypatch.setenv("DIVPLAN_NO_CACHE", "1")
    assert cache.cache_dir() is None
    assert cache.writable() is False
    assert cache.store("thing", "k", [1]) is False


# --- divplan.regex_cache ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"[\u3400-\u9fff]+(?:部|委员会)", 0),
        (r"(?P<year>19\d\d|20\d\d)年(?P<month>\d{1,2})月", 0),
        (r"^\s*(?:lead(?:ing)?|responsible)\b", re.IGNORECASE | re.MULTILINE),
        (rb"\xef\xbb\xbf|\r\n", 0),
    ],
)
def test_pattern_made_from_cached_code_equals_the_compiled_one(pattern: str, flags: int) -> None:
    if not regex_cache.supported():
        pytest.skip("this Python's re internals are not the ones regex_cache knows")
    made = regex_cache.made(regex_cache.arguments(pattern, flags))
    assert made == re.compile(pattern, flags)  # compiled patterns compare their code
    assert made.groupindex == re.compile(pattern, flags).groupindex


def test_cached_code_is_compact_and_keyed_on_the_lexicon(monkeypatch: pytest.MonkeyPatch) -> None:
    # a cue row's code runs to tens of thousands of words: kept as 4-byte words, not as a list
    # of Python ints (which held ~80 MB for a cache every command loads); and an edited
    # lexicon starts a new file rather than piling new rows' patterns onto stale ones
    if not regex_cache.supported():
        pytest.skip("this Python's re internals are not the ones regex_cache knows")
    from array import array

    code = regex_cache.arguments(r"(?:牵头|主办)(?:单位|部门)\s*[:：]", 0)[2]
    assert isinstance(code, array) and code.itemsize == 4
    key = regex_cache._key()
    monkeypatch.setattr(regex_cache, "_data_fingerprint", lambda: "another lexicon")
    assert regex_cache._key() != key


_COMPILED_ONCE = """
import re, sys
from divplan import cache, regex_cache
assert regex_cache.install() == 0  # an empty cache folder
pattern = r"divplan-test-(?P<n>\\d+)[\\u3400-\\u9fff]?x"
made = re.compile(pattern, re.IGNORECASE)
assert made == re._compiler.compile(pattern, re.IGNORECASE), "not what Python makes"
assert made.groupindex == {"n": 1}
try:
    re.compile("(")
except re.error:
    pass
else:
    sys.exit("a bad pattern did not raise re.error")
def twice(*args):
    raise AssertionError("save() compiled a pattern a second time")
regex_cache.arguments = twice
assert regex_cache.save()
kept = cache.load("regex", regex_cache._key())
assert (False, pattern, int(re.IGNORECASE)) in kept, sorted(kept)[:3]
"""


def test_a_pattern_the_file_lacks_is_compiled_once_and_kept(cache_home: Path) -> None:
    # a miss is compiled by the cache itself, as Python would, and save() keeps what it made
    # rather than parsing and compiling the pattern again (a third of a one-plan command)
    if not regex_cache.supported() or sys.version_info >= (3, 12):
        pytest.skip("the lazy cache is for Python 3.10 and 3.11's re internals")
    done = subprocess.run(
        [sys.executable, "-c", _COMPILED_ONCE],
        env={**os.environ, "PYTHONPATH": SRC},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-800:]


# --- divplan.names.registry_cache ---------------------------------------------------------------


def test_registry_cache_is_opt_in_and_keyed(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = Registry.from_tsv(Path(registry_cache.__file__).parent.parent / "data/departments.tsv")
    fresh.lookup("Ministry of Water Conservancy")
    monkeypatch.setattr(registry_cache, "_enabled", False)
    assert registry_cache.save(fresh) is False and registry_cache.load() is None
    monkeypatch.setattr(registry_cache, "_enabled", True)
    monkeypatch.setattr(registry_cache, "_stamp", None)
    assert registry_cache.save(fresh)
    loaded = registry_cache.load()
    assert loaded is not None and loaded is not fresh
    assert registry_cache.save(loaded) is False  # nothing new since it was loaded
    for name in ("Ministry of Water Conservancy", "发改委", "People's Bank", "Ministry of Magic"):
        assert loaded.lookup(name, on=2012) == fresh.lookup(name, on=2012)
        assert loaded.resolve(name, on=2012) == fresh.resolve(name, on=2012)
    assert registry_cache.save(loaded)  # new answers: written again
    monkeypatch.setattr(registry_cache, "key", lambda: "another version")
    assert registry_cache.load() is None  # stale: a different version or data file


def test_answers_kept_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    reg = Registry.from_tsv(Path(registry_cache.__file__).parent.parent / "data/departments.tsv")
    for n in range(20):
        reg.lookup(f"Ministry of Thing {n}")
    monkeypatch.setattr(registry_cache, "KEPT_ANSWERS", 5)
    kept = registry_cache.copy_bounded(reg)
    assert len(kept._looked_up) == 5 and len(reg._looked_up) == 20


# --- the command, end to end --------------------------------------------------------------------


def _parse(files: list[Path], env_extra: dict[str, str]) -> bytes:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (SRC, env.get("PYTHONPATH", "")) if p)
    env.pop("DIVPLAN_NO_CACHE", None)
    env.update(env_extra)
    done = subprocess.run(
        [sys.executable, "-m", "divplan", "parse", *map(str, files)],
        capture_output=True,
        env=env,
        check=True,
    )
    assert done.stderr == b""
    return done.stdout


def test_command_output_is_the_same_with_fresh_warm_and_damaged_caches(tmp_path: Path) -> None:
    files = [SEED, RAW / "zh-sc-2019.txt"]
    folder = tmp_path / "cache"
    env = {"DIVPLAN_CACHE_DIR": str(folder)}
    plain = _parse(files, {"DIVPLAN_NO_CACHE": "1"})
    assert not folder.exists()
    assert _parse(files, env) == plain  # builds and writes the caches
    names = (
        {"regex.cache", "firstchars.cache", "registry.cache"}
        if regex_cache.supported()
        else {"registry.cache"}
    )
    assert {p.name for p in folder.iterdir()} == names
    assert _parse(files, env) == plain  # from the caches
    for path in folder.iterdir():  # damaged: ignored, rebuilt
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 3])
    assert _parse(files, env) == plain
    for path in folder.iterdir():
        assert cache.load(path.stem, "") is None  # (wrong key) …
        assert len(path.read_bytes()) > 1000  # … but whole again
    # stale: written under another key
    (folder / "registry.cache").write_bytes(b"divplan-cache 1\nold key\n0\n")
    assert _parse(files, env) == plain
    # a cache directory that cannot be created: the same output, no error
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert _parse(files, {"DIVPLAN_CACHE_DIR": str(blocker / "cache")}) == plain


def test_no_cache_without_a_safe_absolute_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DIVPLAN_NO_CACHE", raising=False)
    monkeypatch.setenv("DIVPLAN_CACHE_DIR", "relative/cache")
    assert cache.cache_dir() is None  # a relative folder: anyone in the cwd could plant one
    monkeypatch.delenv("DIVPLAN_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", "")
    monkeypatch.setattr("os.path.expanduser", lambda p: p)  # no passwd entry: "~" stays "~"
    assert cache.cache_dir() is None


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_cache_file_others_can_write_is_not_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DIVPLAN_NO_CACHE", raising=False)
    monkeypatch.setenv("DIVPLAN_CACHE_DIR", str(tmp_path / "c"))
    assert cache.store("probe", "k", {"a": 1})
    assert cache.load("probe", "k") == {"a": 1}
    path = tmp_path / "c" / "probe.cache"
    path.chmod(0o666)  # a pickle others could have replaced runs their code when loaded
    assert cache.load("probe", "k") is None
    path.chmod(0o600)
    (tmp_path / "c").chmod(0o777)
    assert cache.load("probe", "k") is None


def test_first_characters_from_a_cache_are_taken_only_in_their_shape() -> None:
    from divplan.parsing import firstchars

    before = dict(firstchars.known_answers())
    try:
        taken = firstchars.add_answers(
            {("a|b", 0): frozenset("ab"), ("c", 0): None, ("x", "flags"): frozenset(), 3: None}
        )
        assert taken == 2  # the two well-formed answers; the others are computed again
        assert firstchars.first_chars("a|b") == frozenset("ab")
        assert not firstchars.grown()
        assert firstchars.add_answers(["not", "a", "dict"]) == 0
        firstchars.first_chars("qq|rr")
        assert firstchars.grown()
    finally:
        firstchars.known_answers().clear()
        firstchars.add_answers(before)
