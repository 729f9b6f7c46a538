"""Convert the real public event data in ``../shared/data`` to events files of our format.

Nobody on this project wrote that data (see its SOURCES.md); it is read from where it lies
and the converted files go to a folder of your choice, never into the repository:

    python bench/real_data.py /tmp/real      # writes travel.yaml, blinken.yaml, ...

- ``travel.yaml``: every trip abroad of three presidents and two secretaries of state,
  2009-2025: a lane per traveller (in the United States) and per country visited.
- ``blinken.yaml``: one secretary's 241 trips to 89 countries, 2021-2025.
- ``visits-2010.yaml``: visits to the United States by foreign leaders in 2010.
- ``timelinejs-*.yaml``, ``vis-timeline-*.yaml``: those tools' examples, as
  ``timeline import`` makes them (their groups as lanes).
"""

from __future__ import annotations

import argparse
import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from timeline.convert import import_events

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
TRAVELLERS = {
    "president-travels-obama-barack.xml": ("obama", "Barack Obama"),
    "president-travels-trump-donald-j.xml": ("trump", "Donald Trump"),
    "president-travels-biden-joseph-r.xml": ("biden", "Joe Biden"),
    "secretary-travels-tillerson-rex-w.xml": ("tillerson", "Rex Tillerson"),
    "secretary-travels-blinken-antony-j.xml": ("blinken", "Antony Blinken"),
}


def quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def events_file(
    title: str,
    countries: dict[str, str],
    events: list[dict[str, str]],
    actors: dict[str, tuple[str, str]] | None = None,
) -> str:
    """Our format: countries (code -> name), actors (id -> name, country), one event a line."""
    lines = [f"title: {quoted(title)}", "countries:"]
    lines += [f"  {code}: {{name: {quoted(name)}}}" for code, name in countries.items()]
    if actors:
        lines.append("actors:")
        lines += [
            f"  {key}: {{name: {quoted(name)}, country: {country}, role: traveller}}"
            for key, (name, country) in actors.items()
        ]
    lines.append("events:")
    for event in events:
        fields = ", ".join(f"{key}: {value}" for key, value in event.items())
        lines.append(f"  - {{{fields}}}")
    return "\n".join(lines) + "\n"


def country_code(name: str, codes: dict[str, str]) -> str:
    """A stable code for a country name: C1, C2, ... in order of first appearance."""
    return codes.setdefault(name, f"C{len(codes) + 1}")


def trips(files: list[str]) -> str:
    """The trips in ``files``: each joins its traveller's lane and the country visited."""
    codes: dict[str, str] = {"United States": "US"}
    actors: dict[str, tuple[str, str]] = {}
    events = []
    for name in files:
        traveller, full_name = TRAVELLERS[name]
        actors[traveller] = (full_name, "US")
        for index, trip in enumerate(ElementTree.parse(DATA / "diplomatic" / name).iter("trip")):
            start, end = trip.findtext("start-date") or "", trip.findtext("end-date") or ""
            country = (trip.findtext("country") or "").strip()
            place = (trip.findtext("locale") or "").strip() or country
            events.append({
                "id": f"{traveller}-{index}", "title": quoted(place),
                "date": quoted(start if start == end else f"{start}/{end}"), "kind": "trip",
                "status": "held", "location": quoted(place), "actors": f"[{traveller}]",
                "countries": f"[{country_code(country, codes)}]",
            })  # fmt: skip
    events.sort(key=lambda event: event["date"])
    countries = {code: name for name, code in codes.items()}
    return events_file("Trips abroad", countries, events, actors)


def visits() -> str:
    """Foreign leaders' visits to the United States in 2010, a lane per visiting country."""
    codes: dict[str, str] = {"United States": "US"}
    events = []
    root = ElementTree.parse(DATA / "diplomatic" / "visits-2010.xml").getroot()
    for index, visit in enumerate(root.iter("visit")):
        start, end = visit.findtext("start-date") or "", visit.findtext("end-date") or ""
        country = (visit.findtext("from") or "").strip()
        events.append({
            "id": f"visit-{index}", "title": quoted((visit.findtext("visitor") or "").strip()),
            "date": quoted(start if start == end else f"{start}/{end}"), "kind": "visit",
            "status": "held", "countries": f"[US, {country_code(country, codes)}]",
        })  # fmt: skip
    countries = {code: name for name, code in codes.items()}
    return events_file("Visits to the United States, 2010", countries, events)


def convert(out: Path) -> list[Path]:
    """Write every converted file into ``out``; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    files = {
        "travel.yaml": trips(list(TRAVELLERS)),
        "blinken.yaml": trips(["secretary-travels-blinken-antony-j.xml"]),
        "visits-2010.yaml": visits(),
    }
    for folder in ("timelinejs", "vis-timeline"):
        for path in sorted((DATA / folder).glob("*.json")):
            files[f"{folder}-{path.stem}.yaml"] = import_events(path)
    written = []
    for name, text in files.items():
        (out / name).write_text(text, encoding="utf-8")
        written.append(out / name)
    return written


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the converted files")
    for path in convert(parser.parse_args().out):
        print(path)
