"""The published JSON Schema of divplan's output, generated from the models."""

from __future__ import annotations

import json
from typing import Any

from divplan.models import SCHEMA_VERSION, Plan

SCHEMA_ID = f"https://divplan.dev/schema/divplan-{SCHEMA_VERSION}.schema.json"


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :class:`~divplan.models.Plan`."""
    out: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
    }
    out.update(Plan.model_json_schema(mode="serialization"))
    return out


def schema_json() -> str:
    """The schema as the text committed at ``schema/divplan.schema.json``."""
    return json.dumps(schema(), indent=2, ensure_ascii=False, sort_keys=True)
