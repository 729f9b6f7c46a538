"""The layout as JSON: its fields, its agreement with the layout drawn, and its stable bytes."""

from __future__ import annotations

import json
from dataclasses import replace
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given, settings

import timeline
from timeline.layout import Options, layout
from timeline.layout.export import layout_json, layout_json_bytes
from timeline.layout.measure import FontMeasure, estimate
from timeline.model.timeline import Timeline

from ..conftest import EVENTS_FILE
from .test_properties import OPTIONS, timelines

BOX = {"x0": float, "y0": float, "x1": float, "y1": float}
TOP = {
    "width": float, "height": float, "title": (str, type(None)), "plot": dict, "lanes": list,
    "events": list, "connectors": list, "ticks": list, "breaks": list, "legend": list,
    "notes": list, "unlabelled": int, "density": list,
}  # fmt: skip
EVENT = {
    "id": str, "title": str, "start": str, "end": str, "marks": list, "label": (dict, type(None)),
    "number": (int, type(None)), "key": (str, type(None)),
}  # fmt: skip
MARK = {"lane": str, "x0": float, "x1": float, "x": float, "y": float, "shape": str,
        "glyph": str}  # fmt: skip
LANE = {"key": str, "name": str, "y0": float, "y1": float, "header": bool}
TICK = {"x": float, "text": str, "major": bool}
BREAK = {"x0": float, "x1": float, "text": str}


@pytest.fixture(scope="module")
def events() -> Timeline:
    return timeline.load(EVENTS_FILE)


@pytest.fixture(scope="module", params=["country", "actor", "country/actor"])
def exported(request, events: Timeline) -> dict[str, Any]:
    """The JSON of the events file, as ``timeline.write`` measures it, per lane mode."""
    return layout_json(layout(events, Options(lanes=request.param), FontMeasure()), events)


@pytest.fixture(scope="module")
def numbered(events: Timeline) -> dict[str, Any]:
    """Too little height for every title: labels become numbers with a key."""
    return layout_json(layout(events, Options(width=10, max_height=8), FontMeasure()), events)


def _has_fields(data: dict[str, Any], fields: dict[str, Any], where: str) -> None:
    assert list(data) == list(fields), where
    for name, kind in fields.items():
        value = data[name]
        # JSON has no int/float distinction for a reader, but bool is not a number here.
        if kind is float:
            assert isinstance(value, (int, float)) and not isinstance(value, bool), (where, name)
        else:
            assert isinstance(value, kind), (where, name, value)


def test_every_field_is_there_with_its_type(exported: dict[str, Any]) -> None:
    _has_fields(exported, TOP, "top")
    _has_fields(exported["plot"], BOX, "plot")
    for lane in exported["lanes"]:
        _has_fields(lane, LANE, "lane")
    for event in exported["events"]:
        _has_fields(event, EVENT, event["id"])
        for mark in event["marks"]:
            _has_fields(mark, MARK, event["id"])
        if event["label"] is not None:
            _has_fields(event["label"], {**BOX, "text": str}, event["id"])
    for tick in exported["ticks"]:
        _has_fields(tick, TICK, "tick")
    for gap in exported["breaks"]:
        _has_fields(gap, BREAK, "break")
    for line in exported["connectors"]:
        _has_fields(line, {"event": str, "x": float, "y0": float, "y1": float}, "connector")
    for entry in exported["legend"]:
        _has_fields(entry, {"text": str, "glyph": str}, "legend")
    for note in exported["notes"]:
        _has_fields(note, {"x": float, "y": float, "text": str}, "note")


def test_every_event_appears_once_in_date_order_with_iso_dates(
    exported: dict[str, Any], events: Timeline
) -> None:
    assert [event["id"] for event in exported["events"]] == [event.id for event in events.events]
    first = exported["events"][0]
    assert (first["start"], first["end"]) == ("1910-01-01", "1945-12-31")
    for event in exported["events"]:
        assert event["marks"], event["id"]
        assert len(event["start"]) == len(event["end"]) == 10
        assert event["start"] <= event["end"]


def test_each_value_is_the_layouts_own(events: Timeline) -> None:
    drawing = layout(events, Options(), FontMeasure())
    data = layout_json(drawing, events)
    assert (data["width"], data["height"]) == (
        drawing.width,
        pytest.approx(drawing.height, abs=0.005),
    )
    assert [lane["key"] for lane in data["lanes"]] == [lane.key for lane in drawing.lanes]
    exported_marks = [(event["id"], mark) for event in data["events"] for mark in event["marks"]]
    assert len(exported_marks) == len(drawing.marks)
    by_event = {(m.event, drawing.lanes[m.lane].key): m for m in drawing.marks}
    for event_id, mark in exported_marks:
        drawn = by_event[event_id, mark["lane"]]
        assert mark["y"] == pytest.approx(drawn.y, abs=0.005)
        assert mark["x"] == pytest.approx(drawn.x, abs=0.005)
        if drawn.bar is not None:
            assert (mark["x0"], mark["x1"]) == pytest.approx(
                (drawn.bar.x0, drawn.bar.x1), abs=0.005
            )
    labels = {label.event: label for label in drawing.labels}
    for event in data["events"]:
        label = labels.get(event["id"])
        assert (event["label"] is None) == (label is None)
        if label is not None:
            assert event["label"]["text"] == label.text.text
            assert event["label"]["x0"] == pytest.approx(label.box.x0, abs=0.005)
    assert [tick["text"] for tick in data["ticks"]] == [t.text.text for t in drawing.axis.ticks]
    assert [gap["text"] for gap in data["breaks"]] == ["71 years", "6 weeks", "9 months"]


