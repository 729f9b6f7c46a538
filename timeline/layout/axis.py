"""The axis stage: the time axis under the lanes, with ticks per stretch of time and the
breaks between stretches saying how much time they hide; or the sequence's date ticks."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from ..model.dates import When, describe
from ..model.timeline import Event
from .frame import LINE, Sizes
from .geometry import Axis, Box, Break, Line, TextBlock, Tick
from .measure import Measure
from .rows import RowPlan
from .scale import Segment, gap_texts
from .spots import BREAK_WIDTH
from .ticks import date_ticks
from .wrapping import wrap

AXIS_GAP = 2.0  # between the last lane and the axis line
TICK_LENGTH = {True: 4.0, False: 2.5}  # major and minor
TEXT_GAP = 5.0  # between the axis line and the tick texts
BREAK_OVERHANG = 3.0  # how far a break's gap reaches below the axis line
SEQUENCE_CAPTION = "Events in date order, evenly spaced; each label gives its date."
SEQUENCE_TICK_GAP = 6.0  # between neighbouring tick texts in the sequence scale
STRETCH_TICK_GAP = 6.0  # between the tick texts of stretches either side of a break
NOTE_GAP = 6.0  # between neighbouring break notes


def axis_of(
    events: tuple[Event, ...], rows: RowPlan, plot: Box, sizes: Sizes, measure: Measure
) -> tuple[Axis, float]:
    """The axis under ``plot``, and the y where what follows it may start."""
    y = plot.y1 + AXIS_GAP
    text_y = y + TEXT_GAP
    note_y = text_y + sizes.tick * LINE + 1
    if rows.scale is None:
        ticks = _sequence_ticks(events, rows, plot, sizes, measure, y, text_y)
        lines = wrap(SEQUENCE_CAPTION, sizes.small, plot.width, measure)
        caption = tuple(
            TextBlock(line, plot.x0, note_y + index * sizes.small * LINE, sizes.small,
                      role="caption", italic=True)
            for index, line in enumerate(lines)
        )  # fmt: skip
        axis = Axis((((plot.x0, y), (plot.x1, y)),), tuple(ticks), (), caption)
        return axis, note_y + len(lines) * sizes.small * LINE + 1
    axis = _time_axis(rows, plot, sizes, measure, y, text_y, note_y)
    return axis, note_y + (sizes.small * LINE + 1 if axis.breaks else 0)


def _tick(x: float, text: str, major: bool, y: float, text_y: float, size: float) -> Tick:
    block = TextBlock(text, x, text_y, size, bold=major, role="tick", align="center")
    return Tick(x, y, y + TICK_LENGTH[major], block, major)


def _sequence_ticks(
    events: tuple[Event, ...], rows: RowPlan, plot: Box, sizes: Sizes, measure: Measure,
    y: float, text_y: float,
) -> list[Tick]:  # fmt: skip
    """A date under each event whose date differs from the last one shown, where it fits."""
    ticks = []
    last = None
    right_edge = plot.x0
    for event in events:
        x = rows.spots[event.id].joint
        text = date_text(event.when)
        if text == last:
            continue
        half = measure(text, sizes.tick, True)[0] / 2
        if x - half >= max(right_edge, plot.x0) and x + half <= plot.x1:
            ticks.append(_tick(x, text, True, y, text_y, sizes.tick))
            right_edge = x + half + SEQUENCE_TICK_GAP
            last = text
    return ticks


def date_text(when: When) -> str:
    """An event's date as a tick names it: as precise as the date is, and no more; a window
    of possible days as the span of them.

    >>> from ..model.dates import parse_edtf
    >>> [date_text(parse_edtf(text)) for text in ("2019", "2021-03~", "2021-03-16?")]
    ['2019', 'Mar 2021', '16 Mar 2021']
    >>> [date_text(parse_edtf(text)) for text in ("1910/1945", "[2021-04-01..2021-04-15]")]
    ['1910–1945', '1–15 Apr 2021']
    """
    precision = "range" if when.precision == "window" else when.precision
    return describe(replace(when, precision=precision, approximate=False, uncertain=False,
                            timezone=None))  # fmt: skip


def _time_axis(
    rows: RowPlan, plot: Box, sizes: Sizes, measure: Measure, y: float, text_y: float,
    note_y: float,
) -> Axis:  # fmt: skip
    """One piece of axis line per stretch of time, its ticks, and a break after each but the
    last; the first and last pieces reach the plot's edges."""
    assert rows.scale is not None
    pieces = rows.scale.segments
    line: list[Line] = []
    ticks: list[Tick] = []
    for index, segment in enumerate(pieces):
        first, last = index == 0, index == len(pieces) - 1
        lo = plot.x0 if first else segment.x0 - BREAK_WIDTH / 2
        hi = plot.x1 if last else segment.x1 + BREAK_WIDTH / 2
        line.append(((lo if first else segment.x0, y), (hi if last else segment.x1, y)))
        # Tick texts keep clear of the next stretch's across the break.
        bounds = (
            lo if first else lo + STRETCH_TICK_GAP / 2,
            hi if last else hi - STRETCH_TICK_GAP / 2,
        )
        for x, text, major in date_ticks(
            segment.start, segment.end, segment.x, measure, sizes.tick, bounds,
            within=(segment.first, segment.last),
        ):  # fmt: skip
            ticks.append(_tick(x, text, major, y, text_y, sizes.tick))
    breaks = _breaks(pieces, plot, sizes, measure, y, note_y)
    return Axis(tuple(line), tuple(ticks), tuple(breaks))


def _breaks(
    pieces: tuple[Segment, ...], plot: Box, sizes: Sizes, measure: Measure, y: float,
    note_y: float,
) -> list[Break]:  # fmt: skip
    """A break between each two stretches, with a note of the time it hides: in full, else
    abbreviated, else left out, so that notes never run into each other."""
    breaks = []
    right_edge = plot.x0
    for before, after in pairwise(pieces):
        box = Box(before.x1, plot.y0, after.x0, y + BREAK_OVERHANG)
        middle = (box.x0 + box.x1) / 2
        note = ""
        # The gap between the last event before and the first after it.
        for text in gap_texts(before.last, after.first):
            half = measure(text, sizes.small)[0] / 2
            # Slide a note that would cross the plot's edge, as long as it stays over its break.
            x = min(max(middle, plot.x0 + half), plot.x1 - half)
            if x - half >= right_edge and abs(x - middle) <= half:
                note, middle = text, x
                right_edge = x + half + NOTE_GAP
                break
        block = TextBlock(note, middle, note_y, sizes.small, role="break", align="center",
                          italic=True)  # fmt: skip
        breaks.append(Break(box, block))
    return breaks
