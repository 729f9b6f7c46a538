"""Fuzzing every command over damaged files, odd options and typed dates (issue 11).

The property, whatever the input: the command exits 0, 1 or 2 with no traceback, within a
time bound; the events file is byte for byte as it was unless an edit succeeded (and then
it is valid); every SVG written parses as XML; nothing but the asked-for files appears.

``TIMELINE_FUZZ_EXAMPLES`` sets the examples per test (30 by default, which keeps the whole
suite near a minute); the ``ci`` profile of conftest.py derandomises them, ``dev`` explores.
Years 9900-9999 are left out of what is drawn: the time scale's ticks overflow there, which
the layout issue fixes.
"""

from __future__ import annotations

import os
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from click.testing import CliRunner
from hypothesis import event, given, settings
from hypothesis import strategies as st

from timeline import DataError, load
from timeline.cli import cli

EXAMPLES = int(os.environ.get("TIMELINE_FUZZ_EXAMPLES", "30"))
SECONDS = 30.0
"""The most one command may take on these small files (most take well under a second)."""

BASE = """\
# yaml-language-server: $schema=timeline/read/events.schema.json
version: 1
title: Fuzz
countries:
  US: {name: United States}
  JP: {name: Japan}
actors:
  blinken: {name: Antony Blinken, country: US, role: Secretary of State}
  motegi: {name: Toshimitsu Motegi, country: JP, role: Minister}
sources:
  ap: {file: a.txt, outlet: AP, date: 2021-03-17}
events:
  - id: a
    title: Tokyo talks   # the 2+2
    date: 2021-03-16
    kind: meeting
    status: held
    actors: [blinken, motegi]
    sources:
      - source: ap
        quote: "two plus two"
    note: |
      line one
      line two

  - {id: b, title: "Seoul, talks", date: 2021-03-18~, kind: talks, status: planned,
     actors: [blinken]}   # flow

  - id: c
    title: 'Call'
    date: "[2021-04-01..2021-04-15]"
    kind: call
    status: expected
    countries: [JP]
    note: >-
      folded
      text
"""

FRAGMENTS = [
    "- ", ": ", "[", "]", "{", "}", "&a ", "*a", "!!str ", "? [a, b]\n: c\n", "'", '"', "\t",
    "#", "\n", "  ", "\r", "\r\n", "\x85", "\u2028", '"\\e]0;x\\a"', '"\\x01"', '"\\0"',
    '"\\uFFFE"', "|+\n", "|\n", ">-\n", "2021-03-00", "2021-21", "-0044-03-15", "2021-02-30",
    "1910/1945", "202X", "2021-03-18T15:00", "\ufeff", "é", "東京", "\u202e", "null", "---\n",
    "id: x", "timezone: Etc/GMT+12", "events:", "events: []",
]  # fmt: skip
FAR_YEARS = ["9999", "XXXX", "0001/9999", "9999-12-31T23:00"]
"""Years the time scale cannot draw yet (see the module docstring): read and edit only."""

TYPED_DATES = [
    "2021-03-16", "16 March 2021", "March 2021", "early April 2021", "late 2021",
    "about 16 March 2021", "1 January 1", "circa 44", "03/04/2021", "16/03/2021",
    "-0044-03-15", "2021-03-00", "2021-21", "about about 2021", "about " * 30 + "2021",
    "2021-02-30", "", " ", "nan", "\x1b[2J", "[2021-04-01..2021-03-01]", "2021-03-16/",
    "16 March 2021 10:00 JST", "2021-03-16T25:00", "0000", "2021-13", "[2021-04-01..]",
]  # fmt: skip
TEXTS = ["T", "", " ", "a: b", "# x", "'q'", '"q"', "x\ny", "\x1b]0;PWNED\x07", "\x85", "\u2028",
         "\udcff", "é東京", "\u202eevil", "- a", "[a]", "{a: b}", "yes", "2021", "~", "x" * 200]  # fmt: skip
