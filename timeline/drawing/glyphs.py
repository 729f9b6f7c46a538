"""One warning for the characters no font has, however a figure is drawn.

matplotlib warns once per character and pass, naming its own source lines, and only for
some backends; the layout's measure knows every line of text and the fonts, so each way of
drawing (files, ``render``, ``draw`` on an Axes) names them once, in one warning.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from ..errors import MissingGlyphWarning
from ..layout.fonts import font_chain, font_package
from ..layout.geometry import Layout
from ..layout.measure import font_measure

__all__ = ["lacks_glyphs", "matplotlib_glyph_warnings_silenced", "warn_missing_glyphs"]

_MATPLOTLIB_MISSING_GLYPH = r"Glyph \d+ .*missing from font\(s\)"  # its warning's text


def warn_missing_glyphs(layout: Layout, stacklevel: int = 2) -> None:
    """Warn once about the characters of ``layout``'s text that no font has, naming the
    package with one that does; ``stacklevel`` as for ``warnings.warn``, from the caller."""
    missing = font_measure().lacking(block.text for block in layout.text_blocks())
    if not missing:
        return
    shown = ", ".join(f"{char} (U+{ord(char):04X})" if char.isprintable()
                      else f"U+{ord(char):04X}" for char in missing[:10])  # fmt: skip
    more = f" and {len(missing) - 10} more" if len(missing) > 10 else ""
    packages = " and ".join(dict.fromkeys(font_package(char) for char in missing))
    warnings.warn(
        f"the fonts ({', '.join(font_chain())}) have no glyph for {shown}{more}; they are "
        f"drawn as empty boxes: install {packages} (Debian, Ubuntu) or another font for them",
        MissingGlyphWarning,
        stacklevel=stacklevel + 1,
    )


def lacks_glyphs(texts: Iterable[str]) -> bool:
    """Whether some character of ``texts`` is in no font of the chain."""
    return bool(font_measure().lacking(texts))


@contextmanager
def matplotlib_glyph_warnings_silenced(lacking: bool) -> Iterator[None]:
    """While text that ``lacking`` glyphs is drawn, drop matplotlib's own missing-glyph
    warnings, which ``warn_missing_glyphs`` replaces; every other warning passes. The
    filter is set only then: setting one is process-wide, and makes Python forget which
    warnings it has shown once."""
    if not lacking:
        yield
        return
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=_MATPLOTLIB_MISSING_GLYPH)
        yield
