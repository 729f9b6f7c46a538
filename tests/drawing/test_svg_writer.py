"""The SVG written from the layout against matplotlib's SVG of the same layout: the same
picture in a browser, the same text at the same places, valid and stable bytes, and user
text kept as text."""

from __future__ import annotations

import io
import math
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from pathlib import Path

import matplotlib
import numpy
import pytest
from matplotlib.image import imread

import timeline
from timeline import Options
from timeline.drawing.figure import figure_of
from timeline.drawing.looks import TEXT_LAYER, Z_TEXT
from timeline.drawing.save import figure_bytes
from timeline.drawing.texts import TextLayer
from timeline.drawing.theme import THEMES
from timeline.layout.geometry import Layout
from timeline.pipeline import plan

from ..conftest import EVENTS_FILE, matplotlib_text
from ..web.conftest import HOSTILE

SVG = "{http://www.w3.org/2000/svg}"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
KINDS = ("meeting", "summit", "call", "statement", "trip")
STATUSES = ("held", "held", "planned", "cancelled")


def matplotlib_svg(layout: Layout) -> bytes:
    """The SVG matplotlib's backend writes of ``layout``, each event a group, and each line
    of text drawn by matplotlib's own ``Text``, which measures it to align it: where
    matplotlib puts text."""
    figure = figure_of(layout, grouped=True)
    ax = figure.axes[0]
    for layer in ax.findobj(TextLayer):
        layer.set_visible(False)
    for block in layout.text_blocks():
        matplotlib_text(ax, block, color=THEMES[layout.theme].text_colour(block.role),
                        zorder=TEXT_LAYER.get(block.role, Z_TEXT))  # fmt: skip
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "test"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()


def texts(svg: bytes) -> list[tuple[str, float, float]]:
    """Each ``<text>``: its words and where it stands, rounded to a thousandth of a point."""
    return sorted((element.text or "", round(float(element.get("x", "nan")), 3),
                   round(float(element.get("y", "nan")), 3))
                  for element in ET.fromstring(svg).iter(f"{SVG}text"))  # fmt: skip


@pytest.fixture(scope="module")
def events() -> timeline.Timeline:
    return timeline.load(EVENTS_FILE)


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> timeline.Timeline:
    """2,400 events over 60 days in three lanes, of every look: too many to draw one by one,
    so most lanes become density strips."""
    lines = ["version: 1", "countries:", "  US: {name: United States}", "  JP: {name: Japan}",
             "  KR: {name: South Korea}", "events:"]  # fmt: skip
    for number in range(2400):
        day = date(2023, 1, 1) + timedelta(days=number * 7 % 60)
        when = day.isoformat()
        if number % 5 == 0:
            when = f"{when}/{(day + timedelta(days=3)).isoformat()}"
        elif number % 7 == 0:
            when += "~"
        lanes = ["US", "JP", "KR"][: 1 + number % 3] if number % 4 else ["KR"]
        lines += [f"  - id: e-{number}", f"    title: Event number {number}",
                  f"    date: {when}", f"    kind: {KINDS[number % len(KINDS)]}",
                  f"    status: {STATUSES[number % len(STATUSES)]}",
                  f"    countries: [{', '.join(lanes)}]"]  # fmt: skip
    path = tmp_path_factory.mktemp("crowded") / "events.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return timeline.load(path)


@pytest.fixture(scope="module")
def scripts(events: timeline.Timeline) -> timeline.Timeline:
    """events.yaml with titles in other scripts, accents, and text that would be markup."""
    titles = [HOSTILE, "Élysée: Ångström Über-talks", "岸田首相と尹錫悦大統領の会談",
              "윤석열 대통령의 방미"]  # fmt: skip
    changed = [event.__class__(**{**event.__dict__, "title": title})
               for event, title in zip(events.events, titles, strict=False)]  # fmt: skip
    return events.with_events(changed + list(events.events[len(titles) :]))


CASES = [
    ("scripts", Options(width=6.5)),
    ("events", Options(width=3.5)),
    ("events", Options(width=10)),
    ("events", Options(width=10, lanes="actor", max_height=18)),
    ("events", Options(width=10, lanes="country/actor", max_height=22)),
    ("events", Options(width=3.5, lanes="country/actor")),
    ("events", Options(width=10, scale="sequence")),
    ("events", Options(width=10, theme="dark")),
    ("events", Options(width=10, theme="print")),
    ("crowded", Options(width=8)),
    ("crowded", Options(width=8, theme="dark", lanes="country/actor")),
]


