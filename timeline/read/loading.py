"""Load an events file: large plain files straight into the model, any other through the
full reader and checks, which report every problem a file has."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from ..model.timeline import Timeline
from .builder import build
from .csv_file import is_csv, read_csv
from .direct import plain_timeline
from .document import read_text
from .fast import parse

__all__ = ["load"]


def load(path: str | os.PathLike[str]) -> Timeline:
    """Read, check and build the timeline in the events file at path (YAML, or CSV when
    its name ends in ``.csv``).

    Raises DataError listing every problem, each with its line and column. The timeline
    remembers path as its ``source``, which a figure may never be written over.
    """
    name = os.fspath(path)
    with _collector_paused():
        if is_csv(path):
            return replace(build(read_csv(path)), source=name)
        text, _ = read_text(path)
        # The direct reader is sure of most files; it leaves any other to the full path.
        timeline = plain_timeline(text, name)
        if timeline is None:
            timeline = build(parse(text, name))
        return replace(timeline, source=name)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Reading makes millions of containers and no reference cycles: the cyclic garbage
    collector's passes over them would take a third of the time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
