"""The command that brings events from other tools: ``import``."""

from __future__ import annotations

from pathlib import Path

import click

from ..convert.formats import IMPORT_FORMAT_NAMES
from .common import DEFAULT_FILE, exit_codes


@click.command("import")
@click.argument("source", type=click.Path(path_type=Path, readable=False))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=DEFAULT_FILE,
              show_default=True, help="The events file to write.")  # fmt: skip
@click.option("--from", "form", type=click.Choice(list(IMPORT_FORMAT_NAMES)),
              help="The format of SOURCE [default: recognised from its content].")  # fmt: skip
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
def import_events(source: Path, output: Path, form: str | None, force: bool) -> None:
    """Write an events file from a TimelineJS or vis-timeline JSON file.

    Lanes come from the groups, periods from TimelineJS eras and vis-timeline background
    items, quotes and source URLs from the media; HTML becomes plain text. The result is
    checked as `timeline validate` checks a file before it is written.

    \b
    Examples:
      timeline import timeline.json -o events.yaml
      timeline import items.json --from vis-timeline -o events.yaml --force
    """
    from ..convert import import_file  # the readers, only when the command runs
    from ..query.listing import summary
    from ..read import load

    with exit_codes(counted=source):
        written = import_file(source, output, form, force)
        click.echo(f"{written}: imported {summary(load(written))}")
