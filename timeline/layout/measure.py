"""Text widths for the layout, from the font the renderer draws with.

The layout needs every label's size before anything is drawn. Asking matplotlib's text
engine costs about 0.5 ms a string; summing cached glyph advances costs about 1.5 µs and
errs on the wide side (it ignores kerning), which is the safe side for "labels never
overlap". Each distinct string is measured once per font size.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.ft2font import FT2Font

FONT_FAMILY = "DejaVu Sans"
# Hinting can make a drawn string up to about 2 pt wider than its advances say.
_SLACK_POINTS = 2.0

Measure = Callable[[str, float], tuple[float, float]]
"""(text, size in points) -> (width, height) in points."""


@lru_cache(maxsize=1)
def _font() -> FT2Font:
    from matplotlib.font_manager import FontProperties, findfont
    from matplotlib.ft2font import FT2Font

    # A font object of our own: matplotlib's cached ones change size as it draws.
    font = FT2Font(findfont(FontProperties(family=FONT_FAMILY), fallback_to_default=False))
    font.set_size(100, 72)
    return font


class FontMeasure:
    """Measures text in the renderer's font: glyph advances summed, cached per string."""

    def __init__(self) -> None:
        self._advances: dict[str, float] = {}
        self._widths: dict[tuple[str, float], float] = {}
        font = _font()
        # Ascender minus descender, per point of font size: the height of a line of text.
        self._line_height = (font.ascender - font.descender) / font.units_per_EM

    def __call__(self, text: str, size: float) -> tuple[float, float]:
        key = (text, size)
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = self._em_width(text) * size + _SLACK_POINTS
        return width, self._line_height * size

    def _em_width(self, text: str) -> float:
        advances = self._advances
        total = 0.0
        for character in text:
            advance = advances.get(character)
            if advance is None:
                advance = advances[character] = self._advance(character)
            total += advance
        return total

    @staticmethod
    def _advance(character: str) -> float:
        from matplotlib.ft2font import LoadFlags

        font = _font()
        if not font.get_char_index(ord(character)):
            # Drawn from a fallback font or as a box: 1.2 em is wider than either.
            return 1.2
        glyph = font.load_char(ord(character), flags=LoadFlags.NO_HINTING)
        # linearHoriAdvance is 16.16 fixed point, in pixels at 100 px per em.
        return glyph.linearHoriAdvance / 65536 / 100


def estimate(text: str, size: float) -> tuple[float, float]:
    """A font-free measure (0.6 em a character) for tests and previews without matplotlib."""
    return 0.6 * size * len(text), 1.2 * size
