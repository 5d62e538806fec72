"""Find the source text of a plan that was read back from JSON.

Why it exists: a plan saved as JSON keeps spans into its source text but not the text itself, and
the report highlights those spans.  The text file is looked for where the plan says it was and
beside the JSON, and used only when it is provably the same text (SHA-256 and length), since
highlighting another version of the file would mislabel it.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from divplan.models import Plan

__all__ = ["source_text"]


def source_text(plan: Plan, *, near: str | os.PathLike[str] | None = None) -> str | None:
    """The decoded source text of a plan read back from JSON, if its file is still there.

    The file named in ``plan.source.path`` is looked for as given, then beside ``near`` (e.g.
    the JSON file), and accepted only if its SHA-256 matches ``plan.source.sha256`` — spans
    point into exactly that text, and highlighting another version would mislabel it.
    """
    from divplan.errors import InputError
    from divplan.read.decode import decode

    if not plan.source.path:
        return None
    given = Path(plan.source.path)
    candidates = [given]
    if near is not None:
        base = Path(near).parent
        candidates += [base / given, base / given.name]
    for path in candidates:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if hashlib.sha256(data).hexdigest() != plan.source.sha256:
            continue
        try:
            text = decode(data, plan.source.encoding, source=str(path)).text
        except InputError:
            continue
        if len(text) == plan.source.length:
            return text
    return None
