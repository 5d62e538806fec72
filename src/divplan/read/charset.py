"""Charset guessing for bytes with no BOM that are not UTF-8: Big5, GB18030, UTF-16 and others.

Why a detector and not a fixed fallback: GB18030 decodes almost any byte string, so a Big5 page
(Taiwan, Hong Kong) used to come out as confident garbage, and UTF-16 without a BOM (Windows
"Unicode" text) has NUL bytes and was called binary.  charset-normalizer (a core dependency,
imported only here and only for such bytes) scores each candidate codec by how chaotic the
decoded text looks; this module maps its answer onto the codec that decodes the bytes and says
when the answer is doubtful.

Guarantees: :func:`guess` returns a codec that decodes the whole input strictly, or None; only
the genre's codecs are answered (GB, Big5, UTF-16/32: a codec such as cp1006 decodes any bytes
into confident garbage); GBK and GB2312 answers become ``gb18030`` (their superset), Big5
answers ``big5`` (or ``cp950`` / ``big5hkscs`` when only those decode every byte); UTF-16/32
only when the decoded text has line ends and no control characters.  ``doubt`` is a
one-line reason when the answer may be wrong (the text still looks chaotic, or a codec of
another family scores nearly as well), else None.  Without charset-normalizer installed
it returns None and the caller keeps its old GB18030 fallback.
"""

from __future__ import annotations

from typing import NamedTuple

_FAMILIES: dict[str, tuple[str, ...]] = {
    "gb": ("gb18030",),
    "big5": ("big5", "cp950", "big5hkscs"),
    "utf_16_le": ("utf-16-le",),
    "utf_16_be": ("utf-16-be",),
    "utf_32_le": ("utf-32-le",),
    "utf_32_be": ("utf-32-be",),
}
_ALIASES = {
    "gb2312": "gb",
    "gbk": "gb",
    "gb18030": "gb",
    "hz": "gb",
    "big5": "big5",
    "cp950": "big5",
    "big5hkscs": "big5",
}
_CHAOS_DOUBT = 0.08  # the decoded text still looks this chaotic: the guess may be wrong
_MARGIN = 0.05  # a codec of another family scoring within this of the best: a toss-up


class Guess(NamedTuple):
    """A codec that decodes the input, and a reason to doubt it (None when confident)."""

    codec: str
    doubt: str | None


def _family(name: str) -> str:
    name = name.lower().replace("-", "_")
    return _ALIASES.get(name, name)


def _strict(data: bytes, codecs_: tuple[str, ...]) -> str | None:
    for codec in codecs_:
        try:
            data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        return codec
    return None


def _wide_plausible(data: bytes, family: str) -> bool:
    """UTF-16/32 without a BOM only where the decoded text shows it: whole code units, line
    ends, and no control characters (a random binary or a stray byte pair shows neither)."""
    unit = 4 if family.startswith("utf_32") else 2
    if len(data) % unit:
        return False
    try:
        text = data[:65536].decode(_FAMILIES[family][0])
    except UnicodeDecodeError:
        return False
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\r\n\t\f")
    return "\n" in text and controls == 0


def guess(data: bytes) -> Guess | None:
    """The most likely codec of ``data`` (no BOM, not UTF-8), or None when none fits."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a core dependency, but decode must never fail on it
        return None
    results = list(from_bytes(data))
    if not results:
        return None
    best = results[0]
    # a codec of the genre (GB, Big5, UTF-16) scoring as well as an exotic one is preferred
    usual = [
        r for r in results if _family(r.encoding) in _FAMILIES and r.chaos - best.chaos <= _MARGIN
    ]
    if usual:
        best = usual[0]
    family = _family(best.encoding)
    if family not in _FAMILIES:
        return None  # a codec foreign to the genre (cp1006, koi8…) decodes anything: no answer
    if family.startswith("utf_") and not _wide_plausible(data, family):
        return None
    codec = _strict(data, _FAMILIES[family])
    if codec is None:
        return None
    doubt: str | None = None
    # another codec of the genre reading nearly as well: a toss-up worth a warning
    rival = next(
        (
            r
            for r in results
            if _family(r.encoding) != family
            and _family(r.encoding) in _FAMILIES
            and r.chaos - best.chaos <= _MARGIN
        ),
        None,
    )
    if best.chaos > _CHAOS_DOUBT:
        doubt = f"the text still looks garbled as {codec} ({best.chaos:.0%} chaos)"
    elif rival is not None and rival.chaos - best.chaos <= _MARGIN:
        doubt = f"{rival.encoding} reads nearly as well"
    return Guess(codec, doubt)


__all__ = ["Guess", "guess"]
