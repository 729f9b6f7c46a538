"""Date ticks for one stretch of the time axis, on round dates, labelled concisely.

Ticks fall on dates a reader counts by: every day, odd days, the 1st/5th/10th..., the
1st/8th/15th/22nd, the 1st and 15th, month starts (every 1, 2, 3 or 6 months from January),
and years divisible by the step. They mark only days the stretch's events cover, never the
padding around them. Like matplotlib's ``ConciseDateFormatter``, each tick names only what
changed since the tick before it: "15 Mar 2021", "22", "1 Apr", so the first tick of every
stretch names its year (and month) in full. When no step puts a tick on the stretch, one
tick names the day, month or year of its first event, so the reader always knows where a
stretch is. Pure functions: the layout gives the stretch, its width and a text measure, and
gets back tick positions and texts that do not overlap.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta

from ..model.dates import _MONTH_ABBREVIATIONS as MONTHS
from .measure import Measure

# Candidate steps, finest first: (unit, count) or ("day", days of the month).
STEPS: tuple[tuple[str, int | tuple[int, ...]], ...] = (
    ("hour", 1), ("hour", 3), ("hour", 6), ("hour", 12),
    ("day", tuple(range(1, 32))), ("day", tuple(range(1, 30, 2))),
    ("day", (1, 5, 10, 15, 20, 25)), ("day", (1, 8, 15, 22)), ("day", (1, 15)),
    ("month", 1), ("month", 2), ("month", 3), ("month", 6),
    ("year", 1), ("year", 2), ("year", 5), ("year", 10), ("year", 20), ("year", 50),
    ("year", 100), ("year", 200), ("year", 500), ("year", 1000), ("year", 2000), ("year", 5000),
)  # fmt: skip
UNITS = ("hour", "day", "month", "year")
_GAP = 6.0  # points between neighbouring tick texts, measured in bold (majors are)
_FIRST_DAY = 1.0  # 1 Jan 0001 as a day number
_END_OF_TIME = float(date.max.toordinal() + 1)  # just after 31 Dec 9999

Tick = tuple[float, str, bool]
"""(x, text, major): where a tick is, what it says, and whether it names a new month or year."""


def date_ticks(
    start: float,
    end: float,
    x: Callable[[float], float],
    measure: Measure,
    size: float,
    bounds: tuple[float, float],
    within: tuple[float, float] | None = None,
) -> list[Tick]:
    """Ticks for the stretch ``start``..``end`` (day numbers), finest step that fits.

    ``within`` is the first and last moment of the stretch's events (default: the whole
    stretch); ticks mark only days inside it. ``bounds`` is where tick texts may go.

    >>> from .measure import estimate
    >>> x = lambda t: (t - 737861) * 40       # 12 Mar 2021 at 0, 40 points a day
    >>> ticks = date_ticks(737861.0, 737878.0, x, estimate, 7, (0, 680))
    >>> [text for _, text, _ in ticks][:4]
    ['13 Mar 2021', '14', '15', '16']

    Half the width: odd days; a tenth: a round day of the month, in full.

    >>> x = lambda t: (t - 737861) * 20
    >>> [text for _, text, _ in date_ticks(737861.0, 737878.0, x, estimate, 7, (0, 340))]
    ['13 Mar 2021', '15', '17', '19', '21', '23', '25', '27']
    >>> x = lambda t: (t - 737861) * 4
    >>> [text for _, text, _ in date_ticks(737861.0, 737878.0, x, estimate, 7, (0, 68))]
    ['Mar 2021']
    """
    first, last = within if within is not None else (start, end)
    first, last = max(first, start, _FIRST_DAY), min(last, end, _END_OF_TIME - 1e-9)
    if last < first:
        return []
    left, right = bounds
    # Events dated to whole years (or months) get no ticks finer than that: a "Jul 1940"
    # under an event dated 1940 would claim more than is known.
    coarsest = _whole_unit(first, last)
    # No step can show more ticks than texts of one digit fit side by side.
    most = (right - left) / (measure("0", size, True)[0] + _GAP) + 1
    for unit, step in STEPS:
        if UNITS.index(unit) < UNITS.index(coarsest):
            continue
        if (last - first) / _step_days(unit, step) > most:
            continue
        moments = list(_moments(first, last, unit, step))
        # Drop the ticks whose text would cross the ends, then name what changes anew.
        inside = [
            (t, moment)
            for (t, moment), (_, text, _) in zip(moments, _texts(moments, unit), strict=True)
            if left <= x(t) - measure(text, size, True)[0] / 2
            and x(t) + measure(text, size, True)[0] / 2 <= right
        ]
        ticks = [(x(t), text, major) for t, text, major in _texts(inside, unit)]
        if ticks and _fits(ticks, measure, size, bounds):
            return ticks
    return _where_we_are(first, last, x, measure, size, bounds)


def _whole_unit(first: float, last: float) -> str:
    """The finest unit worth a tick between ``first`` and ``last``: years when they are the
    start and end of whole years, months for whole months, days for whole days, else hours.

    >>> from .scale import days
    >>> end = days(datetime(1940, 12, 31, 23, 59, 59, 999999))
    >>> _whole_unit(days(date(1940, 1, 1)), end), _whole_unit(days(date(1940, 12, 1)), end)
    ('year', 'month')
    >>> _whole_unit(days(date(1940, 12, 3)), end), _whole_unit(days(date(1940, 12, 31)), end)
    ('day', 'day')
    >>> _whole_unit(days(datetime(1940, 12, 31, 9)), days(datetime(1940, 12, 31, 15)))
    'hour'
    """
    after = last + 1e-6  # a whole day's events end a microsecond before midnight
    if first % 1 or after % 1 > 2e-6:
        return "hour"
    starts, ends = _starts_of(first), _starts_of(after)
    if starts[1] and ends[1]:
        return "year"
    return "month" if starts[0] and ends[0] else "day"


def _starts_of(t: float) -> tuple[bool, bool]:
    """Is day number ``t`` the start of a month, and of a year? (The end of time is both.)"""
    if t >= _END_OF_TIME:
        return True, True
    day = date.fromordinal(int(t))
    return day.day == 1, day.day == 1 and day.month == 1


def _step_days(unit: str, step: int | tuple[int, ...]) -> float:
    """About how many days a step advances, to count its ticks before making them."""
    if isinstance(step, tuple):
        return 30.44 / len(step)
    return {"hour": 1 / 24, "month": 30.44, "year": 365.25}[unit] * step


def _moments(
    first: float, last: float, unit: str, step: int | tuple[int, ...]
) -> Iterator[tuple[float, datetime]]:
    """The round moments of a step between ``first`` and ``last`` (day numbers, inside the
    calendar's years 1 to 9999), each with its day number."""
    if unit == "hour":
        assert isinstance(step, int)
        hour = int(first * 24)
        while hour / 24 <= last:
            if hour % step == 0 and hour / 24 >= first:
                day = datetime.fromordinal(hour // 24)
                yield hour / 24, day + timedelta(hours=hour % 24)
            hour += 1
    elif unit == "day":
        assert isinstance(step, tuple)
        # A day's tick sits at its middle, under the day's events (drawn at noon).
        for ordinal in range(int(first - 0.5), int(last - 0.5) + 1):
            t = ordinal + 0.5
            if first <= t <= last and ordinal >= 1:
                moment = datetime.fromordinal(ordinal)
                if moment.day in step:
                    yield t, moment
    elif unit == "month":
        assert isinstance(step, int)
        start = date.fromordinal(int(first))
        index = start.year * 12 + start.month - 1  # months since the start of year 0
        while True:
            year, month = divmod(index, 12)
            if year > 9999:
                return
            moment = datetime(year, month + 1, 1)
            t = float(moment.toordinal())
            if t > last or first < t == last:
                return  # a midnight that ends the events starts what they do not cover
            if t >= first and month % step == 0:
                yield t, moment
            index += 1
    else:
        assert isinstance(step, int)
        year = date.fromordinal(int(first)).year
        year += -year % step
        while year <= 9999:
            moment = datetime(year, 1, 1)
            t = float(moment.toordinal())
            if t > last or first < t == last:
                return  # a midnight that ends the events starts what they do not cover
            if t >= first:
                yield t, moment
            year += step


def _texts(moments: list[tuple[float, datetime]], unit: str) -> Iterator[tuple[float, str, bool]]:
    """Each tick's text, naming the larger units only on the first tick and where they change.

    >>> moments = [(0.0, datetime(2021, 12, 15)), (1.0, datetime(2022, 1, 1)),
    ...            (2.0, datetime(2022, 1, 15))]
    >>> [text for _, text, _ in _texts(moments, "day")]
    ['15 Dec 2021', '1 Jan 2022', '15']
    """
    previous: datetime | None = None
    for t, moment in moments:
        new_year = previous is None or moment.year != previous.year
        new_month = previous is None or new_year or moment.month != previous.month
        new_day = previous is None or new_month or moment.day != previous.day
        month = MONTHS[moment.month - 1]
        if unit == "year":
            text, major = f"{moment.year}", True
        elif unit == "month":
            text, major = (f"{month} {moment.year}", True) if new_year else (month, False)
        elif unit == "day":
            if new_year:
                text, major = f"{moment.day} {month} {moment.year}", True
            elif new_month:
                text, major = f"{moment.day} {month}", True
            else:
                text, major = f"{moment.day}", False
        else:
            clock = f"{moment.hour:02d}:00"
            if new_year:
                text, major = f"{moment.day} {month} {moment.year} {clock}", True
            elif new_day:
                text, major = f"{moment.day} {month} {clock}", True
            else:
                text, major = clock, False
        previous = moment
        yield t, text, major


def _fits(
    ticks: list[Tick],
    measure: Measure,
    size: float,
    bounds: tuple[float, float],
) -> bool:
    """Do the centred tick texts keep clear of each other and inside ``bounds``?"""
    right_edge = bounds[0]
    for x, text, _ in ticks:
        half = measure(text, size, True)[0] / 2
        if x - half < right_edge or x + half > bounds[1]:
            return False
        right_edge = x + half + _GAP
    return True


def _where_we_are(
    first: float,
    last: float,
    x: Callable[[float], float],
    measure: Measure,
    size: float,
    bounds: tuple[float, float],
) -> list[Tick]:
    """One tick naming the day, else the month, else the year of the first event, else the
    year halfway through, on a moment of that day, month or year inside the stretch where
    its text fits; none if none fits.

    >>> from .measure import estimate
    >>> x = lambda t: (t - 737865) * 10       # 16 Mar 2021 at 0, 10 points a day
    >>> _where_we_are(737865.0, 737868.0, x, estimate, 7, (0, 30))
    [(15.0, '2021', True)]
    """
    day = date.fromordinal(int(first))
    middle = date.fromordinal(int((first + last) / 2))
    candidates = [(day_of(day), *_day_bounds(day))]
    candidates.append((f"{MONTHS[day.month - 1]} {day.year}", *_month_bounds(day)))
    candidates.append((f"{day.year}", *_year_bounds(day)))
    candidates.append((f"{middle.year}", *_year_bounds(middle)))
    for text, begins, ends in candidates:
        lo_t, hi_t = max(first, begins), min(last, ends)
        half = measure(text, size, True)[0] / 2
        lo_x, hi_x = max(x(lo_t), bounds[0] + half), min(x(hi_t), bounds[1] - half)
        if lo_t <= hi_t and lo_x <= hi_x:
            return [(min(max(x((lo_t + hi_t) / 2), lo_x), hi_x), text, True)]
    return []


def _day_bounds(day: date) -> tuple[float, float]:
    return float(day.toordinal()), float(day.toordinal() + 1)


def _month_bounds(day: date) -> tuple[float, float]:
    if day.month == 12:
        return float(day.replace(day=1).toordinal()), _year_bounds(day)[1]
    return float(day.replace(day=1).toordinal()), float(
        day.replace(month=day.month + 1, day=1).toordinal()
    )


def _year_bounds(day: date) -> tuple[float, float]:
    return float(date(day.year, 1, 1).toordinal()), float(date(day.year, 12, 31).toordinal() + 1)


def day_of(moment: date | datetime) -> str:
    """A day as tick text.

    >>> day_of(date(2021, 3, 16))
    '16 Mar 2021'
    """
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"
