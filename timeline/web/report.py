"""A report as one HTML file: the chart as inline SVG, a table of the events, and the
sources with the words that support each event.

The page stands alone: no scripts, no fonts, images or styles from elsewhere (its content
security policy forbids them, so a title that smuggled in a tag could not run either), and
it prints as it reads. User text is escaped everywhere; the same input gives the same bytes.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from ..arguments import settings_given
from ..errors import OptionError, QueryError
from ..files import same_file, write_all_atomically
from ..layout import layout
from ..layout.measure import font_measure
from ..layout.options import Options
from ..model.dates import describe
from ..model.timeline import Event, Timeline
from ..query import Filter, select
from .describe import describe_chart
from .links import safe_link
from .svg import chart_title, escaped, for_the_web

__all__ = ["REPORT_SUFFIXES", "report_html", "write_report"]

REPORT_SUFFIXES = (".html", ".htm")

_POLICY = "default-src 'none'; style-src 'unsafe-inline'"

_STYLE = """
:root { color-scheme: light; }
body { font: 15px/1.45 system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif;
       color: #1f2328; margin: 2rem auto; max-width: 64rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #d0d7de; }
.summary { color: #424a53; }
figure { margin: 1rem 0; }
figure svg { display: block; width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem;
         border-bottom: 1px solid #d0d7de; }
th { background: #f6f8fa; }
th:nth-child(1) { width: 15%; }
th:nth-child(2) { width: 31%; }
th:nth-child(3) { width: 22%; }
th:nth-child(4) { width: 14%; }
td { overflow-wrap: break-word; }
.kind { color: #59636e; font-size: .85em; }
.sources li { margin-bottom: .6rem; }
.quotes { margin: .2rem 0 0; padding-left: 1.2rem; color: #424a53; }
footer { margin-top: 2rem; color: #59636e; font-size: .8rem; }
a { color: #0550ae; }
@page { margin: 15mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  figure, tr, .sources li { break-inside: avoid; }
  thead { display: table-header-group; }
  h2 { break-after: avoid; }
  .sources a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .85em;
                                    word-break: break-all; }
}
"""


def report_html(timeline: Timeline, options: Options | None = None) -> str:
    """The report on ``timeline`` as an HTML page: title, description, chart (drawn with
    ``options``), the events and the sources."""
    from ..drawing.glyphs import warn_missing_glyphs
    from ..drawing.save import figure_bytes  # matplotlib: only when a report is made

    options = options or Options()
    # The page's heading is the chart's title: the chart is drawn without it, named by it.
    drawing = layout(timeline, replace(options, title=""), font_measure())
    warn_missing_glyphs(drawing)
    svg = for_the_web(figure_bytes(drawing, "svg"), drawing, timeline, options).decode()
    title = escaped(chart_title(timeline, options))
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="timeline">',
        f"<title>{title}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{title}</h1>",
        f'<p class="summary">{escaped(describe_chart(timeline, options))}</p>',
        "</header>",
        "<main>",
        f"<figure>\n{svg[svg.index('<svg') :].strip()}\n</figure>",
        _events_table(timeline),
        _sources_list(timeline),
        "</main>",
        "<footer>Made with timeline.</footer>",
        "</body>",
        "</html>",
        "",
    ])  # fmt: skip


def write_report(
    timeline: Timeline,
    path: str | os.PathLike[str],
    *settings: Options | Filter,
) -> Path:
    """Write the report on ``timeline`` to ``path`` (``.html``), whole or not at all;
    ``settings``, as for ``render``: an ``Options`` for the chart, a ``Filter`` for the
    events, or both, in either order. Raises OptionError for another suffix or for the
    events file itself, and QueryError for a selection that keeps no events."""
    options, criteria = settings_given(settings)
    path = Path(path)
    if path.suffix.lower() not in REPORT_SUFFIXES:
        raise OptionError(f"a report is an HTML file: end {str(path)!r} in .html", "outputs")
    if timeline.source is not None and same_file(path, timeline.source):
        raise OptionError(f"{path} is the events file {timeline.source}; a report may never "
                          "replace it: give another name", "outputs")  # fmt: skip
    chosen = select(timeline, criteria) if criteria is not None else timeline
    if not chosen.events:
        raise QueryError("no events to show: the selection is empty")
    write_all_atomically([(path, report_html(chosen, options).encode())])
    return path


def _events_table(timeline: Timeline) -> str:
    rows = "\n".join(_event_row(event, timeline) for event in timeline.events)
    return (
        '<section id="events">\n<h2>Events</h2>\n<table>\n<thead><tr><th scope="col">Date</th>'
        '<th scope="col">Event</th><th scope="col">Participants</th>'
        '<th scope="col">Location</th><th scope="col">Sources</th></tr></thead>\n'
        f"<tbody>\n{rows}\n</tbody>\n</table>\n</section>"
    )


def _event_row(event: Event, timeline: Timeline) -> str:
    kind = event.kind if event.status == "held" else f"{event.kind}, {event.status}"
    sources = ", ".join(
        f'<a href="#source-{escaped(source)}">{escaped(timeline.sources[source].outlet)}</a>'
        for source in event.sources
    )
    cells = [
        f"<td>{escaped(describe(event.when))}</td>",
        f'<td>{escaped(event.title)} <span class="kind">({escaped(kind)})</span></td>',
        f"<td>{escaped(', '.join(timeline.actor_names(event)))}</td>",
        f"<td>{escaped(event.location or '')}</td>",
        f"<td>{sources}</td>",
    ]
    return f'<tr id="row-{escaped(event.id)}">{"".join(cells)}</tr>'


def _sources_list(timeline: Timeline) -> str:
    """Each source the events cite, in the file's order, with the words each event cites."""
    quotes: dict[str, list[str]] = {}
    for event in timeline.events:
        for citation in event.citations:
            quotes.setdefault(citation.source, []).append(
                f'<li><a href="#row-{escaped(event.id)}">{escaped(event.title)}</a>: '
                f"<q>{escaped(citation.quote)}</q></li>"
            )
    items = []
    for source_id, source in timeline.sources.items():
        if source_id not in quotes:
            continue
        link = safe_link(source.url)
        name = f"<cite>{escaped(source.outlet)}</cite>"
        if link is not None:
            name = f'<a href="{escaped(link)}">{name}</a>'
        about = [escaped(source.headline)] if source.headline else []
        about.append(escaped(describe(source.date)))
        items.append(
            f'<li id="source-{escaped(source_id)}">{name}, {", ".join(about)}\n'
            f'<ul class="quotes">\n{chr(10).join(quotes[source_id])}\n</ul></li>'
        )
    return (f'<section id="sources">\n<h2>Sources</h2>\n<ol class="sources">\n'
            f"{chr(10).join(items)}\n</ol>\n</section>")  # fmt: skip
