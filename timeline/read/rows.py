"""Events given as rows of named columns (a CSV file, a DataFrame) as an events file's data.

Each row becomes an event entry of the YAML format, and the lanes, country codes and sources
the rows name are declared in the file's tables, so that the format's one structural check
and ``builder`` judge rows exactly as they judge YAML, each problem at the cell it is about.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from ..errors import did_you_mean
from ..model.text import text_problem
from ..model.timeline import KINDS, STATUSES
from .document import Document, Offset, YamlList, YamlMap
from .format import COUNTRY_CODE

__all__ = ["COLUMNS", "LIST_SEPARATOR", "Cell", "Column", "Row", "events_data", "header_problems"]

LIST_SEPARATOR = ";"
"""Separates the values of a list column (lanes, countries, tags) within one cell."""


@dataclass(frozen=True)
class Column:
    name: str
    doc: str
    required: bool = False


COLUMNS = (
    Column("id", "stable id, unique: lowercase letters, digits and single hyphens", True),
    Column("title", "short title, as a chart label", True),
    Column("date", "EDTF date or interval: 2021-03-16, 2021-03, 1943/1946, 2021-03-16T15:00"),
    Column("start", "first day (or moment), instead of 'date'"),
    Column("end", "last day (or moment), with 'start'; empty for a single day"),
    Column("timezone", "IANA time zone of a time of day, e.g. Asia/Tokyo"),
    Column("kind", "one of " + ", ".join(KINDS), True),
    Column("status", "one of " + ", ".join(STATUSES), True),
    Column("lanes", "the lanes the event is drawn in, by name, separated by ';'"),
    Column("countries", "country codes, each a lane of its own (US; JP)"),
    Column("location", "where, in words"),
    Column("source", "who reported the event (an outlet's name)"),
    Column("source_url", "where the report is published"),
    Column("quote", "words from the source, verbatim, that support the event"),
    Column("note", "anything a reader should know"),
    Column("disagreement", "where the sources disagree, and how"),
    Column("tags", "free labels to select events by, separated by ';'"),
)
"""The columns a CSV file may have, in the order the README lists them."""

_TEXT = ("id", "title", "timezone", "kind", "status", "location", "note", "disagreement")
_LISTS = ("countries", "tags", "actors")


class Cell(NamedTuple):
    """The text of one cell and where its first character stands in the text read."""

    text: str
    offset: Offset


Row = Mapping[str, Cell | YamlList]
"""A row by column name; a citations column (from a DataFrame) is a ready list."""


def header_problems(names: Iterable[tuple[str, Offset]], known: Iterable[str], document: Document
                    ) -> list[str]:  # fmt: skip
    """The column names of a header, checked: unknown and repeated names are reported."""
    known = list(known)
    seen: dict[str, Offset] = {}
    for name, offset in names:
        if name in seen:
            line = document.line(seen[name])
            document.problem(offset, f"column {name!r} is given twice (first at line {line})")
        elif name not in known:
            hint = did_you_mean(name, known) or f"; known columns: {', '.join(known)}"
            document.problem(offset, f"unknown column {name!r}{hint}")
        else:
            seen[name] = offset
    for column in COLUMNS:
        if column.required and column.name not in seen:
            document.problem(0, f"no {column.name!r} column; every event needs one")
    if "date" not in seen and "start" not in seen:
        document.problem(0, "no 'date' column (nor 'start' and 'end'); every event needs one")
    return list(seen)


def events_data(rows: Iterable[tuple[Row, Offset]], document: Document,
                tables: Mapping[str, YamlMap] | None = None, lanes: Iterable[str] = (),
                ) -> YamlMap:  # fmt: skip
    """The events file's data for rows (each with where it starts): an event per row, and
    the countries and sources they name declared; ``tables`` holds declared ones already,
    and the lanes named in ``lanes`` come first, in that order."""
    data = YamlMap(0)
    for key, table in (tables or {}).items():
        data[key], data.key_offsets[key], data.value_offsets[key] = table, 0, 0
    declarations = _Declarations(data)
    for name in lanes:
        declarations.lane(name, 0)
    events = YamlList(0)
    rows = list(rows)
    declarations.reserve(rows)
    for row, offset in rows:
        events.append(_event(row, offset, declarations, document))
        events.item_offsets.append(offset)
    _set(data, "events", events, 0)
    return data


class _Declarations:
    """The countries and sources declared for the rows, added as rows name them."""

    def __init__(self, data: YamlMap):
        self.countries = self._table(data, "countries")
        self.sources = self._table(data, "sources")
        self.lanes = {entry["name"]: code for code, entry in self.countries.items()}
        self.taken: set[str] = set(self.countries)
        self.made = 0  # lane codes made so far: L1, L2...
        self.cited: dict[tuple[str, str], str] = {}

    @staticmethod
    def _table(data: YamlMap, key: str) -> YamlMap:
        if key not in data:
            _set(data, key, YamlMap(0), 0)
        table: YamlMap = data[key]
        return table

    def reserve(self, rows: list[tuple[Row, Offset]]) -> None:
        """Keep the codes the rows give in 'countries' from being made up for lanes."""
        for row, _ in rows:
            cell = row.get("countries")
            if isinstance(cell, Cell):
                self.taken.update(text for text, _ in _items(cell))

    def country(self, code: str, offset: Offset) -> None:
        if code not in self.countries and COUNTRY_CODE.matches(code):
            _set(self.countries, code, _entry(offset, name=code), offset)

    def lane(self, name: str, offset: Offset) -> str:
        """The code of the lane called name, declared as a country the first time."""
        code = self.lanes.get(name)
        if code is None:
            code = f"L{self.made + 1}"
            while code in self.taken:
                self.made += 1
                code = f"L{self.made + 1}"
            self.made += 1
            self.taken.add(code)
            self.lanes[name] = code
            _set(self.countries, code, _entry(offset, name=name), offset)
        return code

    def source(self, outlet: str, url: str, date: Cell | None, offset: Offset) -> str:
        """The id of the source reported by outlet at url, declared the first time."""
        key = (outlet, url)
        if key not in self.cited:
            stem = _slug(outlet or _host(url)) or "source"
            number, source_id = 1, stem
            while source_id in self.sources:
                number += 1
                source_id = f"{stem}-{number}"
            self.cited[key] = source_id
            fields = {"file": url or outlet, "outlet": outlet or _host(url)}
            if date is not None:
                fields["date"] = date.text
            if url:
                fields["url"] = url
            _set(self.sources, source_id, _entry(offset, **fields), offset)
        return self.cited[key]


def _event(row: Row, offset: Offset, declarations: _Declarations, document: Document) -> YamlMap:
    entry = YamlMap(offset)
    cells = _usable(row, document)
    for name in _TEXT:
        cell = cells.get(name)
        if isinstance(cell, Cell):
            _set(entry, name, cell.text, cell.offset)
    date = _date(cells, document)
    if date is not None:
        _set(entry, "date", date.text, date.offset)
    lanes = YamlList(offset)
    for name in ("lanes", "countries"):
        cell = cells.get(name)
        if not isinstance(cell, Cell):
            continue
        for text, at in _items(cell):
            if name == "lanes":
                text = declarations.lane(text, at)
            else:
                declarations.country(text, at)
            if text not in lanes:
                lanes.append(text)
                lanes.item_offsets.append(at)
    if lanes:
        _set(entry, "countries", lanes, lanes.item_offsets[0])
    for name in ("tags", "actors"):
        cell = cells.get(name)
        if isinstance(cell, Cell):
            _set(entry, name, _list(cell), cell.offset)
    citations = cells.get("citations")
    if isinstance(citations, YamlList):
        _set(entry, "sources", citations, citations.offset)
    else:
        _citation(cells, entry, date, declarations, document)
    return entry


def _usable(row: Row, document: Document) -> dict[str, Cell | YamlList]:
    """The row's cells that hold something, but none with a character text may not hold."""
    cells: dict[str, Cell | YamlList] = {}
    for name, cell in row.items():
        problem = text_problem(cell.text) if isinstance(cell, Cell) else None
        if problem is not None:
            document.problem(cell.offset, f"column {name!r}: {problem}")  # type: ignore[union-attr]
        elif isinstance(cell, YamlList) or cell.text:
            cells[name] = cell
    return cells


