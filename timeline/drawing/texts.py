"""Lines of text drawn by one artist, each where the layout put it, without measuring again.

A matplotlib ``Text`` measures its string before drawing it, to align it, and from
matplotlib 3.10 the Agg backend renders a string glyph by glyph from Python: a figure with
1,300 labels spent about 4 s on text, three times what a careful script spends per label.
The layout has already placed every line, so here a line's baseline comes from the font's
ascent and descent, as ``Text`` computes it for a line whose letters stay within them (all
but a few accented capitals), a centred line's width from the layout's measure, and Agg
draws the line as one bitmap, as it did before 3.10.
Other backends (SVG, PDF) get the same baseline through their own ``draw_text``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

import numpy as np
from matplotlib.artist import Artist
from matplotlib.backend_bases import GraphicsContextBase, RendererBase
from matplotlib.colors import to_rgba
from matplotlib.font_manager import FontProperties, fontManager, get_font
from matplotlib.transforms import Bbox

from ..layout.geometry import TextBlock
from ..layout.measure import font_measure

__all__ = ["TextLayer"]

# Where the baseline is below an anchor, from the line's ascent and descent (display
# units, y upwards), as matplotlib's Text places one line.
_BASELINE: dict[str, Callable[[float, float], float]] = {
    "top": lambda ascent, descent: -ascent,
    "center": lambda ascent, descent: (descent - ascent) / 2,
    "center_baseline": lambda ascent, descent: -ascent / 2,
    "baseline": lambda ascent, descent: 0.0,
    "bottom": lambda ascent, descent: descent,
}
_SHIFT = {"left": 0.0, "center": 0.5, "right": 1.0}  # of the line's width, to the left


class TextLayer(Artist):
    """Draws ``blocks`` (positions in the Axes' data units), each in its colour."""

    def __init__(self, blocks: Sequence[TextBlock], colours: Sequence[str], family: list[str],
                 zorder: float) -> None:  # fmt: skip
        super().__init__()
        self._blocks = list(blocks)
        self._colours = [to_rgba(colour) for colour in colours]
        self._family = family
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
        for (block, x, baseline, properties), colour in zip(
            self._placed(renderer), self._colours, strict=True
        ):
            context = renderer.new_gc()
            context.set_foreground(colour, isRGBA=True)
            draw_line(context, x, height - baseline if renderer.flipy() else baseline,
                      block.text, properties)  # fmt: skip
            context.restore()
        renderer.close_group("texts")
        self.stale = False

    def extents(self, renderer: RendererBase) -> list[tuple[str, Bbox]]:
        """Each line and the box it takes on the canvas (display units), as a ``Text``'s
        window extent: its width, from the line's ascent (or its letters', if taller) above
        the baseline to its descent below."""
        found = []
        for block, x, baseline, properties in self._placed(renderer):
            width, height, descent = renderer.get_text_width_height_descent(
                block.text, properties, False
            )
            ascent, least_descent = _line_extent(properties, self._dpi())
            top = baseline + max(ascent, height - descent)
            found.append(
                (
                    block.text,
                    Bbox.from_extents(x, baseline - max(descent, least_descent), x + width, top),
                )
            )
        return found

    def _dpi(self) -> float:
        """Pixels per inch of the canvas being drawn (as matplotlib's Text asks it)."""
        figure = self.get_figure(root=True)
        return 72.0 if figure is None else float(figure.dpi)

    def _placed(self, renderer: RendererBase,
                ) -> Iterator[tuple[TextBlock, float, float, FontProperties]]:  # fmt: skip
        """Each block, the left end of its baseline (display units, y upwards) and its font."""
        points = np.array([(block.x, block.y) for block in self._blocks], dtype=float)
        positions = self.get_transform().transform(points.reshape(-1, 2))
        dpi = self._dpi()
        for block, (x, y) in zip(self._blocks, positions, strict=True):
            properties = _properties(tuple(self._family), block.size, block.bold, block.italic)
            ascent, descent = _line_extent(properties, dpi)
            if block.align != "left":
                width = font_measure().advance(block.text, block.size, block.bold) * dpi / 72
                x -= _SHIFT[block.align] * width
            yield block, x, y + _BASELINE[block.anchor](ascent, descent), properties


_LineDrawer = Callable[[GraphicsContextBase, float, float, str, FontProperties], None]


def _line_drawer(renderer: RendererBase) -> _LineDrawer:
    """How ``renderer`` draws one line with its baseline's left end at (x, y)."""
    agg = getattr(renderer, "_renderer", None)
    prepare = getattr(renderer, "_prepare_font", None)
    if agg is None or prepare is None or not hasattr(agg, "draw_text_image"):

        def draw(context: GraphicsContextBase, x: float, y: float, text: str,
                 properties: FontProperties) -> None:  # fmt: skip
            renderer.draw_text(context, x, y, text, properties, 0.0, ismath=False)

        return draw

    from matplotlib.backends.backend_agg import get_hinting_flag

    flags = get_hinting_flag()

    def draw_bitmap(context: GraphicsContextBase, x: float, y: float, text: str,
                    properties: FontProperties) -> None:  # fmt: skip
        # One bitmap for the line (the font lays it out with kerning and fallbacks), put
        # down with its bottom edge at the descent below the baseline (y is downwards).
        font = prepare(properties)
        font.set_text(text, 0.0, flags=flags)
        font.draw_glyphs_to_bitmap(antialiased=context.get_antialiased())
        left, top = font.get_bitmap_offset()
        bottom = y + top / 64 + font.get_descent() / 64
        agg.draw_text_image(font.get_image(), round(x + left / 64), round(bottom) + 1, 0.0,
                            context)  # fmt: skip

    return draw_bitmap


@lru_cache(maxsize=64)
def _properties(family: tuple[str, ...], size: float, bold: bool, italic: bool,
                ) -> FontProperties:  # fmt: skip
    return FontProperties(family=list(family), size=size, weight="bold" if bold else "normal",
                          style="italic" if italic else "normal")  # fmt: skip


@lru_cache(maxsize=64)
def _line_extent(properties: FontProperties, dpi: float) -> tuple[float, float]:
    """The ascent and descent of a line in the first font of the chain, in pixels at dpi:
    the typographic ones, which is how matplotlib's Text spaces a line."""
    font = get_font(fontManager._find_fonts_by_props(properties))
    scale = properties.get_size_in_points() * dpi / 72 / font.units_per_EM
    typographic = font.get_sfnt_table("OS/2")
    if typographic is not None:
        return typographic["sTypoAscender"] * scale, -typographic["sTypoDescender"] * scale
    horizontal = font.get_sfnt_table("hhea")
    if horizontal is not None:
        return horizontal["ascent"] * scale, -horizontal["descent"] * scale
    return font.ascender * scale, -font.descender * scale
