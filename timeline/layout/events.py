"""The events stage: each event's marks, label and connector at their final positions."""

from __future__ import annotations

from dataclasses import dataclass

from ..model.dates import describe
from ..model.timeline import Event, Timeline
from .bands import Bands
from .frame import Sizes
from .geometry import Box, Connector, Label, Look, Mark, TextBlock
from .marks import ROOM_HALF_HEIGHT, mark_of
from .rows import COMPACT, RowPlan, label_text


@dataclass(frozen=True)
class EventShapes:
    """What is drawn for the events, and the numbered labels in key order."""

    marks: tuple[Mark, ...]
    labels: tuple[Label, ...]
    connectors: tuple[Connector, ...]
    numbered: tuple[tuple[int, str], ...]  # (number, event id), left to right


def events_of(
    events: tuple[Event, ...], scale: str, rows: RowPlan, bands: Bands, sizes: Sizes
) -> EventShapes:
    """Marks in every lane of each event, its label where the stacking put it, and a
    connector joining its marks when it has several."""
    marks: list[Mark] = []
    labels: list[Label] = []
    connectors: list[Connector] = []
    packing = rows.packing
    numbers = {event_id: number for number, event_id in enumerate(packing.numbered, start=1)}
    for event in events:
        spot = rows.spots[event.id]
        placement = packing.placements[event.id]
        look = Look(event.kind, event.status, event.when.certainty != "exact")
        ys = []
        for lane, slot in sorted(placement.rows.items()):
            y = bands.y(lane, slot)
            ys.append(y)
            room = Box(spot.left, y - ROOM_HALF_HEIGHT, spot.right, y + ROOM_HALF_HEIGHT)
            marks.append(
                mark_of(
                    look,
                    spot.shape,
                    spot.x,
                    spot.x_end,
                    y,
                    room,
                    span=spot.span,
                    event=event.id,
                    lane=lane,
                )
            )
        label_lane = placement.label_lane
        if label_lane is not None:
            slot = placement.rows[label_lane]
            y = bands.y(label_lane, slot)
            half_row = (COMPACT if slot.compact else sizes.row) / 2 - 0.5
            number = numbers.get(event.id)
            text = str(number) if number is not None else label_text(event, scale)
            box = Box(placement.label_x0, y - half_row, placement.label_x1, y + half_row)
            block = TextBlock(
                text,
                box.x0,
                (box.y0 + box.y1) / 2,
                sizes.label,
                bold=number is not None,  # measured so in rows_of
                role="label",
                anchor="center_baseline",
            )
            shaded = bands.lanes[label_lane].shade is not None
            labels.append(Label(event.id, block, box, label_lane, shaded, number))
        if len(ys) > 1:
            connectors.append(Connector(event.id, spot.joint, min(ys), max(ys)))
    numbered = tuple((numbers[event_id], event_id) for event_id in packing.numbered)
    return EventShapes(tuple(marks), tuple(labels), tuple(connectors), numbered)


def tooltips_of(timeline: Timeline, events: tuple[Event, ...] | None = None) -> dict[str, str]:
    """Each event's tooltip (of ``events``, or all): title, date, place, people and sources,
    one a line."""
    shown = timeline.events if events is None else events
    return {event.id: _tooltip(event, timeline) for event in shown}


def _tooltip(event: Event, timeline: Timeline) -> str:
    parts = [event.title, describe(event.when)]
    if event.location:
        parts.append(event.location)
    names = timeline.actor_names(event)
    if names:
        parts.append(", ".join(names))
    outlets = [timeline.sources[source].outlet for source in event.sources]
    if outlets:
        parts.append("Sources: " + ", ".join(outlets))
    return "\n".join(parts)
