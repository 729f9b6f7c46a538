"""Text widths for the layout, from the font the renderer draws with.

The layout needs every label's size before anything is drawn. Asking matplotlib's text
engine costs about 0.5 ms a string; summing cached glyph advances costs about 1.5 µs and
errs on the wide side (it ignores kerning), which is the safe side for "labels never
overlap". Each distinct string is measured once per font size. A character is measured in
the first font of the chain (``fonts.font_chain``) that has it, as matplotlib draws it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from .fonts import find_new_fonts, font_chain

if TYPE_CHECKING:
    from matplotlib.ft2font import FT2Font

FONT_FAMILY = "DejaVu Sans"  # the first of the chain, and the font of Latin text
# Hinting can make a drawn string up to about 2 pt wider than its advances say.
_SLACK_POINTS = 2.0


class Measure(Protocol):
    """(text, size in points, bold or not) -> (width, height) in points."""

    def __call__(self, text: str, size: float, bold: bool = False) -> tuple[float, float]: ...


@lru_cache(maxsize=32)
def _font(bold: bool = False, family: str = FONT_FAMILY) -> FT2Font:
    from matplotlib.font_manager import FontProperties, findfont
    from matplotlib.ft2font import FT2Font

    # A font object of our own: matplotlib's cached ones change size as it draws.
    weight = "bold" if bold else "normal"
    properties = FontProperties(family=family, weight=weight)
    font = FT2Font(findfont(properties, fallback_to_default=False))
    font.set_size(100, 72)
    return font


class FontMeasure:
    """Measures text in the renderer's font, in the weight it is drawn in: glyph advances
    summed, cached per string. ``families``: the font chain (default: the installed ones)."""

    def __init__(self, families: tuple[str, ...] | None = None) -> None:
        self._families = font_chain() if families is None else families
        self._chain_may_grow = families is None  # the installed fonts, which may be more
        self._advances: dict[tuple[str, bool], float] = {}
        self._widths: dict[tuple[str, float, bool], float] = {}
        self._boxes: set[str] = set()  # characters no font of the chain has
        font = _font()
        # Ascender minus descender, per point of font size: the height of a line of text.
        self._line_height = (font.ascender - font.descender) / font.units_per_EM

    def __call__(self, text: str, size: float, bold: bool = False) -> tuple[float, float]:
        key = (text, size, bold)
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = self._em_width(text, bold) * size + _SLACK_POINTS
        return width, self._line_height * size

    def advance(self, text: str, size: float, bold: bool = False) -> float:
        """How far the pen moves over ``text``, in points: its width as drawn, without the
        slack ``__call__`` adds, for centring a line on a point."""
        return self._em_width(text, bold) * size

    def _em_width(self, text: str, bold: bool) -> float:
        advances = self._advances
        total = 0.0
        for character in text:
            advance = advances.get((character, bold))
            if advance is None:
                advance = advances[character, bold] = self._advance(character, bold)
            total += advance
        return total

    def lacking(self, texts: Iterable[str]) -> list[str]:
        """The characters of ``texts`` that no font of the chain has (drawn as boxes), in
        the order they first appear."""
        found: dict[str, None] = {}
        for text in texts:
            self._em_width(text, False)  # looks up each new character in the chain
            found.update(dict.fromkeys(character for character in text
                                       if character in self._boxes))  # fmt: skip
        return list(found)

    def _advance(self, character: str, bold: bool) -> float:
        from matplotlib.ft2font import LoadFlags

        for family in self._families:
            font = _font(bold, family)
            if font.get_char_index(ord(character)):
                glyph = font.load_char(ord(character), flags=LoadFlags.NO_HINTING)
                # linearHoriAdvance is 16.16 fixed point, in pixels at 100 px per em.
                return glyph.linearHoriAdvance / 65536 / 100
        if self._chain_may_grow:
            self._chain_may_grow = False  # one search a measure: the chain grows once
            if find_new_fonts():
                self._families = font_chain()
                return self._advance(character, bold)
        self._boxes.add(character)
        return 1.2  # drawn as a box by no font of the chain: 1.2 em is wider than one


@lru_cache(maxsize=1)
def font_measure() -> FontMeasure:
    """One font measure per process, so its cache of text widths serves every figure."""
    return FontMeasure()


def estimate(text: str, size: float, bold: bool = False) -> tuple[float, float]:
    """A font-free measure (0.6 em a character, 0.7 in bold) for tests and previews without
    matplotlib."""
    return (0.7 if bold else 0.6) * size * len(text), 1.2 * size
