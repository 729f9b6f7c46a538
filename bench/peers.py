"""`timeline render` side by side with the peer scripts in ../shared/peers, as ratios.

The same events (``gen_events.py``, and ``to_timeline_yaml.py`` for our format) are drawn by
``timeline render FILE --width 16 --dpi 100`` and by ``collections_mpl.py`` (a careful
matplotlib script), as PNG and SVG, each a whole fresh process. Runs are interleaved, ours
then the peer's, size after size, for several rounds, so a machine shared with other work
slows both alike; the table shows the ratio of the medians (lower is better). Peak memory is
each child's own peak resident set size (``os.wait4``). Labels are counted once a size: ours
from the layout ``timeline render -o layout.json`` writes, the peer's as its 6 pt texts.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

SIZES = ((1_000, 20), (10_000, 50), (100_000, 50))  # events, lanes: as in the peers' checksums
FORMATS = ("png", "svg")
PEER_LABEL = b'<text style="font-size: 6px'  # collections_mpl.py's labels are its 6 pt texts


@dataclass
class Runs:
    """Wall times (s) and peak memory (MiB) of one program, one size and format."""

    seconds: list[float] = field(default_factory=list)
    peak: list[float] = field(default_factory=list)


def run(command: list[str], timeout: float) -> tuple[float, float]:
    """Wall time and peak resident memory (MiB) of ``command`` as a child process."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            child.kill()
            os.wait4(child.pid, 0)
            return float("inf"), float("nan")
        time.sleep(0.01)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        error = child.stderr.read().decode() if child.stderr else ""
        raise RuntimeError(f"{' '.join(command)} failed:\n{error}")
    return seconds, usage.ru_maxrss / 1024


def prepare(peers: Path, folder: Path, size: int, lanes: int) -> tuple[Path, Path]:
    """The CSV and our YAML of ``size`` seeded events over ``lanes`` lanes."""
    csv, yaml = folder / f"events-{size}.csv", folder / f"events-{size}.yaml"
    python = sys.executable
    subprocess.run([python, str(peers / "gen_events.py"), str(size), str(lanes), str(csv)],
                   check=True, capture_output=True)  # fmt: skip
    subprocess.run([python, str(peers / "to_timeline_yaml.py"), str(csv), str(yaml)],
                   check=True, capture_output=True)  # fmt: skip
    return csv, yaml


def our_labels(timeline: list[str], yaml: Path, folder: Path) -> int:
    """How many events our figure labels with their title."""
    out = folder / "layout.json"
    subprocess.run([*timeline, "render", str(yaml), "--width", "16", "-o", str(out)],
                   check=True, capture_output=True)  # fmt: skip
    events = json.loads(out.read_text(encoding="utf-8"))["events"]
    return sum(1 for event in events if event.get("label") and event.get("number") is None)


def peer_labels(svg: Path) -> int:
    return svg.read_bytes().count(PEER_LABEL)


def compare(timeline: list[str], peers: Path, folder: Path, rounds: int, timeout: float,
            sizes: tuple[tuple[int, int], ...] = SIZES) -> None:  # fmt: skip
    """Run both programs interleaved and print the table of ratios."""
    peer = [sys.executable, str(peers / "collections_mpl.py")]
    files = {size: prepare(peers, folder, size, lanes) for size, lanes in sizes}
    ours: dict[tuple[int, str], Runs] = {}
    theirs: dict[tuple[int, str], Runs] = {}
    for round_number in range(rounds):
        for size, _ in sizes:
            csv, yaml = files[size]
            for form in FORMATS:
                out = folder / f"out-{size}.{form}"
                for runs, command in (
                    (ours, [*timeline, "render", str(yaml), "--width", "16", "--dpi", "100",
                            "-o", str(out)]),
                    (theirs, [*peer, str(csv), str(out)]),
                ):  # fmt: skip
                    seconds, peak = run(command, timeout)
                    entry = runs.setdefault((size, form), Runs())
                    entry.seconds.append(seconds)
                    entry.peak.append(peak)
        print(f"  round {round_number + 1} of {rounds} done", file=sys.stderr)
    labels = {}
    for size, _ in sizes:
        csv, yaml = files[size]
        svg = folder / "peer-labels.svg"
        subprocess.run([*peer, str(csv), str(svg)], check=True, capture_output=True)
        labels[size] = (our_labels(timeline, yaml, folder), peer_labels(svg))
    _table(ours, theirs, labels, sizes, rounds)


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _table(
    ours: dict[tuple[int, str], Runs], theirs: dict[tuple[int, str], Runs],
    labels: dict[int, tuple[int, int]], sizes: tuple[tuple[int, int], ...], rounds: int,
) -> None:  # fmt: skip
    heads = [f"{size:,}" for size, _ in sizes]
    print(f"\n`timeline render --width 16 --dpi 100` against collections_mpl.py, whole "
          f"processes, interleaved, median of {rounds} rounds (ratio ours / peer, lower is "
          "better):\n")  # fmt: skip
    print("| | " + " | ".join(heads) + " |")
    print("|---|" + "---|" * len(sizes))
    rows = [(f"{form.upper()} time", form, "seconds", "s") for form in FORMATS]
    rows += [(f"peak memory, {form.upper()}", form, "peak", "MiB") for form in FORMATS]
    for what, form, measure, unit in rows:
        cells = []
        for size, _ in sizes:
            mine = _median(getattr(ours[size, form], measure))
            peer = _median(getattr(theirs[size, form], measure))
            cells.append(f"{mine / peer:.2f}x ({mine:.1f} {unit} against {peer:.1f} {unit})")
        print(f"| {what} | " + " | ".join(cells) + " |")
    cells = [f"{labels[size][0]:,} against {labels[size][1]:,}" for size, _ in sizes]
    print("| events labelled, ours against peer | " + " | ".join(cells) + " |")
