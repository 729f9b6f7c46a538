"""Breaking text into lines that fit a width, as measured by the layout's ``Measure``."""

from __future__ import annotations

from .measure import Measure


def wrap(text: str, size: float, limit: float, measure: Measure) -> list[str]:
    """Break ``text`` into lines no wider than ``limit``, at spaces where it can.

    >>> from .measure import estimate
    >>> wrap("one two three four", 10, 60, estimate)
    ['one two', 'three four']
    """
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if measure(candidate, size)[0] <= limit:
            line = candidate
            continue
        if line:
            lines.append(line)
        while measure(word, size)[0] > limit and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and measure(word[:cut], size)[0] > limit:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines or [""]
