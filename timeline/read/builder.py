"""Turn a structurally checked Document into a Timeline, checking what spans the file.

Dates must parse and be real days, ids must be unique, and every actor, country and source an
entry names must be defined. Every problem is collected before anything is raised, so one run
of ``timeline validate`` shows them all.
"""

from __future__ import annotations

from datetime import datetime, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

from ..errors import DataError, did_you_mean
from ..model.dates import DateParseError, When, parse_edtf
from ..model.timeline import Actor, Citation, Country, Event, Source, Timeline
from .document import Document, Offset, YamlList, YamlMap
from .format import ID_RULES, check_structure

__all__ = ["build", "date_text", "zone_problems"]


def build(document: Document) -> Timeline:
    """The Timeline of a parsed Document; raises DataError if the document has problems."""
    check_structure(document)
    timeline = _Builder(document).timeline()
    if document.problems:
        raise DataError(document.problems)
    return timeline


class _Builder:
    """Builds model objects from entries, reporting what refers to nothing or cannot be."""

    def __init__(self, document: Document):
        self.document = document
        data = document.data if isinstance(document.data, YamlMap) else YamlMap(0)
        self.data = data
        self.declared = {key: self._declared(key) for key in ("countries", "actors", "sources")}
        # Dates repeat in a large file (100,000 events over a few years); a When is immutable.
        self.dates: dict[str, When] = {}

    def timeline(self) -> Timeline:
        countries = {
            code: Country(code, entry["name"])
            for code, entry in self._table("countries")
            if _text(entry, "name")
        }
        self.country_order = {code: index for index, code in enumerate(countries)}
        actors = {}
        for actor_id, entry in self._table("actors"):
            country = self._reference(entry, "country", "countries", f"actor {actor_id!r}")
            if country in countries and _text(entry, "name") and _text(entry, "role"):
                actors[actor_id] = Actor(actor_id, entry["name"], country, entry["role"])
        sources = {}
        for source_id, entry in self._table("sources"):
            when = self._when(entry, "date", f"source {source_id!r}")
            if when and all(_text(entry, key) for key in ("file", "outlet")):
                sources[source_id] = Source(
                    source_id,
                    entry["file"],
                    entry["outlet"],
                    when,
                    headline=_optional(entry, "headline"),
                    url=_optional(entry, "url"),
                    note=_optional(entry, "note"),
                )
        self.countries, self.actors, self.sources = countries, actors, sources
        events = self._events()
        events.sort(key=lambda event: event.when.sort_key())
        title = self.data.get("title") if isinstance(self.data.get("title"), str) else None
        return Timeline(tuple(events), countries, actors, sources, title=title)

    def _declared(self, key: str) -> set[str]:
        """Every id the file declares under key, including entries that have problems."""
        table = self.data.get(key)
        return set(table) if isinstance(table, YamlMap) else set()

    def _table(self, key: str) -> list[tuple[str, YamlMap]]:
        table = self.data.get(key)
        if not isinstance(table, YamlMap):
            return []
        return [(name, entry) for name, entry in table.items() if isinstance(entry, YamlMap)]

    def _events(self) -> list[Event]:
        entries = self.data.get("events")
        if not isinstance(entries, YamlList):
            return []
        events: list[Event] = []
        first_line: dict[str, int] = {}
        for entry in entries:
            if not isinstance(entry, YamlMap):
                continue
            event_id = entry.get("id")
            line = self.document.line(entry.offset)
            duplicate = False
            if isinstance(event_id, str):
                duplicate = event_id in first_line
                if duplicate:
                    first = first_line[event_id]
                    message = f"duplicate event id {event_id!r} (first used at line {first})"
                    self._problem(entry.value_offsets["id"], message)
                else:
                    first_line[event_id] = line
            what = f"event {event_id!r}" if isinstance(event_id, str) else "event"
            event = self._event(entry, what, line)
            if event is not None and not duplicate:
                events.append(event)
        return events

    def _event(self, entry: YamlMap, what: str, line: int) -> Event | None:
        when = self._when(entry, "date", what)
        when = self._timezone(entry, when, what)
        actors = self._references(entry, "actors", "actors", what)
        named_countries = self._references(entry, "countries", "countries", what)
        citations = self._citations(entry, what)
        if not all(actor in self.actors for actor in actors) or not all(
            code in self.countries for code in named_countries
        ):
            return None  # an entry it names has problems of its own, reported there
        countries = {self.actors[actor].country for actor in actors} | set(named_countries)
        if not entry.get("actors") and not entry.get("countries"):
            self._problem(entry.offset, f"{what} has no 'actors' and no 'countries', so no lane")
        required = ("id", "title", "kind", "status")
        if when is None or not all(_text(entry, key) for key in required):
            return None
        return Event(
            id=entry["id"],
            title=entry["title"],
            when=when,
            kind=entry["kind"],
            status=entry["status"],
            actors=tuple(actors),
            countries=tuple(sorted(countries, key=self.country_order.__getitem__)),
            citations=tuple(citations),
            location=_optional(entry, "location"),
            note=_optional(entry, "note"),
            disagreement=_optional(entry, "disagreement"),
            tags=tuple(_strings(entry.get("tags"))),
            line=line,
        )

    def _when(self, entry: YamlMap, key: str, what: str) -> When | None:
        value = date_text(entry.get(key))
        if value is None:
            return None
        when = self.dates.get(value)
        if when is not None:
            return when
        try:
            when = self.dates[value] = parse_edtf(value)
            return when
        except DateParseError as error:
            self._problem(entry.value_offsets[key], f"{key!r} of {what}: {error}")
            return None

    def _timezone(self, entry: YamlMap, when: When | None, what: str) -> When | None:
        name = entry.get("timezone")
        if not isinstance(name, str) or when is None:
            return when
        problems = zone_problems(when, name, what)
        for key, message in problems:
            self._problem(entry.value_offsets[key], message)
        return when if problems else when.with_timezone(name)

    def _reference(self, entry: YamlMap, key: str, table: str, what: str) -> str | None:
        """The id in entry[key] if the file declares it under table; report it otherwise."""
        value = entry.get(key)
        if not isinstance(value, str) or not value:
            return None
        return self._resolve(value, entry.value_offsets[key], table, what)

    def _references(self, entry: YamlMap, key: str, table: str, what: str) -> list[str]:
        values = entry.get(key)
        if not isinstance(values, YamlList):
            return []
        found: list[str] = []
        for value, offset in zip(values, values.item_offsets, strict=True):
            if not isinstance(value, str):
                continue
            if value in found:
                self._problem(offset, f"{what} lists {_NOUNS[table]} {value!r} twice")
            elif self._resolve(value, offset, table, what):
                found.append(value)
        return found

    def _resolve(self, value: str, offset: Offset, table: str, what: str) -> str | None:
        if value in self.declared[table]:
            return value
        if not ID_RULES[table].matches(value):
            return None  # malformed: check_structure has reported it
        hint = did_you_mean(value, self.declared[table]) or f"; add it under '{table}:'"
        self._problem(offset, f"{what} names unknown {_NOUNS[table]} {value!r}{hint}")
        return None

    def _citations(self, entry: YamlMap, what: str) -> list[Citation]:
        items = entry.get("sources")
        if not isinstance(items, YamlList):
            return []
        citations = []
        for item in items:
            if not isinstance(item, YamlMap):
                continue
            source = self._reference(item, "source", "sources", what)
            if source in self.sources and _text(item, "quote"):
                citations.append(Citation(source, item["quote"]))
        return citations

    def _problem(self, offset: Offset | None, message: str) -> None:
        self.document.problem(offset, message)


