"""The layout engine: a Timeline in, a ``geometry.Layout`` out; pure geometry, no drawing.

Stages, in the order the figure is built from the outside in:
title -> lane-name column -> time scale -> marks -> stacking (``packing``) -> lane heights
-> marks, labels and connectors at their final y -> axis -> legend, key and notes.
Text sizes come from a ``measure`` function (the renderer's font metrics, or an estimate in
tests), so every box is known before anything is drawn.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple

from ..model.dates import describe
from .geometry import (
    Axis,
    Box,
    Break,
    Connector,
    Label,
    Lane,
    Layout,
    LegendEntry,
    Mark,
    Style,
    TextBlock,
    Tick,
)
from .lanes import LANE_MODES, assign_lanes
from .measure import Measure, estimate
from ..model.timeline import KINDS, Event, Timeline
from .packing import Item, pack
from .scale import TimeScale, chronological, days, gap_text
from .ticks import date_ticks, day_of

SCALES = ("time", "sequence")

MARGIN = 14.0
LANE_PAD = 3.0
BREAK_WIDTH = 12.0
MARKER = 7.0
LINE = 1.25  # line spacing, in font sizes


@dataclass(frozen=True)
class Options:
    """What the reader chooses about a figure. Lengths in inches."""

    lanes: str = "country"
    scale: str = "time"
    width: float = 10.0
    max_height: float | None = None  # default: 1.5 x width
    title: str | None = None
    font_size: float = 8.0

    def __post_init__(self) -> None:
        if self.lanes not in LANE_MODES:
            raise ValueError(f"lanes must be one of {', '.join(LANE_MODES)}")
        if self.scale not in SCALES:
            raise ValueError(f"scale must be one of {', '.join(SCALES)}")
        if not 2 <= self.width <= 200:
            raise ValueError("width must be between 2 and 200 inches")
        if self.max_height is not None and not 1 <= self.max_height <= 400:
            raise ValueError("max_height must be between 1 and 400 inches")
        if not 4 <= self.font_size <= 30:
            raise ValueError("font_size must be between 4 and 30 points")


@dataclass(frozen=True)
class _Sizes:
    """Font sizes and the row pitch, all derived from the one base size."""

    label: float
    title: float
    lane: float
    tick: float
    small: float
    row: float

    @classmethod
    def from_base(cls, base: float, measure: Measure) -> _Sizes:
        row = max(measure("Ag", base)[1], MARKER * 1.6) + 3.0
        return cls(base, base * 1.5, base * 1.05, base * 0.9, base * 0.85, row)


def layout(
    timeline: Timeline, options: Options | None = None, measure: Measure = estimate
) -> Layout:
    """Place every part of the figure of ``timeline``; see the module docstring for the order."""
    options = options or Options()
    sizes = _Sizes.from_base(options.font_size, measure)
    width = options.width * 72
    max_height = (options.max_height or options.width * 1.5) * 72
    lanes, event_lanes = assign_lanes(timeline, options.lanes)
    events = list(timeline.events)

    # Title first: everything else hangs below it.
    title_text = options.title if options.title is not None else timeline.title
    title_lines = wrap(title_text, sizes.title, width - 2 * MARGIN, measure) if title_text else []
    top = MARGIN + len(title_lines) * sizes.title * LINE + (8 if title_lines else 0)

    # The lane-name column sets where the plot starts.
    name_limit = 0.22 * width
    lane_names = [
        wrap(
            lane.name,
            sizes.lane,
            name_limit - (0 if lane.is_header or options.lanes != "country/actor" else 8),
            measure,
        )
        for lane in lanes
    ]
    name_width = max(
        (measure(line, sizes.lane)[0] for lines in lane_names for line in lines), default=0
    )
    plot_x0 = MARGIN + min(name_width, name_limit) + 10
    plot_x1 = width - MARGIN

    # Rows are a shared budget: the figure may not grow past ``max_height``, so the lanes get
    # the largest common row limit that keeps their total within it.
    chrome = top + 120  # axis, legend and notes, roughly
    lane_count = max(1, sum(not lane.is_header for lane in lanes))
    header_rows = sum(lane.is_header for lane in lanes)
    budget = max(
        lane_count,
        math.floor((max_height - chrome - lane_count * 2 * LANE_PAD) / sizes.row) - header_rows,
    )

    # Each label is measured once, whatever the number of packing passes below.
    label_widths = {
        event.id: measure(_label_text(event, options.scale), sizes.label)[0] for event in events
    }
    number_width = measure("8" * len(str(len(events))), sizes.label)[0]

    def attempt(x1: float, numbers: bool) -> tuple:  # type: ignore[type-arg]
        geometry, time_scale = _event_geometry(events, options.scale, plot_x0, x1)
        items = sorted(
            (
                Item(
                    event.id, event_lanes[event.id], geometry[event.id].left,
                    geometry[event.id].right, label_widths[event.id],
                )
                for event in events
            ),
            key=lambda item: item.x0,
        )  # fmt: skip

        def packed(limit: int):  # type: ignore[no-untyped-def]
            return pack(items, len(lanes), limit, (plot_x0, x1), number_width if numbers else None)

        # Two rows at least: the last row of a full lane is kept for marks (see packing).
        low, high = 2, max(2, budget - lane_count + 1)
        packing = packed(high)
        if sum(packing.rows_used) > budget:
            # Binary search for the largest limit that fits: O(log budget) packings.
            best = packed(low)
            while high - low > 1:
                middle = (low + high) // 2
                trial = packed(middle)
                if sum(trial.rows_used) <= budget:
                    low, best = middle, trial
                else:
                    high = middle
            packing = best
        return geometry, time_scale, packing

    # Labels that find no room become numbers in a key beside the plot, when the key would be
    # short enough to read; otherwise they are counted and the count is shown.
    geometry, time_scale, packing = attempt(plot_x1, numbers=True)
    key_x = None
    if packing.numbered:
        if len(packing.numbered) <= KEY_MAX:
            key_x = width - MARGIN - KEY_SHARE * width
            geometry, time_scale, packing = attempt(key_x - 12, numbers=True)
        if len(packing.numbered) > KEY_MAX or key_x is None:
            key_x = None
            geometry, time_scale, packing = attempt(plot_x1, numbers=False)
    x_right = key_x - 12 if key_x is not None else plot_x1

    # Lane heights follow from the rows each lane needs.
    lane_boxes: list[Lane] = []
    y = top
    shade = False
    row_y: list[float] = []  # the y of row 0 of each lane
    for index, (spec, names) in enumerate(zip(lanes, lane_names, strict=True)):
        lines = len(names) * sizes.lane * LINE
        if spec.is_header:
            height = max(sizes.row, lines + 2)
            box = Box(plot_x0, y, x_right, y + height)
            first = y + (height - lines) / 2 + sizes.lane * LINE / 2
            lane_boxes.append(
                Lane(spec.key, tuple(names), MARGIN, first, box, False, True, sizes.lane * 1.07)
            )
            row_y.append(y)
            y += height
            continue
        rows = max(packing.rows_used[index], math.ceil(lines / sizes.row))
        height = rows * sizes.row + 2 * LANE_PAD
        box = Box(plot_x0, y, x_right, y + height)
        nested = options.lanes == "country/actor"
        lane_boxes.append(
            Lane(
                spec.key, tuple(names), MARGIN + (8 if nested else 0),
                y + LANE_PAD + sizes.row / 2, box, shade, False, sizes.lane, bold=not nested,
            )
        )  # fmt: skip
        row_y.append(y + LANE_PAD + sizes.row / 2)
        shade = not shade
        y += height
    plot = Box(plot_x0, top, x_right, y)

    marks, labels, connectors, numbers = _place(
        events, geometry, packing, row_y, sizes, options.scale
    )

    # The axis under the lanes, then the legend, the key and the notes.
    axis, y = _axis(geometry, time_scale, events, plot, y, sizes, measure)
    legend, y = _legend(marks, plot_x0, width - MARGIN, y + 10, sizes, measure)
    texts: list[TextBlock] = [
        TextBlock(
            line, MARGIN, MARGIN + i * sizes.title * LINE, sizes.title, bold=True, role="title"
        )
        for i, line in enumerate(title_lines)
    ]
    key_bottom = top
    if numbers:
        key_blocks, key_bottom = _key(numbers, timeline, key_x, width - MARGIN, top, sizes, measure)  # type: ignore[arg-type]
        texts.extend(key_blocks)
    y = max(y, key_bottom) + 6
    notes = []
    if packing.unlabelled:
        notes.append(
            f"{packing.unlabelled:,} of {len(events):,} events carry no label: too many to "
            "label at this "
            "size (narrow the selection, or widen the figure)."
        )
    outlets = _outlets(timeline)
    if outlets:
        notes.append("Sources: " + "; ".join(outlets) + ".")
    for note in notes:
        for line in wrap(note, sizes.small, width - 2 * MARGIN, measure):
            texts.append(TextBlock(line, MARGIN, y, sizes.small, role="note"))
            y += sizes.small * LINE
    height = y + MARGIN
    tooltips = {event.id: _tooltip(event, timeline) for event in events}
    return Layout(
        width, height, plot, tuple(lane_boxes), tuple(marks), tuple(labels), tuple(connectors),
        axis, tuple(legend), tuple(texts), tooltips, packing.unlabelled,
    )  # fmt: skip


KEY_MAX = 60
KEY_SHARE = 0.28


def _label_text(event: Event, scale: str) -> str:
    if scale == "sequence":
        return f"{event.title} · {describe(event.when)}"
    return event.title


class _Spot(NamedTuple):
    """Where one event's mark sits in x: its shape, extent, whisker and connector x."""

    shape: str
    x: float
    x_end: float
    left: float
    right: float
    span: tuple[float, float] | None
    joint: float


