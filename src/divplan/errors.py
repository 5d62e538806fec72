"""The one exception divplan raises for input it cannot read at all.

Everything else that is wrong with a document is reported as a diagnostic value on the
parsed plan; only bytes that cannot be turned into text at all (missing file, empty file,
binary data, undecodable bytes) raise :class:`InputError`, whose message is one line naming
the source and the reason.
"""

from __future__ import annotations

import os
from typing import BinaryIO


class InputError(Exception):
    """Input that cannot be read as text: the message is one line, "<source>: <reason>"."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


def open_binary(path: str | os.PathLike[str]) -> BinaryIO:
    """File ``path`` opened for reading; a file that cannot be opened raises :class:`InputError`."""
    name = os.fspath(path)
    try:
        return open(name, "rb")
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except OSError as exc:
        raise InputError(name, exc.strerror or "cannot be read") from None


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of file ``path``; a file that cannot be read raises :class:`InputError`."""
    with open_binary(path) as fh:
        try:
            return fh.read()
        except OSError as exc:
            raise InputError(os.fspath(path), exc.strerror or "cannot be read") from None
