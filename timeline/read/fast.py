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

from ..model.text import MAX_TEXT, text_problem
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
_LINE = re.compile(r"( *)(- +)?(?:([A-Za-z0-9_][A-Za-z0-9_-]*):(?: +(.*))?|(.*))")
_PLAIN = re.compile(
    r"[^-?:,\[\]{}#&*!|>'\"%@` ][^:#]*(?<! )"  # no indicator first, no ':' or '#' inside
    r"|-[^ :#][^:#]*(?<! )"  # or a leading minus, as in -5
)
_FLOW_ITEM = re.compile(r" *(\"[^\"\\\\]*\"|[^,\[\]{}:#\"' ][^,\[\]{}:#\"]*?) *(,|$)")
_FLOW_PAIR = re.compile(
    r" *([A-Za-z0-9_][A-Za-z0-9_-]*): +(\"[^\"\\\\]*\"|[^,\[\]{}:#\"' ][^,\[\]{}:#\"]*?) *(,|$)"
)


class _Unsure(Exception):
    """Raised where the fast reader is not sure to read as the full one does."""


def parse(text: str, file: str = "<string>") -> Document:
    """The Document of ``text``: read here when it is in the plain block style, else by the
    full reader (``document.parse_document``), which also reports any syntax error."""
    if not _UNSURE.search(text) and not _LINE_SEPARATOR.search(text):
        try:
            data, offset = _read(text)
        except _Unsure:
            pass
        else:
            return Document(file, text, data, offset)
    return parse_document(text, file)


def _read(text: str) -> tuple[YamlMap, int]:
    # Each open container: (indent of its entries, container, key waiting for a block value)
    stack: list[tuple[int, Any]] = []
    root: YamlMap | None = None
    pending: tuple[YamlMap, str, int] | None = None  # a "key:" whose value is on later lines
    offset = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        stripped = line.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        found = _LINE.fullmatch(line)
        if found is None:
            raise _Unsure
        indent = len(found[1])
        dash = found[2]
        key_at = start + indent + (len(dash) if dash else 0)
        if pending is not None:
            parent, parent_key, parent_indent = pending
            pending = None
            if dash and indent >= parent_indent:
                container: Any = YamlList(start + indent)
            elif not dash and indent > parent_indent and found[3] is not None:
                container = YamlMap(key_at)
            else:
                raise _Unsure  # an empty value, or a value on the next line
            _put(parent, parent_key, container, container.offset)
            stack.append((indent, container))
        while stack and (
            stack[-1][0] > indent
            or (stack[-1][0] == indent and dash is None and isinstance(stack[-1][1], YamlList))
        ):
            stack.pop()
        if root is None:
            if dash or indent or found[3] is None:
                raise _Unsure
            root = YamlMap(key_at)
            stack.append((0, root))
        if not stack:
            raise _Unsure
        level, current = stack[-1]
        if dash:
            if not isinstance(current, YamlList) or level != indent:
                raise _Unsure
            if len(stack) == 2 and len(current) >= full.MAX_EVENTS:
                raise _Unsure
            if found[3] is None:
                value, _ = _value(found[5], start + indent + len(dash))
                current.append(value)
                current.item_offsets.append(start + indent + len(dash))
                continue
            item = YamlMap(key_at)
            current.append(item)
            current.item_offsets.append(key_at)
            stack.append((indent + len(dash), item))
            current, level = item, indent + len(dash)
        elif found[3] is None or not isinstance(current, YamlMap) or level != indent:
            raise _Unsure
        if len(stack) > full.MAX_DEPTH - 2:
            raise _Unsure
        key, rest = found[3], found[4] or ""
        if plain_value(key) != key:
            raise _Unsure  # a key the full reader turns into another text (null, 0x1F...)
        if rest == "":
            pending = (current, key, indent if not dash else level)
            current.key_offsets[key] = key_at  # checked for duplicates in _put
            continue
        value_at = start + len(line) - len(rest)
        value, _ = _value(rest, value_at)
        if key in current:
            raise _Unsure
        current[key] = value
        current.key_offsets[key] = key_at
        current.value_offsets[key] = value_at
    if root is None or pending is not None:
        raise _Unsure
    return root, root.offset


def _put(parent: YamlMap, key: str, value: Any, offset: int) -> None:
    if key in parent:
        raise _Unsure
    parent[key] = value
    parent.value_offsets[key] = offset


def _value(text: str, at: int) -> tuple[Any, int]:
    """A one-line value: plain, quoted, or a flow list or mapping of simple items."""
    if text.startswith('"'):
        if text.count('"') != 2 or not text.endswith('"') or "\\" in text:
            raise _Unsure
        return _text(text[1:-1]), at
    if text.startswith("'"):
        inner = text[1:-1]
        if not text.endswith("'") or len(text) < 2 or "'" in inner.replace("''", ""):
            raise _Unsure
        return _text(inner.replace("''", "'")), at
    if text.startswith("["):
        return _flow_list(text, at), at
    if text.startswith("{"):
        return _flow_map(text, at), at
    if not _PLAIN.fullmatch(text) or len(text) > MAX_TEXT:
        raise _Unsure
    return plain_value(text), at


def _text(text: str) -> str:
    if text_problem(text) is not None:
        raise _Unsure
    return text


def _flow_list(text: str, at: int) -> YamlList:
    if not text.endswith("]"):
        raise _Unsure
    items = YamlList(at)
    inner, position = text[1:-1], 1
    if not inner.strip():
        if inner:
            raise _Unsure
        return items
    while position < len(text) - 1:
        found = _FLOW_ITEM.match(text, position, len(text) - 1)
        if found is None:
            raise _Unsure
        token = found[1]
        items.append(_value(token, at + found.start(1))[0])
        items.item_offsets.append(at + found.start(1))
        position = found.end()
        if found[2] == "," and position >= len(text) - 1:
            raise _Unsure
    return items


def _flow_map(text: str, at: int) -> YamlMap:
    if not text.endswith("}") or len(text) < 3:
        raise _Unsure
    mapping = YamlMap(at)
    position = 1
    while position < len(text) - 1:
        found = _FLOW_PAIR.match(text, position, len(text) - 1)
        if found is None or found[1] in mapping:
            raise _Unsure
        key = found[1]
        mapping[key] = _value(found[2], at + found.start(2))[0]
        mapping.key_offsets[key] = at + found.start(1)
        mapping.value_offsets[key] = at + found.start(2)
        position = found.end()
        if found[3] == "," and position >= len(text) - 1:
            raise _Unsure
    return mapping
