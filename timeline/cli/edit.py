"""The commands that change the events file: ``add``, ``edit``, ``remove`` and ``fmt``.

Each reads what was typed and calls the editing API (``timeline.edit``), which holds the
file's lock, validates the whole result and writes it atomically. Typing mistakes (an
unknown actor or key) are usage errors, exit 2; a file or a result that is not valid is bad
data, exit 1. Only the questions asked at a terminal are this module's own.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..errors import EditError
from ..model.timeline import KINDS, STATUSES
from .common import DEFAULT_FILE, exit_codes, file_argument

if TYPE_CHECKING:
    from types import ModuleType

    from ..edit.update import Change


def _api() -> ModuleType:
    """The editing API, imported when a command runs, so ``--help`` does not load it."""
    from ..edit import api

    return api


def stdin_is_terminal() -> bool:
    """Whether someone is there to answer questions (tests replace this)."""
    return sys.stdin.isatty()


def dry_run_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--dry-run", is_flag=True, help="Print the change as a unified diff; write nothing."
    )(function)


@click.command()
@file_argument
@click.option("--title", help="Short title, the chart label.")
@click.option(
    "--date",
    metavar="DATE",
    help='When: EDTF or as people write it ("16 March 2021", "early April 2021").',
)
@click.option("--end", metavar="DATE", help="Last day, for an event lasting several days.")
@click.option(
    "--actor",
    "actors",
    multiple=True,
    metavar="ID",
    help="A person taking part (id or name); repeatable.",
)
@click.option(
    "--country",
    "countries",
    multiple=True,
    metavar="C",
    help="A country involved beyond the actors' own (code or name); repeatable.",
)
@click.option(
    "--kind",
    type=click.Choice(KINDS),
    default="other",
    show_default=True,
    help="What kind of happening.",
)
@click.option(
    "--status",
    type=click.Choice(STATUSES),
    default="held",
    show_default=True,
    help="Held, or still to come when reported.",
)
@click.option("--location", help="Where, in words.")
@click.option(
    "--source",
    "sources",
    multiple=True,
    metavar="ID",
    help="An article reporting it; pair each with a --quote.",
)
@click.option(
    "--quote",
    "quotes",
    multiple=True,
    metavar="TEXT",
    help="The article's words, verbatim, for the --source before it.",
)
@click.option(
    "--id", "event_id", metavar="ID", help="The event's id (default: made from the title and date)."
)
@click.option(
    "--new-actor",
    "new_actors",
    multiple=True,
    metavar="ID:NAME:COUNTRY:ROLE",
    help="Add a person to the actors table too; repeatable.",
)
@dry_run_option
def add(file: Path, title: str | None, date: str | None, end: str | None,
        actors: tuple[str, ...], countries: tuple[str, ...], kind: str, status: str,
        location: str | None, sources: tuple[str, ...], quotes: tuple[str, ...],
        event_id: str | None, new_actors: tuple[str, ...], dry_run: bool) -> None:  # fmt: skip
    """Append one event to the file, in the file's own layout.

    Dates are stored as EDTF with their precision. A missing title, date or actor is asked
    for when standard input is a terminal, and is an error otherwise.

    \b
    Examples:
      timeline add --title "Blinken meets Chung" --date "17 March 2021" \\
          --actor blinken --actor chung --kind meeting
      timeline add --title "Suga visits Washington" --date "early April 2021" \\
          --actor suga --kind visit --status expected --source ap --quote "..."
      timeline add --title "Harris speaks" --date 2021-03 --actor harris \\
          --new-actor "harris:Kamala Harris:US:Vice President" --dry-run
    """
    if len(sources) != len(quotes):
        raise click.UsageError("give one --quote for each --source, in the same order")
    actors, countries = _split(actors), _split(countries)
    if not (title and date and (actors or countries or new_actors)):
        title, date, actors = _ask(file, title, date, actors, bool(countries or new_actors))
    with exit_codes():
        result = _api().add_event(
            file, title=title or "", date=date or "", end=end, actors=actors,
            countries=countries, kind=kind, status=status, location=location,
            citations=list(zip(sources, quotes, strict=True)), event_id=event_id,
            new_actors=new_actors, dry_run=dry_run,
        )  # fmt: skip
    _report(result, dry_run, f"added event {result.event_id!r}")


@click.command()
@click.argument("arguments", nargs=-1, required=True, metavar="[FILE] ID")
@click.option(
    "--set",
    "settings",
    multiple=True,
    metavar="KEY=VALUE",
    help="New value of a key: date as typed, lists comma-separated; "
    "KEY+=V / KEY-=V add to or take from a list. Repeatable.",
)
@click.option(
    "--unset", "unsets", multiple=True, metavar="KEY", help="Remove an optional key; repeatable."
)
@dry_run_option
def edit(arguments: tuple[str, ...], settings: tuple[str, ...], unsets: tuple[str, ...],
         dry_run: bool) -> None:  # fmt: skip
    """Change keys of one event; the rest of the file stays as it is.

    \b
    Examples:
      timeline edit tokyo-2plus2 --set date=2021-03-16 --set "location=Iikura, Tokyo"
      timeline edit suga-washington-visit --set status=held --set "date=16 April 2021"
      timeline edit alaska-talks --set actors+=austin --unset disagreement --dry-run
    """
    file, event_id = _file_and_id(arguments)
    with exit_codes():
        result = _api().edit_event(file, event_id, settings=settings, unset=unsets, dry_run=dry_run)
    _report(result, dry_run, f"changed event {event_id!r}")


@click.command()
@click.argument("arguments", nargs=-1, required=True, metavar="[FILE] ID")
@dry_run_option
def remove(arguments: tuple[str, ...], dry_run: bool) -> None:
    """Remove one event, with the blank line that set it apart.

    \b
    Examples:
      timeline remove biden-post-on-kishida
      timeline remove path/to/events.yaml tokyo-2plus2 --dry-run
    """
    file, event_id = _file_and_id(arguments)
    with exit_codes():
        result = _api().remove_event(file, event_id, dry_run=dry_run)
    _report(result, dry_run, f"removed event {event_id!r}")


def _file_and_id(arguments: Sequence[str]) -> tuple[Path, str]:
    if len(arguments) > 2:
        raise click.UsageError(f"expected [FILE] ID, got {len(arguments)} arguments")
    if len(arguments) == 1:
        return Path(DEFAULT_FILE), arguments[0]
    if not arguments[0]:
        raise click.UsageError("the file name is empty")
    return Path(arguments[0]), arguments[1]


def _report(result: Change, dry_run: bool, done: str) -> None:
    if dry_run:
        click.echo(result.diff(), nl=False)
        click.echo(f"{result.file}: dry run: {done}; nothing written", err=True)
    else:
        click.echo(f"{result.file}: {done}")


def _split(values: Sequence[str]) -> tuple[str, ...]:
    """Repeated options, each of which may also hold a comma-separated list."""
    return tuple(item.strip() for value in values for item in value.split(",") if item.strip())


def _ask(
    file: Path, title: str | None, date: str | None, actors: tuple[str, ...], has_lane: bool
) -> tuple[str, str, tuple[str, ...]]:
    """Ask for the missing title, date and actors, or fail when nobody can answer."""
    missing = [name for name, value in (("--title", title), ("--date", date),
                                        ("--actor", actors or has_lane)) if not value]  # fmt: skip
    if not stdin_is_terminal():
        raise click.UsageError(
            f"missing {', '.join(missing)} (asked for only when standard input is a terminal)"
        )
    with exit_codes():
        tables = _api().read_tables(file)
    if not title:
        title = click.prompt("Title", value_proc=_non_blank)
    if not date:
        typed_date = _api().typed_date
        date = click.prompt("Date (e.g. 16 March 2021, early April 2021)",
                            value_proc=lambda typed: _checked(typed_date, typed))  # fmt: skip
    if not (actors or has_lane):
        known = ", ".join(tables.actors)
        actors = click.prompt(
            f"Actors, separated by commas ({known})",
            value_proc=lambda typed: _checked(
                lambda text: tuple(tables.actor(actor) for actor in _split([text]) or [""]), typed
            ),
        )
    return title, date, actors


def _non_blank(typed: str) -> str:
    if not typed.strip():
        raise click.BadParameter("give some text")
    return typed.strip()


def _checked(function: Callable[[str], Any], typed: str) -> Any:
    """function(typed), with a refusal turned into click's cue to ask again."""
    try:
        return function(typed)
    except EditError as error:
        raise click.BadParameter(str(error)) from None


@click.command()
@file_argument
@click.option("--check", is_flag=True,
              help="Write nothing; print the diff and exit 1 if not formatted.")  # fmt: skip
def fmt(file: Path, check: bool) -> None:
    """Normalise the layout of the file, keeping every comment.

    Keys of events and citations go in the format's order (a comment above a key moves
    with it); trailing spaces and runs of blank lines go. The order of the events stays.

    \b
    Examples:
      timeline fmt
      timeline fmt --check path/to/events.yaml      in CI: exit 1 if not formatted
    """
    with exit_codes():
        result = _api().format_file(file, check=check)
    if result.after == result.before:
        click.echo(f"{result.file}: already formatted")
    elif check:
        click.echo(result.diff(), nl=False)
        click.echo(f"{result.file}: not formatted; 'timeline fmt' would make the change above",
                   err=True)  # fmt: skip
        sys.exit(1)
    else:
        click.echo(f"{result.file}: formatted")
