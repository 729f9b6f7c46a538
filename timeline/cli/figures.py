"""The commands that draw: ``render`` writes the figures, ``watch`` again on every save.

matplotlib is imported only once a figure is drawn (by ``pipeline.write``), so the other
commands and ``--help`` start fast.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from typing import Any

import click

from ..drawing.formats import output_paths
from ..layout.options import LANE_MODES, SCALES, THEME_NAMES, Options
from ..layout.units import inches
from ..model.text import text_problem
from .common import (
    FiniteRange,
    Length,
    exit_codes,
    file_argument,
    filter_options,
    load_timeline,
    select_events,
    warnings_as_lines,
)  # fmt: skip
from .progress import progress


def render_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """What to draw and where: shared by ``render`` and ``watch``."""
    options = [
        click.option("-o", "--output", "outputs", multiple=True, type=click.Path(path_type=Path),
                     metavar="PATH", help="Write to PATH; the format follows its suffix (.png, "
                     ".svg, .pdf; .json: the layout's coordinates). Repeatable. Default: "
                     "figures/timeline.png and .svg."),
        click.option("--format", "formats", metavar="LIST",
                     help="Formats to write, comma-separated (png,svg,pdf,json): each output path "
                     "is written once per format, with that suffix."),
        click.option("--lanes", type=click.Choice(LANE_MODES), default="country",
                     show_default=True,
                     help="One lane per country, per person, or people under their country."),
        click.option("--scale", type=click.Choice(SCALES), default="time", show_default=True,
                     help="time: dates to scale, long empty gaps cut out; sequence: events in "
                     "order, evenly spaced."),
        click.option("--width", type=Length(), default="10in", show_default=True,
                     metavar="LENGTH", help="Figure width: 6.5in, 16.5cm, 165mm, 1600px (at "
                     "--dpi); a bare number is inches. The height follows from the content."),
        click.option("--max-height", type=Length(), metavar="LENGTH",
                     help="Height the figure is kept within, a length as for --width "
                     "[default: 1.5 x width, at most 9in for widths up to 7.5in]; labels that "
                     "do not fit become numbers with a key, or are counted."),
        click.option("--font-size", type=FiniteRange(6, 30), default=8.0,
                     show_default=True, metavar="POINTS",
                     help="Size of the labels at the figure's size; other text follows it."),
        click.option("--dpi", type=click.IntRange(30, 1200), default=200, show_default=True,
                     help="Resolution of PNG output."),
        click.option("--title", help="Figure title [default: the file's title]; '' for none."),
        click.option("--theme", type=click.Choice(THEME_NAMES), default="default",
                     show_default=True, help="Colours on white; print: black ink, each kind "
                     "told by its glyph; dark: light on a dark background."),
        click.option("--text-as-paths", is_flag=True,
                     help="SVG: draw text as outlines instead of <text> elements."),
    ]  # fmt: skip
    for option in reversed(options):
        function = option(function)
    return filter_options(function)


@click.command()
@file_argument
@render_options
def render(file: Path, **chosen: Any) -> None:
    """Draw the events as a swimlane timeline: PNG, SVG or PDF, or its layout as JSON.

    \b
    Examples:
      timeline render
      timeline render --lanes actor -o figures/actors.png
      timeline render --since 2021-03-15 --until 2021-03-19 --format pdf -o week.pdf
      timeline render --scale sequence --country JP -o japan.svg
      timeline render --width 3.5in --theme print -o column.pdf
      timeline render -o figures/timeline.png -o figures/layout.json
    """
    for path in _render(file, chosen):
        click.echo(f"wrote {path}")


def _render(file: Path, chosen: dict[str, Any]) -> list[Path]:
    """Load, select, draw and write: the files written."""
    from ..pipeline import NOTHING_TO_DRAW, write

    chosen = dict(chosen)
    with exit_codes():
        paths = output_paths(chosen.pop("outputs"), chosen.pop("formats"))
    dpi, text_as_paths = chosen.pop("dpi"), chosen.pop("text_as_paths")
    options = figure_options(chosen, dpi)
    with progress(f"reading {file}"):
        timeline = select_events(load_timeline(file), chosen)
    if not timeline.events:
        raise click.ClickException(NOTHING_TO_DRAW)
    names = ", ".join(str(path) for path in paths)
    with exit_codes(), warnings_as_lines(), progress(f"drawing {names}"):
        return write(timeline, paths, options, dpi=dpi, text_as_paths=text_as_paths)


def figure_options(chosen: dict[str, Any], dpi: float) -> Options:
    """The figure's ``Options`` taken out of a command's ``chosen`` values (what is left is
    the selection's); lengths in inches, pixels counted at ``dpi``; the title checked."""
    picked = {field.name: chosen.pop(field.name) for field in fields(Options)
              if field.name in chosen}  # fmt: skip
    if "width" in picked:
        picked["width"] = _inches(picked["width"], dpi, 2, 200, "--width")
    if picked.get("max_height") is not None:
        picked["max_height"] = _inches(picked["max_height"], dpi, 1, 400, "--max-height")
    problem = text_problem(picked["title"]) if picked.get("title") else None
    if problem is not None:
        raise click.BadParameter(f"the title: {problem}", param_hint="--title")
    return Options(**picked)


def _inches(length: str, dpi: float, least: float, most: float, option: str) -> float:
    """A length option in inches, within its range."""
    number = inches(length, dpi)
    if not least <= number <= most:
        raise click.BadParameter(f"{length} is {number:.3g} in, outside {least} to {most} in",
                                 param_hint=option)  # fmt: skip
    return number


@click.command()
@file_argument
@render_options
@click.option("--interval", type=FiniteRange(0.05, 60), default=0.5, show_default=True,
              metavar="SECONDS", help="How often to look at the file.")  # fmt: skip
def watch(file: Path, interval: float, **chosen: Any) -> None:
    """Re-render the figures each time the events file is saved; Ctrl-C stops.

    Prints one line per render, or the file's problems; an invalid save is reported and
    the figures are left as they were until the next valid one.

    \b
    Examples:
      timeline watch
      timeline watch --lanes actor -o figures/actors.png
    """
    import time

    with exit_codes():  # usage errors now, not in the loop
        output_paths(chosen["outputs"], chosen["formats"])
    seen: tuple[float, int] | None = None
    try:
        while True:
            try:
                stat = file.stat()
                state: tuple[float, int] | None = (stat.st_mtime, stat.st_size)
            except OSError:
                state = None
            if state != seen:
                seen = state
                started = time.perf_counter()
                try:
                    written = _render(file, chosen)
                    took = time.perf_counter() - started
                    names = ", ".join(str(path) for path in written)
                    click.echo(f"{time.strftime('%H:%M:%S')} rendered {names} in {took:.2f} s")
                except click.ClickException as error:
                    click.echo(f"{time.strftime('%H:%M:%S')} not rendered:", err=True)
                    error.show()
                sys.stdout.flush()
            time.sleep(interval)
    except KeyboardInterrupt:
        click.echo("stopped")
