"""``timeline import``: TimelineJS and vis-timeline files, the real ones in ../shared/data
among them, become events files that validate and render, keeping what the format has."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import timeline
from timeline import DataError, import_file, load
from timeline.cli import cli
from timeline.convert import import_events

from ..conftest import DATA

REAL = sorted((DATA / "timelinejs").glob("*.json")) + sorted((DATA / "vis-timeline").glob("*.json"))
real_data = pytest.mark.skipif(not REAL, reason=f"no TimelineJS or vis-timeline files in {DATA}")


def imported(tmp_path: Path, source: Path, name: str = "events.yaml") -> timeline.Timeline:
    return load(import_file(source, tmp_path / name))


def items_in(source: Path) -> int:
    data = json.loads(source.read_text(encoding="utf-8"))
    if isinstance(data, list):
        return len(data)
    if "items" in data:
        return len(data["items"])
    return len(data["events"]) + len(data.get("eras", []))


@real_data
@pytest.mark.parametrize("source", REAL, ids=[path.name for path in REAL])
def test_every_real_file_imports_whole_and_lays_out(tmp_path, source):
    result = CliRunner().invoke(cli, ["import", str(source), "-o", str(tmp_path / "e.yaml")])
    assert result.exit_code == 0, result.output
    events = load(tmp_path / "e.yaml")
    assert len(events.events) == items_in(source)  # nothing dropped
    assert not any("<" in event.title or "&amp;" in event.title for event in events.events)
    timeline.write(events, tmp_path / "e.json", width=6.5)  # the layout of the figure
    assert json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))["events"]


@real_data
def test_timelinejs_dates_keep_their_precision_and_eras_become_periods(tmp_path):
    eras = imported(tmp_path, DATA / "timelinejs" / "eras.json")
    assert eras.title == "Eras Test"
    first = eras.events[0]
    assert (first.when.text, first.kind) == ("0600/0650", "period")
    lanes = {eras.countries[event.countries[0]].name for event in eras.events}
    assert lanes == {"Events", "Eras"}
    assert {event.when.precision for event in eras.events} == {"year", "day", "range"}
    women = imported(tmp_path, DATA / "timelinejs" / "women_in_computing.json", "w.yaml")
    assert women.event("and-the-women-who-made-it-work").when.text == "1943-07/1946"


@real_data
def test_timelinejs_media_become_sources_and_the_text_their_quote(tmp_path):
    women = imported(tmp_path, DATA / "timelinejs" / "women_in_computing.json")
    ada = women.event("ada-lovelace")
    (citation,) = ada.citations
    assert citation.quote.startswith("Women have been programming since before it was a thing. "
                                     "Take Ada Lovelace: Daughter of Lord Byron")  # fmt: skip
    source = women.sources[citation.source]
    assert source.outlet == "Wikimedia Commons"
    assert source.url.startswith("https://upload.wikimedia.org/")
    clarke = women.event("edith-clarke-bucking-the-trend")  # a quote set as the media
    assert clarke.note.startswith("There is no demand for women engineers")


@real_data
def test_timelinejs_groups_become_lanes_the_ungrouped_last(tmp_path):
    media = imported(tmp_path, DATA / "timelinejs" / "all-media-types.json")
    lanes = [country.name for country in media.countries.values()]
    assert lanes == ["Video", "Social Media", "Audio", "HTML", "Image", "Other"]
    assert sum(media.countries[e.countries[0]].name == "Other" for e in media.events) == 13


@real_data
def test_vis_timeline_groups_in_their_order_and_ends_exclusive(tmp_path):
    ordered = imported(tmp_path, DATA / "vis-timeline" / "groups_ordering.json")
    assert [country.name for country in ordered.countries.values()] == ["First", "Second", "Third"]
    assert ordered.event("0").when.text == "2014-04-17/2014-04-20"  # end 2014-04-21 excluded
    subgroups = imported(tmp_path, DATA / "vis-timeline" / "subgroups.json", "s.yaml")
    assert subgroups.event("sg-2-2").when.text == "2014-02-02"  # written "2014-02-2"
    assert subgroups.event("1").when.text == "2014-01-23T12:00/2014-01-26T12:00"
    assert subgroups.event("sg-1-2").tags == ("sg-1", "positive")
    assert subgroups.event("background-all").kind == "period"


def test_nested_groups_stand_under_their_parent(tmp_path):
    source = tmp_path / "nested.json"
    source.write_text(json.dumps({
        "groups": [{"id": "b", "content": "<b>Europe</b>", "nestedGroups": ["fr"]},
                   {"id": "a", "content": "Asia"}, {"id": "fr", "content": "France"}],
        "items": [{"id": "x", "content": "In <i>Paris</i>", "start": "2020-05-01", "group": "fr"},
                  {"id": "y", "content": "Tokyo &amp; Osaka", "start": 1588291200000,
                   "group": "a"},
                  {"id": "z", "content": "Brussels", "start": "2020-05-03", "group": "b"}],
    }), encoding="utf-8")  # fmt: skip
    nested = imported(tmp_path, source)
    assert [country.name for country in nested.countries.values()] == [
        "Europe",
        "Europe / France",
        "Asia",
    ]
    assert nested.event("x").title == "In Paris"
    assert (nested.event("y").title, nested.event("y").when.text) == ("Tokyo & Osaka", "2020-05-01")


def test_an_existing_file_is_replaced_only_with_force(tmp_path):
    source = tmp_path / "items.json"
    source.write_text('[{"id": 1, "content": "one", "start": "2020-01-01"}]', encoding="utf-8")
    output = tmp_path / "events.yaml"
    output.write_text("mine\n", encoding="utf-8")
    runner = CliRunner()
    refused = runner.invoke(cli, ["import", str(source), "-o", str(output)])
    assert refused.exit_code == 2
    assert f"{output} exists; give --force to replace it" in refused.stderr
    assert output.read_text(encoding="utf-8") == "mine\n"
    forced = runner.invoke(cli, ["import", str(source), "-o", str(output), "--force"])
    assert forced.exit_code == 0
    assert forced.output == f"{output}: imported 1 event, 0 actors, 1 country, 0 sources; " \
                            "2020-01-01 to 2020-01-01\n"  # fmt: skip


@pytest.mark.parametrize(
    "text, message",
    [
        ('{"items": [\n {"id": "a", "start": "2014-13-01"}]}',
         "2:23: error: 'start' of item 'a': '2014-13-01' is not a date: month must be in 1..12"),
        ('{"events": [{"start_date": {"month": "3"}}]}',
         "1:14: error: 'start_date' has no 'year'"),
        ('{"events": [{"start_date": {"year": "1999", "month": "13"}}]}',
         "1:54: error: 'start_date': the month '13' is not a number from 1 to 12"),
        ('{"items": [,]}', "1:12: error: not JSON: Expecting value"),
        ('{"rows": []}', " error: not timelinejs or vis-timeline data: found no events with a "
                         "start date"),
    ],
)  # fmt: skip
def test_what_cannot_be_imported_is_an_error_at_its_place_and_nothing_is_written(
    tmp_path, text, message
):
    source = tmp_path / "in.json"
    source.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert (result.exit_code, result.stderr) == (1, f"{source}:{message}\n")
    assert not (tmp_path / "out.yaml").exists()


def test_the_text_is_what_validate_reads(tmp_path):
    source = tmp_path / "items.json"
    source.write_text('[{"id": "2", "content": "yes", "start": "2020-01-01", "title": "a\\nb"}]',
                      encoding="utf-8")  # fmt: skip
    text = import_events(source)
    assert text == (
        'countries:\n  L1: {name: Events}\nevents:\n  - id: "2"\n    title: yes\n'
        "    date: 2020-01-01\n    kind: other\n    status: held\n    countries: [L1]\n"
        '    note: "a\\nb"\n'
    )
    with pytest.raises(DataError):
        import_events(source, "timelinejs")


@pytest.mark.parametrize(
    "data, message",
    [
        ({"events": [{"start_date": {"year": "2000", "month": "2", "day": "30"}}]},
         "1:14: error: 'start_date': 2000-02-30 is not a date: February 2000 has 29 days"),
        ({"events": [{"start_date": {"year": "2000"}, "end_date": {"year": "1990"}}]},
         "1:46: error: 'start_date' to 'end_date': 2000/1990: ends (1990) before it starts "
         "(2000)"),
        ({"items": [{"id": 1, "start": "2020-01-02T10:00", "end": "2020-01-02T09:00"}]},
         "1:58: error: item 1 from 'start' to 'end': 2020-01-02T10:00/2020-01-02T09:00: ends "
         "(2020-01-02T09:00) before it starts (2020-01-02T10:00)"),
        ({"items": [{"id": 1, "start": -1e15}]},
         "1:31: error: 'start' of item 1: -1000000000000000.0 is not a date: date value out of "
         "range"),
    ],
)  # fmt: skip
def test_dates_that_cannot_be_are_refused_where_the_file_writes_them(tmp_path, data, message):
    source = tmp_path / "in.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        import_events(source)
    assert str(caught.value) == f"{source}:{message}"


def test_items_of_groups_not_declared_keep_them_apart(tmp_path):
    source = tmp_path / "items.json"
    source.write_text(json.dumps([
        {"id": 1, "start": "2020-01-01", "group": "b"}, {"id": 2, "start": "2020-01-02"},
        {"id": 3, "start": "2020-01-03", "group": "a"},
    ]), encoding="utf-8")  # fmt: skip
    lanes = [country.name for country in imported(tmp_path, source).countries.values()]
    assert lanes == ["b", "a", "Other"]


@pytest.mark.parametrize("name", ["events.csv", "-", "events.json"])
def test_the_output_is_a_yaml_file_or_nothing_is_written(tmp_path, name):
    source = tmp_path / "items.json"
    source.write_text('[{"id": 1, "content": "one", "start": "2020-01-01"}]', encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(source), "-o", str(tmp_path / name)])
    assert result.exit_code == 2
    assert "an imported events file is YAML: end" in result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["items.json"]


def test_the_command_offers_every_format_the_importer_reads() -> None:
    from timeline.convert import IMPORT_FORMAT_NAMES, IMPORT_FORMATS

    assert tuple(IMPORT_FORMATS) == IMPORT_FORMAT_NAMES
