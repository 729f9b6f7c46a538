"""The ``timeline`` command: a thin click front on the Python API.

Exit codes: 0 success, 1 bad data (the events file), 2 bad usage (options, filters).
Results go to standard output, errors to standard error.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from .. import __version__
from ..read.build import load
from ..errors import DataError, QueryError
from ..layout.lanes import LANE_MODES
from ..layout.engine import SCALES, Options
from ..query.listing import LIST_FORMATS, format_events
from ..drawing.formats import FormatError, output_paths
from ..model.timeline import KINDS, STATUSES, Timeline
from ..query.filter import Filter, select

DEFAULT_FILE = "events.yaml"


class DataFailure(click.ClickException):
    """Bad data: print each problem as its own line, and exit 1."""

    exit_code = 1

    def show(self, file: Any = None) -> None:
        click.echo(self.message, err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="timeline")
def cli() -> None:
    """Swimlane timelines from a hand-curated file of dated events.

    \b
    Examples:
      timeline validate                  check ./events.yaml
      timeline list --country JP         the events Japan takes part in
      timeline list --format json        every event as JSON
      timeline render                    draw figures/timeline.png and .svg
    """


def file_argument(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.argument(
        "file", type=click.Path(path_type=str), default=DEFAULT_FILE, required=False,
        callback=_non_empty,
    )(function)  # fmt: skip


def _non_empty(context: click.Context, parameter: click.Parameter, value: str) -> Path:
    if not value:
        raise click.BadParameter("the file name is empty")
    return Path(value)


def filter_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """The selection options that every command drawing on the events shares."""
    options = [
        click.option("--since", metavar="DATE",
                     help="Only events on or after DATE (e.g. 2021-03)."),
        click.option("--until", metavar="DATE", help="Only events on or before DATE."),
        click.option("--country", "countries", multiple=True, metavar="C",
                     help="Only events involving country C (code or name); repeatable."),
        click.option("--actor", "actors", multiple=True, metavar="A",
                     help="Only events with actor A (id or name); repeatable."),
        click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS),
                     help="Only events of this kind; repeatable."),
        click.option("--status", "statuses", multiple=True, type=click.Choice(STATUSES),
                     help="Only events with this status; repeatable."),
        click.option("--tag", "tags", multiple=True, metavar="T",
                     help="Only events tagged T; repeatable."),
    ]  # fmt: skip
    for option in reversed(options):
        function = option(function)
    return function


@cli.command()
@file_argument
def validate(file: Path) -> None:
    """Check an events file and report every problem with its line and column.

    \b
    Examples:
      timeline validate
      timeline validate path/to/events.yaml
    """
    timeline = _load(file)
    click.echo(f"{file}: valid: {_summary(timeline)}")


@cli.command("list")
@file_argument
@filter_options
@click.option("--format", "form", type=click.Choice(LIST_FORMATS), default="table",
              show_default=True, help="Output format.")  # fmt: skip
def list_events(file: Path, form: str, **criteria: Any) -> None:
    """List the events in date order, with participants and sources.

    \b
    Examples:
      timeline list
      timeline list --since 2021-03-16 --until 2021-03-18 --actor blinken
      timeline list --kind meeting --format csv > meetings.csv
    """
    timeline = _select(_load(file), criteria)
    click.echo(format_events(timeline, form), nl=False)


def render_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """What to draw and where: shared by ``render`` and ``watch``."""
    options = [
        click.option("-o", "--output", "outputs", multiple=True, type=click.Path(path_type=Path),
                     metavar="PATH", help="Write to PATH; the format follows its suffix (.png, "
                     ".svg, .pdf). Repeatable. Default: figures/timeline.png and .svg."),
        click.option("--format", "formats", metavar="LIST",
                     help="Formats to write, comma-separated (png,svg,pdf): each output path "
                     "is written once per format, with that suffix."),
        click.option("--lanes", type=click.Choice(LANE_MODES), default="country",
                     show_default=True,
                     help="One lane per country, per person, or people under their country."),
        click.option("--scale", type=click.Choice(SCALES), default="time", show_default=True,
                     help="time: dates to scale, long empty gaps cut out; sequence: events in "
                     "order, evenly spaced."),
        click.option("--width", type=click.FloatRange(2, 200), default=10.0, show_default=True,
                     metavar="INCHES", help="Figure width; the height follows from the content."),
        click.option("--max-height", type=click.FloatRange(1, 400), metavar="INCHES",
                     help="Height the lanes are kept within, roughly [default: 1.5 x width]; "
                     "labels that do not fit become numbers with a key, or are counted."),
        click.option("--dpi", type=click.IntRange(30, 1200), default=200, show_default=True,
                     help="Resolution of PNG output."),
        click.option("--title", help="Figure title [default: the file's title]; '' for none."),
        click.option("--text-as-paths", is_flag=True,
                     help="SVG: draw text as outlines instead of <text> elements."),
    ]  # fmt: skip
    for option in reversed(options):
        function = option(function)
    return filter_options(function)


@cli.command()
@file_argument
@render_options
def render(file: Path, **chosen: Any) -> None:
    """Draw the events as a swimlane timeline: PNG, SVG or PDF.

    \b
    Examples:
      timeline render
      timeline render --lanes actor -o figures/actors.png
      timeline render --since 2021-03-15 --until 2021-03-19 --format pdf -o week.pdf
      timeline render --scale sequence --country JP -o japan.svg
    """
    for path in _render(file, chosen):
        click.echo(f"wrote {path}")


def _render(file: Path, chosen: dict[str, Any]) -> list[Path]:
    """Load, select, draw and write: the files written."""
    from ..pipeline import write

    chosen = dict(chosen)
    paths = _output_paths(chosen.pop("outputs"), chosen.pop("formats"))
    dpi, text_as_paths = chosen.pop("dpi"), chosen.pop("text_as_paths")
    options = Options(
        *(chosen.pop(name) for name in ("lanes", "scale", "width", "max_height", "title"))
    )
    timeline = _select(_load(file), chosen)
    if not timeline.events:
        raise click.ClickException("no events to draw: the selection is empty")
    return write(timeline, paths, options, dpi=dpi, text_as_paths=text_as_paths)


@cli.command()
@file_argument
@render_options
@click.option("--interval", type=click.FloatRange(0.05, 60), default=0.5, show_default=True,
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

    _output_paths(chosen["outputs"], chosen["formats"])  # usage errors now, not in the loop
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


def _output_paths(outputs: tuple[Path, ...], formats: str | None) -> list[Path]:
    try:
        return output_paths(outputs, formats)
    except FormatError as error:
        option = {"formats": "--format", "outputs": "--output"}[error.parameter]
        raise click.BadParameter(str(error), param_hint=option) from None


def _load(file: Path) -> Timeline:
    try:
        return load(file)
    except DataError as error:
        count = len(error.problems)
        summary = f"\n{file}: {_count(count, 'error')}" if count > 1 else ""
        raise DataFailure(f"{error}{summary}") from None


def _select(timeline: Timeline, criteria: dict[str, Any]) -> Timeline:
    try:
        return select(timeline, Filter(**criteria))
    except QueryError as error:
        raise click.UsageError(str(error)) from None


def _summary(timeline: Timeline) -> str:
    events = timeline.events
    counts = ", ".join(
        _count(len(items), noun)
        for items, noun in (
            (events, "event"),
            (timeline.actors, "actor"),
            (timeline.countries, "country"),
            (timeline.sources, "source"),
        )
    )
    if not events:
        return counts
    first = events[0].when.sort_key()[0].date()
    last = max(event.when.sort_key()[1] for event in events).date()
    return f"{counts}; {first.isoformat()} to {last.isoformat()}"


def _count(number: int, noun: str) -> str:
    plural = "countries" if noun == "country" else noun + "s"
    return f"{number} {noun if number == 1 else plural}"


def main() -> None:
    """Console entry point. click itself ends quietly when the reader closes the pipe."""
    try:
        try:
            cli(prog_name="timeline")
        finally:
            sys.stdout.flush()  # so that a full disk is reported here, not at exit
    except OSError as error:
        click.echo(f"timeline: error: cannot write the output: {error.strerror or error}", err=True)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)


from . import edit  # noqa: E402,F401  the commands that change the file register on cli
