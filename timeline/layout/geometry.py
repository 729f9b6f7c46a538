"""What a figure is made of, as plain geometry: the layout's output and the renderer's input.

All lengths are in points (1/72 inch) on a canvas whose origin is the top-left corner, with
y growing downwards, the way a page is read.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def overlaps(self, other: Box) -> bool:
        """True when the two share interior area (touching edges do not count).

        >>> Box(0, 0, 2, 2).overlaps(Box(1, 1, 3, 3)), Box(0, 0, 1, 1).overlaps(Box(1, 0, 2, 1))
        (True, False)
        """
        return (
            self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1
        )

    def contains(self, other: Box) -> bool:
        return (
            self.x0 <= other.x0 and other.x1 <= self.x1 and self.y0 <= other.y0
            and other.y1 <= self.y1
        )  # fmt: skip


@dataclass(frozen=True)
class Style:
    """What a mark's look encodes; the theme turns it into colours and shapes."""

    kind: str
    status: str
    loose: bool  # approximate or uncertain date


@dataclass(frozen=True)
class Mark:
    """One event's mark in one lane: a marker at ``x`` or a bar from ``x`` to ``x_end``.

    ``span``, when set, is the stretch of time the event may fall in (a month, a window),
    drawn as a whisker through the marker. ``box`` is all the room the mark takes.
    """

    event: str
    lane: int
    shape: str  # "point" or "bar"
    x: float
    x_end: float
    y: float
    size: float
    style: Style
    box: Box
    span: tuple[float, float] | None = None


@dataclass(frozen=True)
class Label:
    """An event's label: left-aligned text, vertically centred in ``box``."""

    event: str
    text: str
    box: Box
    lane: int
    size: float
    number: int | None = None  # set when the label is a number explained in the key


@dataclass(frozen=True)
class Connector:
    """The line that joins the marks of one event across lanes."""

    event: str
    x: float
    y0: float
    y1: float


@dataclass(frozen=True)
class Lane:
    key: str
    label: tuple[str, ...]  # lines of the lane's name
    label_x: float
    label_y: float  # the middle of the name's first line
    box: Box  # the lane's band, across the plot
    shade: bool  # alternate lanes are shaded
    header: bool = False  # a country heading above its actors' lanes
    size: float = 8.4
    bold: bool = True


@dataclass(frozen=True)
class Tick:
    x: float
    text: str
    major: bool


@dataclass(frozen=True)
class Break:
    """A cut in the time axis over a long empty stretch, with the length it hides."""

    x0: float
    x1: float
    text: str
    y0: float = 0.0  # the cut runs through the lanes, from y0 down to y1
    y1: float = 0.0


@dataclass(frozen=True)
class Axis:
    y: float  # the axis line, under the lanes
    x0: float
    x1: float
    segments: tuple[tuple[float, float], ...]
    ticks: tuple[Tick, ...]
    breaks: tuple[Break, ...]
    tick_size: float
    text_y: float  # top of the tick texts
    note_y: float  # top of the break texts and the caption
    note_size: float
    caption: str = ""  # e.g. "Events in order, evenly spaced" for the sequence scale


@dataclass(frozen=True)
class TextBlock:
    """A piece of free text: the title, the source line, notes, key entries."""

    text: str
    x: float
    y: float  # top of the first line
    size: float
    bold: bool = False
    role: str = "note"


@dataclass(frozen=True)
class LegendEntry:
    """A sample mark and what it means."""

    sample: Mark
    text: TextBlock


@dataclass(frozen=True)
class Layout:
    """Everything the renderer draws, already placed."""

    width: float
    height: float
    plot: Box
    lanes: tuple[Lane, ...]
    marks: tuple[Mark, ...]
    labels: tuple[Label, ...]
    connectors: tuple[Connector, ...]
    axis: Axis
    legend: tuple[LegendEntry, ...]
    texts: tuple[TextBlock, ...]
    tooltips: dict[str, str] = field(default_factory=dict)
    unlabelled: int = 0
    font_family: str = "DejaVu Sans"
    line_height: float = 1.25  # line spacing of multi-line text, in font sizes (layout.LINE)
