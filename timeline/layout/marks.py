"""A mark's drawn parts, sized here so that the room the layout keeps for it is what is drawn."""

from __future__ import annotations

from .frame import MARKER
from .geometry import Box, Line, Look, Mark

BAR_HALF_THICKNESS = 0.4 * MARKER  # a bar is 0.8 markers thick
CAP_HALF_HEIGHT = 2.5  # the end caps of a whisker, up and down from it
ROOM_HALF_HEIGHT = 0.8 * MARKER  # the room a mark takes, up and down from its middle
HALO = 2 * ROOM_HALF_HEIGHT  # the halo around a loose date fills the mark's room, no more


def mark_of(
    event: str,
    lane: int,
    shape: str,
    x: float,
    x_end: float,
    y: float,
    look: Look,
    room: Box,
    span: tuple[float, float] | None = None,
) -> Mark:
    """The mark of an event (or a legend sample) at ``y``: a point at ``x``, or a bar from
    ``x`` to ``x_end``; a whisker across ``span``; a halo when the date is loose."""
    bar = Box(x, y - BAR_HALF_THICKNESS, x_end, y + BAR_HALF_THICKNESS) if shape == "bar" else None
    whisker = _whisker(span, y) if span else ()
    halo = HALO if look.loose and shape == "point" else None
    centre = (x + x_end) / 2 if shape == "bar" else x
    return Mark(event, lane, shape, centre, y, MARKER, look, room, bar, whisker, halo)


def _whisker(span: tuple[float, float], y: float) -> tuple[Line, ...]:
    a, b = span
    return (
        ((a, y), (b, y)),
        ((a, y - CAP_HALF_HEIGHT), (a, y + CAP_HALF_HEIGHT)),
        ((b, y - CAP_HALF_HEIGHT), (b, y + CAP_HALF_HEIGHT)),
    )
