"""Date ticks for one stretch of the time axis, labelled concisely.

Like matplotlib's ``ConciseDateFormatter``, each tick names only what changed since the tick
before it: "1", "8", "15", with the month and year on the first tick and where they change.
Pure functions: the layout gives the stretch, its width and a text measure, and gets back
tick positions and texts that do not overlap.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta

from ..model.dates import _MONTH_ABBREVIATIONS as MONTHS

# Candidate steps, finest first: (unit, count).
STEPS = (
    ("hour", 1), ("hour", 3), ("hour", 6), ("hour", 12),
    ("day", 1), ("day", 2), ("day", 7), ("day", 14),
    ("month", 1), ("month", 2), ("month", 3), ("month", 6),
    ("year", 1), ("year", 2), ("year", 5), ("year", 10), ("year", 20), ("year", 50),
    ("year", 100), ("year", 200), ("year", 500), ("year", 1000),
)  # fmt: skip
_GAP = 6.0  # points between neighbouring tick texts


def date_ticks(
    start: float,
    end: float,
    x: Callable[[float], float],
    measure: Callable[[str, float], tuple[float, float]],
    size: float,
    bounds: tuple[float, float],
) -> list[tuple[float, str, bool]]:
    """Ticks (x, text, major) for day numbers ``start``..``end``, finest step that fits.

    >>> from .measure import estimate
    >>> ticks = date_ticks(737861.0, 737878.0, lambda t: (t - 737861) * 40, estimate, 7, (0, 680))
    >>> [text for _, text, _ in ticks][:4]
    ['13 Mar 2021', '14', '15', '16']
    """
    left, right = bounds
    for unit, count in STEPS:
        if unit == "hour" and end - start >= 1:
            continue  # days are the natural unit once a stretch covers them
        moments = list(_moments(start, end, unit, count))
        if len(moments) > 2 * (right - left) / size:
            continue  # far too many to fit: skip the measuring
        # Drop the ticks whose text would cross the ends, then name what changes anew.
        inside = [
            (t, moment)
            for (t, moment), (_, text, _) in zip(moments, _texts(moments, unit), strict=True)
            if left <= x(t) - measure(text, size)[0] / 2
            and x(t) + measure(text, size)[0] / 2 <= right
        ]
        ticks = [(x(t), text, major) for t, text, major in _texts(inside, unit)]
        if ticks and _fits(ticks, measure, size, bounds):
            return ticks
    return []


def _moments(start: float, end: float, unit: str, count: int) -> Iterator[tuple[float, datetime]]:
    first = datetime.fromordinal(max(1, int(start)))
    if unit == "hour":
        moment = first
        step = timedelta(hours=count)
    elif unit == "day":
        moment = first
        step = timedelta(days=count)
    elif unit == "month":
        moment = first.replace(day=1, month=(first.month - 1) // count * count + 1)
    else:
        moment = first.replace(month=1, day=1, year=max(1, first.year - first.year % count))
    while True:
        # A day's tick sits at its middle, under the day's events (drawn at noon).
        t = moment.toordinal() + (moment.hour / 24) + (0.5 if unit == "day" else 0.0)
        if t > end:
            return
        if t >= start and (unit != "day" or count != 14 or moment.day in (1, 15)):
            yield t, moment
        if unit in ("hour", "day"):
            moment += step
        elif unit == "month":
            month = moment.month - 1 + count
            if moment.year + month // 12 > 9999:
                return
            moment = moment.replace(year=moment.year + month // 12, month=month % 12 + 1)
        else:
            if moment.year + count > 9999:
                return
            moment = moment.replace(year=moment.year + count)


def _texts(moments: list[tuple[float, datetime]], unit: str) -> Iterator[tuple[float, str, bool]]:
    """Each tick's text, naming the larger units only on the first tick and where they change."""
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
    ticks: list[tuple[float, str, bool]],
    measure: Callable[[str, float], tuple[float, float]],
    size: float,
    bounds: tuple[float, float],
) -> bool:
    """Do the centred tick texts keep clear of each other and inside ``bounds``?"""
    right_edge = bounds[0]
    for x, text, _ in ticks:
        half = measure(text, size)[0] / 2
        if x - half < right_edge or x + half > bounds[1]:
            return False
        right_edge = x + half + _GAP
    return True


def day_of(moment: date | datetime) -> str:
    """A day as tick text, for the sequence scale.

    >>> day_of(date(2021, 3, 16))
    '16 Mar 2021'
    """
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"
