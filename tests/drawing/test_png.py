"""PNG files: what a reader decodes is exactly the pixels Agg drew, at the dpi asked for."""

from __future__ import annotations

import io
import zlib
from pathlib import Path

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from PIL import Image

import timeline
from timeline import Options
from timeline.drawing.figure import figure_of
from timeline.drawing.png import png_bytes
from timeline.drawing.save import figure_bytes
from timeline.errors import OptionError
from timeline.pipeline import plan

from ..conftest import EVENTS_FILE


@pytest.mark.parametrize("theme", ["default", "dark"])
def test_the_png_decodes_to_the_pixels_agg_drew_at_its_dpi(theme: str) -> None:
    layout = plan(timeline.load(EVENTS_FILE), Options(width=6.5, theme=theme))
    figure = figure_of(layout)
    canvas = FigureCanvasAgg(figure)
    figure.set_dpi(150)
    canvas.draw()
    drawn = np.asarray(canvas.buffer_rgba())
    written = Image.open(io.BytesIO(figure_bytes(layout, "png", dpi=150)))
    assert written.size == (drawn.shape[1], drawn.shape[0]) == (975, written.size[1])
    assert written.info["dpi"] == pytest.approx((150, 150), abs=0.03)  # whole pixels a metre
    assert np.array_equal(np.asarray(written), drawn)
    assert len(set(map(tuple, drawn[::50, ::50, :3].reshape(-1, 3)))) > 3  # not a blank


def test_rows_that_wrap_below_zero_and_odd_sizes_survive() -> None:
    """Differences between rows wrap modulo 256: dark under light and light under dark."""
    rng = np.random.default_rng(7)
    pixels = rng.integers(0, 256, size=(7, 5, 4), dtype=np.uint8)
    pixels[3] = 255
    pixels[4] = 0
    data = png_bytes(pixels, 72)
    assert np.array_equal(np.asarray(Image.open(io.BytesIO(data))), pixels)
    flipped = pixels[::-1, ::-1]  # a view with negative strides, as a caller may pass
    assert np.array_equal(np.asarray(Image.open(io.BytesIO(png_bytes(flipped, 72)))), flipped)


def test_a_png_of_no_pixels_is_refused_before_drawing(tmp_path: Path) -> None:
    with pytest.raises(OptionError, match="the PNG would be 0 x 0 pixels: raise --dpi"):
        timeline.write(timeline.load(EVENTS_FILE), tmp_path / "x.png", dpi=0.01)
    assert not (tmp_path / "x.png").exists()


def test_every_chunk_carries_a_valid_checksum() -> None:
    data = png_bytes(np.zeros((3, 2, 4), dtype=np.uint8), 200)
    position, kinds = 8, []
    while position < len(data):
        length = int.from_bytes(data[position : position + 4], "big")
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        crc = int.from_bytes(data[position + 8 + length : position + 12 + length], "big")
        assert crc == zlib.crc32(kind + body), kind
        kinds.append(kind)
        position += 12 + length
    assert kinds == [b"IHDR", b"pHYs", b"IDAT", b"IEND"]
