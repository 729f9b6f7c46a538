"""Benchmark the timeline pipeline on synthetic events files: load, layout, PNG and SVG.

Usage, from the repository root::

    .venv/bin/python bench/bench.py                        # 30, 1,000, 10,000, 100,000 events
    .venv/bin/python bench/bench.py --sizes 1000,10000 --repeat 5
    .venv/bin/python bench/bench.py --all                  # also SVG at 100,000 (slow)
    .venv/bin/python bench/bench.py --sizes 100000 --profile-layout   # cProfile of the layout
    .venv/bin/python bench/bench.py --peers --rounds 3     # against ../shared/peers, as ratios

What it measures, and why this way:

- Each events file is generated from a seed (``random.Random``), as YAML text in a temporary
  folder, in the format of ``events.yaml``: a mix of date precisions (days, months, years,
  uncertain and approximate days, ranges, windows) and kinds, about 30% of events in 2-4
  lanes, titles of 3-8 words, over three years. 8 country lanes for up to 100 events, 20 up
  to 1,000, 50 above.
- Every timed run is a fresh Python process, so no cache (text widths, fonts, parsed dates)
  carries over from one run or one size to the next. Imports (matplotlib, timeline) happen
  before the clock starts; the stages are then timed one after another as ``timeline render``
  runs them: load -> layout -> PNG -> SVG. The table shows the median of ``--repeat`` runs.
- Memory is measured two ways. "rss MB" is the child process's peak resident set size
  (``ru_maxrss``): everything, matplotlib and its C buffers included, over all stages of a run
  (median over runs). "peak MB" is ``tracemalloc``'s peak of Python-level allocations while
  each stage runs, counting what earlier stages still hold (the Timeline, the Layout); it is
  taken in one extra, untimed run because tracing slows Python down.
- Whole-process times compare ``timeline render events.yaml`` (PNG and SVG, the default
  figure) with a process that only imports matplotlib and saves an empty figure, run in
  turn round after round, after one untimed round. The package is compiled to bytecode
  first, as an installed package is: matplotlib's is, and an editable checkout under
  PYTHONDONTWRITEBYTECODE would otherwise compile ours from source in every process.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
EVENTS_FILE = REPO / "events.yaml"
DEFAULT_SIZES = (30, 1_000, 10_000, 100_000)
SVG_LIMIT = 50_000  # above this many events, SVG is skipped unless --all
DPI = 200

# Targets from the issue.
LAYOUT_TARGET = (100_000, 2.0)  # layout of 100,000 events, seconds
PNG_TARGET = (10_000, 3.0)  # PNG of 10,000 events over 50 lanes, seconds
WHOLE_PROCESS_RATIO = 1.5  # `timeline render` vs. importing matplotlib and saving a figure
HELP_TARGET = 0.25  # seconds for `timeline --help`
PEERS = REPO.parent / "shared" / "peers"  # the peer scripts, beside the repository
PEER_TIMEOUT = 300.0  # seconds a run may take before it counts as not finished

# ---------------------------------------------------------------------------------------
# Synthetic events files

COUNTRIES = (
    ("US", "United States"), ("CN", "China"), ("JP", "Japan"), ("KR", "South Korea"),
    ("IN", "India"), ("AU", "Australia"), ("KP", "North Korea"), ("RU", "Russia"),
    ("GB", "United Kingdom"), ("FR", "France"), ("DE", "Germany"), ("IT", "Italy"),
    ("CA", "Canada"), ("MX", "Mexico"), ("BR", "Brazil"), ("AR", "Argentina"),
    ("ZA", "South Africa"), ("NG", "Nigeria"), ("EG", "Egypt"), ("KE", "Kenya"),
    ("SA", "Saudi Arabia"), ("AE", "United Arab Emirates"), ("IR", "Iran"), ("IL", "Israel"),
    ("TR", "Turkey"), ("UA", "Ukraine"), ("PL", "Poland"), ("ES", "Spain"),
    ("NL", "Netherlands"), ("SE", "Sweden"), ("NO", "Norway"), ("FI", "Finland"),
    ("PK", "Pakistan"), ("BD", "Bangladesh"), ("ID", "Indonesia"), ("MY", "Malaysia"),
    ("SG", "Singapore"), ("TH", "Thailand"), ("VN", "Vietnam"), ("PH", "Philippines"),
    ("MM", "Myanmar"), ("TW", "Taiwan"), ("NZ", "New Zealand"), ("MN", "Mongolia"),
    ("KZ", "Kazakhstan"), ("QA", "Qatar"), ("ET", "Ethiopia"), ("CL", "Chile"),
    ("CO", "Colombia"), ("PE", "Peru"),
)  # fmt: skip
FIRST_NAMES = (
    "Anna", "Daniel", "Mei", "Hiroshi", "Ji-woo", "Priya", "Oliver", "Sofia", "Ahmed",
    "Elena", "Kwame", "Lucas", "Fatima", "Ivan", "Chen", "Maria", "Tomasz", "Aisha",
)  # fmt: skip
LAST_NAMES = (
    "Tanaka", "Kim", "Singh", "Smith", "Müller", "Rossi", "Silva", "Okafor", "Hassan",
    "Petrov", "Wang", "Nguyen", "Kowalski", "García", "Dubois", "Johansson", "Khan", "Park",
)  # fmt: skip
ROLES = (
    "President", "Prime Minister", "Minister of Foreign Affairs", "Minister of Defense",
    "National Security Adviser", "Ambassador to the United Nations", "Trade Representative",
)  # fmt: skip
OUTLETS = ("The Associated Press", "Reuters", "NPR", "The Guardian", "Nikkei Asia", "AFP")
WORDS = (
    "foreign", "ministers", "discuss", "trade", "security", "alliance", "talks", "summit",
    "leaders", "agree", "on", "new", "defence", "pact", "climate", "envoy", "visits",
    "sanctions", "announced", "joint", "statement", "missile", "test", "condemned", "call",
    "between", "presidents", "maritime", "dispute", "vaccine", "supply", "deal", "signed",
    "election", "results", "border", "reopens", "delegation", "arrives", "in", "capital",
    "bilateral", "meeting", "postponed", "economic", "dialogue", "resumes", "nuclear",
    "programme", "review", "ceasefire", "extended", "embassy", "staff", "expelled", "the",
)  # fmt: skip
# (weight, kind); statements and meetings are common, legal and transition events rare.
KIND_WEIGHTS = (
    ("summit", 4), ("meeting", 20), ("call", 14), ("talks", 10), ("press-conference", 8),
    ("statement", 18), ("trip", 6), ("visit", 8), ("legal", 3), ("transition", 2),
    ("period", 3), ("other", 4),
)  # fmt: skip
STATUS_WEIGHTS = (("held", 80), ("planned", 8), ("expected", 7), ("cancelled", 5))
FIRST_DAY = 737425  # date(2020, 1, 1).toordinal()
SPAN_DAYS = 3 * 365  # dates over about three years


def lanes_for(size: int) -> int:
    """How many country lanes a synthetic file of ``size`` events has."""
    return 8 if size <= 100 else 20 if size <= 1_000 else 50


def synthetic_yaml(size: int, lanes: int, seed: int) -> str:
    """The text of an events file with ``size`` events over ``lanes`` countries.

    The same (size, lanes, seed) always gives the same text. Each country has two people;
    an event names some of its countries through a person (``actors``) and the others
    directly (``countries``), so its lanes are exactly the countries chosen for it.
    """
    from datetime import date

    rng = random.Random(seed)
    countries = COUNTRIES[:lanes]
    # A few countries take part in many events, most in few (weights 1/rank^0.8).
    weights = [1 / (rank + 1) ** 0.8 for rank in range(lanes)]
    out = [
        "# Synthetic events file written by bench/bench.py; do not edit.",
        "version: 1",
        f"title: Synthetic timeline, {size:,} events over {lanes} countries (seed {seed})",
        "",
        "countries:",
    ]
    out += [f"  {code}: {{name: {name}}}" for code, name in countries]
    out.append("actors:")
    people: dict[str, list[str]] = {}
    for code, _ in countries:
        people[code] = []
        for number in (1, 2):
            actor = f"{code.lower()}-{number}"
            people[code].append(actor)
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            out.append(f"  {actor}: {{name: {name}, country: {code}, role: {rng.choice(ROLES)}}}")
    out.append("sources:")
    sources = [f"s{number:02d}" for number in range(1, 21)]
    for number, source in enumerate(sources, start=1):
        day = date.fromordinal(FIRST_DAY + rng.randrange(SPAN_DAYS))
        out += [
            f"  {source}:",
            f"    file: {number:03d}_synthetic.txt",
            f"    outlet: {rng.choice(OUTLETS)}",
            f"    date: {day.isoformat()}",
        ]
    out.append("events:")
    kinds, kind_weights = zip(*KIND_WEIGHTS, strict=True)
    statuses, status_weights = zip(*STATUS_WEIGHTS, strict=True)
    for number in range(size):
        count = 1 if rng.random() < 0.7 else rng.randint(2, min(4, lanes))
        chosen: set[str] = set()
        while len(chosen) < count:
            chosen.add(rng.choices(countries, weights)[0][0])
        actors = [rng.choice(people[code]) for code in sorted(chosen) if rng.random() < 0.6]
        named = {actor.split("-")[0].upper() for actor in actors}
        direct = [code for code in sorted(chosen) if code not in named]
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 8)))
        out += [
            f"  - id: ev-{number}",
            f"    title: {title[0].upper()}{title[1:]}",
            f"    date: {_date_text(rng)}",
            f"    kind: {rng.choices(kinds, kind_weights)[0]}",
            f"    status: {rng.choices(statuses, status_weights)[0]}",
        ]
        if actors:
            out.append(f"    actors: [{', '.join(actors)}]")
        if direct:
            out.append(f"    countries: [{', '.join(direct)}]")
        out.append("    sources:")
        for source in rng.sample(sources, rng.randint(1, 2)):
            quote = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 15)))
            out += [f"      - source: {source}", f'        quote: "{quote}"']
    return "\n".join(out) + "\n"


def _date_text(rng: random.Random) -> str:
    """An EDTF date: mostly days, some months, years, uncertain days, ranges and windows."""
    from datetime import date, timedelta

    day = date.fromordinal(FIRST_DAY + rng.randrange(SPAN_DAYS))
    roll = rng.random()
    if roll < 0.50:
        return day.isoformat()
    if roll < 0.60:
        return day.isoformat()[:7]
    if roll < 0.62:
        return str(day.year)
    if roll < 0.72:
        return f"{day.isoformat()}?"
    if roll < 0.77:
        return f"{day.isoformat()}~"
    if roll < 0.92:
        return f"{day.isoformat()}/{(day + timedelta(days=rng.randint(1, 6))).isoformat()}"
    return f'"[{day.isoformat()}..{(day + timedelta(days=rng.randint(3, 20))).isoformat()}]"'


# ---------------------------------------------------------------------------------------
# One run, in a child process


def child_run(path: Path, svg: bool, trace: bool) -> dict[str, Any]:
    """Load, lay out and render ``path`` once; seconds (or traced peaks) per stage.

    Imports and the font file are loaded before any stage starts. Each stage gets a fresh
    ``FontMeasure`` so its text-width cache starts empty, as in a new ``timeline render``.
    """
    import tracemalloc

    import matplotlib.figure  # noqa: F401  (imported before the clock starts)

    import timeline
    from timeline.drawing.save import figure_bytes
    from timeline.layout import Options, layout
    from timeline.layout.measure import FontMeasure, _font

    _font()
    result: dict[str, Any] = {}
    if trace:
        tracemalloc.start()

    def stage(name: str, work: Callable[[], Any]) -> Any:
        if trace:
            tracemalloc.reset_peak()
        start = time.perf_counter()
        value = work()
        result[name] = time.perf_counter() - start
        if trace:
            result[f"{name}_peak"] = tracemalloc.get_traced_memory()[1] / 2**20
        return value

    def load() -> Any:
        loaded = timeline.load(path)
        gc.freeze()  # as `timeline render` does: the timeline lives as long as the process
        return loaded

    loaded = stage("load", load)
    drawing = stage("layout", lambda: layout(loaded, Options(), FontMeasure()))
    png = stage("png", lambda: figure_bytes(drawing, "png", dpi=DPI))
    result["png_bytes"] = len(png)
    del png
    if svg:
        result["svg_bytes"] = len(stage("svg", lambda: figure_bytes(drawing, "svg")))
    result["events"] = len(loaded.events)
    result["lanes"] = len(drawing.lanes)
    result["labels"] = len(drawing.labels)
    result["numbered"] = sum(label.number is not None for label in drawing.labels)
    result["unlabelled"] = drawing.unlabelled
    result["height_in"] = drawing.height / 72
    result["rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return result


def profile_layout(path: Path, top: int) -> None:
    """Print the ``top`` functions of one layout of ``path`` by cumulative time (cProfile)."""
    import cProfile
    import pstats

    import timeline
    from timeline.layout import Options, layout
    from timeline.layout.measure import FontMeasure, _font

    _font()
    loaded = timeline.load(path)
    profiler = cProfile.Profile()
    profiler.enable()
    layout(loaded, Options(), FontMeasure())
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.strip_dirs().sort_stats("cumulative").print_stats(top)


# ---------------------------------------------------------------------------------------
# The parent: runs children, takes medians, prints tables


@dataclass
class SizeResult:
    size: int
    lanes: int
    runs: list[dict[str, Any]]
    traced: dict[str, Any]

    def median(self, key: str) -> float | None:
        values = [run[key] for run in self.runs if key in run]
        return statistics.median(values) if values else None


def run_child(args: Sequence[str], timeout: float | None = None) -> dict[str, Any]:
    """Run this script as a child with ``args``; the JSON it prints on its last line."""
    command = [sys.executable, str(Path(__file__).resolve()), *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def bench_size(
    size: int, lanes: int, seed: int, repeat: int, svg: bool, folder: Path
) -> SizeResult:
    """Write the synthetic file for ``size``, then time it ``repeat`` times and trace it once."""
    path = folder / f"events-{size}.yaml"
    path.write_text(synthetic_yaml(size, lanes, seed), encoding="utf-8")
    flags = ["--child", str(path)] + (["--svg"] if svg else [])
    runs = [run_child(flags) for _ in range(repeat)]
    traced = run_child([*flags, "--trace"])
    return SizeResult(size, lanes, runs, traced)


def whole_process(command: Sequence[str], repeat: int, cwd: Path) -> float:
    """Median wall time of ``command`` as a whole process, after one untimed warm-up run."""
    return interleaved([command], repeat, cwd)[0]


def interleaved(commands: Sequence[Sequence[str]], repeat: int, cwd: Path) -> list[float]:
    """Median wall time of each command as a whole process, the commands run one after
    another in each of ``repeat`` rounds (after an untimed one), so that a machine growing
    busier or quieter slows or speeds them alike."""
    times: list[list[float]] = [[] for _ in commands]
    for index in range(repeat + 1):
        for command, taken in zip(commands, times, strict=True):
            start = time.perf_counter()
            subprocess.run(command, cwd=cwd, check=True, capture_output=True)
            if index:
                taken.append(time.perf_counter() - start)
    return [statistics.median(taken) for taken in times]


def _cell(value: float | None, digits: int = 3) -> str:
    return "skipped" if value is None else f"{value:.{digits}f}"


HEADER = (
    f"{'events':>8} {'lanes':>5} {'load s':>8} {'layout s':>8} {'png s':>8} {'svg s':>8} "
    f"{'png MB':>7} {'svg MB':>7} {'rss MB':>7} {'labels':>7} {'numbered':>8} {'unlabelled':>10}"
)


def row(result: SizeResult) -> str:
    """One line of the main table."""
    first = result.runs[0]
    traced = result.traced
    return (
        f"{result.size:>8,} {first['lanes']:>5} {_cell(result.median('load')):>8} "
        f"{_cell(result.median('layout')):>8} {_cell(result.median('png')):>8} "
        f"{_cell(result.median('svg')):>8} {_cell(traced.get('png_peak'), 1):>7} "
        f"{_cell(traced.get('svg_peak'), 1):>7} {_cell(result.median('rss'), 0):>7} "
        f"{first['labels']:>7,} {first['numbered']:>8,} {first['unlabelled']:>10,}"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        default=",".join(map(str, DEFAULT_SIZES)),
        help="event counts, comma-separated [default: %(default)s]",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="timed runs per size; medians are shown [default: %(default)s]",
    )
    parser.add_argument("--seed", type=int, default=20240601, help="random seed")
    parser.add_argument(
        "--all", action="store_true", help=f"also render SVG above {SVG_LIMIT:,} events (slow)"
    )
    parser.add_argument(
        "--profile-layout",
        action="store_true",
        help="after the tables, cProfile one layout of the largest size",
    )
    parser.add_argument(
        "--no-whole-process",
        action="store_true",
        help="skip the whole-process timing of `timeline render`",
    )
    parser.add_argument(
        "--peers",
        metavar="DIR",
        nargs="?",
        const=str(PEERS),
        help="instead, run `timeline render` against the peer scripts in DIR, interleaved, "
        "and print the table of ratios [DIR default: %(const)s]",
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="interleaved rounds with --peers [default: 3]"
    )
    parser.add_argument(
        "--peer-sizes",
        default="1000,10000,100000",
        help="event counts with --peers (20 lanes up to 1,000, 50 above) [default: %(default)s]",
    )
    parser.add_argument("--child", metavar="FILE", help=argparse.SUPPRESS)
    parser.add_argument("--svg", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--profile-file", metavar="FILE", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        print(json.dumps(child_run(Path(args.child), args.svg, args.trace)))
        return
    if args.profile_file:
        profile_layout(Path(args.profile_file), 10)
        return

    _compile_bytecode()
    if args.peers:
        _peers_report(Path(args.peers), args.rounds, args.peer_sizes, args.repeat)
        return
    sizes = [int(text.replace("_", "")) for text in args.sizes.split(",") if text.strip()]
    print(__doc__.split("\n\n")[0].strip())
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs; medians of {args.repeat} runs, "
        f"each in a fresh process; PNG at {DPI} dpi; seed {args.seed}.\n"
        "s: seconds per stage (imports excluded). png MB / svg MB: tracemalloc peak of Python\n"
        "allocations while that stage runs, Timeline and Layout included (one untimed run).\n"
        "rss MB: peak resident set of the whole run (ru_maxrss). labels: event labels drawn,\n"
        "numbered: of those, numbers explained in a key; unlabelled: events counted, not named.\n"
    )
    print(HEADER, flush=True)
    results: list[SizeResult] = []
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as temporary:
        folder = Path(temporary)
        for size in sizes:
            svg = args.all or size <= SVG_LIMIT
            result = bench_size(size, lanes_for(size), args.seed, args.repeat, svg, folder)
            results.append(result)
            print(row(result), flush=True)
        skipped = [f"{r.size:,}" for r in results if r.median("svg") is None]
        if skipped:
            print(f"SVG skipped at {', '.join(skipped)} events (pass --all to render it).")

        print("\nTraced Python peak per stage, MB (one untimed run):")
        print(f"{'events':>8} {'load':>8} {'layout':>8} {'png':>8} {'svg':>8}")
        for r in results:
            t = r.traced
            print(
                f"{r.size:>8,} {_cell(t['load_peak'], 1):>8} {_cell(t['layout_peak'], 1):>8} "
                f"{_cell(t['png_peak'], 1):>8} {_cell(t.get('svg_peak'), 1):>8}"
            )

        print("\nTargets:")
        by_size = {r.size: r for r in results}
        check_layout = by_size.get(LAYOUT_TARGET[0])
        if check_layout:
            _target(
                f"layout of {LAYOUT_TARGET[0]:,} events",
                check_layout.median("layout"),
                LAYOUT_TARGET[1],
            )
        check_png = by_size.get(PNG_TARGET[0])
        if check_png:
            png = check_png.median("png")
            layout_s = check_png.median("layout")
            lanes = check_png.runs[0]["lanes"]
            _target(f"PNG of {PNG_TARGET[0]:,} events over {lanes} lanes", png, PNG_TARGET[1])
            both = None if png is None or layout_s is None else png + layout_s
            _target(f"layout + PNG of {PNG_TARGET[0]:,} events", both, PNG_TARGET[1])

        if not args.no_whole_process:
            _whole_process_report(args.repeat, folder)

        if args.profile_layout and sizes:
            largest = max(sizes)
            print(f"\ncProfile of one layout of {largest:,} events, top 10 by cumulative time:")
            command = [
                sys.executable,
                str(Path(__file__).resolve()),
                "--profile-file",
                str(folder / f"events-{largest}.yaml"),
            ]
            print(subprocess.run(command, capture_output=True, text=True, check=True).stdout)


def _compile_bytecode() -> None:
    """Compile the package's modules to bytecode, as ``pip install .`` does when it installs
    them. An editable checkout run with PYTHONDONTWRITEBYTECODE set (as on the machines these
    numbers come from) compiles every module from source in every process: 0.05-0.1 s of
    each start that an installed ``timeline`` never pays."""
    import compileall

    if compileall.compile_dir(REPO / "timeline", quiet=1):
        print("timeline's modules compiled to bytecode first, as `pip install .` leaves them")
    else:
        print("timeline's modules could not all be compiled to bytecode: starts are slower")


def _peers_report(peers: Path, rounds: int, sizes_text: str, repeat: int) -> None:
    """The table of ratios against the peer scripts, then --help and the default figure."""
    from peers import compare

    if not (peers / "collections_mpl.py").exists():
        sys.exit(f"no peer scripts in {peers}: pass --peers DIR")
    sizes = tuple(
        (size, 20 if size <= 1_000 else 50)
        for size in (int(text.replace("_", "")) for text in sizes_text.split(",") if text.strip())
    )
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, {platform.platform()}")
    with tempfile.TemporaryDirectory(prefix="timeline-peers-") as temporary:
        folder = Path(temporary)
        compare(_timeline_command(), peers, folder, rounds, PEER_TIMEOUT, sizes)
        help_s = whole_process([*_timeline_command(), "--help"], max(repeat, 5), folder)
        verdict = "OK" if help_s < HELP_TARGET else "MISSED"
        print(f"\n`timeline --help`: {help_s:.3f} s (target < {HELP_TARGET:g} s) {verdict}")
        _whole_process_report(repeat, folder)


def _timeline_command() -> list[str]:
    """How to run `timeline`: the venv's script, or ``python -m timeline``."""
    cli = Path(sys.executable).with_name("timeline")
    return [str(cli)] if cli.exists() else [sys.executable, "-m", "timeline"]


