"""YAML text for the values of an entry, written the way the file already writes them.

Each scalar is tried in the style the file uses for that key, then plain, then double
quotes, and a style is used only if the text reads back as exactly the same string through
``read.document`` (so ``2021`` or ``yes`` or ``a # b`` are quoted, and nothing is silently lost).
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeAlias

from ..errors import DataError, EditError
from ..read.document import parse_document

__all__ = ["Formatting", "double_quoted", "entry_lines", "flow_value"]

EntryValue = str | Sequence[str | Mapping[str, str]]
"""What an entry holds: text, or a list of ids or of citations ({source: ..., quote: ...})."""

FlowValue: TypeAlias = "str | Sequence[FlowValue] | Mapping[str, FlowValue]"
"""What fits on one line in flow style: text, or lists and mappings of it, nested."""


@dataclass
class Formatting:
    """How a file writes its entries: indentation and, per key, the scalar or list style."""

    indent: int = 2
    """Columns from a key to the items of its list, or to the lines of its folded text."""
    item_indent: int = 2
    """Columns from a list item's dash to the keys of the mapping in it."""
    width: int = 90
    """Where folded text ('>-') wraps."""
    styles: dict[str, str] = field(default_factory=dict)
    """key -> '"', "'", 'plain', '>' or '|' for text; 'flow' or 'block' for lists."""
    years: frozenset[str] = frozenset({"date"})
    """Keys whose text may be written as a bare number (a year: ``date: 2021``)."""
    folds: bool = False
    """Whether the file folds long plain text ('>-') rather than writing it on one line."""


def entry_lines(key: str, value: EntryValue, column: int, formatting: Formatting) -> list[str]:
    """The lines of ``key: value`` with the key at column (no line breaks at the ends)."""
    pad = " " * column
    if isinstance(value, str):
        preferred = formatting.styles.get(key, "plain")
        fits = column + len(key) + 2 + len(value) <= formatting.width
        if preferred == ">" and fits:
            preferred = "plain"
        elif preferred == "plain" and formatting.folds and not fits:
            preferred = ">"
        first, *rest = _scalar(
            value, preferred, column + formatting.indent, formatting, year=key in formatting.years
        )
        return [f"{pad}{key}: {first}", *rest]
    items = list(value)
    mappings = [item for item in items if not isinstance(item, str)]
    if not mappings and (formatting.styles.get(key, "flow") == "flow" or not items):
        return [f"{pad}{key}: {flow_value(items)}"]
    lines = [f"{pad}{key}:"]
    dash = " " * (column + formatting.indent)
    for item in items:
        if isinstance(item, str):
            first, *rest = _scalar(
                item, "plain", column + formatting.indent + 2, formatting, in_list=True
            )
            lines += [f"{dash}- {first}", *rest]
            continue
        inner: list[str] = []
        for name, text in item.items():
            inner += entry_lines(
                name, text, column + formatting.indent + formatting.item_indent, formatting
            )
        dash_column = column + formatting.indent
        inner[0] = dash + "-" + inner[0][dash_column + 1 :]
        lines += inner
    return lines


def flow_value(value: FlowValue) -> str:
    """One-line flow YAML for text, a list or a mapping: ``[a, b]``, ``{k: v}``."""
    if isinstance(value, str):
        for text in (value, double_quoted(value)):
            if _reads_back(f"[{text}]", value, flow=True):
                return text
        raise EditError(f"cannot write {value!r} so that it reads back the same")
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{key}: {flow_value(item)}" for key, item in value.items()) + "}"
    return "[" + ", ".join(flow_value(item) for item in value) + "]"


def _scalar(
    value: str,
    preferred: str,
    column: int,
    formatting: Formatting,
    in_list: bool = False,
    year: bool = False,
) -> list[str]:
    """Text after ``key: `` (or ``- ``) for value, as one line or more."""
    for candidate in dict.fromkeys((preferred, "plain", '"')):
        lines = _candidate(value, candidate, column, formatting)
        if lines is None:
            continue
        snippet = "\n".join([f"- {lines[0]}" if in_list else f"k: {lines[0]}", *lines[1:]])
        if _reads_back(snippet, value, in_list=in_list, year=year):
            return lines
    raise EditError(f"cannot write {value!r} so that it reads back the same")


def _candidate(value: str, candidate: str, column: int, formatting: Formatting) -> list[str] | None:
    if candidate == '"':
        return [double_quoted(value)]
    if "\n" in value and candidate != "|":
        return None
    if candidate == "plain":
        return [value]
    if candidate == "'":
        return ["'" + value.replace("'", "''") + "'"]
    pad = " " * column
    if candidate == ">":
        wrapped = textwrap.wrap(
            value, width=max(formatting.width - column, 20), break_long_words=False,
            break_on_hyphens=False,
        )  # fmt: skip
        return [">-", *(pad + line for line in wrapped)]
    if candidate == "|":
        return ["|-", *(pad + line if line else "" for line in value.split("\n"))]
    return None


_YAML_ESCAPES = {"\x85": "\\N", "\u2028": "\\L", "\u2029": "\\P"}
_NOT_RAW = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
"""What JSON leaves raw but YAML text may not hold raw (or reads as a line break)."""


def double_quoted(value: str) -> str:
    r"""value in double quotes, every character YAML may not hold raw escaped.

    >>> print(double_quoted('a "b"\u2028c\x7f'))
    "a \"b\"\Lc\x7f"
    """
    return _NOT_RAW.sub(lambda found: _escape(found.group()), json.dumps(value, ensure_ascii=False))


def _escape(character: str) -> str:
    code = ord(character)
    return _YAML_ESCAPES.get(character) or (f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}")


def _reads_back(
    snippet: str, value: str, flow: bool = False, in_list: bool = False, year: bool = False
) -> bool:
    """Whether the YAML snippet holds exactly value, as text, and nothing else is amiss."""
    try:
        document = parse_document(snippet)
    except DataError:
        return False
    read = document.data
    if flow or in_list:
        read = read[0] if isinstance(read, list) and len(read) == 1 else None
    elif isinstance(read, dict):
        read = read.get("k")
    if year and isinstance(read, int) and not isinstance(read, bool):
        read = f"{read:04d}"
    return not document.problems and isinstance(read, str) and read == value
