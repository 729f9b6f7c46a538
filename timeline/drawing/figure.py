"""The renderer: draws a ``geometry.Layout`` on a matplotlib Figure, deciding nothing.

Marks of one look are drawn as one collection (a scatter per marker shape, for points and
the glyphs in the middle of bars; one collection of bars, one of whiskers), so the cost
grows with the number of looks, not of events. Text is drawn with math parsing off: a ``$``
in a title is a dollar sign. For SVG the events are drawn one group each (``event-<id>``),
so a reader's tools can find, style and link them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, cast

import matplotlib
import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backend_bases import RendererBase
from matplotlib.collections import LineCollection, PathCollection, PolyCollection
from matplotlib.colors import to_rgba
from matplotlib.markers import MarkerStyle
from matplotlib.transforms import IdentityTransform

from ..layout.fonts import font_chain
from ..layout.geometry import Box, Label, Layout, Mark, Point, TextBlock
from .looks import (
    DENSITY_LIGHTEST,
    MARKERS,
    TEXT_LAYER,
    Z_BREAKS,
    Z_CONNECTORS,
    Z_LABELS,
    Z_LANES,
    Z_MARKS,
    Z_TEXT,
    bar_face,
)
from .notebook import TimelineFigure
from .texts import TextLayer
from .theme import THEMES, Theme

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType
    from numpy.typing import ArrayLike

RC: dict[RcKeyType, Any] = {
    "text.usetex": False,
    "text.parse_math": False,
    "path.simplify": False,
}


@contextmanager
def _rc_context() -> Iterator[None]:
    """matplotlib's settings for drawing, for the duration of a drawing only; text in the
    font chain the layout measured with."""
    with matplotlib.rc_context({**RC, "font.family": list(font_chain())}):
        yield


def figure_of(layout: Layout, grouped: bool = False, theme: Theme | None = None,
              ) -> TimelineFigure:  # fmt: skip
    """A new Figure the size of ``layout``, with everything drawn in ``theme`` (default: the
    one the layout names); Jupyter shows it.

    ``grouped`` draws each event as its own group of artists (for SVG ids and tooltips);
    otherwise marks of one look share a collection, which is much faster to draw.
    """
    theme = theme or THEMES[layout.theme]
    with _rc_context():
        figure = TimelineFigure(figsize=(layout.width / 72, layout.height / 72), dpi=72)
        figure.patch.set_facecolor(theme.background)
        ax = figure.add_axes((0, 0, 1, 1))
        draw_on(ax, layout, grouped, theme)
    return figure


def draw_on(ax: Axes, layout: Layout, grouped: bool = False, theme: Theme | None = None) -> None:
    """Draw ``layout`` on ``ax``, which becomes the canvas: one data unit is one point."""
    theme = theme or THEMES[layout.theme]
    with _rc_context():
        ax.set_axis_off()
        ax.set_xlim(0, layout.width)
        ax.set_ylim(layout.height, 0)
        ax.set_box_aspect(layout.height / layout.width)
        _draw_lanes(ax, layout, theme)
        _draw_density(ax, layout, theme)
        _draw_axis(ax, layout, theme)
        _add_texts(ax, [block for block in layout.text_blocks() if block.role != "label"], theme)
        ax.add_collection(
            LineCollection(
                [((c.x, c.y0), (c.x, c.y1)) for c in layout.connectors],
                colors=theme.connector, linewidths=theme.connector_width, zorder=Z_CONNECTORS,
                gid="connectors",
            )
        )  # fmt: skip
        if grouped:
            marks_by_event: dict[str, list[Mark]] = defaultdict(list)
            for mark in layout.marks:
                marks_by_event[mark.event].append(mark)
            labels = {label.event: label for label in layout.labels}
            for event, marks in marks_by_event.items():
                label = labels.get(event)
                children = list(_mark_artists(ax, marks, theme))
                if label is not None:
                    children.extend(_label_artists([label], theme))
                ax.add_artist(_Group(ax, f"event-{event}", children))
        else:
            for artist in _mark_artists(ax, layout.marks, theme):
                ax.add_artist(artist)
            for artist in _label_artists(layout.labels, theme):
                ax.add_artist(artist)
        for artist in _mark_artists(ax, [entry.sample for entry in layout.legend], theme):
            ax.add_artist(artist)


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

    def get_children(self) -> list[Artist]:
        return list(self._children)

    def draw(self, renderer: RendererBase) -> None:
        renderer.open_group("event", gid=self.get_gid())
        for child in sorted(self._children, key=lambda child: child.get_zorder()):
            child.draw(renderer)
        renderer.close_group("event")


def _draw_lanes(ax: Axes, layout: Layout, theme: Theme) -> None:
    ax.add_collection(
        PolyCollection(
            _quads([lane.shade for lane in layout.lanes if lane.shade]),
            facecolors=theme.shade, edgecolors="none", zorder=Z_LANES, gid="lanes",
        )
    )  # fmt: skip
    rules = [lane.rule for lane in layout.lanes if lane.rule]
    if rules:
        ax.add_collection(
            LineCollection(rules, colors=theme.rule, linewidths=theme.rule_width, zorder=Z_LANES)
        )


def _draw_density(ax: Axes, layout: Layout, theme: Theme) -> None:
    """The density strips and the legend's samples: one collection, shaded by level."""
    if not layout.density:
        return
    ink = to_rgba(theme.text_colour("note"))
    ax.add_collection(
        PolyCollection(
            _quads([bin.box for bin in layout.density]),
            facecolors=[(*ink[:3], DENSITY_LIGHTEST + (1 - DENSITY_LIGHTEST) * bin.level)
                        for bin in layout.density],
            edgecolors="none", zorder=Z_BREAKS, gid="density",
        )
    )  # fmt: skip


