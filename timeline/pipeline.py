"""The figure pipeline as one call per stage: select -> layout -> render -> save.

These are the public entry points for reports and notebooks: ``render`` gives a matplotlib
Figure, ``draw`` draws on an Axes you already have, ``write`` saves files. matplotlib is
imported only here and below, so listing and validating stay fast.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .layout.engine import Options, layout
from .model.timeline import Timeline
from .query.filter import Filter, select


def plan(timeline: Timeline, options: Options | None = None, **chosen: Any):  # type: ignore[no-untyped-def]
    """The ``Layout`` of ``timeline``, measured with the renderer's font.

    Keyword arguments are ``Options`` fields (lanes, scale, width, title...) or ``Filter``
    fields (since, until, countries, actors, kinds, statuses, tags).
    """
    options, criteria = _split(options, chosen)
    if criteria:
        timeline = select(timeline, Filter(**criteria))
    return layout(timeline, options, _measure())


def render(timeline: Timeline, options: Options | None = None, **chosen: Any):  # type: ignore[no-untyped-def]
    """A ``matplotlib.figure.Figure`` of ``timeline``, sized to fit what it shows.

    >>> import timeline
    >>> figure = timeline.render(timeline.load("events.yaml"), lanes="actor")  # doctest: +SKIP
    >>> figure.savefig("actors.png", dpi=200)                                   # doctest: +SKIP
    """
    from .drawing.figure import figure_of

    return figure_of(plan(timeline, options, **chosen))


def draw(timeline: Timeline, ax, options: Options | None = None, **chosen: Any) -> None:  # type: ignore[no-untyped-def]
    """Draw ``timeline`` on an existing Axes; its width in the figure sets the layout width.

    The Axes keeps its width and takes the height the layout needs (its box aspect).
    """
    from .drawing.figure import draw_on

    width = ax.get_position().width * ax.figure.get_figwidth()
    chosen.setdefault("width", width)
    draw_on(ax, plan(timeline, options, **chosen))


def write(
    timeline: Timeline,
    paths: Iterable[Path],
    options: Options | None = None,
    dpi: float = 200,
    text_as_paths: bool = False,
    **chosen: Any,
) -> list[Path]:
    """Save the figure of ``timeline`` to each path, the format following its suffix."""
    from .drawing.save import figure_bytes
    from .files import write_atomically

    drawing = plan(timeline, options, **chosen)
    written = []
    for path in paths:
        data = figure_bytes(drawing, path.suffix.lstrip(".").lower(), dpi, text_as_paths)
        write_atomically(path, data)
        written.append(path)
    return written


_MEASURE = None


def _measure():  # type: ignore[no-untyped-def]
    """One font measure per process, so its cache of text widths is shared by every figure."""
    global _MEASURE
    if _MEASURE is None:
        from .layout.measure import FontMeasure

        _MEASURE = FontMeasure()
    return _MEASURE


_OPTION_FIELDS = set(Options.__dataclass_fields__)
_FILTER_FIELDS = set(Filter.__dataclass_fields__)


def _split(options: Options | None, chosen: dict[str, Any]) -> tuple[Options, dict[str, Any]]:
    unknown = set(chosen) - _OPTION_FIELDS - _FILTER_FIELDS
    if unknown:
        raise TypeError(f"unknown option(s): {', '.join(sorted(unknown))}")
    picked = {key: value for key, value in chosen.items() if key in _OPTION_FIELDS}
    if options is None:
        options = Options(**picked)
    elif picked:
        from dataclasses import replace

        options = replace(options, **picked)
    criteria = {key: value for key, value in chosen.items() if key in _FILTER_FIELDS and value}
    return options, criteria
