"""Which lanes a figure has, in what order, and which lanes each event runs through.

A lane is a country (``country`` mode), a person (``actor`` mode), or a person under a
country heading (``country/actor`` mode). Lanes follow the order the events file declares its
countries and actors in, and a lane with no event is left out. An event with a country but
no named person of that country (a statement by a foreign ministry) goes in that country's
own lane in the person modes, so every participant has a place.

Two cases make lanes that tell the reader nothing, and both are left out with a note:
a lane that every event joins while each event has another lane too (every trip of one
traveller: its connectors would cover the figure like a barcode), and, when the lanes do
not fit the height limit even at one row each, the lanes with the fewest events, which are
merged into one lane at the bottom ("12 other countries").
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from ..model.timeline import Event, Timeline
from .frame import MARGIN, Frame
from .measure import Measure
from .options import LANE_MODES
from .wrapping import wrap

WHOLE_COUNTRY = "(country)"
REST = "~rest"  # the key of the lane the lanes left out are merged into
NAME_SHARE = 0.22  # the lane names take at most this share of the width
NAME_GAP = 10.0  # between the names and the plot
NESTED_INDENT = 8.0  # people's names stand this far right of their country's heading
HEADING_SCALE = 1.07  # a country heading's type, against a lane name's


@dataclass(frozen=True)
class LaneSpec:
    key: str  # "JP" for a country, "blinken" for an actor, "JP:" for a country's own lane
    name: str
    country: str  # the country code the lane belongs to
    is_header: bool = False


Assignment = tuple[list[LaneSpec], dict[str, tuple[int, ...]]]


def assign_lanes(
    timeline: Timeline, mode: str
) -> tuple[list[LaneSpec], dict[str, tuple[int, ...]]]:
    """The lanes to draw, top to bottom, and each event's lane indices (ascending).

    Header lanes (country headings in ``country/actor`` mode) carry no events.
    """
    if mode not in LANE_MODES:
        raise ValueError(f"unknown lane mode {mode!r}; choose from {', '.join(LANE_MODES)}")
    # A figure asks for the same timeline's lanes several times (each fitting pass, its
    # description); the last answer is kept, without keeping the timeline alive for it.
    global _last
    if _last is not None and _last[0]() is timeline and _last[1] == mode:
        specs, event_lanes = _last[2]
    else:
        specs, event_lanes = _assigned(timeline, mode)
        _last = (weakref.ref(timeline), mode, (specs, event_lanes))
    return list(specs), dict(event_lanes)


_last: tuple[weakref.ref[Timeline], str, Assignment] | None = None


def _assigned(timeline: Timeline, mode: str) -> Assignment:
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
    numbered: dict[frozenset[str], tuple[int, ...]] = {}  # events share their sets of lanes
    event_lanes = {}
    for event_id, keys in event_keys.items():
        lanes_of = numbered.get(keys)
        if lanes_of is None:
            lanes_of = numbered[keys] = tuple(sorted(index[key] for key in keys))
        event_lanes[event_id] = lanes_of
    return lanes, event_lanes


def _keys(event: Event, timeline: Timeline, mode: str) -> frozenset[str]:
    if mode == "country":
        return frozenset(event.countries)
    keys = set(event.actors)
    represented = {timeline.actors[actor].country for actor in event.actors}
    keys.update(f"{code}:" for code in event.countries if code not in represented)
    return frozenset(keys)


@dataclass(frozen=True)
class LanePlan:
    """The lanes top to bottom, each one's name in lines, and where the plot starts."""

    specs: tuple[LaneSpec, ...]
    names: tuple[tuple[str, ...], ...]
    event_lanes: dict[str, tuple[int, ...]]  # event id -> its lanes' indices
    nested: bool  # people under their country's heading
    plot_x0: float
    everyone: tuple[str, ...] = ()  # names of the lanes every event joins, left out
    merged: int = 0  # how many lanes were merged into the last one

    @property
    def header_count(self) -> int:
        return sum(lane.is_header for lane in self.specs)


