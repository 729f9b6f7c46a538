"""Shared test helpers: paths of the project's files and a writer of small events files."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.text import Text

from timeline.drawing.texts import TextLayer
from timeline.layout.fonts import font_chain
from timeline.layout.geometry import TextBlock

ROOT = Path(__file__).resolve().parent.parent
EVENTS_FILE = ROOT / "events.yaml"
SHARED = ROOT.parent / "shared"
ARTICLES = SHARED / "articles"
DATA = SHARED / "data"

HEADER = """\
countries:
  US: {name: United States}
  JP: {name: Japan}
  KR: {name: South Korea}
actors:
  blinken: {name: Antony Blinken, country: US, role: Secretary of State}
  austin: {name: Lloyd Austin, country: US, role: Secretary of Defense}
  motegi: {name: Toshimitsu Motegi, country: JP, role: Minister for Foreign Affairs}
sources:
  ap: {file: 000_d555db6113b5c237.txt, outlet: The Associated Press, date: 2021-03-17}
"""
"""Lines 1-10 of every small test file; events start at line 11."""


def drawn_texts(artist: Artist) -> list[str]:
    """Every line of text a timeline drawing shows, in the order drawn."""
    return [text for layer in artist.findobj(TextLayer) for text in layer.texts]


def matplotlib_text(ax: Axes, block: TextBlock, **style: object) -> Text:
    """``block`` as matplotlib's own ``Text`` on ``ax``, which measures and aligns its string
    itself: where matplotlib would put the line, to check the text layer against."""
    return ax.text(block.x, block.y, block.text, fontsize=block.size, ha=block.align,
                   va=block.anchor, fontweight="bold" if block.bold else "normal",
                   style="italic" if block.italic else "normal", parse_math=False,
                   family=list(font_chain()), **style)  # type: ignore[arg-type]  # fmt: skip


@pytest.fixture
def events_file(tmp_path: Path):
    """Write HEADER plus the given events text to a file and return its path."""

    def write(events: str, header: str = HEADER, name: str = "events.yaml") -> Path:
        path = tmp_path / name
        path.write_text(header + textwrap.dedent(events), encoding="utf-8")
        return path

    return write


@pytest.fixture
def latin_fonts_only(monkeypatch):
    """Draw and measure as on a machine without fonts for other scripts: the chain is DejaVu
    Sans alone, for the figures and for the measure every figure shares."""
    from timeline.layout import fonts, measure

    monkeypatch.setattr(fonts, "FONT_FAMILIES", ("DejaVu Sans",))
    measure.font_measure.cache_clear()
    yield
    measure.font_measure.cache_clear()


# Hypothesis: "dev" explores new examples on every run; "ci" (chosen when CI is set, as CI
# sets it) is derandomised, so a red build is the code's doing, never a new random example.
settings.register_profile("dev", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", settings.get_profile("dev"), derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
