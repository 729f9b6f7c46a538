"""The lane bands: each lane's box from the height its rows need, its name and shading."""

from __future__ import annotations

from dataclasses import dataclass

from .frame import LINE, MARGIN, Frame
from .geometry import Box, Lane, TextBlock
from .lanes import HEADING_SCALE, NESTED_INDENT, LanePlan
from .packing import Slot
from .rows import COMPACT, LANE_PAD, RowPlan


@dataclass(frozen=True)
class Bands:
    """The lanes top to bottom and the plot they fill; where each row's middle is."""

    lanes: tuple[Lane, ...]
    plot: Box
    label_pitch: float
    label_rows: tuple[int, ...]  # label rows per lane, above its compact rows

    def y(self, lane: int, slot: Slot) -> float:
        """The middle of row ``slot`` of lane ``lane``."""
        top = self.lanes[lane].box.y0 + LANE_PAD
        if slot.compact:
            top += self.label_rows[lane] * self.label_pitch
            return top + (slot.row + 0.5) * COMPACT
        return top + (slot.row + 0.5) * self.label_pitch


def bands_of(lanes: LanePlan, rows: RowPlan, frame: Frame) -> Bands:
    """Stack the lanes under the title; alternate lanes of events are shaded."""
    sizes = frame.sizes
    x0, x1 = lanes.plot_x0, rows.plot_x1
    bands: list[Lane] = []
    y = frame.top
    shade = False
    for spec, names, height in zip(lanes.specs, lanes.names, rows.heights, strict=True):
        box = Box(x0, y, x1, y + height)
        if spec.is_header:
            size = sizes.lane * HEADING_SCALE
            first = y + (height - len(names) * size * LINE) / 2 + size * LINE / 2
            name = _name(names, MARGIN, first, size, bold=True)
            rule = ((MARGIN, box.y1), (box.x1, box.y1))
            bands.append(Lane(spec.key, name, box, None, header=True, rule=rule))
        else:
            first = y + LANE_PAD + sizes.row / 2
            name_x = MARGIN + (NESTED_INDENT if lanes.nested else 0)
            name = _name(names, name_x, first, sizes.lane, bold=not lanes.nested)
            band = Box(0, box.y0, box.x1, box.y1) if shade else None
            bands.append(Lane(spec.key, name, box, band))
            shade = not shade
        y += height
    label_rows = tuple(rows.packing.label_rows)
    return Bands(tuple(bands), Box(x0, frame.top, x1, y), sizes.row, label_rows)


def _name(
    lines: tuple[str, ...], x: float, first: float, size: float, bold: bool
) -> tuple[TextBlock, ...]:
    """A lane's name, its first line centred on ``first``."""
    return tuple(
        TextBlock(line, x, first + index * size * LINE, size, bold=bold, role="lane",
                  anchor="center")
        for index, line in enumerate(lines)
    )  # fmt: skip
