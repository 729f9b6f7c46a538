"""A timeline in brief, as text and as an HTML table: what a notebook shows for a Timeline.

``Timeline.summary()`` gives the rows (how many events of each kind and status, the time they
span, the countries, actors and sources they involve); this module writes them out, and
lists counted names within one line.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Mapping

__all__ = ["SHOWN", "counted", "listed", "summary_html", "summary_text"]

SHOWN = 8
"""Names listed in one row at most; the rest are counted."""

Rows = list[tuple[str, str]]
"""(heading, text) pairs."""


def summary_text(title: str | None, source: str | None, rows: Rows) -> str:
    """The summary as a few lines of text: a heading line, then one line a row.

    >>> print(summary_text("Talks", "events.yaml", [("events", "2"), ("kinds", "call 2")]))
    <Timeline 'Talks' from events.yaml>
      events  2
      kinds   call 2
    """
    heading = f"Timeline {title!r}" if title else "Timeline"
    if source:
        heading += f" from {source}"
    width = max(len(name) for name, _ in rows)
    return "\n".join([f"<{heading}>", *(f"  {name:<{width}}  {text}" for name, text in rows)])


def summary_html(title: str | None, source: str | None, rows: Rows) -> str:
    """The summary as an HTML table, every text from the file escaped."""
    caption = html.escape(title or "Timeline")
    if source:
        caption += f" <small>({html.escape(source)})</small>"
    cells = "".join(
        f'<tr><th style="text-align:left;vertical-align:top">{html.escape(name)}</th>'
        f'<td style="text-align:left">{html.escape(text)}</td></tr>'
        for name, text in rows
    )
    return f"<table><caption>{caption}</caption>{cells}</table>"


def counted(pairs: Iterable[tuple[str, int]]) -> str:
    """Names with their counts on one line.

    >>> counted(Counter(["call", "meeting", "call"]).most_common())
    'call 2, meeting 1'
    """
    return ", ".join(f"{name} {count}" for name, count in pairs)


def listed(counts: Counter[str], names: Mapping[str, str]) -> str:
    """The ids (id -> name) that have a count, by name in the order given, how many there
    are first and how many were not shown last.

    >>> listed(Counter(["JP", "US", "JP"]), {"US": "United States", "CN": "China", "JP": "Japan"})
    '2: United States 1, Japan 2'
    """
    shown = [(name, counts[key]) for key, name in names.items() if counts[key]]
    text = f"{len(shown)}: {counted(shown[:SHOWN])}"
    return text + (f" and {len(shown) - SHOWN} more" if len(shown) > SHOWN else "")
