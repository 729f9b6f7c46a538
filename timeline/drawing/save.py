"""Writing figures: the same input gives the same bytes, and a failed write leaves no file.

matplotlib stamps files with dates and versions and gives SVG elements random ids unless
told otherwise; here every format is saved with fixed metadata and a fixed SVG hash salt.
``files.write_atomically`` writes the bytes, so a failed write leaves the old file or none.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from ..layout.geometry import Layout
from .formats import checked_format
from .png import png_bytes
from .svg_writer import svg_document

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.typing import RcKeyType

_METADATA = {
    "svg": {"Date": None, "Creator": "timeline"},
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": "timeline", "Creator": "timeline"},
}


def figure_bytes(layout: Layout, form: str, dpi: float = 200, text_as_paths: bool = False) -> bytes:
    """The figure of ``layout`` as PNG, SVG or PDF bytes; in SVG each event is a group
    ``event-ID`` (``web.svg`` gives the groups their tooltips, data and links).

    SVG is written from the layout's elements (``svg_writer``), text as ``<text>``; with
    ``text_as_paths`` matplotlib draws it, each event a group, its text as outlines.
    Characters no font has are the caller's to name, once for all the files of a layout
    (``glyphs.warn_missing_glyphs``).
    """
    checked_format(form)
    if form == "svg" and not text_as_paths:
        return svg_document(layout)
    from .figure import figure_of  # matplotlib's drawing: not needed for SVG

    return _save(figure_of(layout, grouped=form == "svg"), form, dpi, text_as_paths)


def _save(figure: Figure, form: str, dpi: float, text_as_paths: bool) -> bytes:
    import matplotlib

    buffer = io.BytesIO()
    # TrueType (42) fonts, not Type 3: publishers' PDF checks refuse Type 3.
    rc: dict[RcKeyType, Any] = {
        "svg.hashsalt": "timeline", "svg.fonttype": "path" if text_as_paths else "none",
        "pdf.fonttype": 42, "ps.fonttype": 42,
    }  # fmt: skip
    with matplotlib.rc_context(rc):
        if form == "png":
            return _png(figure, dpi)
        figure.savefig(buffer, format=form, dpi=dpi, metadata=_METADATA[form])
    return buffer.getvalue()


def _png(figure: Figure, dpi: float) -> bytes:
    """The figure drawn by Agg at ``dpi``, as a PNG file (``png``)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(figure)
    figure.set_dpi(dpi)
    canvas.draw()
    return png_bytes(canvas.buffer_rgba(), dpi)
