"""The direct reader builds the same Timeline as the full path, or leaves the file to it.

Every file here is read both ways: by ``load`` (which tries the direct reader first) and by
the full path alone (the YAML parser, ``check_structure``, ``build``). They must give equal
timelines, event lines included, or the same problems; and the direct reader must never
accept a file the full path rejects.
"""

from __future__ import annotations

import pickle
import random
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.errors import DataError
from timeline.model.timeline import Citation, Event, Timeline
from timeline.read.builder import build
from timeline.read.direct import plain_timeline
from timeline.read.document import parse_document
from timeline.read.loading import load

from ..conftest import EVENTS_FILE

HEADER = """\
# An events file in the shapes hand-written and generated files have.
version: 1
title: "Direct reading, seed {seed}"

countries:
  US: {{name: United States}}
  JP: {{name: Japan}}
  KR:
    name: South Korea
actors:
  kim-1: {{name: Anna Kim, country: KR, role: Foreign Minister}}
  ito-2:
    name: Ken Ito
    country: JP
    role: Prime Minister
sources:
  ap:
    file: ap.txt
    outlet: The Associated Press
    date: 2021-03-18
  nikkei: {{file: nikkei.txt, outlet: Nikkei Asia, date: 2021-03}}

events:
"""

DATES = ("2021-03-16", "2021-03", "2021", "2021-03-16?", "2021-03-16~", "1943/1946",
         "2021-03-17/2021-03-18", '"[2021-04-01..2021-04-15]"', "'2021-05-02'", "2022")  # fmt: skip
TITLES = ("Talks resume", '"Summit: day one"', "'Minister''s visit'", "Café au lait 東京",
          "Tokyo -- 2+2 talks")  # fmt: skip


def events_text(size: int, seed: int) -> str:
    """An events file whose events take every shape the direct reader reads: flow and block
    lists, lists at their key's indentation, optional fields, comments, blank lines."""
    rng = random.Random(seed)
    lines = HEADER.format(seed=seed).splitlines()
    for number in range(size):
        lines += [f"  - id: e-{number}", f"    title: {rng.choice(TITLES)}"]
        lines.append(f"    date: {rng.choice(DATES)}")
        if rng.random() < 0.2:
            lines[-1] = "    date: 2021-03-28T02:30"  # an hour Europe/Berlin skips
            lines.append("    timezone: Asia/Tokyo")
        lines += [f"    kind: {rng.choice(['meeting', 'call', 'summit'])}",
                  f"    status: {rng.choice(['held', 'planned'])}"]  # fmt: skip
        lanes = rng.random()
        if lanes < 0.3:
            lines.append(f"    actors: [{rng.choice(['kim-1', 'ito-2', 'kim-1, ito-2'])}]")
        if lanes > 0.2:
            if rng.random() < 0.5:
                lines.append(f"    countries: [{rng.choice(['US', 'JP', 'US, KR'])}]")
            else:
                lines += ["    countries:", "      - US", "      - JP"]
        if rng.random() < 0.7:
            indent = rng.choice(["      ", "    "])
            lines.append("    sources:")
            for source in rng.sample(["ap", "nikkei"], rng.randint(1, 2)):
                lines += [f"{indent}- source: {source}", f'{indent}  quote: "{number} said"']
        if rng.random() < 0.3:
            lines.append("    tags: [alliance, trade-2]")
        if rng.random() < 0.3:
            lines += ["    location: Seoul", "    note: 'A note: with a colon'"]
            lines.append("    disagreement: The sources differ")
        if rng.random() < 0.2:
            lines += ["", "  # a comment between events"]
    return "\n".join(lines) + "\n"


def full_path(text: str, name: str) -> Timeline | list[str]:
    """The timeline the full path builds, or the messages of its problems."""
    try:
        return build(parse_document(text, name))
    except DataError as error:
        return [str(problem) for problem in error.problems]


def loaded(path: Path) -> Timeline | list[str]:
    try:
        return replace(load(path), source=None)
    except DataError as error:
        return [str(problem) for problem in error.problems]


