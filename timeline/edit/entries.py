"""Values as people type them, checked against the file and made into event fields.

Dates are read the way people write them and stored as canonical EDTF; actors and countries
must exist (with a hint when they are misspelt); a missing id is made from the title and
date. Whatever is refused here raises EditError, which the command line reports as a usage
error: the file is fine, what was typed is not. Messages name the command line's options
(``--actor``), which the editing API's keywords mirror (``actors=``; ``--set`` and
``--unset`` are ``settings=`` and ``unset=``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import EditError, did_you_mean
from ..model.dates import DateParseError, When, parse_edtf, parse_user_date
from ..model.names import id_named, name_hint
from ..model.text import text_problem
from ..model.timeline import KINDS, STATUSES
from ..read.document import Document, YamlMap
from ..read.format import ACTOR_ID, COUNTRY_CODE, EVENT, EVENT_ID, TAG, Text
from .text import EVENT_KEYS, event_entries, event_ids, event_index

__all__ = [
    "LIST_KEYS",
    "NewActor",
    "Tables",
    "event_fields",
    "new_actor",
    "new_id",
    "parse_setting",
    "settings_changes",
    "typed_date",
    "typed_text",
]

LIST_KEYS = ("actors", "countries", "tags")
"""Event keys whose value is a list of ids, which --set takes comma-separated."""

_REQUIRED = {field.name for field in EVENT.fields if field.required}
_ID_RULES: dict[str, Text] = {"id": EVENT_ID, "actors": ACTOR_ID, "countries": COUNTRY_CODE,
                              "tags": TAG}  # fmt: skip


@dataclass
class Tables:
    """What the file defines, as read before the change: for checks and hints."""

    countries: dict[str, str]
    actors: dict[str, str]
    sources: list[str]
    events: list[str]

    @classmethod
    def of(cls, document: Document) -> Tables:
        data = document.data if isinstance(document.data, YamlMap) else YamlMap(0)

        def table(key: str) -> dict[str, str]:
            entries = data.get(key)
            if not isinstance(entries, YamlMap):
                return {}
            return {
                name: str(entry.get("name", "")) if isinstance(entry, YamlMap) else ""
                for name, entry in entries.items()
            }

        return cls(table("countries"), table("actors"), list(table("sources")),
                   event_ids(document))  # fmt: skip

    def country(self, typed: str, option: str = "--country") -> str:
        """The code of a country given by code or name, in any case."""
        code = id_named(typed, self.countries)
        if code is not None:
            return code
        hint = name_hint(typed, self.countries) or "; add it under 'countries:' first"
        raise EditError(f"{option}: no country {typed!r} in the file{hint}")

    def actor(self, typed: str, option: str = "--actor") -> str:
        """The id of an actor given by id or name, in any case."""
        actor_id = id_named(typed, self.actors)
        if actor_id is not None:
            return actor_id
        hint = name_hint(typed, self.actors)
        raise EditError(
            f"{option}: no actor {typed!r} in the file{hint} "
            "(to add a person, give --new-actor ID:NAME:COUNTRY:ROLE)"
        )

    def source(self, typed: str) -> str:
        if typed in self.sources:
            return typed
        hint = did_you_mean(typed, self.sources) or "; add the article under 'sources:' first"
        raise EditError(f"--source: no source {typed!r} in the file{hint}")


def typed_date(typed: str, end: str | None = None, option: str = "--date") -> str:
    """The canonical EDTF of a date typed the way people write it, or of a range to end."""
    start = _date(typed, option)
    if end is None:
        return start.text
    last = _date(end, "--end")
    text = f"{start.text}/{last.text}"
    if "[" in text or "/" in start.text or "/" in last.text:
        raise EditError("--end: give single dates for a range, e.g. 2021-03-17 and 2021-03-18")
    try:
        return parse_edtf(text).text
    except DateParseError as error:
        raise EditError(f"--end: {error}") from None


def _date(typed: str, option: str) -> When:
    try:
        return parse_user_date(typed)
    except DateParseError as error:
        raise EditError(f"{option}: {error}") from None


@dataclass(frozen=True)
class NewActor:
    """A person to add to the actors table: id, full name, country (code or name) and role."""

    id: str
    name: str
    country: str
    role: str

    @classmethod
    def parse(cls, typed: str) -> NewActor:
        """The actor typed as ``ID:NAME:COUNTRY:ROLE`` (the role may contain colons).

        >>> NewActor.parse("harris:Kamala Harris:US:Vice President").name
        'Kamala Harris'
        """
        parts = [part.strip() for part in typed.split(":", 3)]
        if len(parts) != 4 or not all(parts):
            raise EditError(
                f"--new-actor: {typed!r} is not ID:NAME:COUNTRY:ROLE, "
                "e.g. harris:Kamala Harris:US:Vice President"
            )
        return cls(*parts)


def new_actor(actor: NewActor | str, tables: Tables) -> tuple[str, dict[str, str]]:
    """The id and table entry of a new actor, checked against tables (typed: see NewActor)."""
    if isinstance(actor, str):
        actor = NewActor.parse(actor)
    _check_id(actor.id, ACTOR_ID, "--new-actor: actor id")
    for text in (actor.name, actor.role):
        typed_text(text, "--new-actor")
    if actor.id in tables.actors:
        raise EditError(f"--new-actor: the file already has an actor {actor.id!r}")
    country = tables.country(actor.country, "--new-actor")
    return actor.id, {"name": actor.name, "country": country, "role": actor.role}


def new_id(title: str, date: str, taken: Iterable[str]) -> str:
    """An event id from the title's first words and the date, unique among taken.

    >>> new_id("US–Japan 2+2 talks", "2021-03-16", ["us-japan-2-2-talks-2021-03-16"])
    'us-japan-2-2-talks-2021-03-16-2'
    >>> new_id("Réunion à Séoul", "2021-03", [])
    'reunion-a-seoul-2021-03'
    >>> new_id("Suga visits Washington", "[2021-04-01..2021-04-10]", [])
    'suga-visits-washington-2021-04'
    """
    letters = "".join(  # accents dropped (é -> e), other signs (–, ’) split words
        char if char.isascii() else "" if unicodedata.combining(char) else " "
        for char in unicodedata.normalize("NFKD", title)
    )
    words = re.findall(r"[a-z0-9]+", letters.lower())[:5] or ["event"]
    when = parse_edtf(date)
    digits = {"day": 10, "time": 10, "month": 7}.get(when.precision, 4)
    if when.precision in ("window", "range") and when.start.year == when.end.year:
        digits = 7 if when.start.month == when.end.month else 4
    base = "-".join([*words, when.start.isoformat()[:digits]])
    taken = set(taken)
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def event_fields(
    tables: Tables,
    *,
    title: str,
    date: str,
    kind: str,
    status: str,
    actors: Sequence[str] = (),
    countries: Sequence[str] = (),
    location: str | None = None,
    citations: Sequence[tuple[str, str]] = (),
    event_id: str | None = None,
) -> dict[str, Any]:
    """The fields of a new event, in the format's key order, checked against tables.

    date must already be canonical EDTF (see ``typed_date``); actors may include those
    about to be added with --new-actor (they are in tables.actors by then).
    """
    if not title.strip():
        raise EditError("--title: the title is empty")
    typed_text(title, "--title")
    typed_text(location or "", "--location")
    for _, quote in citations:
        typed_text(quote, "--quote")
    if not actors and not countries:
        raise EditError("give at least one --actor or --country: an event needs a lane")
    fields: dict[str, Any] = {
        "id": event_id or new_id(title, date, tables.events),
        "title": title.strip(),
        "date": date,
        "kind": _choice(kind, KINDS, "--kind"),
        "status": _choice(status, STATUSES, "--status"),
    }
    if event_id is not None:
        _check_id(event_id, EVENT_ID, "--id")
        if event_id in tables.events:
            raise EditError(f"--id: the file already has an event {event_id!r}")
    if location:
        fields["location"] = location
    if actors:
        fields["actors"] = _unique([tables.actor(actor) for actor in actors], "--actor")
    if countries:
        fields["countries"] = _unique([tables.country(code) for code in countries], "--country")
    if citations:
        fields["sources"] = [
            {"source": tables.source(source), "quote": quote} for source, quote in citations
        ]
    return fields


def parse_setting(typed: str) -> tuple[str, str, str]:
    """KEY=VALUE, KEY+=VALUE or KEY-=VALUE as (key, operator, value)."""
    match = re.fullmatch(r"\s*([A-Za-z_]+)\s*([+-]?=)(.*)", typed, re.S)
    if match is None:
        raise EditError(f"--set: {typed!r} is not KEY=VALUE, e.g. --set status=held")
    key, operator, value = match.groups()
    if key not in EVENT_KEYS:
        hint = did_you_mean(key, EVENT_KEYS) or f"; the keys are {', '.join(EVENT_KEYS)}"
        raise EditError(f"--set: an event has no key {key!r}{hint}")
    if key == "sources":
        raise EditError("--set: citations are edited in the file itself, not with --set")
    if operator != "=" and key not in LIST_KEYS:
        raise EditError(f"--set: {operator} works on lists ({', '.join(LIST_KEYS)}), not {key!r}")
    return key, operator, value.strip()


def settings_changes(
    document: Document, event_id: str, settings: Sequence[str], unsets: Sequence[str]
) -> dict[str, Any]:
    """The new values (None: remove the key) that --set and --unset ask of an event."""
    tables = Tables.of(document)
    event = event_entries(document)[event_index(document, event_id)]
    changes: dict[str, Any] = {}
    for key in unsets:
        if key not in EVENT_KEYS:
            raise EditError(f"--unset: an event has no key {key!r}{did_you_mean(key, EVENT_KEYS)}")
        if key in _REQUIRED:
            raise EditError(f"--unset: {key!r} is required; give it a new value with --set")
        changes[key] = None
    for typed in settings:
        key, operator, value = parse_setting(typed)
        if key in changes and changes[key] is None:
            raise EditError(f"--set and --unset both name {key!r}")
        if key in LIST_KEYS:
            current = changes.get(key, _strings(event.get(key)))
            changes[key] = _list_change(tables, key, operator, value, current)
        else:
            changes[key] = _value(tables, key, value, event_id)
    return changes


def _value(tables: Tables, key: str, value: str, event_id: str) -> str:
    if not value:
        raise EditError(f"--set: {key}= is empty; to remove the key, give --unset {key}")
    typed_text(value, f"--set {key}")
    if key == "date":
        return typed_date(value, option="--set date")
    if key == "kind":
        return _choice(value, KINDS, "--set kind")
    if key == "status":
        return _choice(value, STATUSES, "--set status")
    if key == "id":
        _check_id(value, EVENT_ID, "--set id")
        if value != event_id and value in tables.events:
            raise EditError(f"--set id: the file already has an event {value!r}")
    return value


def _list_change(
    tables: Tables, key: str, operator: str, value: str, current: list[str]
) -> list[str] | None:
    typed = [item for item in re.split(r"[,\s]+", value) if item]
    resolve = {"actors": tables.actor, "countries": tables.country}.get(key)
    items = []
    for item in typed:
        if resolve is not None:
            items.append(resolve(item, f"--set {key}"))
        else:
            _check_id(item, _ID_RULES[key], f"--set {key}: item")
            items.append(item)
    if operator == "+=":
        return current + [item for item in _unique(items, f"--set {key}") if item not in current]
    if operator == "-=":
        missing = [item for item in items if item not in current]
        if missing:
            raise EditError(f"--set {key}-=: the event has no {missing[0]!r} in {key!r}")
        items = [item for item in current if item not in items]
    return _unique(items, f"--set {key}") or None


def typed_text(value: str, option: str) -> None:
    """Refuse typed text the file may not hold (a control character, too many characters)."""
    problem = text_problem(value)
    if problem is not None:
        raise EditError(f"{option}: {problem}")


def _choice(value: str, choices: Sequence[str], option: str) -> str:
    if value in choices:
        return value
    hint = did_you_mean(value, choices) or f"; use one of {', '.join(choices)}"
    raise EditError(f"{option}: {value!r} is not a known value{hint}")


def _check_id(value: str, rule: Text, what: str) -> None:
    if not rule.matches(value):
        raise EditError(f"{what} {value!r} must be {rule.rule}")


def _unique(items: list[str], option: str) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item in seen:
            raise EditError(f"{option}: {item!r} is given twice")
        seen.append(item)
    return seen


def _strings(value: object) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []
