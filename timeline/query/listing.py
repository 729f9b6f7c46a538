"""A timeline's events as a text table, CSV or JSON, one event per row, in date order; and
the one-line summary that ``validate`` prints."""

from __future__ import annotations

import csv
import io
import json

from ..model.dates import describe
from ..model.timeline import RECORD_COLUMNS, Timeline

__all__ = ["LIST_FORMATS", "format_events", "how_many", "summary"]

LIST_FORMATS = ("table", "csv", "json")
"""The forms ``format_events`` writes."""

_CSV_COLUMNS = tuple(column for column in RECORD_COLUMNS if column != "citations")


def format_events(timeline: Timeline, form: str) -> str:
    """The events of timeline as text in the given form ('table', 'csv' or 'json')."""
    if form == "json":
        return json.dumps(timeline.to_records(), ensure_ascii=False, indent=2) + "\n"
    if form == "csv":
        return _csv(timeline)
    if form == "table":
        return _table(timeline)
    raise ValueError(f"unknown form {form!r}; expected one of {LIST_FORMATS}")


def _csv(timeline: Timeline) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, _CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in timeline.to_records():
        writer.writerow({column: _cell(record[column]) for column in _CSV_COLUMNS})
    return out.getvalue()


def _cell(value: object) -> object:
    return "; ".join(value) if isinstance(value, list) else value


def _table(timeline: Timeline) -> str:
    header = ("DATE", "ID", "KIND", "STATUS", "COUNTRIES", "TITLE", "PARTICIPANTS", "SOURCES")
    rows: list[tuple[str, ...]] = [header]
    for event in timeline.events:
        cells = (
            describe(event.when),
            event.id,
            event.kind,
            event.status,
            " ".join(event.countries),
            event.title,
            ", ".join(timeline.actor_names(event)) or "-",
            ", ".join(event.sources) or "-",
        )
        rows.append(tuple(" ".join(cell.split()) for cell in cells))  # one line per event
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    count = len(timeline.events)
    lines.append(f"{count} event{'s' if count != 1 else ''}")
    return "\n".join(lines) + "\n"


def summary(timeline: Timeline) -> str:
    """What validate prints after 'valid:': how many of each thing, and the span of dates."""
    events = timeline.events
    counts = ", ".join(
        how_many(len(items), noun)
        for items, noun in (
            (events, "event"),
            (timeline.actors, "actor"),
            (timeline.countries, "country"),
            (timeline.sources, "source"),
        )
    )
    if not events:
        return counts
    first = events[0].when.sort_key()[0].date()
    last = max(event.when.sort_key()[1] for event in events).date()
    return f"{counts}; {first.isoformat()} to {last.isoformat()}"


def how_many(number: int, noun: str) -> str:
    """'1 event', '3 events', '2 countries'."""
    plural = "countries" if noun == "country" else noun + "s"
    return f"{number} {noun if number == 1 else plural}"
