"""The axis under the lanes, as a reader sees it: readable ticks and break notes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

import timeline
from timeline.layout import Options, layout
from timeline.layout.geometry import Layout
from timeline.layout.measure import FontMeasure, estimate
from timeline.layout.spots import spots_of
from timeline.model.timeline import Country, Event, Timeline

from ..conftest import EVENTS_FILE
from .test_properties import OPTIONS, _text_box, timelines


def check_the_axis_reads_cleanly(drawing: Layout, t: Timeline, options: Options) -> None:
    """Tick texts and break notes never touch one another and stay over the plot; each
    stretch wide enough for a year's number has a tick; ticks mark its events' days."""
    plot = drawing.plot
    texts = [tick.text for tick in drawing.axis.ticks]
    texts += [gap.text for gap in drawing.axis.breaks if gap.text.text]
    boxes = [_text_box(block) for block in texts]
    for index, box in enumerate(boxes):
        assert plot.x0 - 1e-6 <= box.x0 and box.x1 <= plot.x1 + 1e-6, texts[index]
        for other in boxes[index + 1 :]:
            assert not box.overlaps(other), (texts[index], other)
    if options.scale != "time":
        return
    _, scale = spots_of(t.events, "time", plot.x0, plot.x1)
    assert scale is not None
    for segment in scale.segments:
        lo, hi = segment.x(segment.first), segment.x(segment.last)
        inside = [tick for tick in drawing.axis.ticks if lo - 1e-6 <= tick.x <= hi + 1e-6]
        if hi - lo >= estimate("9999", options.font_size * 0.9)[0]:
            assert inside, segment
    # No tick outside every stretch's events.
    spans = [(s.x(s.first) - 1e-6, s.x(s.last) + 1e-6) for s in scale.segments]
    for tick in drawing.axis.ticks:
        assert any(lo <= tick.x <= hi for lo, hi in spans), tick


@settings(max_examples=100, deadline=None)
@given(timelines(), OPTIONS)
def test_random_timelines_have_an_axis_a_reader_can_read(t: Timeline, options: Options) -> None:
    check_the_axis_reads_cleanly(layout(t, options, estimate), t, options)


@pytest.fixture(scope="module")
def events() -> Timeline:
    return timeline.load(EVENTS_FILE)


@pytest.mark.parametrize("width", [3.5, 6.5, 10.0, 16.0])
def test_the_example_file_has_break_notes_that_never_run_together(
    events: Timeline, width: float
) -> None:
    """At 3.5 in they read '71 ye6rweeks 9 months'."""
    options = Options(width=width)
    drawing = layout(events, options, estimate)
    check_the_axis_reads_cleanly(drawing, events, options)
    assert len(drawing.axis.breaks) <= 1 + width // 3
    assert drawing.axis.ticks


def test_the_example_file_keeps_its_three_breaks_at_the_default_width(events: Timeline) -> None:
    drawing = layout(events, Options(), FontMeasure())
    notes = [gap.text.text for gap in drawing.axis.breaks]
    assert notes == ["71 years", "6 weeks", "9 months"]
    march = [tick.text.text for tick in drawing.axis.ticks if "Mar 2021" in tick.text.text]
    assert march  # the busy week's stretch names its month and year


def one_lane(*dates: str) -> Timeline:
    country = {"AA": Country("AA", "A")}
    found = tuple(
        Event(f"e{i}", f"Event {i}", timeline.parse_edtf(text), "meeting", "held", (), ("AA",))
        for i, text in enumerate(dates)
    )
    return Timeline(found, country, {}, {})


@pytest.mark.parametrize(
    "dates", [("9999",), ("XXXX",), ("0001/9999",), ("2021-03-16", "9999-12-31"), ("99XX",)]
)
@pytest.mark.parametrize("width", [3.5, 10.0])
def test_events_in_the_last_years_of_the_calendar_lay_out(dates: tuple[str], width: float) -> None:
    """They raised OverflowError (a datetime past year 9999) while making ticks."""
    t = one_lane(*dates)
    options = Options(width=width)
    drawing = layout(t, options, estimate)
    assert drawing.axis.ticks
    check_the_axis_reads_cleanly(drawing, t, options)


def test_sequence_ticks_give_dates_only_as_precisely_as_they_are_known() -> None:
    """An event dated 2019 was ticked '1 Jan 2019'."""
    t = one_lane("2019", "2021-03~", "2021-03-16?", "[2021-04-01..2021-04-15]")
    drawing = layout(t, Options(scale="sequence", width=10), estimate)
    texts = [tick.text.text for tick in drawing.axis.ticks]
    assert texts == ["2019", "Mar 2021", "16 Mar 2021", "1–15 Apr 2021"]
