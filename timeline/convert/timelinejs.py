"""TimelineJS JSON (Knight Lab) as rows of the CSV columns, keeping what the format has.

``start_date``/``end_date`` keep their precision (a year stays a year, a month a month),
``group`` becomes the lane, ``eras`` become periods in a lane of their own, the media's URL
or link is the source (its credit the outlet), the text (or else the media's caption) is the
quote, and the HTML in it is turned into plain text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .html_text import is_url, plain_text
from .names import EVENT_LANE, OTHER_LANE, Ids, short_title
from .source import Imported, JsonSource, holds_objects_with, listed

__all__ = ["ERA_LANE", "is_timelinejs", "timelinejs_rows"]

ERA_LANE = "Eras"


def is_timelinejs(data: object) -> bool:
    """Whether data looks like TimelineJS: an ``events`` list of slides with ``start_date``."""
    return isinstance(data, Mapping) and holds_objects_with(data.get("events"), "start_date")


def timelinejs_rows(source: JsonSource) -> Imported:
    """The rows of a TimelineJS file, its title, and its lanes in order."""
    data: Mapping[str, Any] = source.data  # type: ignore[assignment]  # is_timelinejs said so
    ids = Ids()
    rows, after = [], 0
    slides = [slide for slide in data["events"] if isinstance(slide, Mapping)]
    grouped = any(_text(slide.get("group")) for slide in slides)
    ungrouped = OTHER_LANE if grouped else EVENT_LANE
    for slide in slides:
        after = source.offset_of("start_date", after)
        row = _row(slide, source, after, ids)
        row["lanes"] = plain_text(_text(slide.get("group"))) or ungrouped
        rows.append(row)
        after += 1
    for era in listed(data.get("eras")):
        if isinstance(era, Mapping):
            after = source.offset_of("start_date", after)
            row = _row(era, source, after, ids)
            row.update(kind="period", lanes=ERA_LANE)
            rows.append(row)
            after += 1
    title_slide = data.get("title")
    title = plain_text(_text(_get(title_slide, "text", "headline"))) or None
    lanes = dict.fromkeys(row["lanes"] for row in rows)
    last = [lane for lane in (OTHER_LANE, ERA_LANE) if lane in lanes]  # after the groups
    return rows, title, [lane for lane in lanes if lane not in last] + last


def _row(slide: Mapping[str, Any], source: JsonSource, after: int, ids: Ids) -> dict[str, str]:
    headline = plain_text(_text(_get(slide, "text", "headline")))
    body = plain_text(_text(_get(slide, "text", "text")))
    media = slide.get("media")
    media = media if isinstance(media, Mapping) else {}
    media_url, link = _text(media.get("url")), _text(media.get("link"))
    url = next((address.strip() for address in (media_url, link) if is_url(address)), "")
    caption = plain_text(_text(media.get("caption")))
    embedded = "" if is_url(media_url) else plain_text(media_url)  # a quote set as the media
    quote = body or embedded or caption
    outlet = plain_text(_text(media.get("credit")))
    row = {
        "id": ids.make(slide.get("unique_id"), headline, quote),
        "title": headline or short_title(quote or embedded) or "Untitled",
        "date": _date(slide, source, after),
        "kind": "other",
        "status": "held",
    }
    if url or outlet:
        row.update(source=outlet, source_url=url, quote=quote or caption or headline)
    elif quote:
        row["note"] = quote
    return row


def _date(slide: Mapping[str, Any], source: JsonSource, after: int) -> str:
    start = _edtf(slide.get("start_date"), "start_date", source, after)
    if not isinstance(slide.get("end_date"), Mapping) or not _text(slide["end_date"].get("year")):
        return source.checked_date(start, "'start_date'", "start_date", after)
    end = _edtf(slide["end_date"], "end_date", source, after)
    text = start if end == start else f"{start}/{end}"
    return source.checked_date(text, "'start_date' to 'end_date'", "end_date", after)


_PARTS = (
    ("year", 4, "", 1, 9999), ("month", 2, "-", 1, 12), ("day", 2, "-", 1, 31),
    ("hour", 2, "T", 0, 23), ("minute", 2, ":", 0, 59), ("second", 2, ":", 0, 59),
)  # fmt: skip
"""Each part of a TimelineJS date: its name, digits, what comes before it, and its range."""


def _edtf(value: object, key: str, source: JsonSource, after: int) -> str:
    """A TimelineJS date object as EDTF, as precise as the object: 1943, 1943-07, ...

    >>> src = JsonSource("t.json", "", None)
    >>> _edtf({"year": "602"}, "", src, 0), _edtf({"year": 1943, "month": 7, "hour": 9}, "", src, 0)
    ('0602', '1943-07')
    >>> _edtf({"year": 1943, "month": "7", "day": 1, "hour": "9"}, "", src, 0)
    '1943-07-01T09:00'
    """
    if not isinstance(value, Mapping):
        raise source.error(f"{key!r} must be an object with a 'year'", key, after)
    text = ""
    for name, width, before, least, most in _PARTS:
        part = _text(value.get(name))
        if not part:
            if name == "year":
                raise source.error(f"{key!r} has no 'year'", key, after)
            break
        if not (part.isdigit() and least <= int(part) <= most):
            message = f"{key!r}: the {name} {part!r} is not a number from {least} to {most}"
            raise source.error(message, part, after)
        text += f"{before}{int(part):0{width}d}"
        if name == "day" and not _text(value.get("hour")):
            break  # a time needs its day; without an hour the day ends it
    return text + (":00" if text.count(":") == 0 and "T" in text else "")


def _text(value: object) -> str:
    """A JSON value as text: TimelineJS writes numbers as strings, or as numbers."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, (int, float)):
        return str(int(value)) if float(value).is_integer() else str(value)
    return value.strip() if isinstance(value, str) else ""


def _get(value: object, *keys: str) -> object:
    for key in keys:
        value = value.get(key) if isinstance(value, Mapping) else None
    return value
