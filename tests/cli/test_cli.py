"""The command line, through click's CliRunner and as real processes."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from timeline import __version__
from timeline.cli import cli

from ..conftest import EVENTS_FILE, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
TIMELINE = str(Path(sys.executable).with_name("timeline"))
"""The console script that the install put beside this Python."""


def run(*args: str, cwd: Path | None = None):
    runner = CliRunner()
    if cwd is None:
        return runner.invoke(cli, list(args), catch_exceptions=False)
    with runner.isolated_filesystem(temp_dir=cwd):
        return runner.invoke(cli, list(args), catch_exceptions=False)


def test_validate_prints_a_one_line_summary():
    result = run("validate", str(EVENTS_FILE))
    assert result.exit_code == 0
    assert re.fullmatch(
        rf"{re.escape(str(EVENTS_FILE))}: valid: \d+ events, \d+ actors, 8 countries, 5 sources; "
        r"1910-01-01 to 2022-01-21\n",
        result.output,
    )


def test_validate_reports_every_error_on_stderr_and_exits_1(events_file):
    path = events_file(
        """\
        events:
          - id: a
            title: A
            date: 2021-02-30
            kind: meting
            status: held
            actors: [blinken]
        """
    )
    result = run("validate", str(path))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"{path}:14:11: error: 'date' of event 'a': 2021-02-30 is not a date: February 2021 has 28 days\n"
        f"{path}:15:11: error: 'kind' of event 'a' is 'meting', not a known value; did you mean 'meeting'?\n"
        f"{path}: 2 errors\n"
    )


def test_the_default_file_is_events_yaml_in_the_current_folder(tmp_path):
    (tmp_path / "events.yaml").write_text(EVENTS_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "validate"], cwd=tmp_path, capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout.startswith("events.yaml: valid:")
    missing = subprocess.run(
        [sys.executable, "-m", "timeline", "list"],
        cwd=tmp_path / "..",
        capture_output=True,
        text=True,
    )
    assert missing.returncode == 1
    assert missing.stderr == "events.yaml: error: no such file\n"  # one problem, one line


def test_list_table_shows_every_event_in_date_order_with_participants_and_sources():
    result = run("list", str(EVENTS_FILE))
    lines = result.output.splitlines()
    assert lines[0].split() == [
        "DATE",
        "ID",
        "KIND",
        "STATUS",
        "COUNTRIES",
        "TITLE",
        "PARTICIPANTS",
        "SOURCES",
    ]
    assert re.fullmatch(r"\d+ events", lines[-1])
    tokyo = next(line for line in lines if " tokyo-2plus2 " in line)
    assert tokyo.startswith("16 Mar 2021")
    assert "Antony Blinken, Lloyd Austin, Toshimitsu Motegi, Nobuo Kishi" in tokyo
    assert tokyo.rstrip().endswith("ap, npr, calls-out-china")
    order = [line.split()[0] for line in lines[1:-1]]
    assert order.index("1910–1945") < order.index("2019") < order.index("21")


def test_list_json_has_the_documented_fields():
    records = json.loads(run("list", str(EVENTS_FILE), "--format", "json").output)
    required = {"id", "title", "start", "end", "precision", "kind", "status", "location",
                "actors", "actor_names", "countries", "sources"}  # fmt: skip
    assert all(required <= set(record) for record in records)
    alaska = next(r for r in records if r["id"] == "alaska-talks")
    assert (alaska["start"], alaska["end"], alaska["precision"]) == (
        "2021-03-18",
        "2021-03-28",
        "window",
    )
    assert alaska["actor_names"] == ["Antony Blinken", "Jake Sullivan"]
    assert alaska["countries"] == ["US", "CN"]
    assert "next week" in alaska["disagreement"]


def test_list_csv_is_one_row_per_event_with_lists_joined():
    rows = list(
        csv.DictReader(io.StringIO(run("list", str(EVENTS_FILE), "--format", "csv").output))
    )
    quad = next(row for row in rows if row["id"] == "quad-leaders-summit")
    assert quad["countries"] == "US; JP; IN; AU"
    assert quad["start"] == quad["end"] == "2021-03-12"


def test_list_filters(tmp_path):
    result = run("list", str(EVENTS_FILE), "--country", "KR", "--kind", "trip", "--format", "json")
    assert [r["id"] for r in json.loads(result.output)] == ["seoul-visit"]


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ["list", str(EVENTS_FILE), "--country", "Japn"],
            "Error: no country 'Japn' in the timeline",
        ),
        (["list", str(EVENTS_FILE), "--kind", "sumit"], "Invalid value for '--kind'"),
        (["list", str(EVENTS_FILE), "--format", "xml"], "Invalid value for '--format'"),
        (
            ["list", str(EVENTS_FILE), "--since", "soon"],
            "Error: --since: 'soon' is not an EDTF date",
        ),
        (["nonsense"], "No such command 'nonsense'"),
    ],
)
def test_usage_errors_exit_2(args, message):
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert message in result.stderr and result.stdout == ""


def test_version_and_both_help_options():
    assert run("--version").output == f"timeline, version {__version__}\n"
    assert run("-h").output == run("--help").output
    assert "validate" in run("-h").output


def test_every_command_has_help_with_an_example_and_is_documented_in_the_readme():
    for name, command in cli.commands.items():
        with click.Context(command, info_name=name) as context:
            help_text = command.get_help(context)
        assert "Examples:" in help_text, name
        assert f"timeline {name}" in README, name


def test_the_installed_command_runs_as_a_real_process():
    for command in ([TIMELINE], [sys.executable, "-m", "timeline"]):
        result = subprocess.run(
            [*command, "list", str(EVENTS_FILE), "--format", "json", "--actor", "kishida"],
            capture_output=True, text=True, cwd=ROOT,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert [r["id"] for r in json.loads(result.stdout)] == ["biden-kishida-meeting"]


def test_bad_data_never_shows_a_traceback(tmp_path):
    path = tmp_path / "events.yaml"
    path.write_bytes(b"events: [\x00")
    result = subprocess.run([TIMELINE, "validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"{path}:1:10: error: this is a binary file")


def test_an_output_that_cannot_be_written_is_one_line_not_a_traceback():
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [TIMELINE, "list", str(EVENTS_FILE)], stdout=full, stderr=subprocess.PIPE, text=True
        )
    assert result.returncode == 1
    assert result.stderr == "timeline: error: cannot write the output: No space left on device\n"


def test_an_empty_file_name_is_a_usage_error():
    result = CliRunner().invoke(cli, ["validate", ""])
    assert result.exit_code == 2 and "the file name is empty" in result.stderr


def test_a_title_on_several_lines_stays_on_one_table_row(events_file):
    path = events_file(
        """\
        events:
          - id: a
            title: |
              two
              lines
            date: 2021-03-16
            kind: meeting
            status: held
            actors: [blinken]
        """
    )
    lines = run("list", str(path)).output.splitlines()
    assert len(lines) == 3 and "two lines" in lines[1]


def test_a_closed_pipe_ends_the_listing_quietly(events_file):
    event = "  - {{id: e{n}, title: Event {n}, date: 2021-03-16, kind: meeting, status: held, actors: [blinken]}}\n"
    path = events_file("events:\n" + "".join(event.format(n=n) for n in range(3000)))
    result = subprocess.run(  # the listing is far larger than a pipe's buffer
        f"'{TIMELINE}' list '{path}' | head -n 1", shell=True, capture_output=True, text=True
    )
    assert result.stdout.startswith("DATE")
    assert result.stderr == ""
