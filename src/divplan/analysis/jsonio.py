"""Plans saved as JSON, read back into the models: one plan per file, or a JSON Lines batch.

Why it exists: ``divplan parse`` writes a corpus once — one ``NAME.json`` per input, or one
``plans.jsonl`` with a plan per line (``--format jsonl``) — and analysts load it many times, for
the tables, the report and comparisons; reading it back must give the same
:class:`~divplan.models.Plan` the parser returned and fail on a bad file with the one-line
:class:`~divplan.errors.InputError` every other input gets, not a pydantic traceback.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import BinaryIO

from divplan.errors import InputError, open_binary, read_bytes
from divplan.models import Plan

__all__ = ["read_json", "read_jsonl"]


def _validate(data: bytes | str, name: str) -> Plan:
    from pydantic import ValidationError

    try:
        return Plan.model_validate_json(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "top level"
        kind = "not valid JSON" if first.get("type") == "json_invalid" else "not a divplan plan"
        raise InputError(name, f"{kind} ({where}: {first.get('msg', '')})") from None


def read_json(path: str | os.PathLike[str]) -> Plan:
    """Load a plan saved as JSON (``divplan parse`` output) back into the models.

    ``parse → model_dump_json → read_json`` gives an equal :class:`~divplan.models.Plan`.
    A file that cannot be read, is not JSON, or is not a divplan plan raises
    :class:`~divplan.errors.InputError` with a one-line reason, like unreadable text input.
    """
    name = os.fspath(path)
    return _validate(read_bytes(name), name)


def read_jsonl(path: str | os.PathLike[str]) -> Iterator[Plan]:
    """The plans of a JSON Lines batch (``divplan parse … --format jsonl``), one per line.

    Lines are read one at a time, so a batch larger than memory can be streamed; blank lines
    are skipped.  The file is opened at once — a missing file raises
    :class:`~divplan.errors.InputError` here, not at the first ``next()`` — and a line that is
    not a plan raises it naming the line (``plans.jsonl:3``), when the iteration reaches it.
    """
    name = os.fspath(path)
    return _lines(open_binary(name), name)  # closed by the generator


def _lines(fh: BinaryIO, name: str) -> Iterator[Plan]:
    with fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                yield _validate(line, f"{name}:{number}")
