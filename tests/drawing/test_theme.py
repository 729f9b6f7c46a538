"""Themes: each kind told apart by its glyph, the legend showing kinds as drawn, and text
that stays legible on every theme's background."""

from __future__ import annotations

import io

import matplotlib.image
import numpy as np
import pytest

import timeline
from timeline.drawing.figure import MARKERS
from timeline.drawing.theme import THEMES
from timeline.layout.marks import KIND_GLYPH
from timeline.layout.options import THEME_NAMES
from timeline.model.timeline import KINDS
from timeline.pipeline import plan

from ..conftest import EVENTS_FILE


@pytest.fixture(scope="module")
def events() -> timeline.Timeline:
    return timeline.load(EVENTS_FILE)


def test_every_kind_has_a_glyph_of_its_own_that_the_renderer_can_draw():
    glyphs = [KIND_GLYPH[kind] for kind in KINDS]
    assert len(set(glyphs)) == len(KINDS)
    assert set(glyphs) <= set(MARKERS)


def test_the_themes_are_the_ones_the_options_name():
    assert tuple(THEMES) == THEME_NAMES


def test_print_tells_kinds_apart_by_glyph_alone(events):
    """In black ink every kind has one colour: the legend's kinds must differ in glyph."""
    print_theme = THEMES["print"]
    assert {print_theme.kinds[kind] for kind in KINDS} == {"#000000"}
    kinds = [entry for entry in plan(events).legend if entry.sample.look.kind]
    assert len({entry.sample.glyph for entry in kinds}) == len(kinds) > 5


def test_the_legend_shows_each_kind_as_it_is_drawn(events):
    """Trips are drawn as bars (and some as points): the legend shows a trip as a bar with
    the trip's glyph, which is what every trip mark carries."""
    drawing = plan(events)
    legend = {entry.sample.look.kind: entry.sample for entry in drawing.legend}
    for kind in {mark.look.kind for mark in drawing.marks}:
        drawn = [mark for mark in drawing.marks if mark.look.kind == kind]
        sample = legend[kind]
        assert {mark.glyph for mark in drawn} == {sample.glyph}
        assert sample.shape == ("bar" if any(mark.bar for mark in drawn) else "point")
    assert legend["trip"].shape == "bar"


def test_a_glyph_on_a_bar_stays_within_the_bar(events):
    for mark in plan(events).marks:
        if mark.bar is not None:
            assert mark.bar.x1 - mark.bar.x0 >= mark.size - 1e-9
            assert mark.bar.x0 <= mark.x <= mark.bar.x1


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("name", THEME_NAMES)
def test_text_is_legible_on_the_background_and_on_shaded_lanes(name):
    """WCAG's 4.5:1 for text, muted text included; marks at least 2:1 against the page."""
    theme = THEMES[name]
    for ground in (theme.background, theme.shade):
        assert _contrast(theme.text, ground) >= 7
        assert _contrast(theme.muted, ground) >= 4.5
    for kind in KINDS:
        assert _contrast(theme.kinds[kind], theme.background) >= 2, kind


@pytest.mark.parametrize("name", ["print", "dark"])
def test_a_theme_is_chosen_by_keyword_and_drawn(events, tmp_path, name):
    path = tmp_path / f"{name}.png"
    timeline.write(events, path, theme=name, width="10cm", dpi=60, until="2021-03-20")
    pixels = matplotlib.image.imread(io.BytesIO(path.read_bytes()))[..., :3]
    corner = tuple(np.round(pixels[2, 2] * 255).astype(int))
    expected = THEMES[name].background
    assert corner == tuple(int(expected[i : i + 2], 16) for i in (1, 3, 5))


def test_an_unknown_theme_is_refused_by_name():
    with pytest.raises(ValueError, match="theme must be one of default, print, dark"):
        timeline.Options(theme="sepia")