_SPACED_TIME = re.compile(r"(\d{4}-\d\d-\d\d) (?=\d\d:\d\d)")
"""A date and time as spreadsheets write them (2021-03-16 15:00); EDTF wants a 'T'."""


def _date(cells: Mapping[str, Cell | YamlList], document: Document) -> Cell | None:
    """The event's EDTF date from 'date', or from 'start' and 'end'."""
    date, start, end = (cells.get(name) for name in ("date", "start", "end"))
    if not isinstance(date, Cell | None) or not isinstance(start, Cell | None):
        return None
    if date is not None:
        if start is not None or isinstance(end, Cell):
            document.problem(date.offset, "give 'date' or 'start' and 'end', not both")
        return _edtf(date)
    if start is None:
        if isinstance(end, Cell):
            document.problem(end.offset, "'end' without a 'start'")
        return None
    if not isinstance(end, Cell) or end.text == start.text:
        return _edtf(start)
    return Cell(f"{_edtf(start).text}/{_edtf(end).text}", start.offset)


def _edtf(cell: Cell) -> Cell:
    return Cell(_SPACED_TIME.sub(r"\1T", cell.text), cell.offset)


def _citation(cells: Mapping[str, Cell | YamlList], entry: YamlMap, date: Cell | None,
              declarations: _Declarations, document: Document) -> None:  # fmt: skip
    outlet, url, quote = (cells.get(name) for name in ("source", "source_url", "quote"))
    if not isinstance(outlet, Cell | None) or not isinstance(url, Cell | None):
        return
    if outlet is None and url is None:
        if isinstance(quote, Cell):
            document.problem(quote.offset, "a 'quote' needs a 'source' or 'source_url'")
        return
    at = (outlet or url).offset  # type: ignore[union-attr]  # one of them is given
    source_id = declarations.source(
        outlet.text if outlet else "", url.text if url else "", date, at
    )
    citation = YamlMap(at)
    _set(citation, "source", source_id, at)
    if isinstance(quote, Cell):
        _set(citation, "quote", quote.text, quote.offset)
    citations = YamlList(at)
    citations.append(citation)
    citations.item_offsets.append(at)
    _set(entry, "sources", citations, at)


