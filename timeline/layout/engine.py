"""The layout engine: a Timeline in, a ``geometry.Layout`` out; pure geometry, no drawing.

The figure is built from the outside in, one stage a function, each stage's output the
next one's input. Text sizes come from a ``measure`` function (the renderer's font metrics,
or an estimate in tests), so every box is known before anything is drawn.

The height limit is kept exactly: the lanes get what the title, axis, legend and notes leave
of it. Those are measured on a first pass and the lanes fitted again when they took more;
when the lanes do not fit even at one row each, the lanes with the fewest events are merged.
"""

from __future__ import annotations

import math
from dataclasses import replace

from ..model.timeline import Timeline
from .axis import axis_of
from .bands import bands_of
from .dense import dense_layout
from .events import events_of, tooltips_of
from .frame import MARGIN, MIN_TEXT, Frame, frame_of, height_limit
from .geometry import Layout, TextBlock
from .lanes import LanePlan, lanes_of
from .legend import legend_of
from .measure import Measure, estimate
from .notes import key_of, notes_of
from .options import Options
from .rows import RowPlan, floor_height, rows_of

KEY_ABOVE = 8.0  # between the legend and a key under it
PASSES = 6  # layouts tried to fit the lanes to the height left for them, at most


def layout(
    timeline: Timeline, options: Options | None = None, measure: Measure = estimate
) -> Layout:
    """Place every part of the figure of ``timeline`` within its width and height limit.

    When even one lane does not fit beside the title, axis, legend and notes, the type gets
    smaller, a point at a time, down to the legible minimum.
    """
    options = options or Options()
    drawing = _fitted(timeline, options, measure)
    font_size = options.font_size
    while drawing.height > height_limit(options.width, options.max_height) * 72 + 0.01:
        font_size -= 1
        if font_size < MIN_TEXT:
            break
        drawing = _fitted(timeline, replace(options, font_size=font_size), measure)
    return drawing


def _fitted(timeline: Timeline, options: Options, measure: Measure) -> Layout:
    """The layout at the options' type size, within the height limit if it can be."""
    # The canvas, the type sizes and the title: everything else hangs below it.
    frame = frame_of(timeline, options, measure)
    # Too many events to draw one by one: density strips, and labels where they fit.
    dense = dense_layout(timeline, options, frame, measure)
    if dense is not None:
        return dense
    # A first guess at what the axis, legend and notes take; each pass corrects it.
    budget = frame.max_height - frame.top - MARGIN - 8 * frame.sizes.row
    most: int | None = None
    best: Layout | None = None
    for _ in range(PASSES):
        lanes = lanes_of(timeline, options.lanes, frame, measure, most)
        drawing, rows = _placed(timeline, options, frame, lanes, measure, budget)
        slack = frame.max_height - drawing.height
        if slack >= -0.01 and rows.fits:
            if best is None or _wanting(drawing) < _wanting(best):
                best = drawing
            if not _wanting(drawing) or slack < frame.sizes.row:
                break  # nothing wants more room, or no more room to give
        # Too tall: a little less than the excess too, as the notes may grow a line.
        budget = rows.taken + slack - (frame.sizes.row if slack < 0 else 0.0)
        least = max(rows.height if not rows.fits else 0.0, floor_height(lanes, frame.sizes))
        if budget < least:
            # Not one row a lane: merge the lanes with the fewest events, enough to fit.
            count = len(lanes.specs) - lanes.header_count
            most = max(1, min(count - 1, math.floor(budget / (least / count))))
    return best or drawing


def _wanting(drawing: Layout) -> int:
    """How many events lack a label of their own: numbered in the key, or only counted."""
    return drawing.unlabelled + sum(label.number is not None for label in drawing.labels)


def _placed(
    timeline: Timeline, options: Options, frame: Frame, lanes: LanePlan, measure: Measure,
    budget: float,
) -> tuple[Layout, RowPlan]:  # fmt: skip
    """The layout with ``budget`` points of height for the lanes; and their rows."""
    events = timeline.events
    key_room = frame.max_height - frame.top - MARGIN
    # Where events sit in x and which row of which lane each goes in, within the budget.
    rows = rows_of(events, options, frame, lanes, measure, max(budget, 0.0), key_room)
    # Lane boxes follow from their rows.
    bands = bands_of(lanes, rows, frame)
    # Marks, labels and connectors at their final positions.
    shapes = events_of(events, options.scale, rows, bands, frame.sizes)
    # Under the lanes: the axis, then the legend of what the marks use.
    axis, y = axis_of(events, rows, bands.plot, frame.sizes, measure)
    # Beside the plot, or under the legend, the key to numbered labels.
    key: list[TextBlock] = []
    legend_top, key_bottom = y, frame.top
    if shapes.numbered and rows.key is not None and rows.key.beside:
        key, key_bottom = key_of(shapes.numbered, timeline, rows.key.x0, rows.key.x1, frame.top,
                                 frame.sizes, measure)  # fmt: skip
    # The legend keeps clear of a key beside the plot.
    legend_right = frame.right if key_bottom <= legend_top else rows.plot_x1
    legend, y = legend_of(shapes.marks, lanes.plot_x0, legend_right, y, frame.sizes, measure)
    if shapes.numbered and rows.key is not None and not rows.key.beside:
        key, y = key_of(shapes.numbered, timeline, rows.key.x0, rows.key.x1, y + KEY_ABOVE,
                        frame.sizes, measure)  # fmt: skip
    # Under everything the notes.
    notes, y = notes_of(timeline, rows.packing.unlabelled, lanes, frame, max(y, key_bottom),
                        measure)  # fmt: skip
    drawing = Layout(
        frame.width, y + MARGIN, bands.plot, bands.lanes, shapes.marks, shapes.labels,
        shapes.connectors, axis, legend, (*frame.title, *key, *notes), tooltips_of(timeline),
        rows.packing.unlabelled, options.theme,
    )  # fmt: skip
    return drawing, rows
