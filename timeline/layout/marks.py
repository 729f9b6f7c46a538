"""A mark's drawn parts, sized here so that the room the layout keeps for it is what is drawn.

Each kind of event has its own glyph, so the figure also reads in grey print; glyphs are
named here and drawn by the renderer, on a point and in the middle of a bar alike.
"""

from __future__ import annotations

from .frame import MARKER
from .geometry import Box, Line, Look, Mark

BAR_HALF_THICKNESS = 0.4 * MARKER  # a bar is 0.8 markers thick
CAP_HALF_HEIGHT = 2.5  # the end caps of a whisker, up and down from it
ROOM_HALF_HEIGHT = 0.8 * MARKER  # the room a mark takes, up and down from its middle
HALO = 2 * ROOM_HALF_HEIGHT  # the halo around a loose date fills the mark's room, no more

KIND_GLYPH = {
    "summit": "star", "meeting": "circle", "call": "diamond", "talks": "square",
    "press-conference": "triangle-up", "statement": "triangle-down", "trip": "triangle-right",
    "visit": "pentagon", "legal": "cross", "transition": "hexagon", "period": "plus",
    "other": "triangle-left", "": "circle",
}  # fmt: skip
"""Each kind's glyph; "" is the legend's samples of what is not a kind (status, dates)."""
# A glyph's drawn size against a circle's: stars and crosses look small at the same size.
GLYPH_SCALE = {"star": 1.45, "cross": 1.1, "plus": 1.1, "pentagon": 1.1, "hexagon": 1.1,
               "diamond": 0.85, "square": 0.9}  # fmt: skip


def glyph_size(kind: str) -> float:
    """The drawn diameter of the glyph of a kind of event, in points."""
    return MARKER * GLYPH_SCALE.get(KIND_GLYPH[kind], 1.0)


def point_width(kind: str, loose: bool) -> float:
    """The room a point mark takes in x: its glyph's, or its halo's when the date is loose."""
    return max(glyph_size(kind), HALO) if loose else glyph_size(kind)


def mark_of(
    look: Look,
    shape: str,
    x: float,
    x_end: float,
    y: float,
    room: Box,
    *,
    span: tuple[float, float] | None = None,
    event: str = "",
    lane: int = -1,
) -> Mark:
    """The mark of an event in a lane (or, with neither given, a legend sample) at ``y``: a
    point at ``x``, or a bar from ``x`` to ``x_end``; a whisker across ``span``; a halo when
    the date is loose."""
    bar = Box(x, y - BAR_HALF_THICKNESS, x_end, y + BAR_HALF_THICKNESS) if shape == "bar" else None
    whisker = _whisker(span, y) if span else ()
    halo = HALO if look.loose and shape == "point" else None
    centre = (x + x_end) / 2 if shape == "bar" else x
    glyph = KIND_GLYPH[look.kind]
    return Mark(event, lane, shape, centre, y, glyph_size(look.kind), glyph, look, room, bar,
                whisker, halo)  # fmt: skip


def _whisker(span: tuple[float, float], y: float) -> tuple[Line, ...]:
    a, b = span
    return (
        ((a, y), (b, y)),
        ((a, y - CAP_HALF_HEIGHT), (a, y + CAP_HALF_HEIGHT)),
        ((b, y - CAP_HALF_HEIGHT), (b, y + CAP_HALF_HEIGHT)),
    )
