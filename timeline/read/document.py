"""Read an events file into plain Python data that remembers where each value stands.

The YAML is read as a stream of parser events and assembled here, without recursion and
without constructing any tagged object: aliases, non-standard tags, duplicate keys and deep
nesting are reported as problems with their line and column instead of being executed,
expanded or silently merged. Plain scalars follow the YAML 1.2 core schema (so ``NO`` is a
string and ``2021-03-16`` stays text for the date parser).
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from ruamel.yaml.reader import ReaderError

from ..errors import DataError, Problem
from ..files import file_kind
from ..model.text import MAX_TEXT, character_name, text_problem

__all__ = [
    "INVALID",
    "Document",
    "Offset",
    "YamlList",
    "YamlMap",
    "parse_document",
    "read_document",
    "read_text",
]

Offset = int
"""Where a value stands: its offset in characters from the start of the text.

Turned into a line and column only when a problem is reported, counting line breaks the way
YAML 1.2 does (LF, CR LF, CR; not NEL or U+2028, which the parser would count).
"""

MAX_BYTES = 64 * 1024 * 1024
"""The largest events file read: about 180,000 events of the size events.yaml's have."""
MAX_DEPTH = 32
"""The deepest nesting read; the format needs 5 levels."""
MAX_EVENTS = 100_000
"""The most items a top-level list (the events) may hold: more take minutes to read and
draw. Counted while the file is read, so a longer one costs no more than this many."""

_CORE = "tag:yaml.org,2002:"
_NULL = re.compile(r"~|null|Null|NULL|")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_NOT_TEXT_STARTS = frozenset("~nNtTfF+-.0123456789") | {""}
"""The first characters of every null, bool and number: a plain scalar starting otherwise is
text, known without trying each pattern."""
_FLOAT = re.compile(
    r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)"
)


class YamlMap(dict):
    """A mapping read from YAML, with the position of itself, its keys and its values."""

    __slots__ = ("key_offsets", "offset", "value_offsets")

    def __init__(self, offset: Offset):
        super().__init__()
        self.offset = offset
        self.key_offsets: dict[str, Offset] = {}
        self.value_offsets: dict[str, Offset] = {}


class YamlList(list):
    """A sequence read from YAML, with the position of itself and of each item."""

    __slots__ = ("item_offsets", "offset")

    def __init__(self, offset: Offset):
        super().__init__()
        self.offset = offset
        self.item_offsets: list[Offset] = []


Value = YamlMap | YamlList | str | int | float | bool | None


@dataclass
class Document:
    """The data of one events file, its text and name for messages, and its problems."""

    file: str
    text: str
    data: Value = None
    data_offset: Offset = 0
    problems: list[Problem] = field(default_factory=list)
    bom: bool = False
    """Whether the file began with a UTF-8 byte order mark (``text`` does not hold it)."""

    def problem(self, offset: Offset | None, message: str) -> Problem:
        line, column = self.position(offset) if offset is not None else (None, None)
        found = Problem(self.file, line, column, message)
        self.problems.append(found)
        return found

    def position(self, offset: Offset) -> tuple[int, int]:
        """The 1-based line and column (in characters) of a offset."""
        return _position(self._line_starts, offset)

    def line(self, offset: Offset) -> int:
        return self.position(offset)[0]

    @cached_property
    def _line_starts(self) -> list[int]:
        return _line_starts(self.text)


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _line_starts(text: str) -> list[int]:
    if "\r" not in text:  # then each line's start is the sum of the lengths before it
        starts = list(accumulate(map((1).__add__, map(len, text.split("\n"))), initial=0))
        starts.pop()  # the start of a line after the last
        return starts
    return [0, *(match.end() for match in _LINE_BREAK.finditer(text))]


def _position(line_starts: list[int], offset: int) -> tuple[int, int]:
    line = bisect_right(line_starts, offset)
    return line, offset - line_starts[line - 1] + 1


def read_document(
    path: str | os.PathLike[str], parse: Callable[[str, str], Document] | None = None
) -> Document:
    """Read and parse the file at path (with ``parse``, by default ``parse_document``);
    raise DataError when it cannot be read as YAML text."""
    text, bom = read_text(path)
    document = (parse or parse_document)(text, os.fspath(path))
    document.bom = bom
    return document


def read_text(path: str | os.PathLike[str]) -> tuple[str, bool]:
    """The text of the file at path, and whether it began with a UTF-8 byte order mark (the
    text does not hold it); raise DataError when it cannot be read as text."""
    name = os.fspath(path)
    raw = _read_bytes(Path(path), name)
    return _decode(raw, name), raw.startswith(_BOM)


