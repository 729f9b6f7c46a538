"""What the commands share: the file argument, the filter options, and the exit codes.

Exit codes: 0 success, 1 bad data (the events file), 2 bad usage (options, filters, ids).
The API's typed errors become click's here and nowhere else.
"""

from __future__ import annotations

import contextlib
import gc
import math
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from ..errors import DataError, EditError, OptionError, QueryError
from ..layout.units import inches
from ..model.timeline import KINDS, STATUSES, Timeline
from ..query.filter import Filter, select
from ..query.listing import how_many

__all__ = [
    "DEFAULT_FILE",
    "DataFailure",
    "FiniteRange",
    "Length",
    "exit_codes",
    "file_argument",
    "filter_options",
    "load_timeline",
    "select_events",
    "warnings_as_lines",
]

DEFAULT_FILE = "events.yaml"


class DataFailure(click.ClickException):
    """Bad data: print each problem as its own line, and exit 1."""

    exit_code = 1

    def show(self, file: Any = None) -> None:
        click.echo(self.message, err=True)


def file_argument(function: Callable[..., Any]) -> Callable[..., Any]:
    """The events file, an optional argument: ./events.yaml unless given.

    click does not check it (an unreadable file is bad data, exit 1, not a usage error).
    """
    return click.argument(
        "file", type=click.Path(path_type=str, readable=False), default=DEFAULT_FILE,
        required=False,
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


@contextlib.contextmanager
def exit_codes(counted: Path | None = None) -> Iterator[None]:
    """Turn the API's errors into click's: bad data exits 1, what was typed wrong exits 2.

    With counted (the events file), a DataError of several problems ends with their number.
    """
    try:
        yield
    except DataError as error:
        count = len(error.problems)
        summary = ""
        if counted is not None and count > 1:
            summary = f"\n{counted}: {how_many(count, 'error')}"
        raise DataFailure(f"{error}{summary}") from None
    except (EditError, QueryError) as error:
        raise click.UsageError(str(error)) from None
    except OptionError as error:
        option = _OPTIONS.get(error.parameter, f"--{error.parameter.replace('_', '-')}")
        raise click.BadParameter(str(error), param_hint=option) from None


_OPTIONS = {"formats": "--format", "outputs": "--output"}
"""The command-line options of the API's keywords where the names differ."""


class FiniteRange(click.FloatRange):
    """A number within a range; 'nan' is refused too (it passes every comparison)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a number", param, ctx)
        return number


class Length(click.ParamType):
    """A length with its unit (6.5in, 16.5cm, 165mm, 252pt, 1600px) or a bare number of
    inches; kept as given, since pixels count at a resolution another option sets."""

    name = "length"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            inches(value, 72)
        except ValueError as error:
            self.fail(str(error), param, ctx)
        return value


@contextlib.contextmanager
def warnings_as_lines() -> Iterator[None]:
    """Print the warnings raised inside as one line each on standard error, each once,
    without the source lines Python would show."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for message in dict.fromkeys(str(warning.message) for warning in caught):
        click.echo(f"timeline: warning: {message}", err=True)


def load_timeline(file: Path) -> Timeline:
    """The timeline in file, or exit 1 listing every problem."""
    with exit_codes(counted=file):
        from ..read import load  # the YAML reader, only once a command reads a file

        # The timeline lives as long as the command: the garbage collector need not walk its
        # objects (millions, for 100,000 events) on each of its passes while the figure is
        # made. What an earlier load froze (``watch`` loads on each save) is let go first.
        gc.unfreeze()
        timeline = load(file)
        gc.freeze()
        return timeline


def select_events(timeline: Timeline, criteria: dict[str, Any]) -> Timeline:
    """The events that the filter options keep, or exit 2 when one names nothing."""
    with exit_codes():
        return select(timeline, Filter(**criteria))