def assert_same(text: str, folder: Path) -> Timeline | None:
    """Check that the direct reader and load agree with the full path; the direct result."""
    path = folder / "events.yaml"
    path.write_text(text, encoding="utf-8", newline="")
    expected = full_path(text, str(path))
    direct = plain_timeline(text, str(path))
    if isinstance(expected, list):
        assert direct is None, "the direct reader accepted a file the full path rejects"
    elif direct is not None:
        assert direct == expected
        assert [event.line for event in direct.events] == [e.line for e in expected.events]
    result = loaded(path)
    assert result == expected
    if isinstance(expected, Timeline):
        assert isinstance(result, Timeline)
        assert [event.line for event in result.events] == [e.line for e in expected.events]
    return direct


def test_the_direct_reader_reads_generated_files_as_the_full_path_does(tmp_path: Path) -> None:
    for seed in range(5):
        assert assert_same(events_text(40, seed), tmp_path) is not None, seed


def test_a_file_with_windows_line_ends_is_read_directly_all_the_same(tmp_path: Path) -> None:
    assert assert_same(events_text(20, 4).replace("\n", "\r\n"), tmp_path) is not None


def test_events_are_the_same_objects_as_init_makes(tmp_path: Path) -> None:
    timeline = plain_timeline(events_text(20, 1), "events.yaml")
    assert timeline is not None
    for event in timeline.events:
        made = Event(**{name: getattr(event, name) for name in Event.__dataclass_fields__})
        assert made == event and hash(made) == hash(event) and repr(made) == repr(event)
        assert pickle.dumps(made) == pickle.dumps(event)
        assert replace(event, title="x").title == "x"
        for citation in event.citations:
            assert pickle.dumps(Citation(citation.source, citation.quote)) == pickle.dumps(citation)
    assert pickle.loads(pickle.dumps(timeline.events)) == timeline.events


def test_the_project_events_file_with_its_folded_notes_is_left_to_the_full_path(
    tmp_path: Path,
) -> None:
    """events.yaml has multi-line values (``note: >-``), which the direct reader does not
    read: it declines the file rather than misread it, and load gives the full path's."""
    text = EVENTS_FILE.read_text(encoding="utf-8")
    assert ": >-\n" in text
    assert assert_same(text, tmp_path) is None


def _indent(line: str) -> str:
    return " " + line


def _dedent(line: str) -> str:
    return line[1:] if line.startswith(" ") else line


def _value(new: str) -> Callable[[str], str]:
    return lambda line: line.partition(": ")[0] + ": " + new if ": " in line else line


MUTATIONS: dict[str, Callable[[str], str]] = {
    "indented": _indent,
    "dedented": _dedent,
    "no space after the colon": lambda line: line.replace(": ", ":", 1),
    "unknown key": lambda line: line.replace("title", "titel").replace("quote", "qoute"),
    "bad date": lambda line: line.replace("2021-03-16", "2021-02-30").replace("2021", "21"),
    "date as number": _value("20210316"),
    "duplicate id": lambda line: line.replace("e-1\n", "e-0\n").replace("id: e-1", "id: e-0"),
    "unknown country": lambda line: line.replace("US", "ZZ").replace("kim-1", "kim-9"),
    "tab": lambda line: line.replace("  ", "\t", 1),
    "quoted": lambda line: line.replace(": ", ': "', 1) + '"',
    "stray quote": lambda line: line + '"',
    "trailing comment": lambda line: line + " # a comment",
    "comment in a flow list": lambda line: line.replace("]", " # x]"),
    "flow list": _value("[US, JP]"),
    "empty flow list": _value("[]"),
    "flow mapping": _value("{name: x}"),
    "missing": lambda line: "",
    "repeated": lambda line: line + "\n" + line,
    "empty value": lambda line: line.partition(": ")[0] + ":",
    "null": _value("~"),
    "true": _value("true"),
    "number": _value("12"),
    "anchor": _value("&a x"),
    "alias": _value("*a"),
    "tag": _value("!!str x"),
    "block scalar": _value(">-\n      folded text"),
    "continued": lambda line: line + "\n      more words",
    "document marker": lambda line: "---\n" + line,
    "carriage return": lambda line: line + "\r",
    "control character": lambda line: line + "\x1b",
    "trailing space": lambda line: line + " ",
    "two spaces after the dash": lambda line: line.replace("- ", "-  ", 1),
    "key after the events": lambda line: line + "\ntitle: again",
    "unknown zone": lambda line: line.replace("Asia/Tokyo", "Asia/Tokio"),
    "zone without time": lambda line: line.replace("T02:30", ""),
    "skipped hour": lambda line: line.replace("Asia/Tokyo", "Europe/Berlin"),
    "null key": lambda line: line.replace("title:", "null:"),
    "kind misspelt": lambda line: line.replace("meeting", "meting"),
    "bad id": lambda line: line.replace("id: e-", "id: E_"),
    "empty text": _value('""'),
    "blank text": _value('"  "'),
    "no lanes": lambda line: line.replace("countries: [US]", "countries: []"),
    "items twice": lambda line: line.replace("[US, KR]", "[US, US]"),
    "bad tag": lambda line: line.replace("trade-2", "Trade"),
    "number in a list": lambda line: line.replace("[alliance", "[12").replace("[US", "[12"),
    "null in a list": lambda line: line.replace("trade-2]", "~]").replace("- JP", "- ~"),
    "second events key": lambda line: line.replace("version: 1", "events:"),
}


