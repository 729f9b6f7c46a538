"""Where each value in a piece of YAML text starts and ends, and how it is written.

``read.document`` keeps only where values start, which is all that messages need. Editing the text
in place needs their ends and styles too, but only for the few entries being changed, so
``outline`` parses just their slice of the text. Comments are not values: an edit that
replaces a value's span keeps every comment around it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ruamel.yaml import YAML
from ruamel.yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)

__all__ = ["Node", "line_end", "line_start", "outline"]


@dataclass
class Node:
    """One value: its kind, its span [start, end) in the text and how it is written.

    ``style`` is 'plain', '"', "'", '|' or '>' for a scalar, and 'flow' or 'block' for a
    mapping or list. A block scalar's span ends at its last character that is not space,
    except with keep chomping (``|+``), whose blank lines after it are its content.
    """

    kind: str  # "scalar", "map" or "seq"
    start: int
    end: int
    style: str
    value: str | None = None
    entries: list[tuple[Node, Node]] = field(default_factory=list)
    items: list[Node] = field(default_factory=list)
    pending_key: Node | None = None

    def get(self, key: str) -> tuple[Node, Node] | None:
        """The key and value nodes of key in a mapping, if it has that key."""
        return next(((k, v) for k, v in self.entries if k.value == key), None)

    @property
    def keys(self) -> list[str]:
        return [key.value or "" for key, _ in self.entries]


def outline(text: str, offset: int = 0) -> Node:
    """The first top-level value of text, with spans counted from offset.

    text must be well-formed YAML (here it is always a slice of a file that ``read.document`` has
    already read without a syntax error).
    """
    stack: list[Node] = []
    root: Node | None = None

    def attach(node: Node) -> None:
        nonlocal root
        if not stack:
            root = root or node
            return
        parent = stack[-1]
        if parent.kind == "seq":
            parent.items.append(node)
        elif parent.pending_key is None:
            parent.pending_key = node
        else:
            parent.entries.append((parent.pending_key, node))
            parent.pending_key = None

    for event in YAML(typ="safe").parse(text):
        kind = type(event)
        start = event.start_mark.index
        if kind is ScalarEvent or kind is AliasEvent:
            style = getattr(event, "style", None) or "plain"
            end = event.end_mark.index
            if style in ("|", ">") and "+" not in text[start : line_end(text, start + 1)]:
                while end > start and text[end - 1] in " \t\r\n":
                    end -= 1
            attach(Node("scalar", start + offset, end + offset, style, getattr(event, "value", "")))
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            style = "flow" if event.flow_style else "block"
            node = Node("map" if kind is MappingStartEvent else "seq", start + offset, 0, style)
            attach(node)
            stack.append(node)
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            node = stack.pop()
            if node.style == "flow":
                node.end = event.end_mark.index + offset
            else:
                children = node.items or [value for _, value in node.entries]
                node.end = children[-1].end if children else node.start
    if root is None:
        raise ValueError("no YAML value in the text")
    return root


def line_start(text: str, index: int) -> int:
    """Where the line holding index begins."""
    return text.rfind("\n", 0, index) + 1


def line_end(text: str, index: int) -> int:
    """Where the line after the one holding index - 1 begins (the end of the text at most).

    >>> line_end("a: 1\\nb: 2\\n", 4), line_end("a: 1", 4)
    (5, 4)
    """
    found = text.find("\n", max(index - 1, 0))
    return len(text) if found < 0 else found + 1
