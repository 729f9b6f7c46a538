"""Writes under stress, with real processes: several writers at once, and writers killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from timeline import files as atomic
from timeline import load
from timeline.errors import DataError
from timeline.files import locked, same_file, write_all_atomically, write_atomically

from .conftest import EVENTS_FILE

WRITERS = 6


@pytest.fixture
def events(tmp_path) -> Path:
    path = tmp_path / "events.yaml"
    path.write_bytes(EVENTS_FILE.read_bytes())
    return path


def test_concurrent_adds_lose_no_entry(events):
    before = len(load(events).events)
    commands = [
        [sys.executable, "-m", "timeline", "add", str(events), "--title", f"Writer {n}",
         "--date", "2021-03-16", "--actor", "blinken"]
        for n in range(WRITERS)
    ]  # fmt: skip
    processes = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for c in commands]  # fmt: skip
    results = [process.communicate(timeout=120) for process in processes]
    assert [process.returncode for process in processes] == [0] * WRITERS, results
    timeline = load(events)  # valid, or this raises
    titles = {event.title for event in timeline.events}
    assert {f"Writer {n}" for n in range(WRITERS)} <= titles
    assert len(timeline.events) == before + WRITERS


CRASHING_WRITER = """\
import os, sys, time
from timeline import files as atomic

signal_file, stage = sys.argv[1], sys.argv[2]

def stop_here():
    open(signal_file, "w").close()
    time.sleep(120)

real_fdopen, real_replace, real_sync = os.fdopen, os.replace, atomic._sync_folder

class HalfWriter:
    def __init__(self, stream):
        self.stream = stream
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self.stream.__exit__(*exc)
    def write(self, data):
        self.stream.write(data[: len(data) // 2])
        self.stream.flush()
        stop_here()
    def __getattr__(self, name):
        return getattr(self.stream, name)

if stage == "writing":
    atomic.os.fdopen = lambda *a, **k: HalfWriter(real_fdopen(*a, **k))
elif stage == "fsync":
    atomic.os.fsync = lambda descriptor: stop_here()
elif stage == "rename":
    atomic.os.replace = lambda *a: (stop_here(), real_replace(*a))
elif stage == "renamed":
    atomic._sync_folder = lambda folder: stop_here()

from timeline.cli import main
sys.argv = ["timeline", "add", *sys.argv[3:]]
main()
"""


@pytest.mark.parametrize(
    "stage, survivor", [("writing", "old"), ("fsync", "old"), ("rename", "old"), ("renamed", "new")]
)
def test_a_writer_killed_mid_write_leaves_the_old_file_or_the_new_one(
    events, tmp_path, stage, survivor
):
    old = events.read_bytes()
    signal_file = tmp_path / "inside-the-write"
    script = tmp_path / "writer.py"
    script.write_text(CRASHING_WRITER, encoding="utf-8")
    add = [str(events), "--title", "Killed", "--date", "2021-03-16", "--actor", "blinken"]
    writer = subprocess.Popen([sys.executable, str(script), str(signal_file), stage, *add])
    deadline = time.monotonic() + 60
    while not signal_file.exists():
        assert writer.poll() is None, "the writer ended before it reached the write"
        assert time.monotonic() < deadline, "the writer never reached the write"
        time.sleep(0.02)
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    titles = [event.title for event in load(events).events]  # whole and valid
    if survivor == "old":
        assert events.read_bytes() == old and "Killed" not in titles
    else:
        assert events.read_bytes().startswith(old) and "Killed" in titles
    # the next write clears what the killed one left behind
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == ([] if stage == "renamed" else [leftovers[0]])
    subprocess.run([sys.executable, "-m", "timeline", "remove", str(events), "tokyo-2plus2"],
                   check=True, capture_output=True)  # fmt: skip
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_lock_held_too_long_is_reported_not_waited_for_forever(events):
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""\
            import sys, time
            from timeline.files import locked
            with locked({str(events)!r}):
                print("held", flush=True)
                time.sleep(60)
            """)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        with pytest.raises(DataError, match="another command has been writing the file"):
            with locked(events, timeout=0.2):
                pass
    finally:
        holder.kill()
        holder.wait()


def test_write_atomically_replaces_the_content_and_keeps_the_mode(events):
    os.chmod(events, 0o600)
    with locked(events):
        write_atomically(events, b"new text\n")
    assert events.read_text(encoding="utf-8") == "new text\n"
    assert events.stat().st_mode & 0o777 == 0o600


def test_write_atomically_makes_missing_folders_and_gives_a_new_file_the_umask_default(tmp_path):
    path = tmp_path / "figures" / "2021" / "week.svg"
    umask = os.umask(0o027)
    try:
        write_atomically(path, b"<svg/>")
    finally:
        os.umask(umask)
    assert path.read_bytes() == b"<svg/>"
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in path.parent.iterdir()] == ["week.svg"]


