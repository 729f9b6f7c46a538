"""Which lanes a figure has, in what order, and which lanes each event runs through.

A lane is a country (``country`` mode), a person (``actor`` mode), or a person under a
country heading (``country/actor`` mode). Lanes follow the order the events file declares its
countries and actors in, and a lane with no event is left out. An event with a country but
no named person of that country (a statement by a foreign ministry) goes in that country's
own lane in the person modes, so every participant has a place.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model.timeline import Event, Timeline
from .frame import MARGIN, Frame
from .measure import Measure
from .options import LANE_MODES
from .wrapping import wrap

WHOLE_COUNTRY = "(country)"
NAME_SHARE = 0.22  # the lane names take at most this share of the width
NAME_GAP = 10.0  # between the names and the plot
NESTED_INDENT = 8.0  # people's names stand this far right of their country's heading


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


def _keys(event: Event, timeline: Timeline, mode: str) -> set[str]:
    if mode == "country":
        return set(event.countries)
    keys = set(event.actors)
    represented = {timeline.actors[actor].country for actor in event.actors}
    keys.update(f"{code}:" for code in event.countries if code not in represented)
    return keys


@dataclass(frozen=True)
class LanePlan:
    """The lanes top to bottom, each one's name in lines, and where the plot starts."""

    specs: tuple[LaneSpec, ...]
    names: tuple[tuple[str, ...], ...]
    event_lanes: dict[str, tuple[int, ...]]  # event id -> its lanes' indices
    nested: bool  # people under their country's heading
    plot_x0: float

    @property
    def event_lane_count(self) -> int:
        """How many lanes hold events (headings do not), at least one."""
        return max(1, sum(not lane.is_header for lane in self.specs))

    @property
    def header_count(self) -> int:
        return sum(lane.is_header for lane in self.specs)


def lanes_of(timeline: Timeline, mode: str, frame: Frame, measure: Measure) -> LanePlan:
    """The lanes of ``timeline`` in ``mode``, with their names wrapped to the name column."""
    specs, event_lanes = assign_lanes(timeline, mode)
    nested = mode == "country/actor"
    size = frame.sizes.lane
    limit = NAME_SHARE * frame.width
    names = tuple(
        tuple(wrap(lane.name, size, limit - (NESTED_INDENT if nested and not lane.is_header
                                             else 0), measure))
        for lane in specs
    )  # fmt: skip
    widest = max((measure(line, size)[0] for lines in names for line in lines), default=0)
    plot_x0 = MARGIN + min(widest, limit) + NAME_GAP
    return LanePlan(tuple(specs), names, event_lanes, nested, plot_x0)