def parse_document(text: str, file: str = "<string>") -> Document:
    """Parse YAML text into a Document; raise DataError on a syntax error or no content."""
    document = Document(file, text)
    separator = _LINE_SEPARATOR.search(text)
    if separator is not None:
        document.problem(separator.start(), _separator_message(separator.group()))
        raise DataError(document.problems[-1:])
    try:
        _assemble(text, document)
    except MarkedYAMLError as error:
        offset = error.problem_mark or error.context_mark
        document.problem(offset.index if offset else None, _syntax_message(error, text))
        raise DataError(document.problems[-1:]) from None
    except ReaderError as error:
        code = ord(error.character) if isinstance(error.character, str) else error.character
        document.problem(error.position, f"the character U+{code:04X} is not allowed in YAML text")
        raise DataError(document.problems[-1:]) from None
    except _TooDeep as error:
        document.problem(error.offset, f"nested more than {MAX_DEPTH} levels deep")
        raise DataError(document.problems[-1:]) from None
    except _TooMany as error:
        document.problem(error.offset, f"more than {MAX_EVENTS:,} events; the most timeline "
                                       f"reads is {MAX_EVENTS:,}")  # fmt: skip
        raise DataError(document.problems[-1:]) from None
    if document.data is None:
        raise DataError([Problem(file, None, None, "the file has no content; expected 'events:'")])
    return document


_LINE_SEPARATOR = re.compile("[\x85\u2028\u2029]")
"""Characters that the parser (YAML 1.1) reads as line breaks and YAML 1.2 does not."""


def _separator_message(character: str) -> str:
    escape = {"\x85": "", "\u2028": "\\L", "\u2029": "\\P"}[character]
    instead = f"write it as {escape} inside double quotes" if escape else "remove it"
    return (
        f"the character {character_name(character)} is not allowed here: YAML readers "
        f"disagree on whether it ends a line; {instead}"
    )


_BOM = b"\xef\xbb\xbf"
_NON_BLOCKING = getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
"""Opening a FIFO without O_NONBLOCK waits for a writer, maybe forever; files ignore it."""


def _read_bytes(path: Path, name: str) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES; anything else is refused unread."""

    def fail(message: str) -> DataError:
        return DataError([Problem(name, None, None, message)])

    try:
        if path.is_dir():
            raise fail("is a directory, not an events file")
        descriptor = os.open(path, os.O_RDONLY | _NON_BLOCKING)
        with os.fdopen(descriptor, "rb") as stream:
            info = os.fstat(descriptor)
            kind = file_kind(info.st_mode)
            if kind is not None:
                raise fail(f"is {kind}, not a regular file; give the path of an events file")
            too_large = f"the file is larger than {MAX_BYTES // 2**20} MiB, the most timeline reads"
            if info.st_size > MAX_BYTES:
                raise fail(too_large)
            raw = stream.read(MAX_BYTES + 1)  # bounded, should the file grow meanwhile
        if len(raw) > MAX_BYTES:
            raise fail(too_large)
        return raw
    except FileNotFoundError:
        raise fail("no such file") from None
    except PermissionError:
        raise fail("cannot read the file: permission denied") from None
    except OSError as error:
        raise fail(f"cannot read the file: {error.strerror or error}") from None


def _without_bom(raw: bytes) -> str | None:
    """The encoding of UTF-16 or UTF-32 text that has no byte order mark, from its zeros.

    >>> _without_bom("events:".encode("utf-16-le")), _without_bom(b"events:")
    ('UTF-16', None)
    """
    sample = raw[:4096]
    if len(sample) < 8:
        return None
    lanes = [sample[lane::4] for lane in range(4)]
    zero = [lane.count(0) / len(lane) for lane in lanes]
    if max(zero) < 0.9:
        return None
    if sum(share >= 0.9 for share in zero) == 3:
        return "UTF-32"
    if (zero[0] >= 0.9 and zero[2] >= 0.9) or (zero[1] >= 0.9 and zero[3] >= 0.9):
        return "UTF-16"
    return None


def _decode(raw: bytes, name: str) -> str:
    def fail(message: str, offset: int | None = None) -> DataError:
        """A one-problem error; offset is in bytes, valid UTF-8 up to there."""
        if offset is None:
            return DataError([Problem(name, None, None, message)])
        before = raw[:offset].decode("utf-8", errors="replace")
        line, column = _position(_line_starts(before), len(before))
        return DataError([Problem(name, line, column, message)])

    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise fail("the file is UTF-32 text; save it as UTF-8")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise fail("the file is UTF-16 text; save it as UTF-8")
    raw = raw.removeprefix(_BOM)
    encoding = _without_bom(raw)
    if encoding is not None:
        raise fail(f"the file looks like {encoding} text without a byte order mark; "
                   "save it as UTF-8")  # fmt: skip
    nul = raw.find(b"\0")
    if nul >= 0:
        raise fail("this is a binary file (it contains NUL bytes), not YAML text", nul)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        byte = raw[error.start]
        message = f"not valid UTF-8 (byte 0x{byte:02x}); save the file as UTF-8"
        raise fail(message, error.start) from None
    if not text.strip():
        raise fail("the file is empty; expected 'events:' and the definitions it uses")
    return text


class _TooDeep(Exception):
    def __init__(self, offset: Offset):
        self.offset = offset


class _TooMany(Exception):
    """More items in a top-level list than MAX_EVENTS."""

    def __init__(self, offset: Offset):
        self.offset = offset


class _Frame:
    """A container being filled, and for a mapping the key waiting for its value."""

    __slots__ = ("container", "key", "key_mark")

    def __init__(self, container: YamlMap | YamlList):
        self.container = container
        self.key: str | None = None
        self.key_mark: Offset = 0


class _Invalid:
    """The type of INVALID."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "INVALID"


