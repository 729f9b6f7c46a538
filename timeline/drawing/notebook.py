"""The Figure that ``render`` returns: a matplotlib Figure that shows itself in Jupyter.

A bare ``Figure`` shows only ``<Figure size ...>`` in a notebook unless pyplot is imported;
this one gives Jupyter a PNG of itself as it is now (with whatever was added to it), at its
size in inches, drawn at twice the screen's resolution so that it stays sharp.
"""

from __future__ import annotations

import io

from matplotlib.figure import Figure

__all__ = ["PIXEL_RATIO", "SCREEN_DPI", "TimelineFigure"]

SCREEN_DPI = 96
"""Pixels per inch of a screen in CSS: the figure is shown at its size in inches."""
PIXEL_RATIO = 2
"""Image pixels per screen pixel, for high-density screens."""


class TimelineFigure(Figure):
    """A ``matplotlib.figure.Figure`` (``savefig`` and all) that Jupyter shows as a picture."""

    def _repr_png_(self) -> tuple[bytes, dict[str, int]]:
        """The figure as PNG, and the width and height to show it at, in screen pixels."""
        buffer = io.BytesIO()
        self.savefig(buffer, format="png", dpi=SCREEN_DPI * PIXEL_RATIO,
                     metadata={"Software": None})  # fmt: skip
        width, height = self.get_size_inches() * SCREEN_DPI
        return buffer.getvalue(), {"width": round(width), "height": round(height)}
