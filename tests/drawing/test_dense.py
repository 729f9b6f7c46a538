"""Dense figures as a reader sees them: density strips explained in the legend, labelled
events still one SVG group each, the same bytes every time."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import timeline
from timeline import Options
from timeline.drawing.save import figure_bytes
from timeline.layout.geometry import Layout
from timeline.pipeline import plan

DAYS = 60
PER_DAY = 20  # far more events a day than a lane can stack


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> timeline.Timeline:
    lines = ["version: 1", "countries:", "  US: {name: United States}", "  JP: {name: Japan}",
             "events:"]  # fmt: skip
    for number in range(DAYS * PER_DAY):
        day = date(2023, 1, 1) + timedelta(days=number % DAYS)
        lines += [f"  - id: e-{number}", f"    title: Event number {number}",
                  f"    date: {day.isoformat()}", "    kind: meeting", "    status: held",
                  f"    countries: [{'US' if number % 3 else 'JP'}]"]  # fmt: skip
    path = tmp_path_factory.mktemp("dense") / "events.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return timeline.load(path)


@pytest.fixture(scope="module")
def drawing(crowded: timeline.Timeline) -> Layout:
    return plan(crowded, Options(width=8))


def test_every_event_is_counted_in_its_lanes_strip_and_the_legend_says_how(
    crowded: timeline.Timeline, drawing: Layout
) -> None:
    bins = [bin for bin in drawing.density if bin.lane >= 0]
    assert sum(bin.count for bin in bins) == len(crowded.events)
    assert {drawing.lanes[bin.lane].key for bin in bins} == {"US", "JP"}
    legend = " ".join(block.text for block in drawing.texts if block.role == "note")
    assert f"in a lane, 1 to {max(bin.count for bin in bins)}" in legend
    assert f"{drawing.unlabelled:,} of {len(crowded.events):,} events carry no label" in legend


def test_labelled_events_keep_their_svg_group_and_the_strips_are_one_group(
    drawing: Layout,
) -> None:
    svg = figure_bytes(drawing, "svg").decode()
    assert 0 < len(drawing.labels) < DAYS * PER_DAY
    assert svg.count('<g id="event-') == len(drawing.labels)
    assert svg.count('<g id="density"') == 1


@pytest.mark.parametrize("form", ["png", "svg"])
def test_a_dense_figure_is_the_same_bytes_every_time(drawing: Layout, form: str) -> None:
    assert figure_bytes(drawing, form, dpi=50) == figure_bytes(drawing, form, dpi=50)
