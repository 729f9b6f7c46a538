"""Dense data: where a lane's marks would hide one another, the lane shows how many events
fall in each short stretch of time as a shaded strip, and marks and labels what fits.

One test decides (``crowded``): a lane with more events within one marker's width than
it can stack in rows. A dense lane is its label rows (taken left to right as they fit) over
its density strip, on which the labelled events are marked where their labels start.
Positions and counts are numpy arrays, O(n log n) for n events; text is measured only for
events that could still get a label.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..model.timeline import Event
from .frame import LINE, MARKER, MIN_TEXT
from .geometry import Box
from .marks import ROOM_HALF_HEIGHT
from .measure import Measure
from .rows import MARK_ROWS
from .scale import TimeScale, chronological, days
from .spots import BREAK_WIDTH, Spot, time_spot

BIN = 4.0  # a density bin's width, in points: finer than a marker, coarser than a pixel
STRIP = 2 * ROOM_HALF_HEIGHT  # the density strip's height: the room of a mark on it
PAD = 1.0  # above a dense lane's label rows and under its strip
MOST_LABEL_ROWS = 3  # label rows a dense lane may have
STACKED_AT_MOST = 500  # events whose pile-ups rows stack, every mark seen
LABEL_SIZE = MIN_TEXT  # dense labels are the smallest legible type
LABEL_SPACE = 3.0  # between labels in a row: half a letter of 6 pt type, and the slack
# measured widths carry (``measure._SLACK_POINTS``) on top


def label_pitch() -> float:
    """The height of a label row in a dense lane: a line of label text."""
    return LABEL_SIZE * LINE + 1.0


def event_days(events: tuple[Event, ...]) -> np.ndarray:
    """Each event's first and last day number, one row an event."""
    # Events share their When objects (a file's dates repeat): each is converted once.
    converted: dict[int, tuple[float, float]] = {}
    pairs = []
    for event in events:
        when = event.when
        pair = converted.get(id(when))
        if pair is None:
            start, end = when.sort_key()
            pair = converted[id(when)] = (days(start), days(end))
        pairs.append(pair)
    return np.array(pairs, dtype=float).reshape(-1, 2)


def crowded(
    spans: np.ndarray, event_lanes: list[tuple[int, ...]], lane_count: int, x0: float,
    x1: float,
) -> bool:  # fmt: skip
    """Whether there are more events than rows stack well (``STACKED_AT_MOST``) and some
    lane has more of them within a marker's width, on the time scale between ``x0`` and
    ``x1``, than it can stack: their marks would hide one another. The pile-ups of a few
    hundred events (a busy week) stack in rows, every mark seen."""
    if len(spans) <= STACKED_AT_MOST:
        return False
    _, middle = placed_in_time(spans, x0, x1)
    bins = math.ceil((x1 - x0) / MARKER) + 1
    lanes, events = _pairs(event_lanes)
    index = np.clip(((middle[events] - x0) / MARKER).astype(np.int64), 0, bins - 1)
    return int(np.bincount(lanes * bins + index, minlength=lane_count * bins).max()) > MARK_ROWS


def placed_in_time(spans: np.ndarray, x0: float, x1: float) -> tuple[TimeScale, np.ndarray]:
    """The time scale between ``x0`` and ``x1`` and the x of each span's middle on it."""
    scale = chronological(
        list(zip(spans[:, 0].tolist(), spans[:, 1].tolist(), strict=True)),
        x0 + MARKER, x1 - MARKER, BREAK_WIDTH,
    )  # fmt: skip
    # Piecewise linear through the segments' ends; no event lies in a cut gap.
    times = np.array([t for s in scale.segments for t in (s.start, s.end)])
    xs = np.array([x for s in scale.segments for x in (s.x0, s.x1)])
    return scale, np.interp(spans.mean(axis=1), times, xs)