def _target(what: str, seconds: float | None, limit: float) -> None:
    if seconds is None:
        print(f"  {what}: not measured")
        return
    verdict = "OK" if seconds < limit else "MISSED"
    print(f"  {what}: {seconds:.3f} s (target < {limit:g} s) {verdict}")


def _whole_process_report(repeat: int, folder: Path) -> None:
    """Time `timeline render events.yaml` (PNG + SVG) against an empty matplotlib figure."""
    render = [
        *_timeline_command(),
        "render",
        str(EVENTS_FILE),
        "-o",
        "figure.png",
        "-o",
        "figure.svg",
    ]
    empty = [
        sys.executable, "-c",
        "from matplotlib.figure import Figure; Figure().savefig('empty.png')",
    ]  # fmt: skip
    empty_both = [
        sys.executable, "-c",
        "from matplotlib.figure import Figure; f = Figure(); f.savefig('empty.png'); "
        "f.savefig('empty.svg')",
    ]  # fmt: skip
    work = folder / "whole-process"
    work.mkdir(exist_ok=True)
    runs = max(repeat, 5)
    render_s, empty_s, empty_both_s = interleaved([render, empty, empty_both], runs, work)
    ratio = render_s / empty_s
    verdict = "OK" if ratio <= WHOLE_PROCESS_RATIO else "MISSED"
    print(f"\nWhole process, median of {runs} interleaved rounds after a warm-up (wall time):")
    print(f"  timeline render events.yaml -o figure.png -o figure.svg  {render_s:.3f} s")
    print(f"  import matplotlib, save an empty figure as PNG          {empty_s:.3f} s")
    print(f"  import matplotlib, save an empty figure as PNG and SVG  {empty_both_s:.3f} s")
    print(f"  ratio render / empty PNG: {ratio:.2f} (target <= {WHOLE_PROCESS_RATIO:g}) {verdict}")
    print(f"  ratio render / empty PNG+SVG: {render_s / empty_both_s:.2f}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