def _items(cell: Cell) -> list[tuple[str, Offset]]:
    """The values in a list cell, each with where it starts."""
    found, start = [], 0
    for part in cell.text.split(LIST_SEPARATOR):
        text = part.strip()
        if text:
            found.append((text, cell.offset + start + part.index(text)))
        start += len(part) + len(LIST_SEPARATOR)
    return found


def _list(cell: Cell) -> YamlList:
    values = YamlList(cell.offset)
    for text, offset in _items(cell):
        values.append(text)
        values.item_offsets.append(offset)
    return values


def _entry(offset: Offset, **fields: str) -> YamlMap:
    entry = YamlMap(offset)
    for key, value in fields.items():
        _set(entry, key, value, offset)
    return entry


def _set(mapping: YamlMap, key: str, value: object, offset: Offset) -> None:
    mapping[key] = value
    mapping.key_offsets[key] = offset
    mapping.value_offsets[key] = offset


def _slug(text: str) -> str:
    """An id from text: 'The Associated Press' -> 'the-associated-press'."""
    return "-".join(re.findall(r"[a-z0-9]+", text.casefold()))[:40].strip("-")


def _host(url: str) -> str:
    """Who publishes at url: 'https://www.apnews.com/x' -> 'apnews.com'."""
    from urllib.parse import urlsplit  # only for rows that cite a URL with no outlet

    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


def column_name(text: str) -> str:
    """A header cell or a frame's column label as a column name, one rule for both:
    'Source URL ' -> 'source_url'."""
    return re.sub(r"[\s-]+", "_", text.strip().casefold())