@pytest.mark.parametrize("name", MUTATIONS)
def test_a_mutated_line_is_read_alike_or_left_to_the_full_path(name: str, tmp_path: Path) -> None:
    """Each mutation in turn on every line of a small file (header and events)."""
    lines = events_text(5, seed=7).split("\n")  # a file with every shape the mutations change
    mutate = MUTATIONS[name]
    changed = 0
    for index, line in enumerate(lines):
        new = mutate(line)
        if new == line:
            continue
        changed += 1
        assert_same("\n".join([*lines[:index], new, *lines[index + 1 :]]), tmp_path)
    assert changed


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 1000),
    edits=st.lists(
        st.tuples(st.sampled_from(sorted(MUTATIONS)), st.integers(0, 200)), min_size=1, max_size=3
    ),
)
def test_random_mutations_are_read_alike_or_left_to_the_full_path(
    seed: int, edits: list[tuple[str, int]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    lines = events_text(8, seed).split("\n")
    for name, position in edits:
        index = position % len(lines)
        lines[index] = MUTATIONS[name](lines[index])
    assert_same("\n".join(lines), tmp_path_factory.mktemp("mutated"))


def test_a_file_the_direct_reader_leaves_reports_its_problem_at_its_line(tmp_path: Path) -> None:
    text = events_text(3, seed=2).replace("kind: meeting", "kind: meting", 1)
    line = text.split("\n").index("    kind: meting") + 1
    assert plain_timeline(text, "events.yaml") is None
    (tmp_path / "events.yaml").write_text(text, encoding="utf-8")
    result = loaded(tmp_path / "events.yaml")
    assert isinstance(result, list)
    assert any(message.startswith(f"{tmp_path / 'events.yaml'}:{line}:11: error: 'kind'")
               for message in result)  # fmt: skip


INSERTED = [
    *":- #'\"[]{},\n&*!|>?%@`~0T\\",
    ": ",
    "- ",
    "\n  ",
    "\n    ",
    "\n      - ",
    "null",
    "e5",
]


@settings(max_examples=100, deadline=None)
@given(
    seed=st.integers(0, 1000),
    edits=st.lists(
        st.tuples(st.integers(0, 10**6), st.sampled_from(INSERTED), st.booleans()),
        min_size=1,
        max_size=3,
    ),
)
def test_characters_put_in_or_taken_out_anywhere_are_read_alike_or_left_to_the_full_path(
    seed: int, edits: list[tuple[int, str, bool]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    text = events_text(4, seed)
    for position, inserted, remove in edits:
        at = position % len(text)
        text = text[:at] + text[at + 1 :] if remove else text[:at] + inserted + text[at:]
    assert_same(text, tmp_path_factory.mktemp("edited"))