def _draw_axis(ax: Axes, layout: Layout, theme: Theme) -> None:
    axis = layout.axis
    ax.add_collection(
        LineCollection(axis.line, colors=theme.muted, linewidths=theme.axis_width, zorder=Z_LANES)
    )
    ax.add_collection(
        LineCollection(
            [((t.x, t.y0), (t.x, t.y1)) for t in axis.ticks],
            colors=theme.muted, linewidths=theme.tick_width, zorder=Z_LANES,
        )
    )  # fmt: skip
    # A break: a white gap through the lanes with dashed edges, and the time it hides.
    ax.add_collection(
        PolyCollection(
            _quads([gap.box for gap in axis.breaks]),
            facecolors=theme.background, edgecolors="none", zorder=Z_BREAKS,
        )
    )  # fmt: skip
    ax.add_collection(
        LineCollection(
            [((x, b.box.y0), (x, b.box.y1)) for b in axis.breaks for x in (b.box.x0, b.box.x1)],
            colors=theme.rule, linewidths=theme.break_width, linestyles=(0, (2, 2)),
            zorder=Z_BREAKS,
        )
    )  # fmt: skip


def _mark_artists(ax: Axes, marks: Iterable[Mark], theme: Theme) -> Iterator[Artist]:
    """Collections for ``marks``: halos, whiskers, bars, then one scatter per marker shape."""
    marks = list(marks)
    halos = [(m, m.halo) for m in marks if m.halo]
    if halos:
        yield _scatter(
            ax, MarkerStyle("o"), [(m.x, m.y) for m, _ in halos],
            [halo**2 for _, halo in halos], [theme.colour(m.look) for m, _ in halos],
            ["none"] * len(halos), 0.0, alpha=theme.halo_alpha,
        )  # fmt: skip
    whiskered = [m for m in marks if m.whisker]
    if whiskered:
        yield LineCollection(
            [line for m in whiskered for line in m.whisker],
            colors=[theme.colour(m.look) for m in whiskered for _ in m.whisker],
            linewidths=theme.whisker_width, zorder=Z_MARKS,
        )  # fmt: skip
    bars = [m for m in marks if m.bar]
    if bars:
        yield PolyCollection(
            _quads([m.bar for m in bars if m.bar]),
            facecolors=[bar_face(m, theme) for m in bars],
            edgecolors=[theme.colour(m.look) for m in bars], linewidths=theme.bar_edge_width,
            zorder=Z_MARKS,
        )  # fmt: skip
    by_glyph: dict[str, list[Mark]] = defaultdict(list)
    for m in marks:
        by_glyph[m.glyph].append(m)
    for glyph in sorted(by_glyph):
        group = by_glyph[glyph]
        yield _scatter(
            ax, MarkerStyle(MARKERS[glyph]), [(m.x, m.y) for m in group],
            [m.size**2 for m in group], [theme.face(m.look) for m in group],
            [theme.edge(m.look, m.bar is not None) for m in group], theme.edge_width,
        )  # fmt: skip


def _scatter(
    ax: Axes, marker: MarkerStyle, offsets: list[Point], sizes: list[float],
    faces: list[str], edges: list[str], width: float, alpha: float | None = None,
) -> PathCollection:  # fmt: skip
    """Markers of one shape, sized in points, placed in data coordinates (as ``scatter``)."""
    path = marker.get_path().transformed(marker.get_transform())
    collection = PathCollection(
        (path,), sizes=sizes, offsets=offsets, offset_transform=ax.transData,
        facecolors=faces, edgecolors=edges, linewidths=width, alpha=alpha, zorder=Z_MARKS,
    )  # fmt: skip
    collection.set_transform(IdentityTransform())
    return collection


def _label_artists(labels: Iterable[Label], theme: Theme) -> Iterator[Artist]:
    """Each label over a patch of its lane's colour, so a connector passes behind the text."""
    labels = list(labels)
    if not labels:
        return
    yield PolyCollection(
        _quads([label.box for label in labels]),
        facecolors=[theme.shade if label.shaded else theme.background for label in labels],
        edgecolors="none", zorder=Z_LABELS,
    )  # fmt: skip
    yield _text_layer([label.text for label in labels], theme)


def _add_texts(ax: Axes, blocks: list[TextBlock], theme: Theme) -> None:
    """``blocks`` as one text layer per drawing layer (lane names over the marks)."""
    for layer in sorted({TEXT_LAYER.get(block.role, Z_TEXT) for block in blocks}):
        ax.add_artist(_text_layer(
            [block for block in blocks if TEXT_LAYER.get(block.role, Z_TEXT) == layer], theme
        ))  # fmt: skip


def _text_layer(blocks: list[TextBlock], theme: Theme) -> TextLayer:
    """Lines of text in their theme colours, on their layer; where each stands and how it is
    aligned was decided by the layout."""
    layer = TEXT_LAYER.get(blocks[0].role, Z_TEXT) if blocks else Z_TEXT
    colours = [theme.text_colour(block.role) for block in blocks]
    return TextLayer(blocks, colours, layer)


def _quads(boxes: list[Box]) -> Sequence[ArrayLike]:
    """The corners of ``boxes`` as one (n, 4, 2) array: matplotlib makes the paths of a
    collection from an array in one step, and from lists one by one (12,000 density bins:
    0.3 s)."""
    corners = np.array([(b.x0, b.y0, b.x1, b.y0, b.x1, b.y1, b.x0, b.y1) for b in boxes],
                       dtype=float)  # fmt: skip
    return cast("Sequence[ArrayLike]", corners.reshape(-1, 4, 2))  # an array, as it wants
