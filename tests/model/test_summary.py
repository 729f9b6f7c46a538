"""What a notebook shows for a Timeline: a short summary as text and as an escaped table."""

from __future__ import annotations

import html.parser

import timeline

from ..conftest import EVENTS_FILE


class _Cells(html.parser.HTMLParser):
    """The text of each table cell, as a browser would show it."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: list[str] = []
        self.tags: list[str] = []
        self._open = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)
        if tag in ("th", "td", "caption"):
            self.cells.append("")
            self._open = True

    def handle_endtag(self, tag: str) -> None:
        if tag in ("th", "td", "caption"):
            self._open = False

    def handle_data(self, data: str) -> None:
        if self._open:
            self.cells[-1] += data


def test_the_text_is_short_and_says_counts_span_and_who() -> None:
    text = repr(timeline.load(EVENTS_FILE))
    assert len(text) < 1200 and len(text.splitlines()) == 8
    assert "events     29" in text
    assert "span       1910–1945 to 21 Jan 2022" in text
    assert "countries  8: United States 24, Japan 13, South Korea 7" in text
    assert "actors     13: Donald Trump 1, Joe Biden 5, Antony Blinken 12" in text
    assert text.rstrip().endswith("and 5 more\n  sources    5: ap 11, npr 8, calls-out-china 6, "
                                  "kishida-meeting 4, urdupoint 14")  # fmt: skip


def test_a_selection_counts_only_what_its_events_involve() -> None:
    korea = timeline.select(timeline.load(EVENTS_FILE), timeline.Filter(countries="KR"))
    text = repr(korea)
    assert "events     7" in text and "span       1910–1945 to 17–18 Mar 2021" in text
    assert "actors     4: Antony Blinken 4, Lloyd Austin 3, Chung Eui-yong 3, Suh Wook 3" in text
    assert "Biden" not in text
    assert repr(korea.with_events([])).endswith("events  none")


def test_the_table_holds_the_same_rows_with_the_file_text_escaped(events_file) -> None:
    hostile = "<script>alert(1)</script> & $x^2$"
    path = events_file("""
        events:
          - id: talks
            title: Talks
            date: 2021-03-16
            kind: talks
            status: held
            actors: [blinken]
            sources: [{source: ap, quote: talks}]
        """)  # fmt: skip
    text = path.read_text(encoding="utf-8").replace("Antony Blinken", hostile)
    path.write_text(f"title: {hostile!r}\n" + text, encoding="utf-8")
    loaded = timeline.load(path)
    table = loaded._repr_html_()
    assert "<script>" not in table
    parser = _Cells()
    parser.feed(table)
    assert set(parser.tags) == {"table", "caption", "small", "tr", "th", "td"}
    assert parser.cells[0] == f"{hostile} ({path})"
    rows = dict(zip(parser.cells[1::2], parser.cells[2::2], strict=True))
    assert rows["actors"] == f"1: {hostile} 1"
    assert rows["events"] == "1" and rows["kinds"] == "talks 1"
