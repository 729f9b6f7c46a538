"""The curated events.yaml: valid, every event sourced, and every quote verbatim in its article."""

from __future__ import annotations

import re

import pytest

from timeline import load

from .conftest import ARTICLES, EVENTS_FILE


@pytest.fixture(scope="module")
def timeline():
    return load(EVENTS_FILE)


def normalized(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_every_event_cites_at_least_one_source(timeline):
    assert [event.id for event in timeline.events if not event.citations] == []


def test_the_events_the_project_promises_are_there(timeline):
    for event_id in ("quad-leaders-summit", "tokyo-2plus2", "seoul-2plus2", "alaska-talks",
                     "biden-kishida-meeting", "suga-washington-visit"):  # fmt: skip
        timeline.event(event_id)


def test_loose_dates_stay_loose(timeline):
    suga = timeline.event("suga-washington-visit").when  # "the first half of April"
    assert (suga.start.isoformat(), suga.end.isoformat(), suga.precision) == (
        "2021-04-01",
        "2021-04-15",
        "window",
    )
    assert timeline.event("biden-takes-office").when.precision == "month"  # "in January"


def test_disagreements_between_articles_are_recorded(timeline):
    disputed = {event.id for event in timeline.events if event.disagreement}
    assert {"quad-leaders-summit", "alaska-talks"} <= disputed


def test_every_source_file_exists():
    if not ARTICLES.is_dir():
        pytest.skip(f"the articles folder {ARTICLES} is not beside the repository")
    for source in load(EVENTS_FILE).sources.values():
        assert (ARTICLES / source.file).is_file(), source.file


def test_every_quote_is_verbatim_in_its_article(timeline):
    if not ARTICLES.is_dir():
        pytest.skip(f"the articles folder {ARTICLES} is not beside the repository")
    texts = {
        source.id: normalized((ARTICLES / source.file).read_text(encoding="utf-8"))
        for source in timeline.sources.values()
    }
    missing = [
        (event.id, citation.source, citation.quote)
        for event in timeline.events
        for citation in event.citations
        if normalized(citation.quote) not in texts[citation.source]
    ]
    assert missing == []
