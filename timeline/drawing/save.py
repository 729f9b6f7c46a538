"""Writing figures: the same input gives the same bytes, and a failed write leaves no file.

matplotlib stamps files with dates and versions and gives SVG elements random ids unless
told otherwise; here every format is saved with fixed metadata and a fixed SVG hash salt.
``files.write_atomically`` writes the bytes, so a failed write leaves the old file or none.
"""

from __future__ import annotations

import html
import io
import re
from typing import TYPE_CHECKING, Any

import matplotlib
from matplotlib.figure import Figure

from ..layout.geometry import Layout
from .figure import figure_of
from .formats import checked_format

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": "timeline"},
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": "timeline", "Creator": "timeline"},
}


def figure_bytes(layout: Layout, form: str, dpi: float = 200, text_as_paths: bool = False) -> bytes:
    """The figure of ``layout`` as PNG, SVG or PDF bytes."""
    checked_format(form)
    figure = figure_of(layout, grouped=form == "svg")
    data = _save(figure, form, dpi, text_as_paths)
    if form == "svg":
        data = _with_tooltips(data, layout.tooltips)
    return data


def _save(figure: Figure, form: str, dpi: float, text_as_paths: bool) -> bytes:
    buffer = io.BytesIO()
    rc: dict[RcKeyType, Any] = {
        "svg.hashsalt": "timeline", "svg.fonttype": "path" if text_as_paths else "none",
    }  # fmt: skip
    with matplotlib.rc_context(rc):
        figure.savefig(buffer, format=form, dpi=dpi, metadata=_METADATA[form])
    return buffer.getvalue()


def _with_tooltips(svg: bytes, tooltips: dict[str, str]) -> bytes:
    """Give each event group a ``<title>``: the tooltip a browser shows on hover."""

    def add_title(match: re.Match[bytes]) -> bytes:
        event = match.group(1).decode()
        tip = tooltips.get(event)
        if tip is None:
            return match.group(0)
        return match.group(0) + f"\n   <title>{html.escape(tip)}</title>".encode()

    return re.sub(rb'<g id="event-([^"]+)">', add_title, svg)