def _event_geometry(
    events: list[Event], scale: str, x0: float, x1: float
) -> tuple[dict[str, _Spot], TimeScale | None]:
    """Each event's spot in the plot's x, and the time scale (None for the sequence scale)."""
    inset = MARKER
    result: dict[str, _Spot] = {}
    if scale == "sequence":
        slot = (x1 - x0 - 2 * inset) / max(1, len(events))
        for index, event in enumerate(events):
            centre = x0 + inset + (index + 0.5) * slot
            if event.when.precision == "range":
                half = max(MARKER, slot * 0.6) / 2
                result[event.id] = _Spot(
                    "bar", centre - half, centre + half, centre - half, centre + half, None, centre
                )
            else:
                half = MARKER / 2
                result[event.id] = _Spot(
                    "point", centre, centre, centre - half, centre + half, None, centre
                )
        return result, None
    spans = [_days(event) for event in events]
    time_scale = chronological(spans, x0 + inset, x1 - inset, BREAK_WIDTH)
    for event, (start, end) in zip(events, spans, strict=True):
        left, right = time_scale.x(start), time_scale.x(end)
        precision = event.when.precision
        if precision == "range":
            if right - left < MARKER:
                middle = (left + right) / 2
                left, right = middle - MARKER / 2, middle + MARKER / 2
            result[event.id] = _Spot("bar", left, right, left, right, None, (left + right) / 2)
            continue
        centre = time_scale.x((start + end) / 2)
        extent = (centre - MARKER / 2, centre + MARKER / 2)
        span = None
        if precision not in ("day", "time") and right - left > MARKER:
            span = (left, right)
            extent = (min(left, extent[0]), max(right, extent[1]))
        result[event.id] = _Spot("point", centre, centre, *extent, span, centre)
    return result, time_scale


