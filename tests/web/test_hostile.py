"""Titles that look like markup, math or script are drawn as their own characters."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg

import timeline
from timeline.drawing.texts import TextLayer

from ..conftest import drawn_texts, matplotlib_text
from .conftest import HOSTILE


def test_a_hostile_title_is_drawn_as_its_characters_in_the_png(web_file: Path) -> None:
    events = timeline.load(web_file)
    figure = timeline.render(events, title="$x^2$")
    assert HOSTILE in drawn_texts(figure)  # the label, whole: no tag was taken out
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    pixels = np.asarray(canvas.buffer_rgba())[:, :, :3].astype(int)
    ax = figure.axes[0]
    (title,) = [block for layer in ax.findobj(TextLayer) for block in layer.blocks
                if block.text == "$x^2$"]  # fmt: skip
    as_text = matplotlib_text(ax, title).get_window_extent(canvas.get_renderer())
    as_math = matplotlib_text(ax, title)
    as_math.set_parse_math(True)
    math_width = as_math.get_window_extent(canvas.get_renderer()).width
    # The ink in the title's rows, which it has to itself, as wide as the five characters
    # $ x ^ 2 $ set as text, and far wider than "x" with a superscript 2.
    height = pixels.shape[0]
    rows = pixels[round(height - as_text.y1) : round(height - as_text.y0)]
    inked = np.flatnonzero((np.abs(rows - pixels[0, 0]).sum(axis=2) > 60).any(axis=0))
    ink_width = inked[-1] - inked[0] + 1
    assert abs(ink_width - as_text.width) < 0.1 * as_text.width, (ink_width, as_text.width)
    assert ink_width > 1.8 * math_width
    (png,) = timeline.write(events, web_file.with_name("hostile.png"), dpi=50)
    assert png.read_bytes().startswith(b"\x89PNG")
