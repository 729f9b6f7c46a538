"""Progress on standard error for slow renders: what is being done and for how long.

Nothing is shown for the first ``DELAY`` seconds, so quick renders stay silent, and nothing
at all unless standard error is a terminal, so logs and pipes get no control characters.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

DELAY = 2.0  # seconds before the first line
EVERY = 1.0  # seconds between updates


@contextmanager
def progress(what: str, stream: TextIO | None = None) -> Iterator[None]:
    """Show ``what`` and the seconds it has taken on one line of ``stream`` (standard
    error) while the block runs, once it has run for ``DELAY`` seconds; then clear it."""
    stream = stream or sys.stderr
    if not stream.isatty():
        yield
        return
    done = threading.Event()
    shown = threading.Event()
    started = time.monotonic()

    def show() -> None:
        if done.wait(DELAY):
            return
        while not done.is_set():
            stream.write(f"\rtimeline: {what}... {time.monotonic() - started:.0f} s")
            stream.flush()
            shown.set()
            done.wait(EVERY)

    thread = threading.Thread(target=show, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
        if shown.is_set():
            stream.write("\r\x1b[K")  # clear the line: the result follows on stdout
            stream.flush()
