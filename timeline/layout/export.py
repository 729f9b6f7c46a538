"""The computed layout as JSON, for tests and for people who draw the timeline themselves.

Lengths are points (1/72 inch) rounded to 0.01, on a canvas whose origin is the top-left
corner, y growing downwards, as in ``geometry``. The same layout gives the same bytes: keys
keep the order written here and lists keep the layout's order (events in date order).
README.md's "Layout as JSON" lists the fields.
"""

from __future__ import annotations

import json
from typing import Any

from ..model.timeline import Event, Timeline
from .geometry import Box, Label, Layout, Mark, TextBlock

__all__ = ["layout_json", "layout_json_bytes"]

_PLACES = 2  # points to 0.01: finer than any screen or printer shows, and stable across runs


def layout_json(layout: Layout, timeline: Timeline) -> dict[str, Any]:
    """The layout of ``timeline`` (the events it was laid out from) as plain JSON data.

    Every event of ``timeline`` appears once, with its marks in every lane it is drawn in.
    """
    lane_keys = [lane.key for lane in layout.lanes]
    marks: dict[str, list[Mark]] = {}
    for mark in layout.marks:
        marks.setdefault(mark.event, []).append(mark)
    labels = {label.event: label for label in layout.labels}
    key = _key_entries(layout.texts)
    title = [block.text for block in layout.texts if block.role == "title"]
    return {
        "width": _points(layout.width),
        "height": _points(layout.height),
        "title": " ".join(title) if title else None,
        "plot": _box(layout.plot),
        "lanes": [
            {"key": lane.key, "name": " ".join(line.text for line in lane.name),
             "y0": _points(lane.box.y0), "y1": _points(lane.box.y1), "header": lane.header}
            for lane in layout.lanes
        ],
        "events": [
            _event(event, marks.get(event.id, []), labels.get(event.id), lane_keys, key)
            for event in timeline.events
        ],
        "connectors": [
            {"event": line.event, "x": _points(line.x), "y0": _points(line.y0),
             "y1": _points(line.y1)}
            for line in layout.connectors
        ],
        "ticks": [
            {"x": _points(tick.x), "text": tick.text.text, "major": tick.major}
            for tick in layout.axis.ticks
        ],
        "breaks": [
            {"x0": _points(gap.box.x0), "x1": _points(gap.box.x1), "text": gap.text.text}
            for gap in layout.axis.breaks
        ],
        "legend": [
            {"text": " ".join(line.text for line in entry.lines), "glyph": entry.sample.glyph}
            for entry in layout.legend
        ],
        "notes": [_line(block) for block in layout.texts if block.role == "note"],
        "unlabelled": layout.unlabelled,
        "density": [
            {"lane": lane_keys[bin.lane], **_box(bin.box), "count": bin.count}
            for bin in layout.density if bin.lane >= 0
        ],
    }  # fmt: skip


def layout_json_bytes(layout: Layout, timeline: Timeline) -> bytes:
    """``layout_json`` as UTF-8 text, indented, ending in a newline: the same bytes each run."""
    text = json.dumps(layout_json(layout, timeline), indent=1, ensure_ascii=False)
    return (text + "\n").encode("utf-8")


def _event(event: Event, marks: list[Mark], label: Label | None, lane_keys: list[str],
           key: dict[int, str]) -> dict[str, Any]:  # fmt: skip
    start, end = event.when.sort_key()
    number = label.number if label is not None else None
    return {
        "id": event.id,
        "title": event.title,
        "start": start.date().isoformat(),
        "end": end.date().isoformat(),
        "marks": [_mark(mark, lane_keys) for mark in marks],
        "label": None if label is None else {**_box(label.box), "text": label.text.text},
        "number": number,
        "key": None if number is None else key.get(number),
    }


def _mark(mark: Mark, lane_keys: list[str]) -> dict[str, Any]:
    """A mark's lane, its extent on the time axis (a bar's ends, a whisker's: the days a
    loose date may fall in, or a point's centre) and its centre."""
    if mark.bar is not None:
        x0, x1 = mark.bar.x0, mark.bar.x1
    elif mark.whisker:
        (a, _), (b, _) = mark.whisker[0]
        x0, x1 = min(a, b), max(a, b)
    else:
        x0 = x1 = mark.x
    return {
        "lane": lane_keys[mark.lane],
        "x0": _points(x0),
        "x1": _points(x1),
        "x": _points(mark.x),
        "y": _points(mark.y),
        "shape": mark.shape,
        "glyph": mark.glyph,
    }


def _key_entries(texts: tuple[TextBlock, ...]) -> dict[int, str]:
    """The key's text for each number: its lines after the bold number, joined."""
    entries: dict[int, list[str]] = {}
    current: list[str] | None = None
    for block in texts:
        if block.role != "key":
            continue
        if block.bold and block.text.isdigit():
            current = entries.setdefault(int(block.text), [])
        elif current is not None:
            current.append(block.text)
    return {number: " ".join(lines) for number, lines in entries.items()}


def _box(box: Box) -> dict[str, float]:
    return {"x0": _points(box.x0), "y0": _points(box.y0), "x1": _points(box.x1),
            "y1": _points(box.y1)}  # fmt: skip


def _line(block: TextBlock) -> dict[str, Any]:
    """A line of text: where its top-left corner is, and what it says."""
    return {"x": _points(block.x), "y": _points(block.y), "text": block.text}


def _points(value: float) -> float:
    """Rounded to 0.01 pt; + 0.0 turns -0.0 into 0.0, so the same place prints the same."""
    return round(value, _PLACES) + 0.0
