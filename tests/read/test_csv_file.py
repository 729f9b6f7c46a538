"""CSV files of events: what spreadsheets save reads, and every problem is at its cell."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline import DataError, load
from timeline.cli import cli
from timeline.read import csv_file
from timeline.read.rows import COLUMNS

from ..conftest import ROOT

SPREADSHEET = (
    "\ufeffID,Title,Start,End,Kind,Status,Lanes,Source,Source URL,Quote,Tags\r\n"
    'tokyo,"Tokyo ""2+2"", with allies",2021-03-16,2021-03-17,talks,held,Japan; United States,'
    'AP,https://apnews.com/a,"They met,\r\nin Tokyo",alliance; asia\r\n'
    ",,,,,,,,,,\r\n"
    "\r\n"
    "call,A call,2021-03-20 15:30,,call,held,United States,,,,\r\n"
)


def write(tmp_path: Path, text: str, name: str = "events.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load(path)
    return [str(problem) for problem in caught.value.problems]


def test_what_a_spreadsheet_saves_reads_as_events(tmp_path):
    timeline = load(write(tmp_path, SPREADSHEET))
    assert [event.id for event in timeline.events] == ["tokyo", "call"]  # blank rows skipped
    tokyo, call = timeline.events
    assert tokyo.title == 'Tokyo "2+2", with allies'
    assert tokyo.when.text == "2021-03-16/2021-03-17"
    assert [timeline.countries[code].name for code in tokyo.countries] == [
        "Japan",
        "United States",
    ]
    assert tokyo.tags == ("alliance", "asia")
    (citation,) = tokyo.citations
    assert citation.quote == "They met,\nin Tokyo"  # the quoted line break, as a line feed
    source = timeline.sources[citation.source]
    assert (source.outlet, source.url) == ("AP", "https://apnews.com/a")
    assert call.when.text == "2021-03-20T15:30" and call.when.precision == "time"
    assert call.countries == (tokyo.countries[1],)  # one lane, however often it is named


def test_a_problem_is_at_its_cell_after_a_cell_of_several_lines(tmp_path):
    text = SPREADSHEET.replace("2021-03-20 15:30,,call", "2021-02-30,,cal")
    assert problems(write(tmp_path, text)) == [
        f"{tmp_path}/events.csv:6:13: error: 'date' of event 'call': 2021-02-30 is not a date: "
        "February 2021 has 28 days",
        f"{tmp_path}/events.csv:6:25: error: 'kind' of event 'call' is 'cal', not a known "
        "value; did you mean 'call'?",
    ]


def test_the_header_is_checked_before_any_row(tmp_path):
    path = write(tmp_path, "id,titel,date,kind,kind\na,A,2021,talks,talks\n")
    assert problems(path) == [
        f"{path}:1:1: error: no 'title' column; every event needs one",
        f"{path}:1:1: error: no 'status' column; every event needs one",
        f"{path}:1:4: error: unknown column 'titel'; did you mean 'title'?",
        f"{path}:1:20: error: column 'kind' is given twice (first at line 1)",
    ]


@pytest.mark.parametrize(
    "text, message",
    [
        ('id,title\na,"open\n', "2:3: error: a quote that is never closed; end the cell with '\"'"),
        ('id,title\na,"x"y\n', "2:6: error: text after a closing quote; a quote inside a quoted "
                               'cell is written twice ("")'),
        ("id;title;date\n", "1:1: error: the header has no commas: save the file as CSV with "
                            "commas between cells (';' separates the values in one cell)"),
    ],
)  # fmt: skip
def test_malformed_csv_is_reported_where_it_goes_wrong(tmp_path, text, message):
    path = write(tmp_path, text)
    assert problems(path) == [f"{path}:{message}"]


def test_each_row_is_held_to_the_rules_of_the_yaml(tmp_path):
    header = "id,title,date,start,kind,status,lanes,countries,quote,note\n"
    path = write(
        tmp_path,
        header
        + "a,A,2021,2021,talks,held,X,,,\n"  # date and start
        + "a,B,2021,,talks,held,,us,,\n"  # duplicate id, malformed code
        + "c,C,2021,,talks,held,,,words,\n"  # no lane; a quote from no source
        + "d,D,2021,,talks,held,X,,,bell\x07\n",
    )
    assert problems(path) == [
        f"{path}:2:5: error: give 'date' or 'start' and 'end', not both",
        f"{path}:3:1: error: duplicate event id 'a' (first used at line 2)",
        f"{path}:3:23: error: item 1 of 'countries' of event 'a' 'us' must be capital letters "
        "and digits, e.g. US or JP",
        f"{path}:4:1: error: event 'c' has no 'actors' and no 'countries', so no lane",
        f"{path}:4:24: error: a 'quote' needs a 'source' or 'source_url'",
        f"{path}:5:26: error: column 'note': the control character U+0007 (BEL) is not allowed "
        "in text",
    ]


def test_an_empty_file_or_one_without_rows(tmp_path):
    assert problems(write(tmp_path, "\ufeff\r\n")) == [
        f"{tmp_path}/events.csv: error: the file is empty; expected a header row"
    ]
    timeline = load(write(tmp_path, "id,title,date,kind,status,lanes\n"))
    assert timeline.events == ()


def test_the_commands_read_csv_and_exit_1_on_its_problems(tmp_path):
    path = write(tmp_path, SPREADSHEET)
    runner = CliRunner()
    result = runner.invoke(cli, ["validate", str(path)])
    assert result.exit_code == 0
    assert result.output == (
        f"{path}: valid: 2 events, 0 actors, 2 countries, 1 source; 2021-03-16 to 2021-03-20\n"
    )
    listing = runner.invoke(cli, ["list", str(path), "--country", "Japan", "--format", "csv"])
    assert listing.output.splitlines()[1].startswith('tokyo,"Tokyo ""2+2"", with allies"')
    svg = tmp_path / "t.svg"
    assert runner.invoke(cli, ["render", str(path), "-o", str(svg)]).exit_code == 0
    assert "United States" in svg.read_text(encoding="utf-8")
    bad = write(tmp_path, SPREADSHEET.replace("talks,held", "talks,hold"), "bad.csv")
    result = runner.invoke(cli, ["validate", str(bad)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"{bad}:2:64: error: 'status' of event 'tokyo' is 'hold', not a known value; "
        "did you mean 'held'?\n"
    )


def test_the_readme_documents_every_column_and_its_example_is_valid(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Events from a spreadsheet: CSV") :]
    table = section[: section.index("```csv")]
    documented = set(re.findall(r"^\| (.+?) \|", table, re.MULTILINE)) - {"column", "---"}
    names = {name.strip("` ") for cell in documented for name in cell.split(",")}
    assert names == {column.name for column in COLUMNS}
    start = section.index("```csv\n") + 7
    example = section[start : section.index("\n```", start)]
    timeline = load(write(tmp_path, example + "\n"))
    tokyo = timeline.event("tokyo-2plus2")
    assert tokyo.citations[0].quote == "The two sides met in Tokyo,\nwhere they spoke of China"
    assert len(timeline.events) == 2


def test_more_rows_than_the_limit_are_refused_at_the_first_one_too_many(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_file, "MAX_EVENTS", 1)
    path = write(tmp_path, SPREADSHEET)
    assert problems(path) == [
        f"{path}:6:1: error: more than 1 events; the most timeline reads is 1"
    ]


def test_the_edit_commands_leave_a_csv_file_alone(tmp_path):
    path = write(tmp_path, SPREADSHEET)
    result = CliRunner().invoke(cli, ["remove", str(path), "call"])
    assert (result.exit_code, result.stderr) == (
        1,
        f"{path}: error: only YAML events files are edited here; change a CSV file in a "
        "spreadsheet\n",
    )
    assert path.read_bytes() == SPREADSHEET.encode("utf-8")


def test_a_row_with_more_cells_than_the_header_has_columns(tmp_path):
    path = write(tmp_path, "id,title,date,kind,status,lanes\na,A,2021,talks,held,X,extra\n")
    assert problems(path) == [f"{path}:2:23: error: 7 cells, but the header names 6 columns"]
