"""The rendered files: SVG structure, identical bytes for identical input, and the image."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import timeline
from timeline import Options
from timeline.drawing.save import figure_bytes
from timeline.pipeline import plan

from ..conftest import EVENTS_FILE, ROOT

FIGURES = ROOT / "figures"


@pytest.fixture(scope="module")
def events() -> timeline.Timeline:
    return timeline.load(EVENTS_FILE)


@pytest.fixture(scope="module")
def svg(events: timeline.Timeline) -> str:
    return figure_bytes(plan(events), "svg").decode()


def test_svg_has_one_group_per_event_with_a_stable_id(events, svg: str) -> None:
    groups = re.findall(r'<g id="event-([a-z0-9-]+)">', svg)
    assert sorted(groups) == sorted(e.id for e in events.events)


def test_svg_keeps_lane_names_and_labels_as_searchable_text(events, svg: str) -> None:
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    for name in ("United States", "Japan", "South Korea", "China", "India", "Australia"):
        assert name in texts
    for event in events.events:
        assert event.title.replace("'", "&#x27;") in texts or event.title in texts


def test_svg_text_can_be_turned_into_outlines(events) -> None:
    outlined = figure_bytes(plan(events), "svg", text_as_paths=True).decode()
    drawn = re.sub(r"<!--.*?-->", "", outlined, flags=re.DOTALL)  # matplotlib's comments
    assert "<text" not in drawn and "Japan" not in drawn


def test_user_text_is_text_never_math_or_markup(events) -> None:
    odd = events.with_events(
        [
            events.events[0].__class__(
                **{**events.events[0].__dict__, "title": "Cost: $5 & <b>$x^2$</b>"}
            )
        ]
    )
    svg = figure_bytes(plan(odd, Options(title="$\\alpha$ & co")), "svg").decode()
    assert "Cost: $5 &amp; &lt;b&gt;$x^2$&lt;/b&gt;" in svg
    assert "$\\alpha$ &amp; co" in svg


@pytest.mark.parametrize("form", ["png", "svg", "pdf"])
def test_the_same_input_gives_the_same_bytes_in_a_new_process(tmp_path: Path, form: str) -> None:
    paths = [tmp_path / f"a.{form}", tmp_path / f"b.{form}"]
    for path in paths:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "timeline",
                "render",
                str(EVENTS_FILE),
                "-o",
                str(path),
                "--dpi",
                "60",
            ],
            check=True,
            capture_output=True,
        )
    assert paths[0].read_bytes() == paths[1].read_bytes()


def test_the_default_figure_matches_the_committed_one(tmp_path: Path, events) -> None:
    """An image comparison, with a tolerance for font rasterising across machines."""
    from matplotlib.testing.compare import compare_images

    fresh = tmp_path / "timeline.png"
    fresh.write_bytes(figure_bytes(plan(events), "png", dpi=200))
    assert compare_images(str(FIGURES / "timeline.png"), str(fresh), tol=6) is None
