"""Edits change what they were asked to and nothing else, or change nothing and say why.

Each test is one class of problem the adversarial pass of issue 11 found: a read-only or
hard-linked file, text whose meaning depends on what follows it, comments inside a flow
mapping, characters YAML cannot hold raw, CR line ends, a file of the wrong shape, and
commands that write nothing but wanted a lock file.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline import load
from timeline.cli import cli

from ..conftest import HEADER

EVENT = """\
events:
  - id: a
    title: A
    date: 2021-03-16
    kind: meeting
    status: held
    actors: [blinken]
"""

ADD = ["--title", "New", "--date", "2021-03-18", "--actor", "blinken"]
COMMANDS = {
    "add": ["add", "{file}", *ADD],
    "edit": ["edit", "{file}", "a", "--set", "title=B"],
    "remove": ["remove", "{file}", "a"],
    "fmt": ["fmt", "{file}"],
}


def run(*args: str):
    return CliRunner().invoke(cli, [str(arg) for arg in args])


def write(tmp_path: Path, events: str = EVENT, name: str = "events.yaml") -> Path:
    path = tmp_path / name
    path.write_bytes((HEADER + events).encode())
    return path


def command(name: str, path: Path, events: str = EVENT) -> list[str]:
    if name == "fmt":  # something to format, so that fmt would write
        path.write_bytes((HEADER + events + "\n\n\n").encode())
    return [arg.format(file=path) for arg in COMMANDS[name]]


@pytest.mark.parametrize("name", COMMANDS)
def test_a_read_only_file_is_not_changed(tmp_path, name):
    path = write(tmp_path)
    args = command(name, path)
    before = path.read_bytes()
    path.chmod(0o444)
    result = run(*args)
    assert result.exit_code == 1, result.output
    assert result.stderr == (f"{path}: error: cannot write the file: the file is read-only "
                             "(mode 444); make it writable first (chmod u+w)\n")  # fmt: skip
    assert path.read_bytes() == before and stat.S_IMODE(path.stat().st_mode) == 0o444


@pytest.mark.parametrize("name", COMMANDS)
def test_a_hard_linked_file_is_not_split(tmp_path, name):
    path = write(tmp_path)
    args = command(name, path)
    before = path.read_bytes()
    os.link(path, tmp_path / "other.yaml")
    result = run(*args)
    assert result.exit_code == 1 and "the file has 2 hard links" in result.stderr
    assert path.read_bytes() == before and os.path.samefile(path, tmp_path / "other.yaml")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("args", [["fmt", "--check"], ["remove", "--dry-run"],
                                  ["edit", "--dry-run"], ["add", "--dry-run"]])  # fmt: skip
def test_what_writes_nothing_needs_no_lock_file(tmp_path, args):
    folder = tmp_path / "read-only"
    folder.mkdir()
    path = write(folder)
    name, flag = args
    full = [*command(name, path), flag]
    if name == "fmt":
        full = ["fmt", "--check", str(path)]
    folder.chmod(0o555)
    try:
        result = run(*full)
    finally:
        folder.chmod(0o755)
    assert result.exit_code in (0, 1), result.output  # fmt --check: 1, not formatted
    assert "lock" not in result.output
    assert sorted(p.name for p in folder.iterdir()) == ["events.yaml"]


def test_blank_lines_that_a_keep_block_holds_are_kept(tmp_path):
    path = write(tmp_path, EVENT + "    note: |+\n      kept\n\n\n")
    assert run("add", path, *ADD).exit_code == 0
    assert [event.note for event in load(path).events if event.id == "a"] == ["kept\n\n\n"]


def test_a_block_at_the_end_without_a_line_break_is_not_changed_by_an_append(tmp_path):
    """Appending after it would give the note a line break it does not have: refused."""
    path = write(tmp_path, EVENT + "    note: |\n      no break")
    before = path.read_bytes()
    result = run("add", path, *ADD)
    assert result.exit_code == 1
    assert result.stderr == (
        f"{path}:18:11: error: not changed: the change would also alter 'note' of event 'a', "
        "because of how the file writes it (e.g. a '|' block at the very end, or a '|+' "
        "block); edit that part by hand\n"
    )
    assert path.read_bytes() == before
    assert run("fmt", "--check", path).exit_code == 0  # fmt leaves that ending alone too
    assert run("edit", path, "a", "--set", "title=B").exit_code == 0


FLOW = """\
events:
  - {id: a, title: A,   # the first
     date: 2021-03-16, kind: meeting, status: held,
     actors: [blinken], note: N}   # end
