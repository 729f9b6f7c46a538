"""A timeline in brief, as text and as an HTML table: what a notebook shows for a Timeline.

How many events of each kind and status, the time they span, and the countries, actors and
sources the events involve (in the file's order, each with its number of events), so that a
reader sees what was loaded or selected without printing every event.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from .dates import describe

if TYPE_CHECKING:
    from .timeline import Timeline

__all__ = ["SHOWN", "summary_html", "summary_rows", "summary_text"]

SHOWN = 8
"""Names listed in one row at most; the rest are counted."""


def summary_rows(timeline: Timeline) -> list[tuple[str, str]]:
    """(heading, text) pairs: the events, their span, kinds, statuses, and the countries,
    actors and sources they involve."""
    events = timeline.events
    if not events:
        return [("events", "none")]
    last = max(events, key=lambda event: event.when.end)
    countries = Counter(code for event in events for code in event.countries)
    actors = Counter(actor for event in events for actor in event.actors)
    sources = Counter(source for event in events for source in event.sources)
    return [
        ("events", f"{len(events):,}"),
        ("span", f"{describe(events[0].when)} to {describe(last.when)}"),
        ("kinds", _counted(Counter(event.kind for event in events).most_common())),
        ("statuses", _counted(Counter(event.status for event in events).most_common())),
        ("countries", _listed(countries, {c.code: c.name for c in timeline.countries.values()})),
        ("actors", _listed(actors, {actor.id: actor.name for actor in timeline.actors.values()})),
        # Sources by id: the id is what a citation names, and outlets may read the same.
        ("sources", _listed(sources, {key: key for key in timeline.sources})),
    ]


def summary_text(timeline: Timeline) -> str:
    """The summary as a few lines of text: a heading line, then one line a row."""
    heading = f"Timeline {timeline.title!r}" if timeline.title else "Timeline"
    if timeline.source:
        heading += f" from {timeline.source}"
    rows = summary_rows(timeline)
    width = max(len(name) for name, _ in rows)
    return "\n".join([f"<{heading}>", *(f"  {name:<{width}}  {text}" for name, text in rows)])


def summary_html(timeline: Timeline) -> str:
    """The summary as an HTML table, every text from the file escaped."""
    caption = html.escape(timeline.title or "Timeline")
    if timeline.source:
        caption += f" <small>({html.escape(str(timeline.source))})</small>"
    cells = "".join(
        f'<tr><th style="text-align:left">{html.escape(name)}</th>'
        f'<td style="text-align:left">{html.escape(text)}</td></tr>'
        for name, text in summary_rows(timeline)
    )
    return f"<table><caption>{caption}</caption>{cells}</table>"


def _counted(pairs: Iterable[tuple[str, int]]) -> str:
    """'meeting 12, call 5'"""
    return ", ".join(f"{name} {count}" for name, count in pairs)


def _listed(counts: Counter[str], names: Mapping[str, str]) -> str:
    """The ids (id -> name) that have a count, by name in the order given: '3: Japan 12,
    ...', and the number not shown."""
    shown = [(name, counts[key]) for key, name in names.items() if counts[key]]
    text = f"{len(shown)}: {_counted(shown[:SHOWN])}"
    return text + (f" and {len(shown) - SHOWN} more" if len(shown) > SHOWN else "")
