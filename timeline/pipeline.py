"""The figure pipeline as one call per stage: select -> layout -> draw -> save.

These are the public entry points for reports and notebooks: ``render`` gives a matplotlib
Figure, ``draw`` draws on an Axes you already have, ``write`` saves files. Each takes the
figure's options (``Options``: lanes, scale, size, title) and the selection's (``Filter``:
dates, countries, actors, kinds, statuses, tags) as keywords. matplotlib is imported only
when a figure is drawn, so listing and validating stay fast; ``write`` to a ``.json`` path
reads the font's metrics but draws nothing.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from .errors import OptionError
from .files import same_file, write_all_atomically
from .layout import Options, layout
from .layout.export import layout_json_bytes
from .layout.geometry import Layout
from .layout.measure import FontMeasure
from .model.names import Names
from .model.text import text_problem
from .model.timeline import Timeline
from .query import Filter, select

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from pandas import DataFrame

T = TypeVar("T")


def render(
    timeline: Timeline | DataFrame,
    options: Options | None = None,
    *,
    lanes: str | None = None,
    scale: str | None = None,
    width: float | None = None,
    max_height: float | None = None,
    title: str | None = None,
    font_size: float | None = None,
    since: str | None = None,
    until: str | None = None,
    countries: Names = (),
    actors: Names = (),
    kinds: Names = (),
    statuses: Names = (),
    tags: Names = (),
) -> Figure:
    """A ``matplotlib.figure.Figure`` of ``timeline``, sized to fit what it shows.

    Keywords left out keep the value ``options`` has (or ``Options``' default); the
    selection keeps events that match every criterion given.

    >>> import timeline
    >>> figure = timeline.render(timeline.load("events.yaml"), lanes="actor")  # doctest: +SKIP
    >>> figure.savefig("actors.png", dpi=200)                                   # doctest: +SKIP
    """
    from .drawing.figure import figure_of

    return figure_of(
        plan(
            timeline,
            _options(options, lanes, scale, width, max_height, title, font_size),
            _filter(since, until, countries, actors, kinds, statuses, tags),
        )
    )


def draw(
    timeline: Timeline | DataFrame,
    ax: Axes,
    options: Options | None = None,
    *,
    lanes: str | None = None,
    scale: str | None = None,
    width: float | None = None,
    max_height: float | None = None,
    title: str | None = None,
    font_size: float | None = None,
    since: str | None = None,
    until: str | None = None,
    countries: Names = (),
    actors: Names = (),
    kinds: Names = (),
    statuses: Names = (),
    tags: Names = (),
) -> None:
    """Draw ``timeline`` on an existing Axes, laid out for the Axes' width unless ``width``
    is given (a width in ``options`` is not used).

    The Axes keeps its width and takes the height the layout needs (its box aspect).
    """
    from .drawing.figure import draw_on

    if width is None:
        width = ax.bbox.width / ax.figure.dpi  # in inches, in a figure or a subfigure
    draw_on(
        ax,
        plan(
            timeline,
            _options(options, lanes, scale, width, max_height, title, font_size),
            _filter(since, until, countries, actors, kinds, statuses, tags),
        ),
    )


def write(
    timeline: Timeline | DataFrame,
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    options: Options | None = None,
    *,
    dpi: float = 200,
    text_as_paths: bool = False,
    lanes: str | None = None,
    scale: str | None = None,
    width: float | None = None,
    max_height: float | None = None,
    title: str | None = None,
    font_size: float | None = None,
    since: str | None = None,
    until: str | None = None,
    countries: Names = (),
    actors: Names = (),
    kinds: Names = (),
    statuses: Names = (),
    tags: Names = (),
) -> list[Path]:
    """Save the figure of ``timeline`` to each path, the format following its suffix.

    The files are written all or none, and the same input gives the same bytes. ``dpi`` is
    for PNG; ``text_as_paths`` draws SVG text as outlines. A ``.json`` path gets the layout
    the figures are drawn from (``layout.export``), without drawing. Raises OptionError
    (before anything is drawn) for a path that is the timeline's own events file, or a PNG
    of more pixels than ``drawing.formats.MAX_PIXELS``.
    """
    from .drawing.formats import LAYOUT_FORMAT, checked_pixels, format_of

    targets = [(path, format_of(path)) for path in _paths(paths)]  # all known, or none written
    timeline = as_timeline(timeline)
    _check_outputs(timeline, [path for path, _ in targets])
    if not (math.isfinite(dpi) and dpi > 0):
        raise OptionError(f"dpi must be a positive number, not {dpi!r}", "dpi")
    selected = _selected(timeline, _filter(since, until, countries, actors, kinds, statuses, tags))
    drawing = plan(selected, _options(options, lanes, scale, width, max_height, title, font_size))
    if any(form == "png" for _, form in targets):
        checked_pixels(drawing.width, drawing.height, dpi)
    files = []
    for path, form in targets:
        if form == LAYOUT_FORMAT:
            data = layout_json_bytes(drawing, selected)
        else:
            from .drawing.save import figure_bytes  # matplotlib's drawing, only for figures

            data = figure_bytes(drawing, form, dpi, text_as_paths)
        files.append((path, data))
    write_all_atomically(files)
    return [path for path, _ in files]


def as_timeline(data: Timeline | DataFrame) -> Timeline:
    """A Timeline as it is; a DataFrame's rows read as events by ``from_frame``."""
    if isinstance(data, Timeline):
        return data
    if not hasattr(data, "attrs"):
        raise TypeError(f"expected a Timeline or a pandas DataFrame, not {type(data).__name__}")
    from .read.frame import from_frame

    return from_frame(data)


def _check_outputs(timeline: Timeline, paths: list[Path]) -> None:
    """Refuse an output that is the events file itself, however it is named."""
    for path in paths:
        if timeline.source is not None and same_file(path, timeline.source):
            message = (f"{path} is the events file {timeline.source}; a figure may never "
                       "replace it: give another name")  # fmt: skip
            raise OptionError(message, "outputs")


def plan(timeline: Timeline | DataFrame, options: Options | None = None,
         criteria: Filter | None = None) -> Layout:  # fmt: skip
    """The ``Layout`` of the selected events, measured with the renderer's font."""
    return layout(_selected(timeline, criteria), options, _font_measure())


def _selected(timeline: Timeline | DataFrame, criteria: Filter | None) -> Timeline:
    timeline = as_timeline(timeline)
    if criteria is not None and criteria != Filter():
        return select(timeline, criteria)
    return timeline


def _options(
    base: Options | None,
    lanes: str | None,
    scale: str | None,
    width: float | None,
    max_height: float | None,
    title: str | None,
    font_size: float | None,
) -> Options:
    """``base`` (or the defaults) with the fields a call gave; None: as ``base`` has it."""
    base = base or Options()
    title = _given(title, base.title)
    problem = text_problem(title) if title else None
    if problem is not None:
        raise OptionError(f"the title: {problem}", "title")
    return Options(
        lanes=_given(lanes, base.lanes), scale=_given(scale, base.scale),
        width=_given(width, base.width), max_height=_given(max_height, base.max_height),
        title=title, font_size=_given(font_size, base.font_size),
    )  # fmt: skip


def _given(value: T | None, default: T) -> T:
    return default if value is None else value


def _filter(
    since: str | None, until: str | None, countries: Names, actors: Names, kinds: Names,
    statuses: Names, tags: Names,
) -> Filter:  # fmt: skip
    return Filter(since=since, until=until, countries=countries, actors=actors, kinds=kinds,
                  statuses=statuses, tags=tags)  # fmt: skip


def _paths(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[Path]:
    if isinstance(paths, (str, os.PathLike)):
        return [Path(paths)]
    return [Path(path) for path in paths]


@lru_cache(maxsize=1)
def _font_measure() -> FontMeasure:
    """One font measure per process, so its cache of text widths serves every figure."""
    return FontMeasure()
