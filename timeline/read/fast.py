"""A fast reader for the plain block style events files are written in, line by line.

It builds the same located values as the full reader (``document``), offsets included, so
the same checks run on them; it only reads what it is sure of: block mappings and lists,
one-line plain, quoted and flow values, whole-line comments. On anything else (a tag, an
anchor, a multi-line value, a duplicate key, a tab, a control character...) it gives up
and the full reader reads the file, and reports its problems with their line and column.
"""

from __future__ import annotations

import re
from typing import Any

from ..model.text import MAX_TEXT
from . import document as full
from .document import (
    _LINE_SEPARATOR,
    Document,
    YamlList,
    YamlMap,
    parse_document,
    plain_value,
)

_UNSURE = re.compile(r"[^\n\x20-\x7e\u00a0-\ud7ff\ue000-\ufffd]|\n(---|\.\.\.|%)")
"""Characters and lines the full reader treats specially (controls, tabs, CR, BOM,
document markers, directives): a text holding any is left to it."""
_DOCUMENT_MARKS = re.compile(r"\n(---|\.\.\.|%)")
_LINE = re.compile(r"( *)(- +)?(?:([A-Za-z0-9_][A-Za-z0-9_-]*):(?: +(.*))?|(.*))")
_PLAIN = re.compile(
    r"(?:[^-?:,\[\]{}#&*!|>'\"%@` ]|-[^ :#])"  # no indicator first, but a minus as in -5
    r"[^:#]*(?::[0-9A-Za-z/][^:#]*)*(?<! )"  # no '#' inside, and ':' only as in 15:00
)
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@` ") | {""}
"""What a plain value cannot start with (but a minus, as in -5; the pattern tells)."""
# Plain values in a flow list or mapping hold no '?': the full reader refuses one there.
_FLOW_ITEM = re.compile(r" *(\"[^\"\\\\]*\"|[^,\[\]{}:#\"'? ][^,\[\]{}:#\"?]*?) *(,|$)")
_FLOW_PAIR = re.compile(
    r" *([A-Za-z0-9_][A-Za-z0-9_-]*): +(\"[^\"\\\\]*\"|[^,\[\]{}:#\"'? ][^,\[\]{}:#\"?]*?) *(,|$)"
)


class Unsure(Exception):
    """Raised where the fast reader is not sure to read as the full one does."""


def parse(text: str, file: str = "<string>") -> Document:
    """The Document of ``text``: read here when it is in the plain block style, else by the
    full reader (``document.parse_document``), which also reports any syntax error."""
    if only_plain_characters(text):
        try:
            data, offset = _read(text)
        except Unsure:
            pass
        else:
            return Document(file, text, data, offset)
    return parse_document(text, file)


def only_plain_characters(text: str) -> bool:
    """Whether text holds nothing that _UNSURE or _LINE_SEPARATOR finds. Printable text of
    the Basic Multilingual Plane never does, and Python tells that faster than a search."""
    if text.replace("\n", " ").isprintable() and len(text.encode("utf-16-le")) == 2 * len(text):
        return _DOCUMENT_MARKS.search(text) is None
    return not _UNSURE.search(text) and not _LINE_SEPARATOR.search(text)


def _read(text: str) -> tuple[YamlMap, int]:
    # Each open container: (indent of its entries, container, key waiting for a block value)
    stack: list[tuple[int, Any]] = []
    root: YamlMap | None = None
    pending: tuple[YamlMap, str, int] | None = None  # a "key:" whose value is on later lines
    offset = 0
    level, current = -1, None  # the container the last line wrote to, and its indent
    values = _Values()
    scalars, read, keys = values.scalars, values.read, values.keys
    lines = text.split("\n")
    for line, found in zip(lines, map(_LINE.fullmatch, lines), strict=True):
        start = offset
        offset += len(line) + 1
        if found is None:
            raise Unsure
        spaces, dash, key, rest, other = found.groups()
        if key is None and dash is None and (not other or other[0] == "#"):
            continue  # a blank line or a comment
        indent = len(spaces)
        key_at = start + indent + (len(dash) if dash else 0)
        # Most lines hold the next key of the mapping the line before wrote to.
        if not (
            pending is None
            and dash is None
            and key is not None
            and indent == level
            and type(current) is YamlMap
        ):
            if pending is not None:
                parent, parent_key, parent_indent = pending
                pending = None
                if dash and indent >= parent_indent:
                    container: Any = YamlList(start + indent)
                elif not dash and indent > parent_indent and key is not None:
                    container = YamlMap(key_at)
                else:
                    raise Unsure  # an empty value, or a value on the next line
                _put(parent, parent_key, container, container.offset)
                stack.append((indent, container))
            while stack and (
                stack[-1][0] > indent
                or (stack[-1][0] == indent and dash is None and type(stack[-1][1]) is YamlList)
            ):
                stack.pop()
            if root is None:
                if dash or indent or key is None:
                    raise Unsure
                root = YamlMap(key_at)
                stack.append((0, root))
            if not stack:
                raise Unsure
            level, current = stack[-1]
            if dash:
                if type(current) is not YamlList or level != indent:
                    raise Unsure
                if len(stack) == 2 and len(current) >= full.MAX_EVENTS:
                    raise Unsure
                if key is None:
                    current.append(read(other, key_at))
                    current.item_offsets.append(key_at)
                    continue
                item = YamlMap(key_at)
                current.append(item)
                current.item_offsets.append(key_at)
                level = indent + len(dash)
                stack.append((level, item))
                current = item
            elif key is None or type(current) is not YamlMap or level != indent:
                raise Unsure
        if len(stack) > full.MAX_DEPTH - 2:
            raise Unsure
        if key not in keys:
            if plain_value(key) != key:
                raise Unsure  # a key the full reader turns into another text (null, 0x1F...)
            keys.add(key)
        if not rest:
            pending = (current, key, indent if not dash else level)
            current.key_offsets[key] = key_at  # checked for duplicates in _put
            continue
        if key in current:
            raise Unsure
        value_at = start + len(line) - len(rest)
        value = scalars.get(rest, _UNREAD)  # a list or mapping is never kept there
        current[key] = read(rest, value_at) if value is _UNREAD else value
        current.key_offsets[key] = key_at
        current.value_offsets[key] = value_at
    if root is None or pending is not None:
        raise Unsure
    return root, root.offset


_UNREAD = object()


def _put(parent: YamlMap, key: str, value: Any, offset: int) -> None:
    if key in parent:
        raise Unsure
    parent[key] = value
    parent.value_offsets[key] = offset


class _Values:
    """Reads one-line values, remembering what each distinct text reads as: a large file
    repeats its keys, kinds, dates and lists of lanes on every event."""

    def __init__(self) -> None:
        self.keys: set[str] = set()  # keys known to read as themselves
        self.scalars: dict[str, Any] = {}
        self.lists: dict[str, tuple[tuple[Any, int], ...]] = {}  # items and their offsets
        self.maps: dict[str, tuple[tuple[str, Any, int, int], ...]] = {}

    def read(self, text: str, at: int) -> Any:
        """A one-line value: plain, quoted, or a flow list or mapping of simple items; a
        list or mapping is new on each call, as the caller may change it."""
        first = text[:1]
        if first == "[":
            items = self.lists.get(text)
            if items is None:
                items = self.lists[text] = flow_items(text)
            found = YamlList(at)
            found.extend([value for value, _ in items])
            found.item_offsets.extend([at + offset for _, offset in items])
            return found
        if first == "{":
            pairs = self.maps.get(text)
            if pairs is None:
                pairs = self.maps[text] = self._flow_map(text)
            mapping = YamlMap(at)
            for key, value, key_offset, value_offset in pairs:
                mapping[key] = value
                mapping.key_offsets[key] = at + key_offset
                mapping.value_offsets[key] = at + value_offset
            return mapping
        if text in self.scalars:
            return self.scalars[text]
        value = self.scalars[text] = scalar(text)
        return value

    def _flow_map(self, text: str) -> tuple[tuple[str, Any, int, int], ...]:
        if not text.endswith("}") or len(text) < 3:
            raise Unsure
        pairs: list[tuple[str, Any, int, int]] = []
        position = 1
        while position < len(text) - 1:
            found = _FLOW_PAIR.match(text, position, len(text) - 1)
            if found is None or any(found[1] == pair[0] for pair in pairs):
                raise Unsure
            pairs.append((found[1], scalar(found[2]), found.start(1), found.start(2)))
            position = found.end()
            if found[3] == "," and position >= len(text) - 1:
                raise Unsure
        return tuple(pairs)


def flow_items(text: str) -> tuple[tuple[Any, int], ...]:
    """The items of a one-line flow list of plain or quoted values, each with its offset in
    text; raises Unsure on anything else."""
    if not text.endswith("]"):
        raise Unsure
    inner, position = text[1:-1], 1
    if not inner.strip():
        if inner:
            raise Unsure
        return ()
    items = []
    while position < len(text) - 1:
        found = _FLOW_ITEM.match(text, position, len(text) - 1)
        if found is None:
            raise Unsure
        items.append((scalar(found[1]), found.start(1)))
        position = found.end()
        if found[2] == "," and position >= len(text) - 1:
            raise Unsure
    return tuple(items)


def scalar(text: str) -> Any:
    """A one-line plain or quoted value (no list or mapping); raises Unsure on anything else."""
    # No forbidden character is left: ``parse`` gives any text with one to the full reader.
    if len(text) > MAX_TEXT:
        raise Unsure  # quotes and all: a value this long is left to the full reader to judge
    first = text[:1]
    if first == '"':  # one scan finds any other quote, or none at the end
        if text.find('"', 1) != len(text) - 1 or "\\" in text:
            raise Unsure
        return text[1:-1]
    if first == "'":
        inner = text[1:-1]
        if len(text) < 2 or text[-1] != "'" or "'" in inner.replace("''", ""):
            raise Unsure
        return inner.replace("''", "'")
    # Most plain text has no indicator first and no ':', '#' or space at the end to weigh.
    unusual = first in _INDICATORS or ":" in text or "#" in text or text[-1] == " "
    if unusual and not _PLAIN.fullmatch(text):
        raise Unsure
    return plain_value(text)
