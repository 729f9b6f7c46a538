"""The font chain: names in other scripts are measured in the font that draws them."""

from __future__ import annotations

import pytest

from timeline.layout.fonts import font_chain
from timeline.layout.measure import FontMeasure

NAME = "岸田文雄"  # four ideographs, each one em wide in a CJK font


def test_dejavu_sans_leads_the_chain_even_when_nothing_else_is_installed():
    assert font_chain(("DejaVu Sans", "No Such Font Family")) == ("DejaVu Sans",)


@pytest.mark.skipif("Noto Sans CJK JP" not in font_chain(),
                    reason="needs fonts-noto-cjk (CI installs it)")  # fmt: skip
def test_ideographs_are_measured_in_the_cjk_font_that_draws_them():
    width, _ = FontMeasure()(NAME, 10)
    assert width == pytest.approx(4 * 10 + 2, abs=0.5)  # an em each, and the hinting slack


def test_without_a_font_for_them_ideographs_get_the_width_of_a_box():
    width, _ = FontMeasure(("DejaVu Sans",))(NAME, 10)
    assert width == pytest.approx(4 * 12 + 2)
