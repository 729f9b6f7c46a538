"""What text in a timeline may hold: no control characters, and not too much of it.

A control character in a title would reach a terminal (``\\e]0;...`` retitles it, ``\\e[2J``
clears it) and an SVG (where most of them make the XML invalid), so the file, typed values
and figure titles are all held to this one rule. Tab and line feed stay allowed: notes and
quotes may span lines.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["MAX_TEXT", "character_name", "forbidden_character", "text_problem"]

MAX_TEXT = 10_000
"""The most characters one text value may have (a title, a quote, a note)."""

_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""C0 controls but tab and line feed, DEL, C1 controls (NEL among them), lone surrogates
(what invalid UTF-8 on a command line becomes) and the two non-characters XML refuses."""

_NAMES = {0x00: "NUL", 0x07: "BEL", 0x08: "BACKSPACE", 0x0D: "CARRIAGE RETURN", 0x1B: "ESC",
          0x7F: "DEL", 0x85: "NEL", 0x9B: "CSI"}  # fmt: skip


def forbidden_character(text: str) -> str | None:
    """The first character text may not hold, or None.

    >>> forbidden_character("Tokyo\\x1b]0;x\\x07"), forbidden_character("東京\\tok\\n")
    ('\\x1b', None)
    """
    found = _FORBIDDEN.search(text)
    return found.group() if found else None


def character_name(character: str) -> str:
    """The character as a message names it: its code point and, where it has one, its name.

    >>> character_name("\\x1b"), character_name("\\u2028")
    ('U+001B (ESC)', 'U+2028 (LINE SEPARATOR)')
    """
    code = ord(character)
    name = _NAMES.get(code) or unicodedata.name(character, "")
    return f"U+{code:04X} ({name})" if name else f"U+{code:04X}"


def text_problem(text: str) -> str | None:
    """Why text cannot be a value in a timeline, or None when it can.

    >>> text_problem("US\\x01Japan")
    'the control character U+0001 is not allowed in text'
    >>> text_problem("x" * 10_001)
    'the text has 10,001 characters; the most is 10,000'
    """
    character = forbidden_character(text)
    if character is not None:
        return _character_problem(character)
    if len(text) > MAX_TEXT:
        return f"the text has {len(text):,} characters; the most is {MAX_TEXT:,}"
    return None


def _character_problem(character: str) -> str:
    code = ord(character)
    if 0xDC80 <= code <= 0xDCFF:  # how Python keeps a byte that is not UTF-8
        return f"the byte 0x{code - 0xDC00:02x} is not UTF-8 text"
    kind = "non-character" if 0xD800 <= code <= 0xDFFF or code >= 0xFFFE else "control character"
    return f"the {kind} {character_name(character)} is not allowed in text"
