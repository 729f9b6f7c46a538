"""Stacking: which row of which lane each mark and label goes in, so that nothing overlaps.

Events are taken from left to right. Each event's label goes in whichever of its lanes has
the lowest free label row for it, to the right of the mark, or to its left when the right
edge is too near; lane ``l`` has at most ``label_caps[l]`` label rows. A label that finds
no room is tried as a number explained in a key, and is otherwise left out and counted.

A mark whose label is elsewhere (or nowhere) needs no label room: it takes a free spot in a
label row the lane already has, or else a *compact* row of marker height under the label
rows. Compact rows are capped too; when they are all taken at its x the mark shares the last
one. Marks never land on labels. Cost: O(n log n) for n events, with one min-tree per stack
of rows (``row_tree.Rows``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

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


class Slot(NamedTuple):
    """A row of a lane: one of its label rows, or one of the compact rows under them."""

    row: int
    compact: bool = False


@dataclass
class Placement:
    rows: dict[int, Slot] = field(default_factory=dict)  # lane -> where its mark is
    label_lane: int | None = None
    label_x0: float = 0.0
    label_x1: float = 0.0
    numbered: bool = False


@dataclass
class Packing:
    placements: dict[str, Placement]
    label_rows: list[int]  # label rows used, per lane
    mark_rows: list[int]  # compact rows used, per lane
    numbered: list[str]  # events labelled with a number, left to right
    unlabelled: int
    wanting: list[int]  # per lane: events of it that found no room for their full label


def pack(
    items: Sequence[Item],
    label_caps: Sequence[int],
    mark_cap: int,
    bounds: tuple[float, float],
    number_width: float | None,
) -> Packing:
    """Place ``items`` (sorted by ``x0``) in rows; labels stay within ``bounds`` in x.

    ``number_width`` is the width of the widest key number, or None when no key is allowed.
    """
    labels = [Rows(cap) for cap in label_caps]
    marks = [Rows(mark_cap) for _ in label_caps]
    wanting = [0] * len(label_caps)
    placements: dict[str, Placement] = {}
    numbered: list[str] = []
    unlabelled = 0
    for item in items:
        placement = Placement()
        label = _place_label(item, item.label_width, labels, bounds)
        if label is None:
            for lane in item.lanes:
                wanting[lane] += 1
            if number_width is not None:
                # A number is no taller than a mark: a compact row holds it as well.
                label = _place_label(item, number_width, labels, bounds) or _place_label(
                    item, number_width, marks, bounds, compact=True
                )
                placement.numbered = label is not None
        if label is None:
            unlabelled += 1
        else:
            lane, slot, placement.label_x0, placement.label_x1 = label
            placement.label_lane = lane
            placement.rows[lane] = slot
            stack = marks if slot.compact else labels
            stack[lane].take(slot.row, max(item.x1, placement.label_x1) + ITEM_GAP)
            if placement.numbered:
                numbered.append(item.event)
        for lane in item.lanes:
            if lane not in placement.rows:
                placement.rows[lane] = _mark_slot(item, labels[lane], marks[lane])
        placements[item.event] = placement
    return Packing(
        placements, [rows.used for rows in labels], [rows.used for rows in marks], numbered,
        unlabelled, wanting,
    )  # fmt: skip


def _mark_slot(item: Item, labels: Rows, marks: Rows) -> Slot:
    """A mark without its label: a free spot in a label row already in use, else the lowest
    free compact row, else the last compact row, shared."""
    row = labels.lowest_free(item.x0)
    if row is not None and row < labels.used:
        labels.take(row, item.x1 + ITEM_GAP)
        return Slot(row)
    free = marks.lowest_free(item.x0)
    row = marks.limit - 1 if free is None else free
    marks.take(row, item.x1 + ITEM_GAP)
    return Slot(row, compact=True)


def _place_label(
    item: Item, width: float, lanes: list[Rows], bounds: tuple[float, float],
    compact: bool = False,
) -> tuple[int, Slot, float, float] | None:  # fmt: skip
    """(lane, slot, x0, x1) of the lowest free row of ``lanes`` for a label, right of the
    mark first."""
    sides = []
    right = item.x1 + LABEL_GAP
    if right + width <= bounds[1]:
        sides.append((item.x0, right, right + width))
    left = item.x0 - LABEL_GAP - width
    if left >= bounds[0]:
        sides.append((left, left, item.x0 - LABEL_GAP))
    best: tuple[int, Slot, float, float] | None = None
    for free_from, x0, x1 in sides:
        for lane in item.lanes:
            row = lanes[lane].lowest_free(free_from)
            # The last compact row is where marks go when all are full: no label there.
            if compact and row is not None and row >= lanes[lane].limit - 1:
                continue
            if row is not None and (best is None or row < best[1].row):
                best = (lane, Slot(row, compact), x0, x1)
    return best
