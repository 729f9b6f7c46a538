"""`describe_chart` and `timeline describe`: what the chart shows, in words."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

import timeline
from timeline import Options
from timeline.cli import cli
from timeline.web import describe_chart

from ..conftest import EVENTS_FILE


def test_the_description_names_span_lanes_kinds_crowding_and_shared_events(web_file: Path) -> None:
    text = describe_chart(timeline.load(web_file))
    assert text.startswith(
        'Timeline "Web & <b>friends</b>": 4 events from 16 Mar 2021 to '
        "about Apr 2021, time left to right."
    )
    assert (
        "3 lanes, one per country, with their events: United States (3), Japan (2) and South Korea (3)."
        in text
    )
    assert "By kind: 1 meeting, 1 call, 1 statement and 1 trip." in text
    assert "Not held: 1 planned." in text
    assert "Half of the events (2 of 4) start on 17 Mar 2021." in text
    assert (
        "3 events join several lanes; the most: Talks about talks (about Apr 2021: "
        "United States, Japan, South Korea);"
    ) in text


def test_the_description_follows_the_lanes_scale_and_title_chosen(web_file: Path) -> None:
    text = describe_chart(
        timeline.load(web_file), Options(lanes="actor", scale="sequence", title="")
    )
    assert text.startswith(
        "Timeline: 4 events from 16 Mar 2021 to about Apr 2021, in order, evenly spaced."
    )
    assert (
        "3 lanes, one per person, with their events: Antony Blinken (3), "
        "Toshimitsu Motegi (2) and Chung Eui-yong (3)."
    ) in text


def test_many_lanes_are_named_up_to_eight_and_the_rest_counted() -> None:
    text = describe_chart(timeline.load(EVENTS_FILE), Options(lanes="actor"))
    assert "19 lanes, one per person" in text
    assert "and 11 more." in text


def test_the_command_prints_the_same_words_and_refuses_an_empty_selection(web_file: Path) -> None:
    result = CliRunner().invoke(cli, ["describe", str(web_file), "--country", "KR"])
    assert result.exit_code == 0, result.output
    selected = timeline.select(timeline.load(web_file), timeline.Filter(countries=["KR"]))
    assert result.output == describe_chart(selected) + "\n"
    empty = CliRunner().invoke(cli, ["describe", str(web_file), "--since", "2030"])
    assert empty.exit_code == 1
    assert "no events to show: the selection is empty" in empty.output


def test_one_event_is_dated_once_and_the_summary_agrees() -> None:
    """The chart's words and the timeline's summary read its span from one place."""
    one = timeline.load(EVENTS_FILE)
    single = timeline.select(one, timeline.Filter(since="2019", until="2019", kinds="other"))
    assert len(single.events) == 1
    assert "1 event dated 2019," in timeline.describe_chart(single)
    assert dict(single.summary())["span"] == "2019"
