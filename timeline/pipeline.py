"""The figure pipeline as one call per stage: select -> layout -> draw -> save.

These are the public entry points for reports and notebooks: ``render`` gives a matplotlib
Figure, ``draw`` draws on an Axes you already have, ``write`` saves files. Each takes the
figure's options (``Options``: lanes, scale, size, title, type size, theme) and the
selection's (``Filter``: dates, countries, actors, kinds, statuses, tags), as objects, as
keywords, or both (``arguments`` reads them). A ``width`` or ``max_height`` is inches, or a
text with a unit: ``"16.5cm"``, ``"165mm"``, ``"6.5in"``, ``"1600px"`` (pixels at
``write``'s ``dpi``; at 200 dpi for ``render``). matplotlib is imported only when a figure
is drawn, so listing and validating stay fast; ``write`` to a ``.json`` path reads the
font's metrics but draws nothing.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from .arguments import keywords_checked, merged, settings_given
from .errors import OptionError, QueryError
from .files import same_file, write_all_atomically
from .layout import Options, layout
from .layout.export import layout_json_bytes
from .layout.geometry import Layout
from .layout.measure import font_measure
from .layout.units import inches
from .model.names import Names
from .model.text import text_problem
from .model.timeline import Timeline
from .query import Filter, select

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import FigureBase
    from pandas import DataFrame

    from .drawing.notebook import TimelineFigure

NOTHING_TO_DRAW = "no events to draw: the selection is empty"
"""What every way of drawing says for a selection that keeps no event."""


@keywords_checked()
def render(
    timeline: Timeline | DataFrame,
    *settings: Options | Filter,
    lanes: str | None = None,
    scale: str | None = None,
    width: float | str | None = None,
    max_height: float | str | None = None,
    title: str | None = None,
    font_size: float | None = None,
    theme: str | None = None,
    since: str | None = None,
    until: str | None = None,
    countries: Names = (),
    actors: Names = (),
    kinds: Names = (),
    statuses: Names = (),
    tags: Names = (),
) -> TimelineFigure:
    """A ``matplotlib.figure.Figure`` of ``timeline``, sized to fit what it shows; in
    Jupyter it shows itself as a picture.

    ``settings``: an ``Options``, a ``Filter``, or both, in either order. A keyword gives
    one field of either; left out, the field keeps the value they have (or the default).
    The selection keeps events that match every criterion given; QueryError when it keeps
    none, or a criterion names nothing in the timeline.

    >>> import timeline
    >>> figure = timeline.render(timeline.load("events.yaml"), lanes="actor")  # doctest: +SKIP
    >>> figure.savefig("actors.png", dpi=200)                                   # doctest: +SKIP
    """
    from .drawing.figure import figure_of
    from .drawing.glyphs import warn_missing_glyphs

    options, criteria = settings_given(settings)
    selected = _drawable(timeline, _filter(criteria, since, until, countries, actors, kinds,
                                           statuses, tags))  # fmt: skip
    drawing = plan(selected, _options(options, lanes, scale, width, max_height, title,
                                      font_size, theme))  # fmt: skip
    warn_missing_glyphs(drawing, stacklevel=3)  # past this function and keywords_checked
    return figure_of(drawing)


@keywords_checked(instead=dict.fromkeys(
    ("width", "max_height"), "draw lays out for the Axes' own size: size the figure, or its grid"
))  # fmt: skip
def draw(
    timeline: Timeline | DataFrame,
    ax: Axes | FigureBase,
    *settings: Options | Filter,
    lanes: str | None = None,
    scale: str | None = None,
    title: str | None = None,
    font_size: float | None = None,
    theme: str | None = None,
    since: str | None = None,
    until: str | None = None,
    countries: Names = (),
    actors: Names = (),
    kinds: Names = (),
    statuses: Names = (),
    tags: Names = (),
) -> None:
    """Draw ``timeline`` on an Axes you made: a subplot, a panel of a grid, an Axes of a
    ``SubFigure``, in a figure with or without a layout engine (``layout="constrained"``);
    or on a whole ``Figure`` or ``SubFigure``.

    The timeline is laid out each time the figure is drawn, for the size the Axes has then
    (after the layout engine has run), so its text in points fits the geometry; it fills
    the Axes' width from the top, as tall as it needs within the Axes' height. An
    ``Options``' ``width`` and ``max_height`` are not used: the Axes sets both. Settings
    and keywords as for ``render``; the selection is checked now, not at drawing time.
    Drawing on an Axes again replaces the timeline it had.
    """
    from .drawing.on_axes import draw_fitted

    options, criteria = settings_given(settings)
    selected = _drawable(timeline, _filter(criteria, since, until, countries, actors, kinds,
                                           statuses, tags))  # fmt: skip
    chosen = _options(options, lanes, scale, None, None, title, font_size, theme)

    def fitted(width: float, height: float) -> Layout:
        try:
            sized = replace(chosen, width=width, max_height=height)
        except ValueError as error:
            raise OptionError(f"the Axes is {width:.2f} x {height:.2f} in, too small for the "
                              f"timeline: {error}", "ax") from None  # fmt: skip
        return plan(selected, sized)

    draw_fitted(ax, fitted)


@keywords_checked()
def write(
    timeline: Timeline | DataFrame,
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *settings: Options | Filter,
    dpi: float = 200,
    text_as_paths: bool = False,
    lanes: str | None = None,
    scale: str | None = None,
    width: float | str | None = None,
    max_height: float | str | None = None,
    title: str | None = None,
    font_size: float | None = None,
    theme: str | None = None,
    since: str | None = None,
    until: str | None = None,
    countries: Names = (),
    actors: Names = (),
    kinds: Names = (),
    statuses: Names = (),
    tags: Names = (),
) -> list[Path]:
    """Save the figure of ``timeline`` to each path (a ``str`` or ``Path``, or a list of
    them), the format following its suffix; the files written.

    Settings and keywords as for ``render``. The files are written all or none, and the same
    input gives the same bytes. ``dpi`` is for PNG; ``text_as_paths`` draws SVG text as
    outlines. A ``.json`` path gets the layout the figures are drawn from
    (``layout.export``), without drawing. Raises OptionError (before anything is drawn) for
    a path that is the timeline's own events file, or a PNG of more pixels than
    ``drawing.formats.MAX_PIXELS``.
    """
    from .drawing.formats import LAYOUT_FORMAT, checked_pixels, format_of

    targets = [(path, format_of(path)) for path in _paths(paths)]  # all known, or none written
    timeline = as_timeline(timeline)
    _check_outputs(timeline, [path for path, _ in targets])
    if not (math.isfinite(dpi) and dpi > 0):
        raise OptionError(f"dpi must be a positive number, not {dpi!r}", "dpi")
    options, criteria = settings_given(settings)
    selected = _drawable(timeline, _filter(criteria, since, until, countries, actors, kinds,
                                           statuses, tags))  # fmt: skip
    chosen = _options(options, lanes, scale, width, max_height, title, font_size, theme, dpi)
    drawing = plan(selected, chosen)
    if any(form == "png" for _, form in targets):
        checked_pixels(drawing.width, drawing.height, dpi)
    if any(form != LAYOUT_FORMAT for _, form in targets):
        from .drawing.glyphs import warn_missing_glyphs

        warn_missing_glyphs(drawing, stacklevel=3)  # once for all the files
    files = []
    for path, form in targets:
        if form == LAYOUT_FORMAT:
            data = layout_json_bytes(drawing, selected)
        else:
            from .drawing.save import figure_bytes  # matplotlib's drawing, only for figures

            data = figure_bytes(drawing, form, dpi, text_as_paths)
            if form == "svg":
                from .web.svg import for_the_web

                data = for_the_web(data, drawing, selected, chosen)
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
    return layout(_selected(timeline, criteria), options, font_measure())


def _selected(timeline: Timeline | DataFrame, criteria: Filter | None) -> Timeline:
    timeline = as_timeline(timeline)
    if criteria is not None and criteria != Filter():
        return select(timeline, criteria)
    return timeline


def _drawable(timeline: Timeline, criteria: Filter) -> Timeline:
    """The selected events; QueryError when there are none, as there is nothing to draw."""
    selected = _selected(timeline, criteria)
    if not selected.events:
        raise QueryError(NOTHING_TO_DRAW)
    return selected


def _options(
    base: Options | None,
    lanes: str | None,
    scale: str | None,
    width: float | str | None,
    max_height: float | str | None,
    title: str | None,
    font_size: float | None,
    theme: str | None,
    dpi: float = 200,
) -> Options:
    """``base`` (or the defaults) with the fields a call gave; None: as ``base`` has it. A
    length may carry a unit (``layout.units``); pixels count at ``dpi``."""
    options = merged(base or Options(), lanes=lanes, scale=scale,
                     width=_inches(width, dpi, "width"),
                     max_height=_inches(max_height, dpi, "max_height"), title=title,
                     font_size=font_size, theme=theme)  # fmt: skip
    problem = text_problem(options.title) if options.title else None
    if problem is not None:
        raise OptionError(f"the title: {problem}", "title")
    return options


def _inches(length: float | str | None, dpi: float, parameter: str) -> float | None:
    try:
        return None if length is None else inches(length, dpi)
    except ValueError as error:
        raise OptionError(str(error), parameter) from None


def _filter(
    base: Filter | None, since: str | None, until: str | None, countries: Names, actors: Names,
    kinds: Names, statuses: Names, tags: Names,
) -> Filter:  # fmt: skip
    return merged(base or Filter(), since=since, until=until, countries=countries, actors=actors,
                  kinds=kinds, statuses=statuses, tags=tags)  # fmt: skip


def _paths(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[Path]:
    if isinstance(paths, (str, os.PathLike)):
        return [Path(paths)]
    return [Path(path) for path in paths]
