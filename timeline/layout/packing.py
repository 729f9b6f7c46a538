"""Stacking: which row of which lane each mark and label goes in, so that nothing overlaps.

Events are taken from left to right. Each event's label goes in whichever of its lanes has
the lowest free row for it, to the right of the mark, or to its left when the right edge is
too near; its marks in its other lanes take the lowest row free at their x. A lane has at
most ``max_rows`` rows; a label that finds no room is tried as a number explained in a key,
and is otherwise left out and counted. Marks are always placed, overlapping only when a lane
is full: the last row of each lane is kept for them, so a mark never lands on a label.
Cost: O(n log n) for n events, with one min-tree per lane (``rows.Rows``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .row_tree import Rows

# Points kept clear between neighbours in a row, and between a mark and its label.
ITEM_GAP = 4.0
LABEL_GAP = 3.0


@dataclass(frozen=True)
class Item:
    """One event as the packer sees it: its extent in x, its lanes, its label's width."""

    event: str
    lanes: tuple[int, ...]
    x0: float  # left of the mark (whisker included)
    x1: float  # right of the mark
    label_width: float


@dataclass
class Placement:
    rows: dict[int, int] = field(default_factory=dict)  # lane -> row of the mark
    label_lane: int | None = None
    label_x0: float = 0.0
    label_x1: float = 0.0
    numbered: bool = False


@dataclass
class Packing:
    placements: dict[str, Placement]
    rows_used: list[int]
    numbered: list[str]  # events labelled with a number, left to right
    unlabelled: int


def pack(
    items: list[Item],
    lane_count: int,
    max_rows: int,
    bounds: tuple[float, float],
    number_width: float | None,
) -> Packing:
    """Place ``items`` (sorted by ``x0``) in rows; labels stay within ``bounds`` in x.

    ``number_width`` is the width of the widest key number, or None when no key is allowed.
    """
    lanes = [Rows(max_rows) for _ in range(lane_count)]
    placements: dict[str, Placement] = {}
    numbered: list[str] = []
    unlabelled = 0
    for item in items:
        placement = Placement()
        label = _place_label(item, item.label_width, lanes, bounds, max_rows - 1)
        if label is None and number_width is not None:
            label = _place_label(item, number_width, lanes, bounds, max_rows - 1)
            placement.numbered = label is not None
        if label is None:
            unlabelled += 1
        else:
            lane, row, placement.label_x0, placement.label_x1 = label
            placement.label_lane = lane
            placement.rows[lane] = row
            lanes[lane].take(row, max(item.x1, placement.label_x1) + ITEM_GAP)
            if placement.numbered:
                numbered.append(item.event)
        for lane in item.lanes:
            if lane in placement.rows:
                continue
            rows = lanes[lane]
            free = rows.lowest_free(item.x0)
            # A full lane's last row holds marks only, so a mark there covers no label.
            row = max_rows - 1 if free is None else free
            placement.rows[lane] = row
            rows.take(row, item.x1 + ITEM_GAP)
        placements[item.event] = placement
    return Packing(placements, [max(1, rows.used) for rows in lanes], numbered, unlabelled)


def _place_label(
    item: Item, width: float, lanes: list[Rows], bounds: tuple[float, float], label_rows: int
) -> tuple[int, int, float, float] | None:
    """(lane, row, x0, x1) of the lowest free spot for a label among the first
    ``label_rows`` rows, right of the mark first."""
    sides = []
    right = item.x1 + LABEL_GAP
    if right + width <= bounds[1]:
        sides.append((item.x0, right, right + width))
    left = item.x0 - LABEL_GAP - width
    if left >= bounds[0]:
        sides.append((left, left, item.x0 - LABEL_GAP))
    best: tuple[int, int, float, float] | None = None
    for free_from, x0, x1 in sides:
        for lane in item.lanes:
            row = lanes[lane].lowest_free(free_from)
            if row is not None and row < label_rows and (best is None or row < best[1]):
                best = (lane, row, x0, x1)
    return best
