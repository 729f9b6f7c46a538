"""The text layer draws each line where matplotlib's own ``Text`` would: the ink of every
line in the PNG against the ink of the same line drawn by ``Text``, in every weight and
style a figure uses, Latin and CJK."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

import timeline
from timeline import Options
from timeline.drawing.figure import figure_of
from timeline.drawing.looks import TEXT_LAYER, Z_TEXT
from timeline.drawing.texts import TextLayer
from timeline.drawing.theme import THEMES
from timeline.layout.geometry import Layout
from timeline.pipeline import plan

from ..conftest import EVENTS_FILE, matplotlib_text

DPI = 100
PAD = 4  # pixels around a line's box where its ink is looked for
SLACK = 1  # pixels a line's ink may stand off matplotlib's


def _pixels(figure: Figure) -> tuple[np.ndarray, FigureCanvasAgg]:
    canvas = FigureCanvasAgg(figure)
    figure.set_dpi(DPI)
    canvas.draw()
    return np.asarray(canvas.buffer_rgba())[:, :, :3].astype(int), canvas


def _without_layer(layout: Layout) -> Figure:
    figure = figure_of(layout)
    for layer in figure.findobj(TextLayer):
        layer.set_visible(False)
    return figure


def _ink_box(image: np.ndarray, blank: np.ndarray, box: tuple[int, int, int, int]):
    """(left, top, right, bottom) of the pixels in ``box`` that differ from ``blank``."""
    left, top, right, bottom = box
    changed = (np.abs(image[top:bottom, left:right] - blank[top:bottom, left:right]) > 40).any(2)
    rows, columns = np.flatnonzero(changed.any(axis=1)), np.flatnonzero(changed.any(axis=0))
    if not len(rows):
        return None
    return left + columns[0], top + rows[0], left + columns[-1], top + rows[-1]


@pytest.fixture(scope="module")
def layout() -> Layout:
    events = timeline.load(EVENTS_FILE)
    first = events.events[0]
    cjk = first.__class__(**{**first.__dict__, "title": "岸田首相と尹錫悦大統領の会談"})
    return plan(events.with_events([cjk, *events.events[1:]]), Options(width=10))


def test_every_line_stands_where_matplotlibs_text_puts_it(layout: Layout) -> None:
    drawn, _ = _pixels(figure_of(layout))
    blank, _ = _pixels(_without_layer(layout))
    reference = _without_layer(layout)
    ax = reference.axes[0]
    theme = THEMES[layout.theme]
    blocks = [block for block in layout.text_blocks() if block.text.strip()]
    lines = [matplotlib_text(ax, block, color=theme.text_colour(block.role),
                             zorder=TEXT_LAYER.get(block.role, Z_TEXT))
             for block in blocks]  # fmt: skip
    expected, canvas = _pixels(reference)
    renderer = canvas.get_renderer()
    height = drawn.shape[0]
    boxes = []
    for line in lines:
        extent = line.get_window_extent(renderer)
        boxes.append((max(0, int(extent.x0) - PAD), max(0, int(height - extent.y1) - PAD),
                      int(extent.x1) + PAD, int(height - extent.y0) + PAD))  # fmt: skip
    # Lines alone in their box: the ink there is theirs, in both pictures.
    alone = [
        index
        for index, box in enumerate(boxes)
        if not any(_meet(box, other) for other in boxes[:index] + boxes[index + 1 :])
    ]
    faces = {(blocks[i].bold, blocks[i].italic) for i in alone}
    assert faces >= {(True, False), (False, False), (False, True)} and len(alone) > 20
    assert any(not blocks[i].text.isascii() for i in alone)
    misplaced = []
    for index in alone:
        ours, theirs = _ink_box(drawn, blank, boxes[index]), _ink_box(expected, blank, boxes[index])
        assert theirs is not None, blocks[index].text
        if ours is None or max(abs(a - b) for a, b in zip(ours, theirs, strict=True)) > SLACK:
            misplaced.append((blocks[index].text, ours, theirs))
    assert misplaced == []


def _meet(one: tuple[int, int, int, int], other: tuple[int, int, int, int]) -> bool:
    return one[0] < other[2] and other[0] < one[2] and one[1] < other[3] and other[1] < one[3]
