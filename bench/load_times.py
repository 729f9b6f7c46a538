"""Time ``timeline.load`` on events files, beside the full path alone (no direct reader).

Usage, from the repository root::

    .venv/bin/python bench/load_times.py /tmp/e100000.yaml events.yaml --repeat 3

Each run is a fresh Python process, so no cache (dates parsed, text read) carries over;
imports happen before the clock starts. The table shows the median wall time and the median
CPU time of the process (which a machine shared with other work inflates less), for
``load`` as it is and for the full path: the YAML reader, ``check_structure`` and ``build``.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path


def child(path: str, full: bool) -> dict[str, float]:
    """Load path once, by load or by the full path; its wall and CPU seconds."""
    from timeline.read import load
    from timeline.read.builder import build
    from timeline.read.document import read_text
    from timeline.read.fast import parse

    wall, cpu = time.perf_counter(), time.process_time()
    if full:
        gc.disable()  # as load does
        build(parse(read_text(path)[0], path))
    else:
        load(path)
    return {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}


def median_run(path: str, full: bool, repeat: int) -> tuple[float, float]:
    """Median wall and CPU seconds of repeat fresh processes."""
    runs = []
    for _ in range(repeat):
        flags = ["--child", path] + (["--full"] if full else [])
        done = subprocess.run([sys.executable, __file__, *flags], capture_output=True,
                              text=True, check=True)  # fmt: skip
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return (statistics.median(run["wall"] for run in runs),
            statistics.median(run["cpu"] for run in runs))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--full", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        print(json.dumps(child(arguments.files[0], arguments.full)))
        return
    print(f"medians of {arguments.repeat} runs, each a fresh process; seconds")
    print(f"{'file':<28} {'load wall':>10} {'load cpu':>9} {'full wall':>10} {'full cpu':>9}")
    for path in arguments.files:
        loaded = median_run(path, False, arguments.repeat)
        full = median_run(path, True, arguments.repeat)
        print(f"{Path(path).name:<28} {loaded[0]:>10.2f} {loaded[1]:>9.2f} "
              f"{full[0]:>10.2f} {full[1]:>9.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