def test_lanes_run_down_the_page_and_marks_lie_in_their_lanes(exported: dict[str, Any]) -> None:
    check_lanes_run_down_the_page_and_marks_lie_in_their_lanes(exported)


@settings(max_examples=60)
@given(timelines(), OPTIONS)
def test_random_timelines_export_every_event_once_in_place(t: Timeline, options: Options) -> None:
    data = json.loads(layout_json_bytes(layout(t, options, estimate), t))
    assert [event["id"] for event in data["events"]] == [event.id for event in t.events]
    check_lanes_run_down_the_page_and_marks_lie_in_their_lanes(data)
    for event in data["events"]:
        assert event["start"] <= event["end"]
        assert {mark["lane"] for mark in event["marks"]} <= {lane["key"] for lane in data["lanes"]}


def check_lanes_run_down_the_page_and_marks_lie_in_their_lanes(exported: dict[str, Any]) -> None:
    """y grows downwards from the top: a flipped y would fail here."""
    lanes = exported["lanes"]
    plot = exported["plot"]
    assert lanes[0]["y0"] == plot["y0"] < plot["y1"] < exported["height"]
    for upper, lower in pairwise(lanes):
        assert upper["y0"] < upper["y1"] == lower["y0"]
    bounds = {lane["key"]: (lane["y0"], lane["y1"]) for lane in lanes}
    for event in exported["events"]:
        for mark in event["marks"]:
            y0, y1 = bounds[mark["lane"]]
            assert y0 < mark["y"] < y1, (event["id"], mark)
            assert plot["x0"] <= mark["x0"] <= mark["x"] <= mark["x1"] <= plot["x1"]
        label = event["label"]
        if label is not None:
            assert 0 <= label["x0"] < label["x1"] <= exported["width"]
            assert 0 <= label["y0"] < label["y1"] <= exported["height"]
            if exported["density"]:
                # Dense lanes: a label starts where its event's mark does, just above it.
                assert any(
                    mark["x0"] - 6 <= label["x0"] <= mark["x0"] + 0.01
                    and 0 < mark["y"] - label["y1"] <= 40
                    for mark in event["marks"]
                ), event["id"]
            else:
                # A label sits on the row of one of its event's marks.
                middle = (label["y0"] + label["y1"]) / 2
                assert any(abs(mark["y"] - middle) <= 0.01 for mark in event["marks"]), event["id"]


def test_x_follows_time_left_to_right(exported: dict[str, Any]) -> None:
    """On the time scale an event wholly before another is drawn left of it."""
    spots = [(e["start"], e["end"], e["marks"][0]["x"]) for e in exported["events"]]
    for start, end, x in spots:
        for other_start, _, other_x in spots:
            if end < other_start:
                assert x <= other_x, (start, other_start)
    ticks = [tick["x"] for tick in exported["ticks"]]
    assert ticks == sorted(ticks)
    for gap in exported["breaks"]:
        assert exported["plot"]["x0"] < gap["x0"] < gap["x1"] < exported["plot"]["x1"]


def test_a_loose_date_spans_its_possible_days_and_a_point_has_no_width(
    exported: dict[str, Any],
) -> None:
    marks = {e["id"]: e["marks"][0] for e in exported["events"]}
    year = marks["japan-korea-relations-sink"]  # "2019": a whisker across the year
    assert year["shape"] == "point" and year["x0"] < year["x"] < year["x1"]
    day = marks["tokyo-2plus2"]
    assert day["shape"] == "point" and day["x0"] == day["x"] == day["x1"]


def test_numbered_labels_carry_their_number_and_key_text(numbered: dict[str, Any]) -> None:
    with_numbers = [event for event in numbered["events"] if event["number"] is not None]
    assert len(with_numbers) >= 10
    assert sorted(event["number"] for event in with_numbers) == list(
        range(1, len(with_numbers) + 1)
    )
    for event in with_numbers:
        assert event["label"]["text"] == str(event["number"])
        assert event["key"].startswith(event["title"][:20]), event
    for event in numbered["events"]:
        if event["number"] is None:
            assert event["key"] is None


def test_numbers_are_rounded_to_a_hundredth_of_a_point(exported: dict[str, Any]) -> None:
    def numbers(value: Any) -> list[float]:
        if isinstance(value, dict):
            return [n for item in value.values() for n in numbers(item)]
        if isinstance(value, list):
            return [n for item in value for n in numbers(item)]
        return [value] if isinstance(value, float) else []

    found = numbers(exported)
    assert len(found) > 100
    assert all(round(n, 2) == n for n in found)


def test_the_same_layout_gives_the_same_bytes(events: Timeline) -> None:
    once = layout_json_bytes(layout(events, Options(), FontMeasure()), events)
    again = layout_json_bytes(layout(events, Options(), FontMeasure()), events)
    assert once == again
    assert once.endswith(b"}\n") and once.startswith(b'{\n "width": ')
    assert "–".encode() in once  # the en dash of a title, not \u2013


def test_years_before_1000_keep_four_digits(events: Timeline) -> None:
    first = replace(events.events[0], when=timeline.parse_edtf("0850/0901"))
    old = events.with_events([first])
    data = layout_json(layout(old, Options(), FontMeasure()), old)
    assert (data["events"][0]["start"], data["events"][0]["end"]) == ("0850-01-01", "0901-12-31")
