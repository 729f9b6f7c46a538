"""The figure formats, and which files a render writes; no matplotlib, so the CLI starts fast.

A format is the suffix of its files. An output path either says its format by its suffix
or is written once per format asked for; nothing else is guessed. Besides the figures, a
render can write its layout as JSON (``layout.export``), which needs no drawing.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..errors import OptionError

__all__ = [
    "DEFAULT_FORMATS", "FIGURE_FORMATS", "LAYOUT_FORMAT", "MAX_PIXELS", "MAX_SIDE",
    "OUTPUT_FORMATS", "FormatError", "checked_format", "checked_pixels", "format_of",
    "output_paths",
]  # fmt: skip

FIGURE_FORMATS = ("png", "svg", "pdf")
"""Every format a figure can be written in."""

LAYOUT_FORMAT = "json"
"""The layout itself, as JSON: written without drawing."""

OUTPUT_FORMATS = (*FIGURE_FORMATS, LAYOUT_FORMAT)
"""Every format a render can write."""

DEFAULT_FORMATS = ("png", "svg")
"""What a render writes when it is given neither outputs nor formats."""


MAX_PIXELS = 50_000_000
"""The most pixels a PNG may have: 200 MB of memory to draw it in."""
MAX_SIDE = 32_000
"""The most pixels a PNG may have across or down (matplotlib's own limit is 65,535)."""


class FormatError(OptionError):
    """An output whose format is unknown or cannot be told from its name, or a PNG larger
    than the limits (a usage error). ``parameter``: ``"formats"``, ``"outputs"`` or ``"dpi"``.
    """


def output_paths(outputs: Iterable[Path] = (), formats: str | None = None) -> list[Path]:
    """The files to write: each output once per format in formats, else as its suffix says.

    formats is a comma-separated list ("pdf,png"); without outputs the files are
    figures/timeline.FORMAT. Raises FormatError for a format it does not know.

    >>> [str(path) for path in output_paths([Path("week")], "pdf, PNG")]
    ['week.pdf', 'week.png']
    >>> [str(path) for path in output_paths()]
    ['figures/timeline.png', 'figures/timeline.svg']
    """
    chosen = [name.strip().lower() for name in formats.split(",")] if formats else []
    for name in chosen:
        checked_format(name)
    outputs = list(outputs)
    if not outputs:
        return [Path("figures") / f"timeline.{name}" for name in chosen or DEFAULT_FORMATS]
    paths: list[Path] = []
    for output in outputs:
        if chosen:
            paths.extend(output.with_suffix(f".{name}") for name in chosen)
        else:
            format_of(output, hint=", or give --format")
            paths.append(output)
    return list(dict.fromkeys(paths))


def checked_format(name: str) -> str:
    """``name`` when a render can write it; FormatError naming the formats otherwise."""
    if name not in OUTPUT_FORMATS:
        raise FormatError(
            f"unknown format {name!r}; choose from {', '.join(OUTPUT_FORMATS)}", "formats"
        )
    return name


def checked_pixels(width: float, height: float, dpi: float) -> None:
    """Refuse, before anything is drawn, a PNG of width x height points (1/72 in) at dpi
    that passes MAX_PIXELS or MAX_SIDE, or has no pixel at all.

    >>> checked_pixels(720, 720, 200)  # 10 x 10 in: 2,000 x 2,000 pixels
    >>> checked_pixels(14400, 7200, 1200)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    timeline.drawing.formats.FormatError: the PNG would be 240,000 x 120,000 pixels; the most...
    """
    across, down = round(width / 72 * dpi), round(height / 72 * dpi)
    if min(int(width / 72 * dpi), int(height / 72 * dpi)) < 1:  # Agg's canvas truncates
        raise FormatError(f"the PNG would be {across:,} x {down:,} pixels: raise --dpi", "dpi")
    if max(across, down) > MAX_SIDE or across * down > MAX_PIXELS:
        raise FormatError(
            f"the PNG would be {across:,} x {down:,} pixels; the most is {MAX_SIDE:,} a side "
            f"and {MAX_PIXELS // 10**6} million in all: lower --dpi (or --width)",
            "dpi",
        )


def format_of(path: Path, hint: str = "") -> str:
    """The format a file is written in, from its suffix; FormatError when it names none.

    >>> format_of(Path("week.PDF")), format_of(Path("layout.json"))
    ('pdf', 'json')
    """
    form = path.suffix.lstrip(".").lower()
    if form not in OUTPUT_FORMATS:
        *others, last = (f".{name}" for name in OUTPUT_FORMATS)
        raise FormatError(
            f"cannot tell the format of {str(path)!r}: end it in {', '.join(others)} "
            f"or {last}{hint}",
            "outputs",
        )
    return form
