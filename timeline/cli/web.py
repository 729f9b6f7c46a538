"""The commands for readers and the web: ``describe`` says in words what the chart shows,
``report`` writes it as one HTML page with the events and sources.

They take ``render``'s options for what the chart shows (lanes, scale, size, title,
filters), defined once in ``figures.render_options``; not its outputs, formats or dpi.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..layout.options import Options
from ..model.timeline import Timeline
from .common import exit_codes, file_argument, load_timeline, select_events, warnings_as_lines
from .figures import figure_options, render_options

_OUTPUT_ONLY = ("outputs", "formats", "dpi", "text_as_paths")
_FIGURE_ONLY = ("width", "max_height", "font_size")
CSS_DPI = 96  # a width in px is CSS pixels, on a page


def _render_parameters(*left_out: str) -> list[click.Parameter]:
    """``render``'s options and filters, but for those named."""
    donor = click.command()(render_options(lambda **chosen: None))
    return [parameter for parameter in donor.params if parameter.name not in left_out]


def _chosen(file: Path, chosen: dict[str, Any]) -> tuple[Timeline, Options]:
    """The events the filters keep and the chart's options; exit 1 when none is kept."""
    options = figure_options(chosen, CSS_DPI)
    timeline = select_events(load_timeline(file), chosen)
    if not timeline.events:
        raise click.ClickException("no events to show: the selection is empty")
    return timeline, options


@click.command()
@file_argument
def describe(file: Path, **chosen: Any) -> None:
    """Say in plain text what the chart shows: fit for alt text.

    The span, the lanes and their events, the kinds, the events not held, where the events
    crowd, and those that join the most lanes; the same events always give the same words.

    \b
    Examples:
      timeline describe
      timeline describe --lanes actor --country JP
    """
    from ..web.describe import describe_chart

    timeline, options = _chosen(file, chosen)
    click.echo(describe_chart(timeline, options))


describe.params.extend(_render_parameters(*_OUTPUT_ONLY, *_FIGURE_ONLY))


@click.command()
@file_argument
@click.option("-o", "--output", type=click.Path(path_type=Path), metavar="PATH",
              default=Path("figures/report.html"), show_default=True,
              help="The HTML file to write.")  # fmt: skip
def report(file: Path, output: Path, **chosen: Any) -> None:
    """Write one HTML page to read offline or print: the chart, its description, a table of
    the events, and the sources with their quotes.

    \b
    Examples:
      timeline report -o report.html
      timeline report --lanes actor --since 2021-03 -o march.html
    """
    from ..web.report import write_report

    timeline, options = _chosen(file, chosen)
    with exit_codes(), warnings_as_lines():
        click.echo(f"wrote {write_report(timeline, output, options)}")


report.params.extend(_render_parameters(*_OUTPUT_ONLY))
