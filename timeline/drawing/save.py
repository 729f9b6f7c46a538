"""Writing figures: the same input gives the same bytes, and a failed write leaves no file.

matplotlib stamps files with dates and versions and gives SVG elements random ids unless
told otherwise; here every format is saved with fixed metadata and a fixed SVG hash salt.
``files.write_atomically`` writes the bytes, so a failed write leaves the old file or none.
"""

from __future__ import annotations

import io
import re
import warnings
from typing import TYPE_CHECKING, Any

from ..errors import MissingGlyphWarning
from ..layout.fonts import font_package
from ..layout.geometry import Layout
from .formats import checked_format
from .svg_writer import svg_document

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.typing import RcKeyType

_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": "timeline"},
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": "timeline", "Creator": "timeline"},
}


def figure_bytes(layout: Layout, form: str, dpi: float = 200, text_as_paths: bool = False) -> bytes:
    """The figure of ``layout`` as PNG, SVG or PDF bytes; in SVG each event is a group
    ``event-ID`` (``web.svg`` gives the groups their tooltips, data and links).

    SVG is written from the layout's elements (``svg_writer``), text as ``<text>``; with
    ``text_as_paths`` matplotlib draws it, each event a group, its text as outlines.
    Characters the font lacks are named in one MissingGlyphWarning, not one matplotlib
    warning per character and pass (which name matplotlib's source lines).
    """
    checked_format(form)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if form == "svg" and not text_as_paths:
            data = svg_document(layout)
        else:
            from .figure import figure_of  # matplotlib's drawing: not needed for SVG

            data = _save(figure_of(layout, grouped=form == "svg"), form, dpi, text_as_paths)
    _warn_again(caught)
    return data


def _save(figure: Figure, form: str, dpi: float, text_as_paths: bool) -> bytes:
    import matplotlib

    buffer = io.BytesIO()
    # TrueType (42) fonts, not Type 3: publishers' PDF checks refuse Type 3.
    rc: dict[RcKeyType, Any] = {
        "svg.hashsalt": "timeline", "svg.fonttype": "path" if text_as_paths else "none",
        "pdf.fonttype": 42, "ps.fonttype": 42,
    }  # fmt: skip
    with matplotlib.rc_context(rc):
        figure.savefig(buffer, format=form, dpi=dpi, metadata=_METADATA[form])
    return buffer.getvalue()


_MISSING_GLYPH = re.compile(r"Glyph (\d+) .*missing from font\(s\) (.+?)\.?$")


def _warn_again(caught: list[warnings.WarningMessage]) -> None:
    """Warn once about the characters no font has, naming the package with one that does;
    pass on any other warning as it came."""
    missing: dict[str, None] = {}
    fonts: dict[str, None] = {}
    for warning in caught:
        found = _MISSING_GLYPH.match(str(warning.message))
        if found is None:
            warnings.warn_explicit(warning.message, warning.category, warning.filename,
                                   warning.lineno)  # fmt: skip
            continue
        missing[chr(int(found[1]))] = None
        fonts[found[2]] = None
    if missing:
        shown = ", ".join(f"{char} (U+{ord(char):04X})" if char.isprintable()
                          else f"U+{ord(char):04X}" for char in list(missing)[:10])  # fmt: skip
        more = f" and {len(missing) - 10} more" if len(missing) > 10 else ""
        packages = " and ".join(dict.fromkeys(font_package(char) for char in missing))
        warnings.warn(
            f"the fonts ({', '.join(fonts)}) have no glyph for {shown}{more}; they are drawn "
            f"as empty boxes: install {packages} (Debian, Ubuntu) or another font for them",
            MissingGlyphWarning,
            stacklevel=3,
        )
