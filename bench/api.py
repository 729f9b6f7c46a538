"""Times of the Python API as a notebook uses it, on the project's events file.

Prints the median of 5 runs in one process (fonts and imports warm) for: ``render``; the
picture Jupyter shows for it; ``draw`` on two panels of a constrained figure, with its first
save (the layouts made at draw time) and a second save at the same size (layouts kept).

    .venv/bin/python bench/api.py
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from matplotlib.figure import Figure

import timeline

EVENTS = Path(__file__).resolve().parent.parent / "events.yaml"


def median_seconds(call: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def two_panels(events: timeline.Timeline) -> Figure:
    figure = Figure(figsize=(11, 6), layout="constrained")
    left, right = figure.subplots(1, 2)
    timeline.draw(events, left, countries="JP")
    timeline.draw(events, right, countries="KR")
    return figure


def main() -> None:
    events = timeline.load(EVENTS)
    timeline.render(events)  # the font's metrics read once, as in any session
    figure = timeline.render(events)
    data, size = figure._repr_png_()
    panels = two_panels(events)
    panels.savefig(io.BytesIO(), format="png", dpi=100)
    rows = [
        ("render", median_seconds(lambda: timeline.render(events)), ""),
        ("render's picture in Jupyter", median_seconds(figure._repr_png_),
         f"{len(data) / 1024:.0f} KB, shown at {size['width']} x {size['height']} px"),
        ("draw on two panels, first save", median_seconds(
            lambda: two_panels(events).savefig(io.BytesIO(), format="png", dpi=100)), "100 dpi"),
        ("the same figure saved again", median_seconds(
            lambda: panels.savefig(io.BytesIO(), format="png", dpi=100)), "100 dpi"),
    ]  # fmt: skip
    for name, seconds, note in rows:
        print(f"{name:<32} {seconds:6.3f} s  {note}")


if __name__ == "__main__":
    main()
