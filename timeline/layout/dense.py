"""The layout of a dense figure: the engine's stages, with label rows over density strips.

Used instead of the row stacking when ``density.crowded`` says marks would hide one
another. The lanes get as many label rows as the height limit allows (up to
``density.MOST_LABEL_ROWS``); when not even one each fits over its strip, the lanes with the
fewest events are merged, as in the engine.
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np

from ..model.timeline import Event, Timeline
from .axis import axis_of
from .bands import Bands, bands_of
from .density import (
    BIN,
    LABEL_SIZE,
    MOST_LABEL_ROWS,
    PAD,
    STRIP,
    DensePlan,
    bin_box,
    crowded,
    dense_plan,
    event_days,
    label_pitch,
)
from .events import tooltips_of
from .frame import LINE, MARGIN, Frame
from .geometry import Box, Connector, DensityBin, Label, Layout, Look, Mark, TextBlock
from .lanes import LanePlan, lanes_of
from .legend import legend_of
from .marks import ROOM_HALF_HEIGHT, mark_of
from .measure import Measure
from .notes import notes_of
from .options import Options
from .packing import Packing
from .rows import RowPlan, lane_height
from .wrapping import wrap

KEY_SAMPLES = (0.15, 0.4, 0.7, 1.0)  # the shades shown in the legend
KEY_SAMPLE_WIDTH = 10.0
KEY_GAP = 8.0  # between the legend and the density key, and the samples and their text
PASSES = 6


def dense_layout(
    timeline: Timeline, options: Options, frame: Frame, measure: Measure
) -> Layout | None:
    """The dense layout of ``timeline``; None when no lane is crowded, or when even merged
    lanes with one label row do not fit the height (the engine's rows then do their best)."""
    if options.scale != "time" or not timeline.events:
        return None
    events = timeline.events
    lanes = lanes_of(timeline, options.lanes, frame, measure)
    spans = event_days(events)
    if not crowded(spans, _event_lanes(lanes, events), len(lanes.specs), lanes.plot_x0,
                   frame.right):  # fmt: skip
        return None
    budget = frame.max_height - frame.top - MARGIN - 8 * frame.sizes.row
    drawing: Layout | None = None
    for _ in range(PASSES):
        rows = _label_rows(lanes, frame, budget)
        if rows is None:
            count = len(lanes.specs) - lanes.header_count
            lane_floor = sum(_heights(lanes, frame, 1)) / max(1, len(lanes.specs))
            most = max(1, min(count - 1, math.floor(budget / lane_floor)))
            lanes = lanes_of(timeline, options.lanes, frame, measure, most)
            rows = _label_rows(lanes, frame, budget) or 1
        drawing = _placed(timeline, spans, lanes, frame, rows, measure)
        slack = frame.max_height - drawing.height
        if slack >= -0.01:
            break
        budget = drawing.plot.height + slack  # what the lanes took, less the excess
    else:
        return None
    return replace(drawing, theme=options.theme)


def _event_lanes(lanes: LanePlan, events: tuple[Event, ...]) -> list[tuple[int, ...]]:
    return [lanes.event_lanes[event.id] for event in events]


def _heights(lanes: LanePlan, frame: Frame, rows: int) -> tuple[float, ...]:
    """Each lane's height with ``rows`` label rows over its strip."""
    inner = rows * label_pitch() + STRIP
    sizes = frame.sizes
    return tuple(
        lane_height(True, names, 0, sizes) if spec.is_header
        else max(inner, len(names) * sizes.lane * LINE) + 2 * PAD
        for spec, names in zip(lanes.specs, lanes.names, strict=True)
    )  # fmt: skip


def _label_rows(lanes: LanePlan, frame: Frame, budget: float) -> int | None:
    """The most label rows a lane can have within ``budget``; None if not even one fits."""
    for rows in range(MOST_LABEL_ROWS, 0, -1):
        if sum(_heights(lanes, frame, rows)) <= budget:
            return rows
    return None


def _placed(
    timeline: Timeline, spans: np.ndarray, lanes: LanePlan, frame: Frame, rows: int,
    measure: Measure,
) -> Layout:  # fmt: skip
    """The dense layout with ``rows`` label rows a lane."""
    events = timeline.events
    count = len(lanes.specs)
    plan = dense_plan(events, spans, _event_lanes(lanes, events), count, lanes.plot_x0,
                      frame.right, rows, measure)  # fmt: skip
    unlabelled = len(events) - len(plan.labels)
    packing = Packing({}, [rows] * count, [1] * count, [], unlabelled, [0] * count)
    heights = _heights(lanes, frame, rows)
    row_plan = RowPlan({}, plan.scale, packing, frame.right, None, heights, True)
    bands = bands_of(lanes, row_plan, frame)
    marks, labels, connectors = _shapes(events, lanes, plan, bands, rows)
    shown = tuple(events[label.event] for label in plan.labels)
    sizes = frame.sizes
    axis, y = axis_of(shown, row_plan, bands.plot, sizes, measure)
    legend, y = legend_of(marks, lanes.plot_x0, frame.right, y, sizes, measure)
    key_bins, key_text, y = _key(plan, lanes.plot_x0, frame.right, y + KEY_GAP, frame, measure)
    notes, y = notes_of(timeline, unlabelled, lanes, frame, y, measure)
    return Layout(
        frame.width, y + MARGIN, bands.plot, bands.lanes, marks, labels, connectors, axis,
        legend, (*frame.title, *key_text, *notes), tooltips_of(timeline, shown), unlabelled,
        density=(*_bins(plan, bands, rows), *key_bins),
    )  # fmt: skip


def _shapes(
    events: tuple[Event, ...], lanes: LanePlan, plan: DensePlan, bands: Bands, rows: int
) -> tuple[tuple[Mark, ...], tuple[Label, ...], tuple[Connector, ...]]:
    """Each labelled event's marks on the strips of its lanes, its label above the mark."""
    pitch = label_pitch()
    marks, labels, connectors = [], [], []
    for placed in plan.labels:
        event = events[placed.event]
        spot = placed.spot
        look = Look(event.kind, event.status, event.when.certainty != "exact")
        ys = []
        for lane in lanes.event_lanes[event.id]:
            y = bands.lanes[lane].box.y0 + PAD + rows * pitch + STRIP / 2
            ys.append(y)
            room = Box(spot.left, y - ROOM_HALF_HEIGHT, spot.right, y + ROOM_HALF_HEIGHT)
            marks.append(mark_of(look, spot.shape, spot.x, spot.x_end, y, room, span=spot.span,
                                 event=event.id, lane=lane))  # fmt: skip
        y = bands.lanes[placed.lane].box.y0 + PAD + (placed.row + 0.5) * pitch
        box = Box(placed.x0, y - pitch / 2 + 0.5, placed.x1, y + pitch / 2 - 0.5)
        block = TextBlock(event.title, placed.x0, y, LABEL_SIZE, role="label",
                          anchor="center_baseline")  # fmt: skip
        shaded = bands.lanes[placed.lane].shade is not None
        labels.append(Label(event.id, block, box, placed.lane, shaded))
        if len(ys) > 1:
            connectors.append(Connector(event.id, spot.joint, min(ys), max(ys)))
    return tuple(marks), tuple(labels), tuple(connectors)


def _level(count: int, most: int) -> float:
    """A bin's shade: its count against the fullest bin's, on a log scale."""
    return math.log1p(count) / math.log1p(max(most, 1))


def _bins(plan: DensePlan, bands: Bands, rows: int) -> list[DensityBin]:
    return [
        DensityBin(counts.lane, bin_box(bands.lanes[counts.lane].box, x0, rows), count,
                   _level(count, plan.most))
        for counts in plan.counts
        for x0, count in zip(counts.x0.tolist(), counts.count.tolist(), strict=True)
    ]  # fmt: skip


def _key(
    plan: DensePlan, x0: float, x1: float, y: float, frame: Frame, measure: Measure
) -> tuple[list[DensityBin], list[TextBlock], float]:
    """The legend of the strips: a few sample shades and what they mean; and its bottom."""
    size = frame.sizes.small
    samples = [
        DensityBin(-1, Box(x0 + i * KEY_SAMPLE_WIDTH, y, x0 + (i + 1) * KEY_SAMPLE_WIDTH,
                           y + STRIP), 0, level)
        for i, level in enumerate(KEY_SAMPLES)
    ]  # fmt: skip
    text = (
        f"Events per {_bin_time(plan)} in a lane, 1 to {plan.most:,}; those marked on the "
        "shade are labelled just above"
    )
    text_x = x0 + len(KEY_SAMPLES) * KEY_SAMPLE_WIDTH + KEY_GAP
    lines = wrap(text, size, x1 - text_x, measure)
    blocks = [
        TextBlock(line, text_x, y + index * size * LINE, size, role="note")
        for index, line in enumerate(lines)
    ]
    return samples, blocks, y + max(STRIP, len(lines) * size * LINE)


def _bin_time(plan: DensePlan) -> str:
    """How much time a bin holds, in words, on the scale's widest stretch."""
    segment = max(plan.scale.segments, key=lambda s: s.x1 - s.x0)
    per_point = (segment.end - segment.start) / max(segment.x1 - segment.x0, 1e-9)
    span = per_point * BIN
    if span >= 2:
        return f"{span:.0f} days"
    if span >= 1 / 12:
        return f"{span * 24:.0f} hours"
    return f"{span * 1440:.0f} minutes"
