"""Titles that look like markup, math or script are drawn as their own characters."""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg

import timeline
from timeline.drawing.texts import TextLayer

from .conftest import HOSTILE


def test_a_hostile_title_is_drawn_as_its_characters_in_the_png(web_file: Path) -> None:
    events = timeline.load(web_file)
    figure = timeline.render(events, title="$x^2$")
    renderer = FigureCanvasAgg(figure).get_renderer()
    drawn = {
        text: (box, block.size)
        for layer in figure.findobj(TextLayer)
        for block, (text, box) in zip(layer.blocks, layer.extents(renderer), strict=True)
    }
    assert HOSTILE in drawn  # the label, whole: no tag was taken out, no math typeset
    title, size = drawn["$x^2$"]
    as_math = figure.text(0, 0, "$x^2$", fontsize=size, parse_math=True)
    # "x" with a superscript 2 is far narrower than the five characters $ x ^ 2 $.
    assert title.width > 1.8 * as_math.get_window_extent(renderer).width
    (png,) = timeline.write(events, web_file.with_name("hostile.png"), dpi=50)
    assert png.read_bytes().startswith(b"\x89PNG")
