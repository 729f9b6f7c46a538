"""The figure functions as a script or notebook calls them: options as keywords, all or nothing."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from matplotlib.figure import Figure

import timeline
from timeline.drawing.formats import FormatError

from .conftest import EVENTS_FILE, drawn_texts


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
    assert "Korea" in drawn_texts(figure)


def test_a_json_path_gets_the_layout_the_figures_are_drawn_from(events, tmp_path, monkeypatch):
    """The figure and the JSON of one call come from one layout, measured in the figure's
    font; the selection is the one drawn."""
    from timeline.drawing import save
    from timeline.layout.export import layout_json_bytes

    drawn = []
    original = save.figure_bytes

    def recording(layout, *args, **kwargs):
        drawn.append(layout)
        return original(layout, *args, **kwargs)

    monkeypatch.setattr(save, "figure_bytes", recording)
    paths = [tmp_path / "a.png", tmp_path / "a.json"]
    assert timeline.write(events, paths, dpi=30, countries="KR") == paths
    korea = timeline.select(events, timeline.Filter(countries="KR"))
    assert (tmp_path / "a.json").read_bytes() == layout_json_bytes(drawn[0], korea)
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert [event["id"] for event in data["events"]] == [event.id for event in korea.events]


def test_writing_json_draws_nothing_and_gives_the_same_bytes_in_every_process(events, tmp_path):
    script = textwrap.dedent(
        f"""
        import sys
        import timeline

        timeline.write(timeline.load({str(EVENTS_FILE)!r}), {str(tmp_path / "b.json")!r})
        drawing = ["matplotlib.figure", "matplotlib.pyplot", "matplotlib.backend_bases",
                   "timeline.drawing.figure", "timeline.drawing.save"]
        print([name for name in drawing if name in sys.modules])
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    timeline.write(events, tmp_path / "a.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


@pytest.mark.parametrize("as_path", [str, Path])
def test_paths_may_be_text_or_path_objects_one_or_several(events, tmp_path, as_path):
    one = tmp_path / "one.svg"
    assert timeline.write(events, as_path(one), countries="JP") == [one]
    several = [tmp_path / "a.png", tmp_path / "a.json"]
    assert timeline.write(events, [as_path(p) for p in several], dpi=30) == several
    assert one.read_bytes().startswith(b"<?xml") and all(path.stat().st_size for path in several)


def test_a_filter_and_options_may_be_given_in_either_order(events):
    korea = timeline.Filter(countries="KR")
    options = timeline.Options(width=5, title="Korea")
    for settings in [(korea,), (korea, options), (options, korea)]:
        figure = timeline.render(events, *settings)
        shown = set(drawn_texts(figure))
        assert "Blinken and Austin in Tokyo" not in shown  # a Japan-only event
    assert figure.get_figwidth() == pytest.approx(5) and "Korea" in shown


def test_keywords_override_the_filter_given_and_keep_the_rest(events, tmp_path):
    criteria = timeline.Filter(countries="KR", until="2021-03-20")
    (path,) = timeline.write(events, tmp_path / "kr.json", criteria, since="2021")
    drawn = [event["id"] for event in json.loads(path.read_text(encoding="utf-8"))["events"]]
    both = timeline.Filter(countries="KR", since="2021", until="2021-03-20")
    assert drawn == [event.id for event in timeline.select(events, both).events]
    assert 0 < len(drawn) < len(timeline.select(events, criteria).events)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda t: timeline.render(t, kind="meeting"),
         r"render\(\) got an unexpected keyword argument 'kind'; did you mean 'kinds'\?"),
        (lambda t: timeline.write(t, "x.png", country="JP"),
         r"write\(\) got an unexpected keyword argument 'country'; did you mean 'countries'\?"),
        (lambda t: timeline.draw(t, None, width=4),
         r"draw\(\) takes no keyword argument 'width': draw lays out for the Axes' own size"),
        (lambda t: timeline.render(t, "JP"),
         r"expected timeline.Options or timeline.Filter, not str"),
        (lambda t: timeline.render(t, timeline.Filter(), timeline.Filter()),
         r"two Filter given"),
    ],
)  # fmt: skip
def test_a_keyword_or_setting_not_taken_says_what_was_meant(events, call, message):
    with pytest.raises(TypeError, match=message):
        call(events)


@pytest.mark.parametrize(
    "call",
    [
        lambda t, tmp: timeline.render(t, since="2030"),
        lambda t, tmp: timeline.draw(t, Figure().add_subplot(), timeline.Filter(until="1900")),
        lambda t, tmp: timeline.write(t, tmp / "empty.png", kinds="legal", countries="IN"),
    ],
)
def test_an_empty_selection_is_the_error_the_command_gives_and_writes_nothing(
    events, tmp_path, call
):
    with pytest.raises(timeline.QueryError, match=r"^no events to draw: the selection is empty$"):
        call(events, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_the_readme_example_runs_as_written(tmp_path):
    """The Python API example of README.md, run in a folder holding the events file."""
    readme = (EVENTS_FILE.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python API") :]
    example = section[section.index("```python\n") + 10 : section.index("```\n")]
    (tmp_path / "events.yaml").write_bytes(EVENTS_FILE.read_bytes())
    done = subprocess.run([sys.executable, "-c", example], cwd=tmp_path, capture_output=True,
                          text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    written = {"actors.png", "week.pdf", "t.png", "t.json", "two.png"}
    assert written <= {path.name for path in tmp_path.iterdir()}


def test_a_misspelt_option_value_names_the_one_meant(events: timeline.Timeline) -> None:
    with pytest.raises(
        ValueError, match=r"lanes must be one of .*not 'actors'; did you mean 'actor'"
    ):
        timeline.render(events, lanes="actors")
