"""Add, change and remove entries in the text of an events file, leaving every other byte alone.

Edits are made on the text, not by loading and dumping the YAML: what an edit does not touch
keeps its comments, blank lines, key order and quoting, and a 10,000-event file is edited in
the time it takes to read it. ``read.document``'s offsets say where an event starts;
``outline`` parses that event's slice for the spans of its values. New text follows the
file's own layout (indentation, blank lines between events, the quoting of each key), taken
from its last events. Each function returns the new text, named for what it holds
(``text_with_event``...); ``update`` validates it before anything is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import EditError, did_you_mean
from ..read.document import Document, YamlList, YamlMap
from ..read.format import EVENT
from .outline import Node, line_end, line_start, outline
from .yaml_text import Formatting, entry_lines, flow_value

__all__ = [
    "Splice",
    "apply_splices",
    "event_entries",
    "event_ids",
    "event_index",
    "locate_event",
    "text_with_actor",
    "text_with_changes",
    "text_with_event",
    "text_without_event",
]

EVENT_KEYS = tuple(field.name for field in EVENT.fields)
"""The keys of an event in the order new text writes them (the format's order)."""

_SAMPLE = 5
"""How many of the last events show the file's layout."""


@dataclass(frozen=True)
class Splice:
    start: int
    end: int
    text: str


@dataclass
class EventSpan:
    """One event in the text: its lines [start, end), its dash column and its outline."""

    start: int
    end: int
    dash: int
    node: Node


def event_ids(document: Document) -> list[str]:
    """The ids of the events, in file order (for hints and for making new ids unique)."""
    return [event["id"] for event in event_entries(document) if isinstance(event, YamlMap)
            and isinstance(event.get("id"), str)]  # fmt: skip


def text_with_event(document: Document, event: Mapping[str, Any]) -> str:
    """The text with event appended to the events list, in the file's layout."""
    text, events = document.text, event_entries(document)
    newline = _newline(text)
    if not events:
        return _first_event(document, event, newline)
    items = [
        locate_event(document, index) for index in range(max(len(events) - _SAMPLE, 0), len(events))
    ]
    last = items[-1]
    formatting = _formatting(text, items)
    ordered = {key: event[key] for key in EVENT_KEYS if key in event}
    if last.node.style == "flow":
        lines = [" " * last.dash + "- " + flow_value(ordered)]
    else:
        lines = _block_event(ordered, last.dash, _column(text, last.node), formatting)
    gap = newline if len(items) > 1 and _blank_between(text, items[-2], last) else ""
    at = last.end
    lead = "" if text[:at].endswith("\n") else newline
    return apply_splices(text, [Splice(at, at, lead + gap + newline.join(lines) + newline)])


def text_with_changes(document: Document, event_id: str, changes: Mapping[str, Any]) -> str:
    """The text with the event's keys set to new values (None removes a key)."""
    text = document.text
    index = event_index(document, event_id)
    item = locate_event(document, index)
    node = item.node
    if node.style == "flow":
        return apply_splices(text, _flow_splices(text, node, changes))
    samples = [locate_event(document, i) for i in range(max(index - _SAMPLE, 0), index + 1)]
    formatting = _formatting(text, samples)
    column = _column(text, item.node)
    splices = []
    for key, value in changes.items():
        found = node.get(key)
        if found is None:
            if value is not None:
                splices.append(_insert_key(text, item, key, value, column, formatting))
            continue
        key_node, value_node = found
        if value is None:
            splices.append(_remove_key(text, item, key_node, value_node))
            continue
        formatting.styles[key] = value_node.style
        lines = entry_lines(key, value, column, formatting)
        single = "\n" not in text[value_node.start : value_node.end]
        if single and len(lines) == 1 and value_node.style != "block":
            new = lines[0][column + len(key) + 2 :]
            splices.append(Splice(value_node.start, value_node.end, new))
        else:
            end = line_end(text, value_node.end)
            body = _newline(text).join(lines)[column:] + _newline(text)
            splices.append(Splice(key_node.start, end, body))
    return apply_splices(text, splices)


def text_without_event(document: Document, event_id: str) -> str:
    """The text without the event, and without the blank line that set it apart."""
    text, events = document.text, event_entries(document)
    index = event_index(document, event_id)
    item = locate_event(document, index)
    if len(events) == 1:
        return apply_splices(text, [Splice(item.start, item.end, ""), _empty_list(document)])
    start, end = item.start, item.end
    if index + 1 < len(events):
        end = _blank_run(text, end)
    else:  # the last event: the blank lines before it go, those before the next key stay
        while start > 0 and not text[line_start(text, start - 1) : start].strip():
            start = line_start(text, start - 1)
    return apply_splices(text, [Splice(start, end, "")])


def text_with_actor(document: Document, actor_id: str, actor: Mapping[str, str]) -> str:
    """The text with an actor appended to the actors table, in the table's style."""
    text = document.text
    newline = _newline(text)
    data = document.data if isinstance(document.data, YamlMap) else YamlMap(0)
    if "actors" not in data:
        anchor = line_start(text, data.key_offsets["events"])
        block = ["actors:", f"  {actor_id}: {flow_value(actor)}", ""]
        return apply_splices(text, [Splice(anchor, anchor, newline.join(block) + newline)])
    table = _top_level(document, "actors")
    if table.kind != "map" or table.style != "block" or not table.entries:
        raise EditError("write 'actors:' as a block mapping, one actor a line, to add to it here")
    last_key, last_value = table.entries[-1]
    column = last_key.start - line_start(text, last_key.start)
    if last_value.style == "flow":
        lines = [" " * column + f"{actor_id}: {flow_value(actor)}"]
    else:
        indent = _column(text, last_value) - column
        lines = [" " * column + f"{actor_id}:"]
        for key, value in actor.items():
            lines += entry_lines(key, value, column + indent, Formatting())
    at = line_end(text, last_value.end)
    lead = "" if text[:at].endswith("\n") else newline
    return apply_splices(text, [Splice(at, at, lead + newline.join(lines) + newline)])


def event_entries(document: Document) -> YamlList:
    data = document.data
    events = data.get("events") if isinstance(data, YamlMap) else None
    return events if isinstance(events, YamlList) else YamlList(0)


def event_index(document: Document, event_id: str) -> int:
    """Where the event with that id stands in the events list; EditError with a hint if none."""
    ids = [e.get("id") if isinstance(e, YamlMap) else None for e in event_entries(document)]
    if event_id not in ids:
        known = [i for i in ids if isinstance(i, str)]
        raise EditError(f"no event {event_id!r} in {document.file}{did_you_mean(event_id, known)}")
    return ids.index(event_id)


def locate_event(document: Document, index: int) -> EventSpan:
    """Locate the index-th event: from its dash line to its last line, and its comments."""
    text, events = document.text, event_entries(document)
    if text[events.offset] == "[":
        raise EditError(
            "the events list is written in flow style [...]; "
            "write it as a block list, one '- ' item per event, to edit it here"
        )
    dash = _dash(text, events.item_offsets[index])
    start = line_start(text, dash)
    if index + 1 < len(events):
        boundary = line_start(text, _dash(text, events.item_offsets[index + 1]))
    else:
        boundary = _end_of_value(document, "events")
    node = outline(text[start:boundary], start).items[0]
    end = line_end(text, node.end)
    column = dash - start
    while end < boundary:  # comment lines indented under the event belong to it
        following = text[end : line_end(text, end + 1)]
        stripped = following.lstrip(" ")
        if not stripped.startswith("#") or len(following) - len(stripped) <= column:
            break
        end += len(following)
    return EventSpan(start, end, column, node)


def _dash(text: str, offset: int) -> int:
    """Where the '- ' of the list item whose value starts at offset stands."""
    index = offset - 1
    while index >= 0 and text[index] in " \t\r\n":
        index -= 1
    if index < 0 or text[index] != "-":
        line = text.count("\n", 0, offset) + 1
        raise EditError(f"cannot find the '- ' of the event at line {line}; is a comment between?")
    return index


def _end_of_value(document: Document, key: str) -> int:
    """Where the line of the top-level key after key begins, or the end of the text."""
    data = document.data
    assert isinstance(data, YamlMap)
    offset = data.key_offsets[key]
    later = [other for other in data.key_offsets.values() if other > offset]
    return line_start(document.text, min(later)) if later else len(document.text)


def _top_level(document: Document, key: str) -> Node:
    """The outline of a top-level value, from its key's line to the next key's."""
    assert isinstance(document.data, YamlMap)
    start = line_start(document.text, document.data.key_offsets[key])
    end = _end_of_value(document, key)
    root = outline(document.text[start:end], start)
    found = root.get(key)
    if found is None:  # pragma: no cover - the key was read from this very slice
        raise EditError(f"cannot find {key!r}")
    return found[1]


def _first_event(document: Document, event: Mapping[str, Any], newline: str) -> str:
    """The text with one event in a list that was empty ('events: []' or 'events:')."""
    assert isinstance(document.data, YamlMap)
    text = document.text
    key_mark = document.data.key_offsets["events"]
    column = key_mark - line_start(text, key_mark)
    ordered = {key: event[key] for key in EVENT_KEYS if key in event}
    lines = _block_event(ordered, column + 2, column + 4, Formatting())
    splices = []
    value = _top_level(document, "events")
    if value.kind == "seq" and value.style == "flow":  # 'events: []': the brackets go
        start = value.start
        while start > 0 and text[start - 1] == " ":
            start -= 1
        splices.append(Splice(start, value.end, ""))
    at = line_end(text, key_mark + 1)
    lead = "" if text[:at].endswith("\n") else newline
    splices.append(Splice(at, at, lead + newline.join(lines) + newline))
    return apply_splices(text, splices)


def _empty_list(document: Document) -> Splice:
    """' []' after 'events:', for when the last event goes."""
    assert isinstance(document.data, YamlMap)
    text = document.text
    colon = text.index(":", document.data.key_offsets["events"])
    return Splice(colon + 1, colon + 1, " []")


def _block_event(
    ordered: Mapping[str, Any], dash: int, column: int, formatting: Formatting
) -> list[str]:
    lines: list[str] = []
    for key, value in ordered.items():
        lines += entry_lines(key, value, column, formatting)
    lines[0] = " " * dash + "-" + " " * (column - dash - 1) + lines[0][column:]
    return lines


def _insert_key(
    text: str, item: EventSpan, key: str, value: Any, column: int, formatting: Formatting
) -> Splice:
    """New lines for a key the event lacks, after the key that comes before it in order."""
    rank = EVENT_KEYS.index(key) if key in EVENT_KEYS else len(EVENT_KEYS)
    before = [
        value_node for key_node, value_node in item.node.entries
        if (EVENT_KEYS.index(key_node.value) if key_node.value in EVENT_KEYS else 0) < rank
    ] or [item.node.entries[-1][1]]  # fmt: skip
    at = line_end(text, max(node.end for node in before))
    lines = entry_lines(key, value, column, formatting)
    newline = _newline(text)
    lead = "" if text[:at].endswith("\n") else newline
    return Splice(at, at, lead + newline.join(lines) + newline)


def _remove_key(text: str, item: EventSpan, key_node: Node, value_node: Node) -> Splice:
    start = line_start(text, key_node.start)
    if start == item.start:
        raise EditError(f"{key_node.value!r} shares its line with the '- ' of the event; "
                        "run 'timeline fmt' to put 'id' first, then try again")  # fmt: skip
    return Splice(start, line_end(text, value_node.end), "")


def _formatting(text: str, items: list[EventSpan]) -> Formatting:
    """The layout the given events share: the style of each key's value, and indentation."""
    formatting = Formatting()
    for item in items:
        if item.node.style != "block":
            continue
        column = _column(text, item.node)
        for key_node, value_node in item.node.entries:
            formatting.styles[key_node.value or ""] = value_node.style
            if value_node.kind == "seq" and value_node.style == "block" and value_node.items:
                first = value_node.items[0]
                dash = _dash(text, first.start)
                formatting.indent = dash - line_start(text, dash) - column
                if first.kind == "map" and first.style == "block":
                    formatting.item_indent = first.start - dash
                    for inner_key, inner_value in first.entries:
                        formatting.styles[inner_key.value or ""] = inner_value.style
            elif value_node.style == ">":
                formatting.folds = True
                body = line_end(text, value_node.start + 1)
                indent = len(text[body:]) - len(text[body:].lstrip(" "))
                formatting.indent = indent - column
    return formatting


def _column(text: str, node: Node) -> int:
    return node.start - line_start(text, node.start)


def _blank_between(text: str, first: EventSpan, second: EventSpan) -> bool:
    return any(not line.strip() for line in text[first.end : second.start].splitlines())


def _blank_run(text: str, index: int) -> int:
    """Where the blank lines starting at index end."""
    while index < len(text):
        end = line_end(text, index + 1)
        if text[index:end].strip():
            break
        index = end
    return index


def _flow_splices(text: str, node: Node, changes: Mapping[str, Any]) -> list[Splice]:
    """Changes to an event written as a flow mapping {...}, each where its value stands, so
    that line breaks and comments inside the braces stay."""
    splices = []
    entries = node.entries
    for key, value in changes.items():
        index = next((i for i, (k, _) in enumerate(entries) if k.value == key), None)
        if index is None:
            if value is not None:
                after = _preceding(entries, key)[1].end
                splices.append(Splice(after, after, f", {key}: {flow_value(value)}"))
            continue
        key_node, value_node = entries[index]
        if value is not None:
            splices.append(Splice(value_node.start, value_node.end, flow_value(value)))
            continue
        if index + 1 < len(entries):  # 'key: value, ' up to the next key
            start, end = key_node.start, entries[index + 1][0].start
            between = text[value_node.end : end]
        else:  # ', key: value' from the end of the one before
            start, end = entries[index - 1][1].end, value_node.end
            between = text[start : key_node.start]
        if "#" in between:
            raise EditError(f"a comment stands beside {key!r} in the event's {{...}}; "
                            "remove the key by hand")  # fmt: skip
        splices.append(Splice(start, end, ""))
    return splices


def _preceding(entries: list[tuple[Node, Node]], key: str) -> tuple[Node, Node]:
    """The entry after which key goes: the last that comes before it in the format's order."""
    rank = EVENT_KEYS.index(key) if key in EVENT_KEYS else len(EVENT_KEYS)
    before = [(k, v) for k, v in entries if k.value in EVENT_KEYS[:rank]]
    return before[-1] if before else entries[-1]


def _newline(text: str) -> str:
    return "\r\n" if "\r\n" in text[: text.find("\n") + 1 or len(text)] else "\n"


def apply_splices(text: str, splices: list[Splice]) -> str:
    """text with each splice's span replaced by its text; spans must not overlap."""
    pieces, position = [], 0
    for splice in sorted(splices, key=lambda s: (s.start, s.end)):
        if splice.start < position:
            raise EditError("two changes to the same lines; make them one at a time")
        pieces += [text[position : splice.start], splice.text]
        position = splice.end
    pieces.append(text[position:])
    return "".join(pieces)
