"""The renderer: draws a ``geometry.Layout`` on a matplotlib Figure, deciding nothing.

Marks of one look are drawn as one collection (a scatter per marker shape, one collection
of bars, one of whiskers), so the cost grows with the number of looks, not of events. Text
is drawn with math parsing off: a ``$`` in a title is a dollar sign. For SVG the events are
drawn one group each (``event-<id>``), so a reader's tools can find, style and link them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.figure import Figure

from ..layout.geometry import Box, Label, Layout, Mark, TextBlock
from ..layout.measure import FONT_FAMILY
from .theme import MARKER_SCALE, THEME, Theme

# Layers, bottom to top.
Z_LANES, Z_BREAKS, Z_CONNECTORS, Z_MARKS, Z_LABELS = 0, 1, 2, 3, 4

RC = {
    "font.family": FONT_FAMILY,
    "text.usetex": False,
    "text.parse_math": False,
    "path.simplify": False,
}


@contextmanager
def _style() -> Iterator[None]:
    import matplotlib

    with matplotlib.rc_context(RC):
        yield


def figure_of(layout: Layout, grouped: bool = False, theme: Theme = THEME) -> Figure:
    """A new Figure the size of ``layout``, with everything drawn.

    ``grouped`` draws each event as its own group of artists (for SVG ids and tooltips);
    otherwise marks of one look share a collection, which is much faster to draw.
    """
    with _style():
        figure = Figure(figsize=(layout.width / 72, layout.height / 72), dpi=72)
        figure.patch.set_facecolor(theme.background)
        ax = figure.add_axes((0, 0, 1, 1))
        draw_on(ax, layout, grouped, theme)
    return figure


def draw_on(ax: Axes, layout: Layout, grouped: bool = False, theme: Theme = THEME) -> None:
    """Draw ``layout`` on ``ax``, which becomes the canvas: one data unit is one point."""
    with _style():
        ax.set_axis_off()
        ax.set_xlim(0, layout.width)
        ax.set_ylim(layout.height, 0)
        ax.set_box_aspect(layout.height / layout.width)
        _draw_lanes(ax, layout, theme)
        _draw_axis(ax, layout, theme)
        ax.add_collection(
            LineCollection(
                [((c.x, c.y0), (c.x, c.y1)) for c in layout.connectors],
                colors=theme.connector, linewidths=0.9, zorder=Z_CONNECTORS, gid="connectors",
            )
        )  # fmt: skip
        lane_shade = {index: lane.shade for index, lane in enumerate(layout.lanes)}
        if grouped:
            marks_by_event: dict[str, list[Mark]] = defaultdict(list)
            for mark in layout.marks:
                marks_by_event[mark.event].append(mark)
            labels = {label.event: label for label in layout.labels}
            for event, marks in marks_by_event.items():
                label = labels.get(event)
                children = list(_mark_artists(ax, marks, theme))
                if label is not None:
                    children.extend(_label_artists([label], lane_shade, theme))
                ax.add_artist(_Group(ax, f"event-{event}", children))
        else:
            for artist in _mark_artists(ax, layout.marks, theme):
                ax.add_artist(artist)
            for artist in _label_artists(layout.labels, lane_shade, theme):
                ax.add_artist(artist)
        for artist in _mark_artists(ax, [entry.sample for entry in layout.legend], theme):
            ax.add_artist(artist)
        for block in [entry.text for entry in layout.legend] + list(layout.texts):
            _text(ax, block, layout, theme)


class _Group(Artist):
    """Draws its children inside one named group (an SVG ``<g id=...>``)."""

    def __init__(self, ax: Axes, gid: str, children: list[Artist]) -> None:
        super().__init__()
        self.set_gid(gid)
        self.set_zorder(Z_MARKS)
        self._children = children
        for child in children:
            child.axes = ax
            child.set_figure(ax.figure)
            if not child.is_transform_set():
                child.set_transform(ax.transData)

    def draw(self, renderer) -> None:  # type: ignore[no-untyped-def, override]
        renderer.open_group("event", gid=self.get_gid())
        for child in sorted(self._children, key=lambda child: child.get_zorder()):
            child.draw(renderer)
        renderer.close_group("event")


def _draw_lanes(ax: Axes, layout: Layout, theme: Theme) -> None:
    bands = [lane.box for lane in layout.lanes if lane.shade]
    ax.add_collection(
        PolyCollection(
            [_corners(Box(0, b.y0, b.x1, b.y1)) for b in bands],
            facecolors=theme.shade, edgecolors="none", zorder=Z_LANES, gid="lanes",
        )
    )  # fmt: skip
    headers = [lane for lane in layout.lanes if lane.header]
    if headers:
        ax.add_collection(
            LineCollection(
                [((lane.label_x, lane.box.y1), (lane.box.x1, lane.box.y1)) for lane in headers],
                colors=theme.rule, linewidths=0.8, zorder=Z_LANES,
            )
        )  # fmt: skip
    for lane in layout.lanes:
        for index, line in enumerate(lane.label):
            ax.text(
                lane.label_x, lane.label_y + index * lane.size * layout.line_height, line,
                fontsize=lane.size, fontweight="bold" if lane.bold else "normal",
                va="center", ha="left", color=theme.text, zorder=Z_LABELS, parse_math=False,
            )  # fmt: skip


def _draw_axis(ax: Axes, layout: Layout, theme: Theme) -> None:
    axis = layout.axis
    ax.add_collection(
        LineCollection(
            [((x0, axis.y), (x1, axis.y)) for x0, x1 in axis.segments],
            colors=theme.muted, linewidths=0.8, zorder=Z_LANES,
        )
    )  # fmt: skip
    ax.add_collection(
        LineCollection(
            [((t.x, axis.y), (t.x, axis.y + (4 if t.major else 2.5))) for t in axis.ticks],
            colors=theme.muted, linewidths=0.6, zorder=Z_LANES,
        )
    )  # fmt: skip
    for tick in axis.ticks:
        ax.text(
            tick.x, axis.text_y, tick.text, fontsize=axis.tick_size, ha="center", va="top",
            color=theme.text, fontweight="bold" if tick.major else "normal", parse_math=False,
        )  # fmt: skip
    # A break: a white gap through the lanes with dashed edges, and the time it hides.
    ax.add_collection(
        PolyCollection(
            [_corners(Box(b.x0, b.y0, b.x1, b.y1)) for b in axis.breaks],
            facecolors=theme.background, edgecolors="none", zorder=Z_BREAKS,
        )
    )  # fmt: skip
    ax.add_collection(
        LineCollection(
            [((x, b.y0), (x, b.y1)) for b in axis.breaks for x in (b.x0, b.x1)],
            colors=theme.rule, linewidths=0.7, linestyles=(0, (2, 2)), zorder=Z_BREAKS,
        )
    )  # fmt: skip
    for gap in axis.breaks:
        ax.text(
            (gap.x0 + gap.x1) / 2, axis.note_y, gap.text, fontsize=axis.note_size,
            ha="center", va="top", color=theme.muted, style="italic", parse_math=False,
        )  # fmt: skip
    if axis.caption:
        ax.text(
            axis.x0, axis.note_y, axis.caption, fontsize=axis.note_size,
            ha="left", va="top", color=theme.muted, style="italic", parse_math=False,
        )  # fmt: skip


def _mark_artists(ax: Axes, marks: Iterable[Mark], theme: Theme) -> Iterator[Artist]:
    """Collections for ``marks``: halos, whiskers, bars, then one scatter per marker shape."""
    from matplotlib.markers import MarkerStyle

    marks = list(marks)
    halos = [m for m in marks if m.style.loose and m.shape == "point"]
    if halos:
        yield _scatter(
            ax, MarkerStyle("o"), [(m.x, m.y) for m in halos],
            [(m.size * 2.1) ** 2 for m in halos], [theme.colour(m.style) for m in halos],
            ["none"] * len(halos), 0.0, alpha=0.25,
        )  # fmt: skip
    spans = [m for m in marks if m.span]
    if spans:
        segments = []
        for m in spans:
            (a, b), y = m.span, m.y  # type: ignore[misc]
            segments += [
                ((a, y), (b, y)),
                ((a, y - 2.5), (a, y + 2.5)),
                ((b, y - 2.5), (b, y + 2.5)),
            ]
        colours = [theme.colour(m.style) for m in spans for _ in range(3)]
        yield LineCollection(segments, colors=colours, linewidths=1.0, zorder=Z_MARKS)
    bars = [m for m in marks if m.shape == "bar"]
    if bars:
        yield PolyCollection(
            [_corners(Box(m.x, m.y - m.size * 0.4, m.x_end, m.y + m.size * 0.4)) for m in bars],
            facecolors=[_bar_face(m, theme) for m in bars],
            edgecolors=[theme.colour(m.style) for m in bars], linewidths=0.8, zorder=Z_MARKS,
        )  # fmt: skip
    by_shape: dict[str, list[Mark]] = defaultdict(list)
    for m in marks:
        if m.shape == "point":
            by_shape[theme.marker(m.style)].append(m)
    for shape in sorted(by_shape):
        group = by_shape[shape]
        size = MARKER_SCALE.get(shape, 1.0)
        yield _scatter(
            ax, MarkerStyle(shape), [(m.x, m.y) for m in group],
            [(m.size * size) ** 2 for m in group], [theme.face(m.style) for m in group],
            [theme.colour(m.style) for m in group], 1.0,
        )  # fmt: skip


def _scatter(ax, marker, offsets, sizes, faces, edges, width, alpha=None):  # type: ignore[no-untyped-def]
    """Markers of one shape, sized in points, placed in data coordinates (as ``scatter``)."""
    from matplotlib.collections import PathCollection
    from matplotlib.transforms import IdentityTransform

    path = marker.get_path().transformed(marker.get_transform())
    collection = PathCollection(
        (path,), sizes=sizes, offsets=offsets, offset_transform=ax.transData,
        facecolors=faces, edgecolors=edges, linewidths=width, alpha=alpha, zorder=Z_MARKS,
    )  # fmt: skip
    collection.set_transform(IdentityTransform())
    return collection


def _bar_face(mark: Mark, theme: Theme) -> str | tuple[float, ...]:
    from matplotlib.colors import to_rgba

    if mark.style.status != "held":
        return theme.background
    return to_rgba(theme.colour(mark.style), 0.45 if mark.style.loose else 1.0)


def _label_artists(
    labels: Iterable[Label], lane_shade: dict[int, bool], theme: Theme
) -> Iterator[Artist]:
    """Each label over a patch of its lane's colour, so a connector passes behind the text."""
    from matplotlib.text import Text

    labels = list(labels)
    if not labels:
        return
    yield PolyCollection(
        [_corners(label.box) for label in labels],
        facecolors=[
            theme.shade if lane_shade.get(label.lane) else theme.background for label in labels
        ],
        edgecolors="none", zorder=Z_LABELS,
    )  # fmt: skip
    for label in labels:
        text = Text(
            label.box.x0, (label.box.y0 + label.box.y1) / 2, label.text, fontsize=label.size,
            va="center_baseline", ha="left", color=theme.text, parse_math=False,
            fontweight="bold" if label.number is not None else "normal", zorder=Z_LABELS,
        )  # fmt: skip
        yield text


def _text(ax: Axes, block: TextBlock, layout: Layout, theme: Theme) -> None:
    ax.text(
        block.x, block.y, block.text, fontsize=block.size, ha="left", va="top",
        fontweight="bold" if block.bold else "normal",
        color=theme.muted if block.role == "note" else theme.text, parse_math=False,
    )  # fmt: skip


def _corners(box: Box) -> list[tuple[float, float]]:
    return [(box.x0, box.y0), (box.x1, box.y0), (box.x1, box.y1), (box.x0, box.y1)]
