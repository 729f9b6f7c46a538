"""The figure functions as a script or notebook calls them: options as keywords, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

import timeline
from timeline.drawing.formats import FormatError

from .conftest import EVENTS_FILE


@pytest.fixture(scope="module")
def events() -> timeline.Timeline:
    return timeline.load(EVENTS_FILE)


def test_a_path_of_unknown_format_is_refused_before_any_file_is_written(events, tmp_path):
    with pytest.raises(FormatError, match=r"cannot tell the format of '.*b\.txt'"):
        timeline.write(events, [tmp_path / "a.png", tmp_path / "b.txt"])
    assert list(tmp_path.iterdir()) == []


def test_one_name_given_alone_is_one_name(events):
    alone = timeline.select(events, timeline.Filter(countries="KR"))
    listed = timeline.select(events, timeline.Filter(countries=("KR",)))
    assert alone.events == listed.events and alone.events


def test_keywords_override_the_options_given_and_keep_the_rest(events, tmp_path: Path):
    options = timeline.Options(width=6, title="Korea")
    figure = timeline.render(events, options, width=4, countries="KR")
    assert figure.get_figwidth() == pytest.approx(4)
    assert any(text.get_text() == "Korea" for text in figure.axes[0].texts)
