"""The editors' JSON Schema: shipped as generated, and in agreement with the validator."""

from __future__ import annotations

import json
import re
import textwrap
from datetime import date
from importlib.resources import files

import jsonschema
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from timeline.cli import cli
from timeline.errors import DataError
from timeline.read.build import build
from timeline.read.document import parse_document
from timeline.read.json_schema import DATE_PATTERN, SCHEMA_FILE, json_schema, schema_text

from ..conftest import EVENTS_FILE, HEADER

VALIDATOR = jsonschema.Draft202012Validator(json_schema())

EVENT = """\
  - id: a
    title: A
    date: 2021-03-16
    kind: meeting
    status: held
    actors: [blinken]
"""


def both(text: str) -> tuple[bool, bool]:
    """(the schema accepts it, the validator accepts it)."""
    document = parse_document(text)
    schema_ok = VALIDATOR.is_valid(json.loads(json.dumps(document.data)))
    try:
        build(document)
    except DataError:
        return schema_ok, False
    return schema_ok, True


def test_the_shipped_schema_is_the_generated_one():
    shipped = files("timeline.read").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    assert shipped == schema_text(), "run: timeline schema > timeline/read/events.schema.json"
    assert CliRunner().invoke(cli, ["schema"]).output == shipped
    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_events_yaml_points_editors_at_the_schema_and_passes_it():
    first_line = EVENTS_FILE.read_text(encoding="utf-8").splitlines()[0]
    match = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first_line)
    assert match and (EVENTS_FILE.parent / match[1]).read_text(encoding="utf-8") == schema_text()
    assert both(EVENTS_FILE.read_text(encoding="utf-8")) == (True, True)


VALID = [
    "events:\n" + EVENT,
    "version: 1\ntitle: T\nevents:\n" + EVENT,
    "events:\n" + EVENT.replace("2021-03-16", '"[2021-04-01..2021-04-15]"'),
    "events:\n" + EVENT.replace("2021-03-16", "2021"),
    "events:\n" + EVENT.replace("2021-03-16", "2017-01/2021-01~"),
    "events:\n" + EVENT.replace("actors: [blinken]", "countries: [JP]"),
    "events:\n" + EVENT + "    sources:\n      - {source: ap, quote: q}\n    tags: [x-1]\n",
    "events:\n" + EVENT.replace("2021-03-16", "2021-03-16T15:00") + "    timezone: Asia/Tokyo\n",
    "events: []\n",
]

INVALID = [
    "events:\n" + EVENT.replace("title: A", "titel: A"),  # unknown key
    "events:\n" + EVENT.replace("    title: A\n", ""),  # missing key
    "events:\n" + EVENT.replace("meeting", "meting"),  # unknown value
    "events:\n" + EVENT.replace("id: a", "id: A_1"),  # bad id
    "events:\n" + EVENT.replace("title: A", "title: ' '"),  # blank text
    "events:\n" + EVENT.replace("title: A", "title: 3"),  # not text
    "events:\n" + EVENT.replace("2021-03-16", "16 March 2021"),  # not EDTF
    "events:\n" + EVENT.replace("2021-03-16", "2021-3-16"),  # not EDTF
    "events:\n" + EVENT.replace("actors: [blinken]", "actors: []"),  # no lane
    "events:\n" + EVENT.replace("actors: [blinken]", "actors: blinken"),  # not a list
    "events:\n" + EVENT + "    sources:\n      - {source: ap}\n",  # citation without quote
    "version: 2\nevents:\n" + EVENT,  # unknown version
    "events:\n" + EVENT + "extra: 1\n",  # unknown top-level key
    "events: {}\n",  # not a list
]

BEYOND_THE_SCHEMA = [
    "events:\n" + EVENT.replace("2021-03-16", "2021-02-30"),  # no such day
    "events:\n" + EVENT.replace("blinken", "nobody"),  # unknown actor
    "events:\n" + EVENT + EVENT,  # duplicate id
]


@pytest.mark.parametrize("events", VALID)
def test_valid_examples_pass_both(events):
    assert both(HEADER + events) == (True, True)


@pytest.mark.parametrize("events", INVALID)
def test_invalid_examples_fail_both(events):
    assert both(HEADER + events) == (False, False)


@pytest.mark.parametrize("events", BEYOND_THE_SCHEMA)
def test_what_needs_the_whole_file_only_the_validator_sees(events):
    assert both(HEADER + events) == (True, False)


qualifiers = st.sampled_from(["", "~", "?", "%"])
days = st.dates(min_value=date(1, 1, 1))


@given(days, days, qualifiers)
def test_every_date_the_validator_reads_has_the_schemas_shape(first, second, qualifier):
    first, second = sorted((first, second))
    for text in (
        first.isoformat() + qualifier,
        first.isoformat()[:7],
        f"{first.isoformat()}/{second.isoformat()}{qualifier}",
        f"[{first.isoformat()}..{second.isoformat()}]",
        f"{first.isoformat()}T12:30",
    ):
        assert re.search(DATE_PATTERN, text), text
        schema_ok, ok = both(HEADER + "events:\n" + EVENT.replace("2021-03-16", f'"{text}"'))
        assert schema_ok and ok, text


def test_a_schema_error_names_the_key():
    document = parse_document(HEADER + "events:\n" + textwrap.dedent(EVENT).replace("kind", "knd"))
    errors = list(VALIDATOR.iter_errors(json.loads(json.dumps(document.data))))
    assert errors and any("knd" in error.message for error in errors)
