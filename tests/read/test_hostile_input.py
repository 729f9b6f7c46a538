"""Input that is odd or hostile: each class refused in one line that names the file, at once.

Pipes and devices are refused unread (a FIFO used to block for ever), text that would act on
a terminal or break an SVG is refused where it stands, and every limit says what it is.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

from timeline import DataError, load
from timeline.read import document

from ..conftest import HEADER

EVENT = """\
events:
  - id: a
    title: {title}
    date: {date}
    kind: meeting
    status: held
    actors: [blinken]
"""


def problems_of(path: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load(path)
    return [str(problem) for problem in caught.value.problems]


def write(tmp_path: Path, title: str = "A", date: str = "2021-03-16", extra: str = "") -> Path:
    path = tmp_path / "events.yaml"
    path.write_text(HEADER + EVENT.format(title=title, date=date) + extra, encoding="utf-8")
    return path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "events.yaml"
    os.mkfifo(fifo)
    found: list[list[str]] = []
    reader = threading.Thread(target=lambda: found.append(problems_of(fifo)), daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert found == [[f"{fifo}: error: is a named pipe (FIFO), not a regular file; "
                      "give the path of an events file"]]  # fmt: skip


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_refused_unread():
    assert problems_of(Path("/dev/zero")) == [
        "/dev/zero: error: is a character device, not a regular file; give the path of an "
        "events file"
    ]


@pytest.mark.parametrize(
    "encoding, called",
    [("utf-16-le", "UTF-16"), ("utf-16-be", "UTF-16"), ("utf-32-le", "UTF-32"),
     ("utf-32-be", "UTF-32")],
)  # fmt: skip
def test_utf_16_and_32_without_a_byte_order_mark_are_named(tmp_path, encoding, called):
    path = tmp_path / "events.yaml"
    path.write_bytes((HEADER + EVENT.format(title="A", date="2021")).encode(encoding))
    assert problems_of(path) == [
        f"{path}: error: the file looks like {called} text without a byte order mark; "
        "save it as UTF-8"
    ]


ESCAPES = [f"\\x{code:02x}" for code in range(0x20) if code not in (0x09, 0x0A)] + [
    "\\e", "\\0", "\\a", "\\x7f", "\\x9b", "\\N", "\\uFFFE", "\\uFFFF"
]  # fmt: skip


@pytest.mark.parametrize("escape", ESCAPES)
def test_a_control_character_written_as_an_escape_is_refused_where_it_stands(tmp_path, escape):
    """Raw control characters were refused by the YAML reader; escaped ones went into
    terminals and SVG files (which then did not parse). Now both are refused, located."""
    path = write(tmp_path, title=f'"Tokyo{escape} talks"')
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:13:12: error: the ")
    assert "is not allowed in text" in problem


def test_a_terminal_escape_never_reaches_the_terminal(tmp_path):
    path = write(tmp_path, title='"\\e]0;PWNED\\a"', extra="    tags: [\"\\e[2J\"]\n")
    problems = problems_of(path)
    assert problems and all("\x1b" not in problem and "\x07" not in problem for problem in problems)


def test_a_message_quoting_the_file_escapes_what_a_terminal_would_act_on(tmp_path):
    path = write(tmp_path, extra='    "\\u202eevil\\u200b": x\n')
    [problem] = problems_of(path)
    assert "\\u202eevil\\u200b" in problem and "\u202e" not in problem


def test_text_longer_than_the_limit_is_refused(tmp_path):
    path = write(tmp_path, title="word " * 2_001)
    assert problems_of(path) == [
        f"{path}:13:12: error: the text has 10,004 characters; the most is 10,000"
    ]


def test_more_events_than_the_limit_are_refused_as_they_are_read(tmp_path, monkeypatch):
    monkeypatch.setattr(document, "MAX_EVENTS", 1)
    path = write(tmp_path, extra=EVENT.format(title="B", date="2021").replace("events:\n", "")
                 .replace("id: a", "id: b"))  # fmt: skip
    assert problems_of(path) == [f"{path}:18:5: error: more than 1 events; the most timeline "
                                 "reads is 1"]  # fmt: skip


@pytest.mark.parametrize("date", ["9999-12-31T23:00", "0001-01-01T00:30"])
def test_a_time_at_the_end_of_the_calendar_in_a_far_zone_is_valid(tmp_path, date):
    zone = "Etc/GMT+12" if date.startswith("9999") else "Etc/GMT-14"
    path = write(tmp_path, date=date, extra=f"    timezone: {zone}\n")
    assert load(path).events[0].when.timezone == zone


@pytest.mark.parametrize("date", ["2021-03-00", "2021-00-16", "2021-21", "-0044-03-15"])
def test_a_date_the_subset_leaves_out_is_a_located_error(tmp_path, date):
    [problem] = problems_of(write(tmp_path, date=date))
    assert ":14:11: error: 'date' of event 'a': " in problem


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_unreadable_file_says_so(tmp_path):
    path = write(tmp_path)
    path.chmod(0)
    if os.access(path, os.R_OK):
        pytest.skip("this user reads any file (root); tests/cli covers it as another user")
    assert problems_of(path) == [f"{path}: error: cannot read the file: permission denied"]
