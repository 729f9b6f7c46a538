"""Progress lines on standard error: only on a terminal, only for slow work, then cleared."""

from __future__ import annotations

import io
import threading

import pytest

from timeline.cli import progress as progress_module
from timeline.cli.progress import progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_slow_render_on_a_terminal_shows_what_it_does_then_clears_the_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(progress_module, "DELAY", 0.0)
    monkeypatch.setattr(progress_module, "EVERY", 0.01)
    stream = Terminal()
    shown = threading.Event()
    with progress("drawing out.png", stream):
        # Wait for the first line instead of sleeping a fixed time.
        while "drawing" not in stream.getvalue():
            shown.wait(0.01)
    text = stream.getvalue()
    assert text.startswith("\rtimeline: drawing out.png... 0 s")
    assert text.endswith("\r\x1b[K")


def test_nothing_is_shown_when_standard_error_is_not_a_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(progress_module, "DELAY", 0.0)
    stream = io.StringIO()
    with progress("drawing out.png", stream):
        pass
    assert stream.getvalue() == ""


def test_quick_work_on_a_terminal_shows_nothing() -> None:
    stream = Terminal()
    with progress("drawing out.png", stream):
        pass
    assert stream.getvalue() == ""
