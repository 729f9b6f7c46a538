"""The rows stage: how many rows each lane gets, which row each mark and label goes in, and
whether labels that find no room become numbers in a key beside the plot.

Rows are a shared budget: the lanes may not take more height than the engine gives them.
The lanes first get the largest common number of label rows that fits (a binary search, each
step one O(n log n) packing); the height left over then goes, a row at a time, to the lanes
whose events still lack room. Labels that find no room become numbers in a key beside the
plot, as wide as its entries need, when the key is short enough to read and fits; otherwise
they are counted in a note.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ..model.dates import describe
from ..model.timeline import Event
from .frame import LINE, MARGIN, Frame, Sizes
from .lanes import HEADING_SCALE, LanePlan
from .marks import ROOM_HALF_HEIGHT
from .measure import Measure
from .options import Options
from .packing import Item, Packing, pack
from .scale import TimeScale
from .spots import Spot, spots_of
from .wrapping import wrap

LANE_PAD = 3.0  # above and below the rows of each lane
COMPACT = 2 * ROOM_HALF_HEIGHT  # the pitch of a row of marks without labels
KEY_MAX = 60  # more numbered labels than this make a key too long to read
KEY_SHARE = 0.28  # the key takes at most this share of the width
KEY_GAP = 12.0  # between the plot and the key
KEY_BESIDE = 180.0  # a key narrower than this, in points, goes under the figure instead
KEY_BELOW_SHARES = (0.3, 0.5, 0.7)  # shares of the lanes' height a key under them may take
KEY_ENTRY_GAP = 1.0  # between key entries
MARK_ROWS = 8  # compact rows a lane may have, at least
WATER_ROUNDS = 8  # packings spent handing out the height left over, at most


@dataclass(frozen=True)
class KeyColumn:
    """The key's column: beside the plot, or under the figure across its width."""

    x0: float
    x1: float
    beside: bool


@dataclass(frozen=True)
class RowPlan:
    """Where each event sits in x, the time scale, the stacking, and the key's column."""

    spots: dict[str, Spot]
    scale: TimeScale | None  # None for the sequence scale
    packing: Packing
    plot_x1: float  # the right edge of the plot
    key: KeyColumn | None  # where the key to numbered labels goes, when there is one
    heights: tuple[float, ...]  # each lane's height
    fits: bool  # within the height budget (not so when one row a lane is too much)
    key_room: float = 0.0  # the height kept for a key under the figure

    @property
    def height(self) -> float:
        """The height of the lanes."""
        return sum(self.heights)

    @property
    def taken(self) -> float:
        """The height taken out of the budget: the lanes', and a key's under the figure."""
        return self.height + self.key_room


def floor_height(lanes: LanePlan, sizes: Sizes) -> float:
    """The least height the lanes can take: one row each, or their names' lines."""
    return sum(
        lane_height(spec.is_header, names, sizes.row, sizes)
        for spec, names in zip(lanes.specs, lanes.names, strict=True)
    )


def lane_height(header: bool, names: tuple[str, ...], rows: float, sizes: Sizes) -> float:
    """A lane as tall as its rows, or its name's lines when they take more, with padding; a
    country heading as tall as its name, in the heading's size."""
    if header:
        return max(sizes.row, len(names) * sizes.lane * HEADING_SCALE * LINE + 2)
    return max(rows, len(names) * sizes.lane * LINE, sizes.row) + 2 * LANE_PAD


@dataclass(frozen=True)
class _Stacking:
    """What every packing attempt shares."""

    events: tuple[Event, ...]
    scale: str
    lanes: LanePlan
    sizes: Sizes
    label_widths: dict[str, float]
    number_width: float


def label_text(event: Event, scale: str) -> str:
    """An event's label: its title, and in the sequence scale its date too."""
    if scale == "sequence":
        return f"{event.title} · {describe(event.when)}"
    return event.title


def key_text(event: Event) -> str:
    """An event's entry in the key: its title and its date."""
    return f"{event.title} ({describe(event.when)})"


def lane_heights(lanes: LanePlan, packing: Packing, sizes: Sizes) -> tuple[float, ...]:
    """Each lane's height from its label rows and the compact rows under them."""
    return tuple(
        lane_height(spec.is_header, names, labels * sizes.row + marks * COMPACT, sizes)
        for spec, names, labels, marks in zip(
            lanes.specs, lanes.names, packing.label_rows, packing.mark_rows, strict=True
        )
    )


