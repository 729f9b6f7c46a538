"""`timeline report`: one self-contained HTML page with the chart, the events and the
sources; written whole or not at all, and never over the events file."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

import timeline
from timeline.cli import cli
from timeline.web.report import report_html

from .conftest import HOSTILE


class _Page(HTMLParser):
    """The tags of a page, each with its attributes, and the text of each table row."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.rows: list[list[str]] = []
        self.texts: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "tr":
            self.rows.append([])

    def handle_data(self, data: str) -> None:
        self.texts.append(data)
        if self.rows and data.strip():
            self.rows[-1].append(data.strip())

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self.rows.append([])


@pytest.fixture
def report(web_file: Path) -> Path:
    output = web_file.with_name("report.html")
    result = CliRunner().invoke(cli, ["report", str(web_file), "-o", str(output)])
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {output}\n"
    return output


def test_the_page_needs_nothing_from_elsewhere_and_runs_no_script(report: Path) -> None:
    page = _Page(report.read_text(encoding="utf-8"))
    tags = {tag for tag, _ in page.tags}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed", "base"}
    assert all(not name.startswith("on") for _, attrs in page.tags for name in attrs)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:|//)", report.read_text(encoding="utf-8"))
    policy = next(attrs["content"] for tag, attrs in page.tags
                  if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy")  # fmt: skip
    assert policy is not None and policy.startswith("default-src 'none'")


def test_the_page_shows_the_chart_the_events_and_the_sources(report: Path) -> None:
    text = report.read_text(encoding="utf-8")
    assert text.count("<svg") == 1 and 'role="img"' in text
    assert "@media print" in text
    page = _Page(text)
    rows = [row for row in page.rows if row]
    assert rows[0] == ["Date", "Event", "Participants", "Location", "Sources"]
    assert rows[1] == ["16 Mar 2021", "US–Japan talks", "(meeting)",
                       "Antony Blinken, Toshimitsu Motegi", "Tokyo", "The Associated Press"]  # fmt: skip
    assert rows[3][:3] == ["between 17 and 19 Mar 2021", HOSTILE, "(statement, planned)"]
    assert "<q>the talks in Tokyo</q>" in text and "<q>arrived in Seoul</q>" in text
    hrefs = [attrs.get("href") for tag, attrs in page.tags if tag == "a"]
    assert "https://apnews.com/article/a?b=1&c=2" in hrefs and "articles/local.html" in hrefs
    assert not [href for href in hrefs if href and href.lower().startswith("javascript")]


def test_user_text_stays_text_in_the_page(report: Path) -> None:
    text = report.read_text(encoding="utf-8")
    page = _Page(text)
    assert "<script" not in text and "<b>friends" not in text and "<img" not in text
    assert HOSTILE in page.texts  # the title, whole, as text in the table
    assert "<img src=x onerror=alert(1)>" in page.texts  # a quote
    assert "Web & <b>friends</b>" in page.texts  # the page's heading


def test_the_same_input_gives_the_same_page(web_file: Path, report: Path) -> None:
    assert report_html(timeline.load(web_file)).encode() == report.read_bytes()


def test_the_report_never_replaces_the_events_file(web_file: Path) -> None:
    alias = web_file.with_name("alias.html")
    os.symlink(web_file, alias)
    before = web_file.read_bytes()
    result = CliRunner().invoke(cli, ["report", str(web_file), "-o", str(alias)])
    assert result.exit_code == 2
    assert "is the events file" in result.output
    assert web_file.read_bytes() == before


def test_a_report_is_an_html_file(web_file: Path) -> None:
    result = CliRunner().invoke(
        cli, ["report", str(web_file), "-o", str(web_file.with_suffix(".svg"))]
    )
    assert result.exit_code == 2
    assert "a report is an HTML file: end" in result.output
    assert sorted(path.name for path in web_file.parent.iterdir()) == ["events.yaml"]


def test_a_failed_write_leaves_no_file(web_file: Path) -> None:
    (web_file.parent / "taken").write_text("a file, not a folder")
    result = CliRunner().invoke(
        cli, ["report", str(web_file), "-o", str(web_file.parent / "taken" / "r.html")]
    )
    assert result.exit_code == 1, result.output
    assert sorted(path.name for path in web_file.parent.iterdir()) == ["events.yaml", "taken"]


def test_the_api_refuses_to_write_a_report_of_no_events(web_file: Path) -> None:
    with pytest.raises(timeline.QueryError, match="no events to show: the selection is empty"):
        timeline.write_report(timeline.load(web_file), web_file.with_name("r.html"),
                              timeline.Filter(since="2030"))  # fmt: skip
    march = timeline.write_report(timeline.load(web_file), web_file.with_name("r.html"),
                                  timeline.Filter(until="2021-03-31"))  # fmt: skip
    assert "Talks about talks" not in march.read_text(encoding="utf-8")
    assert "Blinken in Seoul" in march.read_text(encoding="utf-8")