def lanes_of(
    timeline: Timeline, mode: str, frame: Frame, measure: Measure, most: int | None = None
) -> LanePlan:
    """The lanes of ``timeline`` in ``mode``, with their names wrapped to the name column;
    at most ``most`` lanes of events, the rest merged into the last."""
    specs, event_lanes = assign_lanes(timeline, mode)
    specs, event_lanes, everyone = _without_lanes_everyone_joins(specs, event_lanes)
    merged = 0
    if most is not None and sum(not spec.is_header for spec in specs) > most:
        specs, event_lanes, merged = _merged(specs, event_lanes, max(1, most), mode)
    nested = mode == "country/actor"
    limit = NAME_SHARE * frame.width
    names = tuple(
        tuple(wrap(lane.name, name_size(lane, frame), limit - _indent(lane, nested), measure,
                   bold=_bold(lane, nested)))
        for lane in specs
    )  # fmt: skip
    widest = max(
        (measure(line, name_size(lane, frame), _bold(lane, nested))[0] + _indent(lane, nested)
         for lane, lines in zip(specs, names, strict=True) for line in lines),
        default=0,
    )  # fmt: skip
    plot_x0 = MARGIN + min(widest, limit) + NAME_GAP
    return LanePlan(tuple(specs), names, event_lanes, nested, plot_x0, everyone, merged)


def name_size(lane: LaneSpec, frame: Frame) -> float:
    """The type size of a lane's name: a country heading's is a little larger."""
    return frame.sizes.lane * (HEADING_SCALE if lane.is_header else 1.0)


def _indent(lane: LaneSpec, nested: bool) -> float:
    return NESTED_INDENT if nested and not lane.is_header else 0.0


def _bold(lane: LaneSpec, nested: bool) -> bool:
    """Lane names are bold, except people's names under their country's bold heading."""
    return lane.is_header or not nested


def _without_lanes_everyone_joins(
    specs: list[LaneSpec], event_lanes: dict[str, tuple[int, ...]]
) -> tuple[list[LaneSpec], dict[str, tuple[int, ...]], tuple[str, ...]]:
    """Leave out each lane that every event joins, as long as every event keeps a lane."""
    if len(event_lanes) < 2:
        return specs, event_lanes, ()
    left_out: set[int] = set()
    for index, spec in enumerate(specs):
        if spec.is_header:
            continue
        out = left_out | {index}
        if all(index in lanes and set(lanes) - out for lanes in event_lanes.values()):
            left_out = out
    if not left_out:
        return specs, event_lanes, ()
    names = tuple(specs[index].name for index in sorted(left_out))
    members = {spec.country for i, spec in enumerate(specs) if i not in left_out
               and not spec.is_header}  # fmt: skip
    keep = [
        index for index, spec in enumerate(specs)
        if index not in left_out and (not spec.is_header or spec.country in members)
    ]  # fmt: skip
    kept, lanes = _kept(specs, event_lanes, keep)
    return kept, lanes, names


def _merged(
    specs: list[LaneSpec], event_lanes: dict[str, tuple[int, ...]], most: int, mode: str
) -> tuple[list[LaneSpec], dict[str, tuple[int, ...]], int]:
    """Keep the ``most - 1`` lanes with the most events, in their order, and merge the rest
    into one lane at the bottom."""
    counts = [0] * len(specs)
    for lanes in event_lanes.values():
        for lane in lanes:
            counts[lane] += 1
    ranked = sorted(
        (index for index, spec in enumerate(specs) if not spec.is_header),
        key=lambda index: (-counts[index], index),
    )
    chosen = set(ranked[: most - 1])
    rest = [index for index in ranked if index not in chosen]
    # A heading stays while one of its people does.
    countries = {specs[index].country for index in chosen}
    keep = [
        index for index, spec in enumerate(specs)
        if index in chosen or (spec.is_header and spec.country in countries)
    ]  # fmt: skip
    noun = "countries" if mode == "country" else "lanes"
    merged_spec = LaneSpec(REST, f"{len(rest)} other {noun}", "")
    kept, renumbered = _kept(specs, event_lanes, keep, rest_lanes=set(rest))
    return [*kept, merged_spec], renumbered, len(rest)


def _kept(
    specs: list[LaneSpec],
    event_lanes: dict[str, tuple[int, ...]],
    keep: list[int],
    rest_lanes: set[int] | None = None,
) -> Assignment:
    """The lanes ``keep`` in order, each event's lanes renumbered; lanes in ``rest_lanes``
    become one lane after them."""
    new_index = {old: new for new, old in enumerate(keep)}
    rest = len(keep)
    renumbered: dict[tuple[int, ...], tuple[int, ...]] = {}  # events share their lane tuples

    def renumber(old: tuple[int, ...]) -> tuple[int, ...]:
        mapped = {new_index[lane] for lane in old if lane in new_index}
        if rest_lanes and any(lane in rest_lanes for lane in old):
            mapped.add(rest)
        return tuple(sorted(mapped))

    lanes = {}
    for event_id, old in event_lanes.items():
        new = renumbered.get(old)
        if new is None:
            new = renumbered[old] = renumber(old)
        lanes[event_id] = new
    return [specs[index] for index in keep], lanes
