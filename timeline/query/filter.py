"""Select events: by time, actor, country, kind, status and tag. Every command uses this.

A filter keeps an event when it matches every criterion given, and any of the values given
for one criterion. Time filters keep events whose interval overlaps the period, so a loose
date ("the first half of April") is kept by any period it could fall in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import QueryError
from ..model.dates import DateParseError, When, parse_user_date
from ..model.names import Names, id_named, name_hint, names_given
from ..model.timeline import KINDS, STATUSES, Event, Timeline

__all__ = ["Filter", "select"]


@dataclass(frozen=True)
class Filter:
    """What to keep; an empty criterion keeps everything, and each takes one name or several.

    ``since`` and ``until`` are dates as people type them ("2021-03", "16 March 2021"); the
    period runs from the first day of ``since`` to the last day of ``until``.
    """

    since: str | None = None
    until: str | None = None
    countries: Names = ()
    actors: Names = ()
    kinds: Names = ()
    statuses: Names = ()
    tags: Names = ()

    def __post_init__(self) -> None:
        # Each criterion is held as a tuple: a name given alone is one name, not its letters.
        for name in ("countries", "actors", "kinds", "statuses", "tags"):
            object.__setattr__(self, name, names_given(getattr(self, name)))


def select(timeline: Timeline, criteria: Filter) -> Timeline:
    """The timeline with only the events that match; QueryError if a criterion names nothing."""
    since = _period_bound(criteria.since, "since")
    until = _period_bound(criteria.until, "until")
    countries = _resolve(criteria.countries, _country_names(timeline), "country")
    actors = _resolve(criteria.actors, _actor_names(timeline), "actor")
    kinds = _resolve(criteria.kinds, {kind: kind for kind in KINDS}, "kind")
    statuses = _resolve(criteria.statuses, {status: status for status in STATUSES}, "status")
    tags = set(criteria.tags)
    first = since.sort_key()[0] if since else None
    last = until.sort_key()[1] if until else None

    def keep(event: Event) -> bool:
        start, end = event.when.sort_key()
        return (
            (first is None or end >= first)
            and (last is None or start <= last)
            and (not countries or not countries.isdisjoint(event.countries))
            and (not actors or not actors.isdisjoint(event.actors))
            and (not kinds or event.kind in kinds)
            and (not statuses or event.status in statuses)
            and (not tags or not tags.isdisjoint(event.tags))
        )

    if first and last and last < first:
        raise QueryError(f"--until {criteria.until} is before --since {criteria.since}")
    return timeline.with_events(event for event in timeline.events if keep(event))


def _period_bound(text: str | None, name: str) -> When | None:
    if text is None:
        return None
    try:
        return parse_user_date(text)
    except DateParseError as error:
        raise QueryError(f"--{name}: {error}") from None


def _country_names(timeline: Timeline) -> dict[str, str]:
    return {country.code: country.name for country in timeline.countries.values()}


def _actor_names(timeline: Timeline) -> dict[str, str]:
    return {actor.id: actor.name for actor in timeline.actors.values()}


def _resolve(values: Iterable[str], names: dict[str, str], noun: str) -> set[str]:
    """The ids that values name (see ``id_named``); QueryError for one that names nothing."""
    resolved = set()
    for value in values:
        match = id_named(value, names)
        if match is None:
            hint = name_hint(value, names)
            raise QueryError(f"no {noun} {value!r} in the timeline{hint}")
        resolved.add(match)
    return resolved
