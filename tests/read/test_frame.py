"""DataFrames: ``from_frame`` reads a frame's rows as the CSV reader reads a file's, and
``from_frame(t.to_frame())`` gives ``t`` back; the figure functions take a frame."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import timeline
from timeline import Actor, Citation, Country, DataError, Event, Source, Timeline, parse_edtf

from ..conftest import EVENTS_FILE


def test_the_events_file_comes_back_from_its_frame():
    original = timeline.load(EVENTS_FILE)
    assert timeline.from_frame(original.to_frame()) == original


def test_a_filtered_frame_keeps_what_its_rows_refer_to():
    original = timeline.load(EVENTS_FILE)
    frame = original.to_frame()
    summits = timeline.from_frame(frame[frame["kind"] == "summit"])
    assert [event.id for event in summits.events] == [
        event.id for event in original.events if event.kind == "summit"
    ]
    assert summits.actors == original.actors and summits.sources == original.sources


def test_a_frame_of_ones_own_uses_the_csv_columns():
    frame = pd.DataFrame(
        {
            "id": ["a", "b"],
            "title": ["Talks", "Call"],
            "start": pd.to_datetime(["2021-03-16", "2021-03-18 15:30"], format="ISO8601"),
            "end": [pd.Timestamp("2021-03-17"), pd.NaT],
            "kind": ["talks", "call"],
            "status": ["held", "planned"],
            "lanes": [["Japan", "United States"], "United States"],
        }
    )
    built = timeline.from_frame(frame)
    assert [event.when.text for event in built.events] == ["2021-03-16/2021-03-17",
                                                           "2021-03-18T15:30:00"]  # fmt: skip
    assert [country.name for country in built.countries.values()] == ["Japan", "United States"]


def test_a_frames_problems_name_its_row_and_column():
    frame = pd.DataFrame(
        {
            "id": ["a", "b"],
            "title": ["A", "B"],
            "date": ["2021", "2021-13"],
            "kind": ["talks", "talks"],
            "status": ["held", "held"],
            "lanes": ["X", "X"],
            "colour": ["red", "blue"],
        }
    )
    with pytest.raises(DataError) as caught:
        timeline.from_frame(frame)
    assert str(caught.value) == (
        "<DataFrame>:1:7: error: unknown column 'colour'; known columns: id, title, date, "
        "start, end, timezone, kind, status, lanes, countries, location, source, source_url, "
        "quote, note, disagreement, tags"
    )
    with pytest.raises(DataError) as caught:
        timeline.from_frame(frame.drop(columns="colour"))
    (problem,) = caught.value.problems
    assert (problem.line, problem.column, problem.message) == (
        3,
        3,
        "'date' of event 'b': 2021-13 is not a date: there is no month 13",
    )


def test_render_draw_and_write_take_a_frame(tmp_path):
    original = timeline.load(EVENTS_FILE)
    paths = tmp_path / "from-timeline.json", tmp_path / "from-frame.json"
    timeline.write(original, paths[0], since="2021-03")
    timeline.write(original.to_frame(), paths[1], since="2021-03")
    assert paths[0].read_bytes() == paths[1].read_bytes()


# A timeline made directly from the model, so the round trip is tested on what the reader
# never saw: any text, any precision, lanes from actors and named countries.
COUNTRIES = {"US": Country("US", "United States"), "JP": Country("JP", "Japan"),
             "FR": Country("FR", "France")}  # fmt: skip
ACTORS = {"kim": Actor("kim", "Kim", "JP", "envoy"), "lee": Actor("lee", "Lee", "US", "aide")}
SOURCES = {"ap": Source("ap", "a.txt", "AP", parse_edtf("2021-03-17"), url="https://a.example")}
texts = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cn")), min_size=1, max_size=30)
words = texts.filter(str.strip)
dates = st.sampled_from(["2021", "2021-03", "2021-03-16", "2021-03-16/2021-03-19",
                         "2021-03-16T09:30", "2021-03~", "[2021-03-01..2021-03-31]"])  # fmt: skip


@st.composite
def events(draw: st.DrawFn, number: int) -> Event:
    actors = tuple(draw(st.lists(st.sampled_from(list(ACTORS)), unique=True, max_size=2)))
    named = set(draw(st.lists(st.sampled_from(list(COUNTRIES)), max_size=2)))
    named |= {ACTORS[actor].country for actor in actors} or {"FR"}
    return Event(
        id=f"e{number}",
        title=draw(words),
        when=parse_edtf(draw(dates)),
        kind=draw(st.sampled_from(timeline.model.timeline.KINDS)),
        status=draw(st.sampled_from(timeline.model.timeline.STATUSES)),
        actors=actors,
        countries=tuple(code for code in COUNTRIES if code in named),
        citations=tuple(Citation("ap", quote) for quote in draw(st.lists(words, max_size=2))),
        location=draw(st.none() | words),
        note=draw(st.none() | words),
        tags=tuple(draw(st.lists(st.sampled_from(["a", "b-2"]), unique=True, max_size=2))),
    )


@st.composite
def timelines(draw: st.DrawFn) -> Timeline:
    count = draw(st.integers(0, 6))
    made = [draw(events(number)) for number in range(count)]
    made.sort(key=lambda event: event.when.sort_key())
    return Timeline(tuple(made), COUNTRIES, ACTORS, SOURCES, title=draw(st.none() | words))


@given(timelines())
def test_any_timeline_comes_back_from_its_frame(original):
    assert timeline.from_frame(original.to_frame()) == original


def test_something_else_than_a_timeline_or_a_frame_is_a_type_error():
    with pytest.raises(TypeError, match="expected a Timeline or a pandas DataFrame, not str"):
        timeline.render(str(EVENTS_FILE))


def test_a_missing_value_in_a_typed_column_is_missing_and_labels_read_as_a_csv_header() -> None:
    frame = pd.DataFrame({
        "ID": ["a"], "Title": pd.array([None], dtype="string"), "Date": ["2021-03-16"],
        "Kind": ["meeting"], "Status": ["held"], "Countries": ["JP"],
    })  # fmt: skip
    with pytest.raises(DataError, match="event 'a' has no 'title'"):
        timeline.from_frame(frame)
    frame[0] = 1  # a label that is not text is a column like any other
    with pytest.raises(DataError, match="unknown column '0'"):
        timeline.from_frame(frame)
