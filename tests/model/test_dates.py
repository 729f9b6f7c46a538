"""The EDTF subset: bounds, precision, certainty, strictness, and human-typed dates."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.model.dates import DateParseError, describe, parse_edtf, parse_user_date

days = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@pytest.mark.parametrize(
    "text, start, end, precision, certainty",
    [
        ("2021-03-16", date(2021, 3, 16), date(2021, 3, 16), "day", "exact"),
        ("2021-02", date(2021, 2, 1), date(2021, 2, 28), "month", "exact"),
        ("2020-02", date(2020, 2, 1), date(2020, 2, 29), "month", "exact"),
        ("2019", date(2019, 1, 1), date(2019, 12, 31), "year", "exact"),
        ("2021-03-18~", date(2021, 3, 18), date(2021, 3, 18), "day", "approximate"),
        ("2021-03-16?", date(2021, 3, 16), date(2021, 3, 16), "day", "uncertain"),
        ("2021-03%", date(2021, 3, 1), date(2021, 3, 31), "month", "approximate-uncertain"),
        ("2021-03-17/2021-03-18", date(2021, 3, 17), date(2021, 3, 18), "range", "exact"),
        ("1910/1945", date(1910, 1, 1), date(1945, 12, 31), "range", "exact"),
        ("2021-04-01~/2021-04-15", date(2021, 4, 1), date(2021, 4, 15), "range", "approximate"),
        ("[2021-04-01..2021-04-15]", date(2021, 4, 1), date(2021, 4, 15), "window", "exact"),
        ("2021-03-1X", date(2021, 3, 10), date(2021, 3, 19), "window", "exact"),
        ("2021-02-XX", date(2021, 2, 1), date(2021, 2, 28), "month", "exact"),
        ("202X", date(2020, 1, 1), date(2029, 12, 31), "window", "exact"),
        ("2021-04-3X", date(2021, 4, 30), date(2021, 4, 30), "window", "exact"),
        ("0602", date(602, 1, 1), date(602, 12, 31), "year", "exact"),
        ("2021-XX", date(2021, 1, 1), date(2021, 12, 31), "year", "exact"),
        ("2021-XX-XX", date(2021, 1, 1), date(2021, 12, 31), "year", "exact"),
        ("XXXX", date(1, 1, 1), date(9999, 12, 31), "window", "exact"),
        ("0XXX", date(1, 1, 1), date(999, 12, 31), "window", "exact"),
        ("2021-03-16/2021-03-16", date(2021, 3, 16), date(2021, 3, 16), "range", "exact"),
    ],
)
def test_bounds_precision_and_certainty(text, start, end, precision, certainty):
    when = parse_edtf(text)
    assert (when.start, when.end, when.precision, when.certainty) == (
        start,
        end,
        precision,
        certainty,
    )
    assert when.text == text


def test_a_time_of_day_is_a_wall_clock_time_that_keeps_its_day():
    when = parse_edtf("2021-03-18T23:30").with_timezone("America/Anchorage")
    assert when.start == datetime(2021, 3, 18, 23, 30)
    assert when.precision == "time"
    assert when.iso_start() == "2021-03-18T23:30:00-08:00"


def test_a_date_without_time_never_moves_whatever_the_time_zone(monkeypatch):
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    when = parse_edtf("2021-03-16")
    assert when.iso_start() == when.iso_end() == "2021-03-16"


@pytest.mark.parametrize(
    "text, message",
    [
        ("2021-02-30", "2021-02-30 is not a date: February 2021 has 28 days"),
        ("2021-02-29", "February 2021 has 28 days"),
        ("2021-04-31", "April 2021 has 30 days"),
        ("2021-13", "there is no month 13"),
        ("2021-00-10", "there is no month 00"),
        ("2021-03-16T24:00", "24:00 is not a time of day"),
        ("2021-03-16T10:00:60", "10:00:60 is not a time of day"),
        ("2021-XX-05", "a day cannot be given when the month has unspecified digits"),
        ("2021-03-18/2021-03-16", "ends (2021-03-16) before it starts (2021-03-18)"),
        ("[2021-04-15..2021-04-01]", "before it starts"),
        ("2021-03-16/..", "open or unknown interval ends are not supported"),
        ("2021-3-16", "did you mean 2021-03-16?"),
        ("16 March 2021", "did you mean 2021-03-16?"),
        ("March 2021", "did you mean 2021-03?"),
        ("next tuesday-ish", "is not an EDTF date"),
        ("2021-03-16T10:00+09:00", "IANA name"),
        ("{2021-03-16,2021-03-18}", "not supported"),
        ("", "empty"),
    ],
)
def test_invalid_dates_are_refused_with_a_reason(text, message):
    with pytest.raises(DateParseError, match=re.escape(message)):
        parse_edtf(text)


@given(days)
def test_every_real_day_parses_to_itself(day):
    when = parse_edtf(f"{day.year:04d}-{day.month:02d}-{day.day:02d}")
    assert when.start == when.end == day
    assert when.precision == "day"


@given(st.integers(1, 9999), st.integers(1, 12), st.integers(29, 31))
def test_days_past_the_end_of_the_month_are_refused(year, month, day):
    text = f"{year:04d}-{month:02d}-{day:02d}"
    if day <= calendar.monthrange(year, month)[1]:
        assert parse_edtf(text).start == date(year, month, day)
    else:
        with pytest.raises(DateParseError, match="is not a date"):
            parse_edtf(text)


@given(days, days, st.sampled_from(["", "~", "?", "%"]))
def test_an_interval_covers_exactly_its_two_days(first, second, qualifier):
    first, second = sorted((first, second))
    text = f"{first.isoformat()}{qualifier}/{second.isoformat()}"
    when = parse_edtf(text)
    assert (when.start, when.end, when.precision) == (first, second, "range")
    assert when.approximate == (qualifier in "~%" and qualifier != "")
    assert when.uncertain == (qualifier in "?%" and qualifier != "")


@given(days)
def test_month_precision_spans_the_whole_month(day):
    when = parse_edtf(f"{day.year:04d}-{day.month:02d}")
    assert when.start == day.replace(day=1)
    assert when.end.day == calendar.monthrange(day.year, day.month)[1]  # the month's last day
    assert when.start <= day <= when.end


@given(days.filter(lambda d: d.year >= 1000))
def test_dates_typed_the_way_people_write_them_become_canonical(day):
    typed = f"{day.day} {calendar.month_name[day.month]} {day.year}"
    assert parse_user_date(typed).text == day.isoformat()


@given(days.filter(lambda d: d.year >= 1000), st.sampled_from(["", "~", "?"]))
def test_describe_names_the_day_and_the_looseness(day, qualifier):
    text = describe(parse_edtf(day.isoformat() + qualifier))
    assert str(day.year) in text and str(day.day) in text
    assert text.startswith("about ") == (qualifier == "~")
    assert text.endswith("?") == (qualifier == "?")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2021-03-16T10:00/2021-03-16T12:30", "16 Mar 2021 10:00–12:30"),
        ("[2021-03-16T10:00..2021-03-16T12:00]", "between 16 Mar 2021 10:00 and 12:00"),
        ("2021-03-16/2021-03-16", "16 Mar 2021"),
        ("2021-03-31/2021-04-02", "31 Mar–2 Apr 2021"),
        ("2021-12-31/2022-01-01", "31 Dec 2021–1 Jan 2022"),
        ("2021-XX", "2021"),
    ],
)
def test_describe_spans(text, expected):
    assert describe(parse_edtf(text)) == expected


def test_a_time_zone_in_a_typed_date_is_refused_not_dropped():
    for typed in ("2021-03-16T10:00+09:00", "16 March 2021 10:00 JST"):
        with pytest.raises(DateParseError, match="without a time zone"):
            parse_user_date(typed)


def test_people_may_type_a_month_or_a_year_and_get_the_whole_of_it():
    assert parse_user_date("March 2021").precision == "month"
    assert parse_user_date("2021").precision == "year"
    assert parse_user_date("2021-03-16").precision == "day"
    with pytest.raises(DateParseError, match="no year"):
        parse_user_date("16 March")


def test_sort_key_orders_days_times_and_ranges_on_one_calendar():
    texts = ["2021-03-17", "2021-03-16T23:59", "2021-03-16/2021-03-18", "2021-03-16", "2021-03"]
    ordered = sorted(texts, key=lambda text: parse_edtf(text).sort_key())
    assert ordered == [
        "2021-03",
        "2021-03-16",
        "2021-03-16/2021-03-18",
        "2021-03-16T23:59",
        "2021-03-17",
    ]


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("early April 2021", "[2021-04-01..2021-04-10]"),
        ("mid-April 2021", "[2021-04-11..2021-04-20]"),
        ("late April 2021", "[2021-04-21..2021-04-30]"),
        ("late February 2020", "[2020-02-21..2020-02-29]"),
        ("the first half of April 2021", "[2021-04-01..2021-04-15]"),
        ("second half of April 2021", "[2021-04-16..2021-04-30]"),
        ("early 2021", "[2021-01..2021-04]"),
        ("Late 2021", "[2021-09..2021-12]"),
        ("about 16 March 2021", "2021-03-16~"),
        ("around March 2021", "2021-03~"),
        ("circa 1910", "1910~"),
        ("[2021-04-01 .. 2021-04-15]", "[2021-04-01..2021-04-15]"),
    ],
)
def test_parts_of_months_and_years_become_windows_in_canonical_edtf(typed, stored):
    when = parse_user_date(typed)
    assert when.text == stored
    assert parse_edtf(stored) == when  # what is stored reads back as the same date


@given(days.filter(lambda d: d.year >= 1000))
def test_the_parts_of_a_month_cover_each_day_exactly_once(day):
    month = f"{calendar.month_name[day.month]} {day.year}"
    parts = [parse_user_date(f"{part} {month}") for part in ("early", "mid", "late")]
    assert sum(when.start <= day <= when.end for when in parts) == 1


@pytest.mark.parametrize(
    "typed, message",
    [
        ("early 16 March 2021", "'early' goes with a month or a year"),
        ("about 2021-03-16/2021-03-18", "'about' goes with a day, a month or a year"),
    ],
)
def test_parts_and_about_refuse_what_they_cannot_mean(typed, message):
    with pytest.raises(DateParseError, match=message):
        parse_user_date(typed)


@pytest.mark.parametrize(
    "typed, message",
    [
        ("1 January 1", "'1 January 1': the year is unclear; write it with four digits"),
        ("circa 44", "the year is unclear"),
        ("16 Mar 21", "the year is unclear"),
        ("03/04/2021", "could be 3 April or 4 March; write 2021-04-03 or 2021-03-04"),
        ("-0044-03-15", "years before AD 1 are not supported"),
        ("2021-03-00", "there is no day 00"),
        ("2021-21", "seasons (EDTF months 21-41) are not supported"),
        ("about about 2021", "is not an EDTF date"),
        ("early about April 2021", "is not an EDTF date"),
        (" ".join(["about"] * 3000) + " 2021", "a date is at most 100 characters"),
    ],
)
def test_a_typed_date_is_never_guessed_into_another_date(typed, message):
    """What dateutil would read as some other date (2001, 2044, AD 44) is refused, saying why."""
    with pytest.raises(DateParseError) as caught:
        parse_user_date(typed)
    assert message in str(caught.value)


@pytest.mark.parametrize(
    "text, message",
    [
        ("2021-03-00", "2021-03-00 is not a date: there is no day 00"),
        ("2021-00", "there is no month 00"),
        ("2021-24", "seasons (EDTF months 21-41) are not supported"),
        ("-0044-03-15", "years before AD 1 are not supported"),
    ],
)
def test_edtf_the_subset_leaves_out_is_refused_in_words(text, message):
    with pytest.raises(DateParseError, match=re.escape(message)):
        parse_edtf(text)


@given(st.text(max_size=40))
def test_any_typed_text_is_a_date_or_a_date_parse_error(typed):
    try:
        when = parse_user_date(typed)
    except DateParseError:
        return
    assert parse_edtf(when.text) == when  # what would be stored reads back as the same date
