"""The example notebook, run by nbconvert as Jupyter would: a summary table, then pictures."""

from __future__ import annotations

import base64
import io

import nbformat
import pytest
from matplotlib.image import imread
from nbconvert.preprocessors import ExecutePreprocessor

import timeline
from timeline.drawing.notebook import PIXEL_RATIO, SCREEN_DPI

from ..conftest import ROOT

NOTEBOOK = ROOT / "examples" / "timeline.ipynb"


@pytest.fixture(scope="module")
def outputs() -> list[list[dict]]:
    """Each code cell's outputs, after a check that pyplot is not loaded by ``render``."""
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    check = nbformat.v4.new_code_cell('import sys\n"matplotlib.pyplot" in sys.modules')
    render = next(i for i, cell in enumerate(notebook.cells) if "timeline.render" in cell.source)
    notebook.cells.insert(render + 1, check)
    ExecutePreprocessor(timeout=300, kernel_name="python3").preprocess(
        notebook, {"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    return [cell.outputs for cell in notebook.cells if cell.cell_type == "code"]


def _picture(output: dict) -> tuple[int, int, int]:
    """Width and height of a PNG output in pixels, and its number of colours."""
    pixels = imread(io.BytesIO(base64.b64decode(output["data"]["image/png"])), format="png")
    height, width = pixels.shape[:2]
    return width, height, len({tuple(row) for row in pixels.reshape(-1, pixels.shape[2])})


def test_a_timeline_shows_its_summary_as_a_table(outputs) -> None:
    (shown,) = outputs[0]
    assert shown["data"]["text/html"].startswith("<table><caption>US diplomacy")
    assert "<th" in shown["data"]["text/html"] and "29" in shown["data"]["text/html"]
    assert shown["data"]["text/plain"].startswith("<Timeline 'US diplomacy")


def test_render_shows_a_picture_at_its_size_without_pyplot(outputs) -> None:
    (shown,) = outputs[1]
    width, height, colours = _picture(shown)
    size = shown["metadata"]["image/png"]
    assert width == pytest.approx(8 * SCREEN_DPI * PIXEL_RATIO, abs=2)
    assert size["width"] == pytest.approx(width / PIXEL_RATIO, abs=1)
    assert size["height"] == pytest.approx(height / PIXEL_RATIO, abs=1)
    assert colours > 50  # marks in several colours, antialiased text: a picture, not a blank
    (pyplot_loaded,) = outputs[2]
    assert pyplot_loaded["data"]["text/plain"] == "False"


def test_draw_on_a_pyplot_grid_shows_the_figure(outputs) -> None:
    pictures = [output for output in outputs[3] if "image/png" in output.get("data", {})]
    assert len(pictures) == 1
    width, height, colours = _picture(pictures[0])
    assert width > height > 200 and colours > 50


def test_what_render_returns_is_a_real_figure(tmp_path) -> None:
    figure = timeline.render(timeline.load(ROOT / "events.yaml"), countries="KR")
    figure.savefig(tmp_path / "kr.png", dpi=50)
    data, size = figure._repr_png_()
    assert data.startswith(b"\x89PNG") and (tmp_path / "kr.png").stat().st_size > 1000
    assert size["width"] == round(figure.get_figwidth() * SCREEN_DPI)
