"""What the layout makes of a file at each width and lane mode, as a table of numbers.

For each width and lane mode: how many events are labelled, numbered in the key, or only
counted in the note; the figure's height against its limit; the ticks and breaks of the
axis. Run it before and after a layout change and compare:

    python bench/layout_numbers.py events.yaml /tmp/real/travel.yaml
"""

from __future__ import annotations

import argparse
from pathlib import Path

import timeline
from timeline.layout import Options, layout
from timeline.layout.measure import FontMeasure

WIDTHS = (3.5, 6.5, 10.0, 16.0)
MODES = ("country", "actor", "country/actor")


def numbers(path: Path, widths: tuple[float, ...], modes: tuple[str, ...]) -> list[str]:
    """One row of the table per width and lane mode."""
    events = timeline.load(path)
    measure = FontMeasure()
    rows = []
    for mode in modes:
        for width in widths:
            options = Options(lanes=mode, width=width)
            drawn = layout(events, options, measure)
            numbered = sum(label.number is not None for label in drawn.labels)
            limit = _height_limit(options)
            rows.append(
                f"| {path.name} | {mode} | {width:g} | {len(events.events)} | "
                f"{len(drawn.labels) - numbered} | {numbered} | {drawn.unlabelled} | "
                f"{drawn.height / 72:.1f} / {limit:.1f} | {len(drawn.axis.ticks)} | "
                f"{len(drawn.axis.breaks)} |"
            )
    return rows


def _height_limit(options: Options) -> float:
    """The height limit in inches, as the layout of this checkout sets it."""
    try:
        from timeline.layout.frame import height_limit
    except ImportError:  # before the limit had a function of its own
        return options.max_height or options.width * 1.5
    return height_limit(options.width, options.max_height)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--widths", default=",".join(f"{w:g}" for w in WIDTHS))
    parser.add_argument("--modes", default=",".join(MODES))
    args = parser.parse_args()
    widths = tuple(float(w) for w in args.widths.split(","))
    modes = tuple(args.modes.split(","))
    print(
        "| file | lanes | width in | events | labelled | numbered | counted | height / limit in "
        "| ticks | breaks |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for path in args.files:
        for row in numbers(path, widths, modes):
            print(row)


if __name__ == "__main__":
    main()