_NOUNS = {"countries": "country", "actors": "actor", "sources": "source"}


def _strings(values: object) -> list[str]:
    return (
        [value for value in values if isinstance(value, str)]
        if isinstance(values, YamlList)
        else []
    )


def date_text(value: object) -> str | None:
    """The EDTF text of a date's value: text as written, a bare year written as a number
    padded to four digits; None for anything else, or blank text (reported by the format)."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = f"{value:04d}"
    return value if isinstance(value, str) and value.strip() else None


def zone_problems(when: When, name: str, what: str) -> list[tuple[str, str]]:
    """What is wrong with placing when, the date of what, in the IANA time zone name: pairs
    of the key to report it at ('timezone' or 'date') and the message."""
    if not when.has_time:
        return [("timezone", f"'timezone' of {what} needs a time of day in 'date', e.g. T15:00")]
    try:
        zone = ZoneInfo(name)
    except (ValueError, KeyError, OSError):  # OSError: a folder of the database, "America"
        hint = did_you_mean(name, _time_zone_names())
        return [("timezone", f"'timezone' of {what}: unknown IANA time zone {name!r}{hint}")]
    return [
        ("date", f"'date' of {what}: {moment:%Y-%m-%d %H:%M} does not exist in {name} "
                 "(the clocks skip it)")
        for moment in {when.start, when.end}
        if isinstance(moment, datetime) and not _exists(moment, zone)
    ]  # fmt: skip


@lru_cache(maxsize=1)
def _time_zone_names() -> frozenset[str]:
    """Every IANA zone name, for hints; reading the database takes a while, so once."""
    return frozenset(available_timezones())


def _exists(moment: datetime, zone: ZoneInfo) -> bool:
    """False for a wall-clock time that a daylight-saving change skips in that zone.

    A time whose UTC falls outside years 1-9999 (9999-12-31T23:00 at UTC-12) cannot be
    checked, and no zone changes its clocks there.
    """
    try:
        utc = moment.replace(tzinfo=zone).astimezone(timezone.utc)
        return utc.astimezone(zone).replace(tzinfo=None) == moment
    except OverflowError:
        return True


def _text(entry: YamlMap, key: str) -> bool:
    value = entry.get(key)
    return isinstance(value, str) and bool(value.strip())


def _optional(entry: YamlMap, key: str) -> str | None:
    return entry[key] if _text(entry, key) else None
