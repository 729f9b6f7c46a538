"""The fast reader reads the plain block style exactly as the full reader does, offsets
included, and leaves everything else to it."""

from __future__ import annotations

import random
from typing import Any

import pytest

from timeline.errors import DataError
from timeline.read.document import YamlList, YamlMap, parse_document
from timeline.read.fast import Unsure, _read, parse

from ..conftest import EVENTS_FILE


def synthetic_yaml(size: int, seed: int) -> str:
    """Events in the shapes generated files have: quoted and plain titles, ranges, flow
    lists and tables, nested citations, comments."""
    rng = random.Random(seed)
    lines = ["# generated", "version: 1", "title: Synthetic, 300 events (seed 7)", "",
             "countries:", "  US: {name: United States}", "  JP: {name: Japan}",
             "actors:", "  kim-1: {name: Anna Kim, country: US, role: Envoy to the UN}",
             "sources:", "  gen:", "    file: gen.txt", "    outlet: gen_events.py",
             "    date: 2025-01-01", "events:"]  # fmt: skip
    for number in range(size):
        day = f"2023-{rng.randint(1, 12):02d}-{rng.randint(10, 28)}"
        title = rng.choice(["Talks resume", '"Summit: day one"', "Minister's visit"])
        lines += [
            f"  - id: e-{number}",
            f"    title: {title}",
            f"    date: {rng.choice([day, day + '/' + day[:8] + '28', day + '?'])}",
            "    kind: meeting",
            f"    countries: [{rng.choice(['US', 'JP', 'US, JP'])}]",
            "    sources:",
            "      - source: gen",
            f'        quote: "{number} said"',
        ]
    return "\n".join(lines) + "\n"


def located(value: Any) -> Any:
    """A value with every offset it carries, as plain data to compare."""
    if isinstance(value, YamlMap):
        return ("map", value.offset, {key: (value.key_offsets[key], value.value_offsets[key],
                                             located(item)) for key, item in value.items()})  # fmt: skip
    if isinstance(value, YamlList):
        return ("list", value.offset, [(offset, located(item)) for offset, item in
                                       zip(value.item_offsets, value, strict=True)])  # fmt: skip
    return value


def test_the_fast_reader_reads_synthetic_files_as_the_full_reader_does() -> None:
    text = synthetic_yaml(300, seed=7)
    data, offset = _read(text)
    full = parse_document(text)
    assert offset == full.data_offset
    assert located(data) == located(full.data)


def test_the_fast_reader_reads_flow_tables_as_the_full_reader_does() -> None:
    text = (
        'version: 1\ncountries:\n  US: {name: United States}\n  JP: {name: "Japan"}\n'
        'actors:\n  a-1: {name: Anna Kim, country: US, role: Envoy}\n  a-2: {name: Bo, country: JP, role: "Aide, Envoy\'s"}\n'
        'events:\n- id: e-1\n  title: "Talks: day one"\n  date: 2021-03-16/2021-03-18\n'
        "  countries: [US, JP]\n  sources:\n  - source: ap\n    quote: \"x\"\n  n: 12\n  note: 'it''s'\n"
        "  flag: true\n  none: null\n  tags: []\n"
    )
    data, offset = _read(text)
    full = parse_document(text)
    assert offset == full.data_offset
    assert located(data) == located(full.data)


@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1\nb: *x\n",  # anchors and aliases
        "a: !!str 1\n",  # tags
        "a: |\n  text\n",  # block scalars
        "a: one\n  two\n",  # a plain value over two lines
        "a: 1\na: 2\n",  # a duplicate key
        "a: x # comment\n",  # a comment after a value
        "a:\tb\n",  # a tab
        "a:\nb: 1\n",  # an empty value
        "Null: 1\n",  # a key the full reader reads as another text
        "a: [1, [2]]\n",  # nested flow
    ],
)
def test_anything_else_is_left_to_the_full_reader(text: str) -> None:
    with pytest.raises(Unsure):
        _read(text)


def test_problems_are_still_located_by_the_full_reader() -> None:
    document = parse("a: 1\na: 2\n", "dup.yaml")
    assert [problem.message for problem in document.problems] == [
        "duplicate key 'a' (first given at line 1)"
    ]
    assert document.problems[0].line == 2


def test_the_events_file_reads_the_same_either_way() -> None:
    text = EVENTS_FILE.read_text(encoding="utf-8")
    assert located(parse(text).data) == located(parse_document(text).data)


@pytest.mark.parametrize(
    "text",
    [
        "title: a\u00a0b\n",  # a no-break space: not printable to Python, read fast all the same
        "title: caf\u00e9 \u6771\u4eac\n",  # letters beyond ASCII
        "title: a \U0001f600\n",  # beyond the Basic Multilingual Plane: the full reader's
        "title: a\u2028b\n",  # a line separator: the full reader reports it
        "title: a\tb\n",  # a tab
        "a: 1\n---\nb: 2\n",  # a second document
        "a: {name: Anna Kim?, role: x}\n",  # a '?' in a flow value, which the full reader
        "a: [US, 2021-03-16?]\n",  # refuses
        'a: [US, "2021-03-16?"]\n',  # and reads quoted
    ],
)
def test_any_text_reads_and_fails_as_the_full_reader_has_it(text: str) -> None:
    try:
        expected: Any = located(parse_document(text).data)
    except DataError as error:
        expected = str(error)
    try:
        found: Any = located(parse(text).data)
    except DataError as error:
        found = str(error)
    assert found == expected


def test_line_numbers_count_every_kind_of_line_break() -> None:
    document = parse_document("a: 1\r\nb: 2\rc: 3\nd: 4\n")
    assert [document.line(document.text.index(key)) for key in "abcd"] == [1, 2, 3, 4]
    document = parse("a: 1\n\nb: 2\n")
    assert document.line(document.text.index("b")) == 3
