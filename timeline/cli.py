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

from . import __version__
from .build import load
from .errors import DataError, QueryError
from .listing import FORMATS, format_events
from .model import KINDS, STATUSES, Timeline
from .query import Filter, select

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
@click.option("--format", "form", type=click.Choice(FORMATS), default="table",
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


from . import cli_edit  # noqa: E402,F401  the commands that change the file register on cli
