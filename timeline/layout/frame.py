"""The frame: the canvas's width and height limit, the type sizes, and the title on top.

Everything else hangs below the title and inside the margins set here.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model.timeline import Timeline
from .geometry import TextBlock
from .measure import Measure
from .options import Options
from .wrapping import wrap

MARGIN = 14.0  # around the canvas, in points
LINE = 1.25  # line spacing, in font sizes
MARKER = 7.0  # a marker's nominal diameter, in points
TITLE_GAP = 8.0  # between the title and the lanes
ROW_LEADING = 1.0  # points between the lines of labels in rows one above the other
MIN_TEXT = 6.0  # no text is smaller than this, in points: the least that prints legibly
REPORT_WIDTH = 7.5  # inches: figures up to this wide are for a page's text block...
PAGE_HEIGHT = 9.0  # ...whose height (US Letter or A4 with usual margins) they stay within


@dataclass(frozen=True)
class Sizes:
    """Font sizes and the row pitch, all derived from the one base size."""

    label: float
    title: float
    lane: float
    tick: float
    small: float
    row: float

    @classmethod
    def from_base(cls, base: float, measure: Measure) -> Sizes:
        """Every size from the base (the labels'), none below ``MIN_TEXT``."""
        base = max(base, MIN_TEXT)
        row = max(measure("Ag", base)[1] + ROW_LEADING, MARKER * 1.6)  # a label row is a mark row
        small = max(base * 0.85, MIN_TEXT)
        return cls(base, base * 1.5, base * 1.05, max(base * 0.9, MIN_TEXT), small, row)


def height_limit(width: float, max_height: float | None) -> float:
    """The height a figure ``width`` inches wide stays within, in inches: the reader's, or
    by default a page's text block at report widths, and 1.5 times the width beyond them.

    >>> height_limit(3.5, None), height_limit(6.5, None), height_limit(10, None)
    (9.0, 9.0, 15.0)
    """
    if max_height is not None:
        return max_height
    return PAGE_HEIGHT if width <= REPORT_WIDTH else 1.5 * width


@dataclass(frozen=True)
class Frame:
    """The canvas in points: its width, the height it should stay within, and the title."""

    width: float
    max_height: float
    sizes: Sizes
    title: tuple[TextBlock, ...]
    top: float  # where the lanes start, under the title

    @property
    def right(self) -> float:
        """The right edge of what is drawn, inside the margin."""
        return self.width - MARGIN


def frame_of(timeline: Timeline, options: Options, measure: Measure) -> Frame:
    """The frame of a figure of ``timeline``: sizes from the options, the title wrapped."""
    sizes = Sizes.from_base(options.font_size, measure)
    width = options.width * 72
    max_height = height_limit(options.width, options.max_height) * 72
    text = options.title if options.title is not None else timeline.title
    lines = wrap(text, sizes.title, width - 2 * MARGIN, measure, bold=True) if text else []
    title = tuple(
        TextBlock(line, MARGIN, MARGIN + i * sizes.title * LINE, sizes.title, bold=True,
                  role="title")
        for i, line in enumerate(lines)
    )  # fmt: skip
    top = MARGIN + len(lines) * sizes.title * LINE + (TITLE_GAP if lines else 0)
    return Frame(width, max_height, sizes, title, top)
