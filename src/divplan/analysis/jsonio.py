"""Plans saved as JSON, read back into the models.

Why it exists: ``divplan parse`` writes a corpus once and analysts load it many times, for the
tables, the report and comparisons; reading it back must give the same
:class:`~divplan.models.Plan` the parser returned and fail on a bad file with the one-line
:class:`~divplan.errors.InputError` every other input gets, not a pydantic traceback.
"""

from __future__ import annotations

import os

from divplan.errors import InputError, read_bytes
from divplan.models import Plan

__all__ = ["read_json"]


def read_json(path: str | os.PathLike[str]) -> Plan:
    """Load a plan saved as JSON (``divplan parse`` output) back into the models.

    ``parse → model_dump_json → read_json`` gives an equal :class:`~divplan.models.Plan`.
    A file that cannot be read, is not JSON, or is not a divplan plan raises
    :class:`~divplan.errors.InputError` with a one-line reason, like unreadable text input.
    """
    from pydantic import ValidationError

    name = os.fspath(path)
    data = read_bytes(name)
    try:
        return Plan.model_validate_json(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "top level"
        kind = "not valid JSON" if first.get("type") == "json_invalid" else "not a divplan plan"
        raise InputError(name, f"{kind} ({where}: {first.get('msg', '')})") from None
