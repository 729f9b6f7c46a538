"""The ``timeline`` command: a thin click front on the Python API.

Exit codes: 0 success, 1 bad data (the events file), 2 bad usage (options, filters).
Results go to standard output, errors to standard error. The commands live in modules by
what they do: ``read`` (validate, list, schema), ``figures`` (render, watch), ``web``
(describe, report), ``edit`` (add, edit, remove, fmt) and ``convert`` (import), with what
they share in ``common``; they are registered here, and none of them imports this module.
"""

from __future__ import annotations

import os
import sys

import click

from .. import __version__
from . import convert, edit, figures, read, web


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
      timeline report -o report.html     the chart, events and sources as a web page
      timeline import data.json          events.yaml from TimelineJS or vis-timeline
    """


cli.add_command(read.validate)
cli.add_command(read.list_events)
cli.add_command(read.schema)
cli.add_command(figures.render)
cli.add_command(figures.watch)
cli.add_command(edit.add)
cli.add_command(edit.edit)
cli.add_command(edit.remove)
cli.add_command(edit.fmt)
cli.add_command(web.describe)
cli.add_command(web.report)
cli.add_command(convert.import_events)


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
