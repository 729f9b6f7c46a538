"""The command line whatever it is given: exit 0, 1 or 2, one clear line, never a traceback.

One test per class of problem from issue 11: a render over its own input, numbers that are
not numbers, figures too large to draw, files that are not files or cannot be read, a write
that fails half way, and warnings that named matplotlib's source lines.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli

from ..conftest import HEADER

EVENTS = (
    HEADER
    + """\
events:
  - id: a
    title: Tokyo talks
    date: 2021-03-16
    kind: meeting
    status: held
    actors: [blinken, motegi]
"""
)
TIMELINE = str(Path(sys.executable).with_name("timeline"))


def run(*args: object):
    return CliRunner().invoke(cli, [str(arg) for arg in args])


def events_at(path: Path, text: str = EVENTS) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "name, output, extra",
    [("data.svg", "data.svg", []), ("data.png", "data", ["--format", "png"]),
     ("Events.PDF", "./Events.PDF", []), ("events.yaml", "link.svg", [])],
)  # fmt: skip
def test_a_render_never_writes_over_its_own_input(tmp_path, monkeypatch, name, output, extra):
    monkeypatch.chdir(tmp_path)
    path = events_at(tmp_path / name)
    (tmp_path / "link.svg").symlink_to(name)
    result = run("render", name, "-o", output, *extra, "--dpi", "30")
    assert result.exit_code == 2
    assert (
        "is the events file" in result.stderr and "a figure may never replace it" in result.stderr
    )
    assert path.read_text(encoding="utf-8") == EVENTS


def test_a_hard_link_to_the_input_is_the_input(tmp_path):
    path = events_at(tmp_path / "events.svg")
    os.link(path, tmp_path / "figure.svg")
    result = run("render", path, "-o", tmp_path / "figure.svg")
    assert result.exit_code == 2 and path.read_text(encoding="utf-8") == EVENTS


@pytest.mark.parametrize(
    "args",
    [["render", "--width", "nan"], ["render", "--max-height", "nan"],
     ["render", "--width", "inf"], ["watch", "--interval", "nan"]],
)  # fmt: skip
def test_a_number_that_is_not_a_number_is_a_usage_error(tmp_path, args):
    result = run(
        *args[:1], events_at(tmp_path / "events.yaml"), *args[1:], "-o", tmp_path / "x.png"
    )
    assert result.exit_code == 2
    assert any(
        words in result.stderr for words in ("not a number", "not in the range", "not a length")
    )
    assert not (tmp_path / "x.png").exists()


def test_a_figure_of_too_many_pixels_is_refused_before_it_is_drawn(tmp_path):
    result = run("render", events_at(tmp_path / "events.yaml"), "--width", "200", "--dpi", "1200",
                 "-o", tmp_path / "x.png", "-o", tmp_path / "x.svg")  # fmt: skip
    assert result.exit_code == 2
    assert "Invalid value for --dpi: the PNG would be 240,000 x " in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.yaml"]


def test_a_title_with_a_terminal_escape_is_refused(tmp_path):
    result = run("render", events_at(tmp_path / "events.yaml"), "--title", "\x1b]0;x\x07",
                 "-o", tmp_path / "x.svg")  # fmt: skip
    assert result.exit_code == 2 and "U+001B (ESC)" in result.stderr
    assert "\x1b" not in result.stderr and not (tmp_path / "x.svg").exists()


def test_missing_glyphs_are_one_line_naming_the_font_package(tmp_path, latin_fonts_only):
    path = events_at(tmp_path / "events.yaml", EVENTS.replace("Tokyo talks", "東京 talks"))
    result = run("render", path, "-o", tmp_path / "x.png", "-o", tmp_path / "x.svg",
                 "--text-as-paths", "--dpi", "30")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        "timeline: warning: the fonts (DejaVu Sans) have no glyph for 東 (U+6771), 京 (U+4EAC); "
        "they are drawn as empty boxes: install fonts-noto-cjk (Debian, Ubuntu) or another "
        "font for them\n"
    )


def test_outputs_are_written_all_or_none(tmp_path):
    """The second output cannot be written (a file stands where its folder should): the
    first is not written either, and the message names the file and what is in the way."""
    (tmp_path / "blocked").write_text("a file, not a folder")
    first, second = tmp_path / "first.png", tmp_path / "blocked" / "second.svg"
    result = run("render", events_at(tmp_path / "events.yaml"), "-o", first, "-o", second,
                 "--dpi", "30")  # fmt: skip
    assert result.exit_code == 1
    assert result.stderr == (f"{second}: error: cannot write the file: {tmp_path / 'blocked'} "
                             "is a file, not a folder\n")  # fmt: skip
    assert not first.exists()


def test_a_folder_in_place_of_the_output_is_named(tmp_path):
    (tmp_path / "x.png").mkdir()
    result = run("render", events_at(tmp_path / "events.yaml"), "-o", tmp_path / "x.png")
    assert result.exit_code == 1
    assert result.stderr == (f"{tmp_path / 'x.png'}: error: cannot write the file: it is a "
                             "directory, not a regular file\n")  # fmt: skip


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("command", ["validate", "list", "render", "add", "fmt"])
def test_a_named_pipe_is_refused_at_once(tmp_path, command):
    fifo = tmp_path / "events.yaml"
    os.mkfifo(fifo)
    extra = {"render": ["-o", str(tmp_path / "x.png")], "add": ["--title", "T", "--date", "2021",
             "--actor", "blinken"]}.get(command, [])  # fmt: skip
    done = subprocess.run([TIMELINE, command, str(fifo), *extra], capture_output=True,
                          text=True, timeout=60)  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "is a named pipe (FIFO), not a regular file" in done.stderr


def other_user(command: list[str]) -> list[str] | None:
    """command as a user that cannot read a mode-000 file: this one, or nobody under root."""
    if os.name != "posix":
        return None
    if os.geteuid() != 0:
        return command
    setpriv = "/usr/bin/setpriv"
    if not Path(setpriv).exists():
        return None
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", *command]


@pytest.mark.parametrize("command", ["validate", "list", "render"])
def test_an_unreadable_file_is_bad_data_not_bad_usage(tmp_path, command):
    tmp_path.chmod(0o755)
    path = events_at(tmp_path / "events.yaml")
    path.chmod(0)
    full = other_user([TIMELINE, command, str(path)])
    if full is None:
        pytest.skip("cannot run as a user that is refused the file")
    done = subprocess.run(full, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stderr) == (
        1,
        f"{path}: error: cannot read the file: permission denied\n",
    )


@pytest.mark.parametrize(
    "args, code",
    [(["validate"], 1), (["list"], 1), (["render", "-o", "x.png"], 1),
     (["add", "--title", "T", "--date", "2021", "--actor", "blinken"], 1),
     (["edit", "a", "--set", "title=B"], 1), (["remove", "a"], 0)],
)  # fmt: skip
def test_day_00_in_the_file_is_a_located_error_everywhere(tmp_path, monkeypatch, args, code):
    monkeypatch.chdir(tmp_path)
    events_at(tmp_path / "events.yaml", EVENTS.replace("2021-03-16", "2021-03-00"))
    result = run(*args)
    assert result.exit_code == code, result.output
    if code == 0:  # removing the event that has the problem is how to fix the file
        assert result.output == "events.yaml: removed event 'a'\n"
        return
    assert "events.yaml:14:11: error: 'date' of event 'a': 2021-03-00 is not a date: there is " \
           "no day 00" in result.stderr  # fmt: skip


@pytest.mark.parametrize("since", ["2021-03-00", "about " * 3000 + "2021", "2021-21"])
def test_a_filter_date_that_cannot_be_read_is_a_usage_error(tmp_path, since):
    result = run("list", events_at(tmp_path / "events.yaml"), "--since", since)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
