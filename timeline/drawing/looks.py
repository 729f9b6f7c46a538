"""What both renderers (matplotlib's figure and the SVG writer) draw alike: the layers,
the marker of each glyph, the density strips' lightest shade, a bar's fill. No matplotlib
Figure here, so writing SVG does not import matplotlib's drawing machinery.
"""

from __future__ import annotations

from ..layout.geometry import Mark
from .theme import Theme

# Layers, bottom to top: lane names and labels above the marks, other text on the marks' layer.
Z_LANES, Z_BREAKS, Z_CONNECTORS, Z_MARKS, Z_TEXT, Z_LABELS = 0, 1, 2, 3, 3, 4
DENSITY_LIGHTEST = 0.12  # the opacity of a density bin of one event
TEXT_LAYER = {"lane": Z_LABELS, "label": Z_LABELS}

MARKERS = {
    "circle": "o", "star": "*", "diamond": "D", "square": "s", "triangle-up": "^",
    "triangle-down": "v", "pentagon": "p", "cross": "X", "hexagon": "h", "plus": "P",
    "triangle-right": ">", "triangle-left": "<",
}  # fmt: skip
"""matplotlib's marker for each glyph the layout names."""


def bar_face(mark: Mark, theme: Theme) -> str | tuple[float, float, float, float]:
    """A bar's fill: its colour when held (paler when its dates are loose), else hollow."""
    from matplotlib.colors import to_rgba

    if mark.look.status != "held":
        return theme.background
    return to_rgba(theme.colour(mark.look), 0.45 if mark.look.loose else 1.0)
