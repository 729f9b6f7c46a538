"""Validation: each class of error, at its line and column, all reported in one run."""

from __future__ import annotations

import pytest

from timeline import DataError, load

VALID_EVENT = """\
events:
  - id: tokyo-2plus2
    title: Tokyo 2+2
    date: 2021-03-16
    kind: meeting
    status: held
    actors: [blinken, motegi]
    sources:
      - source: ap
        quote: Tuesday
"""


def errors(path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load(path)
    return [f"{p.line}:{p.column} {p.message}" for p in caught.value.problems]


def test_the_valid_example_loads(events_file):
    timeline = load(events_file(VALID_EVENT))
    assert [event.id for event in timeline.events] == ["tokyo-2plus2"]
    assert timeline.events[0].countries == ("US", "JP")


@pytest.mark.parametrize(
    "old, new, expected",
    [
        (
            "    title: Tokyo 2+2\n",
            "    titel: Tokyo 2+2\n",
            [
                "12:5 event 'tokyo-2plus2' has no 'title'",
                "13:5 unknown key 'titel' in event 'tokyo-2plus2'; did you mean 'title'?",
            ],
        ),
        (
            "    title: Tokyo 2+2\n",
            "    title: [Tokyo, 2+2]\n",
            ["13:12 'title' of event 'tokyo-2plus2' must be text, not a list"],
        ),
        (
            "    title: Tokyo 2+2\n",
            "    title:\n",
            ["13:11 'title' of event 'tokyo-2plus2' must be text, but it is empty"],
        ),
        (
            "    date: 2021-03-16\n",
            "    date: 2021-02-30\n",
            [
                "14:11 'date' of event 'tokyo-2plus2': 2021-02-30 is not a date: February 2021 has 28 days"
            ],
        ),
        (
            "    date: 2021-03-16\n",
            "    date: 16/03/2021\n",
            [
                "14:11 'date' of event 'tokyo-2plus2': '16/03/2021' is not an EDTF date; did you mean 2021-03-16?"
            ],
        ),
        (
            "    date: 2021-03-16\n",
            "    date: 2021-03-18/2021-03-16\n",
            [
                "14:11 'date' of event 'tokyo-2plus2': 2021-03-18/2021-03-16: ends (2021-03-16) before it starts (2021-03-18)"
            ],
        ),
        (
            "    date: 2021-03-16\n",
            "    date: March 16, 2021\n",
            [
                "14:11 'date' of event 'tokyo-2plus2': 'March 16, 2021' is not an EDTF date; did you mean 2021-03-16?"
            ],
        ),
        (
            "    kind: meeting\n",
            "    kind: meting\n",
            [
                "15:11 'kind' of event 'tokyo-2plus2' is 'meting', not a known value; did you mean 'meeting'?"
            ],
        ),
        (
            "    status: held\n",
            "    status: done\n",
            [
                "16:13 'status' of event 'tokyo-2plus2' is 'done', not a known value; use one of held, planned, expected, cancelled"
            ],
        ),
        (
            "    actors: [blinken, motegi]\n",
            "    actors: [blinken, austn]\n",
            ["17:23 event 'tokyo-2plus2' names unknown actor 'austn'; did you mean 'austin'?"],
        ),
        (
            "    actors: [blinken, motegi]\n",
            "    actors: [blinken, blinken]\n",
            ["17:23 event 'tokyo-2plus2' lists actor 'blinken' twice"],
        ),
        (
            "    actors: [blinken, motegi]\n",
            "    actors: blinken\n",
            ["17:13 'actors' of event 'tokyo-2plus2' must be a list, not text"],
        ),
        (
            "    actors: [blinken, motegi]\n",
            "    countries: [JP, kr]\n",
            [
                "17:21 item 2 of 'countries' of event 'tokyo-2plus2' 'kr' must be capital letters and digits, e.g. US or JP"
            ],
        ),
        (
            "    actors: [blinken, motegi]\n",
            "    countries: [JP, CN]\n",
            ["17:21 event 'tokyo-2plus2' names unknown country 'CN'; add it under 'countries:'"],
        ),
        (
            "    actors: [blinken, motegi]\n",
            "",
            ["12:5 event 'tokyo-2plus2' has no 'actors' and no 'countries', so no lane"],
        ),
        (
            "      - source: ap\n",
            "      - source: apx\n",
            ["19:17 event 'tokyo-2plus2' names unknown source 'apx'; did you mean 'ap'?"],
        ),
        (
            "        quote: Tuesday\n",
            "",
            ["19:9 citation 1 of 'sources' of event 'tokyo-2plus2' has no 'quote'"],
        ),
        (
            "  - id: tokyo-2plus2\n",
            "  - id: Tokyo 2+2\n",
            ["12:9 event id 'Tokyo 2+2' must be lowercase letters, digits and single hyphens"],
        ),
        (
            "    date: 2021-03-16\n",
            "    date: 2021-03-16\n    timezone: Asia/Tokyo\n",
            ["15:15 'timezone' of event 'tokyo-2plus2' needs a time of day in 'date', e.g. T15:00"],
        ),
        (
            "    date: 2021-03-16\n",
            "    date: 2021-03-16T10:00\n    timezone: Asia/Tokio\n",
            [
                "15:15 'timezone' of event 'tokyo-2plus2': unknown IANA time zone 'Asia/Tokio'; did you mean 'Asia/Tokyo'?"
            ],
        ),
        (
            "    date: 2021-03-16\n",
            "    date: 2021-03-14T02:30\n    timezone: America/New_York\n",
            [
                "14:11 'date' of event 'tokyo-2plus2': 2021-03-14 02:30 does not exist in America/New_York (the clocks skip it)"
            ],
        ),
        (
            "    date: 2021-03-16\n",
            "    date: 2021-03-16/2021-03-17T10:00\n    timezone: Asia/Tokyo\n",
            [],
        ),
        (
            "    status: held\n",
            "    status: held\n    tags: 5\n",
            ["17:11 'tags' of event 'tokyo-2plus2' must be a list, not a number"],
        ),
        (
            "    status: held\n",
            "    status: held\n    tags: background\n",
            ["17:11 'tags' of event 'tokyo-2plus2' must be a list, not text"],
        ),
    ],
)
def test_each_error_class_names_its_line_column_and_a_hint(events_file, old, new, expected):
    assert old in VALID_EVENT
    path = events_file(VALID_EVENT.replace(old, new))
    if expected:
        assert errors(path) == expected
    else:
        load(path)  # valid: nothing to report


def test_duplicate_ids_point_at_the_first_use(events_file):
    second = VALID_EVENT.split("\n", 1)[1]
    path = events_file(VALID_EVENT + second)
    assert errors(path) == ["21:9 duplicate event id 'tokyo-2plus2' (first used at line 12)"]


def test_definitions_are_checked_too(events_file):
    header = """\
countries:
  US: {name: United States}
  JP: {nme: Japan}
actors:
  blinken: {name: Antony Blinken, country: USA, role: Secretary of State}
  motegi: {name: Toshimitsu Motegi, country: JP, role: Minister for Foreign Affairs}
  austin: {name: Lloyd Austin, country: US}
sources:
  ap: {file: a.txt, outlet: AP, date: 2021-02-29}
  ap: {file: b.txt, outlet: AP, date: 2021-03-17}
"""
    assert errors(events_file(VALID_EVENT, header=header)) == [
        "3:7 country 'JP' has no 'name'",
        "3:8 unknown key 'nme' in country 'JP'; did you mean 'name'?",
        "5:44 actor 'blinken' names unknown country 'USA'; did you mean 'US'?",
        "7:11 actor 'austin' has no 'role'",
        "9:39 'date' of source 'ap': 2021-02-29 is not a date: February 2021 has 28 days",
        "10:3 duplicate key 'ap' (first given at line 9)",
    ]


def test_every_problem_in_the_file_is_reported_at_once(events_file):
    broken = (
        VALID_EVENT.replace("title: Tokyo 2+2", "titel: Tokyo 2+2")
        .replace("2021-03-16", "2021-02-30")
        .replace("kind: meeting", "kind: meting")
        .replace("[blinken, motegi]", "[blinken, austn]")
        .replace("source: ap", "source: apx")
    )
    assert len(errors(events_file(broken))) == 6


def test_missing_top_level_keys_and_unknown_ones(events_file):
    path = events_file("evnts: []\n", header="title: t\n")
    assert errors(path) == [
        "1:1 the file has no 'countries'",
        "1:1 the file has no 'events'",
        "2:1 unknown key 'evnts' in the file; did you mean 'events'?",
    ]


def test_a_time_zone_folder_is_not_a_time_zone(events_file):
    text = VALID_EVENT.replace(
        "    date: 2021-03-16\n", "    date: 2021-03-16T10:00\n    timezone: America\n"
    )
    [problem] = errors(events_file(text))
    assert problem.startswith(
        "15:15 'timezone' of event 'tokyo-2plus2': unknown IANA time zone 'America'"
    )