@pytest.fixture(scope="module", params=CASES, ids=lambda case: f"{case[0]}-{case[1]}")
def drawn(request: pytest.FixtureRequest) -> tuple[Layout, bytes, bytes]:
    """A layout, its direct SVG and matplotlib's."""
    name, options = request.param
    layout = plan(request.getfixturevalue(name), options)
    return layout, figure_bytes(layout, "svg"), matplotlib_svg(layout)


def test_every_text_stands_where_matplotlib_puts_it(drawn: tuple[Layout, bytes, bytes]) -> None:
    layout, direct, drawn_by_matplotlib = drawn
    assert texts(direct) == texts(drawn_by_matplotlib)
    assert len(texts(direct)) == len([block for block in layout.text_blocks() if block.text])


def test_each_event_is_one_group_as_in_matplotlibs(drawn: tuple[Layout, bytes, bytes]) -> None:
    layout, direct, drawn_by_matplotlib = drawn
    groups = re.compile(rb'<g id="(event-[^"]+)">')
    assert groups.findall(direct) == groups.findall(drawn_by_matplotlib)
    assert len(groups.findall(direct)) == len({mark.event for mark in layout.marks})


@pytest.mark.skipif(
    CHROMIUM is None, reason="needs headless Chromium (Debian: apt install chromium)"
)
def test_a_browser_draws_the_same_picture(drawn: tuple[Layout, bytes, bytes], tmp_path: Path,
                                          ) -> None:  # fmt: skip
    layout, direct, drawn_by_matplotlib = drawn
    size = (math.ceil(layout.width * 4 / 3), math.ceil(layout.height * 4 / 3))  # CSS pixels
    ours, theirs = (_screenshot(tmp_path, name, svg, size)
                    for name, svg in (("direct", direct), ("matplotlib", drawn_by_matplotlib)))  # fmt: skip
    assert ours.shape == theirs.shape
    assert ours.std() > 0.05  # a picture, not a blank page
    differing = (numpy.abs(ours - theirs).max(axis=2) > 0.1).sum()
    assert differing <= ours.shape[0] * ours.shape[1] * 1e-4, differing


def _screenshot(folder: Path, name: str, svg: bytes, size: tuple[int, int]) -> numpy.ndarray:
    assert CHROMIUM is not None
    page, shot = folder / f"{name}.svg", folder / f"{name}.png"
    page.write_bytes(svg)
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--no-first-run", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={folder / 'profile'}", "--hide-scrollbars",
         f"--window-size={size[0]},{size[1]}", f"--screenshot={shot}", page.as_uri()],
        capture_output=True, timeout=180, check=True,
    )  # fmt: skip
    return imread(shot)[:, :, :3]


def test_hostile_text_stays_text_and_the_document_is_valid_xml(events: timeline.Timeline,
                                                               ) -> None:  # fmt: skip
    first = events.events[0]
    odd = events.with_events([first.__class__(**{**first.__dict__, "title": HOSTILE})])
    svg = figure_bytes(plan(odd, Options(title=HOSTILE + " \x07bell")), "svg")
    words = [element.text for element in ET.fromstring(svg).iter(f"{SVG}text")]
    assert HOSTILE + " \ufffdbell" in words  # the title; a character XML forbids replaced
    assert "<script>alert('x')</script> & \"Q\" $x^2$" in words  # the event, in the key
    assert b"<script" not in svg and b"$x^2$" in svg


def test_the_same_layout_gives_the_same_bytes(events: timeline.Timeline) -> None:
    layout = plan(events, Options(width=6.5))
    assert figure_bytes(layout, "svg") == figure_bytes(plan(events, Options(width=6.5)), "svg")


def test_the_size_is_in_points_with_a_matching_view_box(events: timeline.Timeline) -> None:
    layout = plan(events, Options(width=6.5))
    root = ET.fromstring(figure_bytes(layout, "svg"))
    assert root.get("width") == f"{layout.width:g}pt"
    assert root.get("viewBox") == f"0 0 {layout.width:g} {layout.height:g}"
