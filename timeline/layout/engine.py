"""The layout engine: a Timeline in, a ``geometry.Layout`` out; pure geometry, no drawing.

The figure is built from the outside in, one stage a function, each stage's output the
next one's input. Text sizes come from a ``measure`` function (the renderer's font metrics,
or an estimate in tests), so every box is known before anything is drawn.
"""

from __future__ import annotations

from ..model.timeline import Timeline
from .axis import axis_of
from .bands import bands_of
from .events import events_of, tooltips_of
from .frame import MARGIN, frame_of
from .geometry import Layout
from .lanes import lanes_of
from .legend import legend_of
from .measure import Measure, estimate
from .notes import key_of, notes_of
from .options import Options
from .rows import rows_of


def layout(
    timeline: Timeline, options: Options | None = None, measure: Measure = estimate
) -> Layout:
    """Place every part of the figure of ``timeline``."""
    options = options or Options()
    events = timeline.events
    # The canvas, the type sizes and the title: everything else hangs below it.
    frame = frame_of(timeline, options, measure)
    # The lanes and their names, whose column sets where the plot starts.
    lanes = lanes_of(timeline, options.lanes, frame, measure)
    # Where events sit in x and which row of which lane each goes in, within the height.
    rows = rows_of(events, options, frame, lanes, measure)
    # Lane heights follow from their rows.
    bands = bands_of(lanes, rows, frame)
    # Marks, labels and connectors at their final positions.
    shapes = events_of(events, options.scale, rows, bands, frame.sizes)
    # Under the lanes: the axis, then the legend of what the marks use.
    axis, y = axis_of(events, rows, bands.plot, frame.sizes, measure)
    legend, y = legend_of(shapes.marks, lanes.plot_x0, frame.right, y, frame.sizes, measure)
    # Beside the plot the key to numbered labels; under everything the notes.
    key, key_bottom = (
        key_of(shapes.numbered, timeline, rows.key_x, frame.right, frame.top, frame.sizes,
               measure)
        if shapes.numbered and rows.key_x is not None
        else ([], frame.top)
    )  # fmt: skip
    notes, y = notes_of(timeline, rows.packing.unlabelled, frame, max(y, key_bottom), measure)
    return Layout(
        frame.width, y + MARGIN, bands.plot, bands.lanes, shapes.marks, shapes.labels,
        shapes.connectors, axis, legend, (*frame.title, *key, *notes), tooltips_of(timeline),
        rows.packing.unlabelled,
    )  # fmt: skip
