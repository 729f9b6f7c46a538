"""When an event happened: EDTF text in, an interval with a precision out.

Dates in the events file are written in a subset of the Library of Congress Extended
Date/Time Format (EDTF, ISO 8601 plus qualifiers), so that loose dates stay loose:

==========================  =============================================  ===========
EDTF                        meaning                                        precision
==========================  =============================================  ===========
``2021-03-16``              that day                                       day
``2021-03``, ``2021``       some time in that month, that year             month, year
``2021-03-18T15:00``        that time of day (zone: the event's timezone)  time
``2021-03-16~``             about that day (``?`` uncertain, ``%`` both)   day
``2021-03-1X``, ``202X``    unspecified digits: one day in 10-19 March     window
``2021-03-17/2021-03-18``   lasting from the first day to the second       range
``[2021-04-01..2021-04-15]``  one day (or days) within that window         window
==========================  =============================================  ===========

A date without a time is a calendar date and is never converted between time zones, so it
cannot move to another day. Parsing is strict (``2021-3-16`` is refused with a hint), and the
error messages say what is wrong in words.
"""

from __future__ import annotations

import calendar
import re
import warnings
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from functools import cached_property, lru_cache

__all__ = [
    "DateParseError",
    "When",
    "describe",
    "parse_edtf",
    "parse_user_date",
]

MAX_TYPED = 100
"""The most characters a typed date may have: reading free text costs time, and no date
needs more."""

Instant = date | datetime


_DATE = re.compile(
    r"(?P<year>[0-9X]{4})"
    r"(?:-(?P<month>[0-9X]{2})"
    r"(?:-(?P<day>[0-9X]{2})"
    r"(?:T(?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?(?P<offset>Z|[+-]\d{2}(?::?\d{2})?)?)?"
    r")?)?"
    r"(?P<qualifier>[~?%])?"
)
_MONTH_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
_QUALIFIER_CERTAINTY = {"~": (True, False), "?": (False, True), "%": (True, True)}


class DateParseError(ValueError):
    """A date text that is not valid EDTF, or names a day that does not exist."""


@dataclass(frozen=True)
class When:
    """An event's time: the earliest and latest instants it may cover, and how precise it is.

    ``start`` and ``end`` are inclusive. They are ``date`` objects for calendar dates and naive
    ``datetime`` objects (wall-clock time in ``timezone``) when a time of day is given.
    """

    text: str
    start: Instant
    end: Instant
    precision: str
    approximate: bool = False
    uncertain: bool = False
    timezone: str | None = None

    @property
    def certainty(self) -> str:
        """'exact', 'approximate', 'uncertain' or 'approximate-uncertain'."""
        if self.approximate and self.uncertain:
            return "approximate-uncertain"
        if self.approximate:
            return "approximate"
        if self.uncertain:
            return "uncertain"
        return "exact"

    @property
    def has_time(self) -> bool:
        return isinstance(self.start, datetime) or isinstance(self.end, datetime)

    def iso_start(self) -> str:
        return _iso(self.start, self.timezone)

    def iso_end(self) -> str:
        return _iso(self.end, self.timezone)

    def sort_key(self) -> tuple[datetime, datetime]:
        """Chronological order: by start, then end, on each event's own calendar."""
        return self._sort_key

    @cached_property
    def _sort_key(self) -> tuple[datetime, datetime]:
        # Asked for by every stage, of Whens a large file shares between many events.
        return (_as_datetime(self.start), _as_datetime(self.end, end=True))

    def with_timezone(self, name: str | None) -> When:
        return replace(self, timezone=name)