NUMBERS = ["nan", "inf", "-1", "0", "2", "3", "5", "8", "10", "12", "200", "400", "x"]
VALUES = ["2021", "2021-03", "Tokyo talks", "summit", "held", "[blinken]", "[JP]", "x" * 120,
          "\\L", "\\N", "\\t", "a\\nb"]
"""Quoted values that keep a file valid more often than the fragments do."""


def fuzzed_file(fragments: list[str]) -> st.SearchStrategy[bytes]:
    """BASE with a few fragments put in, lines dropped or repeated, and line ends changed."""

    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        lines = BASE.splitlines(keepends=True)
        for _ in range(draw(st.sampled_from([0, 1, 1, 1, 2, 3]))):
            index = draw(st.integers(0, len(lines) - 1))
            action = draw(st.sampled_from(["value", "value", "insert", "delete", "repeat"]))
            key, colon, _ = lines[index].partition(": ")
            if action == "value" and colon and "{" not in key:  # a new value for a key
                value = draw(st.sampled_from([*fragments, *(f'"{t}"' for t in VALUES)]))
                lines[index] = f"{key}: {value}\n"
            elif action == "delete":
                del lines[index]
            elif action == "repeat":
                lines.insert(index, lines[index])
            else:
                line = lines[index]
                at = draw(st.integers(0, len(line)))
                lines[index] = line[:at] + draw(st.sampled_from(fragments)) + line[at:]
        text = "".join(lines)
        ending = draw(st.sampled_from(["\n", "\n", "\r\n", "\r"]))
        data = text.replace("\n", ending).encode("utf-8", errors="surrogatepass")
        return draw(st.sampled_from([b"", b"\xef\xbb\xbf"])) + data

    return build()


FILTERS = st.lists(
    st.one_of(
        st.tuples(st.sampled_from(["--since", "--until"]), st.sampled_from(TYPED_DATES)),
        st.tuples(st.sampled_from(["--country", "--actor", "--tag"]),
                  st.sampled_from(["US", "jp", "Japan", "blinken", "nobody", "", "\x1b"])),
        st.tuples(st.just("--kind"), st.sampled_from(["meeting", "call", "x"])),
    ),
    max_size=2,
).map(lambda pairs: [item for pair in pairs for item in pair])  # fmt: skip

READ_COMMANDS = st.one_of(
    st.just(["validate"]),
    st.tuples(st.just(["list"]), FILTERS,
              st.sampled_from([[], ["--format", "csv"], ["--format", "json"]]))
    .map(lambda parts: [item for part in parts for item in part]),
)  # fmt: skip

RENDER_COMMANDS = st.tuples(
    st.sampled_from([["-o", "out.svg"], ["-o", "out.svg"], ["-o", "out.svg", "-o", "out.png"],
                     ["-o", "out", "--format", "svg,pdf"], ["-o", "events.yaml"]]),
    st.lists(st.sampled_from([
        ["--lanes", "actor"], ["--lanes", "country/actor"], ["--scale", "sequence"],
        ["--text-as-paths"], ["--title", "T"], ["--title", "\x1b[2J"], ["--title", ""],
        ["--title", "é東京"],
    ]), max_size=2),
    st.lists(st.tuples(st.sampled_from(["--width", "--max-height", "--dpi"]),
                       st.sampled_from(NUMBERS)), max_size=1),
    FILTERS,
).map(lambda parts: ["render", "--dpi", "30", *parts[0],
                     *[item for option in parts[1] for item in option],
                     *[item for pair in parts[2] for item in pair], *parts[3]])  # fmt: skip

