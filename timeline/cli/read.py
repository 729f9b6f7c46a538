"""The commands that read the events file: ``validate``, ``list`` and ``schema``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..query.listing import LIST_FORMATS, format_events, summary
from .common import file_argument, filter_options, load_timeline, select_events


@click.command()
@file_argument
def validate(file: Path) -> None:
    """Check an events file and report every problem with its line and column.

    \b
    Examples:
      timeline validate
      timeline validate path/to/events.yaml
    """
    timeline = load_timeline(file)
    click.echo(f"{file}: valid: {summary(timeline)}")


@click.command("list")
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
    timeline = select_events(load_timeline(file), criteria)
    click.echo(format_events(timeline, form), nl=False)


@click.command()
def schema() -> None:
    """Print the JSON Schema of the events file, for YAML-aware editors.

    The package ships the same text as timeline/read/events.schema.json. Point an editor at it
    with this first line in the events file (yaml-language-server reads it):

    \b
      # yaml-language-server: $schema=PATH/TO/events.schema.json

    \b
    Examples:
      timeline schema > events.schema.json
      timeline schema | python -m json.tool --compact
    """
    from ..read.json_schema import schema_text  # the reader, only when asked for

    click.echo(schema_text(), nl=False)
