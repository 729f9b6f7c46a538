"""The editing API: each function changes the file as asked, or refuses and leaves it alone."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from timeline import DataError, load
from timeline.edit import (
    EditError,
    NewActor,
    add_event,
    edit_event,
    format_file,
    remove_event,
)

from .test_edit import SMALL


@pytest.fixture
def small(events_file) -> Path:
    return events_file(SMALL)


def event(path: Path, event_id: str):
    return next(e for e in load(path).events if e.id == event_id)


def test_add_event_stores_the_date_as_edtf_and_returns_the_new_id(small):
    change = add_event(
        small, title="Suga visits Washington", date="early April 2021",
        actors=["Antony Blinken", "motegi"], kind="visit", status="expected",
        citations=[("ap", "Tuesday")], location="Washington",
    )  # fmt: skip
    assert change.written and change.event_id == "suga-visits-washington-2021-04"
    added = event(small, change.event_id)
    assert added.when.text == "[2021-04-01..2021-04-10]"
    assert (added.actors, added.location, added.citations[0].quote) == (
        ("blinken", "motegi"), "Washington", "Tuesday"
    )  # fmt: skip
    assert small.read_text(encoding="utf-8") == change.after
    assert change.timeline.events == load(small).events


def test_add_event_with_an_end_and_new_actors_typed_both_ways(small):
    change = add_event(
        small, title="Harris and Kishida", date="2021-03-17", end="18 March 2021",
        actors=["harris", "kishida"], event_id="harris-kishida",
        new_actors=[NewActor("harris", "Kamala Harris", "us", "Vice President"),
                    "kishida:Fumio Kishida:Japan:Member of the House"],
    )  # fmt: skip
    timeline = load(small)
    assert timeline.actors["harris"].country == "US"
    assert timeline.actors["kishida"].role == "Member of the House"
    assert event(small, "harris-kishida").when.text == "2021-03-17/2021-03-18"
    assert change.event_id == "harris-kishida"


def test_edit_event_sets_and_unsets_keys(small):
    change = edit_event(
        small, "tokyo", settings=["date=about 16 March 2021", "actors+=austin", "id=tokyo-2plus2"],
        unset=["note"],
    )  # fmt: skip
    assert change.event_id == "tokyo-2plus2"
    edited = event(small, "tokyo-2plus2")
    assert (edited.when.text, edited.actors, edited.note) == (
        "2021-03-16~", ("blinken", "motegi", "austin"), None
    )  # fmt: skip
    assert "# a Tuesday" in small.read_text(encoding="utf-8")


def test_remove_event_takes_the_event_out(small):
    change = remove_event(small, "seoul")
    assert change.event_id == "seoul"
    assert [e.id for e in load(small).events] == ["tokyo"]


def test_format_file_orders_keys_and_check_writes_nothing(events_file):
    path = events_file(SMALL.replace("    kind: meeting\n    status: held\n",
                                     "    status: held\n    kind: meeting\n", 1))  # fmt: skip
    before = path.read_bytes()
    checked = format_file(path, check=True)
    assert not checked.written and path.read_bytes() == before
    assert checked.after != checked.before and checked.diff()
    formatted = format_file(path)
    assert formatted.written and formatted.after == checked.after
    assert format_file(path).after == format_file(path).before  # formatted stays formatted


@pytest.mark.parametrize(
    "call",
    [
        lambda path: add_event(
            path, title="Call", date="2021-03-19", actors=["blinken"], dry_run=True
        ),
        lambda path: edit_event(path, "seoul", settings=["title=Seoul"], dry_run=True),
        lambda path: remove_event(path, "seoul", dry_run=True),
    ],
    ids=["add", "edit", "remove"],
)
def test_a_dry_run_writes_nothing_and_tells_what_it_would_do(small, call):
    before = small.read_bytes()
    change = call(small)
    assert small.read_bytes() == before
    assert not change.written and change.after != change.before
    assert change.diff().startswith(f"--- {small}\n+++ {small}\n")


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda path: add_event(path, title="T", date="2021", actors=["austn"]),
         "--actor: no actor 'austn' in the file; did you mean 'austin'?"),
        (lambda path: add_event(path, title="T", date="16 Marhc 2021", actors=["austin"]),
         "--date: '16 Marhc 2021' is not an EDTF date"),
        (lambda path: add_event(path, title="T", date="2021"),
         "give at least one --actor or --country: an event needs a lane"),
        (lambda path: add_event(path, title="T", date="2021", actors=["harris"],
                                new_actors=["harris:Kamala Harris"]),
         "--new-actor: 'harris:Kamala Harris' is not ID:NAME:COUNTRY:ROLE"),
        (lambda path: edit_event(path, "tokio", settings=["title=x"]),
         "no event 'tokio' in {path}; did you mean 'tokyo'?"),
        (lambda path: edit_event(path, "tokyo", settings=["titel=x"]),
         "--set: an event has no key 'titel'; did you mean 'title'?"),
        (lambda path: edit_event(path, "tokyo"),
         "nothing to change: give --set KEY=VALUE or --unset KEY"),
        (lambda path: remove_event(path, "seoul-talks"), "no event 'seoul-talks' in"),
    ],
    ids=["actor", "date", "lane", "new-actor", "event", "key", "nothing", "remove"],
)  # fmt: skip
def test_what_cannot_be_done_raises_edit_error_and_leaves_the_file_alone(small, call, message):
    before = small.read_bytes()
    with pytest.raises(EditError) as caught:
        call(small)
    assert str(caught.value).startswith(message.format(path=small))
    assert small.read_bytes() == before


def test_a_change_that_would_make_the_file_invalid_raises_data_error(small):
    before = small.read_bytes()
    with pytest.raises(DataError) as caught:
        edit_event(small, "seoul", settings=["timezone=Asia/Seoul"])
    assert [problem.message for problem in caught.value.problems] == [
        "not changed: the change would make the file invalid",
        "'timezone' of event 'seoul' needs a time of day in 'date', e.g. T15:00",
    ]
    assert small.read_bytes() == before


def test_an_invalid_or_missing_file_raises_data_error(events_file, tmp_path):
    path = events_file(SMALL.replace("kind: meeting", "kind: meting", 1))
    before = path.read_bytes()
    with pytest.raises(DataError, match="the file has problems; fix them first"):
        remove_event(path, "seoul")
    assert path.read_bytes() == before
    with pytest.raises(DataError, match="no such file"):
        format_file(tmp_path / "missing.yaml")
    assert not (tmp_path / "missing.yaml").exists()


def test_a_lone_string_where_a_list_belongs_is_one_name_not_its_letters(small):
    change = add_event(small, title="T", date="2021", actors="blinken", countries="KR")
    event = change.timeline.event(change.event_id)
    assert event.actors == ("blinken",) and event.countries == ("US", "KR")


def test_help_shows_every_keyword_with_its_type():
    parameters = inspect.signature(add_event).parameters
    assert list(parameters) == [
        "path", "title", "date", "end", "actors", "countries", "kind", "status", "location",
        "citations", "event_id", "new_actors", "dry_run",
    ]  # fmt: skip
    assert all(p.kind is p.KEYWORD_ONLY for name, p in parameters.items() if name != "path")
    assert all(p.annotation is not p.empty for p in parameters.values())
    for function in (edit_event, remove_event, format_file):
        keywords = [
            p for p in inspect.signature(function).parameters.values() if p.default != p.empty
        ]
        assert keywords and all(p.kind is p.KEYWORD_ONLY for p in keywords)
