"""The one exception divplan raises for input it cannot read at all.

Everything else that is wrong with a document is reported as a diagnostic value on the
parsed plan; only bytes that cannot be turned into text at all (missing file, empty file,
binary data, undecodable bytes) raise :class:`InputError`, whose message is one line naming
the source and the reason.
"""

from __future__ import annotations


class InputError(Exception):
    """Input that cannot be read as text: the message is one line, "<source>: <reason>"."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
