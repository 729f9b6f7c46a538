"""Where time goes across the page: a chronological scale with axis breaks, or a sequence.

Times are day numbers (``days``): the proleptic Gregorian ordinal plus the fraction of the
day, so any date from year 1 to 9999 maps to a float without time zones or overflow.

The chronological scale cuts out long empty stretches. Each run of events between cuts is a
*segment* with its own linear scale and a width in proportion to its number of events, so a
busy week is not squeezed by a quiet decade beside it. A gap is cut when, drawn at the scale
of the busier segment beside it, it would take more than a quarter of the width.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime
from itertools import pairwise

# A gap is cut out when, left in, the events on one side would get less than a sixth of the
# width their number deserves.
CROWDING = 6.0
# The room an event needs, in days, when judging crowding.
MIN_EVENT_DAYS = 1.0
# No segment is narrower than this share of the plot, however few its events.
MIN_SEGMENT_SHARE = 0.07
# Segments are padded on each side by this share of their time span, so that marks at the
# edge of a segment keep clear of the break.
EDGE_PAD_SHARE = 0.04


def days(moment: date | datetime) -> float:
    """A date or naive datetime as a day number.

    >>> days(date(2021, 3, 16)), days(datetime(2021, 3, 16, 18))
    (737865.0, 737865.75)
    """
    number = float(moment.toordinal())
    if isinstance(moment, datetime):
        seconds = moment.hour * 3600 + moment.minute * 60 + moment.second
        number += (seconds + moment.microsecond / 1e6) / 86400
    return number


@dataclass(frozen=True)
class Segment:
    """A stretch of time drawn linearly between ``x0`` and ``x1``."""

    start: float
    end: float
    x0: float
    x1: float
    first: float = 0.0  # the earliest and latest event times inside the padding
    last: float = 0.0

    def x(self, t: float) -> float:
        if self.end == self.start:
            return (self.x0 + self.x1) / 2
        return self.x0 + (t - self.start) * (self.x1 - self.x0) / (self.end - self.start)


@dataclass(frozen=True)
class TimeScale:
    """Segments left to right; time in a cut gap maps to the edge of the segment before it."""

    segments: tuple[Segment, ...]

    def x(self, t: float) -> float:
        starts = [segment.start for segment in self.segments]
        index = max(0, bisect_right(starts, t) - 1)
        segment = self.segments[index]
        return segment.x(min(max(t, segment.start), segment.end))

    def xs(self, times: list[float]) -> list[float]:
        """Many times at once, in O(n log k) for k segments."""
        starts = [segment.start for segment in self.segments]
        result = []
        for t in times:
            segment = self.segments[max(0, bisect_right(starts, t) - 1)]
            result.append(segment.x(min(max(t, segment.start), segment.end)))
        return result


def chronological(
    spans: list[tuple[float, float]], x0: float, x1: float, break_width: float
) -> TimeScale:
    """A scale for events spanning ``spans`` (start, end day numbers) across ``[x0, x1]``.

    >>> spans = [(10.0, 11.0), (12.0, 13.0), (400.0, 401.0)]
    >>> scale = chronological(spans, 0, 100, 10)
    >>> [(s.start, s.end) for s in scale.segments]   # the 387-day gap is cut
    [(9.88, 13.12), (399.9, 401.1)]
    >>> scale.x(10.0) < scale.x(12.0) < scale.x(400.0)
    True
    """
    if not spans:
        return TimeScale((Segment(0.0, 1.0, x0, x1),))
    runs = _runs(spans)
    count = len(runs)
    usable = (x1 - x0) - break_width * (count - 1)
    widths = _shares([n for _, _, n in runs], usable)
    segments = []
    left = x0
    for (start, end, _), width in zip(runs, widths, strict=True):
        pad = max((end - start) * EDGE_PAD_SHARE, 0.1 if end - start >= 1 else 0.02)
        segments.append(
            Segment(round(start - pad, 6), round(end + pad, 6), left, left + width, start, end)
        )
        left += width + break_width
    return TimeScale(tuple(segments))


def _runs(spans: list[tuple[float, float]]) -> list[tuple[float, float, int]]:
    """Group events into runs (start, end, count) separated by gaps worth cutting out.

    Neighbouring clusters are joined across their gap, shortest gap first, unless the join
    would crowd one side: its share of the events far above its share of the joined time.

    >>> _runs([(0, 1), (100, 101), (200, 201)])       # evenly spread: one run
    [(0, 201, 3)]
    >>> _runs([(0, 1), (1.5, 2), (2.5, 3), (3.5, 4), (400, 2000)])   # a busy week, then years
    [(0, 4, 4), (400, 2000, 1)]
    """
    clusters: list[list[float]] = []  # [start, end, count]
    for start, end in sorted(spans):
        if clusters and start <= clusters[-1][1]:
            clusters[-1][1] = max(clusters[-1][1], end)
            clusters[-1][2] += 1
        else:
            clusters.append([start, end, 1])
    root = list(range(len(clusters)))

    def find(index: int) -> int:
        while root[index] != index:
            root[index] = root[root[index]]
            index = root[index]
        return index

    gaps = sorted(
        (after[0] - before[1], index) for index, (before, after) in enumerate(pairwise(clusters))
    )
    cut = set()
    for _, index in gaps:
        left, right = clusters[find(index)], clusters[find(index + 1)]
        if _crowded(left, right):
            cut.add(index)
            continue
        left[1], left[2] = right[1], left[2] + right[2]
        root[find(index + 1)] = find(index)
    runs = []
    for index, cluster in enumerate(clusters):
        if find(index) == index:
            runs.append((cluster[0], cluster[1], int(cluster[2])))
    return runs


def _crowded(left: list[float], right: list[float]) -> bool:
    """Would joining two clusters squeeze one side's events into a sliver of the width?"""
    span = right[1] - left[0]
    count = left[2] + right[2]
    for start, end, n in (left, right):
        if n < 2:
            continue  # a lone event needs a place, not room of its own
        room = max(end - start, n * MIN_EVENT_DAYS) / span
        if (n / count) / room > CROWDING:
            return True
    return False


