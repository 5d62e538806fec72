"""Decode: bytes → text, the first stage of the pipeline.

Why a stage of its own: Chinese government sites serve UTF-8, UTF-8 with a BOM, UTF-16 and
GB18030/GBK, and a crawler rarely knows which.  Every offset divplan reports is a code-point
offset into the text returned here, *with any BOM removed*, so this is where that convention
is fixed.

Guarantees:
- a BOM (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) selects its encoding and is not part of the text;
- without a BOM, UTF-8 is tried first; bytes that are not UTF-8 go to the charset detector
  (:mod:`divplan.read.charset`: Big5, GB18030, UTF-16 without a BOM, …), and GB18030 (a
  superset of GBK and GB2312) is the fallback when it has no answer; a doubtful guess is said in
  :attr:`Decoded.guess` (the pipeline reports it as DP002);
- text that is UTF-8 but for a few stray bytes (two sources pasted together) is kept, each
  bad byte replaced by U+FFFD and counted in :attr:`Decoded.replaced`;
- empty input, binary input (NUL bytes that are not UTF-16/32, or mostly control characters)
  and bytes that no candidate encoding decodes raise :class:`~divplan.errors.InputError` with a
  one-line reason.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from divplan.errors import InputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the codec that decoded it, and whether a BOM was seen."""

    text: str
    encoding: str
    bom: bool
    replaced: int = 0  # bytes that could not be decoded, each now U+FFFD
    guess: str | None = None  # why the guessed encoding may be wrong (no BOM, not UTF-8)


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")  # below a space, but no line or page end, no tab


def _control_ratio(text: str) -> float:
    sample = text[:4096]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)


def decode(data: bytes, encoding: str | None = None, source: str = "<input>") -> Decoded:
    """Decode ``data``; ``encoding`` forces a codec (a BOM of that codec is still removed)."""
    if not data:
        raise InputError(source, "empty input")
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(source, f"unknown encoding {encoding!r}") from None
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(
                source, f"not valid {encoding} at byte {exc.start}: {exc.reason}"
            ) from None
        bom = text.startswith("\ufeff")
        return _checked(Decoded(text[1:] if bom else text, encoding, bom), source)
    for bom_bytes, name in _BOMS:
        if data.startswith(bom_bytes):
            try:
                text = data[len(bom_bytes) :].decode(name)
            except UnicodeDecodeError as exc:
                raise InputError(
                    source, f"{name} BOM but invalid {name} at byte {exc.start + len(bom_bytes)}"
                ) from None
            return _checked(Decoded(text, name, True), source)
    if b"\x00" in data[:65536]:
        wide = _guessed(data, source, wide_only=True)
        if wide is not None:
            return wide
        raise InputError(source, "binary data (NUL bytes), not a text document")
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8", False), source)
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few bytes in another encoding (two sources pasted together): keep
    # the readable text, mark each bad byte with U+FFFD and count them.  A GB18030 file fails
    # UTF-8 at nearly every Chinese character, so it never passes this bar.
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad <= len(text) // 20:
        return _checked(Decoded(text, "utf-8", False, replaced=bad), source)
    found = _guessed(data, source, wide_only=False)
    if found is not None:
        return found
    try:
        return _checked(Decoded(data.decode("gb18030"), "gb18030", False), source)
    except UnicodeDecodeError:
        pass
    raise InputError(source, "undecodable bytes: neither UTF-8 nor GB18030 (use --encoding)")


def _guessed(data: bytes, source: str, *, wide_only: bool) -> Decoded | None:
    """The charset detector's reading of bytes that are not UTF-8 (None: no usable answer)."""
    from divplan.read.charset import guess

    found = guess(data)
    if found is None or (wide_only and not found.codec.startswith("utf-")):
        return None
    doubt = f"encoding guessed as {found.codec}: {found.doubt}" if found.doubt else None
    return _checked(Decoded(data.decode(found.codec), found.codec, False, guess=doubt), source)


def _checked(decoded: Decoded, source: str) -> Decoded:
    if not decoded.text.strip():
        raise InputError(source, "empty input (only whitespace)")
    if _control_ratio(decoded.text) > 0.1:
        raise InputError(source, "binary data (control characters), not a text document")
    return decoded