def rows_of(
    events: tuple[Event, ...], options: Options, frame: Frame, lanes: LanePlan,
    measure: Measure, budget: float, key_room: float,
) -> RowPlan:  # fmt: skip
    """Stack the events' marks and labels into rows within ``budget`` points of height, with
    a key beside the plot for labels that fit only as numbers, when the key is short enough
    to read and fits in ``key_room`` points of height."""
    sizes = frame.sizes
    stacking = _Stacking(
        events, options.scale, lanes, sizes,
        # Each label is measured once, whatever the number of packings below.
        {event.id: measure(label_text(event, options.scale), sizes.label)[0] for event in events},
        measure("8" * len(str(len(events))), sizes.label, bold=True)[0],
    )  # fmt: skip
    plan = _fitted(stacking, frame.right, budget, numbers=False, key=None)
    if not plan.packing.unlabelled:
        return plan
    # A key for the labels that found no room: beside the plot, as wide as its entries
    # need, when that leaves the plot enough; otherwise under the figure.
    placements = plan.packing.placements
    wanting = [event for event in events if placements[event.id].label_lane is None]
    if KEY_SHARE * frame.width < KEY_BESIDE:
        # The key under the figure takes its height from the lanes'.
        key = KeyColumn(MARGIN, frame.right, beside=False)
        whole = key_height(wanting, key.x1 - key.x0, sizes, measure)
        keyed, room = min(
            (_keyed_below(stacking, frame, key, budget, min(whole, share * budget), measure)
             for share in KEY_BELOW_SHARES),
            key=lambda choice: (not choice[0].fits, choice[0].packing.unlabelled),
        )  # fmt: skip
    else:
        room = key_room
        width = _key_width(wanting, frame, measure)
        for _ in range(2):
            key = KeyColumn(frame.right - width, frame.right, beside=True)
            keyed = _fitted(stacking, key.x0 - KEY_GAP, budget, numbers=True, key=key)
            needed = _key_width(_numbered(keyed, events), frame, measure)
            if needed <= width:
                break
            width = needed
        _trim_key(keyed.packing, events, room, key.x1 - key.x0, sizes, measure)
    if (
        keyed.fits
        and len(keyed.packing.numbered) <= KEY_MAX
        and keyed.packing.unlabelled < plan.packing.unlabelled
    ):
        return replace(keyed, key_room=0.0 if key.beside else room)
    return plan


def _keyed_below(
    stacking: _Stacking, frame: Frame, key: KeyColumn, budget: float, room: float,
    measure: Measure,
) -> tuple[RowPlan, float]:  # fmt: skip
    """The rows with ``room`` of the budget kept for a key under the figure, the key cut to
    what fits in it."""
    keyed = _fitted(stacking, frame.right, budget - room, numbers=True, key=key)
    width = key.x1 - key.x0
    _trim_key(keyed.packing, stacking.events, room, width, stacking.sizes, measure)
    return keyed, room


def _trim_key(
    packing: Packing, events: tuple[Event, ...], room: float, width: float, sizes: Sizes,
    measure: Measure,
) -> None:  # fmt: skip
    """Keep only as many numbers as the key has room for; the rest are counted instead.
    Their marks stay where they are."""
    chosen = set(packing.numbered)
    numbered = [event for event in events if event.id in chosen]
    # A key's height only grows with its entries: the most that fit, by halving.
    fitting, too_many = 0, len(numbered) + 1
    while too_many - fitting > 1:
        count = (fitting + too_many) // 2
        if key_height(numbered[:count], width, sizes, measure) <= room:
            fitting = count
        else:
            too_many = count
    for dropped in numbered[fitting:]:
        placement = packing.placements[dropped.id]
        placement.label_lane, placement.numbered = None, False
        packing.unlabelled += 1
    packing.numbered = [event.id for event in numbered[:fitting]]


def _numbered(plan: RowPlan, events: tuple[Event, ...]) -> list[Event]:
    chosen = set(plan.packing.numbered)
    return [event for event in events if event.id in chosen]