EDIT_COMMANDS = st.one_of(
    st.tuples(st.just(["add"]), st.lists(st.tuples(
        st.sampled_from(["--title", "--location", "--actor", "--country", "--kind", "--id",
                         "--status", "--new-actor"]),
        st.sampled_from([*TEXTS, "blinken", "JP", "meeting", "x:Name:JP:Role"])), max_size=3),
        st.tuples(st.just("--date"), st.sampled_from(TYPED_DATES)))
    .map(lambda p: [*p[0], "--title", "New", "--actor", "motegi",
                    *[i for pair in p[1] for i in pair], *p[2]]),
    st.tuples(st.sampled_from(["a", "b", "c", "zz"]), st.lists(st.sampled_from(
        ["title", "date", "location", "note", "actors+", "tags", "kind", "id", "status",
         "timezone"]), min_size=1, max_size=2), st.sampled_from([*TEXTS, *TYPED_DATES]))
    .map(lambda p: ["edit", p[0], *[i for key in p[1] for i in
                    ("--set", f"{key.rstrip('+')}{'+' if key.endswith('+') else ''}={p[2]}")]]),
    st.tuples(st.just("edit"), st.sampled_from(["a", "b", "c"]), st.just("--unset"),
              st.sampled_from(["note", "location", "title", "tags"])).map(list),
    st.sampled_from(["a", "b", "c", "zz"]).map(lambda event: ["remove", event]),
    st.sampled_from([["fmt"], ["fmt", "--check"]]),
).flatmap(lambda args: st.sampled_from([args, [*args, "--dry-run"]])
          if args[0] != "fmt" else st.just(args))  # fmt: skip


def check(data: bytes, args: list[str]) -> None:
    """Run args on a file holding data, in a fresh folder, and check the property."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        events = root / "events.yaml"
        events.write_bytes(data)
        command, *rest = args
        full = [command, str(events), *rest]
        started = time.perf_counter()
        previous = os.getcwd()
        os.chdir(root)
        try:
            result = CliRunner().invoke(cli, full)
        finally:
            os.chdir(previous)
        took = time.perf_counter() - started
        event(f"{command} exit {result.exit_code}")
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            full, result.exception, result.output)  # fmt: skip
        assert result.exit_code in (0, 1, 2), (full, result.output)
        assert "Traceback" not in result.output and "\x1b" not in result.output, full
        assert took < SECONDS, (full, took)
        edits = command in ("add", "edit", "remove") or (command == "fmt" and "--check" not in rest)
        if not (edits and result.exit_code == 0 and "--dry-run" not in rest):
            assert events.read_bytes() == data, (full, result.output)
        elif events.read_bytes() != data:
            try:
                load(events)
            except DataError as error:  # an edit writes valid files only
                raise AssertionError((full, str(error))) from None
        for svg in root.rglob("*.svg"):
            ET.parse(svg)  # raises on an invalid SVG
        expected = {"events.yaml", "out.svg", "out.png", "out.pdf", ".events.yaml.lock"}
        assert {path.name for path in root.iterdir()} <= expected, full


@settings(max_examples=EXAMPLES, deadline=None)
@given(fuzzed_file(FRAGMENTS + FAR_YEARS), READ_COMMANDS)
def test_reading_any_file_with_any_filters(data, args):
    check(data, args)


@settings(max_examples=EXAMPLES, deadline=None)
@given(fuzzed_file(FRAGMENTS + FAR_YEARS), EDIT_COMMANDS)
def test_editing_any_file_any_way(data, args):
    check(data, args)


@settings(max_examples=max(EXAMPLES // 3, 5), deadline=None)
@given(fuzzed_file(FRAGMENTS), RENDER_COMMANDS)
def test_drawing_any_file_with_any_options(data, args):
    check(data, args)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.one_of(st.sampled_from(TYPED_DATES + FAR_YEARS), st.text(max_size=40)))
def test_any_typed_date_is_stored_exactly_or_refused(typed):
    """A typed date is stored as what it means (reading back as the same date) or refused."""
    with tempfile.TemporaryDirectory() as folder:
        events = Path(folder) / "events.yaml"
        events.write_text(BASE, encoding="utf-8")
        result = CliRunner().invoke(cli, ["add", str(events), "--title", "New", "--date", typed,
                                          "--actor", "motegi", "--id", "new"])  # fmt: skip
        assert result.exit_code in (0, 2), result.output
        if result.exit_code == 0:
            from timeline.model.dates import parse_user_date

            assert load(events).event("new").when.text == parse_user_date(typed).text
        else:
            assert events.read_text(encoding="utf-8") == BASE
