"""Which lanes a figure has, in what order, and which lanes each event runs through.

A lane is a country (``country`` mode), a person (``actor`` mode), or a person under a
country heading (``country/actor`` mode). Lanes follow the order the events file declares its
countries and actors in, and a lane with no event is left out. An event with a country but
no named person of that country (a statement by a foreign ministry) goes in that country's
own lane in the person modes, so every participant has a place.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model.timeline import Timeline

LANE_MODES = ("country", "actor", "country/actor")
WHOLE_COUNTRY = "(country)"


@dataclass(frozen=True)
class LaneSpec:
    key: str  # "JP" for a country, "blinken" for an actor, "JP:" for a country's own lane
    name: str
    country: str  # the country code the lane belongs to
    is_header: bool = False


def assign_lanes(
    timeline: Timeline, mode: str
) -> tuple[list[LaneSpec], dict[str, tuple[int, ...]]]:
    """The lanes to draw, top to bottom, and each event's lane indices (ascending).

    Header lanes (country headings in ``country/actor`` mode) carry no events.
    """
    if mode not in LANE_MODES:
        raise ValueError(f"unknown lane mode {mode!r}; choose from {', '.join(LANE_MODES)}")
    event_keys = {event.id: _keys(event, timeline, mode) for event in timeline.events}
    used = {key for keys in event_keys.values() for key in keys}
    lanes: list[LaneSpec] = []
    for code, country in timeline.countries.items():
        if mode == "country":
            if code in used:
                lanes.append(LaneSpec(code, country.name, code))
            continue
        members = [
            LaneSpec(actor.id, actor.name, code)
            for actor in timeline.actors.values()
            if actor.country == code and actor.id in used
        ]
        if f"{code}:" in used:
            own_name = WHOLE_COUNTRY if mode == "country/actor" else country.name
            members.append(LaneSpec(f"{code}:", own_name, code))
        if members and mode == "country/actor":
            lanes.append(LaneSpec(f"{code}#", country.name, code, is_header=True))
        lanes.extend(members)
    index = {lane.key: position for position, lane in enumerate(lanes)}
    return lanes, {
        event_id: tuple(sorted(index[key] for key in keys)) for event_id, keys in event_keys.items()
    }


def _keys(event, timeline: Timeline, mode: str) -> set[str]:  # type: ignore[no-untyped-def]
    if mode == "country":
        return set(event.countries)
    keys = set(event.actors)
    represented = {timeline.actors[actor].country for actor in event.actors}
    keys.update(f"{code}:" for code in event.countries if code not in represented)
    return keys
