"""Another tool's JSON file, read whole, and its problems at a line and column.

Python's JSON reader keeps no positions, so a problem is placed at the first place the
offending value is written in the text (after the item it belongs to, where that is known):
close enough for a person to find it in an editor.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DataError, Problem
from ..model.dates import DateParseError, parse_edtf
from ..read.document import Document, _decode, _read_bytes

__all__ = ["Imported", "JsonSource", "holds_objects_with", "listed", "read_json"]

Imported = tuple[list[dict[str, str]], str | None, list[str]]
"""What an importer makes of a file: rows of the CSV columns, a title, the lanes in order."""


def listed(value: object) -> list[Any]:
    """value if it is a list, else nothing: a file may hold anything where a list belongs."""
    return value if isinstance(value, list) else []


def holds_objects_with(items: object, key: str) -> bool:
    """Whether items is a list holding an object with key: how a format is recognised."""
    return isinstance(items, list) and any(isinstance(item, dict) and key in item for item in items)


@dataclass
class JsonSource:
    """A JSON file's name, text and data."""

    file: str
    text: str
    data: object

    def error(self, message: str, near: object = None, after: int = 0) -> DataError:
        """A DataError at the first place ``near`` is written at or after offset ``after``."""
        offset = self.text.find(json.dumps(near, ensure_ascii=False), after) if near else -1
        if offset < 0:
            return DataError([Problem(self.file, None, None, message)])
        line, column = Document(self.file, self.text).position(offset)
        return DataError([Problem(self.file, line, column, message)])

    def checked_date(self, text: str, what: str, near: object, after: int = 0) -> str:
        """text if it is an EDTF date; else a DataError at ``near`` saying why."""
        try:
            parse_edtf(text)
        except DateParseError as error:
            raise self.error(f"{what}: {error}", near, after) from None
        return text

    def offset_of(self, value: object, after: int = 0) -> int:
        """Where ``value`` is first written at or after ``after`` (``after`` if nowhere)."""
        offset = self.text.find(json.dumps(value, ensure_ascii=False), after)
        return offset if offset >= 0 else after


def read_json(path: str | os.PathLike[str]) -> JsonSource:
    """The JSON file at path; raises DataError when it cannot be read as JSON."""
    name = os.fspath(path)
    text = _decode(_read_bytes(Path(path), name), name)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        problem = Problem(name, error.lineno, error.colno, f"not JSON: {error.msg}")
        raise DataError([problem]) from None
    except RecursionError:
        raise DataError([Problem(name, None, None, "JSON nested too deeply to read")]) from None
    return JsonSource(name, text, data)
