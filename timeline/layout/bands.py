"""The lane bands: each lane's height from the rows it needs, its box, name and shading."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .frame import LINE, MARGIN, Frame
from .geometry import Box, Lane, TextBlock
from .lanes import NESTED_INDENT, LanePlan
from .rows import LANE_PAD, RowPlan

HEADING_SCALE = 1.07  # a country heading's type, against a lane name's


@dataclass(frozen=True)
class Bands:
    """The lanes top to bottom, the y of each lane's first row, and the plot they fill."""

    lanes: tuple[Lane, ...]
    row_y: tuple[float, ...]
    plot: Box


def bands_of(lanes: LanePlan, rows: RowPlan, frame: Frame) -> Bands:
    """Stack the lanes under the title; alternate lanes of events are shaded."""
    sizes = frame.sizes
    x0, x1 = lanes.plot_x0, rows.plot_x1
    bands: list[Lane] = []
    row_y: list[float] = []
    y = frame.top
    shade = False
    for index, (spec, names) in enumerate(zip(lanes.specs, lanes.names, strict=True)):
        lines = len(names) * sizes.lane * LINE
        if spec.is_header:
            height = max(sizes.row, lines + 2)
            box = Box(x0, y, x1, y + height)
            first = y + (height - lines) / 2 + sizes.lane * LINE / 2
            name = _name(names, MARGIN, first, sizes.lane * HEADING_SCALE, bold=True)
            rule = ((MARGIN, box.y1), (box.x1, box.y1))
            bands.append(Lane(spec.key, name, box, None, header=True, rule=rule))
            row_y.append(y)
            y += height
            continue
        count = max(rows.packing.rows_used[index], math.ceil(lines / sizes.row))
        height = count * sizes.row + 2 * LANE_PAD
        box = Box(x0, y, x1, y + height)
        first = y + LANE_PAD + sizes.row / 2
        name_x = MARGIN + (NESTED_INDENT if lanes.nested else 0)
        name = _name(names, name_x, first, sizes.lane, bold=not lanes.nested)
        band = Box(0, box.y0, box.x1, box.y1) if shade else None
        bands.append(Lane(spec.key, name, box, band))
        row_y.append(first)
        shade = not shade
        y += height
    return Bands(tuple(bands), tuple(row_y), Box(x0, frame.top, x1, y))


def _name(
    lines: tuple[str, ...], x: float, first: float, size: float, bold: bool
) -> tuple[TextBlock, ...]:
    """A lane's name, its first line centred on ``first``."""
    return tuple(
        TextBlock(line, x, first + index * size * LINE, size, bold=bold, role="lane",
                  anchor="center")
        for index, line in enumerate(lines)
    )  # fmt: skip
