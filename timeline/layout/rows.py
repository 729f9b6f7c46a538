"""The rows stage: how many rows each lane gets, which row each mark and label goes in, and
whether labels that find no room become numbers in a key beside the plot.

Rows are a shared budget: the figure may not grow past its height limit, so the lanes get
the largest common row limit that keeps their total within it (a binary search over the
limit, each step one O(n log n) packing). Labels that find no room become numbers in a key
beside the plot when the key would be short enough to read; otherwise they are counted.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from ..model.dates import describe
from ..model.timeline import Event
from .frame import Frame
from .lanes import LanePlan
from .measure import Measure
from .options import Options
from .packing import Item, Packing, pack
from .scale import TimeScale
from .spots import Spot, spots_of

CHROME = 120.0  # the height the axis, legend and notes take, roughly, in points
LANE_PAD = 3.0  # above and below the rows of each lane
KEY_MAX = 60  # more numbered labels than this make a key too long to read
KEY_SHARE = 0.28  # the key takes this share of the width
KEY_GAP = 12.0  # between the plot and the key


@dataclass(frozen=True)
class RowPlan:
    """Where each event sits in x, the time scale, the stacking, and the key's column."""

    spots: dict[str, Spot]
    scale: TimeScale | None  # None for the sequence scale
    packing: Packing
    plot_x1: float  # the right edge of the plot
    key_x: float | None  # the left edge of the key beside the plot, when there is one


@dataclass(frozen=True)
class _Stacking:
    """What every packing attempt shares."""

    events: tuple[Event, ...]
    scale: str
    lanes: LanePlan
    label_widths: dict[str, float]
    number_width: float
    budget: int  # rows for all lanes together


def label_text(event: Event, scale: str) -> str:
    """An event's label: its title, and in the sequence scale its date too."""
    if scale == "sequence":
        return f"{event.title} · {describe(event.when)}"
    return event.title


def rows_of(
    events: tuple[Event, ...], options: Options, frame: Frame, lanes: LanePlan, measure: Measure
) -> RowPlan:
    """Stack the events' marks and labels into rows within the height limit, with a key
    beside the plot for labels that fit only as numbers, when the key is short enough."""
    sizes = frame.sizes
    budget = max(
        lanes.event_lane_count,
        math.floor(
            (frame.max_height - (frame.top + CHROME) - lanes.event_lane_count * 2 * LANE_PAD)
            / sizes.row
        ) - lanes.header_count,
    )  # fmt: skip
    stacking = _Stacking(
        events, options.scale, lanes,
        # Each label is measured once, whatever the number of packings below.
        {event.id: measure(label_text(event, options.scale), sizes.label)[0] for event in events},
        measure("8" * len(str(len(events))), sizes.label)[0],
        budget,
    )  # fmt: skip
    plan = _attempt(stacking, frame.right, numbers=True, key_x=None)
    if not plan.packing.numbered:
        return plan
    if len(plan.packing.numbered) <= KEY_MAX:
        key_x = frame.right - KEY_SHARE * frame.width
        plan = _attempt(stacking, key_x - KEY_GAP, numbers=True, key_x=key_x)
        if len(plan.packing.numbered) <= KEY_MAX:
            return plan
    return _attempt(stacking, frame.right, numbers=False, key_x=None)


def _attempt(stacking: _Stacking, x1: float, numbers: bool, key_x: float | None) -> RowPlan:
    """One layout of the rows with the plot ending at ``x1``; ``numbers`` allows a key."""
    x0 = stacking.lanes.plot_x0
    spots, time_scale = spots_of(stacking.events, stacking.scale, x0, x1)
    items = sorted(
        (
            Item(event.id, stacking.lanes.event_lanes[event.id], spots[event.id].left,
                 spots[event.id].right, stacking.label_widths[event.id])
            for event in stacking.events
        ),
        key=lambda item: item.x0,
    )  # fmt: skip
    lane_total = len(stacking.lanes.specs)
    bounds = (x0, x1)
    number_width = stacking.number_width if numbers else None

    def packed(limit: int) -> Packing:
        return pack(items, lane_total, limit, bounds, number_width)

    # Two rows at least: the last row of a full lane is kept for marks (see packing).
    most = max(2, stacking.budget - stacking.lanes.event_lane_count + 1)
    packing = _within_budget(packed, 2, most, stacking.budget)
    return RowPlan(spots, time_scale, packing, x1, key_x)


def _within_budget(packed: Callable[[int], Packing], low: int, high: int, budget: int) -> Packing:
    """The packing with the largest row limit in [low, high] whose rows fit ``budget``
    (the lowest limit's when none does): a binary search, O(log high) packings."""
    packing = packed(high)
    if sum(packing.rows_used) <= budget:
        return packing
    best = packed(low)
    while high - low > 1:
        middle = (low + high) // 2
        trial = packed(middle)
        if sum(trial.rows_used) <= budget:
            low, best = middle, trial
        else:
            high = middle
    return best