def parse_edtf(text: str) -> When:
    """Parse the EDTF subset described in the module docstring.

    >>> w = parse_edtf("2021-03-16")
    >>> (w.start, w.end, w.precision, w.certainty)
    (datetime.date(2021, 3, 16), datetime.date(2021, 3, 16), 'day', 'exact')
    >>> w = parse_edtf("[2021-04-01..2021-04-15]")
    >>> (w.start.isoformat(), w.end.isoformat(), w.precision)
    ('2021-04-01', '2021-04-15', 'window')
    >>> parse_edtf("2021-02").end
    datetime.date(2021, 2, 28)
    >>> parse_edtf("2021-03-18~").certainty
    'approximate'
    >>> parse_edtf("2021-02-30")
    Traceback (most recent call last):
    ...
    timeline.model.dates.DateParseError: 2021-02-30 is not a date: February 2021 has 28 days
    """
    if not isinstance(text, str):
        raise DateParseError(f"a date must be text such as 2021-03-16, not {text!r}")
    text = text.strip()
    if not text:
        raise DateParseError("the date is empty")
    if re.match(r"[-−]\d", text):
        raise DateParseError(
            f"{text}: years before AD 1 are not supported; years run from 0001 to 9999"
        )
    if text.startswith("[") or text.startswith("{"):
        return _parse_set(text)
    if "/" in text:
        return _parse_interval(text)
    return _parse_single(text)


@lru_cache(maxsize=8192)
def _parse_single(text: str) -> When:
    # Cached: the ranges and windows of a large file share their ends, and a When is immutable.
    match = _DATE.fullmatch(text)
    if match is None:
        raise DateParseError(_not_edtf_message(text))
    if match["offset"]:
        raise DateParseError(
            f"{text}: give the time zone as an IANA name in the event's 'timezone' key "
            "(e.g. Asia/Tokyo), not as an offset in the date"
        )
    start, end, precision = _bounds(match, text)
    approximate, uncertain = _QUALIFIER_CERTAINTY.get(match["qualifier"] or "", (False, False))
    return When(text, start, end, precision, approximate, uncertain)


def _parse_interval(text: str) -> When:
    first, _, second = text.partition("/")
    if first in ("", "..") or second in ("", ".."):
        raise DateParseError(
            f"{text}: open or unknown interval ends are not supported; give both dates"
        )
    if "/" in second or not (_DATE.fullmatch(first) and _DATE.fullmatch(second)):
        raise DateParseError(_not_edtf_message(text))
    start, end = _parse_single(first), _parse_single(second)
    _check_order(text, start, end)
    return When(
        text,
        start.start,
        end.end,
        "range",
        start.approximate or end.approximate,
        start.uncertain or end.uncertain,
    )


def _parse_set(text: str) -> When:
    if text.startswith("{"):
        raise DateParseError(
            f"{text}: 'all of' sets {{...}} are not supported; use one event per date"
        )
    inner = text[1:-1] if text.endswith("]") else None
    if inner is None or ".." not in inner or "," in inner:
        raise DateParseError(
            f"{text}: write a window of possible dates as [FIRST..LAST], "
            "e.g. [2021-04-01..2021-04-15]"
        )
    first, _, last = inner.partition("..")
    if not first or not last:
        raise DateParseError(f"{text}: a window [FIRST..LAST] needs both its first and last date")
    start, end = _parse_single(first.strip()), _parse_single(last.strip())
    if start.approximate or start.uncertain or end.approximate or end.uncertain:
        raise DateParseError(f"{text}: the dates of a window [FIRST..LAST] take no ~ ? or %")
    _check_order(text, start, end)
    return When(text, start.start, end.end, "window")


def _check_order(text: str, start: When, end: When) -> None:
    if _as_datetime(end.end, end=True) < _as_datetime(start.start):
        raise DateParseError(
            f"{text}: ends ({end.text.rstrip('~?%')}) before it starts ({start.text.rstrip('~?%')})"
        )


