"""Reading the file: what cannot be read gets one clear line; YAML never runs or explodes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from timeline import DataError, Problem, load
from timeline.read.document import parse_document, read_document


def problems_of(path: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load(path)
    return [str(problem) for problem in caught.value.problems]


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"", "{f}: error: the file is empty; expected 'events:' and the definitions it uses"),
        (
            b"  \n\n",
            "{f}: error: the file is empty; expected 'events:' and the definitions it uses",
        ),
        (b"# nothing but a comment\n", "{f}: error: the file has no content; expected 'events:'"),
        (
            b"title: x\n\x00\x00\x01",
            "{f}:2:1: error: this is a binary file (it contains NUL bytes), not YAML text",
        ),
        (
            b"title: x\nlocation: caf\xe9\n",
            "{f}:2:14: error: not valid UTF-8 (byte 0xe9); save the file as UTF-8",
        ),
        ("title: x\n".encode("utf-16"), "{f}: error: the file is UTF-16 text; save it as UTF-8"),
        (
            b"- a\n- b\n",
            "{f}:1:1: error: the file must be a mapping with 'countries:' and 'events:'",
        ),
    ],
)
def test_unreadable_content_gets_one_clear_line(tmp_path, content, expected):
    path = tmp_path / "events.yaml"
    path.write_bytes(content)
    assert problems_of(path) == [expected.format(f=path)]


def test_missing_file_and_directory(tmp_path):
    assert problems_of(tmp_path / "nope.yaml") == [f"{tmp_path / 'nope.yaml'}: error: no such file"]
    assert problems_of(tmp_path) == [f"{tmp_path}: error: is a directory, not an events file"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path):
    path = tmp_path / "events.yaml"
    path.write_text("events: []\n")
    path.chmod(0)
    assert problems_of(path) == [f"{path}: error: cannot read the file: permission denied"]


def test_a_utf8_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "events.yaml"
    path.write_bytes("\ufefftitle: café\n".encode("utf-8"))
    assert read_document(path).data == {"title": "café"}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "events: [1,\ntitle: 2\n",
            "f:3:1: error: YAML syntax: did not find expected ',' or ']' (while parsing a flow sequence started at line 1)",
        ),
        ("events:\n  - id: a\n\ttitle: x\n", "indent with spaces, YAML does not allow tabs"),
        (
            "title: a: b\n",
            "f:1:9: error: YAML syntax: mapping values are not allowed in this context; put text that contains ': ' in quotes",
        ),
        ("title: 'open\n", "f:2:1: error: YAML syntax: found unexpected end of stream"),
    ],
)
def test_yaml_syntax_errors_name_the_line(text, expected):
    with pytest.raises(DataError) as caught:
        parse_document(text, "f")
    [problem] = caught.value.problems
    assert expected in str(problem)


def test_tags_are_never_executed(tmp_path):
    marker = tmp_path / "executed"
    text = f"title: !!python/object/apply:os.system ['touch {marker}']\nevents: []\n"
    document = parse_document(text, "f")
    assert not marker.exists()
    assert [str(p) for p in document.problems] == [
        "f:1:8: error: YAML tag !!python/object/apply:os.system is not allowed here"
    ]


def test_an_alias_bomb_is_refused_without_expanding_it():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 30):
        previous = f"*l{level - 1}" if level > 1 else "*a"
        lines.append(f"l{level}: &l{level} [{', '.join([previous] * 9)}]")
    document = parse_document("\n".join(lines) + "\n", "f")
    aliases = [p for p in document.problems if "aliases" in p.message]
    assert len(aliases) == 29 * 9  # one problem per alias written, none per expansion
    assert (
        str(aliases[0])
        == "f:2:10: error: YAML aliases (*a) are not supported; write the value out in full"
    )


def test_deep_nesting_is_refused_at_its_line():
    text = "events:\n  - " + "[" * 100_000 + "]" * 100_000 + "\n"
    with pytest.raises(DataError, match="nested more than 32 levels deep"):
        parse_document(text, "f")


def test_duplicate_keys_are_reported_and_the_first_value_kept():
    document = parse_document("title: one\nversion: 1\ntitle: two\n", "f")
    assert document.data["title"] == "one"
    assert [str(p) for p in document.problems] == [
        "f:3:1: error: duplicate key 'title' (first given at line 1)"
    ]


def test_scalars_follow_yaml_1_2_so_country_codes_and_dates_stay_text():
    data = parse_document(
        "a: NO\nb: yes\nc: 2021-03-16\nd: 2021\ne: null\nf: true\ng: '2021'\nh: 1.5\n"
    ).data
    assert data == {
        "a": "NO",
        "b": "yes",
        "c": "2021-03-16",
        "d": 2021,
        "e": None,
        "f": True,
        "g": "2021",
        "h": 1.5,
    }


def test_positions_are_remembered_for_keys_values_and_items():
    document = parse_document("events:\n  - id: a\n    actors: [x, y]\n")
    event = document.data["events"][0]
    assert document.position(document.data.value_offsets["events"]) == (2, 3)
    assert document.position(event.key_offsets["actors"]) == (3, 5)
    assert [document.position(offset) for offset in event["actors"].item_offsets] == [(3, 14), (3, 17)]


@pytest.mark.parametrize("separator", ["\n", "\r\n", "\r"])
def test_lines_are_counted_the_yaml_1_2_way(separator):
    lines = ["version: 1", "title: again", "title: one"]
    document = parse_document(separator.join(lines) + separator, "f")
    assert [str(p) for p in document.problems] == [
        "f:3:1: error: duplicate key 'title' (first given at line 2)"
    ]


@pytest.mark.parametrize(
    "character, name, instead",
    [("\x85", "U+0085 (NEL)", "remove it"),
     ("\u2028", "U+2028 (LINE SEPARATOR)", "write it as \\L inside double quotes"),
     ("\u2029", "U+2029 (PARAGRAPH SEPARATOR)", "write it as \\P inside double quotes")],
)  # fmt: skip
@pytest.mark.parametrize("quoted", [False, True])
def test_a_character_that_parsers_disagree_on_is_named_where_it_stands(character, name, instead,
                                                                      quoted):  # fmt: skip
    """YAML 1.1 reads NEL and U+2028 as line breaks (a plain title failed with "could not find
    expected ':'", a quoted one silently became a space); YAML 1.2 does not. Neither reading
    is safe to act on, so the character is refused, named, at its line and column."""
    value = f'"one{character}two"' if quoted else f"one{character}two"
    with pytest.raises(DataError) as caught:
        parse_document(f"version: 1\ntitle: {value}\n", "f")
    column = 12 if quoted else 11
    assert [str(p) for p in caught.value.problems] == [
        f"f:2:{column}: error: the character {name} is not allowed here: YAML readers disagree "
        f"on whether it ends a line; {instead}"
    ]


def test_a_control_character_is_reported_at_its_position():
    with pytest.raises(DataError) as caught:
        parse_document("title: ok\nnote: a\x01b\n", "f")
    assert [str(p) for p in caught.value.problems] == [
        "f:2:8: error: the character U+0001 is not allowed in YAML text"
    ]


def test_a_scalar_file_is_reported_where_it_stands(tmp_path):
    path = tmp_path / "events.yaml"
    path.write_text("# comment\n\n\n'hello'\n")
    assert problems_of(path) == [
        f"{path}:4:1: error: the file must be a mapping with 'countries:' and 'events:'"
    ]


@pytest.mark.parametrize(
    "content, position",
    [
        (b"\xef\xbb\xbfa: 1\n\xff: 2\n", "2:1"),  # after a byte order mark
        ("title: ééé".encode() + b"\xff\n", "1:11"),  # columns count characters
        (b"a: 1\rb: \xff\r", "2:4"),  # old Mac line ends
    ],
)
def test_a_bad_byte_is_reported_at_its_character_position(tmp_path, content, position):
    path = tmp_path / "events.yaml"
    path.write_bytes(content)
    assert problems_of(path) == [
        f"{path}:{position}: error: not valid UTF-8 (byte 0xff); save the file as UTF-8"
    ]


def test_a_file_over_the_size_limit_is_refused(monkeypatch, tmp_path):
    monkeypatch.setattr("timeline.read.document.MAX_BYTES", 2**20)
    path = tmp_path / "events.yaml"
    path.write_bytes(b"# padding\n" * 2**17)
    assert problems_of(path) == [
        f"{path}: error: the file is larger than 1 MiB, the most timeline reads"
    ]


def test_a_message_is_always_one_line():
    problem = Problem("f", 1, 1, "a\nb\rc")
    assert str(problem) == "f:1:1: error: a\\nb\\rc"
