"""The time scale: stretches in time order, few and sensible breaks, widths a reader trusts."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.layout.scale import (
    MAX_BREAKS,
    MIN_SEGMENT,
    ROOM_PER_BREAK,
    TimeScale,
    chronological,
    gap_text,
    gap_texts,
)

BREAK = 12.0
FIRST, LAST = float(date.min.toordinal()), float(date.max.toordinal() + 1)


def day(text: str) -> float:
    return float(date.fromisoformat(text).toordinal())


def whole_day(text: str) -> tuple[float, float]:
    return day(text), day(text) + 1


def year(number: int) -> tuple[float, float]:
    return float(date(number, 1, 1).toordinal()), float(date(number, 12, 31).toordinal() + 1)


@st.composite
def spans(draw) -> list[tuple[float, float]]:  # type: ignore[no-untyped-def]
    """Events anywhere in years 1-9999: pile-ups on one day, busy weeks, long periods."""
    base = draw(st.floats(FIRST, LAST - 1))
    reach = draw(st.sampled_from([1.0, 30.0, 3000.0, 400_000.0, LAST]))
    result = []
    for _ in range(draw(st.integers(1, 60))):
        start = min(LAST - 1, base + draw(st.floats(0, reach)))
        length = draw(st.sampled_from([0.0, 1.0, 3.0, 365.0, 20_000.0]))
        result.append((start, min(LAST, start + length)))
    if draw(st.booleans()):  # a crowd on one day
        result += [(base, base + 1.0)] * draw(st.integers(1, 30))
    return result


def usable_widths(scale: TimeScale) -> list[float]:
    return [segment.x1 - segment.x0 for segment in scale.segments]


@settings(max_examples=300, deadline=None)
@given(spans(), st.floats(20, 1500))
def test_stretches_keep_time_in_order_and_never_overlap(
    events: list[tuple[float, float]], width: float
) -> None:
    scale = chronological(events, 0, width, BREAK)
    segments = scale.segments
    for before, after in pairwise(segments):
        assert before.end <= after.start, (before, after)  # in time
        assert before.last < after.first
        assert before.x1 + BREAK - 1e-6 <= after.x0, (before, after)  # in x, a break apart
    assert segments[0].x0 >= -1e-6 and segments[-1].x1 <= width + 1e-6
    # Every event lies inside one stretch.
    for start, end in events:
        assert any(s.first <= start and end <= s.last for s in segments), (start, end)
    # And x never runs backwards, anywhere on the scale.
    times = sorted({t for span in events for t in span} | {s.start for s in segments}
                   | {s.end for s in segments} | {FIRST - 10, LAST + 10})  # fmt: skip
    xs = scale.xs(times)
    assert xs == sorted(xs)
    assert [scale.x(t) for t in times] == xs


@settings(max_examples=300, deadline=None)
@given(spans(), st.floats(20, 1500))
def test_breaks_are_few_and_stretches_are_wide_enough_to_read(
    events: list[tuple[float, float]], width: float
) -> None:
    scale = chronological(events, 0, width, BREAK)
    breaks = len(scale.segments) - 1
    assert breaks <= min(MAX_BREAKS, width // ROOM_PER_BREAK)
    widths = usable_widths(scale)
    assert min(widths) >= min(MIN_SEGMENT, (width - BREAK * breaks) / len(widths)) - 1e-6
    # A stretch with more events and no shorter span is never the narrower.
    for a in scale.segments:
        for b in scale.segments:
            if a.count >= b.count and a.last - a.first >= b.last - b.first:
                assert a.x1 - a.x0 >= b.x1 - b.x0 - 1e-6


def test_the_1901_to_1940_collection_runs_forward() -> None:
    """TimelineJS all-media-types: year-only dates 1901-1930 and one in 1940. The stretches
    overlapped (each padded by 4% of a 30-year span) and 1940 was drawn before 1930."""
    events = [year(y) for y in range(1901, 1931)] + [year(1904)] * 3 + [year(1940)]
    scale = chronological(events, 0, 600, BREAK)
    assert len(scale.segments) == 2  # the nine empty years are cut out, nothing else
    middles = [(s + e) / 2 for s, e in sorted(events)]
    xs = scale.xs(middles)
    assert xs == sorted(xs)
    assert scale.x(year(1940)[0] + 180) > scale.x(year(1930)[0] + 180) + BREAK


def test_scattered_trips_over_sixteen_years_keep_one_axis() -> None:
    """A trip of a few days every three to five months, 2009-2025: no lull is a sizeable
    share of sixteen years, so there is no break at all (there were 17)."""
    events = []
    start = day("2009-02-19")
    while start < day("2025-01-01"):
        events += [(start, start + 2), (start + 2, start + 4), (start + 4, start + 5)]
        start += 95 + (start * 7) % 60
    for width in (100, 300, 600, 1000):
        assert len(chronological(events, 0, width, BREAK).segments) == 1


def test_a_busy_stretch_after_a_year_without_trips_gets_the_room_it_needs() -> None:
    """A quiet decade, a year with no trips, then four busy years: one break, and the busy
    years are wider than the quiet decade."""
    quiet = [whole_day(f"{y}-{m:02d}-10") for y in range(2009, 2019) for m in (3, 9)]
    busy = [(day("2021-03-01") + d, day("2021-03-01") + d + 2) for d in range(0, 1400, 6)]
    scale = chronological(quiet + busy, 0, 600, BREAK)
    assert len(scale.segments) == 2
    decade, years = scale.segments
    assert years.x1 - years.x0 > 1.5 * (decade.x1 - decade.x0)


def test_a_busy_week_is_far_wider_than_a_lone_day_or_a_long_period() -> None:
    """events.yaml in short: a 35-year period, a 4-year one, a busy March week, one day a
    year later. The week gets most of the width; every stretch gets some."""
    events = [(year(1910)[0], year(1945)[1]), (day("2017-01-01"), day("2021-02-01"))]
    events += [whole_day("2019-06-01"), whole_day("2021-01-15")]
    events += [whole_day(f"2021-03-{d}") for d in (12, 16, 16, 16, 16, 17, 17, 18, 18, 18)] * 2
    events += [whole_day("2022-01-21")] * 3
    scale = chronological(events, 0, 600, BREAK)
    widths = usable_widths(scale)
    assert len(widths) == 4
    assert widths[2] == max(widths) and widths[2] > 0.5 * sum(widths)
    assert min(widths) >= MIN_SEGMENT - 1e-6


def test_a_narrow_plot_gets_fewer_breaks() -> None:
    events = [whole_day("1910-01-01"), whole_day("1960-01-01"), whole_day("2021-03-16")]
    events += [whole_day("2021-03-17")] * 5 + [whole_day("2022-01-21")]
    counts = [len(chronological(events, 0, w, BREAK).segments) - 1 for w in (50, 100, 1000)]
    assert counts[0] == 0 and counts[0] <= counts[1] <= counts[2] <= MAX_BREAKS


def test_a_single_event_and_a_single_moment_fill_one_stretch() -> None:
    for events in ([whole_day("2021-03-16")], [(day("2021-03-16") + 0.4,) * 2], []):
        scale = chronological(events, 10, 300, BREAK)  # type: ignore[arg-type]
        assert len(scale.segments) == 1
        assert 10 <= scale.x(day("2021-03-16") + 0.5) <= 300


def test_the_end_of_time_maps_inside_the_plot() -> None:
    events = [(FIRST, LAST), year(9999), (LAST - 1, LAST)]
    scale = chronological(events, 0, 500, BREAK)
    assert 0 <= scale.x(FIRST) <= scale.x(LAST - 0.5) <= 500


def test_gap_notes_in_words_and_abbreviated() -> None:
    assert gap_text(0, 26_000) == "71 years"
    assert gap_texts(0, 26_000) == ("71 years", "71 yrs")
    assert gap_texts(0, 40) == ("6 weeks", "6 wk")
    assert gap_texts(0, 365) == ("12 months", "12 mo")
    assert gap_texts(0, 0.1) == ("2 hours", "2 h")
