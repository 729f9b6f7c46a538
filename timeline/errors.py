"""Typed errors: every problem knows its file, line and column, and prints as one line."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from difflib import get_close_matches

__all__ = [
    "DataError", "EditError", "MissingGlyphWarning", "OptionError", "Problem", "QueryError",
    "TimelineError", "did_you_mean",
]  # fmt: skip


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file, at a 1-based line and column when there is one."""

    file: str
    line: int | None
    column: int | None
    message: str

    def __str__(self) -> str:
        message = _printable(self.message)
        if self.line is None:
            return f"{self.file}: error: {message}"
        return f"{self.file}:{self.line}:{self.column}: error: {message}"

    def sort_key(self) -> tuple[int, int]:
        return (self.line or 0, self.column or 0)


class TimelineError(Exception):
    """Base class of the errors this package raises on purpose."""


class DataError(TimelineError):
    """An events file that cannot be read or is not valid: all its problems at once."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = tuple(sorted(problems, key=Problem.sort_key))
        super().__init__("\n".join(str(problem) for problem in self.problems))


class QueryError(TimelineError):
    """A filter that names something the timeline does not have (a usage error)."""


class EditError(TimelineError):
    """A change that cannot be made as asked: an unknown id, key or actor, or a layout the
    editor cannot change (a usage error: the file is fine, what was asked of it is not)."""


class OptionError(TimelineError):
    """An option that cannot be used as given (a usage error): an output that is the events
    file, a figure of more pixels than the limit. ``parameter`` names it as the Python API
    does (``outputs``, ``dpi``, ``title``)."""

    def __init__(self, message: str, parameter: str):
        super().__init__(message)
        self.parameter = parameter


class MissingGlyphWarning(UserWarning):
    """Characters the figure's font cannot draw, named once per figure."""


def _printable(message: str) -> str:
    """message on one line, with every character a terminal could act on escaped.

    A message quotes the file (a misspelt key, a date), and the file may hold anything.

    >>> _printable("a\\nb \\x1b]0;x\\x07 \\u202e")
    'a\\\\nb \\\\x1b]0;x\\\\x07 \\\\u202e'
    """
    if message.isprintable():
        return message
    return "".join(char if char.isprintable() else _escape(char) for char in message)


def _escape(char: str) -> str:
    escaped = repr(char)[1:-1]
    return escaped if escaped != char else f"\\u{ord(char):04x}"


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A '; did you mean ...?' hint for a misspelt name, or '' when nothing is close.

    >>> did_you_mean("austn", ["austin", "blinken"])
    "; did you mean 'austin'?"
    >>> did_you_mean("us", ["US", "JP"])
    "; did you mean 'US'?"
    >>> did_you_mean("zzz", ["austin"])
    ''
    """
    choices = list(choices)
    by_case = {choice.casefold(): choice for choice in choices}
    match = by_case.get(str(word).casefold())
    if match is None:
        close = get_close_matches(str(word).casefold(), list(by_case), n=1, cutoff=0.6)
        match = by_case[close[0]] if close else None
    return f"; did you mean {match!r}?" if match is not None else ""
