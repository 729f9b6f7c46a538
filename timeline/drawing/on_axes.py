"""A timeline on an Axes the caller made, laid out when the figure is drawn, for the size
the Axes has then.

A subplot grid or a layout engine (constrained, tight) settles an Axes' size only as the
figure is drawn, and text keeps its size in points whatever that size is. So the layout is
made at draw time for the Axes' size in inches, and drawn on a canvas Axes of its own, placed
at the top of the Axes given. The canvas is not among the figure's Axes: layout engines and
subplot grids see only the Axes given, so they never shrink the canvas under its text.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backend_bases import RendererBase
from matplotlib.figure import FigureBase

from ..layout.frame import MARGIN
from ..layout.geometry import Layout
from .figure import draw_on
from .glyphs import warn_missing_glyphs
from .theme import Theme

__all__ = ["Plan", "TimelineOnAxes", "draw_fitted"]

Plan = Callable[[float, float], Layout]
"""The layout for a width and a height limit, both in inches."""

OVERFLOW = MARGIN  # points a layout may pass the Axes by: its own empty margin
WHOLE_FIGURE = "timeline"  # the label of the Axes a timeline drawn on a whole figure fills


def draw_fitted(ax: Axes | FigureBase, plan: Plan, theme: Theme | None = None) -> TimelineOnAxes:
    """Make ``ax`` show the timeline that ``plan`` lays out, at whatever size ``ax`` is drawn;
    a Figure or SubFigure given gets an Axes that fills it.

    A timeline drawn on ``ax`` before is replaced. The Axes' own axis and frame are hidden.
    """
    if isinstance(ax, FigureBase):
        ax = _whole(ax)
    if not isinstance(ax, Axes):
        raise TypeError(f"draw() draws on a matplotlib Axes, Figure or SubFigure, not "
                        f"{type(ax).__name__}")  # fmt: skip
    for old in [child for child in ax.get_children() if isinstance(child, TimelineOnAxes)]:
        old.remove()
    ax.set_axis_off()
    artist = TimelineOnAxes(ax, plan, theme)
    ax.add_artist(artist)
    return artist


def _whole(figure: FigureBase) -> Axes:
    """The Axes filling ``figure`` that an earlier ``draw`` made, or a new one: drawing on a
    figure again replaces its timeline rather than adding another on top."""
    for child in figure.get_children():
        if isinstance(child, Axes) and child.get_label() == WHOLE_FIGURE:
            return child
    return figure.add_axes((0.0, 0.0, 1.0, 1.0), label=WHOLE_FIGURE)


class TimelineOnAxes(Artist):
    """Lays out for its Axes' size when drawn, and draws that layout on its canvas Axes.

    The layout of the last size drawn is kept: drawing again at that size (another
    ``savefig``, at any dpi) does not lay out again.
    """

    def __init__(self, host: Axes, plan: Plan, theme: Theme | None = None) -> None:
        super().__init__()
        self._host = host
        self._plan = plan
        self._theme = theme
        self._canvas: tuple[tuple[float, float], Axes, Layout] | None = None
        self._glyphs_checked = False  # missing glyphs are named once, not at every size
        self.set_in_layout(False)  # takes the Axes' size, never asks for one

    def draw(self, renderer: RendererBase) -> None:
        if not self.get_visible():
            return
        canvas, drawing = self.canvas()
        host, figure = self._host, self._host.figure
        top = host.get_position()
        share = drawing.height / 72 * figure.dpi / figure.bbox.height
        canvas.set_position((top.x0, top.y1 - share, top.width, share))
        canvas.draw(renderer)

    def canvas(self) -> tuple[Axes, Layout]:
        """The canvas Axes and its layout for the host Axes' present size."""
        host = self._host
        dpi = host.figure.dpi
        size = (round(host.bbox.width / dpi, 3), round(host.bbox.height / dpi, 3))
        if self._canvas is None or self._canvas[0] != size:
            drawing = self._plan(*size)
            if drawing.height > size[1] * 72 + OVERFLOW:
                warnings.warn(
                    f"the timeline needs {drawing.height / 72:.2f} in of height and its Axes "
                    f"has {size[1]:.2f} in: it runs past the Axes' bottom; give the figure "
                    "more height",
                    stacklevel=2,
                )
            if not self._glyphs_checked:
                self._glyphs_checked = True
                warn_missing_glyphs(drawing)
            canvas = Axes(host.figure, (0.0, 0.0, 1.0, 1.0))
            draw_on(canvas, drawing, theme=self._theme)
            self._canvas = (size, canvas, drawing)
        return self._canvas[1], self._canvas[2]