INVALID = _Invalid()
"""Stands in for a value that a problem was already reported for (an alias, a bad tag)."""

_SKIP = object()
"""A key or value left out altogether (a duplicate key, a key that is not text)."""


def _assemble(text: str, document: Document) -> None:
    """Build document.data from the parser's events, one event at a time."""
    stack: list[_Frame] = []
    documents = 0

    def place(value: Any, offset: Offset) -> None:
        if not stack:
            document.data, document.data_offset = value, offset
            return
        frame = stack[-1]
        container = frame.container
        if isinstance(container, YamlList):
            if len(stack) == 2 and len(container) >= MAX_EVENTS:
                raise _TooMany(offset)
            if value is not _SKIP:
                container.append(value)
                container.item_offsets.append(offset)
            return
        if frame.key is None:
            frame.key, frame.key_mark = _key_text(value, offset, document), offset
            return
        key, key_mark = frame.key, frame.key_mark
        frame.key, frame.key_mark = None, 0
        if key is _SKIP or value is _SKIP:
            return
        if key in container:
            line = document.line(container.key_offsets[key])
            document.problem(key_mark, f"duplicate key {key!r} (first given at line {line})")
            return
        container[key] = value
        container.key_offsets[key] = key_mark
        container.value_offsets[key] = offset

    for event in YAML(typ="safe").parse(text):
        offset = event.start_mark.index
        kind = type(event)
        if kind is ScalarEvent:
            place(_scalar(event, offset, document), offset)
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            if len(stack) >= MAX_DEPTH:
                raise _TooDeep(offset)
            container: YamlMap | YamlList = (
                YamlMap(offset) if kind is MappingStartEvent else YamlList(offset)
            )
            expected = "map" if kind is MappingStartEvent else "seq"
            if event.tag not in (None, _CORE + expected):
                document.problem(offset, f"YAML tag {_short_tag(event.tag)} is not allowed here")
            place(container, offset)
            stack.append(_Frame(container))
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            stack.pop()
        elif kind is AliasEvent:
            document.problem(
                offset,
                f"YAML aliases (*{event.anchor}) are not supported; write the value out in full",
            )
            place(INVALID, offset)
        elif kind is DocumentStartEvent:
            documents += 1
            if documents > 1:
                document.problem(offset, "a second YAML document ('---'); keep everything in one")
                break


def _key_text(value: Any, offset: Offset, document: Document) -> Any:
    if isinstance(value, (YamlMap, YamlList)):
        document.problem(offset, "a key must be plain text, not a list or mapping")
        return _SKIP
    if value is _SKIP or value is INVALID:
        return _SKIP
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _scalar(event: ScalarEvent, offset: Offset, document: Document) -> Any:
    text: str = event.value
    if event.style == '"' or len(text) > MAX_TEXT:  # raw controls never pass the reader
        problem = text_problem(text)
        if problem is not None:
            document.problem(offset, problem)
            return INVALID
    tag = event.tag
    if tag is not None and tag not in (_CORE + "str", "!"):
        document.problem(offset, f"YAML tag {_short_tag(tag)} is not allowed here")
        return INVALID
    if tag is not None or not event.implicit[0]:
        return text
    value = plain_value(text)
    if value is INVALID:
        document.problem(offset, f"the number {text[:20]}... is too long")
    return value


def plain_value(text: str) -> Any:
    """A plain scalar's value in the YAML 1.2 core schema: null, a bool, a number or text
    (INVALID for a number too long to read)."""
    if text[:1] not in _NOT_TEXT_STARTS:
        return text
    if _NULL.fullmatch(text):
        return None
    if text in _BOOL:
        return _BOOL[text]
    try:
        if _INT.fullmatch(text):
            return int(text, 0) if text[:2] in ("0o", "0x") else int(text)
        if _FLOAT.fullmatch(text):
            return float(text.replace(".inf", "inf").replace(".Inf", "inf").replace(".INF", "inf"))
    except ValueError:
        return INVALID
    return text


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag


def _syntax_message(error: MarkedYAMLError, text: str) -> str:
    offset = error.problem_mark or error.context_mark
    problem = (error.problem or "syntax error").rstrip(".")
    message = f"YAML syntax: {problem}"
    if error.context and error.context_mark is not None and error.context_mark is not offset:
        line = _position(_line_starts(text), error.context_mark.index)[0]
        message += f" ({error.context} started at line {line})"
    if offset is not None and 0 <= offset.index < len(text) and text[offset.index] == "\t":
        message += "; indent with spaces, YAML does not allow tabs"
    elif "mapping values are not allowed" in problem:
        message += "; put text that contains ': ' in quotes"
    return message
