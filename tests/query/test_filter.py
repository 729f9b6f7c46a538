"""Filters: by period (overlap), country, actor, kind, status and tag; bad names are usage errors."""

from __future__ import annotations

import pytest

from timeline import Filter, QueryError, load, select

from ..conftest import EVENTS_FILE


@pytest.fixture(scope="module")
def timeline():
    return load(EVENTS_FILE)


def ids(timeline, **criteria) -> list[str]:
    return [event.id for event in select(timeline, Filter(**criteria)).events]


def test_no_criteria_keeps_everything(timeline):
    assert len(ids(timeline)) == len(timeline.events)


def test_a_period_keeps_events_that_overlap_it_even_loose_ones(timeline):
    april = ids(timeline, since="2021-04-10", until="2021-04-20")
    assert april == ["suga-washington-visit"]  # some day in 1-15 April could fall in it
    march_16 = ids(timeline, since="2021-03-16", until="16 March 2021")
    assert "tokyo-2plus2" in march_16 and "tokyo-visit" in march_16
    assert "seoul-visit" not in march_16 and "quad-leaders-summit" not in march_16


def test_a_month_as_until_means_its_last_day(timeline):
    assert "alaska-talks" in ids(timeline, since="2021-03-20", until="2021-03")


def test_country_and_actor_accept_codes_names_and_any_case(timeline):
    by_code = ids(timeline, countries=("IN",))
    assert (
        by_code == ids(timeline, countries=("india",)) == ["quad-leaders-summit", "austin-to-india"]
    )
    assert (
        ids(timeline, actors=("Jake Sullivan",))
        == ids(timeline, actors=("sullivan",))
        == ["alaska-talks"]
    )


def test_criteria_combine_with_and_values_with_or(timeline):
    both = ids(timeline, countries=("KR",), kinds=("trip",))
    assert both == ["seoul-visit"]
    either = ids(timeline, kinds=("summit", "talks"))
    assert either == ["quad-leaders-summit", "alaska-talks"]


def test_status_and_tag(timeline):
    assert ids(timeline, statuses=("expected",)) == ["suga-washington-visit"]
    assert len(ids(timeline, tags=("background",))) == 4


@pytest.mark.parametrize(
    "criteria, message",
    [
        ({"countries": ("Japn",)}, "no country 'Japn' in the timeline; did you mean 'Japan'?"),
        ({"actors": ("blinkn",)}, "no actor 'blinkn' in the timeline; did you mean 'blinken'?"),
        ({"since": "someday"}, "--since: 'someday' is not an EDTF date"),
        ({"since": "2021-04", "until": "2021-03"}, "--until 2021-03 is before --since 2021-04"),
    ],
)
def test_criteria_that_name_nothing_are_refused(timeline, criteria, message):
    with pytest.raises(QueryError) as caught:
        select(timeline, Filter(**criteria))
    assert str(caught.value).startswith(message)
