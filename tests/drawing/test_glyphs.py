"""Characters no font has: one MissingGlyphWarning naming them, however the figure is made
and in whichever format it is saved; none of matplotlib's warnings per glyph."""

from __future__ import annotations

import io
import warnings

import matplotlib.figure
import pytest

import timeline
from timeline.errors import MissingGlyphWarning

EVENTS = """\
events:
  - id: tokyo
    title: 東京 talks
    date: 2021-03-16
    kind: meeting
    status: held
    actors: [blinken, motegi]
"""

FORMATS = ["png", "pdf", "svg"]


def _warnings_of(make) -> list[warnings.WarningMessage]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        make()
    return caught


def _one_warning_naming_the_characters(caught: list[warnings.WarningMessage]) -> None:
    messages = [str(warning.message) for warning in caught]
    assert [w.category for w in caught] == [MissingGlyphWarning], messages
    assert "東 (U+6771), 京 (U+4EAC)" in messages[0] and "fonts-noto-cjk" in messages[0]


@pytest.fixture
def odd(events_file, latin_fonts_only) -> timeline.Timeline:
    return timeline.load(events_file(EVENTS))


@pytest.mark.parametrize("form", FORMATS)
def test_a_rendered_figure_warns_once_when_made_and_not_when_saved(odd, form):
    figure = None

    def make() -> None:
        nonlocal figure
        figure = timeline.render(odd, width=6.5)

    _one_warning_naming_the_characters(_warnings_of(make))
    assert _warnings_of(lambda: figure.savefig(io.BytesIO(), format=form, dpi=40)) == []


@pytest.mark.parametrize("form", FORMATS)
def test_a_timeline_drawn_on_an_axes_warns_once_when_saved(odd, form):
    figure = matplotlib.figure.Figure(figsize=(6.5, 4))
    timeline.draw(odd, figure.add_subplot())
    _one_warning_naming_the_characters(
        _warnings_of(lambda: figure.savefig(io.BytesIO(), format=form, dpi=40))
    )


@pytest.mark.parametrize("form", FORMATS)
def test_a_written_file_warns_once(odd, form, tmp_path):
    _one_warning_naming_the_characters(
        _warnings_of(lambda: timeline.write(odd, tmp_path / f"x.{form}", dpi=40))
    )


def test_several_files_of_one_figure_warn_once(odd, tmp_path):
    paths = [tmp_path / f"x.{form}" for form in FORMATS]
    _one_warning_naming_the_characters(_warnings_of(lambda: timeline.write(odd, paths, dpi=40)))


def test_an_axes_drawn_at_several_sizes_warns_once(odd):
    figure = matplotlib.figure.Figure(figsize=(6.5, 4))
    timeline.draw(odd, figure.add_subplot())

    def saved_at_two_sizes() -> None:
        figure.savefig(io.BytesIO(), format="png", dpi=40)
        figure.set_size_inches(8, 5)
        figure.savefig(io.BytesIO(), format="png", dpi=40)

    _one_warning_naming_the_characters(_warnings_of(saved_at_two_sizes))


def test_other_warnings_still_pass_while_a_figure_with_missing_glyphs_is_drawn(odd):
    with pytest.warns(MissingGlyphWarning):
        figure = timeline.render(odd, width=6.5)
    figure.text(0, 0, "京", fontsize=4)  # the user's own text: matplotlib warns of it
    caught = _warnings_of(lambda: figure.savefig(io.BytesIO(), format="png", dpi=40))
    assert caught and all("missing from font" in str(w.message) for w in caught)
