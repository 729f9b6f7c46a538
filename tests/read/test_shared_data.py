"""Real public event data that nobody here wrote, converted to our format and loaded.

TimelineJS examples (imported by ``timeline.convert``), vis-timeline examples and US State
Department travel records (see ../shared/data/SOURCES.md) exercise 3-digit years, year-only dates, lanes from groups,
hundreds of multi-day ranges, and one malformed date that must be reported at its line.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree

import pytest

from timeline import DataError, load
from timeline.convert import import_events

from ..conftest import DATA

pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason=f"{DATA} is not beside the repository")


def quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def events_yaml(lanes: dict[str, str], events: list[dict[str, str]]) -> str:
    """Our format: lanes as countries (code -> name), events as flow mappings, one per line."""
    lines = ["countries:"]
    lines += [f"  {code}: {{name: {quoted(name)}}}" for code, name in lanes.items()]
    lines.append("events:")
    for event in events:
        fields = ", ".join(f"{key}: {value}" for key, value in event.items())
        lines.append(f"  - {{{fields}}}")
    return "\n".join(lines) + "\n"


def lane_codes(names: list[str]) -> dict[str, str]:
    """A code (L1, L2, ...) for each distinct name, in order of first appearance."""
    return {name: f"L{index}" for index, name in enumerate(dict.fromkeys(names), start=1)}


@pytest.mark.parametrize("name", ["eras.json", "all-media-types.json", "women_in_computing.json"])
def test_timelinejs_examples_load_in_date_order(tmp_path, name):
    source = json.loads((DATA / "timelinejs" / name).read_text(encoding="utf-8"))
    path = tmp_path / "events.yaml"
    path.write_text(import_events(DATA / "timelinejs" / name), encoding="utf-8")
    timeline = load(path)
    assert len(timeline.events) == len(source["events"]) + len(source.get("eras", []))
    keys = [event.when.sort_key() for event in timeline.events]
    assert keys == sorted(keys)
    years = sorted(int(event["start_date"]["year"]) for event in source["events"])
    assert min(event.when.start.year for event in timeline.events) <= years[0]
    assert not timeline.to_frame()["start"].isna().any()


def test_timelinejs_groups_become_lanes_and_3_digit_years_work(tmp_path):
    source = json.loads((DATA / "timelinejs" / "all-media-types.json").read_text(encoding="utf-8"))
    (tmp_path / "events.yaml").write_text(
        import_events(DATA / "timelinejs" / "all-media-types.json"), encoding="utf-8"
    )
    timeline = load(tmp_path / "events.yaml")
    assert len(timeline.countries) == len({event.get("group") or "" for event in source["events"]})
    (tmp_path / "eras.yaml").write_text(
        import_events(DATA / "timelinejs" / "eras.json"), encoding="utf-8"
    )
    war = next(e for e in load(tmp_path / "eras.yaml").events if e.when.text == "0602/0629")
    assert (war.when.start.year, war.when.precision) == (602, "range")


def test_state_department_travel_records_keep_every_trip_and_its_days(tmp_path):
    trips = ElementTree.parse(
        DATA / "diplomatic" / "secretary-travels-blinken-antony-j.xml"
    ).getroot()
    rows = [
        (trip.findtext("start-date"), trip.findtext("end-date"), trip.find("country").text,
         trip.findtext("locale") or "")
        for trip in trips.iter("trip")
    ]  # fmt: skip
    lanes = lane_codes([country for _, _, country, _ in rows])
    events = [
        {"id": f"trip-{index}", "title": quoted(f"{locale or country}"),
         "date": quoted(start if start == end else f"{start}/{end}"), "kind": "trip",
         "status": "held", "countries": f"[{lanes[country]}]", "location": quoted(locale or country)}
        for index, (start, end, country, locale) in enumerate(rows)
    ]  # fmt: skip
    path = tmp_path / "events.yaml"
    path.write_text(
        events_yaml({code: name for name, code in lanes.items()}, events), encoding="utf-8"
    )
    timeline = load(path)
    assert len(timeline.events) == len(rows) == 241
    tokyo = timeline.events[0]
    assert (tokyo.title, tokyo.when.start.isoformat(), tokyo.when.end.isoformat()) == (
        "Tokyo",
        "2021-03-15",
        "2021-03-17",
    )
    assert sum(event.when.precision == "range" for event in timeline.events) > 100
    assert len(timeline.countries) == len(lanes)


def test_a_malformed_date_in_vis_timeline_data_is_reported_at_its_line(tmp_path):
    data = json.loads((DATA / "vis-timeline" / "subgroups.json").read_text(encoding="utf-8"))
    lanes = lane_codes([group["id"] for group in data["groups"]])
    events = []
    for item in data["items"]:
        date = (
            item["start"][:10] if "end" not in item else f"{item['start'][:10]}/{item['end'][:10]}"
        )
        event = {"id": quoted(f"item-{str(item['id']).lower().replace('_', '-')}"),
                 "title": quoted(item.get("content") or str(item["id"])), "date": quoted(date),
                 "kind": "other", "status": "held"}  # fmt: skip
        if item.get("group"):
            event["countries"] = f"[{lanes[item['group']]}]"
        events.append(event)
    path = tmp_path / "events.yaml"
    path.write_text(
        events_yaml({code: name for name, code in lanes.items()}, events), encoding="utf-8"
    )
    with pytest.raises(DataError) as caught:
        load(path)
    messages = [f"{p.line}: {p.message}" for p in caught.value.problems]
    bad_line = 1 + path.read_text().splitlines().index(
        next(
            line
            for line in path.read_text().splitlines()
            if "2014-02-2/" in line or '"2014-02-2"' in line
        )
    )
    assert (
        f"{bad_line}: 'date' of event 'item-sg-2-2': '2014-02-2/2014-02-03' is not an EDTF date; did you mean 2014-02-02/2014-02-03?"
        in messages
    )
    assert any("has no 'actors' and no 'countries', so no lane" in m for m in messages), messages
