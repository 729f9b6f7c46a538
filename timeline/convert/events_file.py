"""Rows of the CSV columns as the text of an events file, checked before it is given back.

Every importer makes rows (``read.rows``: the columns a CSV file has) and this writes them as
YAML the way ``timeline fmt`` would lay them out; the text is then read back through the
reader and builder that ``timeline validate`` uses, so an import is valid or it is refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ..edit.yaml_text import Formatting, entry_lines, flow_value
from ..errors import DataError, Problem
from ..read.builder import build
from ..read.document import Document, YamlMap, parse_document
from ..read.format import EVENT
from ..read.rows import Cell, events_data

__all__ = ["events_yaml"]

_FORMATTING = Formatting()
_EVENT_KEYS = [field.name for field in EVENT.fields]


def events_yaml(rows: Sequence[Mapping[str, str]], file: str, title: str | None = None,
                lanes: Iterable[str] = ()) -> str:  # fmt: skip
    """The events file of rows (column -> text), its lanes in the order of ``lanes`` first.

    ``file`` names the input in messages. Raises DataError if the result is not valid.
    """
    document = Document(file, "")
    cells = [({name: Cell(text, 0) for name, text in row.items() if text}, 0) for row in rows]
    data = events_data(cells, document, lanes=lanes)
    if document.problems:
        raise DataError(document.problems)
    text = _yaml(data, title)
    try:
        build(parse_document(text, file))  # never a file that validate refuses
    except DataError as error:  # the places are in the text made, not in the file read
        problems = [Problem(file, None, None, f"imported, {p.message}") for p in error.problems]
        raise DataError(problems) from None
    return text


def _yaml(data: YamlMap, title: str | None) -> str:
    lines = entry_lines("title", title, 0, _FORMATTING) if title else []
    for key in ("countries", "sources"):
        table: YamlMap = data[key]
        if table or key == "countries":
            lines.append(f"{key}:")
            lines += [f"  {name}: {flow_value(dict(entry))}" for name, entry in table.items()]
    lines.append("events:")
    for event in data["events"]:
        inner: list[str] = []
        for key in _EVENT_KEYS:
            if key in event:
                inner += entry_lines(key, _plain(event[key]), 4, _FORMATTING)
        inner[0] = "  - " + inner[0][4:]
        lines += inner
    return "\n".join(lines) + "\n"


def _plain(value: object) -> str | list[str] | list[dict[str, str]]:
    """A value of the data as the writer takes it (plain lists and dicts)."""
    if isinstance(value, list):
        return [dict(item) if isinstance(item, dict) else item for item in value]
    return str(value)
