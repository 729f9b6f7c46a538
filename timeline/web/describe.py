"""What a chart shows, in a paragraph of plain text: its alt text and the SVG's description.

Written from the events and the lane choice alone (no fonts, no drawing), so that it is
the same wherever it is made: the span, the lanes and how busy each is, the kinds, the
events not held, the busiest stretch, and the events that join the most lanes.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from ..layout.lanes import WHOLE_COUNTRY, assign_lanes
from ..layout.options import Options
from ..model.dates import When, describe
from ..model.timeline import KINDS, Event, Timeline

__all__ = ["describe_chart"]

NAMED_LANES = 8
"""The lanes named one by one; the rest are counted."""
WIDEST_EVENTS = 3
"""The events joining the most lanes that are named."""

_KIND_NOUNS = {
    "talks": ("round of talks", "rounds of talks"),
    "press-conference": ("press conference", "press conferences"),
    "legal": ("legal step", "legal steps"),
    "other": ("other event", "other events"),
}
_LANE_NOUNS = {"country": "country", "actor": "person", "country/actor": "person"}


def describe_chart(timeline: Timeline, options: Options | None = None) -> str:
    """A paragraph saying what the chart of ``timeline`` shows with ``options`` (its lanes,
    scale and title); the same events and options always give the same words.

    >>> import timeline
    >>> print(describe_chart(timeline.load("events.yaml")))  # doctest: +SKIP
    Timeline "US diplomacy with Asian allies and China, March 2021 and January 2022": 29
    events from 1910–1945 to 21 Jan 2022, time left to right. 8 lanes, one per country, ...
    """
    options = options or Options()
    events = timeline.events
    title = options.title if options.title is not None else timeline.title
    named = f' "{title}"' if title else ""
    if not events:
        return f"Timeline{named}: no events."
    order = "in order, evenly spaced" if options.scale == "sequence" else "time left to right"
    lanes = _lanes(timeline, options.lanes)
    sentences = [
        f"Timeline{named}: {_counted(len(events), 'event')} {_between(*timeline.ends())}, {order}.",
        _lanes_sentence(*lanes, _LANE_NOUNS[options.lanes]),
        _kinds_sentence(events),
        _status_sentence(events),
        _busiest_sentence(events),
        _widest_sentence(timeline, *lanes),
    ]
    return " ".join(sentence for sentence in sentences if sentence)


def _between(first: Event, last: Event) -> str:
    """'from 16 Mar 2021 to about Apr 2021', or 'dated 2019' for one event."""
    if last is first:
        return f"dated {describe(first.when)}"
    return f"from {describe(first.when)} to {describe(last.when)}"


def _lanes(timeline: Timeline, mode: str) -> tuple[list[str], dict[str, tuple[int, ...]]]:
    """The names of the lanes that hold events, top to bottom, and each event's lanes."""
    specs, event_lanes = assign_lanes(timeline, mode)
    names = [
        f"{timeline.countries[spec.country].name} as a whole" if spec.name == WHOLE_COUNTRY
        else spec.name
        for spec in specs
    ]  # fmt: skip
    return names, {
        event: tuple(lane for lane in lanes if not specs[lane].is_header)
        for event, lanes in event_lanes.items()
    }


def _lanes_sentence(names: list[str], event_lanes: dict[str, tuple[int, ...]], noun: str) -> str:
    counts = Counter(lane for lanes in event_lanes.values() for lane in lanes)
    shown = [index for index in range(len(names)) if counts[index]]
    parts = [f"{names[index]} ({counts[index]:,})" for index in shown[:NAMED_LANES]]
    if len(shown) > NAMED_LANES:
        parts.append(f"{len(shown) - NAMED_LANES:,} more")
    return f"{_counted(len(shown), 'lane')}, one per {noun}, with their events: {_listed(parts)}."


def _kinds_sentence(events: tuple[Event, ...]) -> str:
    counts = Counter(event.kind for event in events)
    ranked = sorted(counts, key=lambda kind: (-counts[kind], KINDS.index(kind)))
    return f"By kind: {_listed([_kind_count(kind, counts[kind]) for kind in ranked])}."


def _kind_count(kind: str, count: int) -> str:
    return _counted(count, *_KIND_NOUNS.get(kind, (kind, f"{kind}s")))


def _status_sentence(events: tuple[Event, ...]) -> str:
    counts = Counter(event.status for event in events if event.status != "held")
    if not counts:
        return ""
    parts = [f"{counts[status]:,} {status}" for status in ("planned", "expected", "cancelled")
             if counts[status]]  # fmt: skip
    return f"Not held: {_listed(parts)}."


def _busiest_sentence(events: tuple[Event, ...]) -> str:
    """The shortest stretch in which half of the events start: where the chart is dense."""
    starts = sorted(event.when.sort_key()[0].date() for event in events)
    half = (len(starts) + 1) // 2
    if half < 2:
        return ""
    first = min(range(len(starts) - half + 1),
                key=lambda index: (starts[index + half - 1] - starts[index], index))  # fmt: skip
    last = first + half - 1
    if (starts[first], starts[last]) == (starts[0], starts[-1]):
        return ""
    return (f"Half of the events ({half:,} of {len(starts):,}) start "
            f"{_span(starts[first], starts[last])}.")  # fmt: skip


def _widest_sentence(
    timeline: Timeline, names: list[str], event_lanes: dict[str, tuple[int, ...]]
) -> str:
    shared = [event for event in timeline.events if len(event_lanes[event.id]) > 1]
    if not shared:
        return ""
    widest = sorted(shared, key=lambda event: -len(event_lanes[event.id]))[:WIDEST_EVENTS]
    parts = [
        f"{event.title} ({describe(event.when)}: "
        f"{', '.join(names[lane] for lane in event_lanes[event.id])})"
        for event in widest
    ]
    verb = "joins" if len(shared) == 1 else "join"
    return (f"{_counted(len(shared), 'event')} {verb} several lanes; the most: "
            f"{'; '.join(parts)}.")  # fmt: skip


def _span(first: date, last: date) -> str:
    """'on 16 Mar 2021' or 'between 16 and 18 Mar 2021', as the dates are written elsewhere."""
    if first == last:
        return f"on {describe(When('', first, first, 'day'))}"
    return describe(When("", first, last, "window"))


def _counted(number: int, one: str, many: str | None = None) -> str:
    """'1 event', '1,000 events', '2 rounds of talks'."""
    return f"{number:,} {one if number == 1 else many or one + 's'}"


def _listed(parts: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(parts) < 2:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} and {parts[-1]}"