def test_write_atomically_through_a_link_replaces_what_it_names(tmp_path):
    real = tmp_path / "real.png"
    real.write_bytes(b"old")
    os.chmod(real, 0o600)
    link = tmp_path / "link.png"
    link.symlink_to(real.name)
    write_atomically(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"
    assert real.stat().st_mode & 0o777 == 0o600


def test_a_failed_write_leaves_the_old_bytes_and_no_temporary_file(events, monkeypatch):
    old = events.read_bytes()

    def fail(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(DataError, match=f"{events}: error: cannot write the file: no space left"):
        write_atomically(events, b"new")
    assert events.read_bytes() == old
    assert sorted(p.name for p in events.parent.iterdir()) == ["events.yaml"]


def refusal(path, data: bytes = b"new") -> str:
    with pytest.raises(DataError) as caught:
        write_atomically(path, data)
    [problem] = caught.value.problems
    return str(problem)


def test_a_read_only_file_is_refused_even_where_the_folder_is_writable(events):
    """The rename needs only the folder; a 444 file used to be replaced all the same."""
    old = events.read_bytes()
    os.chmod(events, 0o444)
    assert refusal(events) == (
        f"{events}: error: cannot write the file: the file is read-only (mode 444); "
        "make it writable first (chmod u+w)"
    )
    assert events.read_bytes() == old and sorted(p.name for p in events.parent.iterdir()) == [
        "events.yaml"
    ]


def test_a_file_with_several_hard_links_is_refused_not_split(events, tmp_path):
    other = tmp_path / "also.yaml"
    os.link(events, other)
    assert "the file has 2 hard links" in refusal(events)
    assert os.path.samefile(events, other)


@pytest.mark.skipif(os.name != "posix", reason="POSIX owners")
def test_the_owner_and_group_are_kept_or_the_write_is_refused(events, monkeypatch):
    if os.geteuid() == 0:  # root can give the file back: it keeps its owner
        os.chown(events, 12345, 23456)
        write_atomically(events, b"new")
        assert (events.stat().st_uid, events.stat().st_gid) == (12345, 23456)
        assert events.read_bytes() == b"new"
    old = events.read_bytes()
    info = events.stat()

    def not_allowed(*args):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(atomic, "_owner", lambda path: (info.st_uid + 1, info.st_gid)
                        if path.name == "events.yaml" else (info.st_uid, info.st_gid))  # fmt: skip
    monkeypatch.setattr(os, "chown", not_allowed)
    assert f"the file belongs to user {info.st_uid + 1}" in refusal(events)
    assert events.read_bytes() == old
    assert sorted(p.name for p in events.parent.iterdir()) == ["events.yaml"]


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda folder: (folder / "out.png").mkdir(), "it is a directory, not a regular file"),
        (lambda folder: (folder / "figures").write_text("x"), "figures is a file, not a folder"),
    ],
)
def test_a_write_error_names_the_file_and_what_is_in_the_way(tmp_path, make, expected):
    make(tmp_path)
    path = tmp_path / "figures" / "out.png" if "folder" in expected else tmp_path / "out.png"
    message = refusal(path)
    assert message.startswith(f"{path}: error: cannot write the file: ")
    assert message.endswith(expected.replace("figures", str(tmp_path / "figures")))


def test_several_files_are_written_all_or_none(tmp_path, monkeypatch):
    """A full disk on the second figure used to leave the first one written."""
    first, second = tmp_path / "a.png", tmp_path / "b.svg"
    first.write_bytes(b"old a")
    real_fdopen = os.fdopen
    opened = []

    def full_on_the_second(descriptor, *args, **kwargs):
        opened.append(descriptor)
        stream = real_fdopen(descriptor, *args, **kwargs)
        if len(opened) == 2:
            stream.write = lambda data: (_ for _ in ()).throw(OSError(28, "No space left"))
        return stream

    monkeypatch.setattr(os, "fdopen", full_on_the_second)
    with pytest.raises(DataError, match=f"{second}: error: cannot write the file: no space left"):
        write_all_atomically([(first, b"new a"), (second, b"new b")])
    assert first.read_bytes() == b"old a" and not second.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.png"]


def test_same_file_sees_through_links_and_spellings(tmp_path):
    events = tmp_path / "events.yaml"
    events.write_text("x")
    (tmp_path / "link.yaml").symlink_to("events.yaml")
    os.link(events, tmp_path / "hard.yaml")
    for other in ("link.yaml", "hard.yaml", "./events.yaml", "../" + tmp_path.name + "/events.yaml"):
        assert same_file(events, tmp_path / other)
    assert not same_file(events, tmp_path / "missing.yaml")
