"""Damaged CSV files and JSON of other tools: read or refused with located problems,
never a traceback, and an import writes a valid file or nothing."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import DataError, load
from timeline.convert import import_events

from ..test_fuzz import EXAMPLES

CSV = (
    "id,title,date,kind,status,lanes,source,quote\n"
    'a,"Tokyo, ""talks""",2021-03-16,talks,held,Japan; US,AP,"met\nthere"\n'
    "b,Seoul,2021-03~,visit,planned,Korea,,\n"
)
PIECES = st.sampled_from(['"', ",", "\n", "\r", ";", "\ufeff", " ", "2021-13", "x", "\x07", ""])


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.data())
def test_a_damaged_csv_file_is_read_or_refused_with_its_problems_located(tmp_path_factory, data):
    text = CSV
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(text)))
        cut = data.draw(st.integers(0, 3))
        text = text[:at] + data.draw(PIECES) + text[at + cut :]
    path = tmp_path_factory.mktemp("csv") / "events.csv"
    path.write_text(text, encoding="utf-8")
    try:
        load(path)
    except DataError as error:
        assert error.problems
        assert all(problem.file == str(path) for problem in error.problems)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 3000) | st.sampled_from(
        ["", "2014-02-2", "2014-04-20T10:00", "<b>x</b>", "https://a.example/x", "1999", "13"]
    ),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["events", "items", "groups", "start_date", "end_date", "year", "month",
                         "day", "start", "end", "group", "id", "content", "text", "headline",
                         "media", "url", "eras", "nestedGroups"]), inner, max_size=4),
    max_leaves=12,
)  # fmt: skip


@settings(max_examples=EXAMPLES * 3, deadline=None)
@given(json_values)
def test_any_json_imports_as_a_valid_file_or_is_refused(tmp_path_factory, value):
    path = tmp_path_factory.mktemp("json") / "in.json"
    path.write_text(json.dumps(value), encoding="utf-8")
    try:
        text = import_events(path)
    except DataError as error:
        assert all(problem.file == str(path) for problem in error.problems)
        return
    events = path.with_name("events.yaml")
    events.write_text(text, encoding="utf-8")
    load(events)
