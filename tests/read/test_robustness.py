"""Whatever the bytes, loading ends in a Timeline or a DataError whose lines name the file."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import DataError
from timeline.read.builder import build
from timeline.read.document import parse_document

from ..conftest import EVENTS_FILE

LINES = EVENTS_FILE.read_text(encoding="utf-8").splitlines(keepends=True)
FRAGMENTS = ["- ", ": ", "[", "]", "{", "}", "&a ", "*a", "!!str ", "!tag ", "'", '"', "\t", "#",
             "2021-02-30", "2021-03-16/", "~", "?", "null", "---\n", "\n", "  ", "id: x", "\x85", "é"]  # fmt: skip


@st.composite
def mutated_events_file(draw) -> str:
    """events.yaml with a few lines deleted, repeated, swapped or sprinkled with YAML syntax."""
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "repeat", "swap", "insert"]))
        if action == "delete":
            del lines[index]
        elif action == "repeat":
            lines.insert(index, lines[index])
        elif action == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        else:
            line = lines[index]
            at = draw(st.integers(0, len(line)))
            lines[index] = line[:at] + draw(st.sampled_from(FRAGMENTS)) + line[at:]
    return "".join(lines)


def load_text(text: str):
    return build(parse_document(text, "events.yaml"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_events_file())
def test_a_damaged_events_file_gives_a_timeline_or_located_errors(text):
    try:
        load_text(text)
    except DataError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.file == "events.yaml" and problem.message
            assert problem.line is None or 1 <= problem.line <= text.count("\n") + 2


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS + list("abcxyz019:-_ ")), max_size=80).map("".join))
def test_arbitrary_yaml_like_text_never_raises_anything_else(text):
    try:
        load_text(text)
    except DataError as error:
        assert all(str(problem).startswith("events.yaml") for problem in error.problems)