def _days(event: Event) -> tuple[float, float]:
    start, end = event.when.sort_key()
    return days(start), days(end)


def _place(events, geometry, packing, row_y, sizes, scale):  # type: ignore[no-untyped-def]
    """Marks, labels and connectors at their final positions."""
    marks: list[Mark] = []
    labels: list[Label] = []
    connectors: list[Connector] = []
    numbers = {event_id: number for number, event_id in enumerate(packing.numbered, start=1)}
    half_row = sizes.row / 2 - 0.5
    for event in events:
        spot = geometry[event.id]
        placement = packing.placements[event.id]
        style = Style(event.kind, event.status, event.when.certainty != "exact")
        ys = []
        for lane, row in sorted(placement.rows.items()):
            y = row_y[lane] + row * sizes.row
            ys.append(y)
            box = Box(spot.left, y - MARKER * 0.8, spot.right, y + MARKER * 0.8)
            marks.append(
                Mark(
                    event.id, lane, spot.shape, spot.x, spot.x_end, y, MARKER, style, box, spot.span
                )
            )
        if placement.label_lane is not None:
            y = row_y[placement.label_lane] + placement.rows[placement.label_lane] * sizes.row
            number = numbers.get(event.id)
            text = str(number) if number is not None else _label_text(event, scale)
            box = Box(placement.label_x0, y - half_row, placement.label_x1, y + half_row)
            labels.append(Label(event.id, text, box, placement.label_lane, sizes.label, number))
        if len(ys) > 1:
            connectors.append(Connector(event.id, spot.joint, min(ys), max(ys)))
    return marks, labels, connectors, [(numbers[e], e) for e in packing.numbered]


