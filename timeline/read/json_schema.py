"""The file format as a JSON Schema, generated from ``schema.FORMAT`` for YAML-aware editors.

Editors (through yaml-language-server) use it to complete keys and flag mistakes while
typing. It covers what the format table covers: keys, types, ids, known values and the shape
of dates. What needs the whole file (that a day exists, that an actor is defined, that ids
are unique) only ``timeline validate`` checks.
"""

from __future__ import annotations

import json
from typing import Any

from .format import FORMAT, Choice, DateText, ListOf, Record, Table, Text, Type

__all__ = ["SCHEMA_FILE", "json_schema", "schema_text"]

SCHEMA_FILE = "events.schema.json"
"""The schema's name in the package, beside this module; ``schema_text()`` is its content."""

_DATE = r"[0-9X]{4}(-[0-9X]{2}(-[0-9X]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?)?)?)?[~?%]?"
DATE_PATTERN = rf"^\s*({_DATE}(/{_DATE})?|\[\s*{_DATE}\s*\.\.\s*{_DATE}\s*\])\s*$"
"""The shape of the EDTF subset that ``dates`` reads (whether the day exists is not a shape)."""

_LANE = ("actors", "countries")
"""An event needs at least one of these, non-empty, to have a lane."""


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an events file."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "timeline events file",
        "description": "Dated events for swimlane timelines; check with `timeline validate`.",
        **_type(FORMAT),
    }


def schema_text() -> str:
    """The schema as the JSON text that ``timeline schema`` prints and the package ships."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def _type(kind: Type) -> dict[str, Any]:
    if isinstance(kind, Record):
        schema: dict[str, Any] = {
            "type": "object",
            "properties": {
                field.name: {"description": field.doc, **_type(field.type)} for field in kind.fields
            },
            "required": [field.name for field in kind.fields if field.required],
            "additionalProperties": False,
        }
        if kind.noun == "event":
            schema["anyOf"] = [
                {"required": [key], "properties": {key: {"minItems": 1}}} for key in _LANE
            ]
        return schema
    if isinstance(kind, Table):
        return {
            "type": "object",
            "propertyNames": _type(kind.key),
            "additionalProperties": _type(kind.value),
        }
    if isinstance(kind, ListOf):
        return {"type": "array", "items": _type(kind.item)}
    if isinstance(kind, Choice):  # a number in YAML counts as its text (version: 1)
        numbers = [int(value) for value in kind.values if value.isdigit()]
        return {"enum": [*kind.values, *numbers]}
    if isinstance(kind, DateText):
        return {
            "anyOf": [
                {"type": "string", "pattern": DATE_PATTERN},
                {"type": "integer", "minimum": 1, "maximum": 9999},
            ]
        }
    return _text(kind)


def _text(kind: Text) -> dict[str, Any]:
    if kind.pattern:
        return {"type": "string", "pattern": f"^({kind.pattern})$"}
    return {"type": "string", "pattern": r"\S"}
