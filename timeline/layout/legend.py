"""The legend stage: a sample of each kind drawn, then the encodings of status and date
certainty in use, in rows under the axis."""

from __future__ import annotations

from ..model.timeline import KINDS
from .frame import LINE, Sizes
from .geometry import Box, LegendEntry, Look, Mark, TextBlock
from .marks import ROOM_HALF_HEIGHT, mark_of
from .measure import Measure

LEGEND_GAP = 10.0  # between the axis and the legend
SAMPLE_WIDTH = 22.0  # the room of a sample mark
SAMPLE_GAP = 4.0  # between a sample and its text
ENTRY_GAP = 14.0  # between entries on a row
BAR_INSET = 2.0  # a sample bar's ends, in from its room's
SPAN_INSET = 1.0  # a sample whisker's ends, likewise


def legend_of(
    marks: tuple[Mark, ...], x0: float, x1: float, top: float, sizes: Sizes, measure: Measure
) -> tuple[tuple[LegendEntry, ...], float]:
    """The legend's entries in rows under ``top``, between ``x0`` and ``x1``; and its bottom
    (``top`` itself when there is nothing to explain)."""
    entries = _entries(marks)
    if not entries:
        return (), top
    legend = []
    x, y = x0, top + LEGEND_GAP
    for look, shape, text, with_span in entries:
        text_width = measure(text, sizes.small)[0]
        needed = SAMPLE_WIDTH + SAMPLE_GAP + text_width
        if x > x0 and x + needed > x1:
            x, y = x0, y + sizes.row
        room = Box(x, y - ROOM_HALF_HEIGHT, x + SAMPLE_WIDTH, y + ROOM_HALF_HEIGHT)
        if shape == "bar":
            sample = mark_of(look, "bar", x + BAR_INSET, x + SAMPLE_WIDTH - BAR_INSET, y, room)
        else:
            cx = x + SAMPLE_WIDTH / 2
            span = (x + SPAN_INSET, x + SAMPLE_WIDTH - SPAN_INSET) if with_span else None
            sample = mark_of(look, "point", cx, cx, y, room, span=span)
        block = TextBlock(text, x + SAMPLE_WIDTH + SAMPLE_GAP, y - sizes.small * LINE / 2,
                          sizes.small, role="legend")  # fmt: skip
        legend.append(LegendEntry(sample, block))
        x += needed + ENTRY_GAP
    return tuple(legend), y + sizes.row / 2


def _entries(marks: tuple[Mark, ...]) -> list[tuple[Look, str, str, bool]]:
    """(look, shape, text, with a whisker) of each entry the marks call for, in order."""
    shapes: dict[str, set[str]] = {}
    for mark in marks:
        shapes.setdefault(mark.look.kind, set()).add(mark.shape)
    # A kind drawn only as bars is shown as a bar; otherwise as its marker.
    entries = [
        (Look(kind, "held", False), "bar" if shapes[kind] == {"bar"} else "point",
         kind.replace("-", " "), False)
        for kind in sorted(shapes, key=KINDS.index)
    ]  # fmt: skip
    statuses = {mark.look.status for mark in marks}
    plain = Look("other", "held", False)
    if statuses & {"planned", "expected"}:
        entries.append((Look("other", "planned", False), "point", "planned or expected (hollow)",
                        False))  # fmt: skip
    if "cancelled" in statuses:
        entries.append((Look("other", "cancelled", False), "point", "cancelled", False))
    if any(mark.look.loose for mark in marks):
        entries.append((Look("other", "held", True), "point",
                        "date approximate or uncertain (halo)", False))  # fmt: skip
    if any(mark.whisker for mark in marks):
        entries.append((plain, "point", "date somewhere in this span", True))
    if any(mark.shape == "bar" for mark in marks):
        entries.append((plain, "bar", "lasting from start to end", False))
    return entries
