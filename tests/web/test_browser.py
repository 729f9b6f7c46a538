"""The report and the SVG in a real browser: headless Chromium loads the page without an
error, finds the tooltips and links in it, and draws the chart.

Skipped where Chromium is not installed (CI installs the Debian package ``chromium``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import numpy
import pytest
from click.testing import CliRunner
from matplotlib.image import imread

from timeline.cli import cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="needs headless Chromium (Debian: apt install chromium)"
)


def _chromium(folder: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium, offline and with a profile of its own, logging the console."""
    assert CHROMIUM is not None
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--no-first-run", "--disable-component-update",
        "--disable-sync", f"--user-data-dir={folder / 'profile'}", "--enable-logging=stderr",
        "--v=0", *arguments,
    ]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=True,
                          env={**os.environ, "LANG": "C.UTF-8"})  # fmt: skip


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from .conftest import WEB_FILE

    folder = tmp_path_factory.mktemp("browser")
    (folder / "events.yaml").write_text(WEB_FILE, encoding="utf-8")
    output = folder / "report.html"
    result = CliRunner().invoke(cli, ["report", str(folder / "events.yaml"), "-o", str(output)])
    assert result.exit_code == 0, result.output
    return output


@pytest.fixture(scope="module")
def loaded(report: Path) -> subprocess.CompletedProcess[str]:
    return _chromium(report.parent, "--dump-dom", report.as_uri())


def test_the_page_loads_without_a_console_message(loaded: subprocess.CompletedProcess[str]) -> None:
    """Chromium logs every console message, a blocked request or script among them."""
    assert [line for line in loaded.stderr.splitlines() if ":CONSOLE" in line] == []
    assert loaded.stdout.startswith("<!DOCTYPE html>")


def test_the_tooltips_and_links_are_in_the_document(
    loaded: subprocess.CompletedProcess[str],
) -> None:
    dom = loaded.stdout
    assert '<g id="event-talks" class="event" data-kind="meeting"' in dom
    assert "<title>US–Japan talks\n16 Mar 2021\nTokyo" in dom
    assert (
        dom.count('<a href="https://apnews.com/article/a?b=1&amp;c=2">') >= 3
    )  # 2 events, 1 source
    assert '<a href="articles/local.html">' in dom
    assert "javascript:" not in dom
    assert "<script" not in dom and "&lt;script&gt;alert('x')&lt;/script&gt;" in dom


def test_a_screenshot_shows_the_chart(report: Path) -> None:
    shot = report.parent / "shot.png"
    _chromium(report.parent, "--window-size=1000,1200", "--hide-scrollbars",
              f"--screenshot={shot}", report.as_uri())  # fmt: skip
    pixels = imread(shot)[:, :, :3]
    assert pixels.std() > 0.1  # not a blank page
    # The chart's marks are the page's only colours besides the links' blue: several hues.
    saturated = pixels.max(axis=2) - pixels.min(axis=2) > 0.35
    hues = numpy.round(_hue(pixels[saturated]) * 12) % 12
    counts = numpy.bincount(hues.astype(int), minlength=12)
    assert (counts > 40).sum() >= 3, counts


def _hue(rgb: numpy.ndarray) -> numpy.ndarray:
    """The hue of each colour, from 0 to 1."""
    import matplotlib.colors

    return matplotlib.colors.rgb_to_hsv(rgb)[:, 0]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_the_page_prints_with_the_chart_the_table_and_the_source_addresses(report: Path) -> None:
    pdf = report.parent / "printed.pdf"
    _chromium(report.parent, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", report.as_uri())
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    for words in ("South Korea", "Blinken in Seoul", "Events", "Participants", "Sources",
                  "<https://apnews.com/article/a?b=1&c=2>", "“arrived in Seoul”"):  # fmt: skip
        assert words in text, words
