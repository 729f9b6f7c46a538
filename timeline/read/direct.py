"""Build a Timeline straight from the lines of a large events file in the plain block style.

The events are read line by line into the model, with no located intermediate (``Document``)
and no second walk to check their shape: the keys an event may have, its required fields,
choices and references are checked as its values are read, and values that repeat (dates,
kinds, lanes, sources) are read once. The definitions before ``events:`` are few and go
through the full reader and checks (``fast``, ``format``, ``builder``).

It only accepts what it is sure the full path accepts and builds alike: at anything unusual
or wrong (a key out of place, a multi-line value, a date that does not parse, an unknown
lane, a duplicate id...) it gives up, and the full path reads the file and reports every
problem at its line and column.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..errors import DataError
from ..model.assembled import assembled
from ..model.dates import DateParseError, When, parse_edtf
from ..model.timeline import KINDS, STATUSES, Citation, Event, Timeline
from . import document
from .builder import build, date_text, zone_problems
from .document import YamlList, YamlMap
from .fast import Unsure, flow_items, only_plain_characters, parse, scalar
from .format import CITATION, EVENT, EVENT_ID, TAG

__all__ = ["plain_timeline"]

_EVENTS = re.compile(r"^events: *\n", re.MULTILINE)
_HEAD = re.compile(r"( *)(- +)?([a-z]+)")
"""The part of a line before ': ' when it holds a key (after a dash, for a list item)."""

_REQUIRED = frozenset(field.name for field in EVENT.fields if field.required)
_LISTS = frozenset(("actors", "countries", "sources", "tags"))
"""The event keys whose value may be a block list, on the lines after the key."""

# What a line holding ': ' is: an event's first or next key, a citation's first or next key
# (told by indentation and a dash), or a comment.
_START, _FIELD, _ITEM_KEY, _NESTED_KEY, _COMMENT = range(5)


def plain_timeline(text: str, file: str) -> Timeline | None:
    """The Timeline in the events file text, or None when the file is not one this reader
    is sure of; then the full path reads it (and reports any problem)."""
    # Windows line ends: the same lines, numbered alike, as no value here spans two.
    text = text.replace("\r\n", "\n") if "\r" in text else text
    if not only_plain_characters(text):
        return None
    found = _EVENTS.search(text)
    if found is None:
        return None
    try:
        tables = _tables(text[: found.start()], file, found.start())
        first_line = text.count("\n", 0, found.end()) + 1
        entries = _entries(text[found.end() :].split("\n"), first_line)
        events = _Events(tables).read(entries)
    except (Unsure, DataError):
        return None
    return Timeline(tuple(events), tables.countries, tables.actors, tables.sources, tables.title)


def _tables(header: str, file: str, events_at: int) -> Timeline:
    """The countries, actors, sources and title before ``events:``, read and checked by the
    full path as a file with no events; raises DataError if they have problems."""
    definitions = parse(header, file)
    data = definitions.data
    if not isinstance(data, YamlMap) or "events" in data:
        raise Unsure  # not a mapping, or a second 'events' key: the full path reports it
    data["events"] = YamlList(events_at)
    data.key_offsets["events"] = data.value_offsets["events"] = events_at
    return build(definitions)


def _entries(lines: list[str], first_line: int) -> Iterator[tuple[dict[str, Any], int]]:
    """Each event's values as written (the text after 'key: ', or a list of those for a
    block list), with the line it starts on, once its last line is read; raises Unsure at
    any line out of the plain block style or any key the format does not have there."""
    start = next((line for line in lines if line.strip(" ") and line.lstrip(" ")[0] != "#"), "")
    opening = _HEAD.match(start)
    if opening is None or not opening[2]:
        raise Unsure
    item_at, field_at = len(opening[1]), len(opening[1]) + len(opening[2])
    fields: dict[str, str] = {}  # the heads of lines holding an event's key, and the key
    kinds: dict[str, tuple[int, str, int, int]] = {}  # what each other head is
    event: dict[str, Any] = {}
    event_line = 0
    block: list[Any] | None = None  # the block list being read, under block_key
    block_key, items_at = "", -1
    citation: dict[str, str] | None = None  # the citation being read, keys at citation_at
    citation_at = -1
    for number, line in enumerate(lines, first_line):
        head, colon, value = line.partition(": ")
        key = fields.get(head)
        if key is not None and colon:  # most lines: the next key of the event
            if key in event:
                raise Unsure
            event[key] = value
            block = citation = None
            continue
        if colon:
            kind = kinds.get(head)
            if kind is None:
                kind = kinds[head] = _line_kind(head, item_at, field_at)
            code, key, indent, key_at = kind
            if code == _FIELD:
                fields[head] = key
                if key in event:
                    raise Unsure
                event[key] = value
                block = citation = None
            elif code == _START:
                if event:
                    yield event, event_line
                event, event_line = {key: value}, number
                block = citation = None
            elif code == _NESTED_KEY:
                if citation is None or key_at != citation_at or key in citation:
                    raise Unsure
                citation[key] = value
            elif code == _ITEM_KEY:  # a citation, an item of the list under 'sources'
                if block is None or block_key != "sources":
                    raise Unsure
                if items_at < 0:
                    items_at = indent
                if indent != items_at:
                    raise Unsure
                citation, citation_at = {key: value}, key_at
                block.append(citation)
            continue
        content = line.lstrip(" ")
        if not content or content[0] == "#":
            continue  # a blank line or a comment
        indent = len(line) - len(content)
        if content[-1] == ":" and indent == field_at and content[:-1] in _LISTS:
            block_key = content[:-1]
            if block_key in event:
                raise Unsure
            event[block_key] = block = []
            items_at, citation = -1, None
        elif content[:2] == "- " and block is not None and block_key != "sources":
            if items_at < 0 and indent >= field_at:
                items_at = indent
            if indent != items_at:
                raise Unsure
            block.append(content[2:].lstrip(" "))
        else:
            raise Unsure
    if event:
        yield event, event_line


def _line_kind(head: str, item_at: int, field_at: int) -> tuple[int, str, int, int]:
    """What a line whose text before ': ' is head holds: (code, key, indentation, column
    of the key); raises Unsure for anything but a key of an event or a citation there."""
    if head.lstrip(" ")[:1] == "#":
        return _COMMENT, "", 0, 0
    found = _HEAD.fullmatch(head)
    if found is None:
        raise Unsure
    spaces, dash, key = found.groups()
    indent, key_at = len(spaces), len(spaces) + len(dash or "")
    if dash and indent == item_at and key_at == field_at and key in EVENT.names:
        return _START, key, indent, key_at
    if not dash and indent == field_at and key in EVENT.names:
        return _FIELD, key, indent, key_at
    if indent > field_at and key in CITATION.names:
        return (_ITEM_KEY if dash else _NESTED_KEY), key, indent, key_at
    if dash and indent == field_at and key in CITATION.names:
        return _ITEM_KEY, key, indent, key_at  # a list at its key's indentation
    raise Unsure


class _Events:
    """Events from their values as written, checked as ``check_structure`` and ``build``
    check them; a value that repeats (a date, a kind, the lanes, a source) is read once."""

    def __init__(self, tables: Timeline):
        self.countries, self.actors, self.sources = tables.countries, tables.actors, tables.sources
        self.order = {code: index for index, code in enumerate(tables.countries)}
        self.dates: dict[tuple[str, str | None], When] = {}
        self.kinds: dict[str, str] = {}
        self.statuses: dict[str, str] = {}
        self.lanes: dict[tuple[Any, Any], tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self.lists: dict[Any, tuple[Any, ...]] = {}
        self.cited: dict[str, str] = {}

    def read(self, entries: Iterable[tuple[dict[str, Any], int]]) -> list[Event]:
        """The events in date order; raises Unsure at the first problem."""
        # Each event is made once its lines are read, so their values as written go soon.
        events = [self._event(values, line) for values, line in entries]
        if len(events) > document.MAX_EVENTS:
            raise Unsure
        if len({event.id for event in events}) != len(events):
            raise Unsure  # a duplicate id
        events.sort(key=_date_order)
        return events

    def _event(self, values: dict[str, Any], line: int) -> Event:
        # Values read before are looked up here; a call reads each one met for the first time.
        if not _REQUIRED <= values.keys():
            raise Unsure
        get = values.get
        date, zone, kind, status = values["date"], get("timezone"), values["kind"], values["status"]
        actors, countries, tags = get("actors"), get("countries"), get("tags")
        sources = get("sources")
        location, note, disagreement = get("location"), get("note"), get("disagreement")
        lanes = (_hashable(actors), _hashable(countries))
        people, involved = self.lanes.get(lanes) or self._lanes(lanes, actors, countries)
        return assembled(
            Event,
            {
                "id": _text(values["id"], _EVENT_ID),
                "title": _text(values["title"]),
                "when": self.dates.get((date, zone)) or self._when(date, zone),
                "kind": self.kinds.get(kind) or _choice(self.kinds, KINDS, kind),
                "status": self.statuses.get(status) or _choice(self.statuses, STATUSES, status),
                "actors": people,
                "countries": involved,
                "citations": () if sources is None else self._citations(sources),
                "location": None if location is None else _text(location),
                "note": None if note is None else _text(note),
                "disagreement": None if disagreement is None else _text(disagreement),
                "tags": () if tags is None else self._tags(tags),
                "line": line,
            },
        )

    def _when(self, date: str, zone: str | None) -> When:
        text = date_text(scalar(date))
        if text is None:
            raise Unsure
        try:
            when = parse_edtf(text)
        except DateParseError:
            raise Unsure from None
        if zone is not None:
            name = _text(zone)
            if zone_problems(when, name, "event"):
                raise Unsure
            when = when.with_timezone(name)
        self.dates[date, zone] = when
        return when

    def _lanes(
        self, key: tuple[Any, Any], actors: Any, countries: Any
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The event's actors and its countries in lane order, theirs and those it names."""
        people = _ids(self._items(actors), self.actors)
        named = _ids(self._items(countries), self.countries)
        if not people and not named:
            raise Unsure  # an event in no lane
        involved = {self.actors[actor].country for actor in people}.union(named)
        lanes = self.lanes[key] = (people, tuple(sorted(involved, key=self.order.__getitem__)))
        return lanes

    def _citations(self, written: Any) -> tuple[Citation, ...]:
        if type(written) is str and not self._items(written):
            return ()  # none, or an empty flow list
        if type(written) is not list or not written:
            raise Unsure  # a flow list of citations, or an empty value
        cited = self.cited
        citations = []
        for item in written:
            if len(item) != len(CITATION.fields):
                raise Unsure  # a key missing
            written_source = item["source"]
            source = cited.get(written_source)
            if source is None:
                source = cited[written_source] = scalar(written_source)
                if source not in self.sources:
                    raise Unsure
            quote = _text(item["quote"])
            # Two fields: __init__ is as fast as assembled, and keeps its attributes compact.
            citations.append(Citation(source, quote))
        return tuple(citations)

    def _tags(self, written: Any) -> tuple[str, ...]:
        tags = self._items(written)
        if not all(type(tag) is str and _TAG(tag) for tag in tags):
            raise Unsure
        return tags

    def _items(self, written: Any) -> tuple[Any, ...]:
        """The values of a list written on one line ([a, b]) or as a block ('- a' lines);
        raises Unsure for anything else, or a block with no items (an empty value)."""
        if written is None:
            return ()
        key = _hashable(written)
        items = self.lists.get(key)
        if items is None:
            if type(written) is list:
                if not written:
                    raise Unsure
                items = tuple(scalar(item) if type(item) is str else item for item in written)
            elif written[:1] == "[":
                items = tuple(value for value, _ in flow_items(written))
            else:
                raise Unsure
            self.lists[key] = items
        return items


def _choice(known: dict[str, str], choices: tuple[str, ...], written: str) -> str:
    value = scalar(written)
    if value not in choices:
        raise Unsure
    known[written] = value
    return value


def _date_order(event: Event) -> tuple[Any, ...]:
    return event.when.sort_key()


def _ids(ids: tuple[Any, ...], table: Any) -> tuple[str, ...]:
    """The ids of a list of references to table, each defined there and listed once."""
    defined = all(type(value) is str and value in table for value in ids)
    if not defined or len(set(ids)) != len(ids):
        raise Unsure
    return ids


def _hashable(written: Any) -> Any:
    return tuple(written) if type(written) is list else written


_EVENT_ID = re.compile(EVENT_ID.pattern or "").fullmatch
_TAG = re.compile(TAG.pattern or "").fullmatch


def _text(written: str, rule: Callable[[str], object] | None = None) -> str:
    """The non-empty text written, all of it following rule if given."""
    value = scalar(written)
    if type(value) is not str or not value or value.isspace():
        raise Unsure
    if rule is not None and not rule(value):
        raise Unsure
    return value
