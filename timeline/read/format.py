"""The events-file format as data, and the structural check that it drives.

``FORMAT`` says which keys each record has, whether they are required, their types and what
they mean. ``check_structure`` walks a Document against it and reports unknown or missing
keys, wrong types, empty text, bad ids and unknown choices, each at its line and column.
What needs the whole file (dates, references, duplicate ids) is checked in ``build``.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cached_property

from ..errors import did_you_mean
from ..model.timeline import KINDS, STATUSES
from .document import INVALID, Document, Offset, YamlList, YamlMap

__all__ = ["FORMAT", "Choice", "DateText", "ListOf", "Record", "Table", "Text", "check_structure"]


@dataclass(frozen=True)
class Text:
    """A non-empty string, optionally matching a pattern that ``rule`` explains in words.

    >>> EVENT_ID.matches("tokyo-2plus2"), EVENT_ID.matches("Tokyo--2")
    (True, False)
    """

    pattern: str | None = None
    rule: str = ""
    _compiled: re.Pattern[str] | None = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        compiled = re.compile(self.pattern) if self.pattern else None
        object.__setattr__(self, "_compiled", compiled)  # frozen: set once, here

    def matches(self, value: str) -> bool:
        """Whether the whole of value follows the pattern (any text does without one)."""
        return self._compiled is None or self._compiled.fullmatch(value) is not None


@dataclass(frozen=True)
class Choice:
    values: tuple[str, ...]


@dataclass(frozen=True)
class DateText:
    """An EDTF date (a bare year may be written as a number)."""


@dataclass(frozen=True)
class ListOf:
    item: Type


@dataclass(frozen=True)
class Record:
    """A mapping with known keys; ``noun`` names it in messages ("event", "actor")."""

    noun: str
    fields: tuple[Field, ...]

    def field(self, name: str) -> Field | None:
        return self._by_name.get(name)

    @cached_property
    def names(self) -> frozenset[str]:
        """The keys the record knows."""
        return frozenset(field.name for field in self.fields)

    @cached_property
    def _by_name(self) -> dict[str, Field]:
        return {field.name: field for field in reversed(self.fields)}


@dataclass(frozen=True)
class Table:
    """A mapping from ids to records of one kind (the actors, the countries...)."""

    key: Text
    value: Record


Type = Text | Choice | DateText | ListOf | Record | Table


@dataclass(frozen=True)
class Field:
    name: str
    type: Type
    required: bool = False
    doc: str = ""


EVENT_ID = Text(r"[a-z0-9]+(-[a-z0-9]+)*", "lowercase letters, digits and single hyphens")
ACTOR_ID = EVENT_ID
SOURCE_ID = EVENT_ID
COUNTRY_CODE = Text(r"[A-Z][A-Z0-9]{1,7}", "capital letters and digits, e.g. US or JP")
TAG = EVENT_ID

ID_RULES = {"countries": COUNTRY_CODE, "actors": ACTOR_ID, "sources": SOURCE_ID}
"""The rule for the ids of each table, which references to it must follow too."""

CITATION = Record(
    "citation",
    (
        Field("source", SOURCE_ID, True, "id of a source under 'sources'"),
        Field("quote", Text(), True, "words from the article, verbatim, that support the event"),
    ),
)

EVENT = Record(
    "event",
    (
        Field("id", EVENT_ID, True, "stable id, unique in the file"),
        Field("title", Text(), True, "short title, as a chart label"),
        Field("date", DateText(), True, "EDTF date, interval [FIRST..LAST] window; see dates"),
        Field("timezone", Text(), False, "IANA time zone of a time of day in 'date'"),
        Field("kind", Choice(KINDS), True, "what kind of happening"),
        Field("status", Choice(STATUSES), True, "held, or still to come when reported"),
        Field("location", Text(), False, "where, in words"),
        Field("actors", ListOf(ACTOR_ID), False, "ids of the people taking part"),
        Field("countries", ListOf(COUNTRY_CODE), False, "countries involved beyond the actors'"),
        Field("sources", ListOf(CITATION), False, "the articles that report the event"),
        Field("note", Text(), False, "anything a reader should know"),
        Field("disagreement", Text(), False, "where the sources disagree, and how"),
        Field("tags", ListOf(TAG), False, "free labels to select events by"),
    ),
)

FORMAT = Record(
    "file",
    (
        Field("version", Choice(("1",)), False, "format version"),
        Field("title", Text(), False, "title of the timeline"),
        Field(
            "countries",
            Table(COUNTRY_CODE, Record("country", (Field("name", Text(), True, "full name"),))),
            True,
            "countries by code, in lane order",
        ),
        Field(
            "actors",
            Table(
                ACTOR_ID,
                Record(
                    "actor",
                    (
                        Field("name", Text(), True, "full name"),
                        Field("country", COUNTRY_CODE, True, "code under 'countries'"),
                        Field("role", Text(), True, "office or role at the time of the events"),
                    ),
                ),
            ),
            False,
            "people by id, in lane order",
        ),
        Field(
            "sources",
            Table(
                SOURCE_ID,
                Record(
                    "source",
                    (
                        Field("file", Text(), True, "article file name"),
                        Field("outlet", Text(), True, "who published it"),
                        Field("date", DateText(), True, "the article's own date (EDTF)"),
                        Field("headline", Text(), False, "headline, where the text has one"),
                        Field("url", Text(), False, "where it was published"),
                        Field("note", Text(), False, "how the date or outlet was worked out"),
                    ),
                ),
            ),
            False,
            "articles by id",
        ),
        Field("events", ListOf(EVENT), True, "the events, in any order"),
    ),
)


def check_structure(document: Document) -> None:
    """Add a problem to the document for every place where it does not fit FORMAT."""
    if not isinstance(document.data, YamlMap):
        message = "the file must be a mapping with 'countries:' and 'events:'"
        document.problem(document.data_offset, message)
        return
    _check_record(document, document.data, FORMAT, "the file")


def _check(document: Document, value: object, kind: Type, offset: Offset, what: str) -> bool:
    """Report value's problems against kind; return whether it is usable."""
    if value is INVALID:
        return False
    if isinstance(kind, Record):
        if not isinstance(value, YamlMap):
            document.problem(offset, f"{what} must be a mapping of keys to values, {_got(value)}")
            return False
        _check_record(document, value, kind, what)
        return True
    if isinstance(kind, Table):
        if not isinstance(value, YamlMap):
            document.problem(offset, f"{what} must be a mapping from ids to entries, {_got(value)}")
            return False
        for key, entry in value.items():
            _check_text(document, key, kind.key, value.key_offsets[key], f"{kind.value.noun} id")
            _check(
                document, entry, kind.value, value.value_offsets[key], f"{kind.value.noun} {key!r}"
            )
        return True
    if isinstance(kind, ListOf):
        if not isinstance(value, YamlList):
            document.problem(offset, f"{what} must be a list, {_got(value)}")
            return False
        for index, (item, item_mark) in enumerate(
            zip(value, value.item_offsets, strict=True), start=1
        ):
            if not _fits(item, kind.item):
                name = _item_name(kind.item, item, index, what)
                _check(document, item, kind.item, item_mark, name)
        return True
    if isinstance(kind, DateText):
        if isinstance(value, int) and not isinstance(value, bool):
            return True
        return _check_text(document, value, Text(), offset, what)
    if isinstance(kind, Choice):
        text = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
        if text in kind.values:
            return True
        if not isinstance(text, str):
            choices = ", ".join(kind.values)
            document.problem(offset, f"{what} must be one of {choices}, {_got(value)}")
            return False
        hint = did_you_mean(text, kind.values) or f"; use one of {', '.join(kind.values)}"
        document.problem(offset, f"{what} is {text!r}, not a known value{hint}")
        return False
    return _check_text(document, value, kind, offset, what)


