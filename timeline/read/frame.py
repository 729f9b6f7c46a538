"""Build a Timeline from a pandas DataFrame: one event a row, the CSV file's columns.

The frame's cells are read as the CSV reader reads a file's, through ``rows`` and the same
checks, so a frame is judged like a file. A frame made by ``Timeline.to_frame`` carries its
countries, actors and sources in ``attrs``; with them, its ``actors`` and ``citations``
columns are read too and its derived columns (``start``, ``date_text``...) are passed over.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ..errors import DataError, Problem
from ..model.tables import FRAME_ATTRS
from ..model.timeline import Timeline
from .builder import build
from .document import Document, Offset, YamlList, YamlMap
from .rows import COLUMNS, LIST_SEPARATOR, Cell, column_name, events_data, header_problems

if TYPE_CHECKING:
    import pandas

__all__ = ["FRAME_FILE", "from_frame"]

FRAME_FILE = "<DataFrame>"
"""How problems name a frame; line N is the frame's row N - 1 (line 1 names the columns)."""

_ONE_LINE = re.compile(r"[\n\r\x85\u2028\u2029]")

_DERIVED = ("start", "end", "date_text", "precision", "certainty", "actor_names", "sources")
"""Columns of ``Timeline.to_frame`` that follow from the others."""


def from_frame(frame: pandas.DataFrame) -> Timeline:
    """The Timeline of a DataFrame's rows; raises DataError listing every problem, each at
    the frame's row (line N is row N - 1: line 1 names the columns) and column (1-based).

    >>> import timeline
    >>> t = timeline.load("events.yaml")                     # doctest: +SKIP
    >>> timeline.from_frame(t.to_frame()) == t               # doctest: +SKIP
    True
    """
    declared = frame.attrs.get(FRAME_ATTRS)
    declared = declared if isinstance(declared, Mapping) else None
    names = [column_name(str(name)) for name in frame.columns]
    frame = frame.set_axis(names, axis=1)  # labels of any type, named as a CSV header's
    known = [column.name for column in COLUMNS]
    if declared is not None:
        known += ["actors", "citations"]
        derived = set(_DERIVED) if "date" in names else set(_DERIVED) - {"start", "end"}
        names = [name for name in names if name not in derived]
    table = _Table(frame[names].itertuples(index=False, name=None), names)
    try:
        header_problems(table.header, known, table.document)
        if table.document.problems:
            raise DataError(table.document.problems)
        data = events_data(table.rows, table.document, _tables(declared, table.document))
        table.document.data = data
        if declared is not None and isinstance(declared.get("title"), str):
            data["title"] = declared["title"]
            data.key_offsets["title"] = data.value_offsets["title"] = 0
        return build(table.document)
    except DataError as error:
        columns = [str(name) for name in frame.columns]
        raise DataError(table.in_frame(problem, columns) for problem in error.problems) from None


class _Table:
    """The frame's cells, each row on a line of its own of a text made for messages.

    The reader places problems by offsets into a text; here each cell's text stands on its
    row's line, separated by tabs, so an offset leads back to its row and cell.
    """

    def __init__(self, values: Iterable[tuple[Any, ...]], names: list[str]):
        self.names = names
        lines = ["\t".join(names)]
        self.starts = [_starts(names)]
        self.header = [(name, start) for name, start in zip(names, self.starts[0], strict=True)]
        self.rows: list[tuple[dict[str, Cell | YamlList], Offset]] = []
        offset = len(lines[0]) + 1
        for row in values:
            cells: dict[str, Cell | YamlList] = {}
            texts = [_ONE_LINE.sub(" ", _text(value)) if name != "citations" else ""
                     for name, value in zip(names, row, strict=True)]  # fmt: skip
            for name, value, start in zip(names, row, _starts(texts), strict=True):
                at = offset + start
                cells[name] = (
                    _citations(value, at) if name == "citations" else Cell(_text(value), at)
                )
            self.rows.append((cells, offset))
            self.starts.append(_starts(texts))
            lines.append("\t".join(texts))
            offset += len(lines[-1]) + 1
        self.document = Document(FRAME_FILE, "\n".join(lines))

    def in_frame(self, problem: Problem, columns: list[str]) -> Problem:
        """The problem with its column the frame's (1-based), not a character's."""
        if problem.line is None or problem.column is None:
            return problem
        index = bisect_right(self.starts[problem.line - 1], problem.column - 1) - 1
        column = columns.index(self.names[max(index, 0)]) + 1
        return Problem(problem.file, problem.line, column, problem.message)


def _starts(texts: list[str]) -> list[int]:
    """Where each of the tab-separated texts starts on its line (0-based)."""
    starts, at = [], 0
    for text in texts:
        starts.append(at)
        at += len(text) + 1
    return starts


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
    if type(value).__name__ == "NAType":  # pandas.NA, a missing value in a typed column
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
