"""What the reader chooses about a figure: lanes, scale, size, title, type size and theme."""

from __future__ import annotations

from dataclasses import dataclass

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
        if self.lanes not in LANE_MODES:
            raise ValueError(f"lanes must be one of {', '.join(LANE_MODES)}")
        if self.scale not in SCALES:
            raise ValueError(f"scale must be one of {', '.join(SCALES)}")
        if not 2 <= self.width <= 200:
            raise ValueError("width must be between 2 and 200 inches")
        if self.max_height is not None and not 1 <= self.max_height <= 400:
            raise ValueError("max_height must be between 1 and 400 inches")
        if self.theme not in THEME_NAMES:
            raise ValueError(f"theme must be one of {', '.join(THEME_NAMES)}")
        if not 6 <= self.font_size <= 30:
            raise ValueError("font_size must be between 6 and 30 points")
