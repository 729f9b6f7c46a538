"""Lines of text drawn by one artist, each where the layout put it, without measuring again.

A matplotlib ``Text`` measures its string before drawing it, to align it, and from
matplotlib 3.10 the Agg backend renders a string glyph by glyph from Python: a figure with
1,300 labels spent about 4 s on text, three times what a careful script spends per label.
The layout has already placed every line, so here a line stands on the baseline the SVG
writer puts it on (``baseline``, as matplotlib's text layout), a centred line is shifted by
its width from the layout's measure, and Agg draws the line as one bitmap, as it did before
3.10. Other backends (PDF, SVG with text as outlines) draw it with their own ``draw_text``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import numpy as np
from matplotlib.artist import Artist
from matplotlib.backend_bases import GraphicsContextBase, RendererBase
from matplotlib.colors import to_rgba
from matplotlib.font_manager import FontProperties

from ..layout.fonts import font_chain
from ..layout.geometry import TextBlock
from ..layout.measure import font_measure
from .baseline import baseline, line_font
from .glyphs import lacks_glyphs, matplotlib_glyph_warnings_silenced

__all__ = ["TextLayer"]

_SHIFT = {"left": 0.0, "center": 0.5, "right": 1.0}  # of the line's width, to the left


class TextLayer(Artist):
    """Draws ``blocks`` (positions in the Axes' data units), each in its colour."""

    def __init__(self, blocks: Sequence[TextBlock], colours: Sequence[str], zorder: float,
                 ) -> None:  # fmt: skip
        super().__init__()
        self._blocks = list(blocks)
        self._colours = [to_rgba(colour) for colour in colours]
        self._lacking: bool | None = None  # some character in no font: found at first draw
        self.set_zorder(zorder)

    @property
    def blocks(self) -> list[TextBlock]:
        """The lines drawn, in order, as the layout placed them."""
        return list(self._blocks)

    @property
    def texts(self) -> list[str]:
        """The words of the lines drawn, in order."""
        return [block.text for block in self._blocks]

    def draw(self, renderer: RendererBase) -> None:
        if not self.get_visible() or not self._blocks:
            return
        _, height = renderer.get_canvas_width_height()
        draw_line = _line_drawer(renderer)
        renderer.open_group("texts", self.get_gid())
        if self._lacking is None:
            self._lacking = lacks_glyphs(self.texts)
        with matplotlib_glyph_warnings_silenced(self._lacking):  # the figure's maker warns
            for (block, x, y), colour in zip(self._placed(), self._colours, strict=True):
                context = renderer.new_gc()
                context.set_foreground(colour, isRGBA=True)
                draw_line(context, x, height - y if renderer.flipy() else y, block)
                context.restore()
        renderer.close_group("texts")
        self.stale = False

    def _placed(self) -> Iterator[tuple[TextBlock, float, float]]:
        """Each block and the left end of its baseline (display units, y upwards)."""
        measure = font_measure()
        starts = np.array([
            (block.x - _SHIFT[block.align] * measure.advance(block.text, block.size, block.bold)
             if block.align != "left" else block.x, baseline(block))
            for block in self._blocks
        ], dtype=float)  # fmt: skip
        positions = self.get_transform().transform(starts.reshape(-1, 2))
        for block, (x, y) in zip(self._blocks, positions, strict=True):
            yield block, float(x), float(y)


_LineDrawer = Callable[[GraphicsContextBase, float, float, TextBlock], None]


def _line_drawer(renderer: RendererBase) -> _LineDrawer:
    """How ``renderer`` draws one line with its baseline's left end at (x, y)."""
    agg = getattr(renderer, "_renderer", None)
    if agg is None or not hasattr(agg, "draw_text_image") or not hasattr(renderer, "dpi"):

        def draw(context: GraphicsContextBase, x: float, y: float, block: TextBlock) -> None:
            renderer.draw_text(context, x, y, block.text, _properties(block), 0.0, ismath=False)

        return draw

    from matplotlib.backends.backend_agg import get_hinting_flag

    flags, dpi = get_hinting_flag(), renderer.dpi

    def draw_bitmap(context: GraphicsContextBase, x: float, y: float, block: TextBlock) -> None:
        # One bitmap for the line (the font lays it out with kerning and fallbacks), put
        # down with its bottom edge at the descent below the baseline (y is downwards).
        font = line_font(block)
        font.clear()
        font.set_size(block.size, dpi)
        font.set_text(block.text, 0.0, flags=flags)
        font.draw_glyphs_to_bitmap(antialiased=bool(context.get_antialiased()))
        left, top = font.get_bitmap_offset()
        bottom = y + top / 64 + font.get_descent() / 64
        agg.draw_text_image(font.get_image(), round(x + left / 64), round(bottom) + 1, 0.0,
                            context)  # fmt: skip

    return draw_bitmap


def _properties(block: TextBlock) -> FontProperties:
    """The font of ``block`` as matplotlib's backends take it: the chain, size, weight, style."""
    return FontProperties(family=list(font_chain()), size=block.size,
                          weight="bold" if block.bold else "normal",
                          style="italic" if block.italic else "normal")  # fmt: skip
