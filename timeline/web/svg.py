"""The SVG for the web: a named image with a description, and each event a group that
says what it is (a tooltip, ``data-`` attributes) and links to its source.

``drawing.svg_writer`` writes the figure, each event one ``<g id="event-ID">`` group (as
matplotlib's grouped drawing does, for text as outlines); this adds to that text what the
drawing has no notion of. Every value is escaped, only http(s) and relative links are
written, and nothing depends on the time or the machine, so the same input still gives the
same bytes.
"""

from __future__ import annotations

import html
import re

from ..layout.geometry import Layout
from ..layout.options import Options
from ..model.timeline import Event, Timeline
from .describe import describe_chart
from .links import safe_link

__all__ = ["DESCRIPTION_ID", "TITLE_ID", "chart_title", "escaped", "for_the_web"]

TITLE_ID = "timeline-title"
DESCRIPTION_ID = "timeline-description"

_ROOT = re.compile(rb"<svg\b[^>]*>")
# An event's group, to the end tag at its own indentation (one space a level, in both writers).
_EVENT = re.compile(rb'^( *)<g id="event-([^"]+)">\n(.*?)^\1</g>$', re.MULTILINE | re.DOTALL)


def for_the_web(svg: bytes, layout: Layout, timeline: Timeline, options: Options) -> bytes:
    """``svg``, the figure of ``layout`` drawn grouped, made for the web: ``role="img"``
    named by its ``<title>`` and described by ``<desc>`` (``describe_chart``); each event's
    group with a ``<title>`` tooltip, ``data-`` attributes, and a link to its first source
    with a usable ``url``."""
    events = {event.id: event for event in timeline.events}

    def event_group(match: re.Match[bytes]) -> bytes:
        indent = match[1].decode()
        event = events.get(html.unescape(match[2].decode()))
        if event is None:
            return match[0]
        link = _link(event, timeline)
        tooltip = layout.tooltips.get(event.id, event.title)
        lines = [
            f'{indent}<g id="event-{match[2].decode()}" class="event" {_data(event)}>',
            f"{indent} <title>{escaped(tooltip)}</title>",
        ]
        body = match[3].decode()
        if link is not None:
            lines.append(f'{indent} <a href="{escaped(link)}">')
            body += f"{indent} </a>\n"
        return ("\n".join(lines) + "\n" + body + f"{indent}</g>").encode()

    root = _ROOT.search(svg)
    if root is None:
        raise ValueError("not an SVG document")
    head = (
        root[0][:-1]
        + (
            f' role="img" aria-labelledby="{TITLE_ID}" aria-describedby="{DESCRIPTION_ID}">\n'
            f' <title id="{TITLE_ID}">{escaped(chart_title(timeline, options))}</title>\n'
            f' <desc id="{DESCRIPTION_ID}">{escaped(describe_chart(timeline, options))}</desc>'
        ).encode()
    )
    return svg[: root.start()] + head + _EVENT.sub(event_group, svg[root.end() :])


def chart_title(timeline: Timeline, options: Options) -> str:
    """The chart's name: its title as drawn, or what it is when it has none."""
    title = options.title if options.title is not None else timeline.title
    count = len(timeline.events)
    return title or f"Timeline of {count} event{'' if count == 1 else 's'}"


def _data(event: Event) -> str:
    """The event's ``data-`` attributes: what a page's scripts or styles can select on."""
    when = event.when
    values = {
        "kind": event.kind, "status": event.status, "start": when.iso_start(),
        "end": when.iso_end(), "precision": when.precision, "certainty": when.certainty,
        "sources": " ".join(event.sources),
    }  # fmt: skip
    return " ".join(f'data-{name}="{escaped(value)}"' for name, value in values.items())


def _link(event: Event, timeline: Timeline) -> str | None:
    """The address of the event's first source that has a usable one."""
    links = (safe_link(timeline.sources[source].url) for source in event.sources)
    return next((link for link in links if link is not None), None)


def escaped(value: str) -> str:
    """``value`` escaped for XML text and attributes alike."""
    return html.escape(value, quote=True)
