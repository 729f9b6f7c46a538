"""Where a line of text stands: its baseline for a layout anchor, as matplotlib puts it.

The SVG writer places ``<text>`` by its baseline, so it needs the offset matplotlib's
``Text._get_layout`` applies for a vertical anchor. That offset depends on the line's ink
(its ascent and descent, as the SVG renderer measures them: unhinted, at 100 points,
scaled), and never less than the first font's typographic ascent and descent; the same
font files and calls give the same numbers.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..layout.fonts import font_chain
from ..layout.geometry import TextBlock
from .glyphs import lacks_glyphs, matplotlib_glyph_warnings_silenced

if TYPE_CHECKING:
    from matplotlib.ft2font import FT2Font

_Face = tuple[tuple[str, ...], bool, bool]  # a font chain, bold, italic: what caches key on
_MEASURED_SIZE = 100.0  # points: the size matplotlib's SVG renderer measures text at
# The part of the line's (ascent, descent) from the anchor down to the baseline, per
# anchor: baseline = y + a * ascent + b * descent, with y growing downwards.
_ANCHOR_TERMS = {
    "top": (1.0, 0.0),
    "center": (0.5, -0.5),
    "center_baseline": (0.5, 0.0),
    "baseline": (0.0, 0.0),
    "bottom": (0.0, -1.0),
}


def baseline(block: TextBlock) -> float:
    """The y of ``block``'s baseline, in points down the canvas.

    >>> [round(baseline(TextBlock("Japan", 0, 100, 10, anchor=anchor)), 2)
    ...  for anchor in ("top", "center", "baseline")]
    [107.6, 102.6, 100.0]
    """
    ascent, descent = _extent(block.text, _face(block))
    across, down = _ANCHOR_TERMS[block.anchor]
    return block.y + (across * ascent + down * descent) * block.size


def _face(block: TextBlock) -> _Face:
    """The fonts ``block`` is drawn in: the chain as it is now, the weight, the style."""
    return _face_of(block.text, font_chain(), block.bold, block.italic)


@lru_cache(maxsize=65536)
def _face_of(text: str, chain: tuple[str, ...], bold: bool, italic: bool) -> _Face:
    """The chain's first font alone when it has every character of ``text`` (its glyphs
    are the chain's then), else the whole chain: fallback fonts (a CJK collection takes
    milliseconds to open) are loaded only for lines that need them."""
    if len(chain) > 1:
        from matplotlib.font_manager import get_font

        first = get_font(_font_files(chain[:1], bold, italic))
        if all(first.get_char_index(ord(character)) for character in set(text)):
            return chain[:1], bold, italic
    return chain, bold, italic


@lru_cache(maxsize=65536)
def _extent(text: str, face: _Face) -> tuple[float, float]:
    """(ascent, descent) of a line per point of font size, as matplotlib's layout counts
    them: its ink, but never less than the first font's typographic ascent and descent."""
    least_ascent, least_descent = _typographic(face)
    ascent, descent = _ink(text, face)
    return max(ascent, least_ascent), max(descent, least_descent)


def _ink(text: str, face: _Face) -> tuple[float, float]:
    """(ascent, descent) of ``text``'s glyphs per point, unhinted (as ``TextToPath``).

    Shaping a line costs about 0.5 ms. Printable ASCII is shaped into its own characters'
    glyphs, placed along the baseline (kerning moves them sideways, a ligature stays within
    its letters' heights), so its ink is that of its characters' glyphs, each loaded once."""
    if text.isascii() and text.isprintable():
        inks = [_glyph_ink(character, face) for character in set(text)] or [(0.0, 0.0)]
        return max(ink[0] for ink in inks), max(ink[1] for ink in inks)
    return _shaped_ink(text, face)


@lru_cache(maxsize=1024)
def _glyph_ink(character: str, face: _Face) -> tuple[float, float]:
    """(ascent, descent) per point of one character's glyph: its box, unhinted; for
    printable ASCII the same numbers as shaping it (a fifth of the time)."""
    from matplotlib.ft2font import LoadFlags

    box = _font(face).load_char(ord(character), flags=LoadFlags.NO_HINTING).bbox
    return box[3] / 64 / _MEASURED_SIZE, -box[1] / 64 / _MEASURED_SIZE


@lru_cache(maxsize=4096)
def _shaped_ink(text: str, face: _Face) -> tuple[float, float]:
    """(ascent, descent) per point of ``text`` shaped and measured as matplotlib does."""
    from matplotlib.ft2font import LoadFlags

    if not text:
        return 0.0, 0.0
    font = _font(face)
    with matplotlib_glyph_warnings_silenced(lacks_glyphs((text,))):  # the maker warns
        font.set_text(text, 0.0, flags=LoadFlags.NO_HINTING)
    _, height = font.get_width_height()
    descent = font.get_descent()
    return (height - descent) / 64 / _MEASURED_SIZE, descent / 64 / _MEASURED_SIZE


@lru_cache(maxsize=16)
def _typographic(face: _Face) -> tuple[float, float]:
    """The first font's typographic ascent and descent per point (OS/2, else hhea)."""
    font = _font(face)
    head = font.get_sfnt_table("head")
    scale = 1 / (head["unitsPerEm"] if head else font.units_per_EM)
    os2 = font.get_sfnt_table("OS/2")
    if os2 is not None:
        return os2["sTypoAscender"] * scale, -os2["sTypoDescender"] * scale
    hhea = font.get_sfnt_table("hhea")
    if hhea is not None:
        return hhea["ascent"] * scale, -hhea["descent"] * scale
    return 0.0, 0.0


def _font(face: _Face) -> FT2Font:
    """The font of ``face``, at the size text is measured at."""
    from matplotlib.font_manager import get_font

    font = get_font(_font_files(*face))
    font.set_size(_MEASURED_SIZE, 72)
    return font


def line_font(block: TextBlock) -> FT2Font:
    """matplotlib's cached font object that ``block`` is drawn with (the chain's first
    font, or the chain with its fallbacks: ``_face_of``); the caller sets its size. Found
    once per chain, weight and style: matplotlib looks fonts up again for every size, which
    costs 2 ms each the first time."""
    from matplotlib.font_manager import get_font

    return get_font(_font_files(*_face(block)))


@lru_cache(maxsize=32)
def _font_files(chain: tuple[str, ...], bold: bool, italic: bool) -> tuple[str, ...]:
    """The font files of ``chain`` for a weight and style, first to last."""
    from matplotlib.font_manager import FontProperties, fontManager

    properties = FontProperties(family=list(chain), weight="bold" if bold else "normal",
                                style="italic" if italic else "normal")  # fmt: skip
    return tuple(fontManager._find_fonts_by_props(properties))
