"""Build a Timeline from a pandas DataFrame: one event a row, the CSV file's columns.

The frame's cells are read as the CSV reader reads a file's, through ``rows`` and the same
checks, so a frame is judged like a file. A frame made by ``Timeline.to_frame`` carries its
countries, actors and sources in ``attrs``; with them, its ``actors`` and ``citations``
columns are read too and its derived columns (``start``, ``date_text``...) are passed over.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ..errors import DataError, Problem
from ..model.tables import FRAME_ATTRS
from ..model.timeline import Timeline
from .builder import build
from .document import Document, Offset, YamlList, YamlMap
from .rows import COLUMNS, LIST_SEPARATOR, Cell, events_data, header_problems

if TYPE_CHECKING:
    import pandas

__all__ = ["FRAME_FILE", "from_frame"]

FRAME_FILE = "<DataFrame>"
"""How problems name a frame; line N is the frame's row N - 1 (line 1 names the columns)."""

_ONE_LINE = re.compile(r"[\n\r\x85\u2028\u2029]")

_DERIVED = ("start", "end", "date_text", "precision", "certainty", "actor_names", "sources")
"""Columns of ``Timeline.to_frame`` that follow from the others."""


def from_frame(frame: pandas.DataFrame) -> Timeline:
    """The Timeline of a DataFrame's rows; raises DataError listing every problem.

    >>> import timeline
    >>> t = timeline.load("events.yaml")                     # doctest: +SKIP
    >>> timeline.from_frame(t.to_frame()) == t               # doctest: +SKIP
    True
    """
    declared = frame.attrs.get(FRAME_ATTRS)
    declared = declared if isinstance(declared, Mapping) else None
    names = [str(name) for name in frame.columns]
    known = [column.name for column in COLUMNS]
    if declared is not None:
        known += ["actors", "citations"]
        derived = set(_DERIVED) if "date" in names else set(_DERIVED) - {"start", "end"}
        names = [name for name in names if name not in derived]
    lines = ["\t".join(names)]
    rows: list[tuple[dict[str, Cell | YamlList], Offset]] = []
    offset = len(lines[0]) + 1
    for values in frame[names].itertuples(index=False, name=None):
        cells: dict[str, Cell | YamlList] = {}
        texts = []
        at = offset
        for name, value in zip(names, values, strict=True):
            if name == "citations":
                cells[name] = _citations(value, at)
                texts.append("")
            else:
                text = _text(value)
                cells[name] = Cell(text, at)
                texts.append(_ONE_LINE.sub(" ", text))  # the same length, on the row's line
            at += len(texts[-1]) + 1
        rows.append((cells, offset))
        lines.append("\t".join(texts))
        offset += len(lines[-1]) + 1
    document = Document(FRAME_FILE, "\n".join(lines))
    header = [(name, sum(len(n) + 1 for n in names[:i])) for i, name in enumerate(names)]
    header_problems(header, known, document)
    if document.problems:
        raise DataError(document.problems)
    document.data = events_data(rows, document, _tables(declared, document))
    if declared is not None and isinstance(declared.get("title"), str):
        document.data["title"] = declared["title"]
        document.data.key_offsets["title"] = document.data.value_offsets["title"] = 0
    return build(document)


def _tables(declared: Mapping[str, Any] | None, document: Document) -> dict[str, YamlMap]:
    """The declared countries, actors and sources as the YAML reader would give them."""
    if declared is None:
        return {}
    tables = {}
    for key in ("countries", "actors", "sources"):
        table = declared.get(key)
        if not isinstance(table, Mapping):
            message = f"attrs[{FRAME_ATTRS!r}][{key!r}] is not a mapping"
            raise DataError([Problem(document.file, None, None, message)])
        tables[key] = _plain_map(table)
    return tables


def _plain_map(value: Mapping[str, Any]) -> YamlMap:
    mapping = YamlMap(0)
    for key, item in value.items():
        mapping[str(key)] = _plain_map(item) if isinstance(item, Mapping) else item
        mapping.key_offsets[str(key)] = mapping.value_offsets[str(key)] = 0
    return mapping


def _citations(value: object, offset: Offset) -> YamlList:
    citations = YamlList(offset)
    for item in value if isinstance(value, (list, tuple)) else ():
        citations.append(_plain_map(item) if isinstance(item, Mapping) else item)
        citations.item_offsets.append(offset)
    return citations


def _text(value: object) -> str:
    """A cell as the text a CSV file would hold: lists joined by ';', dates in ISO 8601."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, (list, tuple)):
        return f"{LIST_SEPARATOR} ".join(_text(item) for item in value)
    if isinstance(value, datetime):  # pandas' Timestamp too
        if value != value:  # NaT
            return ""
        if (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0):
            return value.date().isoformat()
        return value.replace(tzinfo=None).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "item"):  # a numpy scalar
        return _text(value.item())
    return str(value)