def _bounds(match: re.Match[str], text: str) -> tuple[Instant, Instant, str]:
    """Earliest and latest instant of one EDTF date, and its precision.

    The precision is that of the last part given in full; a part with only some digits
    unspecified (2021-1X) makes a window, and one with all of them (2021-XX) is left out.
    """
    names = ("year", "month", "day")
    parts = [match[name] for name in names if match[name] is not None]
    for index, part in enumerate(parts[:-1]):
        if "X" in part and any(later.strip("X") for later in parts[index + 1 :]):
            raise DateParseError(
                f"{text}: a {names[index + 1]} cannot be given "
                f"when the {names[index]} has unspecified digits"
            )
    if parts[0] == "0000":
        raise DateParseError(f"{text}: year 0000 is not supported; years run from 0001")
    if any("X" in part and part.strip("X") for part in parts):
        precision = "window"
    else:
        given = [part for part in parts if "X" not in part]
        precision = names[len(given) - 1] if given else "window"
    first_year, last_year = _digit_range(parts[0], 1, 9999)
    if match["month"] and "X" not in match["month"] and 21 <= int(match["month"]) <= 41:
        raise DateParseError(
            f"{text}: seasons (EDTF months 21-41) are not supported; give a window of months "
            f"instead, e.g. [{parts[0]}-03..{parts[0]}-05]"
        )
    first_month, last_month = _digit_range(match["month"] or "XX", 1, 12)
    if not 1 <= first_month <= last_month <= 12:
        raise DateParseError(f"{text} is not a date: there is no month {match['month']}")
    first_day, last_day = _digit_range(match["day"] or "XX", 1, 31)
    last_day = min(last_day, calendar.monthrange(last_year, last_month)[1])
    day_text = match["day"] or ""
    if day_text and "X" not in day_text:
        days_in_month = calendar.monthrange(first_year, first_month)[1]
        first_day = int(day_text)
        if first_day == 0:
            raise DateParseError(f"{text[:10]} is not a date: there is no day 00")
        if not first_day <= days_in_month:
            month_name = calendar.month_name[first_month]
            raise DateParseError(
                f"{text[:10]} is not a date: {month_name} {first_year} has {days_in_month} days"
            )
    elif first_day > last_day:
        raise DateParseError(f"{text} is not a date: no day matches {day_text}")
    start = date(first_year, first_month, first_day)
    end = date(last_year, last_month, last_day)
    if match["hour"] is None:
        return start, end, precision
    if precision != "day":
        raise DateParseError(f"{text}: a time of day needs a fully specified date")
    clock = text[11:].rstrip("~?%")
    hour, minute, second = int(match["hour"]), int(match["minute"]), int(match["second"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise DateParseError(f"{text}: {clock} is not a time of day")
    moment = datetime(start.year, start.month, start.day, hour, minute, second)
    return moment, moment, "time"


def _digit_range(digits: str, low: int, high: int) -> tuple[int, int]:
    """The smallest and largest number that digits with X placeholders can stand for.

    >>> _digit_range("1X", 1, 31)
    (10, 19)
    >>> _digit_range("XX", 1, 12)
    (1, 12)
    """
    if digits.strip("X") == "":
        return low, high
    return max(int(digits.replace("X", "0")), low), min(int(digits.replace("X", "9")), high)


def _not_edtf_message(text: str) -> str:
    suggestion = _suggest_edtf(text)
    hint = (
        f"; did you mean {suggestion}?"
        if suggestion
        else " (write e.g. 2021-03-16, 2021-03 or 2021)"
    )
    return f"{text!r} is not an EDTF date{hint}"


def _suggest_edtf(text: str) -> str | None:
    """The canonical EDTF for a date typed the way people write it, if it is one.

    >>> _suggest_edtf("2014-02-2/2014-02-03")
    '2014-02-02/2014-02-03'
    >>> _suggest_edtf("16/03/2021"), _suggest_edtf("03/04/2021")
    ('2021-03-16', None)
    """
    numeric = _NUMERIC.fullmatch(text.strip())
    if text.count("/") == 1 and not numeric:
        parts = [
            _suggest_edtf(part) if not _DATE.fullmatch(part) else part for part in text.split("/")
        ]
        found = [part for part in parts if part]
        return "/".join(found) if len(found) == len(parts) else None
    try:
        reading = _read_free_form(text)
    except DateParseError:
        return None
    return reading.text if reading else None


def parse_user_date(text: str) -> When:
    """Parse a date as typed on a command line: EDTF, or what people write.

    Only the parts that were typed count: "March 2021" is the whole month.

    >>> parse_user_date("16 March 2021").text
    '2021-03-16'
    >>> w = parse_user_date("March 2021")
    >>> (w.text, w.start.isoformat(), w.end.isoformat())
    ('2021-03', '2021-03-01', '2021-03-31')
    >>> parse_user_date("2021-3-16").text
    '2021-03-16'

    A part of a month or year becomes a window of days or months (see ``PARTS``), and "about"
    makes a date approximate:

    >>> parse_user_date("early April 2021").text
    '[2021-04-01..2021-04-10]'
    >>> parse_user_date("late 2021").text
    '[2021-09..2021-12]'
    >>> parse_user_date("about 16 March 2021").text
    '2021-03-16~'
    """
    text = " ".join(text.split())
    if len(text) > MAX_TYPED:
        raise DateParseError(f"a date is at most {MAX_TYPED} characters; this one has {len(text)}")
    try:
        when = parse_edtf(text)
    except DateParseError as error:
        reading = _read_phrase(text)
        if reading is None:
            raise error from None
        return reading
    if when.precision == "window" and text.startswith("["):
        return replace(when, text=text.replace(" ", ""))  # [a .. b] and [a..b] are one date
    return when


PARTS = {
    "early": ((1, 10), (1, 4)),
    "mid": ((11, 20), (5, 8)),
    "late": ((21, 31), (9, 12)),
    "first half of": ((1, 15), (1, 6)),
    "second half of": ((16, 31), (7, 12)),
}
"""Part of a month -> its days, and part of a year -> its months, for typed dates.

Thirds of a month split at the 10th and the 20th ("late" runs to the month's last day), and
thirds of a year are four months each, so every day belongs to exactly one part.
"""

_PART = re.compile(r"(?:the )?(early|mid|late|first half of|second half of)[- ](.+)", re.I)
_ABOUT = re.compile(r"(?:about|around|approximately|circa|c\.|ca\.) (.+)", re.I)


def _read_phrase(text: str) -> When | None:
    """A typed date with a part ("early April 2021") or "about", or what people write.

    A part or "about" goes with a plain date, never with another phrase ("about early
    April" is refused), so reading never recurses, however long the text.
    """
    about = _ABOUT.fullmatch(text)
    if about:
        when = _read_plain(about[1])
        if when.precision not in ("day", "month", "year"):
            raise DateParseError(f"{text!r}: 'about' goes with a day, a month or a year")
        return _parse_single(when.text.rstrip("~?%") + "~")
    part = _PART.fullmatch(text)
    if part is None:
        return _read_free_form(text)
    whole = _read_plain(part[2])
    days, months = PARTS[part[1].lower()]
    if whole.precision == "month":
        last_day = calendar.monthrange(whole.start.year, whole.start.month)[1]
        first, last = (f"{whole.text}-{min(day, last_day):02d}" for day in days)
    elif whole.precision == "year":
        first, last = (f"{whole.text}-{month:02d}" for month in months)
    else:
        raise DateParseError(f"{text!r}: '{part[1]}' goes with a month or a year, e.g. April 2021")
    return _parse_set(f"[{first}..{last}]")


def _read_plain(text: str) -> When:
    """A date without a part or "about": EDTF, or what people write ("16 March 2021")."""
    try:
        return parse_edtf(text)
    except DateParseError as error:
        reading = _read_free_form(text)
        if reading is None:
            raise error from None
        return reading


_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}")


def _read_free_form(text: str) -> When | None:
    """Read what people write ("16 March 2021"); None if it is not a date at all.

    What dateutil would guess is refused instead: a day and month that could be either
    (03/04/2021), a year not written with four digits ("1 January 1" would be 2001), a
    year before AD 1 (it drops the minus).

    >>> _read_free_form("03/04/2021")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    timeline.model.dates.DateParseError: '03/04/2021' could be 3 April or 4 March; write ...
    """
    numeric = _NUMERIC.fullmatch(text.strip())
    if numeric and int(numeric[1]) <= 12 and int(numeric[2]) <= 12 and numeric[1] != numeric[2]:
        first, second = int(numeric[1]), int(numeric[2])
        year = text.strip()[-4:]
        raise DateParseError(
            f"{text!r} could be {first} {calendar.month_name[second]} or {second} "
            f"{calendar.month_name[first]}; write {year}-{second:02d}-{first:02d} or "
            f"{year}-{first:02d}-{second:02d}"
        )
    if re.match(r"\s*[-−]\s*\d", text):
        raise DateParseError(f"{text!r}: years before AD 1 are not supported")
    from dateutil import parser as dateutil_parser  # slow to import; only free-form input needs it

    readings = []
    for default in (datetime(2001, 1, 1), datetime(2002, 2, 2)):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # e.g. an unknown zone name: refused below
                readings.append(dateutil_parser.parse(text, default=default))
        except (ValueError, OverflowError):
            return None
    first, second = readings
    if first.tzinfo is not None or re.search(r"[+-]\d{2}:?\d{2}$|\b[A-Z]{3,4}$", text.strip()):
        raise DateParseError(f"{text!r}: give the date without a time zone")
    if first.year != second.year:
        raise DateParseError(f"{text!r} has no year; write e.g. '16 March 2021' or 2021-03-16")
    if not re.search(rf"(?<![0-9]){first.year:04d}(?![0-9])", text):
        raise DateParseError(
            f"{text!r}: the year is unclear; write it with four digits (16 March 2021), "
            "and a date before the year 1000 as EDTF (0044-03-15)"
        )
    day_text = f"{first.year:04d}-{first.month:02d}-{first.day:02d}"
    if first.month != second.month:
        return _parse_single(day_text[:4])
    if first.day != second.day:
        return _parse_single(day_text[:7])
    if re.search(r"\d:\d", text):
        return _parse_single(f"{day_text}T{first.hour:02d}:{first.minute:02d}")
    return _parse_single(day_text)


def describe(when: When) -> str:
    """The date as a reader would write it, looseness included.

    >>> describe(parse_edtf("2021-03-16"))
    '16 Mar 2021'
    >>> describe(parse_edtf("2021-03-17/2021-03-18"))
    '17–18 Mar 2021'
    >>> describe(parse_edtf("[2021-04-01..2021-04-15]"))
    'between 1 and 15 Apr 2021'
    >>> describe(parse_edtf("2021-03-18~"))
    'about 18 Mar 2021'
    >>> describe(parse_edtf("1910/1945"))
    '1910–1945'
    >>> describe(parse_edtf("2017-01/2021-01"))
    'Jan 2017–Jan 2021'
    """
    if when.precision == "time":
        text = _moment_text(when.start)
    elif when.precision == "day":
        text = _day_text(when.start)
    elif when.precision == "month":
        text = f"{_month(when.start)} {when.start.year}"
    elif when.precision == "year":
        text = f"{when.start.year}"
    elif when.precision == "range":
        text = _span_text(when)
    else:
        text = f"between {_span_text(when, joiner=' and ')}"
    if when.timezone:
        text += f" ({when.timezone})"
    if when.approximate:
        text = f"about {text}"
    if when.uncertain:
        text = f"{text}?"
    return text


def _span_text(when: When, joiner: str = "–") -> str:
    start, end = when.start, when.end
    if isinstance(start, datetime) or isinstance(end, datetime):
        first, last = _moment_text(start), _moment_text(end)
        if first[:-6] == last[:-6] and len(first) == len(last):  # the same day: times only
            last = last[-5:]
        return f"{first}{joiner}{last}"
    if start == end:
        return _day_text(start)
    whole_years = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    if whole_years:
        return f"{start.year}{joiner}{end.year}"
    whole_months = start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]
    if whole_months and (start.year, start.month) != (end.year, end.month):
        first = _month(start) if start.year == end.year else f"{_month(start)} {start.year}"
        return f"{first}{joiner}{_month(end)} {end.year}"
    if start.year != end.year:
        return f"{_day_text(start)}{joiner}{_day_text(end)}"
    if start.month != end.month:
        return f"{start.day} {_month(start)}{joiner}{_day_text(end)}"
    return f"{start.day}{joiner}{_day_text(end)}"


def _moment_text(moment: Instant) -> str:
    if isinstance(moment, datetime):
        return f"{_day_text(moment)} {moment.hour:02d}:{moment.minute:02d}"
    return _day_text(moment)


def _day_text(day: Instant) -> str:
    return f"{day.day} {_month(day)} {day.year}"


def _month(day: Instant) -> str:
    """English month abbreviation, whatever the process locale."""
    return _MONTH_ABBREVIATIONS[day.month - 1]


def _as_datetime(value: Instant, end: bool = False) -> datetime:
    if isinstance(value, datetime):
        return value
    moment = datetime(value.year, value.month, value.day)
    return moment + timedelta(days=1, microseconds=-1) if end else moment


def _iso(value: Instant, timezone: str | None) -> str:
    if isinstance(value, datetime) and timezone:
        return value.replace(tzinfo=_zone(timezone)).isoformat()
    return value.isoformat()


def _zone(name: str) -> tzinfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)
