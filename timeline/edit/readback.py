"""Check that a change did what it meant and nothing else: read the new text back and compare.

Text edits leave every byte outside their splices alone, but a byte's meaning can depend on
what follows it: a ``|+`` block keeps the blank lines after it, a ``|`` block at the end of
the file without a line break gains one when something is appended. So the new text is read
again and its data must equal the data intended (the old data with exactly the asked-for
change); otherwise nothing is written and the message names the value that would change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..errors import DataError, Problem
from ..read.document import Document, YamlList, YamlMap, parse_document

__all__ = ["Intended", "check_readback", "plain"]

Intended = Callable[[Any], Any]
"""The data a change means to leave, from the data before it (plain dicts and lists)."""


def plain(value: Any, key: str | None = None) -> Any:
    """value as plain dicts, lists and text, with a year written as a number as its text.

    >>> plain(parse_document("date: 2021\\nactors: [a]").data)
    {'date': '2021', 'actors': ['a']}
    """
    if isinstance(value, dict):
        return {name: plain(item, name) for name, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if key == "date" and isinstance(value, int) and not isinstance(value, bool):
        return f"{value:04d}"
    return value


def check_readback(before: Document, after: str, intended: Intended) -> None:
    """Raise DataError, at the value that would change, unless after reads as intended."""
    expected = intended(plain(before.data))
    got = plain(parse_document(after, before.file).data)
    if got == expected:
        return
    path = _first_difference(expected, got, [])
    offset, where = _where(before, path)
    line, column = before.position(offset) if offset is not None else (None, None)
    raise DataError([Problem(
        before.file, line, column,
        f"not changed: the change would also alter {where}, because of how the file writes "
        "it (e.g. a '|' block at the very end, or a '|+' block); edit that part by hand",
    )])  # fmt: skip


def _first_difference(expected: Any, got: Any, path: list[str | int]) -> list[str | int]:
    """The keys and indexes down to the first value where got differs from expected."""
    if isinstance(expected, dict) and isinstance(got, dict):
        for key in [*expected, *(key for key in got if key not in expected)]:
            if expected.get(key) != got.get(key):
                return _first_difference(expected.get(key), got.get(key), [*path, key])
    if isinstance(expected, list) and isinstance(got, list) and len(expected) == len(got):
        for index, (one, other) in enumerate(zip(expected, got, strict=True)):
            if one != other:
                return _first_difference(one, other, [*path, index])
    return path


def _where(document: Document, path: list[str | int]) -> tuple[int | None, str]:
    """Where the value at path stands in the old text, and how a message names it."""
    value: Any = document.data
    offset: int | None = None
    names: list[str] = []
    for step in path:
        if isinstance(value, YamlMap) and step in value:
            offset = value.value_offsets[str(step)]
            value = value[str(step)]
        elif isinstance(value, YamlList) and isinstance(step, int) and step < len(value):
            offset = value.item_offsets[step]
            value = value[step]
        else:
            value = None
        if isinstance(step, int) and isinstance(value, YamlMap) and "id" in value:
            names.append(f"event {value['id']!r}")
        elif isinstance(step, str) and step != "events":
            names.append(repr(step))
    return offset, " of ".join(reversed(names)) or "the file"
