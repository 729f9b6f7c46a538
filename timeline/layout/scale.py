"""Where time goes across the page: a chronological scale with axis breaks, or a sequence.

Times are day numbers (``days``): the proleptic Gregorian ordinal plus the fraction of the
day, so any date from year 1 to 9999 maps to a float without time zones or overflow.

The chronological scale may cut long empty stretches out of the axis. What is left is a few
*segments* side by side, each drawn linearly, in time order and never overlapping:

- **Widths.** A segment's width follows its *weight*: its number of events times one plus
  the log of its length in weeks. Events count most, so a busy week is not squeezed by a
  quiet decade beside it; time counts too, but only as a log, so four busy years stay much
  wider than a one-week trip. No segment is narrower than ``MIN_SEGMENT`` points.
- **Breaks.** Cuts are chosen one at a time, each the one that gives the events the most
  room. Cutting a gap out lets the events on each side have the width their weight deserves
  instead of the width their share of the time gives them. A cut is made only when one side
  gains at least ``MIN_GAIN`` of the *whole* plot, so a handful of events between two
  lulls never earns a break; and only when the gap is a sizeable share (``MIN_GAP_SHARE``)
  of the whole span of the events, or the cut gives a busy stretch ``MIN_FACTOR`` times the
  room it had (a busy week after a quiet decade), so a few days' lull is never cut just to
  stretch a scale a little. There are at most ``MAX_BREAKS`` cuts, one per
  ``ROOM_PER_BREAK`` points of plot, so a narrow figure gets fewer.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime
from itertools import combinations, pairwise

# At most this many cuts, and one per this many points of plot width.
MAX_BREAKS = 5
ROOM_PER_BREAK = 60.0
# A cut must give one side at least this share of the plot more room than it had ...
MIN_GAIN = 0.1
# ... and either its gap is at least this share of the whole span of the events ...
MIN_GAP_SHARE = 0.05
# ... or the side that gains gets at least this many times the room it had.
MIN_FACTOR = 3.0
# No segment is narrower than this, in points: room for a year's tick text.
MIN_SEGMENT = 30.0
# Time is weighed in weeks: a segment's weight is count * (1 + log(1 + weeks)).
WEIGHT_UNIT_DAYS = 7.0
# Events at a segment's edge are drawn this far inside it, in points, clear of the break...
EDGE_PAD = 5.0
# ... but a segment's padding never takes more than this share of the gap beside it.
MAX_PAD_SHARE = 0.45


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
    """A stretch of time drawn linearly between ``x0`` and ``x1``.

    ``start`` and ``end`` are the padded ends of the stretch, ``first`` and ``last`` the
    earliest and latest time of its events, and ``count`` how many events it holds.
    """

    start: float
    end: float
    x0: float
    x1: float
    first: float = 0.0
    last: float = 0.0
    count: int = 0

    def x(self, t: float) -> float:
        if self.end == self.start:
            return (self.x0 + self.x1) / 2
        return self.x0 + (t - self.start) * (self.x1 - self.x0) / (self.end - self.start)


@dataclass(frozen=True)
class TimeScale:
    """Segments left to right; time in a cut gap maps to the edge of the segment before it.

    The segments are in time order and do not overlap, in time or in x, so ``x`` never
    decreases as time goes on.
    """

    segments: tuple[Segment, ...]

    def x(self, t: float) -> float:
        starts = [segment.start for segment in self.segments]
        segment = self.segments[max(0, bisect_right(starts, t) - 1)]
        return segment.x(min(max(t, segment.start), segment.end))

    def xs(self, times: list[float]) -> list[float]:
        """Many times at once, in O(n log k) for k segments."""
        starts = [segment.start for segment in self.segments]
        result = []
        for t in times:
            segment = self.segments[max(0, bisect_right(starts, t) - 1)]
            result.append(segment.x(min(max(t, segment.start), segment.end)))
        return result


@dataclass(frozen=True)
class _Cluster:
    """Events whose times overlap, with no time between them left empty."""

    first: float
    last: float
    count: int


def chronological(
    spans: list[tuple[float, float]], x0: float, x1: float, break_width: float
) -> TimeScale:
    """A scale for events spanning ``spans`` (start, end day numbers) across ``[x0, x1]``.

    Four events in a week, then one a year later: the year is cut out, and the busy week
    gets most of the width.

    >>> spans = [(10.0, 11.0), (12.0, 13.0), (14.0, 15.0), (16.0, 17.0), (400.0, 401.0)]
    >>> scale = chronological(spans, 0, 300, 12)
    >>> [(s.first, s.last, s.count, round(s.x1 - s.x0)) for s in scale.segments]
    [(10.0, 17.0, 4, 247), (400.0, 401.0, 1, 41)]
    >>> scale.x(10.0) < scale.x(16.0) < scale.x(200.0) < scale.x(400.0)
    True
    """
    if not spans:
        return TimeScale((Segment(0.0, 1.0, x0, x1),))
    clusters = _clusters(spans)
    groups = _groups(clusters, x1 - x0, break_width)
    usable = max(0.0, (x1 - x0) - break_width * (len(groups) - 1))
    widths = _shares([_weight(clusters, group) for group in groups], usable)
    segments = []
    left = x0
    for index, ((i, j), width) in enumerate(zip(groups, widths, strict=True)):
        first, last = clusters[i].first, clusters[j].last
        gap_before = first - clusters[i - 1].last if index else math.inf
        gap_after = clusters[j + 1].first - last if index < len(groups) - 1 else math.inf
        before, after = _pads(first, last, width, gap_before, gap_after)
        count = sum(cluster.count for cluster in clusters[i : j + 1])
        segments.append(
            Segment(first - before, last + after, left, left + width, first, last, count)
        )
        left += width + break_width
    return TimeScale(tuple(segments))


def _clusters(spans: list[tuple[float, float]]) -> list[_Cluster]:
    """Events grouped where their times overlap, in time order; clusters never overlap.

    >>> _clusters([(5, 6), (0, 2), (1, 3)])
    [_Cluster(first=0, last=3, count=2), _Cluster(first=5, last=6, count=1)]
    """
    merged: list[list[float]] = []  # [first, last, count]
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2] += 1
        else:
            merged.append([start, end, 1])
    return [_Cluster(first, last, int(count)) for first, last, count in merged]


def _groups(clusters: list[_Cluster], width: float, break_width: float) -> list[tuple[int, int]]:
    """The clusters grouped into segments (first and last cluster index), cut where a break
    gives the events the most room, as the module docstring explains.

    >>> busy = [_Cluster(float(d), d + 0.5, 5) for d in range(0, 30, 3)]
    >>> _groups(busy + [_Cluster(3000.0, 3001.0, 1)], 600, 12)   # years later: cut
    [(0, 9), (10, 10)]
    >>> _groups([_Cluster(float(d), d + 1.0, 2) for d in range(0, 3000, 100)], 600, 12)
    [(0, 29)]
    """
    groups = [(0, len(clusters) - 1)]
    whole = clusters[-1].last - clusters[0].first
    while len(groups) - 1 < MAX_BREAKS:
        usable = width - break_width * (len(groups) - 1)
        widths = _shares([_weight(clusters, group) for group in groups], usable)
        best: tuple[float, int, int] | None = None  # (gain, group index, cluster index)
        for index, ((i, j), room) in enumerate(zip(groups, widths, strict=True)):
            for k in range(i, j):
                gap = clusters[k + 1].first - clusters[k].last
                gain, factor = _gain(clusters, (i, k), (k + 1, j), room, break_width)
                worth = gap >= MIN_GAP_SHARE * whole or factor >= MIN_FACTOR
                if worth and gain >= MIN_GAIN * width and (best is None or gain > best[0]):
                    best = (gain, index, k)
        if best is None:
            break
        _, index, k = best
        i, j = groups[index]
        groups[index : index + 1] = [(i, k), (k + 1, j)]
    return _fewest(clusters, groups, width, break_width)


def _fewest(clusters: list[_Cluster], groups: list[tuple[int, int]], width: float,
            break_width: float) -> list[tuple[int, int]]:  # fmt: skip
    """``groups`` with at most one cut per ``ROOM_PER_BREAK`` points: of the cuts found
    worth making, the ones that leave the events most room, in log points per day.

    The cuts are found one at a time, each the best given those before; a narrow plot keeps
    the set that is best as a whole (a busy month between two lulls keeps both its breaks).
    """
    cap = min(MAX_BREAKS, int(width // ROOM_PER_BREAK))
    cuts = [j for _, j in groups[:-1]]
    if len(cuts) <= cap:
        return groups
    last = groups[-1][1]

    def grouped(kept: tuple[int, ...]) -> list[tuple[int, int]]:
        return [(i + 1, j) for i, j in pairwise([-1, *kept, last])]

    def room(kept: tuple[int, ...]) -> float:
        chosen = grouped(kept)
        usable = width - break_width * len(kept)
        widths = _shares([_weight(clusters, group) for group in chosen], usable)
        return sum(
            sum(c.count for c in clusters[i : j + 1])
            * math.log(max(w, 1e-9) / max(clusters[j].last - clusters[i].first, 1.0))
            for (i, j), w in zip(chosen, widths, strict=True)
        )

    return grouped(max(combinations(cuts, cap), key=room))


def _gain(
    clusters: list[_Cluster],
    left: tuple[int, int],
    right: tuple[int, int],
    room: float,
    break_width: float,
) -> tuple[float, float]:
    """What cutting the gap between ``left`` and ``right`` out of a segment ``room`` points
    wide does for the side that gains most: the points it gains, and the factor its room
    grows by. A side whose events are all at one moment gains nothing.

    Left in, each side gets its share of the segment's time; cut out, its share of the
    segment's weight.

    >>> week, decade = [_Cluster(0.0, 7.0, 20)], [_Cluster(3650.0, 3660.0, 2)]
    >>> gain, factor = _gain(week + decade, (0, 0), (1, 1), 500, 12)
    >>> round(gain), round(factor)
    (438, 459)
    """
    first, last = clusters[left[0]].first, clusters[right[1]].last
    if last <= first:
        return 0.0, 1.0
    sides = (left, right)
    weights = [_weight(clusters, side) for side in sides]
    cut_room = max(0.0, room - break_width)
    best = (0.0, 1.0)
    for (i, j), weight in zip(sides, weights, strict=True):
        span = clusters[j].last - clusters[i].first
        if span <= 0:
            continue  # events at one moment sit at one x, however wide their segment
        before = room * span / (last - first)
        after = cut_room * weight / sum(weights)
        if after - before > best[0]:
            best = (after - before, after / before if before > 0 else math.inf)
    return best


def _weight(clusters: list[_Cluster], group: tuple[int, int]) -> float:
    """What a segment's width is in proportion to: its events, and the log of its length.

    >>> week = _weight([_Cluster(0.0, 7.0, 3)], (0, 0))
    >>> years = _weight([_Cluster(0.0, 4 * 365.0, 200)], (0, 0))
    >>> round(week, 1), round(years)
    (5.1, 1269)
    """
    i, j = group
    count = sum(cluster.count for cluster in clusters[i : j + 1])
    span = clusters[j].last - clusters[i].first
    return count * (1 + math.log1p(span / WEIGHT_UNIT_DAYS))


def _shares(weights: list[float], width: float) -> list[float]:
    """Split ``width`` in proportion to ``weights``, none below ``MIN_SEGMENT`` points
    (or an equal share, when there is not room for that).

    >>> [round(w) for w in _shares([1, 99], 300)]
    [30, 270]
    >>> [round(w) for w in _shares([1, 1, 98], 60)]
    [20, 20, 20]
    """
    floor = min(MIN_SEGMENT, width / len(weights))
    widths = [0.0] * len(weights)
    rest = list(range(len(weights)))
    free = width
    # Give the floor to segments whose share falls below it, then share out what is left.
    while rest:
        total = sum(weights[i] for i in rest)
        small = [i for i in rest if total <= 0 or weights[i] / total * free < floor]
        if not small:
            for i in rest:
                widths[i] = weights[i] / total * free
            break
        for i in small:
            widths[i] = floor
            free -= floor
        rest = [i for i in rest if i not in small]
    return widths


def _pads(
    first: float, last: float, width: float, gap_before: float, gap_after: float
) -> tuple[float, float]:
    """How far, in days, a segment reaches before its first event and after its last: about
    ``EDGE_PAD`` points, never more than ``MAX_PAD_SHARE`` of the gap on that side, so
    neighbouring segments never share a moment.

    >>> _pads(0.0, 100.0, 110.0, 1000.0, 4.0)
    (5.0, 1.8)
    """
    span = last - first
    if span <= 0 or width <= 2 * EDGE_PAD:
        pad = 0.5 if span <= 0 else span
    else:
        pad = span * EDGE_PAD / (width - 2 * EDGE_PAD)
    return min(pad, MAX_PAD_SHARE * gap_before), min(pad, MAX_PAD_SHARE * gap_after)


GAP_UNITS = (
    (365.25, "year", "yr"),
    (30.44, "month", "mo"),
    (7.0, "week", "wk"),
    (1.0, "day", "d"),
)


def gap_text(start: float, end: float) -> str:
    """The length of a cut gap in words, rounded to its largest sensible unit.

    >>> gap_text(0, 300), gap_text(0, 40), gap_text(0, 26_000), gap_text(0, 9), gap_text(0, 0.2)
    ('10 months', '6 weeks', '71 years', '9 days', '5 hours')
    """
    return gap_texts(start, end)[0]


def gap_texts(start: float, end: float) -> tuple[str, str]:
    """The length of a cut gap in words, and the same abbreviated for a narrow place.

    >>> gap_texts(0, 26_000), gap_texts(0, 300), gap_texts(0, 1)
    (('71 years', '71 yrs'), ('10 months', '10 mo'), ('1 day', '1 d'))
    """
    length = end - start
    for unit_days, name, short in GAP_UNITS:
        number = round(length / unit_days)
        if number >= (2 if unit_days > 1 else 1):
            plural = "s" if number != 1 else ""
            return f"{number} {name}{plural}", f"{number} {short}{plural if short == 'yr' else ''}"
    hours = max(1, round(length * 24))
    return f"{hours} hour{'s' if hours != 1 else ''}", f"{hours} h"
