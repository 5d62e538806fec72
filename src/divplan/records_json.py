"""The records (:mod:`divplan.records`) as JSON, and as the Pydantic models library calls return.

Why not ``json.dumps``: the command's output is defined by ``Plan.model_dump_json(indent=…)``
and must stay byte for byte what it was.  That writer differs from :mod:`json` in small ways
(no spaces in compact output, some float forms), so this module writes what it writes:

- keys in field order (a record's ``__slots__``), every field, ``None`` as ``null``;
- ``indent=None``: compact, no spaces (``{"a":1,"b":[1,2]}``); an indent ``n``: one value a
  line, ``"key": value``, nested ``n`` spaces deeper, empty lists and objects as ``[]`` and ``{}``;
- strings with only ``"``, ``\\`` and control characters escaped (non-ASCII as is), as
  :func:`json.encoder.encode_basestring` does;
- floats as ``repr`` writes them, except that infinities and NaN are ``null`` and a repr with
  an exponent (never a score 0-100) is handed to ``pydantic_core`` itself, whose forms differ
  (``0.00001`` for ``1e-05``).

``tests/test_records.py`` compares this writer with ``model_dump_json`` on the genre matrix.
"""

from __future__ import annotations

from collections.abc import Callable
from json.encoder import encode_basestring
from typing import TYPE_CHECKING, Any, BinaryIO

from divplan.records import Plan, Record

if TYPE_CHECKING:
    from divplan import models


def _float(value: float) -> str:
    text = float.__repr__(value)
    if "e" in text or "n" in text:  # an exponent, inf or nan: rare, let Pydantic's writer say
        if value != value or text in ("inf", "-inf"):
            return "null"  # Pydantic's default for a model (ser_json_inf_nan="null")
        from pydantic_core import to_json

        return to_json(value).decode()
    return text


_SPILL = 1 << 14
"""Pieces gathered before they are joined (or written): what a large plan costs beyond its
own text stays small, as it did with Pydantic's writer."""


def _scalar(value: Any, kind: type) -> str | None:
    """A string, null, boolean or number as Pydantic writes it; None for a list or object."""
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        return _float(value)
    return None


def _compact(value: Any, out: list[str], spill: Callable[[], None]) -> None:
    kind = type(value)
    scalar = _scalar(value, kind)
    if scalar is not None:
        out.append(scalar)
    elif kind is list or kind is tuple:
        out.append("[")
        for n, v in enumerate(value):
            if n:
                out.append(",")
            _compact(v, out, spill)
            if len(out) >= _SPILL:
                spill()
        out.append("]")
    else:
        pairs = value.items() if kind is dict else _fields(value)
        out.append("{")
        for n, (k, v) in enumerate(pairs):
            out.append(f",{encode_basestring(k)}:" if n else f"{encode_basestring(k)}:")
            _compact(v, out, spill)
        out.append("}")


def _pretty(value: Any, out: list[str], spill: Callable[[], None], newline: str, step: str) -> None:
    """``value`` indented; ``newline`` is a newline and the indent of ``value``'s own line."""
    kind = type(value)
    scalar = _scalar(value, kind)
    if scalar is not None:
        out.append(scalar)
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = newline + step
        sep = "[" + inner
        for v in value:
            out.append(sep)
            _pretty(v, out, spill, inner, step)
            if len(out) >= _SPILL:
                spill()
            sep = "," + inner
        out.append(newline + "]")
    else:
        pairs = value.items() if kind is dict else _fields(value)
        if kind is dict and not value:
            out.append("{}")
            return
        inner = newline + step
        sep = "{" + inner
        for k, v in pairs:
            out.append(f"{sep}{encode_basestring(k)}: ")
            _pretty(v, out, spill, inner, step)
            sep = "," + inner
        out.append(newline + "}")


def _write(record: Record, indent: int | None, spill: Callable[[list[str]], object]) -> None:
    """Write ``record`` in pieces: ``spill`` takes the pieces gathered so far, then they go."""
    out: list[str] = []

    def flush() -> None:
        spill(out)
        out.clear()

    if indent is None:
        _compact(record, out, flush)
    else:
        _pretty(record, out, flush, "\n", " " * indent)
    flush()


def _fields(record: Any) -> list[tuple[str, Any]]:
    if not isinstance(record, Record):
        raise TypeError(f"cannot write {type(record).__name__} as JSON")
    return [(f, getattr(record, f)) for f in record.__slots__]


def dumps(record: Record, indent: int | None = None) -> str:
    """``record`` as JSON, exactly as ``Model.model_dump_json(indent=indent)`` writes it."""
    parts: list[str] = []
    _write(record, indent, lambda pieces: parts.append("".join(pieces)))
    return "".join(parts)


def dump(record: Record, file: BinaryIO, indent: int | None = None) -> None:
    """:func:`dumps` into ``file`` as UTF-8, a piece at a time (no copy of the whole text)."""
    _write(record, indent, lambda pieces: file.write("".join(pieces).encode("utf-8")))


def as_dict(value: Any) -> Any:
    """``value`` as plain JSON data, as ``model_dump(mode="json")`` returns it (tuples as
    lists, records as dicts in field order)."""
    kind = type(value)
    if kind is list or kind is tuple:
        return [as_dict(v) for v in value]
    if kind is dict:
        return {k: as_dict(v) for k, v in value.items()}
    if isinstance(value, Record):
        return {f: as_dict(getattr(value, f)) for f in value.__slots__}
    return value


def to_model(plan: Plan) -> models.Plan:
    """The Pydantic :class:`~divplan.models.Plan` of ``plan``, validated field by field.

    Why validated (``from_attributes``) rather than ``model_construct``: it is what building
    the models did before, spans become tuples and every value is checked, at about a
    millisecond for a plan of a hundred items.
    """
    from divplan.models import Plan as PlanModel

    return PlanModel.model_validate(plan, from_attributes=True)


__all__ = ["as_dict", "dump", "dumps", "to_model"]
