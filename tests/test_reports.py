"""The recipes of README's "Reports" section, built as a report writer builds them: LaTeX
(pdflatex), Markdown (pandoc) and HTML (printed by Chromium). Each checks the figure's text
size on the page and that its fonts are embedded as TrueType, read back with poppler."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.layout.fonts import font_chain

from .conftest import EVENTS_FILE, ROOT

# Poppler's word boxes are a line of text high: DejaVu's ascent plus descent, per point.
DEJAVU_LINE_HEIGHT = 1.164
SMALLEST_PRINTED = 6.0  # points: the least a reader can read on paper

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdffonts")),
    reason="needs poppler-utils (pdftotext, pdffonts), which CI installs",
)


def needs(tool: str, package: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(shutil.which(tool) is None,
                              reason=f"needs {tool} ({package}), which CI installs")  # fmt: skip


def render(tmp_path: Path, name: str, *options: str) -> Path:
    result = CliRunner().invoke(cli, ["render", str(EVENTS_FILE), "-o", str(tmp_path / name),
                                      *options])  # fmt: skip
    assert result.exit_code == 0, result.output
    return tmp_path / name


def smallest_text(pdf: Path) -> float:
    """The size in points of the smallest text on any page of ``pdf``."""
    page = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    heights = [float(y1) - float(y0) for y0, y1 in
               re.findall(r'<word xMin="[^"]+" yMin="([^"]+)" xMax="[^"]+" yMax="([^"]+)"', page)]  # fmt: skip
    assert heights, f"no text found in {pdf}"
    return min(heights) / DEJAVU_LINE_HEIGHT


def font_types(pdf: Path) -> dict[str, str]:
    """Each embedded font's name and type, as ``pdffonts`` lists them; a font that is not
    embedded fails the test."""
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()  # fmt: skip
    columns = [len(dashes) for dashes in lines[1].split(" ")]
    fonts = {}
    for line in lines[2:]:
        name = line[: columns[0]].strip()
        kind = line[columns[0] + 1 : columns[0] + 1 + columns[1]].strip()
        embedded = line[sum(columns[:3]) + 3 :].split()[0]
        assert embedded == "yes", f"{name} is not embedded in {pdf}"
        fonts[name.split("+")[-1]] = kind
    return fonts


def figure_fonts(pdf: Path) -> set[str]:
    """The types of the figure's fonts (DejaVu, Noto) in ``pdf``."""
    return {kind for name, kind in font_types(pdf).items() if name.startswith(("DejaVu", "Noto"))}


@needs_poppler
def test_a_pdf_figure_embeds_its_fonts_as_truetype(tmp_path):
    """Publishers' PDF checks refuse Type 3 fonts, matplotlib's default."""
    pdf = render(tmp_path, "figure.pdf", "--width", "3.5in")
    assert figure_fonts(pdf) == {"CID TrueType"}
    assert smallest_text(pdf) >= SMALLEST_PRINTED


@needs_poppler
@needs("pdflatex", "texlive-latex-base")
@pytest.mark.parametrize(
    "columns, width, geometry",
    [("twocolumn", "252pt", "textwidth=7.2in,columnsep=0.2in"), ("onecolumn", "6.5in",
      "textwidth=6.5in")],
)  # fmt: skip
def test_latex_paper_with_the_figure_at_the_column_width(tmp_path, columns, width, geometry):
    render(tmp_path, "figure.pdf", "--width", width)
    (tmp_path / "paper.tex").write_text(
        f"\\documentclass[{columns}]{{article}}\n"
        f"\\usepackage[letterpaper,{geometry},textheight=9.2in]{{geometry}}\n"
        "\\usepackage{graphicx}\n\\begin{document}\nText of the paper.\n\\begin{figure}\n"
        "\\includegraphics[width=\\columnwidth]{figure.pdf}\n"
        "\\caption{Diplomacy in March 2021.}\n\\end{figure}\n\\end{document}\n",
        encoding="utf-8",
    )
    subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "paper.tex"],
                   cwd=tmp_path, capture_output=True, check=True, timeout=120)  # fmt: skip
    pdf = tmp_path / "paper.pdf"
    assert smallest_text(pdf) >= SMALLEST_PRINTED
    assert figure_fonts(pdf) == {"CID TrueType"}


def pandoc_pdf(tmp_path: Path, figure: Path) -> Path:
    markdown = tmp_path / "report.md"
    markdown.write_text(f"# Report\n\nWhat happened in March 2021.\n\n![The events]({figure.name})\n",
                        encoding="utf-8")  # fmt: skip
    subprocess.run(["pandoc", markdown.name, "-o", "report.pdf"], cwd=tmp_path,
                   capture_output=True, check=True, timeout=120)  # fmt: skip
    return tmp_path / "report.pdf"


