"""What a figure is made of, as plain geometry: the layout's output and the renderer's input.

All lengths are in points (1/72 inch) on a canvas whose origin is the top-left corner, with
y growing downwards, the way a page is read. Every position and size the renderer uses is
here; the renderer only chooses colours (by ``Look`` and text ``role``) and draws.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Point = tuple[float, float]
Line = tuple[Point, Point]


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
class TextBlock:
    """One line of text, anchored at (x, y): the title, a lane name, a tick, a label...

    ``align`` is where x is on the line ("left" or "center"); ``anchor`` where y is on it:
    "top", "center", or "center_baseline" (the middle of the line's letters, for labels).
    ``role`` says what the text is, which the theme turns into a colour.
    """

    text: str
    x: float
    y: float
    size: float
    bold: bool = False
    role: str = "note"
    align: str = "left"
    anchor: str = "top"
    italic: bool = False


@dataclass(frozen=True)
class Look:
    """What a mark's appearance encodes; the theme turns it into colours and shapes."""

    kind: str
    status: str
    loose: bool  # approximate or uncertain date


@dataclass(frozen=True)
class Mark:
    """One event's mark in one lane: a glyph centred at (x, y), or a bar.

    ``glyph`` names the point's shape ("circle", "star"...) and ``size`` is its drawn
    diameter; ``bar`` the rectangle of an event that
    lasts; ``whisker`` the line across the days an event may fall in, with its end caps;
    ``halo`` the diameter of the soft disc around a loose date. ``box`` is all the room
    the mark takes, which labels keep clear of.
    """

    event: str
    lane: int
    shape: str  # "point" or "bar"
    x: float
    y: float
    size: float
    glyph: str
    look: Look
    box: Box
    bar: Box | None = None
    whisker: tuple[Line, ...] = ()
    halo: float | None = None


@dataclass(frozen=True)
class Label:
    """An event's label: its text over a patch (``box``) of its lane's background."""

    event: str
    text: TextBlock
    box: Box
    lane: int
    shaded: bool  # on a shaded lane, so the patch is the shade's colour
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
    """One lane: its band across the plot, its name, and the band that is shaded, if any."""

    key: str
    name: tuple[TextBlock, ...]  # the lines of the lane's name
    box: Box  # the lane's band, across the plot
    shade: Box | None  # alternate lanes are shaded, from the canvas's left edge
    header: bool = False  # a country heading above its actors' lanes
    rule: Line | None = None  # the line under a heading


@dataclass(frozen=True)
class Tick:
    """A tick on the time axis: its line from (x, y0) to (x, y1), and its text."""

    x: float
    y0: float
    y1: float
    text: TextBlock
    major: bool


@dataclass(frozen=True)
class Break:
    """A cut in the time axis over a long empty stretch: a gap through the lanes (``box``,
    with dashed left and right edges) and the length of time it hides."""

    box: Box
    text: TextBlock


@dataclass(frozen=True)
class Axis:
    line: tuple[Line, ...]  # the axis line, one piece per stretch of time
    ticks: tuple[Tick, ...]
    breaks: tuple[Break, ...]
    caption: tuple[TextBlock, ...] = ()  # e.g. "Events in order, evenly spaced", in lines


@dataclass(frozen=True)
class LegendEntry:
    """A sample mark and what it means, in one or more lines."""

    sample: Mark
    lines: tuple[TextBlock, ...]


@dataclass(frozen=True)
class DensityBin:
    """A stretch of a lane's density strip: how many events fall in it, and its shade, from
    0 (lightest) to 1 (the figure's fullest bin), on a log scale. Lane -1: the legend's."""

    lane: int
    box: Box
    count: int
    level: float


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
    texts: tuple[TextBlock, ...]  # the title, the key, the notes
    tooltips: dict[str, str] = field(default_factory=dict)
    unlabelled: int = 0
    theme: str = "default"  # the name of the theme to draw it in (``drawing.theme``)
    density: tuple[DensityBin, ...] = ()  # where events are too many to draw one by one

    def text_blocks(self) -> list[TextBlock]:
        """Every piece of text on the canvas, for checks that treat them alike."""
        blocks = [line for lane in self.lanes for line in lane.name]
        blocks += [tick.text for tick in self.axis.ticks]
        blocks += [gap.text for gap in self.axis.breaks]
        blocks += self.axis.caption
        blocks += [line for entry in self.legend for line in entry.lines]
        blocks += [label.text for label in self.labels]
        return blocks + list(self.texts)