def _axis(geometry, time_scale, events, plot, y, sizes, measure):  # type: ignore[no-untyped-def]
    """The time axis under the plot: ticks per segment, breaks with the time they hide."""
    axis_y = y + 2
    ticks: list[Tick] = []
    breaks: list[Break] = []
    segments: list[tuple[float, float]] = []
    caption = ""
    if time_scale is None:
        caption = "Events in date order, evenly spaced; each label gives its date."
        last = None
        right_edge = plot.x0
        for event in events:
            x = geometry[event.id].joint
            text = day_of(event.when.sort_key()[0])
            if text == last:
                continue
            half = measure(text, sizes.tick)[0] / 2
            if x - half >= max(right_edge, plot.x0) and x + half <= plot.x1:
                ticks.append(Tick(x, text, True))
                right_edge = x + half + 6
                last = text
        segments.append((plot.x0, plot.x1))
    else:
        pieces = time_scale.segments
        for index, segment in enumerate(pieces):
            lo = plot.x0 if index == 0 else segment.x0 - BREAK_WIDTH / 2
            hi = plot.x1 if index == len(pieces) - 1 else segment.x1 + BREAK_WIDTH / 2
            segments.append(
                (lo if index == 0 else segment.x0, hi if index == len(pieces) - 1 else segment.x1)
            )
            for x, text, major in date_ticks(
                segment.start, segment.end, segment.x, measure, sizes.tick, (lo, hi)
            ):
                ticks.append(Tick(x, text, major))
            if index + 1 < len(pieces):
                after = pieces[index + 1]
                # The gap between the last event before and the first after it.
                hidden = gap_text(segment.last, after.first)
                breaks.append(Break(segment.x1, after.x0, hidden, plot.y0, axis_y + 3))
    text_y = axis_y + 5
    note_y = text_y + sizes.tick * LINE + 1
    bottom = note_y + (sizes.small * LINE + 1 if breaks or caption else 0)
    axis = Axis(
        axis_y, plot.x0, plot.x1, tuple(segments), tuple(ticks), tuple(breaks), sizes.tick,
        text_y, note_y, sizes.small, caption,
    )  # fmt: skip
    return axis, bottom