def _pairs(event_lanes: list[tuple[int, ...]]) -> tuple[np.ndarray, np.ndarray]:
    """(lane, event index) for every lane of every event, as two arrays."""
    counts = np.fromiter((len(lanes) for lanes in event_lanes), np.int64, len(event_lanes))
    lanes = np.fromiter((lane for ls in event_lanes for lane in ls), np.int64, int(counts.sum()))
    return lanes, np.repeat(np.arange(len(event_lanes)), counts)


@dataclass(frozen=True)
class DenseLabel:
    """A labelled event in a dense figure: its spot, its label's lane, row and extent."""

    event: int  # index in the events
    spot: Spot
    lane: int
    row: int
    x0: float
    x1: float


@dataclass(frozen=True)
class Counts:
    """Events per bin of one lane: the bins' left edges and their counts (none empty)."""

    lane: int
    x0: np.ndarray
    count: np.ndarray


@dataclass(frozen=True)
class DensePlan:
    """The time scale, the labelled events, and every lane's counts per bin."""

    scale: TimeScale
    labels: tuple[DenseLabel, ...]
    counts: tuple[Counts, ...]
    most: int  # the largest count of any bin


def dense_plan(
    events: tuple[Event, ...], spans: np.ndarray, event_lanes: list[tuple[int, ...]],
    lane_count: int, x0: float, x1: float, label_rows: int, measure: Measure,
) -> DensePlan:  # fmt: skip
    """Place the events of a dense figure between ``x0`` and ``x1``: labels in
    ``label_rows`` rows a lane, left to right where they fit; every event in the counts."""
    scale, middle = placed_in_time(spans, x0, x1)
    labels = _labels(events, spans, event_lanes, lane_count, middle, scale, x1, label_rows,
                     measure)  # fmt: skip
    lanes, which = _pairs(event_lanes)
    bins = math.ceil((x1 - x0) / BIN)
    index = np.clip(((middle[which] - x0) / BIN).astype(np.int64), 0, bins - 1)
    totals = np.bincount(lanes * bins + index, minlength=lane_count * bins).reshape(-1, bins)
    counts = []
    for lane in range(lane_count):
        filled = np.flatnonzero(totals[lane])
        if filled.size:
            counts.append(Counts(lane, x0 + filled * BIN, totals[lane, filled]))
    return DensePlan(scale, labels, tuple(counts), int(totals.max(initial=0)))


def _labels(
    events: tuple[Event, ...], spans: np.ndarray, event_lanes: list[tuple[int, ...]],
    lane_count: int, middle: np.ndarray, scale: TimeScale, x1: float, label_rows: int,
    measure: Measure,
) -> tuple[DenseLabel, ...]:  # fmt: skip
    """Labels over their marks (which are on the strip), starting where the mark does, taken
    left to right, each in the lowest row of its lanes that is free there; the rest are
    counted in the strips only."""
    ends = [[-math.inf] * label_rows for _ in range(lane_count)]
    placed: list[DenseLabel] = []
    if not label_rows:
        return ()
    for index in np.argsort(middle, kind="stable").tolist():
        lanes = event_lanes[index]
        centre = float(middle[index])
        # A mark's left edge is never right of its middle: no row free there, no label.
        if all(min(ends[lane]) > centre for lane in lanes):
            continue
        event = events[index]
        spot = time_spot(event, float(spans[index, 0]), float(spans[index, 1]), scale)
        left = spot.left
        right = left + measure(event.title, LABEL_SIZE)[0]
        if right > x1:
            continue
        found = min(
            ((row, lane) for lane in lanes for row in range(label_rows)
             if ends[lane][row] <= spot.left),
            default=None,
        )  # fmt: skip
        if found is None:
            continue
        row, lane = found
        ends[lane][row] = right + LABEL_SPACE
        placed.append(DenseLabel(index, spot, lane, row, left, right))
    return tuple(placed)


def bin_box(lane_box: Box, x0: float, label_rows: int) -> Box:
    """A bin's box in its lane's strip, under the label rows."""
    top = lane_box.y0 + PAD + label_rows * label_pitch()
    return Box(x0, top, x0 + BIN, top + STRIP)
