"""The figure formats, and which files a render writes; no matplotlib, so the CLI starts fast.

A format is the suffix of its files. An output path either says its format by its suffix
or is written once per format asked for; nothing else is guessed.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..errors import TimelineError

__all__ = ["DEFAULT_FORMATS", "FIGURE_FORMATS", "FormatError", "output_paths"]

FIGURE_FORMATS = ("png", "svg", "pdf")
"""Every format a figure can be written in."""

DEFAULT_FORMATS = ("png", "svg")
"""What a render writes when it is given neither outputs nor formats."""


class FormatError(TimelineError):
    """An output whose format is unknown or cannot be told from its name (a usage error).

    ``parameter`` names the argument at fault: ``"formats"`` or ``"outputs"``.
    """

    def __init__(self, message: str, parameter: str):
        super().__init__(message)
        self.parameter = parameter


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
        if name not in FIGURE_FORMATS:
            raise FormatError(
                f"unknown format {name!r}; choose from {', '.join(FIGURE_FORMATS)}", "formats"
            )
    outputs = list(outputs)
    if not outputs:
        return [Path("figures") / f"timeline.{name}" for name in chosen or DEFAULT_FORMATS]
    paths: list[Path] = []
    for output in outputs:
        if chosen:
            paths.extend(output.with_suffix(f".{name}") for name in chosen)
        elif output.suffix.lstrip(".").lower() in FIGURE_FORMATS:
            paths.append(output)
        else:
            *others, last = (f".{name}" for name in FIGURE_FORMATS)
            raise FormatError(
                f"cannot tell the format of {str(output)!r}: end it in {', '.join(others)} "
                f"or {last}, or give --format",
                "outputs",
            )
    return list(dict.fromkeys(paths))
