"""Writing figures: the same input gives the same bytes, and a failed write leaves no file.

matplotlib stamps files with dates and versions and gives SVG elements random ids unless
told otherwise; here every format is saved with fixed metadata and a fixed SVG hash salt.
Each file is written to a temporary name beside the target and renamed over it.
"""

from __future__ import annotations

import html
import io
import os
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import matplotlib
from matplotlib.figure import Figure

from ..layout.geometry import Layout
from .figure import figure_of

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

FORMATS = ("png", "svg", "pdf")
_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": "timeline"},
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": "timeline", "Creator": "timeline"},
}


def figure_bytes(layout: Layout, form: str, dpi: float = 200, text_as_paths: bool = False) -> bytes:
    """The figure of ``layout`` as PNG, SVG or PDF bytes."""
    if form not in FORMATS:
        raise ValueError(f"unknown format {form!r}; choose from {', '.join(FORMATS)}")
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

    return re.sub(rb'<g id="event-([a-z0-9-]+)">', add_title, svg)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file, so ``path`` is never half-written."""
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
