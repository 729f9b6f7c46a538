"""Figure widths in the units a report is laid out in: in, cm, mm, pt, px."""

from __future__ import annotations

import io
import json

import matplotlib.image
import pytest
from click.testing import CliRunner

import timeline
from timeline.cli import cli

from ..conftest import EVENTS_FILE


def render(*args: object):
    return CliRunner().invoke(cli, ["render", str(EVENTS_FILE), *map(str, args)])


@pytest.mark.parametrize("width", ["16.51cm", "165.1mm", "6.5in", "468pt", "6.5"])
def test_a_width_in_any_unit_is_the_same_figure(tmp_path, width):
    result = render("--width", width, "-o", tmp_path / "a.json")
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "a.json").read_text())["width"] == pytest.approx(468)


def test_a_width_in_pixels_gives_a_png_that_many_pixels_wide(tmp_path):
    result = render("--width", "800px", "--dpi", "100", "-o", tmp_path / "a.png")
    assert result.exit_code == 0, result.output
    assert matplotlib.image.imread(io.BytesIO((tmp_path / "a.png").read_bytes())).shape[1] == 800


@pytest.mark.parametrize(
    "width, message",
    [("6.5inch", "'6.5inch' is not a length: give a number and one of in, cm, mm, pt, px"),
     ("2cm", "Invalid value for --width: 2cm is 0.787 in, outside 2 to 200 in")],
)  # fmt: skip
def test_a_width_that_is_no_length_or_out_of_range_is_a_usage_error(tmp_path, width, message):
    result = render("--width", width, "-o", tmp_path / "a.png")
    assert result.exit_code == 2 and message in result.stderr
    assert not (tmp_path / "a.png").exists()


def test_the_api_takes_the_same_lengths(tmp_path):
    events = timeline.load(EVENTS_FILE)
    timeline.write(events, tmp_path / "a.json", width="165.1mm")
    assert json.loads((tmp_path / "a.json").read_text())["width"] == pytest.approx(468)
    assert timeline.render(events, width="8.89cm").get_figwidth() == pytest.approx(3.5)
    with pytest.raises(timeline.OptionError, match="'wide' is not a length"):
        timeline.write(events, tmp_path / "b.json", width="wide")
