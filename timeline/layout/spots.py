"""Where each event sits in x: on the time scale (with its breaks) or in the sequence."""

from __future__ import annotations

from typing import NamedTuple

from ..model.timeline import Event
from .frame import MARKER
from .marks import glyph_size, point_width
from .scale import TimeScale, chronological, days

BREAK_WIDTH = 12.0  # the gap a cut in the time axis takes, in points


class Spot(NamedTuple):
    """One event's place in x: its shape, its extent, its whisker and its connector's x.

    For a bar, ``x`` and ``x_end`` are its ends; for a point both are its centre.
    ``left`` and ``right`` bound everything drawn for it.
    """

    shape: str  # "point" or "bar"
    x: float
    x_end: float
    left: float
    right: float
    span: tuple[float, float] | None  # the days a loosely dated event may fall in
    joint: float  # where a connector meets it


def spots_of(
    events: tuple[Event, ...], scale: str, x0: float, x1: float
) -> tuple[dict[str, Spot], TimeScale | None]:
    """Each event's spot between ``x0`` and ``x1``, and the time scale (None in sequence)."""
    if scale == "sequence":
        return _sequence_spots(events, x0, x1), None
    spans = [_days(event) for event in events]
    time_scale = chronological(spans, x0 + MARKER, x1 - MARKER, BREAK_WIDTH)
    return {
        event.id: time_spot(event, start, end, time_scale)
        for event, (start, end) in zip(events, spans, strict=True)
    }, time_scale


def _sequence_spots(events: tuple[Event, ...], x0: float, x1: float) -> dict[str, Spot]:
    """One slot per event, in order, evenly spaced; an event that lasts fills more of it."""
    slot = (x1 - x0 - 2 * MARKER) / max(1, len(events))
    spots = {}
    for index, event in enumerate(events):
        centre = x0 + MARKER + (index + 0.5) * slot
        if event.when.precision == "range":
            half = max(glyph_size(event.kind), slot * 0.6) / 2
            spots[event.id] = Spot(
                "bar", centre - half, centre + half, centre - half, centre + half, None, centre
            )
        else:
            half = _point_half_width(event)
            spots[event.id] = Spot(
                "point", centre, centre, centre - half, centre + half, None, centre
            )
    return spots


def time_spot(event: Event, start: float, end: float, time_scale: TimeScale) -> Spot:
    """A bar from start to end for an event that lasts; otherwise a point at the middle,
    with a whisker across the possible days when they are wider than the marker."""
    left, right = time_scale.x(start), time_scale.x(end)
    precision = event.when.precision
    if precision == "range":
        shortest = glyph_size(event.kind)  # the glyph in its middle stays within the bar
        if right - left < shortest:
            middle = (left + right) / 2
            left, right = middle - shortest / 2, middle + shortest / 2
        return Spot("bar", left, right, left, right, None, (left + right) / 2)
    centre = time_scale.x((start + end) / 2)
    half = _point_half_width(event)
    extent = (centre - half, centre + half)
    span = None
    if precision not in ("day", "time") and right - left > MARKER:
        span = (left, right)
        extent = (min(left, extent[0]), max(right, extent[1]))
    return Spot("point", centre, centre, *extent, span, centre)


def _point_half_width(event: Event) -> float:
    return point_width(event.kind, event.when.certainty != "exact") / 2


def _days(event: Event) -> tuple[float, float]:
    start, end = event.when.sort_key()
    return days(start), days(end)