@needs_poppler
@needs("pandoc", "pandoc")
@needs("pdflatex", "texlive-latex-recommended")
def test_pandoc_report_with_the_figure_rendered_at_its_text_width(tmp_path):
    """pandoc shrinks a figure to its text block (345 pt by 550 pt); rendered at that size
    it is placed as it is, and its type stays as chosen."""
    pdf = pandoc_pdf(tmp_path, render(tmp_path, "figure.pdf", "--width", "343pt",
                                      "--max-height", "7in"))  # fmt: skip
    assert smallest_text(pdf) >= SMALLEST_PRINTED
    assert figure_fonts(pdf) == {"CID TrueType"}


@needs_poppler
@needs("pandoc", "pandoc")
@needs("pdflatex", "texlive-latex-recommended")
def test_pandoc_report_with_the_default_figure_has_text_too_small_to_read(tmp_path):
    """Why the recipe: the 10 in default, shrunk to the text width, prints below 6 pt."""
    pdf = pandoc_pdf(tmp_path, render(tmp_path, "figure.pdf"))
    assert smallest_text(pdf) < SMALLEST_PRINTED


@needs_poppler
@needs("chromium", "chromium")
def test_html_page_shows_the_svg_at_its_width(tmp_path):
    """A 640 px column: the SVG rendered 640 px wide (CSS pixels are 96 to the inch) and
    shown at its own size; printed by Chromium, its text keeps its size."""
    render(tmp_path, "figure.svg", "--width", "640px", "--dpi", "96")
    page = tmp_path / "report.html"
    page.write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report</title>'
        "<style>main { max-width: 640px; margin: auto; font: 16px sans-serif; }"
        " img { max-width: 100%; height: auto; }</style></head>"
        "<body><main><h1>Report</h1><p>What happened in March 2021.</p>"
        '<img src="figure.svg" alt="A timeline of the events"></main></body></html>',
        encoding="utf-8",
    )
    pdf = tmp_path / "report.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()],
                   capture_output=True, check=True, timeout=120)  # fmt: skip
    assert smallest_text(pdf) >= SMALLEST_PRINTED
    assert figure_fonts(pdf) == {"CID TrueType"}


CJK_EVENTS = """\
countries:
  JP: {name: 日本}
  KR: {name: 대한민국}
actors:
  motegi: {name: 茂木敏充, country: JP, role: 外務大臣}
  chung: {name: 정의용, country: KR, role: 외교부 장관}
sources:
  ap: {file: a.txt, outlet: AP, date: 2021-03-17}
events:
  - id: a
    title: 日韓外相会談
    date: 2021-03-16
    kind: meeting
    status: held
    actors: [motegi, chung]
"""


def render_cjk(tmp_path: Path) -> tuple[Path, str]:
    (tmp_path / "events.yaml").write_text(CJK_EVENTS, encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(tmp_path / "events.yaml"), "--lanes", "actor",
                                      "-o", str(tmp_path / "names.pdf")])  # fmt: skip
    assert result.exit_code == 0, result.output
    return tmp_path / "names.pdf", result.stderr


@needs_poppler
@pytest.mark.skipif("Noto Sans CJK JP" not in font_chain(), reason="needs fonts-noto-cjk")
def test_japanese_and_korean_names_are_drawn_in_an_installed_cjk_font(tmp_path):
    pdf, warnings = render_cjk(tmp_path)
    assert warnings == ""
    fonts = font_types(pdf)
    assert any(name.startswith("NotoSansCJK") for name in fonts)
    assert "Type 3" not in fonts.values()
    words = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.split()  # fmt: skip
    assert {"茂木敏充", "정의용", "日韓外相会談"} <= set(words)


def test_without_a_cjk_font_one_warning_names_the_package(tmp_path, latin_fonts_only):
    _, warnings = render_cjk(tmp_path)
    assert warnings.count("\n") == 1 and "install fonts-noto-cjk" in warnings


def test_every_render_command_of_the_reports_section_works(tmp_path, monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Reports\n", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^timeline (render .*?)(?:\s+#.*)?$", section, flags=re.MULTILINE)
    assert len(commands) >= 5
    shutil.copy(EVENTS_FILE, tmp_path / "events.yaml")
    monkeypatch.chdir(tmp_path)
    for command in commands:
        result = CliRunner().invoke(cli, shlex.split(command))
        assert result.exit_code == 0, (command, result.output)
        for output in re.findall(r"-o (\S+)", command):
            assert (tmp_path / output).stat().st_size > 0, command
