"""What the reader chooses about a figure: lanes, scale, size, title, type size and theme."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import did_you_mean

LANE_MODES = ("country", "actor", "country/actor")
"""One lane per country, per person, or people under a heading for their country."""
SCALES = ("time", "sequence")
"""Dates to scale with long empty gaps cut out, or the events in order, evenly spaced."""
THEME_NAMES = ("default", "print", "dark")
"""Colour on white; black ink for print, each kind told by its glyph; light on dark."""


@dataclass(frozen=True)
class Options:
    """What the reader chooses about a figure. Lengths in inches, type in points."""

    lanes: str = "country"
    scale: str = "time"
    width: float = 10.0
    max_height: float | None = None  # default: frame.height_limit
    title: str | None = None
    font_size: float = 8.0
    theme: str = "default"  # drawn by the renderer (drawing.theme); the layout keeps its name

    def __post_init__(self) -> None:
        _one_of("lanes", self.lanes, LANE_MODES)
        _one_of("scale", self.scale, SCALES)
        if not 2 <= self.width <= 200:
            raise ValueError("width must be between 2 and 200 inches")
        if self.max_height is not None and not 1 <= self.max_height <= 400:
            raise ValueError("max_height must be between 1 and 400 inches")
        _one_of("theme", self.theme, THEME_NAMES)
        if not 6 <= self.font_size <= 30:
            raise ValueError("font_size must be between 6 and 30 points")


def _one_of(name: str, value: str, choices: tuple[str, ...]) -> None:
    """ValueError, with the choice likely meant, when ``value`` is not one of ``choices``."""
    if value not in choices:
        raise ValueError(f"{name} must be one of {', '.join(choices)}, not {value!r}"
                         f"{did_you_mean(str(value), choices)}")  # fmt: skip
