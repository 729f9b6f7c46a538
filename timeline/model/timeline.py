"""The timeline as immutable objects: events, the actors and countries in them, and sources."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TYPE_CHECKING

from .dates import When, describe
from .summary import counted, listed, summary_html, summary_text

if TYPE_CHECKING:
    import pandas

__all__ = [
    "KINDS",
    "RECORD_COLUMNS",
    "STATUSES",
    "Actor",
    "Citation",
    "Country",
    "Event",
    "Source",
    "Timeline",
]

KINDS = (
    "summit",
    "meeting",
    "call",
    "talks",
    "press-conference",
    "statement",
    "trip",
    "visit",
    "legal",
    "transition",
    "period",
    "other",
)
"""What kind of happening an event is; the renderer gives each its own mark."""

STATUSES = ("held", "planned", "expected", "cancelled")
"""Whether an event took place (held) or was still to come when the sources were written."""


RECORD_COLUMNS = (
    "id", "title", "date", "date_text", "start", "end", "precision", "certainty", "timezone",
    "kind", "status", "location", "actors", "actor_names", "countries", "sources", "citations",
    "note", "disagreement", "tags",
)  # fmt: skip
"""The keys of ``Timeline.to_records()`` and the columns of ``Timeline.to_frame()``."""


@dataclass(frozen=True)
class Country:
    code: str
    name: str


@dataclass(frozen=True)
class Actor:
    """A person: their full name, the country they act for and their role at the time."""

    id: str
    name: str
    country: str
    role: str


@dataclass(frozen=True)
class Source:
    """An article that events cite."""

    id: str
    file: str
    outlet: str
    date: When
    headline: str | None = None
    url: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Citation:
    """A source that supports an event, with the words in it that do."""

    source: str
    quote: str


@dataclass(frozen=True)
class Event:
    """One happening, placed in time, with who took part and which sources report it.

    ``countries`` holds every country the event involves: its actors' countries and any
    it names itself, in the timeline's country order.
    """

    id: str
    title: str
    when: When
    kind: str
    status: str
    actors: tuple[str, ...]
    countries: tuple[str, ...]
    citations: tuple[Citation, ...] = ()
    location: str | None = None
    note: str | None = None
    disagreement: str | None = None
    tags: tuple[str, ...] = ()
    line: int | None = field(default=None, compare=False)

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(citation.source for citation in self.citations))


@dataclass(frozen=True)
class Timeline:
    """Events in chronological order, and the countries, actors and sources they refer to.

    The order of ``countries`` and ``actors`` is the order the file declares them in.
    """

    events: tuple[Event, ...]
    countries: Mapping[str, Country]
    actors: Mapping[str, Actor]
    sources: Mapping[str, Source]
    title: str | None = None
    source: str | None = field(default=None, compare=False)
    """The file the timeline was loaded from, if any."""

    def __post_init__(self) -> None:
        for name in ("countries", "actors", "sources"):
            object.__setattr__(self, name, MappingProxyType(dict(getattr(self, name))))

    def ends(self) -> tuple[Event, Event]:
        """What the events span: the first event in date order, and the one that ends last
        (the first such, in date order); one event twice when it is both."""
        return self.events[0], max(self.events, key=lambda event: event.when.sort_key()[1])

    def summary(self) -> list[tuple[str, str]]:
        """(heading, text) rows: the number of events, the time they span, their kinds and
        statuses, and the countries, actors and sources they involve with their counts."""
        events = self.events
        if not events:
            return [("events", "none")]
        countries = Counter(code for event in events for code in event.countries)
        actors = Counter(actor for event in events for actor in event.actors)
        sources = Counter(source for event in events for source in event.sources)
        return [
            ("events", f"{len(events):,}"),
            ("span", _span_text(*self.ends())),
            ("kinds", counted(Counter(event.kind for event in events).most_common())),
            ("statuses", counted(Counter(event.status for event in events).most_common())),
            ("countries", listed(countries, {c.code: c.name for c in self.countries.values()})),
            ("actors", listed(actors, {actor.id: actor.name for actor in self.actors.values()})),
            # Sources by id: the id is what a citation names, and outlets may read the same.
            ("sources", listed(sources, {key: key for key in self.sources})),
        ]

    def __repr__(self) -> str:
        """The summary as text, not every event."""
        return summary_text(self.title, self.source, self.summary())

    def _repr_html_(self) -> str:
        """The summary as a table, for Jupyter."""
        return summary_html(self.title, self.source, self.summary())

    def with_events(self, events: Iterable[Event]) -> Timeline:
        """The same timeline holding only the given events."""
        return replace(self, events=tuple(events))

    def event(self, event_id: str) -> Event:
        for event in self.events:
            if event.id == event_id:
                return event
        raise KeyError(event_id)

    def actor_names(self, event: Event) -> list[str]:
        return [self.actors[actor_id].name for actor_id in event.actors]

    def to_records(self) -> list[dict[str, object]]:
        """One plain dict per event, in date order; dates as ISO 8601 text."""
        return [self._record(event) for event in self.events]

    def _record(self, event: Event) -> dict[str, object]:
        when = event.when
        return {
            "id": event.id,
            "title": event.title,
            "date": when.text,
            "date_text": describe(when),
            "start": when.iso_start(),
            "end": when.iso_end(),
            "precision": when.precision,
            "certainty": when.certainty,
            "timezone": when.timezone,
            "kind": event.kind,
            "status": event.status,
            "location": event.location,
            "actors": list(event.actors),
            "actor_names": self.actor_names(event),
            "countries": list(event.countries),
            "sources": list(event.sources),
            "citations": [
                {"source": citation.source, "quote": citation.quote} for citation in event.citations
            ],
            "note": event.note,
            "disagreement": event.disagreement,
            "tags": list(event.tags),
        }

    def to_frame(self) -> pandas.DataFrame:
        """One row per event in date order; ``start``/``end`` are datetime columns.

        Times of day are wall-clock times in the event's own ``timezone`` column, and
        ``end`` is the last instant included (a one-day event has ``start == end``). The
        frame's ``attrs`` carry the countries, actors and sources, for ``from_frame``.
        """
        import numpy  # comes with pandas
        import pandas  # heavy; only this method needs it

        frame = pandas.DataFrame.from_records(self.to_records(), columns=RECORD_COLUMNS)
        for column, values in (
            ("start", [event.when.start for event in self.events]),
            ("end", [event.when.end for event in self.events]),
        ):
            # Second resolution reaches years 1-9999 (nanoseconds stop at 1677-2262).
            seconds = numpy.array(values, dtype="datetime64[s]")
            frame[column] = pandas.Series(seconds, index=frame.index)
        from .tables import FRAME_ATTRS, declarations

        frame.attrs[FRAME_ATTRS] = declarations(self)
        return frame


def _span_text(first: Event, last: Event) -> str:
    """'1910–1945 to 21 Jan 2022', or one date when one event is both ends."""
    if last is first:
        return describe(first.when)
    return f"{describe(first.when)} to {describe(last.when)}"
