"""timeline fmt: key order and blank lines normalised, comments and data kept."""

from __future__ import annotations

from click.testing import CliRunner

from timeline.cli import cli
from timeline.read.document import read_document

from ..conftest import EVENTS_FILE, HEADER

MESSY = """\
events:
  - title: Tokyo talks    # the label
    # the id is stable
    id: tokyo
    actors: [blinken]
    status: held
    kind: meeting
    date: 2021-03-16
    sources:
      - quote: "two plus two"  \n        source: ap
    note: |
      literal text, its trailing spaces are content  \n      kept


  - id: b
    title: B\t
    date: 2021
    kind: call
    status: held
    actors: [blinken]



"""

TIDY = """\
events:
    # the id is stable
  - id: tokyo
    title: Tokyo talks    # the label
    date: 2021-03-16
    kind: meeting
    status: held
    actors: [blinken]
    sources:
      - source: ap
        quote: "two plus two"
    note: |
      literal text, its trailing spaces are content  \n      kept

  - id: b
    title: B
    date: 2021
    kind: call
    status: held
    actors: [blinken]
"""


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_the_shipped_events_file_is_formatted(tmp_path):
    path = tmp_path / "events.yaml"
    path.write_bytes(EVENTS_FILE.read_bytes())
    result = run("fmt", "--check", str(path))
    assert result.exit_code == 0, result.output
    assert path.read_bytes() == EVENTS_FILE.read_bytes()


def test_fmt_orders_keys_and_tidies_lines_keeping_comments_and_data(events_file):
    path = events_file(MESSY)
    before = read_document(path).data
    result = run("fmt", str(path))
    assert result.exit_code == 0 and result.output == f"{path}: formatted\n"
    assert path.read_text(encoding="utf-8") == HEADER + TIDY
    assert read_document(path).data == before
    assert run("fmt", "--check", str(path)).exit_code == 0  # a second run changes nothing


def test_check_prints_the_diff_exits_1_and_writes_nothing(events_file):
    path = events_file(MESSY)
    result = CliRunner().invoke(cli, ["fmt", "--check", str(path)])
    assert result.exit_code == 1
    assert path.read_text(encoding="utf-8") == HEADER + MESSY
    assert "+  - id: tokyo\n" in result.stdout
    assert "not formatted" in result.stderr


def test_an_invalid_file_is_not_formatted(events_file):
    path = events_file(MESSY.replace("kind: call", "kind: cal"))
    result = CliRunner().invoke(cli, ["fmt", str(path)])
    assert result.exit_code == 1 and "the file has problems" in result.stderr
    assert path.read_text(encoding="utf-8") == HEADER + MESSY.replace("kind: call", "kind: cal")