def _legend(marks, x0, x1, y, sizes, measure):  # type: ignore[no-untyped-def]
    """One sample per kind shown, then the encodings of status and date certainty in use."""
    shapes: dict[str, set[str]] = {}
    for mark in marks:
        shapes.setdefault(mark.style.kind, set()).add(mark.shape)
    # A kind drawn only as bars is shown as a bar; otherwise as its marker.
    entries: list[tuple[Style, str, str, bool]] = [
        (
            Style(kind, "held", False),
            "bar" if shapes[kind] == {"bar"} else "point",
            kind.replace("-", " "),
            False,
        )
        for kind in sorted(shapes, key=KINDS.index)
    ]
    statuses = {mark.style.status for mark in marks}
    if statuses & {"planned", "expected"}:
        entries.append(
            (Style("other", "planned", False), "point", "planned or expected (hollow)", False)
        )
    if "cancelled" in statuses:
        entries.append((Style("other", "cancelled", False), "point", "cancelled", False))
    if any(mark.style.loose for mark in marks):
        entries.append(
            (Style("other", "held", True), "point", "date approximate or uncertain (halo)", False)
        )
    if any(mark.span for mark in marks):
        entries.append(
            (Style("other", "held", False), "point", "date somewhere in this span", True)
        )
    if any(mark.shape == "bar" for mark in marks):
        entries.append((Style("other", "held", False), "bar", "lasting from start to end", False))
    legend = []
    x = x0
    sample_width = 22.0
    for style, shape, text, with_span in entries:
        text_width = measure(text, sizes.small)[0]
        needed = sample_width + 4 + text_width
        if x > x0 and x + needed > x1:
            x, y = x0, y + sizes.row
        cx = x + sample_width / 2
        span = (x + 1, x + sample_width - 1) if with_span else None
        room = Box(x, y - MARKER * 0.8, x + sample_width, y + MARKER * 0.8)
        if shape == "bar":
            sample = Mark("", -1, "bar", x + 2, x + sample_width - 2, y, MARKER, style, room)
        else:
            sample = Mark("", -1, "point", cx, cx, y, MARKER, style, room, span)
        block = TextBlock(
            text, x + sample_width + 4, y - sizes.small * LINE / 2, sizes.small, role="legend"
        )
        legend.append(LegendEntry(sample, block))
        x += needed + 14
    bottom = y + sizes.row / 2 if legend else y - 10
    return legend, bottom


def _key(numbers, timeline, x0, x1, y, sizes, measure):  # type: ignore[no-untyped-def]
    """The key beside the plot: each number with its event's title and date."""
    blocks = [TextBlock("Key", x0, y, sizes.label, bold=True, role="key")]
    y += sizes.label * LINE + 2
    indent = measure(str(len(numbers)) + "  ", sizes.label)[0]
    for number, event_id in numbers:
        event = timeline.event(event_id)
        blocks.append(TextBlock(str(number), x0, y, sizes.label, bold=True, role="key"))
        lines = wrap(
            f"{event.title} ({describe(event.when)})", sizes.label, x1 - x0 - indent, measure
        )
        for line in lines:
            blocks.append(TextBlock(line, x0 + indent, y, sizes.label, role="key"))
            y += sizes.label * LINE
        y += 1
    return blocks, y


def _outlets(timeline: Timeline) -> list[str]:
    used = {citation.source for event in timeline.events for citation in event.citations}
    return list(
        dict.fromkeys(source.outlet for key, source in timeline.sources.items() if key in used)
    )


def _tooltip(event: Event, timeline: Timeline) -> str:
    parts = [event.title, describe(event.when)]
    if event.location:
        parts.append(event.location)
    names = timeline.actor_names(event)
    if names:
        parts.append(", ".join(names))
    outlets = [timeline.sources[source].outlet for source in event.sources]
    if outlets:
        parts.append("Sources: " + ", ".join(outlets))
    return "\n".join(parts)


def wrap(text: str, size: float, limit: float, measure: Measure) -> list[str]:
    """Break ``text`` into lines no wider than ``limit``, at spaces where it can.

    >>> wrap("one two three four", 10, 60, estimate)
    ['one two', 'three four']
    """
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if measure(candidate, size)[0] <= limit:
            line = candidate
            continue
        if line:
            lines.append(line)
        while measure(word, size)[0] > limit and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and measure(word[:cut], size)[0] > limit:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines or [""]
