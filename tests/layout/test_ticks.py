"""Date ticks: round dates a reader counts by, over the events, and never on top of each other."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.layout.measure import estimate
from timeline.layout.ticks import date_ticks

SIZE = 7.2
FIRST, LAST = float(date.min.toordinal()), float(date.max.toordinal() + 1)


def day(text: str) -> float:
    return float(date.fromisoformat(text).toordinal())


def stretch(first: float, last: float, x0: float, x1: float, pad: float = 5.0):  # type: ignore[no-untyped-def]
    """Ticks for events from ``first`` to ``last`` drawn between x0 and x1, padded as the
    scale pads them, with the bounds the axis gives a stretch between two breaks; and the
    day number at a given x."""
    span = last - first
    reach = span * pad / (x1 - x0 - 2 * pad) if span > 0 else 0.5
    start, end = first - reach, last + reach

    def x(t: float) -> float:
        return x0 + (t - start) * (x1 - x0) / (end - start)

    def t_of(at: float) -> float:
        return start + (at - x0) * (end - start) / (x1 - x0)

    ticks = date_ticks(start, end, x, estimate, SIZE, (x0 - 3, x1 + 3), within=(first, last))
    return ticks, t_of, x


def moment(t: float) -> datetime:
    return datetime.fromordinal(int(t)) + timedelta(days=t % 1)


def test_a_year_of_events_is_ticked_at_month_starts_and_named_in_full() -> None:
    """It showed '1 Sep 2014' and '15' only."""
    ticks, t_of, _ = stretch(day("2014-01-03"), day("2014-12-20") + 1, 0, 300)
    texts = [text for _, text, _ in ticks]
    assert len(ticks) >= 4
    assert texts[0].endswith("2014") and not texts[0][0].isdigit()  # "Feb 2014", a month
    assert all(moment(t_of(x)).day == 1 for x, _, _ in ticks)


def test_a_busy_week_is_ticked_on_its_own_days() -> None:
    """Every event on 16-18 March: it showed '22 Mar' and '29', days with no event."""
    ticks, t_of, _ = stretch(day("2021-03-16"), day("2021-03-18") + 1, 0, 200)
    assert [text for _, text, _ in ticks] == ["16 Mar 2021", "17", "18"]
    narrow, t_of, _ = stretch(day("2021-03-16"), day("2021-03-18") + 1, 0, 40)
    assert [text for _, text, _ in narrow] in (["Mar 2021"], ["2021"])
    assert day("2021-03-16") <= t_of(narrow[0][0]) <= day("2021-03-19")


def test_an_event_dated_to_a_year_is_not_ticked_with_a_month() -> None:
    ticks, _, _ = stretch(day("1940-01-01"), day("1941-01-01"), 0, 40)
    assert [text for _, text, _ in ticks] == ["1940"]


def test_the_last_years_of_the_calendar_do_not_overflow() -> None:
    for first, last in ((day("9999-01-01"), LAST), (FIRST, LAST), (LAST - 1, LAST)):
        for width in (30, 300, 3000):
            ticks, t_of, _ = stretch(first, last, 0, width)
            assert ticks and all(first - 1e-6 <= t_of(x) <= last + 1e-6 for x, _, _ in ticks)


@settings(max_examples=300, deadline=None)
@given(
    st.floats(FIRST, LAST - 1),
    st.sampled_from([0.0, 0.01, 0.3, 1.0, 3.0, 40.0, 400.0, 4000.0, 40_000.0, LAST]),
    st.floats(12, 1200),
)
def test_ticks_never_overlap_stay_over_the_events_and_say_where_they_are(
    first: float, length: float, width: float
) -> None:
    last = min(LAST, first + length)
    ticks, t_of, x = stretch(first, last, 100, 100 + width)
    right_edge = 100 - 3.0
    for at, text, _ in ticks:
        half = estimate(text, SIZE)[0] / 2
        assert at - half >= right_edge - 1e-6, ticks  # apart, and inside the bounds
        right_edge = at + half
        assert first - 1e-6 <= t_of(at) <= last + 1e-6, (text, moment(t_of(at)))
    assert right_edge <= 100 + width + 3 + 1e-6
    if ticks:  # the first names its year
        assert str(moment(t_of(ticks[0][0]) + 1e-6).year) in ticks[0][1]
    # Wherever a year's number fits over the events, there is a tick.
    if x(last) - x(first) >= estimate("9999", SIZE)[0]:
        assert ticks