def _shares(counts: list[int], width: float) -> list[float]:
    """Split ``width`` in proportion to ``counts``, with a floor for small segments.

    >>> [round(w) for w in _shares([1, 99], 100)]
    [7, 93]
    """
    floor = min(MIN_SEGMENT_SHARE * width, width / len(counts))
    widths = [0.0] * len(counts)
    rest = list(range(len(counts)))
    free = width
    # Give the floor to segments whose share falls below it, then share out what is left.
    while True:
        total = sum(counts[i] for i in rest)
        small = [i for i in rest if counts[i] / total * free < floor]
        if not small:
            break
        for i in small:
            widths[i] = floor
            free -= floor
        rest = [i for i in rest if i not in small]
        if not rest:
            return widths
    total = sum(counts[i] for i in rest)
    for i in rest:
        widths[i] = counts[i] / total * free
    return widths


def gap_text(start: float, end: float) -> str:
    """The length of a cut gap in words, rounded to its largest sensible unit.

    >>> gap_text(0, 300), gap_text(0, 40), gap_text(0, 26_000), gap_text(0, 9), gap_text(0, 0.2)
    ('10 months', '6 weeks', '71 years', '9 days', '5 hours')
    """
    length = end - start
    for unit_days, name in ((365.25, "year"), (30.44, "month"), (7, "week"), (1, "day")):
        number = round(length / unit_days)
        if number >= (2 if unit_days > 1 else 1):
            return f"{number} {name}{'s' if number != 1 else ''}"
    hours = max(1, round(length * 24))
    return f"{hours} hour{'s' if hours != 1 else ''}"
