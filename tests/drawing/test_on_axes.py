"""``draw`` on Axes the user made: text stays apart and in its panel, each line measured by
matplotlib's own ``Text`` standing where the layout put it (``test_texts`` checks the
text layer draws it there)."""

from __future__ import annotations

import itertools
import warnings

import pytest
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox

import timeline
from timeline.drawing.on_axes import TimelineOnAxes
from timeline.drawing.texts import TextLayer

from ..conftest import EVENTS_FILE, matplotlib_text

PIXEL = 1.0  # what two boxes may share, or a box may pass its panel by, in pixels


@pytest.fixture(scope="module")
def events() -> timeline.Timeline:
    return timeline.load(EVENTS_FILE)


def _drawn_text(figure: Figure, panels: list[Axes]) -> dict[int, list[tuple[str, Bbox]]]:
    """Draw ``figure`` with Agg; each panel's text as drawn: (text, box in pixels)."""
    canvas = FigureCanvasAgg(figure)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a timeline past its Axes says so: fail on it
        canvas.draw()
    renderer = canvas.get_renderer()
    found: dict[int, list[tuple[str, Bbox]]] = {}
    for index, panel in enumerate(panels):
        (artist,) = [child for child in panel.get_children() if isinstance(child, TimelineOnAxes)]
        drawing_axes, _ = artist.canvas()
        lines = [matplotlib_text(drawing_axes, block) for layer in drawing_axes.findobj(TextLayer)
                 for block in layer.blocks if block.text.strip()]  # fmt: skip
        found[index] = [(line.get_text(), line.get_window_extent(renderer)) for line in lines]
    return found


def _overlaps(boxes: list[tuple[str, Bbox]]) -> list[tuple[str, str]]:
    return [
        (a, b) for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2)
        if min(box_a.x1, box_b.x1) - max(box_a.x0, box_b.x0) > PIXEL
        and min(box_a.y1, box_b.y1) - max(box_a.y0, box_b.y0) > PIXEL
    ]  # fmt: skip


def _outside(boxes: list[tuple[str, Bbox]], panel: Bbox) -> list[str]:
    return [
        text for text, box in boxes
        if box.x0 < panel.x0 - PIXEL or box.x1 > panel.x1 + PIXEL
        or box.y0 < panel.y0 - PIXEL or box.y1 > panel.y1 + PIXEL
    ]  # fmt: skip


@pytest.mark.parametrize("layout", [None, "constrained"])
def test_two_panels_at_several_sizes_keep_their_text_apart_and_inside(events, layout) -> None:
    """One figure, drawn again at each size: each panel is laid out for its size then."""
    figure = Figure(figsize=(8, 6), layout=layout)
    panels = list(figure.subplots(1, 2))
    timeline.draw(events, panels[0], countries="JP", title="Japan")
    timeline.draw(events, panels[1], lanes="actor", since="2021-03-15", until="2021-03-19")
    for size in [(8, 6), (11, 7), (7, 9), (14, 8.5)]:
        figure.set_size_inches(size)
        for index, boxes in _drawn_text(figure, panels).items():
            assert len(boxes) > 10
            assert _overlaps(boxes) == [], (size, index)
            assert _outside(boxes, panels[index].get_window_extent()) == [], (size, index)


def test_text_keeps_its_point_size_and_the_layout_the_axes_width(events) -> None:
    """A label at 8 pt is 8 pt in the figure, and the layout is as wide as its Axes."""
    figure = Figure(figsize=(12, 7))
    panel = figure.add_subplot(1, 2, 2)
    timeline.draw(events, panel, countries="KR")
    _drawn_text(figure, [panel])
    (artist,) = [child for child in panel.get_children() if isinstance(child, TimelineOnAxes)]
    drawing_axes, drawing = artist.canvas()
    assert drawing.width / 72 == pytest.approx(panel.get_window_extent().width / figure.dpi,
                                               abs=0.01)  # fmt: skip
    assert drawing_axes.get_window_extent().width == pytest.approx(
        panel.get_window_extent().width, abs=0.5
    )
    sizes = {block.size for layer in drawing_axes.findobj(TextLayer) for block in layer.blocks}
    assert max(sizes) > 8 and min(sizes) >= 6


def test_subfigures_beside_other_plots_on_an_axes_or_whole(events) -> None:
    figure = Figure(figsize=(15, 6), layout="constrained")
    left, middle, right = figure.subfigures(1, 3, width_ratios=[2, 1, 2])
    panel = left.add_subplot()
    middle.add_subplot().plot([1, 2], [3, 1])
    timeline.draw(events, panel, countries="KR")
    timeline.draw(events, right, lanes="actor", countries="JP")  # gets an Axes filling it
    (whole,) = right.axes
    for (index, boxes), subfigure in zip(_drawn_text(figure, [panel, whole]).items(),
                                         [left, right], strict=True):  # fmt: skip
        assert _overlaps(boxes) == [], index
        assert _outside(boxes, [panel, whole][index].get_window_extent()) == [], index
        assert _outside(boxes, subfigure.bbox) == [], index


def test_draw_on_something_else_says_what_it_draws_on(events) -> None:
    with pytest.raises(TypeError, match="draws on a matplotlib Axes, Figure or SubFigure, not str"):
        timeline.draw(events, "ax")


def test_drawing_on_an_axes_again_replaces_the_timeline_it_had(events) -> None:
    figure = Figure(figsize=(8, 6))
    panel = figure.add_subplot()
    timeline.draw(events, panel, countries="JP", title="First")
    timeline.draw(events, panel, countries="KR", title="Second")
    (boxes,) = _drawn_text(figure, [panel]).values()
    titles = [text for text, _ in boxes if text in ("First", "Second")]
    assert titles == ["Second"]


def test_drawing_on_a_figure_again_replaces_the_timeline_it_had(events) -> None:
    figure = Figure(figsize=(8, 6))
    timeline.draw(events, figure, countries="JP", title="First")
    timeline.draw(events, figure, countries="KR", title="Second")
    assert len(figure.axes) == 1
    (boxes,) = _drawn_text(figure, figure.axes).values()
    assert [text for text, _ in boxes if text in ("First", "Second")] == ["Second"]


def test_an_axes_too_small_for_a_timeline_says_so_when_drawn(events) -> None:
    figure = Figure(figsize=(4, 3))
    panels = figure.subplots(1, 3)
    timeline.draw(events, panels[0])
    with pytest.raises(timeline.OptionError, match=r"the Axes is 0\.\d\d x 2\.\d\d in, too small"):
        FigureCanvasAgg(figure).draw()


def test_a_timeline_taller_than_its_axes_says_so_when_drawn(events) -> None:
    figure = Figure(figsize=(6, 1.6))
    timeline.draw(events, figure)
    with pytest.warns(UserWarning, match=r"needs \d\.\d\d in of height and its Axes has 1\.60 in"):
        FigureCanvasAgg(figure).draw()
