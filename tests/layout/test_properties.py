"""Properties of the layout for random timelines: what a reader of the figure would notice."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from timeline.layout import Options, layout
from timeline.layout.frame import height_limit
from timeline.layout.geometry import Box, Layout, TextBlock
from timeline.layout.measure import FontMeasure, estimate
from timeline.model.timeline import KINDS, STATUSES, Actor, Country, Event, Timeline

from ..conftest import EVENTS_FILE

CODES = [f"C{index}" for index in range(40)]
DATES = ["{d}", "{d}~", "{d}?", "{m}", "{y}", "{d}/{d2}", "[{d}..{d2}]"]


@st.composite
def timelines(draw) -> Timeline:  # type: ignore[no-untyped-def]
    """Random timelines: 1-40 events over up to six countries, dates of every precision."""
    countries = {
        code: Country(code, f"Country {code}")
        for code in CODES[: draw(st.sampled_from([1, 2, 3, 6, 12, 40]))]
    }
    actors = {
        f"p{i}": Actor(f"p{i}", f"Person {i}", draw(st.sampled_from(sorted(countries))), "role")
        for i in range(draw(st.integers(0, 6)))
    }
    events = []
    base = draw(st.sampled_from([date(1910, 1, 1), date(2021, 3, 1)]))
    for index in range(draw(st.integers(1, 40))):
        # Same-day pile-ups, a busy month, and years of scattered events.
        offset = st.one_of(st.just(3), st.integers(0, 20), st.integers(0, 4000))
        start = base + timedelta(days=draw(offset))
        end = start + timedelta(days=draw(st.integers(1, 30)))
        text = draw(st.sampled_from(DATES)).format(
            d=start.isoformat(), d2=end.isoformat(), m=start.isoformat()[:7], y=start.year
        )
        chosen_actors = (
            tuple(draw(st.sets(st.sampled_from(sorted(actors)), max_size=3))) if actors else ()
        )
        own = {actors[a].country for a in chosen_actors}
        extra = draw(
            st.sets(st.sampled_from(sorted(countries)), min_size=0 if own else 1, max_size=3)
        )
        order = list(countries)
        events.append(
            Event(
                id=f"e{index}",
                title=draw(st.text(alphabet="abcdefgh ijk$LMNO–", min_size=1, max_size=60)).strip()
                or "x",
                when=timeline.parse_edtf(text),
                kind=draw(st.sampled_from(KINDS)),
                status=draw(st.sampled_from(STATUSES)),
                actors=chosen_actors,
                countries=tuple(sorted(own | extra, key=order.index)),
            )
        )
    events.sort(key=lambda event: event.when.sort_key())
    return Timeline(tuple(events), countries, actors, {}, "A random timeline")


OPTIONS = st.builds(
    Options,
    lanes=st.sampled_from(["country", "actor", "country/actor"]),
    scale=st.sampled_from(["time", "sequence"]),
    width=st.sampled_from([3.0, 3.5, 4.0, 6.5, 7.0, 10.0, 16.0, 20.0]),
    max_height=st.sampled_from([None, 6.0, 9.0]),
    font_size=st.sampled_from([6.0, 8.0, 10.0]),
)


@settings(max_examples=150)
@given(timelines(), OPTIONS)
def test_random_timelines_lay_out_as_a_reader_expects(t: Timeline, options: Options) -> None:
    """One layout per example, checked for everything a reader would notice at once."""
    drawing = layout(t, options, estimate)
    check_labels_never_overlap_each_other_or_another_events_mark(drawing)
    check_every_mark_is_drawn_within_the_room_kept_for_it(drawing)
    check_everything_lies_inside_the_canvas(drawing)
    check_order_in_time_is_kept_within_every_lane(drawing, t, options)
    check_every_event_is_drawn_in_each_of_its_lanes_and_joined_across_them(drawing, t)
    check_the_size_is_the_one_asked_for(drawing, options)
    check_every_event_is_labelled_numbered_or_counted_in_the_note(drawing, t)


def check_the_size_is_the_one_asked_for(drawing: Layout, options: Options) -> None:
    assert drawing.width == options.width * 72
    assert drawing.height <= height_limit(options.width, options.max_height) * 72 + 0.01


def check_every_event_is_labelled_numbered_or_counted_in_the_note(
    drawing: Layout, t: Timeline
) -> None:
    key = [block.text for block in drawing.texts if block.role == "key"]
    for label in drawing.labels:
        if label.number is not None:
            assert str(label.number) in key and label.text.text == str(label.number)
    assert len(drawing.labels) + drawing.unlabelled == len(t.events)
    note = " ".join(block.text for block in drawing.texts if block.role == "note")
    if drawing.unlabelled:
        assert f"{drawing.unlabelled:,} of {len(t.events):,} events carry no label" in note
    else:
        assert "carry no label" not in note


def check_labels_never_overlap_each_other_or_another_events_mark(drawing: Layout) -> None:
    labels = sorted(drawing.labels, key=lambda label: label.box.x0)
    for index, label in enumerate(labels):
        for other in labels[index + 1 :]:
            assert not label.box.overlaps(other.box), (label, other)
        for mark in drawing.marks:
            if mark.event != label.event:
                assert not label.box.overlaps(mark.box), (label, mark)


def check_every_mark_is_drawn_within_the_room_kept_for_it(drawing: Layout) -> None:
    """Halo, bar, whisker and marker inside the box that labels keep clear of."""
    for mark in drawing.marks:
        parts = [_disc(mark.x, mark.y, mark.size)]
        parts += [_disc(mark.x, mark.y, mark.halo)] if mark.halo else []
        parts += [mark.bar] if mark.bar else []
        parts += [Box(a[0], a[1], b[0], b[1]) for a, b in mark.whisker]
        for part in parts if mark.shape == "point" else parts[1:]:
            assert mark.box.contains(part), (mark, part)


def _disc(x: float, y: float, diameter: float) -> Box:
    return Box(x - diameter / 2, y - diameter / 2, x + diameter / 2, y + diameter / 2)


def check_everything_lies_inside_the_canvas(drawing: Layout) -> None:
    canvas = Box(0, 0, drawing.width, drawing.height)
    for box in [m.box for m in drawing.marks] + [label.box for label in drawing.labels]:
        assert canvas.contains(box), box
    for block in drawing.text_blocks():
        assert canvas.contains(_text_box(block)), block
    for lane in drawing.lanes:
        assert canvas.contains(lane.box)


def check_order_in_time_is_kept_within_every_lane(
    drawing: Layout, t: Timeline, options: Options
) -> None:
    position = {event.id: index for index, event in enumerate(t.events)}
    by_lane: dict[int, list] = {}
    for mark in drawing.marks:
        by_lane.setdefault(mark.lane, []).append(mark)
    for marks in by_lane.values():
        marks.sort(key=lambda mark: position[mark.event])
        centres = [mark.x for mark in marks]
        if options.scale == "sequence":
            assert centres == sorted(centres)
        else:
            # In time order, by the middle of each event's possible dates.
            middles = [sum(_days(t.event(m.event))) / 2 for m in marks]
            pairs = sorted(zip(middles, centres, strict=True))
            assert [c for _, c in pairs] == sorted(c for _, c in pairs)


def check_every_event_is_drawn_in_each_of_its_lanes_and_joined_across_them(
    drawing: Layout, t: Timeline
) -> None:
    marks: dict[str, list] = {}
    for mark in drawing.marks:
        marks.setdefault(mark.event, []).append(mark)
    if drawing.density:
        # Dense: the labelled events are marked; every event is counted in its lanes' strips.
        assert set(marks) == {label.event for label in drawing.labels}
        assert sum(density.count for density in drawing.density) >= len(t.events)
        assert all(0 < density.level <= 1 for density in drawing.density if density.count)
    else:
        assert set(marks) == {event.id for event in t.events}
    connectors = {connector.event: connector for connector in drawing.connectors}
    for event_id, event_marks in marks.items():
        assert len({m.lane for m in event_marks}) == len(event_marks)
        if len(event_marks) == 1:
            assert event_id not in connectors
            continue
        joint = connectors[event_id]
        assert joint.y0 == min(m.y for m in event_marks) and joint.y1 == max(
            m.y for m in event_marks
        )
        for mark in event_marks:
            assert mark.box.x0 <= joint.x <= mark.box.x1
    # Every event has a label or is counted as unlabelled; none is dropped silently.
    assert len(drawing.labels) + drawing.unlabelled == len(t.events)


def _text_box(block: TextBlock) -> Box:
    """The room a piece of text takes, by the same estimate the layout measured it with."""
    width, height = estimate(block.text, block.size, block.bold)
    x0 = block.x - width / 2 if block.align == "center" else block.x
    y0 = block.y if block.anchor == "top" else block.y - height / 2
    return Box(x0, y0, x0 + width, y0 + height)


def _days(event: Event) -> tuple[float, float]:
    from timeline.layout.scale import days

    start, end = event.when.sort_key()
    return days(start), days(end)


@pytest.fixture(scope="module")
def events() -> Timeline:
    return timeline.load(EVENTS_FILE)


def test_the_default_figure_labels_every_event_in_words(events: Timeline) -> None:
    drawing = layout(events, Options(), FontMeasure())
    assert drawing.unlabelled == 0
    assert all(label.number is None for label in drawing.labels)
    assert {label.text.text for label in drawing.labels} == {event.title for event in events.events}


def test_long_empty_gaps_become_axis_breaks_that_state_the_gap(events: Timeline) -> None:
    drawing = layout(events, Options(), FontMeasure())
    assert [gap.text.text for gap in drawing.axis.breaks] == ["71 years", "6 weeks", "9 months"]


def test_a_quad_summit_joins_four_country_lanes(events: Timeline) -> None:
    drawing = layout(events, Options(), FontMeasure())
    lanes = [lane.key for lane in drawing.lanes]
    quad = [lanes[m.lane] for m in drawing.marks if m.event == "quad-leaders-summit"]
    assert sorted(quad) == ["AU", "IN", "JP", "US"]
    assert any(c.event == "quad-leaders-summit" for c in drawing.connectors)


def test_lanes_follow_the_declared_order_and_empty_lanes_are_left_out(events: Timeline) -> None:
    drawing = layout(
        events.with_events(e for e in events.events if "KP" not in e.countries), Options()
    )
    assert [lane.key for lane in drawing.lanes] == ["US", "JP", "KR", "CN", "IN", "AU", "MM"]


def test_person_lanes_nest_under_their_country_heading(events: Timeline) -> None:
    drawing = layout(events, Options(lanes="country/actor"))
    keys = [lane.key for lane in drawing.lanes]
    assert keys[:3] == ["US#", "trump", "biden"]
    assert "CN:" in keys  # a Chinese statement with no named person has a lane of its own
    assert drawing.lanes[0].header
    assert [line.text for line in drawing.lanes[0].name] == ["United States"]


def test_crowded_labels_become_numbers_with_a_key_before_any_is_dropped(events: Timeline) -> None:
    drawing = layout(events, Options(width=10, max_height=8), FontMeasure())
    numbered = [label for label in drawing.labels if label.number is not None]
    assert len(numbered) >= 10 and drawing.unlabelled <= 2
    key = [block.text for block in drawing.texts if block.role == "key"]
    for label in numbered:
        assert str(label.number) in key


def test_too_many_events_to_label_says_how_many_on_the_figure() -> None:
    country = {"AA": Country("AA", "A")}
    many = tuple(
        Event(
            f"e{i}",
            f"Event number {i} of many",
            timeline.parse_edtf("2021-03-16"),
            "meeting",
            "held",
            (),
            ("AA",),
        )
        for i in range(300)
    )
    drawing = layout(Timeline(many, country, {}, {}), Options(max_height=5), FontMeasure())
    assert drawing.unlabelled > 0
    notes = " ".join(block.text for block in drawing.texts if block.role == "note")
    assert f"{drawing.unlabelled:,} of 300 events carry no label" in notes
