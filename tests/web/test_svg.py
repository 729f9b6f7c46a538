"""The SVG for the web: a named, described image whose events carry tooltips, data and
links, with every value escaped and the bytes the same on every run."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import timeline
from timeline.web import describe_chart

from .conftest import HOSTILE

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def svg_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from .conftest import WEB_FILE

    folder = tmp_path_factory.mktemp("svg")
    (folder / "events.yaml").write_text(WEB_FILE, encoding="utf-8")
    (path,) = timeline.write(timeline.load(folder / "events.yaml"), folder / "chart.svg")
    return path.read_bytes()


@pytest.fixture(scope="module")
def root(svg_bytes: bytes) -> ET.Element:
    return ET.fromstring(svg_bytes)


def _events(root: ET.Element) -> dict[str, ET.Element]:
    return {group.get("id", "")[6:]: group for group in root.iter(f"{SVG}g")
            if group.get("class") == "event"}  # fmt: skip


def test_the_image_is_named_by_its_title_and_described(root: ET.Element, web_file: Path) -> None:
    assert root.get("role") == "img"
    title, desc = root[0], root[1]
    assert (title.tag, desc.tag) == (f"{SVG}title", f"{SVG}desc")
    assert root.get("aria-labelledby") == title.get("id")
    assert root.get("aria-describedby") == desc.get("id")
    assert title.text == "Web & <b>friends</b>"
    assert desc.text == describe_chart(timeline.load(web_file))


def test_each_event_has_a_tooltip_with_date_people_place_and_sources(root: ET.Element) -> None:
    groups = _events(root)
    assert sorted(groups) == ["hostile", "later", "seoul", "talks"]
    tip = {name: group.find(f"{SVG}title").text for name, group in groups.items()}  # type: ignore[union-attr]
    assert tip["talks"] == (
        "US–Japan talks\n16 Mar 2021\nTokyo\nAntony Blinken, Toshimitsu "
        "Motegi\nSources: The Associated Press"
    )
    assert tip["hostile"].splitlines()[:2] == [HOSTILE, "between 17 and 19 Mar 2021"]
    assert tip["later"].splitlines()[1] == "about Apr 2021"


def test_each_event_carries_its_dates_precision_and_kind_as_data(root: ET.Element) -> None:
    later = _events(root)["later"]
    assert {name: value for name, value in later.attrib.items() if name.startswith("data-")} == {
        "data-kind": "call", "data-status": "held", "data-start": "2021-04-01",
        "data-end": "2021-04-30", "data-precision": "month", "data-certainty": "approximate",
        "data-sources": "evil",
    }  # fmt: skip


def test_only_http_and_relative_links_are_written(root: ET.Element, svg_bytes: bytes) -> None:
    links = {name: [a.get("href") for a in group.iter(f"{SVG}a")]
             for name, group in _events(root).items()}  # fmt: skip
    assert links == {
        "talks": ["https://apnews.com/article/a?b=1&c=2"],
        "hostile": ["https://apnews.com/article/a?b=1&c=2"],  # its first source's is javascript:
        "seoul": ["articles/local.html"],
        "later": [],
    }
    assert b"javascript:" not in svg_bytes
    assert b"https://apnews.com/article/a?b=1&amp;c=2" in svg_bytes


def test_user_text_is_escaped_never_markup(root: ET.Element, svg_bytes: bytes) -> None:
    assert b"<script" not in svg_bytes and b"<b>" not in svg_bytes
    assert b"&lt;script&gt;" in svg_bytes
    labels = [text.text for text in root.iter(f"{SVG}text")]
    assert HOSTILE in labels and "Web & <b>friends</b>" in labels


def test_the_same_input_gives_the_same_svg(web_file: Path, svg_bytes: bytes) -> None:
    (path,) = timeline.write(timeline.load(web_file), web_file.with_name("again.svg"))
    assert path.read_bytes() == svg_bytes


def test_svg_text_as_outlines_keeps_names_tooltips_and_links(web_file: Path) -> None:
    (path,) = timeline.write(timeline.load(web_file), web_file.with_name("paths.svg"),
                             text_as_paths=True)  # fmt: skip
    root = ET.parse(path).getroot()
    assert root.find(f"{SVG}title").text == "Web & <b>friends</b>"  # type: ignore[union-attr]
    assert len(_events(root)) == 4
    assert "<text" not in path.read_text(encoding="utf-8")


def test_quotes_in_an_address_stay_inside_the_attribute(web_file: Path) -> None:
    sneaky = 'https://apnews.com/a\\"onmouseover=\\"alert(1)\'x'
    text = web_file.read_text(encoding="utf-8").replace(
        "https://apnews.com/article/a?b=1&c=2", sneaky
    )
    web_file.write_text(text, encoding="utf-8")
    events = timeline.load(web_file)
    (path,) = timeline.write(events, web_file.with_name("quotes.svg"))
    talks = _events(ET.parse(path).getroot())["talks"]
    (link,) = talks.iter(f"{SVG}a")
    assert link.attrib == {"href": 'https://apnews.com/a"onmouseover="alert(1)\'x'}
    page = timeline.report_html(events)
    assert 'href="https://apnews.com/a&quot;onmouseover=&quot;alert(1)&#x27;x"' in page