"""


def test_comments_inside_a_flow_mapping_stay_through_an_edit(tmp_path):
    path = write(tmp_path, FLOW)
    result = run("edit", path, "a", "--set", "title=B: c", "--set", "location=Tokyo",
                 "--unset", "note")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8") == HEADER + (
        "events:\n"
        '  - {id: a, title: "B: c",   # the first\n'
        "     date: 2021-03-16, kind: meeting, status: held, location: Tokyo,\n"
        "     actors: [blinken]}   # end\n"
    )


@pytest.mark.parametrize("typed", ["A\x85B", "A\x1b]0;x\x07", "A\udcffB", "A\x00"])
def test_typed_text_the_file_may_not_hold_is_refused_by_name(tmp_path, typed):
    path = write(tmp_path)
    before = path.read_bytes()
    result = run("add", path, "--title", typed, "--date", "2021", "--actor", "blinken")
    assert result.exit_code == 2
    assert "--title: the " in result.stderr and "not" in result.stderr
    assert "\x1b" not in result.stderr and path.read_bytes() == before


@pytest.mark.parametrize("typed", ["A\u2028B", "A\u2029B", 'say "x" \\ y', "#1: a, [b]", "'q'"])
def test_typed_text_is_written_so_that_it_reads_back_exactly(tmp_path, typed):
    path = write(tmp_path)
    assert run("add", path, "--title", typed, "--date", "2021", "--actor", "blinken",
               "--location", typed).exit_code == 0  # fmt: skip
    [event] = [event for event in load(path).events if event.id != "a"]
    assert (event.title, event.location) == (typed, typed)


@pytest.mark.parametrize("name", COMMANDS)
def test_a_file_whose_lines_end_in_cr_alone_is_edited_and_keeps_them(tmp_path, name):
    path = write(tmp_path)
    args = command(name, path)
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r"))
    result = run(*args)
    assert result.exit_code == 0, result.output
    data = path.read_bytes()
    assert b"\n" not in data and data.count(b"\r") > 10
    load(path)


def test_mixed_line_ends_with_cr_alone_are_refused_in_words(tmp_path):
    path = write(tmp_path)
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r", 3))
    result = run("add", path, *ADD)
    assert result.exit_code == 1 and "the file mixes line ends (CR alone, and LF)" in result.stderr


@pytest.mark.parametrize(
    "text, problem",
    [
        (HEADER.replace("countries:", "? [a, b]\n: c\ncountries:") + EVENT,
         "1:3: error: a key must be plain text, not a list or mapping"),
        (HEADER + EVENT + "  - ? [a, b]\n    : c\n", "18:7: error: a key must be plain text"),
        (HEADER, "1:1: error: the file has no 'events'"),
        (HEADER + "events: {a: 1}\n", "11:9: error: 'events' must be a list"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("name", ["add", "fmt", "remove"])
def test_a_file_of_the_wrong_shape_is_refused_before_any_change(tmp_path, text, problem, name):
    path = tmp_path / "events.yaml"
    path.write_text(text, encoding="utf-8")
    args = [arg.format(file=path) for arg in COMMANDS[name]] + (["--check"] if name == "fmt" else [])
    result = run(*args)
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(f"{path}: error: the file has problems; fix them first\n")
    assert f"{path}:{problem}" in result.stderr
    assert path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize(
    "typed, message",
    [("1 January 1", "the year is unclear"), ("circa 44", "the year is unclear"),
     ("03/04/2021", "could be 3 April or 4 March"), ("-0044-03-15", "years before AD 1"),
     ("2021-03-00", "there is no day 00"), ("2021-21", "seasons"),
     ("about " * 20 + "2021", "at most 100 characters")],
)  # fmt: skip
def test_a_typed_date_that_would_be_a_guess_is_refused(tmp_path, typed, message):
    path = write(tmp_path)
    before = path.read_bytes()
    result = run("add", path, "--title", "T", "--date", typed, "--actor", "blinken")
    assert result.exit_code == 2 and message in result.stderr
    result = run("edit", path, "a", "--set", f"date={typed}")
    assert result.exit_code == 2 and message in result.stderr
    assert path.read_bytes() == before
