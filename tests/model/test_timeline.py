"""The model: immutable objects, date order, countries of an event, and the DataFrame."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from timeline import load
from timeline.model.timeline import RECORD_COLUMNS

from ..conftest import EVENTS_FILE


@pytest.fixture(scope="module")
def timeline():
    return load(EVENTS_FILE)


def test_model_objects_are_immutable(timeline):
    event = timeline.events[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.title = "changed"
    with pytest.raises(TypeError):
        timeline.actors["someone"] = None


def test_events_come_in_date_order(timeline):
    keys = [event.when.sort_key() for event in timeline.events]
    assert keys == sorted(keys)


def test_an_events_countries_are_its_actors_and_named_ones_in_declared_order(timeline):
    quad = timeline.event("quad-leaders-summit")
    assert quad.actors == ("biden",)
    assert quad.countries == ("US", "JP", "IN", "AU")  # the order of `countries:` in the file
    assert timeline.event("tokyo-2plus2").countries == ("US", "JP")


def test_the_frame_has_one_row_per_event_with_datetime_bounds(timeline):
    frame = timeline.to_frame()
    assert list(frame.columns) == list(RECORD_COLUMNS)
    assert len(frame) == len(timeline.events)
    assert pd.api.types.is_datetime64_any_dtype(frame["start"])
    assert pd.api.types.is_datetime64_any_dtype(frame["end"])
    suga = frame.set_index("id").loc["suga-washington-visit"]
    assert (suga["start"], suga["end"]) == (pd.Timestamp("2021-04-01"), pd.Timestamp("2021-04-15"))
    assert suga["precision"] == "window"
    assert suga["actors"] == ["suga", "biden"]
    assert suga["actor_names"] == ["Yoshihide Suga", "Joe Biden"]
    assert frame["start"].is_monotonic_increasing


def test_the_frame_of_nothing_still_has_its_columns(timeline):
    frame = timeline.with_events([]).to_frame()
    assert list(frame.columns) == list(RECORD_COLUMNS) and frame.empty


def test_records_keep_ids_and_names_side_by_side(timeline):
    record = next(r for r in timeline.to_records() if r["id"] == "tokyo-2plus2")
    assert record["start"] == record["end"] == "2021-03-16"
    assert record["actors"] == ["blinken", "austin", "motegi", "kishi"]
    assert record["sources"] == ["ap", "npr", "calls-out-china"]
