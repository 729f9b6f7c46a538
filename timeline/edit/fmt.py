"""Normalise the layout of a hand-edited events file without losing a comment.

What normalising means here, chosen so that a tidy file is left byte for byte as it is:

- the keys of each event, and of each citation, stand in the format's order (``id``,
  ``title``, ``date``... and ``source``, ``quote``); a comment on its own line above a key
  moves with the key, and a comment at the end of a line stays on it;
- no line ends in spaces or tabs (except inside multi-line text, where they are content);
- runs of blank lines become one blank line, and the file ends with one line break.

The order of the events is the curator's (grouped by story, under section comments), and
every listing and figure sorts by date anyway, so ``fmt`` does not reorder them. The result
must read back as the same data, or nothing is written.
"""

from __future__ import annotations

import re

from ruamel.yaml import YAML
from ruamel.yaml.events import ScalarEvent

from ..errors import EditError
from ..read.document import Document, parse_document
from ..read.format import CITATION
from .outline import Node, line_end, line_start
from .text import EVENT_KEYS, Splice, apply_splices, event_entries, locate_event

__all__ = ["format_text"]

CITATION_KEYS = tuple(field.name for field in CITATION.fields)


def format_text(document: Document) -> str:
    """The normalised text of document; raises EditError if that would change its data."""
    text = _order_keys(document, citations=True)
    text = _order_keys(parse_document(text, document.file), citations=False)
    text = _tidy_lines(text)
    if parse_document(text, document.file).data != document.data:  # pragma: no cover - a bug
        raise EditError("formatting would change the data; the file is left as it is")
    return text


def _order_keys(document: Document, citations: bool) -> str:
    text = document.text
    splices = []
    for index in range(len(event_entries(document))):
        item = locate_event(document, index)
        if item.node.style != "block":
            continue
        if not citations:
            splices += _reorder(text, item.node, EVENT_KEYS, item.end)
            continue
        found = item.node.get("sources")
        if found and found[1].kind == "seq" and found[1].style == "block":
            for citation in found[1].items:
                if citation.kind == "map" and citation.style == "block":
                    splices += _reorder(text, citation, CITATION_KEYS, line_end(text, citation.end))
    return apply_splices(text, splices)


def _reorder(text: str, node: Node, order: tuple[str, ...], end: int) -> list[Splice]:
    """Splices that put the keys of a block mapping (a list item) in order."""
    keys = node.keys
    rank = {key: order.index(key) if key in order else len(order) for key in keys}
    wanted = sorted(keys, key=lambda key: rank[key])  # stable: unknown keys keep their order
    if wanted == keys:
        return []
    column = node.start - line_start(text, node.start)
    starts = [_segment_start(text, key.start, column) for key, _ in node.entries]
    starts[0] = line_start(text, node.entries[0][0].start)
    segments = {
        key: text[start:stop]
        for key, start, stop in zip(keys, starts, [*starts[1:], end], strict=True)
    }
    first = segments[keys[0]]
    dash = first[:column]
    if not dash.rstrip().endswith("-"):
        raise EditError("a mapping whose first key is not on the line of its '- '")
    segments[keys[0]] = " " * column + first[column:]
    for key in keys:
        if not segments[key].endswith("\n"):
            segments[key] += "\n"
    body = "".join(segments[key] for key in wanted)
    at = re.search(r"^( *)(?!#)\S", body, re.M)  # the first key line gets the dash back
    assert at is not None
    body = body[: at.start()] + dash + body[at.start() + column :]
    return [Splice(starts[0], end, body)]


def _segment_start(text: str, key_start: int, column: int) -> int:
    """Where a key's lines begin: the comment lines just above it, at its column, are its."""
    start = line_start(text, key_start)
    while start > 0:
        previous = line_start(text, start - 1)
        line = text[previous : start - 1]
        if not (line.startswith(" " * column + "#")):
            break
        start = previous
    return start


def _tidy_lines(text: str) -> str:
    """Trailing blanks and runs of blank lines go, outside multi-line text; one final break."""
    protected = _multi_line_scalars(text)
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    position = 0
    for line in lines:
        inside = any(start < position < end for start, end in protected)
        position += len(line)
        if inside:
            out.append(line)
            continue
        body = line.rstrip("\r\n")
        ending = line[len(body) :]
        body = body.rstrip(" \t")
        if not body and out and not out[-1].strip():
            continue
        out.append(body + ending)
    if any(end >= len(text) for _, end in protected):
        return "".join(out)  # the text ends in multi-line text: its end is content
    tidy = "".join(out).rstrip("\r\n \t")
    return tidy + ("\r\n" if "\r\n" in text else "\n")


def _multi_line_scalars(text: str) -> list[tuple[int, int]]:
    spans = []
    for event in YAML(typ="safe").parse(text):
        if type(event) is ScalarEvent:
            start, end = event.start_mark.index, event.end_mark.index
            indicator = text[start : text.find("\n", start)]
            if event.style in ("|", ">") and "+" not in indicator:
                end = start + len(text[start:end].rstrip())  # the blank lines after: not content
            if "\n" in text[start:end]:
                spans.append((start, end))
    return spans
