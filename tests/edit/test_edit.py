"""timeline add, edit and remove: what changes, what does not, and what is refused."""

from __future__ import annotations

import os
import stat
from difflib import SequenceMatcher
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline import load
from timeline.cli import cli
from timeline.cli import edit as cli_edit

from ..conftest import EVENTS_FILE, HEADER

SMALL = """\
events:
  # Tokyo, by the AP's dateline
  - id: tokyo   # the 2+2
    title: 'Tokyo talks'
    date: 2021-03-16       # a Tuesday
    kind: meeting
    status: held
    actors: [blinken, motegi]
    sources:
      - source: ap
        quote: "two plus two"
    note: >-
      Folded text that
      spans two lines.

  - id: seoul
    title: "Seoul talks"
    date: 2021-03-18
    kind: meeting
    status: held
    actors: [blinken]
    # why no quote: none of the articles has one yet
"""


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def small(events_file) -> Path:
    return events_file(SMALL)


@pytest.fixture
def real(tmp_path) -> Path:
    path = tmp_path / "events.yaml"
    path.write_bytes(EVENTS_FILE.read_bytes())
    return path


def changes(before: str, after: str) -> list[tuple[str, list[str], list[str]]]:
    """The changed runs of lines: (tag, old lines, new lines)."""
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    return [
        (tag, old[i1:i2], new[j1:j2])
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def test_add_only_adds_lines_and_the_event_reads_back(real):
    before = real.read_text(encoding="utf-8")
    result = run(
        "add", str(real), "--title", "Suga visits Washington", "--date", "early April 2021",
        "--actor", "suga", "--actor", "Joe Biden", "--kind", "visit", "--status", "expected",
        "--source", "ap", "--quote", "Tuesday",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.output == f"{real}: added event 'suga-visits-washington-2021-04'\n"
    after = real.read_text(encoding="utf-8")
    assert [tag for tag, _, _ in changes(before, after)] == ["insert"]
    event = next(e for e in load(real).events if e.id == "suga-visits-washington-2021-04")
    assert (event.when.text, event.when.start.isoformat(), event.when.end.isoformat()) == (
        "[2021-04-01..2021-04-10]", "2021-04-01", "2021-04-10"
    )  # fmt: skip
    assert event.actors == ("suga", "biden") and event.status == "expected"
    assert event.citations[0].quote == "Tuesday"
    # the file's layout: a blank line before, the same indentation, window dates quoted
    assert after.endswith(
        "\n\n  - id: suga-visits-washington-2021-04\n    title: Suga visits Washington\n"
        '    date: "[2021-04-01..2021-04-10]"\n    kind: visit\n    status: expected\n'
        '    actors: [suga, biden]\n    sources:\n      - source: ap\n        quote: "Tuesday"\n'
    )


def test_a_derived_id_is_made_unique(small):
    for _ in range(2):
        assert run("add", str(small), "--title", "Tokyo", "--date", "16 March 2021",
                   "--actor", "blinken").exit_code == 0  # fmt: skip
    ids = [event.id for event in load(small).events]
    assert "tokyo-2021-03-16" in ids and "tokyo-2021-03-16-2" in ids


def test_new_actor_is_added_to_the_table_in_its_style(real):
    before = real.read_text(encoding="utf-8")
    result = run("add", str(real), "--title", "Harris speaks", "--date", "2021-03",
                 "--actor", "harris", "--new-actor", "harris:Kamala Harris:us:Vice President")  # fmt: skip
    assert result.exit_code == 0, result.output
    after = real.read_text(encoding="utf-8")
    inserted = [new for tag, _, new in changes(before, after)]
    assert all(tag == "insert" for tag, _, _ in changes(before, after))
    assert inserted[0] == ["  harris: {name: Kamala Harris, country: US, role: Vice President}\n"]
    assert load(real).actors["harris"].role == "Vice President"


def test_edit_changes_only_the_values_it_sets_and_keeps_their_comments(small):
    before = small.read_text(encoding="utf-8")
    result = run("edit", str(small), "tokyo", "--set", "date=about 16 March 2021",
                 "--set", "title=Tokyo 2+2", "--set", "actors+=austin")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert small.read_text(encoding="utf-8") == (
        before.replace("'Tokyo talks'", "'Tokyo 2+2'")
        .replace("2021-03-16       # a Tuesday", "2021-03-16~       # a Tuesday")
        .replace("[blinken, motegi]", "[blinken, motegi, austin]")
    )


def test_edit_adds_a_missing_key_in_format_order_and_unset_removes_one(small):
    before = small.read_text(encoding="utf-8")
    assert run("edit", str(small), "seoul", "--set", "location=Seoul").exit_code == 0
    assert run("edit", str(small), "tokyo", "--unset", "note").exit_code == 0
    assert small.read_text(encoding="utf-8") == (
        before.replace("    note: >-\n      Folded text that\n      spans two lines.\n", "")
        .replace("    status: held\n    actors: [blinken]\n",
                 "    status: held\n    location: Seoul\n    actors: [blinken]\n")
    )  # fmt: skip


def test_edit_folds_long_text_where_the_file_does(small):
    long = "A note long enough that the file, which folds its long notes, folds it too. " * 2
    assert run("edit", str(small), "tokyo", "--set", f"note={long}").exit_code == 0
    text = small.read_text(encoding="utf-8")
    assert "    note: >-\n      A note long enough" in text
    assert max(len(line) for line in text.splitlines()) <= 90
    assert next(e for e in load(small).events if e.id == "tokyo").note == long.strip()


def test_remove_takes_the_event_and_its_blank_line_and_nothing_else(small):
    before = small.read_text(encoding="utf-8")
    assert run("remove", str(small), "seoul").exit_code == 0
    after = small.read_text(encoding="utf-8")
    assert after == before[: before.index("\n  - id: seoul")]
    assert run("remove", str(small), "tokyo").exit_code == 0
    assert (
        small.read_text(encoding="utf-8")
        == HEADER + "events: []\n  # Tokyo, by the AP's dateline\n"
    )
    assert load(small).events == ()


def test_remove_of_a_middle_event_keeps_the_section_comments_around_it(real):
    before = real.read_text(encoding="utf-8")
    assert run("remove", str(real), "quad-leaders-summit").exit_code == 0
    ((tag, removed, added),) = changes(before, real.read_text(encoding="utf-8"))
    assert tag == "delete" and not added
    assert removed[0] == "  - id: quad-leaders-summit\n" and removed[-1] == "\n"
    assert not any(line.lstrip().startswith("#") for line in removed)


def test_dry_run_prints_a_diff_and_writes_nothing(small):
    before = small.read_bytes()
    result = run("add", str(small), "--title", "Call", "--date", "2021-03-19", "--actor",
                 "blinken", "--kind", "call", "--dry-run")  # fmt: skip
    assert result.exit_code == 0
    assert small.read_bytes() == before
    lines = result.stdout.splitlines()
    assert lines[0] == f"--- {small}" and lines[1] == f"+++ {small}"
    assert "+  - id: call-2021-03-19" in lines
    assert all(not line.startswith("-") for line in lines[2:])
    assert "dry run" in result.stderr


def test_an_edit_that_would_make_the_file_invalid_is_refused_and_changes_nothing(small):
    before = small.read_bytes()
    result = run("edit", str(small), "seoul", "--set", "timezone=Asia/Seoul")
    assert result.exit_code == 1
    assert small.read_bytes() == before
    assert result.stderr.splitlines() == [
        f"{small}: error: not changed: the change would make the file invalid",
        f"{small} (after the change):29:15: error: 'timezone' of event 'seoul' needs a time "
        "of day in 'date', e.g. T15:00",
    ]


def test_a_file_that_is_already_invalid_is_not_edited(events_file):
    path = events_file(SMALL.replace("kind: meeting", "kind: meting", 1))
    before = path.read_bytes()
    result = run("remove", str(path), "seoul")
    assert result.exit_code == 1 and path.read_bytes() == before
    assert result.stderr.splitlines()[:2] == [
        f"{path}: error: the file has problems; fix them first",
        f"{path}:16:11: error: 'kind' of event 'tokyo' is 'meting', not a known value; "
        "did you mean 'meeting'?",
    ]


@pytest.mark.parametrize(
    "args, message",
    [
        (["add", "--title", "T", "--date", "2021", "--actor", "austn"],
         "no actor 'austn' in the file; did you mean 'austin'?"),
        (["add", "--title", "T", "--date", "2021", "--country", "Japn"],
         "no country 'Japn' in the file; did you mean 'Japan'?"),
        (["add", "--title", "T", "--date", "16 Marhc 2021", "--actor", "austin"],
         "--date: '16 Marhc 2021' is not an EDTF date"),
        (["add", "--title", "T", "--date", "2021", "--actor", "austin", "--source", "ap"],
         "give one --quote for each --source"),
        (["add", "--title", "T", "--date", "2021", "--actor", "austin", "--id", "tokyo"],
         "--id: the file already has an event 'tokyo'"),
        (["edit", "tokyo", "--set", "titel=x"], "an event has no key 'titel'; did you mean 'title'?"),
        (["edit", "tokio", "--set", "title=x"], "no event 'tokio' in"),
        (["edit", "tokyo", "--set", "kind=sumit"], "'sumit' is not a known value; did you mean 'summit'?"),
        (["edit", "tokyo", "--unset", "title"], "'title' is required"),
        (["edit", "tokyo", "--set", "actors-=austin"], "the event has no 'austin' in 'actors'"),
        (["remove", "seoul-talks"], "no event 'seoul-talks' in"),
    ],
)  # fmt: skip
def test_what_was_typed_wrong_is_a_usage_error_with_a_hint(small, args, message):
    before = small.read_bytes()
    command, *rest = args
    file_first = [command, str(small), *rest]
    result = CliRunner().invoke(cli, file_first)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert small.read_bytes() == before


def test_missing_values_are_an_error_when_nobody_can_answer(small):
    result = run("add", str(small), "--title", "T")
    assert result.exit_code == 2
    assert "missing --date, --actor" in result.stderr


def test_missing_values_are_asked_for_at_a_terminal_until_they_are_valid(small, monkeypatch):
    monkeypatch.setattr(cli_edit, "stdin_is_terminal", lambda: True)
    answers = "Tokyo dinner\nsoon\n16 March 2021\nausten\nblinken, motegi\n"
    result = run("add", str(small), "--kind", "meeting", input=answers)
    assert result.exit_code == 0, result.output
    assert "'soon' is not an EDTF date" in result.output
    assert "did you mean 'austin'?" in result.output
    event = next(e for e in load(small).events if e.title == "Tokyo dinner")
    assert (event.when.text, event.actors) == ("2021-03-16", ("blinken", "motegi"))


def test_a_flow_style_file_gets_flow_style_events(events_file):
    line = "  - {id: a, title: A, date: 2021-03-16, kind: call, status: held, actors: [blinken]}\n"
    path = events_file("events:\n" + line)
    assert run("add", str(path), "--title", "B, C", "--date", "2021-03-17", "--actor",
               "austin").exit_code == 0  # fmt: skip
    assert path.read_text(encoding="utf-8").endswith(
        line + '  - {id: b-c-2021-03-17, title: "B, C", date: 2021-03-17, kind: other, '
        "status: held, actors: [austin]}\n"
    )
    assert run("edit", str(path), "a", "--set", "title=A: first").exit_code == 0
    assert '  - {id: a, title: "A: first", date: 2021-03-16,' in path.read_text(encoding="utf-8")


def test_the_first_event_goes_into_an_empty_list(events_file):
    path = events_file("events: []   # none yet\n")
    assert (
        run("add", str(path), "--title", "A", "--date", "2021", "--actor", "austin").exit_code == 0
    )
    assert path.read_text(encoding="utf-8").endswith(
        "events:   # none yet\n  - id: a-2021\n    title: A\n    date: 2021\n"
        "    kind: other\n    status: held\n    actors: [austin]\n"
    )
    assert [event.id for event in load(path).events] == ["a-2021"]


def test_line_endings_mode_and_links_are_kept(small, tmp_path):
    small.write_bytes(small.read_bytes().replace(b"\n", b"\r\n"))
    os.chmod(small, 0o640)
    link = tmp_path / "link.yaml"
    link.symlink_to(small.name)
    assert (
        run("add", str(link), "--title", "T", "--date", "2021", "--actor", "austin").exit_code == 0
    )
    assert link.is_symlink()
    data = small.read_bytes()
    assert b'    title: "T"\r\n' in data and data.count(b"\n") == data.count(b"\r\n")
    assert stat.S_IMODE(small.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == [".events.yaml.lock", "events.yaml",
                                                          "link.yaml"]  # fmt: skip


def apply_diff(before: str, diff: str) -> str:
    """Apply a unified diff's hunks to before, checking every context and removed line."""
    old, out, position = before.splitlines(keepends=True), [], 0
    lines = diff.splitlines(keepends=True)[2:]
    for line in lines:
        if line.startswith("@@"):
            start = int(line.split()[1].split(",")[0][1:])
            start = start - 1 if start else 0
            out += old[position:start]
            position = start
        elif line[0] in " -":
            assert old[position] == line[1:], (position, line)
            position += 1
            if line[0] == " ":
                out.append(line[1:])
        elif line[0] == "+":
            out.append(line[1:])
    return "".join(out + old[position:])


@pytest.mark.parametrize(
    "args",
    [
        ["add", "--title", "T", "--date", "2021", "--actor", "austin"],
        ["edit", "korea-under-japanese-rule", "--set", "title=T", "--set", "tags=a,b"],
        ["edit", "tokyo-2plus2", "--set", "note=N", "--unset", "location"],
        ["remove", "tokyo-2plus2"],
        ["remove", "biden-post-on-kishida"],
    ],
)
def test_the_dry_run_diff_applies_to_the_file_and_gives_the_real_result(real, args):
    before = real.read_text(encoding="utf-8")
    command, *rest = args
    diff = run(command, str(real), *rest, "--dry-run").stdout
    assert run(command, str(real), *rest).exit_code == 0
    assert apply_diff(before, diff) == real.read_text(encoding="utf-8") != before
