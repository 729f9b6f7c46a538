"""vis-timeline data (a list of items, or ``{"items": [...], "groups": [...]}``) as rows.

An item's group is its lane (a nested group's lane is named "parent / child", under its
parent), a subgroup becomes a tag, a background item a period. ``content`` and group names
are HTML made plain text. vis-timeline's ``end`` is the instant a range stops, so an end at
midnight is the day before in our dates, which include their last day.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any

from .html_text import plain_text
from .names import EVENT_LANE, OTHER_LANE, Ids, short_title
from .source import Imported, JsonSource, holds_objects_with, listed

__all__ = ["is_vis_timeline", "vis_rows"]


def is_vis_timeline(data: object) -> bool:
    """Whether data looks like vis-timeline items: objects with a ``start``."""
    return holds_objects_with(data.get("items") if isinstance(data, Mapping) else data, "start")


def vis_rows(source: JsonSource) -> Imported:
    """The rows of a vis-timeline file, no title, and its lanes in order."""
    data = source.data
    items = data.get("items") if isinstance(data, Mapping) else data
    groups = data.get("groups") if isinstance(data, Mapping) else None
    options = data.get("options") if isinstance(data, Mapping) else None
    order = options.get("groupOrder") if isinstance(options, Mapping) else None
    lanes = _lanes(listed(groups), order)
    grouped = any(isinstance(item, Mapping) and _key(item.get("group")) for item in listed(items))
    ids = Ids()
    rows, after = [], 0
    for item in listed(items):
        if not isinstance(item, Mapping):
            continue
        after = source.offset_of(item.get("id"), after) if "id" in item else after
        rows.append(_row(item, lanes, grouped, source, after, ids))
        after += 1
    used = dict.fromkeys(row["lanes"] for row in rows)
    last = (OTHER_LANE, EVENT_LANE)
    ordered = dict.fromkeys([*lanes.values(), *(name for name in used if name not in last), *last])
    order_of_lanes = [name for name in ordered if name in used]
    return rows, None, order_of_lanes


def _lanes(groups: list[Any], order: object) -> dict[str, str]:
    """Group id -> lane name, in display order; nested groups right after their parent."""
    found = [group for group in groups if isinstance(group, Mapping) and "id" in group]
    if isinstance(order, str):  # vis-timeline's groupOrder names a field to sort by
        found.sort(key=lambda group: _sort_key(group.get(order)))
    by_id = {_key(group["id"]): group for group in found}
    children = {_key(child) for group in found for child in listed(group.get("nestedGroups"))}
    names: dict[str, str] = {}

    def add(group: Mapping[str, Any], parent: str) -> None:
        key = _key(group["id"])
        if key in names:
            return
        name = plain_text(str(group.get("content") or "")) or key
        names[key] = f"{parent} / {name}" if parent else name
        for child in listed(group.get("nestedGroups")):
            if _key(child) in by_id:
                add(by_id[_key(child)], names[key])

    for group in found:
        if _key(group["id"]) not in children:
            add(group, "")
    return names


def _row(item: Mapping[str, Any], lanes: dict[str, str], grouped: bool, source: JsonSource,
         after: int, ids: Ids) -> dict[str, str]:  # fmt: skip
    content = plain_text(str(item.get("content") or ""))
    tooltip = plain_text(str(item.get("title") or ""))
    background = item.get("type") == "background"
    title = content or tooltip or ("Background" if background else "Untitled")
    row = {
        "id": ids.make(item.get("id"), content),
        "title": short_title(title) if "\n" in title else title,
        "date": _date(item, source, after),
        "kind": "period" if background else "other",
        "status": "held",
        "lanes": _lane(item, lanes, grouped),
        "tags": "; ".join(
            tag for tag in (_tag(item.get("subgroup")), _tag(item.get("className"))) if tag
        ),
    }
    if tooltip and tooltip != title:
        row["note"] = tooltip
    return row


def _lane(item: Mapping[str, Any], lanes: dict[str, str], grouped: bool) -> str:
    """The lane of an item: its group's, or one named by the group's id when no group of
    that id is declared; items without a group share one."""
    key = _key(item.get("group"))
    return lanes.get(key) or key or (OTHER_LANE if grouped else EVENT_LANE)


def _date(item: Mapping[str, Any], source: JsonSource, after: int) -> str:
    what = f"item {item.get('id')!r}" if "id" in item else "an item"
    first = _moment(item.get("start"), f"'start' of {what}", source, after)
    start = _day_or_moment(first)
    if item.get("end") is None:
        return _edtf(start)
    moment = _moment(item["end"], f"'end' of {what}", source, after)
    if moment == first:  # no length: a point in time
        return _edtf(start)
    end: date = moment
    if moment.time() == datetime.min.time():  # vis-timeline's end is exclusive
        end = moment.date() - timedelta(days=1)
    text = _edtf(start) if end == start else f"{_edtf(start)}/{_edtf(end)}"
    return source.checked_date(text, f"{what} from 'start' to 'end'", item["end"], after)


def _day_or_moment(moment: datetime) -> date:
    """A moment at midnight as its day: vis-timeline writes days as midnights."""
    return moment.date() if moment.time() == datetime.min.time() else moment


def _day(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?Z?")


_EPOCH = datetime(1970, 1, 1)
"""Where vis-timeline counts milliseconds from (in UTC, which our dates do not name)."""


def _moment(value: object, what: str, source: JsonSource, after: int) -> datetime:
    """A vis-timeline date (ISO text, or milliseconds since 1970) as a datetime.

    Months and days may have one digit ("2014-02-2"), as the JavaScript parser takes them.
    """
    match = _ISO.fullmatch(value.strip()) if isinstance(value, str) else None
    try:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return _EPOCH + timedelta(milliseconds=value)
        if match is None:
            raise ValueError("expected YYYY-MM-DD, maybe with a time")
        numbers = [int(part) for part in match.groups() if part is not None]
        return datetime(*numbers)  # type: ignore[arg-type]  # 3 to 6 numbers
    except (ValueError, OverflowError) as error:  # a day that is not, a number out of range
        raise source.error(f"{what}: {value!r} is not a date: {error}", value, after) from None


def _edtf(moment: date) -> str:
    """A day as YYYY-MM-DD, a moment as YYYY-MM-DDTHH:MM(:SS)."""
    if isinstance(moment, datetime):
        if moment.time() == datetime.min.time():
            return moment.date().isoformat()
        spec = "seconds" if moment.second else "minutes"
        return moment.isoformat(timespec=spec)
    return moment.isoformat()


def _key(value: object) -> str:
    return "" if value is None else str(value)


def _tag(value: object) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", str(value).casefold())) if value is not None else ""


def _sort_key(value: object) -> tuple[int, float, str]:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (0, float(value), "")
    return (1, 0.0, _key(value))
