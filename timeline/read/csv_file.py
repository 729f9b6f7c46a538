"""Read a CSV file of events (one event a row, a header row naming the columns).

The cells are split here, keeping where each starts, so every problem the format's checks
find is reported at its file:line:column like the YAML's. Written the way spreadsheets
save CSV: comma-separated, fields in double quotes may hold commas, quotes ("") and line
breaks; a UTF-8 byte order mark, CR LF line ends and blank rows are fine.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

from ..errors import DataError, Problem
from .document import MAX_EVENTS, Document, Offset, _decode, _read_bytes
from .rows import COLUMNS, Cell, Row, column_name, events_data, header_problems

__all__ = ["is_csv", "parse_csv", "read_csv"]

_QUOTED = re.compile(r'"([^"]*(?:""[^"]*)*)"')
_CELL = re.compile(r'(?:"([^"]*(?:""[^"]*)*)"|([^,"\r\n][^,\r\n]*|))(,|\r\n|\r|\n|\Z)')
"""A cell, quoted or plain (a plain one may hold a quote after its start), and its end."""
_LINE_BREAK = re.compile(r"\r\n?")


def is_csv(path: str | os.PathLike[str]) -> bool:
    """Whether the file at path is read as CSV: its name ends in .csv, in any case."""
    return os.fspath(path).casefold().endswith(".csv")


def read_csv(path: str | os.PathLike[str]) -> Document:
    """The events in the CSV file at path as a Document for ``build``; raises DataError."""
    name = os.fspath(path)
    raw = _read_bytes(Path(path), name)
    if not raw.removeprefix(b"\xef\xbb\xbf").strip():
        raise DataError([Problem(name, None, None, "the file is empty; expected a header row")])
    return parse_csv(_decode(raw, name), name)


def parse_csv(text: str, file: str = "<string>") -> Document:
    """The events in CSV text as a Document; raises DataError on a malformed header or cell."""
    document = Document(file, text)
    records = iter(list(_records(text, document)))  # a malformed quote makes the rest moot
    if document.problems:
        raise DataError(document.problems)
    header = next((record for record in records if _filled(record)), None)
    if header is None:
        raise DataError([document.problem(None, "the file has no header row naming the columns")])
    names = [(column_name(cell.text), cell.offset) for cell in header]
    _semicolons(header, document)
    columns = header_problems(names, [column.name for column in COLUMNS], document)
    if document.problems:
        raise DataError(document.problems)
    rows: list[tuple[Row, Offset]] = []
    for record in records:
        if len(record) > len(columns):
            extra = record[len(columns)]
            document.problem(extra.offset, f"{len(record)} cells, but the header names "
                                           f"{len(columns)} columns")  # fmt: skip
        if _filled(record) and len(rows) == MAX_EVENTS:
            document.problem(record[0].offset, f"more than {MAX_EVENTS:,} events; the most "
                                               f"timeline reads is {MAX_EVENTS:,}")  # fmt: skip
            raise DataError(document.problems)
        if _filled(record):  # blank rows separate groups in spreadsheets; they are no events
            cells = {name: _stripped(cell) for name, cell in zip(columns, record, strict=False)}
            rows.append((cells, record[0].offset))
    document.data = events_data(rows, document)
    return document


def _semicolons(header: list[Cell], document: Document) -> None:
    if len(header) == 1 and ";" in header[0].text:
        document.problem(header[0].offset, "the header has no commas: save the file as CSV "
                                           "with commas between cells (';' separates the values "
                                           "in one cell)")  # fmt: skip
        raise DataError(document.problems)


def _unquoted(text: str) -> str:
    """A quoted cell's text: doubled quotes as one, its line breaks as line feeds."""
    return _LINE_BREAK.sub("\n", text.replace('""', '"'))


def _filled(record: list[Cell]) -> bool:
    return any(cell.text.strip() for cell in record)


def _stripped(cell: Cell) -> Cell:
    text = cell.text.strip()
    if text is cell.text:
        return cell
    return Cell("", cell.offset) if not text else Cell(text, cell.offset + cell.text.find(text))


def _records(text: str, document: Document) -> Iterator[list[Cell]]:
    """The rows of text, each a list of cells; a malformed quote is a problem, and ends."""
    record: list[Cell] = []
    at = 0
    for match in _CELL.finditer(text):
        if match.start() != at:  # no cell could start here: a quote gone wrong
            closed = _QUOTED.match(text, at)
            if closed is None:
                document.problem(at, "a quote that is never closed; end the cell with '\"'")
            else:
                document.problem(closed.end(), "text after a closing quote; a quote inside a "
                                               'quoted cell is written twice ("")')  # fmt: skip
            return
        quoted, plain, end = match.groups()
        if quoted is None:
            record.append(Cell(plain, at))
        else:
            record.append(Cell(_unquoted(quoted), at + 1))
        at = match.end()
        if end != ",":
            yield record
            record = []
            if not end:
                return
