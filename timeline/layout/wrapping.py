"""Breaking text into lines that fit a width, as measured by the layout's ``Measure``."""

from __future__ import annotations

from collections.abc import Iterator

from .measure import Measure


def wrap(text: str, size: float, limit: float, measure: Measure, bold: bool = False) -> list[str]:
    """Break ``text`` into lines no wider than ``limit``, at spaces; a word is broken only
    when it alone is wider than ``limit``. Linear in the length of the text.

    >>> from .measure import estimate
    >>> wrap("one two three four", 10, 60, estimate)
    ['one two', 'three four']
    >>> wrap("a Toshimitsu b", 10, 40, estimate)
    ['a', 'Toshim', 'itsu b']
    """
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if measure(candidate, size, bold)[0] <= limit:
            line = candidate
            continue
        if line:
            lines.append(line)
        *whole, line = _pieces(word, size, limit, measure, bold)
        lines.extend(whole)
    if line:
        lines.append(line)
    return lines or [""]


def _pieces(word: str, size: float, limit: float, measure: Measure, bold: bool) -> Iterator[str]:
    """``word`` in pieces no wider than ``limit`` (at least one character each), found by
    adding up each character's advance once: linear however long the word is."""
    if measure(word, size, bold)[0] <= limit:
        yield word
        return
    empty = measure("", size, bold)[0]
    start, width = 0, empty
    for index, character in enumerate(word):
        advance = measure(character, size, bold)[0] - empty
        if index > start and width + advance > limit:
            yield word[start:index]
            start, width = index, empty
        width += advance
    yield word[start:]
