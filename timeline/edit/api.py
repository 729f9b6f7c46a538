"""Changing an events file from Python: add, edit and remove events, and format the file.

Each function takes the file's lock, reads the file, changes its text (every byte the change
does not touch stays as it was), checks the whole result and writes it atomically, or with
``dry_run`` writes nothing; it returns the ``Change``. Two errors, and either leaves the file
byte for byte as it was:

- ``EditError``: what was asked cannot be done (an unknown id, key or actor, a date that
  does not parse); the command line reports it as a usage error, exit 2;
- ``DataError``: the file, or the file as the change would leave it, is not valid; exit 1.

The ``timeline add``, ``edit``, ``remove`` and ``fmt`` commands call these functions.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ..errors import EditError
from ..model.names import Names, names_given
from ..read.document import Document, parse_document, read_document
from .entries import NewActor, Tables, event_fields, new_actor, settings_changes, typed_date
from .fmt import format_text
from .text import (
    event_index,
    text_with_actor,
    text_with_changes,
    text_with_event,
    text_without_event,
)  # fmt: skip
from .update import Change, update

__all__ = [
    "add_event",
    "edit_event",
    "format_file",
    "read_tables",
    "remove_event",
    "typed_date",
]


def add_event(
    path: str | os.PathLike[str],
    *,
    title: str,
    date: str,
    end: str | None = None,
    actors: Names = (),
    countries: Names = (),
    kind: str = "other",
    status: str = "held",
    location: str | None = None,
    citations: Sequence[tuple[str, str]] = (),
    event_id: str | None = None,
    new_actors: NewActor | str | Sequence[NewActor | str] = (),
    dry_run: bool = False,
) -> Change:
    """Append one event to the file, in the file's own layout; ``Change.event_id`` is its id.

    ``date``, and ``end`` for the last day of an event lasting several days, may be EDTF or
    written as people write them ("16 March 2021", "early April 2021"); they are stored as
    EDTF. ``actors`` and ``countries`` are ids or names in any case (an event needs one of
    them for its lane); ``new_actors`` adds people to the actors table first, each a
    ``NewActor`` or ``"ID:NAME:COUNTRY:ROLE"``. ``citations`` are (source id, quote) pairs.
    The id is made from the title and date unless ``event_id`` gives it.

    >>> from timeline.edit import add_event
    >>> change = add_event("events.yaml", title="Blinken meets Chung", date="17 March 2021",
    ...                    actors=["blinken", "Chung Eui-yong"], kind="meeting")  # doctest: +SKIP
    >>> change.event_id                                                       # doctest: +SKIP
    'blinken-meets-chung-2021-03-17'
    """
    actors, countries = names_given(actors), names_given(countries)
    new_actors = (new_actors,) if isinstance(new_actors, (str, NewActor)) else tuple(new_actors)
    added: list[dict[str, Any]] = []
    people: dict[str, dict[str, str]] = {}

    def change(document: Document) -> str:
        tables = Tables.of(document)
        for actor in new_actors:
            actor_id, entry = new_actor(actor, tables)
            document = parse_document(text_with_actor(document, actor_id, entry), document.file)
            tables.actors[actor_id] = entry["name"]
            people[actor_id] = entry
        fields = event_fields(
            tables, title=title, date=typed_date(date, end), kind=kind, status=status,
            actors=actors, countries=countries, location=location, citations=citations,
            event_id=event_id,
        )  # fmt: skip
        added.append(fields)
        return text_with_event(document, fields)

    def intended(data: dict[str, Any]) -> dict[str, Any]:
        if people:
            data["actors"] = {**(data.get("actors") or {}), **people}
        data["events"].append(added[-1])
        return data

    result = update(path, change, dry_run=dry_run, intended=intended)
    return replace(result, event_id=added[-1]["id"])


def edit_event(
    path: str | os.PathLike[str],
    event_id: str,
    *,
    settings: Names = (),
    unset: Names = (),
    dry_run: bool = False,
) -> Change:
    """Change keys of one event; the rest of the file, comments included, stays as it is.

    Each setting is ``"KEY=VALUE"`` (a date as people write it, a list comma-separated),
    ``"KEY+=V"`` or ``"KEY-=V"`` (add to or take from a list); ``unset`` names optional
    keys to remove. Citations (``sources``) are edited in the file itself.

    >>> from timeline.edit import edit_event
    >>> edit_event("events.yaml", "alaska-talks", settings=["status=held", "actors+=austin"],
    ...            unset=["disagreement"])                                 # doctest: +SKIP
    """
    settings, unset = names_given(settings), names_given(unset)
    if not settings and not unset:
        raise EditError("nothing to change: give --set KEY=VALUE or --unset KEY")
    changed: list[tuple[int, dict[str, Any]]] = []

    def change(document: Document) -> str:
        changes = settings_changes(document, event_id, settings, unset)
        changed.append((event_index(document, event_id), changes))
        return text_with_changes(document, event_id, changes)

    def intended(data: dict[str, Any]) -> dict[str, Any]:
        index, changes = changed[-1]
        event = data["events"][index]
        for key, value in changes.items():
            if value is None:
                event.pop(key, None)
            else:
                event[key] = value
        return data

    result = update(path, change, dry_run=dry_run, intended=intended)
    return replace(result, event_id=changed[-1][1].get("id") or event_id)


def remove_event(path: str | os.PathLike[str], event_id: str, *, dry_run: bool = False) -> Change:
    """Remove one event, with the blank line that set it apart.

    >>> from timeline.edit import remove_event
    >>> remove_event("events.yaml", "tokyo-2plus2", dry_run=True).diff()    # doctest: +SKIP
    """
    removed: list[int] = []

    def change(document: Document) -> str:
        removed.append(event_index(document, event_id))
        return text_without_event(document, event_id)

    def intended(data: dict[str, Any]) -> dict[str, Any]:
        del data["events"][removed[-1]]
        return data

    result = update(path, change, dry_run=dry_run, intended=intended)
    return replace(result, event_id=event_id)


def format_file(path: str | os.PathLike[str], *, check: bool = False) -> Change:
    """Normalise the file's layout, keeping every comment; with ``check``, write nothing.

    Keys of events and citations go in the format's order, trailing spaces and runs of blank
    lines go; the events keep their order. The file is formatted when the result's ``after``
    equals its ``before``.

    >>> from timeline.edit import format_file
    >>> format_file("events.yaml", check=True).diff()  # '' when formatted  # doctest: +SKIP
    """
    return update(path, format_text, dry_run=check, intended=lambda data: data)


def read_tables(path: str | os.PathLike[str]) -> Tables:
    """What the file defines (countries, actors, sources, event ids), to check typed names.

    Raises DataError when the file cannot be read as YAML.
    """
    return Tables.of(read_document(path))
