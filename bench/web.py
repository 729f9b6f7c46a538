"""Time what the web outputs add to a figure, on the synthetic files of ``bench.py``.

Usage, from the repository root::

    .venv/bin/python bench/web.py                  # 30, 1,000 and 5,000 events
    .venv/bin/python bench/web.py --sizes 100,2000 --repeat 5

For each size it prints the median of ``--repeat`` runs, in one process, of: the
description (``describe_chart``), the plain SVG (``figure_bytes``), what ``for_the_web``
adds to it, and the whole HTML report (``report_html``: a layout with a fresh font measure,
the SVG drawn again, the page), with the SVG's and the page's sizes. Everything is imported
and the first three are given a layout made before the clock starts.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import timeline
from timeline.drawing.save import figure_bytes
from timeline.pipeline import plan
from timeline.web.svg import for_the_web

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import lanes_for, synthetic_yaml  # bench.py, beside this file


def median_seconds(work: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """The median time of ``repeat`` calls, and what the last one gave."""
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="30,1000,5000", help="event counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement")
    parser.add_argument("--seed", type=int, default=20240601, help="random seed")
    arguments = parser.parse_args()
    print(f"{'events':>7} {'describe s':>10} {'svg s':>7} {'web s':>7} {'report s':>8} "
          f"{'svg MB':>7} {'page MB':>7}")  # fmt: skip
    for size in (int(text) for text in arguments.sizes.split(",")):
        print(measured(size, arguments.seed, arguments.repeat))


def measured(size: int, seed: int, repeat: int) -> str:
    """One row of the table: the times and sizes for ``size`` events."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "events.yaml"
        path.write_text(synthetic_yaml(size, lanes_for(size), seed), "utf-8")
        events = timeline.load(path)
    options = timeline.Options()
    layout = plan(events, options)
    described, _ = median_seconds(lambda: timeline.describe_chart(events), repeat)
    drawn, svg = median_seconds(lambda: figure_bytes(layout, "svg"), repeat)
    webbed, _ = median_seconds(lambda: for_the_web(svg, layout, events, options), repeat)
    reported, page = median_seconds(lambda: timeline.report_html(events), repeat)
    return (f"{size:>7} {described:>10.3f} {drawn:>7.2f} {webbed:>7.3f} {reported:>8.2f} "
            f"{len(svg) / 1e6:>7.2f} {len(page.encode()) / 1e6:>7.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
