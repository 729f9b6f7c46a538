"""`timeline render` and `timeline watch` as a user runs them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from timeline.cli import cli

from ..conftest import EVENTS_FILE


def test_render_with_no_arguments_writes_png_and_svg_into_figures(
    tmp_path: Path, monkeypatch
) -> None:
    shutil.copy(EVENTS_FILE, tmp_path / "events.yaml")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["render", "--dpi", "40"])
    assert result.exit_code == 0, result.output
    assert result.output == "wrote figures/timeline.png\nwrote figures/timeline.svg\n"
    assert (tmp_path / "figures/timeline.png").read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in (tmp_path / "figures/timeline.svg").read_bytes()


def test_the_format_follows_the_suffix_or_the_format_option(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "render",
            str(EVENTS_FILE),
            "-o",
            str(tmp_path / "a"),
            "--format",
            "pdf,png",
            "--dpi",
            "40",
        ],
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "a.png").exists()


def test_usage_errors_exit_2_and_write_nothing(tmp_path: Path) -> None:
    for arguments, message in [
        (["-o", str(tmp_path / "x.bmp")], "cannot tell the format of"),
        (["--format", "gif", "-o", str(tmp_path / "x")], "unknown format 'gif'"),
        (["--lanes", "city"], "'city' is not one of"),
        (["--country", "XX"], "no country 'XX'"),
    ]:
        result = CliRunner().invoke(cli, ["render", str(EVENTS_FILE), *arguments])
        assert result.exit_code == 2, (arguments, result.output)
        assert message in result.output
    assert list(tmp_path.iterdir()) == []


def test_an_empty_selection_or_bad_file_exits_1(tmp_path: Path, events_file) -> None:
    result = CliRunner().invoke(
        cli, ["render", str(EVENTS_FILE), "--since", "2030", "-o", str(tmp_path / "a.png")]
    )
    assert result.exit_code == 1 and "the selection is empty" in result.output
    bad = events_file("events:\n  - id: x\n    title: X\n    date: 2021-02-30\n")
    result = CliRunner().invoke(cli, ["render", str(bad), "-o", str(tmp_path / "a.png")])
    assert result.exit_code == 1 and f"{bad}:14:" in result.output
    assert not (tmp_path / "a.png").exists()


def test_watch_renders_on_each_save_and_keeps_going_through_an_invalid_one(tmp_path: Path) -> None:
    source = tmp_path / "events.yaml"
    shutil.copy(EVENTS_FILE, source)
    figure = tmp_path / "out.svg"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "timeline",
            "watch",
            str(source),
            "-o",
            str(figure),
            "--interval",
            "0.1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert "rendered" in process.stdout.readline()
        first = figure.read_bytes()
        text = source.read_text(encoding="utf-8")
        broken = tmp_path / "events.broken"
        broken.write_text(text.replace("date: 2021-03-12", "date: 2021-03-32"), encoding="utf-8")
        broken.replace(source)
        assert "not rendered" in process.stdout.readline()
        assert "2021-03-32" in process.stdout.readline()
        assert figure.read_bytes() == first
        time.sleep(0.2)
        # Saved the way many editors save: a new file renamed over the old one.
        fresh = tmp_path / "events.new"
        fresh.write_text(
            text.replace("Quad leaders' virtual summit", "Quad summit, renamed"), encoding="utf-8"
        )
        fresh.replace(source)
        for _ in range(10):
            if (
                "rendered" in process.stdout.readline()
                and "Quad summit, renamed" in figure.read_text(encoding="utf-8")
            ):
                break
        else:
            raise AssertionError("the valid save was not rendered")
        assert process.poll() is None
    finally:
        process.kill()
        process.wait()


def test_render_writes_the_layout_as_json_beside_a_figure(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["render", str(EVENTS_FILE), "-o", str(tmp_path / "out.png"), "-o",
         str(tmp_path / "out.json"), "--dpi", "30"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {tmp_path / 'out.png'}\nwrote {tmp_path / 'out.json'}\n"
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert data["width"] == 720 and data["events"][0]["id"] == "korea-under-japanese-rule"
    result = CliRunner().invoke(
        cli, ["render", str(EVENTS_FILE), "-o", str(tmp_path / "again"), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "again.json").read_bytes() == (tmp_path / "out.json").read_bytes()