def _fits(value: object, kind: Type) -> bool:
    """Whether value is text or a number that fits kind with nothing to report: most values
    of a file, checked here without making the name that only a message needs."""
    if type(value) is str:
        if type(kind) is Text:
            return bool(value.strip()) and kind.matches(value)
        if type(kind) is Choice:
            return value in kind.values
        return type(kind) is DateText and bool(value.strip())
    return type(value) is int and type(kind) is DateText


def _check_text(document: Document, value: object, kind: Text, offset: Offset, what: str) -> bool:
    if not isinstance(value, str):
        document.problem(offset, f"{what} must be text, {_got(value)}")
        return False
    if not value.strip():
        document.problem(offset, f"{what} is empty")
        return False
    if not kind.matches(value):
        document.problem(offset, f"{what} {value!r} must be {kind.rule}")
        return False
    return True


def _check_record(document: Document, value: YamlMap, record: Record, what: str) -> None:
    if not record.names.issuperset(value):
        known = [field.name for field in record.fields]
        for key in value:
            if key not in record.names:
                hint = did_you_mean(key, known) or f"; known keys: {', '.join(known)}"
                document.problem(value.key_offsets[key], f"unknown key {key!r} in {what}{hint}")
    for field in record.fields:
        if field.name in value:
            item = value[field.name]
            if not _fits(item, field.type):
                name = _field_name(record, field, what)
                _check(document, item, field.type, value.value_offsets[field.name], name)
        elif field.required:
            document.problem(value.offset, f"{what} has no {field.name!r}")


def _field_name(record: Record, field: Field, what: str) -> str:
    """How to name a field's value in a message: "'title' of event 'x'", "event id"."""
    if record is FORMAT:
        return repr(field.name)
    if field.name == "id":
        return f"{record.noun} id"
    return f"{field.name!r} of {what}"


def _item_name(kind: Type, item: object, index: int, container: str) -> str:
    """How to name the index-th item of a list in a message: by its id when it has one."""
    if isinstance(kind, Record):
        if isinstance(item, YamlMap) and isinstance(item.get("id"), str):
            return f"{kind.noun} {item['id']!r}"
        return (
            f"{kind.noun} {index} of {container}"
            if kind.noun == "citation"
            else f"{kind.noun} {index}"
        )
    return f"item {index} of {container}"


def _got(value: object) -> str:
    names = {YamlMap: "a mapping", YamlList: "a list", bool: "true/false", type(None): "empty"}
    name = names.get(type(value)) or ("a number" if isinstance(value, (int, float)) else "text")
    return f"not {name}" if value is not None else "but it is empty"