def _key_width(events: Sequence[Event], frame: Frame, measure: Measure) -> float:
    """The key's width: its widest entry, up to a share of the figure's width."""
    size = frame.sizes.label
    indent = measure(f"{len(events)}  ", size, bold=True)[0]
    widest = max((measure(key_text(event), size)[0] for event in events), default=0.0)
    return min(KEY_SHARE * frame.width, indent + widest)


def key_height(events: Sequence[Event], width: float, sizes: Sizes, measure: Measure) -> float:
    """The height the key of ``events`` takes in a column ``width`` wide, title included."""
    indent = measure(f"{len(events)}  ", sizes.label, bold=True)[0]
    lines = sum(
        len(wrap(key_text(event), sizes.label, width - indent, measure)) for event in events
    )
    return (1 + lines) * sizes.label * LINE + len(events) * KEY_ENTRY_GAP


def _fitted(
    stacking: _Stacking, x1: float, budget: float, numbers: bool, key: KeyColumn | None
) -> RowPlan:
    """The rows with the plot ending at ``x1`` (``numbers`` allows a key): the most label
    rows each lane can have within ``budget`` points of height."""
    lanes = stacking.lanes
    x0 = lanes.plot_x0
    spots, time_scale = spots_of(stacking.events, stacking.scale, x0, x1)
    items = sorted(
        (
            Item(event.id, lanes.event_lanes[event.id], spots[event.id].left,
                 spots[event.id].right, stacking.label_widths[event.id])
            for event in stacking.events
        ),
        key=lambda item: item.x0,
    )  # fmt: skip
    number_width = stacking.number_width if numbers else None
    lane_total = len(lanes.specs)

    def packed(caps: Sequence[int], mark_cap: int) -> tuple[Packing, tuple[float, ...]]:
        packing = pack(items, caps, mark_cap, (x0, x1), number_width)
        return packing, lane_heights(lanes, packing, stacking.sizes)

    def fits(heights: tuple[float, ...]) -> bool:
        return sum(heights) <= budget

    # The largest common cap that fits: more label rows than events never help.
    load = [0] * lane_total
    for item in items:
        for lane in item.lanes:
            load[lane] += 1
    low, high = 1, max(1, max(load, default=1))
    best = packed([low] * lane_total, _mark_cap(low))
    mark_cap = _mark_cap(low)
    if fits(best[1]):
        while low < high:
            middle = (low + high + 1) // 2
            trial = packed([middle] * lane_total, _mark_cap(middle))
            if fits(trial[1]):
                low, best = middle, trial
            else:
                high = middle - 1
        mark_cap = _mark_cap(low)
    else:
        # Not even one label row each with room for the marks: fewer compact rows, shared.
        while mark_cap > 1 and not fits(best[1]):
            mark_cap -= 1
            best = packed([low] * lane_total, mark_cap)
    caps = [low] * lane_total
    packing, heights = _water_filled(best, caps, mark_cap, packed, fits)
    # Marks sharing a row hide one another: that counts as not fitting.
    fitted = fits(heights) and mark_cap >= _mark_cap(1)
    return RowPlan(spots, time_scale, packing, x1, key, heights, fitted)


def _mark_cap(label_cap: int) -> int:
    """Compact rows a lane may have: marks hidden under marks are worse than labels left
    out, so more than label rows."""
    return max(2 * label_cap, MARK_ROWS)


Packed = tuple[Packing, tuple[float, ...]]


def _water_filled(
    best: Packed, caps: list[int], mark_cap: int,
    packed: Callable[[Sequence[int], int], Packed], fits: Callable[[tuple[float, ...]], bool],
) -> Packed:  # fmt: skip
    """Hand the height left over to the lanes whose events still lack room, a row each to
    the neediest lanes first, in a few packings."""
    packing, heights = best
    if not fits(heights):
        return best
    for _ in range(WATER_ROUNDS):
        needy = sorted(
            (lane for lane, want in enumerate(packing.wanting)
             if want and packing.label_rows[lane] >= caps[lane]),
            key=lambda lane: -packing.wanting[lane],
        )  # fmt: skip
        if not needy:
            break
        count = len(needy)
        while count:
            trial_caps = list(caps)
            for lane in needy[:count]:
                trial_caps[lane] += 1
            trial = packed(trial_caps, mark_cap)
            if fits(trial[1]) and trial[0].unlabelled <= packing.unlabelled:
                caps, (packing, heights) = trial_caps, trial
                break
            count //= 2
        else:
            break
    return packing, heights
